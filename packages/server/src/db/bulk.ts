// Many-row inserts as one JSON parameter. A multi-row VALUES list built through the query builder binds one
// parameter per cell, and building it cost more than the database's own work (10,000 ledger rows × 25
// columns); jsonb_populate_recordset turns one JSON array into typed rows on the server instead.
import { getTableColumns, getTableName, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Queryable } from './connection.ts';

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** JSON for one cell: Dates as ISO text, everything else as JSON already maps (arrays → SQL arrays, objects → jsonb). */
function cell(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}

/**
 * Inserts `rows` into `table`. The columns are those set (not undefined) in any row; a row that leaves one of
 * them unset stores NULL there, not the column default, so callers pass complete rows.
 */
export async function bulkInsert<T extends PgTable>(
  db: Queryable,
  table: T,
  rows: readonly T['$inferInsert'][],
  batchSize = 2000,
): Promise<void> {
  if (rows.length === 0) return;
  const columns = getTableColumns(table) as Record<string, { name: string }>;
  const keys = [
    ...new Set(rows.flatMap((r) => Object.keys(r).filter((k) => (r as Record<string, unknown>)[k] !== undefined))),
  ];
  const unknown = keys.filter((k) => !columns[k]);
  if (unknown.length > 0) throw new Error(`bulkInsert: no column for ${unknown.join(', ')}`);
  const names = keys.map((k) => quoteIdent(columns[k]?.name ?? k)).join(', ');
  const target = quoteIdent(getTableName(table));
  for (let i = 0; i < rows.length; i += batchSize) {
    const json = JSON.stringify(
      rows.slice(i, i + batchSize).map((r) => {
        const record = r as Record<string, unknown>;
        const out: Record<string, unknown> = {};
        for (const k of keys) out[columns[k]?.name ?? k] = cell(record[k] ?? null);
        return out;
      }),
    );
    await db.execute(
      sql`insert into ${sql.raw(target)} (${sql.raw(names)})
          select ${sql.raw(names)} from jsonb_populate_recordset(null::${sql.raw(target)}, ${json}::jsonb)`,
    );
  }
}
