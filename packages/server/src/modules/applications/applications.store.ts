// Reading applications within a scope: the child's division (or institution) decides, as for every part of a
// child's file; the row-level policy (migration 0017) holds the same line in the database.
import { and, asc, count, desc, eq, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/connection.ts';
import { applicationActions, applications, children } from '../../db/schema.ts';
import { divisionPrefix, scopeCondition, scopeOnDivisionCopy, type Scope } from '../../platform/access.ts';

export type ApplicationRow = typeof applications.$inferSelect;
export type ActionRow = typeof applicationActions.$inferSelect;

const columns = {
  app: applications,
  childName: children.name,
  divisionCode: children.divisionCode,
  institutionId: children.institutionId,
};

export type ApplicationWithChild = {
  app: ApplicationRow;
  childName: string;
  divisionCode: string;
  institutionId: string | null;
};

/**
 * Applications in scope, read from their own copy of the child's division (index ranges, no child lookup); a scope
 * that reaches children through an institution goes through the children instead. The copy is kept by triggers
 * (migration 0032), so both answer the same rows.
 */
function inScope(scope: Scope): SQL {
  return (
    scopeOnDivisionCopy(scope, applications.divisionCode) ??
    sql`${applications.childId} in (select ${children.id} from ${children}
      where ${scopeCondition(scope, children.divisionCode, children.institutionId)})`
  );
}

export async function getApplication(
  db: Queryable,
  scope: Scope,
  id: string,
): Promise<ApplicationWithChild | undefined> {
  const [row] = await db
    .select(columns)
    .from(applications)
    .innerJoin(children, eq(children.id, applications.childId))
    .where(and(eq(applications.id, id), scopeCondition(scope, children.divisionCode, children.institutionId)))
    .limit(1);
  return row;
}

export async function actionsOf(db: Queryable, applicationId: string): Promise<ActionRow[]> {
  return db
    .select()
    .from(applicationActions)
    .where(eq(applicationActions.applicationId, applicationId))
    .orderBy(asc(applicationActions.seq));
}

export async function openApplication(
  db: Queryable,
  childId: string,
  kind: ApplicationRow['kind'],
  category: string,
): Promise<ApplicationRow | undefined> {
  const [row] = await db
    .select()
    .from(applications)
    .where(
      and(
        eq(applications.childId, childId),
        eq(applications.kind, kind),
        eq(applications.category, category),
        inArray(applications.status, ['draft', 'intake', 'submitted', 'verified', 'returned']),
      ),
    )
    .limit(1);
  return row;
}

/** An open step's status and route with the latest day it could have opened and be late today. */
export interface OverdueCutoff {
  status: string;
  crossProvince: boolean;
  openedOnOrBefore: string;
}

export interface ListFilter {
  statuses?: readonly string[] | undefined;
  childId?: string | undefined;
  category?: string | undefined;
  /** A division code prefix: the child's registration area. */
  division?: string | undefined;
  /** Only late steps: one cutoff per open status and route (an empty list matches nothing). */
  overdue?: readonly OverdueCutoff[] | undefined;
  /** Waiting on the caller: statuses its review duties act on, or its own drafts and returned applications. */
  waitingOn?: { reviewStatuses: readonly string[]; fileStatuses: readonly string[]; userId: string } | undefined;
}

export async function listApplications(
  db: Queryable,
  scope: Scope,
  filter: ListFilter,
  page: { limit: number; after: [string, string] | null },
): Promise<{ rows: ApplicationWithChild[]; total: number }> {
  const where = and(
    inScope(scope),
    filter.statuses ? inArray(applications.status, [...filter.statuses]) : undefined,
    filter.childId ? eq(applications.childId, filter.childId) : undefined,
    filter.category ? eq(applications.category, filter.category) : undefined,
    filter.division ? divisionPrefix(applications.divisionCode, filter.division) : undefined,
    filter.overdue
      ? or(
          ...filter.overdue.map((c) =>
            and(
              eq(applications.status, c.status),
              eq(applications.crossProvince, c.crossProvince),
              sql`${applications.stepSince} <= ${c.openedOnOrBefore}::date`,
            ),
          ),
          sql`false`,
        )
      : undefined,
    filter.waitingOn
      ? or(
          filter.waitingOn.reviewStatuses.length > 0
            ? inArray(applications.status, [...filter.waitingOn.reviewStatuses])
            : undefined,
          filter.waitingOn.fileStatuses.length > 0
            ? and(
                inArray(applications.status, [...filter.waitingOn.fileStatuses]),
                eq(applications.createdBy, filter.waitingOn.userId),
              )
            : undefined,
          sql`false`,
        )
      : undefined,
  );
  const after: SQL | undefined = page.after
    ? or(
        lt(applications.createdAt, new Date(page.after[0])),
        and(eq(applications.createdAt, new Date(page.after[0])), lt(applications.id, page.after[1])),
      )
    : undefined;
  // The page and the count read applications alone; only the page's children are looked up, for their names.
  const apps = await db
    .select()
    .from(applications)
    .where(and(where, after))
    .orderBy(desc(applications.createdAt), desc(applications.id))
    .limit(page.limit);
  const kids = apps.length
    ? await db
        .select({
          id: children.id,
          name: children.name,
          divisionCode: children.divisionCode,
          institutionId: children.institutionId,
        })
        .from(children)
        .where(
          and(
            inArray(children.id, [...new Set(apps.map((a) => a.childId))]),
            scopeCondition(scope, children.divisionCode, children.institutionId),
          ),
        )
    : [];
  const kidById = new Map(kids.map((k) => [k.id, k]));
  const rows = apps.flatMap((app) => {
    const kid = kidById.get(app.childId);
    return kid ? [{ app, childName: kid.name, divisionCode: kid.divisionCode, institutionId: kid.institutionId }] : [];
  });
  const [total] = await db.select({ n: count() }).from(applications).where(where);
  return { rows, total: total?.n ?? 0 };
}

/** Open steps in scope grouped by the day they opened: few distinct days however many applications wait. */
export async function openSteps(db: Queryable, scope: Scope, statuses: readonly string[]) {
  return db
    .select({
      status: applications.status,
      stepSince: applications.stepSince,
      crossProvince: applications.crossProvince,
      n: count(),
    })
    .from(applications)
    .where(and(inArray(applications.status, [...statuses]), inScope(scope)))
    .groupBy(applications.status, applications.stepSince, applications.crossProvince);
}

/**
 * Open applications one level below `division` (county → townships, township → villages), grouped by status, route
 * and the day the step opened: few groups however many applications wait, so deadlines are computed per group.
 */
export async function boardGroups(db: Queryable, scope: Scope, division: string) {
  const childLength = division.length === 4 ? 6 : division.length === 6 ? 9 : 12;
  // The length is written into the statement: a parameter in both the select and the group by is two parameters.
  const area = sql<string>`left(${applications.divisionCode}, ${sql.raw(String(childLength))})`;
  return db
    .select({
      code: area,
      status: applications.status,
      stepSince: applications.stepSince,
      crossProvince: applications.crossProvince,
      n: count(),
    })
    .from(applications)
    .where(
      and(
        inArray(applications.status, ['draft', 'intake', 'submitted', 'verified', 'returned']),
        divisionPrefix(applications.divisionCode, division),
        inScope(scope),
      ),
    )
    .groupBy(area, applications.status, applications.stepSince, applications.crossProvince);
}
