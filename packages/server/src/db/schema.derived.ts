// Tables derived from the registry's facts (migration 0014): kept by the application and by triggers, never
// entered by a user. Their foreign keys and row-level policies are in the migration.
import { date, jsonb, pgTable, primaryKey, smallint, text, uuid } from 'drizzle-orm/pg-core';

/** 主动发现: a category a child meets by the rules but does not hold, as evaluated on `potential_evaluations`. */
export const potentialCategories = pgTable(
  'potential_categories',
  {
    childId: uuid('child_id').notNull(),
    category: text('category').notNull(),
    categoryRank: smallint('category_rank').notNull(),
    since: date('since'),
    reasons: jsonb('reasons').$type<{ zh: string; en: string }[]>().notNull(),
  },
  (t) => [primaryKey({ columns: [t.childId, t.category] })],
);

/** The day a child's potential categories were last evaluated; a changed fact deletes the row. */
export const potentialEvaluations = pgTable('potential_evaluations', {
  childId: uuid('child_id').primaryKey(),
  /** NULL: due (new, or a fact changed); a day: a candidate evaluated then; 'infinity': no fact a rule reads. */
  evaluatedOn: date('evaluated_on'),
});
