// Many-row inserts as one JSON parameter. A multi-row VALUES list built through the query builder binds one
// parameter per cell, and building it cost more than the database's own work (10,000 ledger rows × 25
// columns); jsonb_populate_recordset turns one JSON array into typed rows on the server instead.
import { getTableColumns, getTableName, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Queryable } from './connection.ts';

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** JSON for one cell: Dates as ISO text, everything else as JSON already maps (arrays → SQL arrays, objects → jsonb). */
function cell(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}

type Row<T extends PgTable> = T['$inferInsert'];

export function insertStatement<T extends PgTable>(table: T, rows: readonly Row<T>[]): SQL {
  const columns = getTableColumns(table) as Record<string, { name: string } | undefined>;
  // Property → column name, for every property set in some row (one pass, no per-row arrays).
  const names = new Map<string, string>();
  for (const row of rows) {
    const record = row as Record<string, unknown>;
    for (const key in record) {
      if (record[key] === undefined || names.has(key)) continue;
      const column = columns[key];
      if (!column) throw new Error(`bulkInsert: no column for ${key}`);
      names.set(key, column.name);
    }
  }
  const pairs = [...names];
  const list = pairs.map(([, name]) => quoteIdent(name)).join(', ');
  const target = quoteIdent(getTableName(table));
  const json = JSON.stringify(
    rows.map((row) => {
      const record = row as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const [key, name] of pairs) out[name] = cell(record[key] ?? null);
      return out;
    }),
  );
  return sql`insert into ${sql.raw(target)} (${sql.raw(list)})
    select ${sql.raw(list)} from jsonb_populate_recordset(null::${sql.raw(target)}, ${json}::jsonb)`;
}

/**
 * Runs the statements `statements` yields, one after another on one connection, building the next (in the
 * generator: encryption, JSON) while the database still runs the previous one, so on PostgreSQL the two
 * overlap on two cores.
 */
export async function runPipelined(db: Queryable, statements: Iterable<SQL>): Promise<void> {
  let inFlight: Promise<unknown> | undefined;
  for (const statement of statements) {
    if (inFlight) await inFlight;
    // `then` once: a query builder runs its query on every `then`, so this is the only subscription to it.
    const next = db.execute(statement).then(() => undefined);
    // Awaited on the next turn or after the loop; this only keeps an early failure from being "unhandled".
    next.catch(() => undefined);
    inFlight = next;
    // Let the query reach the socket before the generator builds the next statement synchronously.
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (inFlight) await inFlight;
}

function* statementsFor<T extends PgTable>(table: T, rows: readonly Row<T>[], size: number): Generator<SQL> {
  for (let i = 0; i < rows.length; i += size) yield insertStatement(table, rows.slice(i, i + size));
}

/**
 * Inserts `rows` in batches of `batchSize`. The columns are those set (not undefined) in a batch's rows; a
 * row that leaves one of them unset stores NULL there, not the column default, so callers pass complete rows.
 */
export function bulkInsert<T extends PgTable>(
  db: Queryable,
  table: T,
  rows: readonly Row<T>[],
  batchSize = 2000,
): Promise<void> {
  return runPipelined(db, statementsFor(table, rows, batchSize));
}
