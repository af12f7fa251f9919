// One database handle for the process: PGlite (embedded, file-backed) by default, PostgreSQL when
// DATABASE_URL is set. Both run the same migrations and the same queries.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { SERVICE_TIME_ZONE } from '@hehu/domain';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { PostgresTransactions, setLocalStatement, type LocalSettings } from './postgres-transaction.ts';
import * as schema from './schema.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Either the database or an open transaction: store functions accept both. */
export type Queryable = Db | Tx;

export const migrationsFolder = path.resolve(import.meta.dirname, '../../drizzle');

export interface Database {
  readonly kind: 'pglite' | 'postgres';
  readonly db: Db;
  /** Runs fn in one transaction. On PGlite, write transactions queue one behind another. */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /**
   * Transaction-local settings on `tx` (`set_config(name, value, true)`). On PostgreSQL, where a transaction opens
   * with its first statement, they are sent with its BEGIN when nothing has been sent yet (postgres-transaction.ts).
   */
  setLocal(tx: Tx, settings: LocalSettings): Promise<void>;
  migrate(): Promise<void>;
  ping(): Promise<boolean>;
  /** Statistics (and on PGlite, which has no autovacuum, a vacuum): after loading data and every few hours. */
  maintenance(): Promise<void>;
  close(): Promise<void>;
  /** The raw PGlite instance (tests snapshot it); undefined on PostgreSQL. */
  readonly pglite: PGlite | undefined;
  /**
   * Hears every NOTIFY on `channel`, from this process and every other one on the database, until the returned
   * function is called. A notification of this process's own transaction arrives before its commit resolves.
   * `live(false)` says notifications may be missed from then on (a lost connection), `live(true)` that they are
   * heard again.
   */
  listen(channel: string, listener: NotificationListener): Promise<() => Promise<void>>;
}

export interface NotificationListener {
  notify(payload: string): void;
  live(up: boolean): void;
}

/** A one-slot queue: PGlite has a single connection, so transactions are run strictly one after another. */
class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.tail.then(fn, fn);
    this.tail = next.catch(() => undefined);
    return next;
  }
}

export interface OpenOptions {
  databaseUrl?: string | undefined;
  /** Folder for PGlite's files; 'memory://' for an in-memory database. */
  pgliteDir?: string;
  /** A PGlite data-dir dump (tar) to start from: tests restore a migrated snapshot. */
  loadDataDir?: Blob | File;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  return openPglite(options.pgliteDir ?? 'memory://', options.loadDataDir);
}

async function openPglite(dir: string, loadDataDir: Blob | File | undefined): Promise<Database> {
  if (!dir.startsWith('memory://')) mkdirSync(dir, { recursive: true });
  const client = await PGlite.create(dir, { extensions: { pg_trgm }, ...(loadDataDir ? { loadDataDir } : {}) });
  // One connection, so one session setting covers every query (see openPostgres).
  await client.exec(`SET TimeZone = '${SERVICE_TIME_ZONE}'`);
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  const queue = new SerialQueue();
  return {
    kind: 'pglite',
    db,
    pglite: client,
    transaction: (fn) => queue.run(() => db.transaction(fn)),
    setLocal: async (tx, settings) => {
      await tx.execute(setLocalStatement(settings));
    },
    migrate: () => migratePglite(db as unknown as Parameters<typeof migratePglite>[0], { migrationsFolder }),
    ping: async () => {
      try {
        await client.query('select 1');
        return true;
      } catch {
        return false;
      }
    },
    maintenance: async () => {
      await queue.run(() => client.exec('VACUUM ANALYZE'));
    },
    // One connection, so the notification of a commit is heard as the commit returns.
    listen: async (channel, listener) => {
      const stop = await client.listen(channel, (payload) => listener.notify(payload));
      listener.live(true);
      return stop;
    },
    close: () => client.close(),
  };
}

function openPostgres(url: string): Promise<Database> {
  // current_date in SQL must be the same day as serviceDate() in the code: the session works in Leshan's zone.
  // JIT off: the plan and board queries are costed high (a subquery per child) and JIT spent over a second
  // compiling each one that then ran in half a second (BENCHMARKS.md, visit plans).
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    options: `-c TimeZone=${SERVICE_TIME_ZONE} -c jit=off`,
  });
  // A lost connection must not crash the process; the next query reports the error instead.
  pool.on('error', () => undefined);
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  const listeners = new Map<string, Set<NotificationListener>>();
  const dispatch = (message: pg.Notification) => {
    for (const listener of listeners.get(message.channel) ?? []) listener.notify(message.payload ?? '');
  };
  // Every pooled connection listens too: the connection that commits a change hears its own notification before
  // the commit returns, so this process acts on it before it answers; the dedicated connection below may hear it
  // a moment later.
  const listening = new WeakMap<pg.PoolClient, Set<string>>();
  pool.on('acquire', (client) => {
    let heard = listening.get(client);
    if (!heard) {
      heard = new Set();
      listening.set(client, heard);
      client.on('notification', dispatch);
    }
    for (const channel of listeners.keys()) {
      if (heard.has(channel)) continue;
      heard.add(channel);
      // Queued ahead of the borrower's first statement on this connection.
      client.query(`LISTEN ${pg.escapeIdentifier(channel)}`).catch(() => undefined);
    }
  });
  const stoppers = new Set<() => Promise<void>>();
  const transactions = new PostgresTransactions(pool);
  return Promise.resolve({
    kind: 'postgres',
    db,
    pglite: undefined,
    transaction: (fn) => transactions.run(fn),
    setLocal: (tx, settings) => transactions.setLocal(tx, settings),
    migrate: () => migratePg(db as unknown as Parameters<typeof migratePg>[0], { migrationsFolder }),
    ping: async () => {
      try {
        await db.execute(sql`select 1`);
        return true;
      } catch {
        return false;
      }
    },
    // Autovacuum keeps PostgreSQL's statistics; after a bulk load it may not have run yet.
    maintenance: async () => {
      await pool.query('ANALYZE');
    },
    listen: async (channel, listener) => {
      const set = listeners.get(channel) ?? new Set();
      listeners.set(channel, set);
      set.add(listener);
      const stop = await dedicatedListener(url, channel, listener);
      const stopAll = async () => {
        stoppers.delete(stopAll);
        set.delete(listener);
        await stop();
      };
      stoppers.add(stopAll);
      return stopAll;
    },
    close: async () => {
      await Promise.all([...stoppers].map((stop) => stop()));
      await pool.end();
    },
  });
}

/**
 * A connection of its own that does nothing but listen, so notifications from other processes arrive while every
 * pooled connection is busy or closed. Lost, it says so (`live(false)`) and connects again.
 */
async function dedicatedListener(url: string, channel: string, listener: NotificationListener) {
  let stopped = false;
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;
  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url });
    client = c;
    const lost = () => {
      if (client !== c) return;
      client = undefined;
      listener.live(false);
      c.end().catch(() => undefined);
      if (!stopped) {
        retry = setTimeout(() => void connect().catch(() => undefined), 1000);
        retry.unref();
      }
    };
    c.on('error', lost);
    c.on('end', lost);
    c.on('notification', (message) => {
      if (message.channel === channel) listener.notify(message.payload ?? '');
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      if (client === c && !stopped) listener.live(true);
    } catch {
      lost();
    }
  };
  // Not yet live if this fails: until it connects, the caller keeps nothing that a notification would end.
  await connect();
  return async () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    const c = client;
    client = undefined;
    await c?.end().catch(() => undefined);
  };
}
