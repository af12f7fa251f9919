import { and, asc, eq, ilike, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/connection.ts';
import { divisions } from '../../db/schema.ts';

export type DivisionRow = typeof divisions.$inferSelect;
export interface DivisionView {
  code: string;
  name: string;
  level: DivisionRow['level'];
  parentCode: string | null;
  hasChildren: boolean;
}

const hasChildren = sql<boolean>`exists (select 1 from divisions c where c.parent_code = ${divisions.code})`;
const viewColumns = {
  code: divisions.code,
  name: divisions.name,
  level: divisions.level,
  parentCode: divisions.parentCode,
  hasChildren,
};

export function getDivisions(db: Queryable, codes: readonly string[]): Promise<DivisionView[]> {
  if (codes.length === 0) return Promise.resolve([]);
  return db
    .select(viewColumns)
    .from(divisions)
    .where(inArray(divisions.code, [...codes]))
    .orderBy(asc(divisions.code));
}

export function childDivisions(db: Queryable, parentCode: string): Promise<DivisionView[]> {
  return db
    .select(viewColumns)
    .from(divisions)
    .where(eq(divisions.parentCode, parentCode))
    .orderBy(asc(divisions.code));
}

export function searchDivisions(
  db: Queryable,
  text: string,
  roots: readonly string[],
  limit: number,
): Promise<DivisionView[]> {
  const inRoots = or(...roots.map((r) => like(divisions.code, `${r}%`))) ?? sql`false`;
  const match = /^\d+$/.test(text)
    ? like(divisions.code, `${text}%`)
    : ilike(divisions.name, `%${text.replace(/[\\%_]/g, '\\$&')}%`);
  return db
    .select(viewColumns)
    .from(divisions)
    .where(and(inRoots, match))
    .orderBy(sql`length(${divisions.code})`, asc(divisions.code))
    .limit(limit);
}

function ancestorCodes(code: string): string[] {
  const prefixes = [4, 6, 9, 12].filter((n) => n <= code.length).map((n) => code.slice(0, n));
  if (!prefixes.includes(code)) prefixes.push(code);
  return prefixes;
}

/** Names of each code's ancestors and itself, from the city down, in one query. */
export async function divisionPaths(
  db: Queryable,
  codes: readonly string[],
): Promise<Map<string, { code: string; name: string }[]>> {
  const all = [...new Set(codes.flatMap(ancestorCodes))];
  const rows = all.length
    ? await db
        .select({ code: divisions.code, name: divisions.name })
        .from(divisions)
        .where(inArray(divisions.code, all))
    : [];
  const names = new Map(rows.map((r) => [r.code, r.name]));
  return new Map(
    codes.map((c) => [
      c,
      ancestorCodes(c).flatMap((a) => (names.has(a) ? [{ code: a, name: names.get(a) ?? '' }] : [])),
    ]),
  );
}

/**
 * The names of a division and its ancestors, from the city down, as one subquery on a code (a table-qualified
 * column or a value): the same path as {@link divisionPath}, for a query that reads it with its row instead of
 * in a round trip of its own.
 */
export function divisionPathNames(code: SQL): SQL<string[]> {
  const prefixes = sql.join(
    [4, 6, 9, 12].map((n) => sql`left(${code}, ${sql.raw(String(n))})`),
    sql`, `,
  );
  return sql<string[]>`coalesce((select array_agg(d.name order by length(d.code)) from ${divisions} d
    where d.code in (${prefixes}, ${code})), '{}')`;
}

export async function divisionPath(db: Queryable, code: string): Promise<{ code: string; name: string }[]> {
  return (await divisionPaths(db, [code])).get(code) ?? [];
}

export async function divisionExists(db: Queryable, code: string): Promise<DivisionRow | undefined> {
  const [row] = await db.select().from(divisions).where(eq(divisions.code, code)).limit(1);
  return row;
}
