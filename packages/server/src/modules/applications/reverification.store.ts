// Re-verification items as stored (migration 0031): a round opens one item per held category, and the township
// records each outcome. Reading goes through the child's division like every part of a child's file; the row-level
// policy holds the same line in the database.
import { APPLICATION_CATEGORIES, firstDayOf, type Month } from '@hehu/domain';
import { and, asc, count, desc, eq, gt, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/connection.ts';
import { queryRows } from '../../db/raw.ts';
import { children, reverifications } from '../../db/schema.ts';
import { scopeCondition, type Scope } from '../../platform/access.ts';

export type ReverificationRow = typeof reverifications.$inferSelect;

/**
 * Opens the round `round` for the whole database (run as the owner by the job runner): one item for every category
 * of the application kinds held on the round's first day by an active child. A second run adds nothing.
 */
export async function openRound(db: Queryable, round: Month, dueDate: string): Promise<number> {
  const first = firstDayOf(round);
  const rows = await queryRows<{ id: string }>(
    db,
    sql`insert into reverifications (child_id, category, round, due_date)
        select cc.child_id, cc.category, ${round}, ${dueDate}::date
        from child_categories cc join children c on c.id = cc.child_id
        where c.status = 'active' and c.merged_into is null
          and cc.category = any(${sql.param([...APPLICATION_CATEGORIES])}::text[])
          and cc.start_date <= ${first}::date and (cc.end_date is null or cc.end_date >= ${first}::date)
        on conflict (child_id, category, round) do nothing
        returning id`,
  );
  return rows.length;
}

export type ReverificationState = 'open' | 'done' | 'all';

export interface ReverificationFilter {
  round?: string | undefined;
  state: ReverificationState;
}

const columns = {
  item: reverifications,
  childName: children.name,
  divisionCode: children.divisionCode,
};
export type ReverificationWithChild = { item: ReverificationRow; childName: string; divisionCode: string };

function where(scope: Scope, filter: ReverificationFilter): SQL | undefined {
  return and(
    scopeCondition(scope, children.divisionCode, children.institutionId),
    filter.round ? eq(reverifications.round, filter.round) : undefined,
    filter.state === 'open' ? isNull(reverifications.outcome) : undefined,
    filter.state === 'done' ? isNotNull(reverifications.outcome) : undefined,
  );
}

/** A page of items in scope: open ones by due date, then the child's name; `after` is the last row's key. */
export async function listReverifications(
  db: Queryable,
  scope: Scope,
  filter: ReverificationFilter,
  page: { limit: number; after: [string, string, string] | null },
): Promise<ReverificationWithChild[]> {
  const a = page.after;
  return db
    .select(columns)
    .from(reverifications)
    .innerJoin(children, eq(children.id, reverifications.childId))
    .where(
      and(
        where(scope, filter),
        a
          ? or(
              gt(reverifications.dueDate, a[0]),
              and(eq(reverifications.dueDate, a[0]), gt(children.name, a[1])),
              and(eq(reverifications.dueDate, a[0]), eq(children.name, a[1]), gt(reverifications.id, a[2])),
            )
          : undefined,
      ),
    )
    .orderBy(asc(reverifications.dueDate), asc(children.name), asc(reverifications.id))
    .limit(page.limit + 1);
}

export async function getReverification(
  db: Queryable,
  scope: Scope,
  id: string,
): Promise<ReverificationWithChild | undefined> {
  const [row] = await db
    .select(columns)
    .from(reverifications)
    .innerJoin(children, eq(children.id, reverifications.childId))
    .where(and(eq(reverifications.id, id), scopeCondition(scope, children.divisionCode, children.institutionId)))
    .limit(1);
  return row;
}

export interface RoundSummary {
  round: string;
  dueDate: string;
  open: number;
  eligible: number;
  notEligible: number;
}

/** Each round in scope with its counts, the newest first. */
export async function roundSummaries(db: Queryable, scope: Scope): Promise<RoundSummary[]> {
  const rows = await db
    .select({
      round: reverifications.round,
      dueDate: sql<string>`max(${reverifications.dueDate})::text`,
      open: sql<number>`(count(*) filter (where ${reverifications.outcome} is null))::int`,
      eligible: sql<number>`(count(*) filter (where ${reverifications.outcome} = 'eligible'))::int`,
      notEligible: sql<number>`(count(*) filter (where ${reverifications.outcome} = 'not_eligible'))::int`,
    })
    .from(reverifications)
    .innerJoin(children, eq(children.id, reverifications.childId))
    .where(scopeCondition(scope, children.divisionCode, children.institutionId))
    .groupBy(reverifications.round)
    .orderBy(desc(reverifications.round));
  return rows;
}

/** Open items in scope, and how many of them are past their due date, for the tasks. */
export async function openCounts(db: Queryable, scope: Scope, today: string): Promise<{ open: number; late: number }> {
  const [row] = await db
    .select({
      open: count(),
      late: sql<number>`(count(*) filter (where ${reverifications.dueDate} < ${today}::date))::int`,
    })
    .from(reverifications)
    .innerJoin(children, eq(children.id, reverifications.childId))
    .where(and(scopeCondition(scope, children.divisionCode, children.institutionId), isNull(reverifications.outcome)));
  return { open: row?.open ?? 0, late: row?.late ?? 0 };
}

export async function countReverifications(db: Queryable, scope: Scope, filter: ReverificationFilter): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(reverifications)
    .innerJoin(children, eq(children.id, reverifications.childId))
    .where(where(scope, filter));
  return row?.n ?? 0;
}
