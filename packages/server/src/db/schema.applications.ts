// Applications for a protection category (migration 0017): the application and its append-only list of actions.
// The status and version columns are the domain's computation over the actions, kept for lists; the version
// also guards a change, since every action names the version it acted on.
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const applications = pgTable(
  'applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    childId: uuid('child_id').notNull(),
    kind: text('kind', { enum: ['grant', 'change', 'terminate'] }).notNull(),
    category: text('category').notNull(),
    crossProvince: boolean('cross_province').notNull().default(false),
    /** 跨省通办: the accepting township outside the province. */
    acceptingPlace: text('accepting_place'),
    /** A termination's event (death, adoption, 18th birthday, …): the category ends with its month. */
    eventDate: date('event_date'),
    note: text('note').notNull().default(''),
    status: text('status').notNull(),
    version: integer('version').notNull(),
    /** The day the waiting step opened (its working-day limit counts from the next day). */
    stepSince: date('step_since'),
    /** The child's division, copied and kept in step by triggers (migration 0032) so lists narrow on an index. */
    divisionCode: text('division_code').notNull().default(''),
    limitsVersion: text('limits_version').notNull(),
    /** The category row the approval wrote or ended. */
    categoryId: uuid('category_id'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('applications_child_idx').on(t.childId),
    index('applications_status_idx').on(t.status, t.stepSince),
    index('applications_status_division_idx').on(t.status, t.divisionCode, t.stepSince),
    uniqueIndex('applications_one_open_uq')
      .on(t.childId, t.kind, t.category)
      .where(sql`status in ('draft', 'intake', 'submitted', 'verified', 'returned')`),
  ],
);

export const applicationActions = pgTable(
  'application_actions',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    applicationId: uuid('application_id').notNull(),
    /** The version this action made: 1 for the creation; two actions on one version cannot both be stored. */
    seq: integer('seq').notNull(),
    action: text('action').notNull(),
    onDate: date('on_date').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    note: text('note').notNull().default(''),
    reasonCode: text('reason_code'),
    /** At a decision: the rule check, its rules version and the facts it was made on. */
    ruleCheck: jsonb('rule_check'),
  },
  (t) => [uniqueIndex('application_actions_seq_uq').on(t.applicationId, t.seq)],
);

/** The semi-annual re-verification (migration 0031): one item per child and held category per round. */
export const reverifications = pgTable('reverifications', {
  id: uuid('id').primaryKey().defaultRandom(),
  childId: uuid('child_id').notNull(),
  category: text('category').notNull(),
  /** The round's month, 'YYYY-MM'. */
  round: text('round').notNull(),
  dueDate: date('due_date').notNull(),
  outcome: text('outcome', { enum: ['eligible', 'not_eligible'] }),
  note: text('note').notNull().default(''),
  ruleCheck: jsonb('rule_check'),
  recordedBy: uuid('recorded_by'),
  recordedByName: text('recorded_by_name'),
  recordedAt: timestamp('recorded_at', { withTimezone: true }),
  terminationApplicationId: uuid('termination_application_id'),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
