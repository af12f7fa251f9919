// Reading visit plans within a scope. Each child in the plan (active, holding a protection category today) gets
// its interval from the rules in force, its latest visit and its latest risk level (its visit_standing row), and
// from them its due date: all in one query, so overdue lists and counts stay correct and fast for any number of
// children.
import type { VisitFrequencyRules } from '@hehu/domain';
import { addInterval } from '@hehu/domain';
import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/connection.ts';
import { queryRows } from '../../db/raw.ts';
import { children, documents, riskAssessments, visits } from '../../db/schema.ts';
import { divisionPrefixSql, scopeCondition, scopeOnDivisionCopySql, type Scope } from '../../platform/access.ts';
import { planIntervalSql, planRuleSql } from './visits.rules.ts';

export type VisitRow = typeof visits.$inferSelect;
export type Standing = 'overdue' | 'this_week' | 'later';

export interface PlanRow extends Record<string, unknown> {
  child_id: string;
  name: string;
  division_code: string;
  village_name: string | null;
  birth_date: string;
  categories: string[];
  risk_level: string | null;
  last_visit: string | null;
  since: string;
  due: string;
  rule: number;
}

/**
 * The plan of every child in scope (optionally one child, optionally one area), with `due` computed from the rules.
 *
 * Where the scope is a set of divisions (no institution), the plan starts from the held categories in force, read
 * by their own copy of the child's division from one covering index (migration 0041), and meets each child's row
 * and visit_standing row (its latest visit and assessment, kept by triggers) by that copy too: a township's plan is
 * a few index pages instead of three lookups per child. A scope that reaches children through an institution
 * cannot be written as division ranges, so it keeps one lateral lookup per child of the scope.
 */
function planQuery(scope: Scope, rules: VisitFrequencyRules, today: string, only: PlanFilter = {}): SQL {
  const cols = { categories: sql.raw('p.categories'), riskLevel: sql.raw('p.risk_level') };
  const inForce = sql`cc.start_date <= ${today}::date and (cc.end_date is null or cc.end_date > ${today}::date)`;
  const childCondition = sql`children.status = 'active'
        and ${scopeCondition(scope, children.divisionCode, children.institutionId)}
        ${only.division ? sql`and ${divisionPrefixSql(sql`children.division_code`, only.division)}` : sql``}
        ${only.childId ? sql`and children.id = ${only.childId}` : sql``}`;
  const categoriesOnCopy = scopeOnDivisionCopySql(scope, sql`cc.division_code`, only.division);
  const standingOnCopy = scopeOnDivisionCopySql(scope, sql`vs.division_code`, only.division);
  // The plan carries no name or birth date: a page joins them for its own rows, so counts and boards read the
  // children's division index alone (its INCLUDE columns, migration 0045), never their rows.
  const held =
    categoriesOnCopy && standingOnCopy
      ? sql`with held as materialized (
          select cats.child_id, cats.categories, cats.since, vs.last_visit, vs.risk_level
          from (
            select cc.child_id, array_agg(distinct cc.category order by cc.category) as categories,
              min(cc.start_date) as since
            from child_categories cc
            where ${inForce} and ${categoriesOnCopy} ${only.childId ? sql`and cc.child_id = ${only.childId}` : sql``}
            group by cc.child_id
          ) cats
          left join visit_standing vs on vs.child_id = cats.child_id and ${standingOnCopy}
        )
        select children.id as child_id, children.division_code, held.categories, held.since, held.last_visit,
          held.risk_level
        from held join children on children.id = held.child_id
        where ${childCondition}`
      : sql`select children.id as child_id, children.division_code, cats.categories, cats.since, vs.last_visit,
          vs.risk_level
        from children
        left join visit_standing vs on vs.child_id = children.id
        cross join lateral (
          select array_agg(distinct cc.category order by cc.category) as categories, min(cc.start_date) as since
          from child_categories cc
          where cc.child_id = children.id and ${inForce}
        ) cats
        where cats.categories is not null and ${childCondition}`;
  // Materialized so that `due` is computed from one row per child.
  return sql`with p as materialized (${held}), plan as (
      select p.*, (coalesce(p.last_visit, p.since) + ${planIntervalSql(rules, cols)})::date as due,
        ${planRuleSql(rules, cols)} as rule
      from p
    )`;
}

interface PlanFilter {
  childId?: string | undefined;
  division?: string | undefined;
}

const standingCondition = (standing: Standing | undefined, today: string): SQL => {
  const weekEnd = addInterval(today, { unit: 'day', count: 6 });
  if (standing === 'overdue') return sql`plan.due < ${today}::date`;
  if (standing === 'this_week') return sql`plan.due >= ${today}::date and plan.due <= ${weekEnd}::date`;
  if (standing === 'later') return sql`plan.due > ${weekEnd}::date`;
  return sql`true`;
};

/**
 * One page of the plan and the counts of the whole plan, from one computation of it (one statement): "my visits"
 * shows both, and the plan is the expensive part.
 */
export async function planPage(
  db: Queryable,
  scope: Scope,
  rules: VisitFrequencyRules,
  today: string,
  opts: { standing?: Standing | undefined; limit: number; offset: number; division?: string | undefined },
): Promise<{ rows: PlanRow[]; counts: StandingCounts }> {
  const weekEnd = addInterval(today, { unit: 'day', count: 6 });
  const monthStart = `${today.slice(0, 7)}-01`;
  const rows = await queryRows<PlanRow & CountColumns & { in_page: boolean }>(
    db,
    sql`${planQuery(scope, rules, today, { division: opts.division })},
      counts as (
        select count(*) filter (where due < ${today}::date)::int as overdue,
          count(*) filter (where due >= ${today}::date and due <= ${weekEnd}::date)::int as this_week,
          count(*) filter (where due > ${weekEnd}::date)::int as later,
          count(*) filter (where last_visit >= ${monthStart}::date)::int as done_this_month
        from plan
      ), page as (
        select plan.child_id, plan.division_code, plan.categories, plan.risk_level,
          plan.last_visit::text as last_visit, plan.since::text as since, plan.due::text as due, plan.rule
        from plan
        where ${standingCondition(opts.standing, today)}
        order by plan.due, plan.child_id
        limit ${opts.limit} offset ${opts.offset}
      ), named as (
        select page.*, c.name, c.birth_date::text as birth_date, d.name as village_name
        from page join children c on c.id = page.child_id left join divisions d on d.code = page.division_code
      )
      select named.*, named.child_id is not null as in_page, counts.*
      from counts left join named on true
      order by named.due, named.child_id`,
  );
  const first = rows[0];
  return {
    rows: rows.filter((r) => r.in_page),
    counts: {
      overdue: first?.overdue ?? 0,
      thisWeek: first?.this_week ?? 0,
      later: first?.later ?? 0,
      doneThisMonth: first?.done_this_month ?? 0,
    },
  };
}

interface CountColumns extends Record<string, unknown> {
  overdue: number;
  this_week: number;
  later: number;
  done_this_month: number;
}

export interface StandingCounts {
  overdue: number;
  thisWeek: number;
  later: number;
  doneThisMonth: number;
}

export async function planCounts(
  db: Queryable,
  scope: Scope,
  rules: VisitFrequencyRules,
  today: string,
  division?: string,
): Promise<StandingCounts> {
  const weekEnd = addInterval(today, { unit: 'day', count: 6 });
  const monthStart = `${today.slice(0, 7)}-01`;
  const [row] = await queryRows<CountColumns>(
    db,
    sql`${planQuery(scope, rules, today, { division })}
      select count(*) filter (where due < ${today}::date)::int as overdue,
        count(*) filter (where due >= ${today}::date and due <= ${weekEnd}::date)::int as this_week,
        count(*) filter (where due > ${weekEnd}::date)::int as later,
        count(*) filter (where last_visit >= ${monthStart}::date)::int as done_this_month
      from plan`,
  );
  return {
    overdue: row?.overdue ?? 0,
    thisWeek: row?.this_week ?? 0,
    later: row?.later ?? 0,
    doneThisMonth: row?.done_this_month ?? 0,
  };
}

export interface BoardRow extends Record<string, unknown> {
  code: string;
  name: string | null;
  in_plan: number;
  overdue: number;
  this_week: number;
  oldest_due: string | null;
}

/** Counts per division one level below `division` (county → townships, township → villages), most overdue first. */
export async function planBoard(
  db: Queryable,
  scope: Scope,
  rules: VisitFrequencyRules,
  today: string,
  division: string,
): Promise<BoardRow[]> {
  const weekEnd = addInterval(today, { unit: 'day', count: 6 });
  const childLength = division.length === 4 ? 6 : division.length === 6 ? 9 : 12;
  return queryRows<BoardRow>(
    db,
    sql`${planQuery(scope, rules, today, { division })}
      select g.code, d.name, g.in_plan, g.overdue, g.this_week, g.oldest_due
      from (
        select left(plan.division_code, ${childLength}) as code, count(*)::int as in_plan,
          count(*) filter (where due < ${today}::date)::int as overdue,
          count(*) filter (where due >= ${today}::date and due <= ${weekEnd}::date)::int as this_week,
          (min(due) filter (where due < ${today}::date))::text as oldest_due
        from plan
        group by 1
      ) g left join divisions d on d.code = g.code
      order by g.overdue desc, g.code`,
  );
}

export async function childPlan(
  db: Queryable,
  scope: Scope,
  rules: VisitFrequencyRules,
  today: string,
  childId: string,
): Promise<PlanRow | undefined> {
  const [row] = await queryRows<PlanRow>(
    db,
    sql`${planQuery(scope, rules, today, { childId })}
      select plan.child_id, c.name, plan.division_code, null as village_name, c.birth_date::text as birth_date,
        plan.categories, plan.risk_level, plan.last_visit::text as last_visit, plan.since::text as since,
        plan.due::text as due, plan.rule
      from plan join children c on c.id = plan.child_id`,
  );
  return row;
}

export async function visitsOf(db: Queryable, childId: string, limit = 200): Promise<VisitRow[]> {
  return db
    .select()
    .from(visits)
    .where(eq(visits.childId, childId))
    .orderBy(desc(visits.visitDate), desc(visits.createdAt))
    .limit(limit);
}

/** What a visit view says of each photo: its document id and whether it has a thumbnail. */
export const photoColumns = {
  id: documents.id,
  thumbnail: sql<boolean>`${documents.thumbnailStorageKey} is not null`,
};

/** The visit photos of a child's visits, oldest first (the order they were taken in). */
export async function photosOf(db: Queryable, childId: string) {
  return db
    .select({ ...photoColumns, subjectId: documents.subjectId })
    .from(documents)
    .where(and(eq(documents.childId, childId), eq(documents.subjectType, 'visit')))
    .orderBy(documents.createdAt, documents.id);
}

export async function latestAssessment(db: Queryable, childId: string) {
  const [row] = await db
    .select()
    .from(riskAssessments)
    .where(eq(riskAssessments.childId, childId))
    .orderBy(desc(riskAssessments.assessedOn), desc(riskAssessments.createdAt))
    .limit(1);
  return row;
}

/**
 * Children whose latest visit says their circumstances changed and who have not been assessed since: the
 * township's reassessment list, derived on every read.
 */
export async function awaitingReassessment(db: Queryable, scope: Scope): Promise<number> {
  // From the few standings whose last visit said "changed" (a partial index, migration 0048), by the standing's copy
  // of the division: a county's 140,000 children are not read to find them.
  const onCopy = scopeOnDivisionCopySql(scope, sql`vs.division_code`);
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from visit_standing vs
      join children on children.id = vs.child_id
      where vs.last_visit_changed ${onCopy ? sql`and ${onCopy}` : sql``}
        and children.status = 'active'
        and ${scopeCondition(scope, children.divisionCode, children.institutionId)}
        and (vs.risk_assessed_on is null or vs.risk_assessed_on < vs.last_visit)`,
  );
  return row?.n ?? 0;
}
