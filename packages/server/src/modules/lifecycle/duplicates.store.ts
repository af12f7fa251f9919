// Suspected duplicate files. A pair is visible only when BOTH children are in the caller's scope, so a
// suspect never reveals a file from another area.
import { and, count, desc, eq, like, ne, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Queryable } from '../../db/connection.ts';
import { childCategories, children, divisions, duplicateSuspects } from '../../db/schema.ts';
import { scopeCondition, type Scope } from '../../platform/access.ts';
import { childListItem } from '../children/index.ts';

export const SUSPECT_STATUSES = ['open', 'dismissed', 'merged'] as const;

export const suspectItem = z.object({
  id: z.string(),
  score: z.number(),
  status: z.enum(SUSPECT_STATUSES),
  a: childListItem,
  b: childListItem,
});
export type SuspectItem = z.infer<typeof suspectItem>;

const a = alias(children, 'a');
const b = alias(children, 'b');
const da = alias(divisions, 'da');
const db_ = alias(divisions, 'db');
type ChildSide = typeof a | typeof b;
type DivisionSide = typeof da | typeof db_;

/**
 * Names of three characters or more differing in one position share a one-wildcard key (the name_keys
 * column, migration 0004; the same rule as oneCharOff in children.store.ts).
 */
function oneCharOffPair(x: typeof a.name, y: typeof b.name): SQL {
  return sql`(char_length(${x}) >= 3 and "a".name_keys && "b".name_keys and char_length(${x}) = char_length(${y}))`;
}

/**
 * Finds new pairs in one statement: a self-join on birth date within the scope (both sides), the same
 * name, a name one character off, or trigram similarity ≥ 0.5. Pairs already known (open, dismissed or
 * merged) are left alone by the unique (child_a, child_b) index. Returns how many pairs are new.
 */
export async function scanDuplicates(db: Queryable, scope: Scope, division: string | undefined): Promise<number> {
  const sim = sql`similarity(${a.name}, ${b.name})`;
  const oneOff = oneCharOffPair(a.name, b.name);
  // Two different ID numbers make a merge impossible (it is refused), so such pairs rank low.
  const score = sql<number>`least(100, round(100 * greatest(${sim},
      case when ${a.name} = ${b.name} then 1 when ${oneOff} then 0.8 else 0 end)
    * case when ${a.idNumberIndex} <> ${b.idNumberIndex} then 0.5 else 1 end))::int`;
  const pairs = db
    .select({ childA: a.id, childB: b.id, score: score.as('score') })
    .from(a)
    .innerJoin(b, and(eq(a.birthDate, b.birthDate), sql`${a.id} < ${b.id}`))
    .where(
      and(
        scopeCondition(scope, a.divisionCode, a.institutionId),
        scopeCondition(scope, b.divisionCode, b.institutionId),
        division ? like(a.divisionCode, `${division}%`) : undefined,
        division ? like(b.divisionCode, `${division}%`) : undefined,
        ne(a.status, 'archived'),
        ne(b.status, 'archived'),
        sql`(${a.name} = ${b.name} or ${oneOff} or ${sim} >= 0.5)`,
      ),
    );
  // Raw INSERT … SELECT: drizzle's insert().select() wants every column of the table in the select.
  const result = await db.execute(
    sql`insert into ${duplicateSuspects} (child_a, child_b, score) ${pairs}
        on conflict (child_a, child_b) do nothing returning id`,
  );
  return rowCount(result);
}

/** PGlite and node-postgres both answer raw queries with { rows }. */
function rowCount(result: unknown): number {
  if (typeof result === 'object' && result !== null && 'rows' in result && Array.isArray(result.rows))
    return result.rows.length;
  throw new Error('unexpected result shape from the database driver');
}

const categoriesOf = (side: ChildSide) =>
  sql<string[]>`coalesce((select array_agg(cc.category order by cc.category) from ${childCategories} cc
    where cc.child_id = ${side.id} and (cc.end_date is null or cc.end_date > current_date)), '{}')`;

const sideColumns = (side: ChildSide, division: DivisionSide) => ({
  id: side.id,
  name: side.name,
  sex: side.sex,
  birthDate: side.birthDate,
  idNumberMasked: side.idNumberMasked,
  divisionCode: side.divisionCode,
  divisionName: division.name,
  status: side.status,
  categories: categoriesOf(side),
});

/** Both children of the pair in scope: the condition every suspect query carries. */
function pairInScope(scope: Scope): SQL | undefined {
  return and(
    scopeCondition(scope, a.divisionCode, a.institutionId),
    scopeCondition(scope, b.divisionCode, b.institutionId),
  );
}

function suspectQuery(db: Queryable) {
  return db
    .select({
      id: duplicateSuspects.id,
      score: duplicateSuspects.score,
      status: duplicateSuspects.status,
      a: sideColumns(a, da),
      b: sideColumns(b, db_),
    })
    .from(duplicateSuspects)
    .innerJoin(a, eq(a.id, duplicateSuspects.childA))
    .innerJoin(b, eq(b.id, duplicateSuspects.childB))
    .innerJoin(da, eq(da.code, a.divisionCode))
    .innerJoin(db_, eq(db_.code, b.divisionCode));
}

export async function listSuspects(
  db: Queryable,
  scope: Scope,
  status: (typeof SUSPECT_STATUSES)[number],
  page: { limit: number; after: [number, string] | null },
) {
  const where = and(
    pairInScope(scope),
    eq(duplicateSuspects.status, status),
    // An open pair whose file has since been archived (merged elsewhere, closed) is no longer actionable.
    status === 'open' ? and(ne(a.status, 'archived'), ne(b.status, 'archived')) : undefined,
  );
  const afterCond = page.after
    ? sql`(${duplicateSuspects.score}, ${duplicateSuspects.id}) < (${page.after[0]}::int, ${page.after[1]}::uuid)`
    : undefined;
  const rows = await suspectQuery(db)
    .where(and(where, afterCond))
    .orderBy(desc(duplicateSuspects.score), desc(duplicateSuspects.id))
    .limit(page.limit + 1);
  const [total] = await db
    .select({ n: count() })
    .from(duplicateSuspects)
    .innerJoin(a, eq(a.id, duplicateSuspects.childA))
    .innerJoin(b, eq(b.id, duplicateSuspects.childB))
    .where(where);
  const items = rows.slice(0, page.limit);
  const last = items.at(-1);
  return {
    items,
    total: total?.n ?? 0,
    after: rows.length > page.limit && last ? ([last.score, last.id] as const) : null,
  };
}

/** Open pairs in scope, for the task list. */
export async function countOpenSuspects(db: Queryable, scope: Scope): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(duplicateSuspects)
    .innerJoin(a, eq(a.id, duplicateSuspects.childA))
    .innerJoin(b, eq(b.id, duplicateSuspects.childB))
    .where(
      and(pairInScope(scope), eq(duplicateSuspects.status, 'open'), ne(a.status, 'archived'), ne(b.status, 'archived')),
    );
  return row?.n ?? 0;
}

export async function findSuspect(db: Queryable, scope: Scope, id: string): Promise<SuspectItem | undefined> {
  const [row] = await suspectQuery(db)
    .where(and(eq(duplicateSuspects.id, id), pairInScope(scope)))
    .limit(1);
  return row;
}
