// Children are a scoped table: every function here takes the caller's Scope and filters by it.
import { and, asc, count, eq, gt, like, or, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/connection.ts';
import { children, divisions } from '../../db/schema.ts';
import { scopeCondition, type Scope } from '../../platform/access.ts';

export interface ChildFilter {
  division?: string | undefined;
  nameText?: string | undefined;
  idNumberIndex?: string | undefined;
}

const listColumns = {
  id: children.id,
  name: children.name,
  sex: children.sex,
  birthDate: children.birthDate,
  idNumberMasked: children.idNumberMasked,
  divisionCode: children.divisionCode,
  divisionName: divisions.name,
  status: children.status,
};

function whereOf(scope: Scope, filter: ChildFilter): SQL | undefined {
  const parts: (SQL | undefined)[] = [scopeCondition(scope, children.divisionCode, children.institutionId)];
  if (filter.division) parts.push(like(children.divisionCode, `${filter.division}%`));
  if (filter.idNumberIndex) parts.push(eq(children.idNumberIndex, filter.idNumberIndex));
  if (filter.nameText) {
    const escaped = filter.nameText.replace(/[\\%_]/g, '\\$&');
    // Substring, or trigram similarity so one wrong character still finds the child.
    parts.push(or(like(children.name, `%${escaped}%`), sql`${children.name} % ${filter.nameText}`));
  }
  return and(...parts);
}

export async function listChildren(
  db: Queryable,
  scope: Scope,
  filter: ChildFilter,
  page: { limit: number; after: [string, string] | null },
) {
  const where = whereOf(scope, filter);
  const afterCond = page.after
    ? or(
        gt(children.divisionCode, page.after[0]),
        and(eq(children.divisionCode, page.after[0]), gt(children.id, page.after[1])),
      )
    : undefined;
  const rows = await db
    .select(listColumns)
    .from(children)
    .innerJoin(divisions, eq(divisions.code, children.divisionCode))
    .where(and(where, afterCond))
    .orderBy(asc(children.divisionCode), asc(children.id))
    .limit(page.limit + 1);
  const [total] = await db.select({ n: count() }).from(children).where(where);
  return { rows: rows.slice(0, page.limit), hasMore: rows.length > page.limit, total: total?.n ?? 0 };
}

export async function getChild(db: Queryable, scope: Scope, id: string) {
  const [row] = await db
    .select({ ...listColumns, createdAt: children.createdAt, updatedAt: children.updatedAt })
    .from(children)
    .innerJoin(divisions, eq(divisions.code, children.divisionCode))
    .where(and(eq(children.id, id), scopeCondition(scope, children.divisionCode, children.institutionId)))
    .limit(1);
  return row;
}
