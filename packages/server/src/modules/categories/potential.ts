// 主动发现: children in scope whose recorded facts meet a category they do not hold, for the township to act on.
// Kept as data (potential_categories, migration 0014): a child is evaluated again when a fact of it changes (the
// triggers forget its rows) or a day has passed, always before its rows are read, so reading is counting rows.
// The rules run here in batches over the SQL prefilter, so memory stays flat however large the scope.
import { CATEGORY_CODES, evaluateCategories, type CategoryCode } from '@hehu/domain';
import { and, asc, count, eq, gt, inArray, isNull, like, lt, or, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/connection.ts';
import { children, divisions, potentialCategories, potentialEvaluations } from '../../db/schema.ts';
import { scopeCondition, type Scope } from '../../platform/access.ts';
import type { Locale } from '../../platform/errors.ts';
import type { PotentialItem } from './categories.schemas.ts';
import { candidatesAmong, type CandidateFilter } from './categories.store.ts';
import { categoryRows, factsFor, heldCodes } from './facts.ts';
import { rulesOn } from './rules.ts';

const BATCH = 500;

/** Children in scope: the potential rows are joined to them, so a transfer moves the rows with the child. */
function inScope(scope: Scope, filter: { division?: string | undefined }) {
  return and(
    scopeCondition(scope, children.divisionCode, children.institutionId),
    eq(children.status, 'active'),
    filter.division ? like(children.divisionCode, `${filter.division}%`) : undefined,
  );
}

/**
 * Children in scope whose evaluation is due: marked by the triggers when new or when a fact of theirs changed
 * (NULL), or evaluated on an earlier day (dates move facts: a detention's term ends, a relation ends). Children with
 * no fact a rule reads stay at 'infinity' until one changes. Read through the evaluated_on index (migration 0042).
 */
function dueIn(db: Queryable, scope: Scope, asOf: string) {
  return db
    .select({ id: potentialEvaluations.childId })
    .from(potentialEvaluations)
    .innerJoin(children, eq(children.id, potentialEvaluations.childId))
    .where(
      and(
        scopeCondition(scope, children.divisionCode, children.institutionId),
        or(isNull(potentialEvaluations.evaluatedOn), lt(potentialEvaluations.evaluatedOn, asOf)),
      ),
    );
}

/**
 * Brings the potential rows of every child in scope up to `asOf`, evaluating the children whose evaluation is due.
 * Returns how many children were evaluated. When nothing is due (every read after the nightly job, until a fact
 * changes) this is one index lookup.
 */
export async function refreshPotential(db: Queryable, scope: Scope, asOf: string): Promise<number> {
  const [anyDue] = await dueIn(db, scope, asOf).limit(1);
  if (!anyDue) return 0;
  // Requests refreshing overlapping areas at once (a village and its county) would delete and insert the same
  // rows in different orders and deadlock on PostgreSQL: one refresh at a time, held to the end of the request;
  // whoever waited finds the work done, since each statement after the lock sees what the first committed.
  await db.execute(sql`select pg_advisory_xact_lock(hashtext('potential-refresh'))`);

  const rules = await rulesOn(db, asOf);
  let evaluated = 0;
  for (;;) {
    // Each round leaves its children no longer due, so the rounds end; in no order, so a round stops at its
    // BATCH-th row instead of sorting every due row (a whole city after new rules).
    const due = await dueIn(db, scope, asOf).limit(BATCH);
    if (due.length === 0) break;
    const ids = due.map((d) => d.id);
    const batch = await candidatesAmong(db, scope, ids, asOf);
    const facts = await factsFor(db, batch, asOf);
    const held = await categoryRows(
      db,
      batch.map((c) => c.id),
    );
    const rows: (typeof potentialCategories.$inferInsert)[] = [];
    for (const child of batch) {
      const childFacts = facts.get(child.id);
      if (!childFacts) continue;
      const holds = heldCodes(held, child.id, asOf);
      for (const e of evaluateCategories(childFacts, asOf, rules)) {
        if (!e.eligible || holds.has(e.category)) continue;
        rows.push({
          childId: child.id,
          category: e.category,
          categoryRank: CATEGORY_CODES.indexOf(e.category),
          since: e.since,
          reasons: e.reasons.map((r) => ({ zh: r.zh, en: r.en })),
        });
      }
    }
    // Another request may be evaluating the same children (PostgreSQL): its rows are the same.
    await db.delete(potentialCategories).where(inArray(potentialCategories.childId, ids));
    if (rows.length > 0) await db.insert(potentialCategories).values(rows).onConflictDoNothing();
    const candidates = new Set(batch.map((c) => c.id));
    const others = ids.filter((id) => !candidates.has(id));
    if (candidates.size > 0)
      await db
        .update(potentialEvaluations)
        .set({ evaluatedOn: asOf })
        .where(inArray(potentialEvaluations.childId, [...candidates]));
    // Not a candidate (no fact a rule reads, or not active): nothing to evaluate until the triggers mark it due.
    if (others.length > 0)
      await db
        .update(potentialEvaluations)
        .set({ evaluatedOn: 'infinity' })
        .where(inArray(potentialEvaluations.childId, others));
    evaluated += ids.length;
    if (due.length < BATCH) break;
  }
  return evaluated;
}

/**
 * How many children in scope meet a category by the rules but do not hold it (for the task list), up to `cap`:
 * the home page needs "there is work", not the exact figure (the list page counts).
 */
export async function countPotentiallyEligible(
  db: Queryable,
  scope: Scope,
  asOf: string,
  cap: number,
): Promise<number> {
  await refreshPotential(db, scope, asOf);
  const capped = db
    .selectDistinct({ id: potentialCategories.childId })
    .from(potentialCategories)
    .innerJoin(children, eq(children.id, potentialCategories.childId))
    .where(inScope(scope, {}))
    .limit(cap)
    .as('capped');
  const [row] = await db.select({ n: count() }).from(capped);
  return row?.n ?? 0;
}

export interface PotentialPage {
  items: PotentialItem[];
  total: number;
  /** The last item's (child id, category index), when there are more. */
  next: [string, number] | null;
}

/** One page of (child, category) pairs ordered by child id then category; the total counts every pair. */
export async function listPotential(
  db: Queryable,
  scope: Scope,
  filter: CandidateFilter & { category?: CategoryCode | undefined },
  page: { limit: number; after: [string, number] | null; locale: Locale; asOf: string },
): Promise<PotentialPage> {
  await refreshPotential(db, scope, page.asOf);
  const where = and(
    inScope(scope, filter),
    filter.category ? eq(potentialCategories.category, filter.category) : undefined,
  );
  const after = page.after;
  const rows = await db
    .select({
      childId: potentialCategories.childId,
      name: children.name,
      divisionCode: children.divisionCode,
      divisionName: divisions.name,
      category: potentialCategories.category,
      rank: potentialCategories.categoryRank,
      since: potentialCategories.since,
      reasons: potentialCategories.reasons,
    })
    .from(potentialCategories)
    .innerJoin(children, eq(children.id, potentialCategories.childId))
    .innerJoin(divisions, eq(divisions.code, children.divisionCode))
    .where(
      and(
        where,
        after
          ? or(
              gt(potentialCategories.childId, after[0]),
              and(eq(potentialCategories.childId, after[0]), gt(potentialCategories.categoryRank, after[1])),
            )
          : undefined,
      ),
    )
    .orderBy(asc(potentialCategories.childId), asc(potentialCategories.categoryRank))
    .limit(page.limit + 1);
  const [counted] = await db
    .select({ n: count() })
    .from(potentialCategories)
    .innerJoin(children, eq(children.id, potentialCategories.childId))
    .where(where);
  const more = rows.length > page.limit;
  const shown = rows.slice(0, page.limit);
  const last = shown.at(-1);
  return {
    items: shown.map((r) => ({
      childId: r.childId,
      name: r.name,
      divisionCode: r.divisionCode,
      divisionName: r.divisionName,
      category: r.category as CategoryCode,
      since: r.since,
      reasons: r.reasons.map((reason) => (page.locale === 'en' ? reason.en : reason.zh)),
    })),
    total: counted?.n ?? 0,
    next: more && last ? [last.childId, last.rank] : null,
  };
}

/** The nightly evaluation for the whole city (a job, as the owner): the first read of the day then finds it done. */
export async function refreshAllPotential(db: Queryable, asOf: string): Promise<number> {
  // Every child has an evaluation row (migration 0042 and its trigger); one lost all the same is made due here.
  await db.execute(sql`insert into potential_evaluations (child_id, evaluated_on)
    select c.id, null from children c
    where not exists (select 1 from potential_evaluations e where e.child_id = c.id)
    on conflict (child_id) do nothing`);
  return refreshPotential(db, { permission: 'children:read', prefixes: [''], institutionIds: [] }, asOf);
}
