// Transactions on PostgreSQL that open with their first statement. On a busy machine a round trip to the database
// costs more than most statements in it (BENCHMARKS.md, request overhead), so BEGIN is not sent alone: it goes
// ahead of the transaction's first statement together with the transaction-local settings known by then (the
// caller's reach), and a transaction that asks the database nothing sends nothing at all.
//
// It builds drizzle's transaction itself, so it relies on what drizzle-orm 0.45.4 (pinned exactly in package.json)
// does in node-postgres/driver.js and session.js: `new NodePgSession(client, dialect, relations)` and
// `new NodePgTransaction(dialect, session, relations)` are what `drizzle(pool, { schema })` builds (no logger, no
// cache, default casing, as db/connection.ts configures it); the session calls nothing on its client but
// `query(config, values)`, for every kind of statement; a savepoint (`tx.transaction`) goes through the same
// session. test/round-trips.test.ts ("every kind of statement…") fails if a later drizzle does otherwise.
import {
  createTableRelationsHelpers,
  extractTablesRelationalConfig,
  sql,
  type ExtractTablesWithRelations,
} from 'drizzle-orm';
import { NodePgSession, NodePgTransaction } from 'drizzle-orm/node-postgres';
import { PgDialect } from 'drizzle-orm/pg-core';
import pg from 'pg';
import type { Tx } from './connection.ts';
import * as schema from './schema.ts';

/** Settings for one transaction only (`set_config(…, true)`), as names and values. */
export type LocalSettings = Readonly<Record<string, string>>;

/** The settings as one parameterised statement (for a transaction already under way, and for PGlite). */
export function setLocalStatement(settings: LocalSettings) {
  const calls = Object.entries(settings).map(([name, value]) => sql`set_config(${name}, ${value}, true)`);
  return sql`select ${sql.join(calls, sql`, `)}`;
}

/**
 * A pooled connection whose transaction opens with its first statement. The opening (BEGIN and any settings) is
 * sent once, ahead of the first statement, and every statement waits for it: none can run outside the
 * transaction, nor before its settings, even when several are issued at once. The end (COMMIT or ROLLBACK) waits
 * behind every statement issued before it, and no statement is taken after it.
 */
class DeferredBegin {
  private opening = 'begin';
  private opened: Promise<unknown> | undefined;
  private ended = false;
  constructor(private readonly client: pg.PoolClient) {}

  get begun(): boolean {
    return this.opened !== undefined;
  }

  /** Settings with the opening if nothing has been sent yet (literal values: one simple-protocol message). */
  setLocal(settings: LocalSettings): Promise<unknown> {
    if (this.opened) return this.query(settingsText(settings));
    this.opening += `; ${settingsText(settings)}`;
    return Promise.resolve();
  }

  /** The one method drizzle's session calls on its client. */
  query(config: string | pg.QueryConfig, values?: unknown[]): Promise<pg.QueryResult> {
    if (this.ended) return Promise.reject(new Error('a statement after the end of its transaction'));
    this.opened ??= this.client.query(this.opening);
    // Handed to the connection when the opening has answered, in the order issued (callbacks on one promise run
    // in the order they were added), so a statement is never queued behind the end of its transaction.
    return this.opened.then(() => this.client.query(config, values));
  }

  /** COMMIT (refused if the opening failed) or ROLLBACK, queued behind every statement issued before it. */
  async end(command: 'commit' | 'rollback'): Promise<void> {
    this.ended = true;
    if (!this.opened) return;
    if (command === 'commit') await this.opened;
    else await this.opened.catch(() => undefined);
    await this.client.query(command);
  }
}

function settingsText(settings: LocalSettings): string {
  const calls = Object.entries(settings).map(
    ([name, value]) => `set_config(${pg.escapeLiteral(name)}, ${pg.escapeLiteral(value)}, true)`,
  );
  return `select ${calls.join(', ')}`;
}

type Relations = ExtractTablesWithRelations<typeof schema>;

export class PostgresTransactions {
  private readonly dialect = new PgDialect();
  private readonly relations: { fullSchema: typeof schema; schema: Relations; tableNamesMap: Record<string, string> };
  private readonly connections = new WeakMap<Tx, DeferredBegin>();

  constructor(private readonly pool: pg.Pool) {
    // What drizzle(pool, { schema }) builds for its own sessions.
    const tables = extractTablesRelationalConfig<Relations>(schema, createTableRelationsHelpers);
    this.relations = { fullSchema: schema, schema: tables.tables, tableNamesMap: tables.tableNamesMap };
  }

  /** Runs fn in one transaction, as drizzle's own does (commit, or roll back and rethrow), opened on demand. */
  async run<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    const connection = new DeferredBegin(client);
    // drizzle's session calls nothing on its client but query(config, values).
    const session = new NodePgSession(connection as unknown as pg.PoolClient, this.dialect, this.relations);
    const tx = new NodePgTransaction(this.dialect, session, this.relations) as unknown as Tx;
    this.connections.set(tx, connection);
    let broken: Error | undefined;
    try {
      const result = await fn(tx);
      await connection.end('commit');
      return result;
    } catch (error) {
      await connection.end('rollback').catch((e: unknown) => {
        broken = e instanceof Error ? e : new Error('rollback failed');
      });
      throw error;
    } finally {
      // A connection whose rollback failed is closed rather than handed to the next request.
      client.release(broken);
    }
  }

  /** Transaction-local settings for `tx`: with its BEGIN when it has not begun, else as a statement now. */
  async setLocal(tx: Tx, settings: LocalSettings): Promise<void> {
    const connection = this.connections.get(tx);
    if (connection) await connection.setLocal(settings);
    else await tx.execute(setLocalStatement(settings));
  }
}
