// Raw SQL where the query builder has no form for it. PGlite and node-postgres both answer with { rows }.
import type { SQL } from 'drizzle-orm';
import type { Queryable } from './connection.ts';

/** The rows of a raw query, typed by the caller (who wrote the SELECT list). */
export async function queryRows<T extends Record<string, unknown>>(db: Queryable, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  if (typeof result === 'object' && result !== null && 'rows' in result && Array.isArray(result.rows))
    return result.rows as T[];
  throw new Error('unexpected result shape from the database driver');
}

/** A unique key refused the row (PostgreSQL 23505), whether the driver threw it or wrapped it as the cause. */
export function isUniqueViolation(e: unknown): boolean {
  return (
    typeof e === 'object' &&
    e !== null &&
    (('code' in e && e.code === '23505') || ('cause' in e && isUniqueViolation(e.cause)))
  );
}
