// A real app on a real database for each test file, and a small client that keeps the cookie and CSRF token.
import { sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../src/app.ts';
import { openDatabase, type Database } from '../src/db/connection.ts';
import { createFieldCipher } from '../src/platform/crypto.ts';
import type { AppServices } from '../src/platform/http.ts';
import { PolicyCache } from '../src/platform/policy.ts';
import { DEMO_PASSWORD } from '../src/seed/demo.ts';
import { TEST_MASTER_KEY, databaseUrlFor, testConfig } from './fixtures.ts';

export interface Response {
  status: number;
  body: unknown;
  headers: Record<string, unknown>;
  /** The body as a record, for property access in assertions. */
  json: Record<string, unknown>;
}

export class Client {
  cookie: string | undefined;
  csrfToken: string | undefined;
  constructor(
    private readonly app: FastifyInstance,
    private readonly language = 'zh-CN',
  ) {}

  async request(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH',
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    const res = await this.app.inject({
      method,
      url,
      ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}),
      headers: {
        'accept-language': this.language,
        ...(this.cookie ? { cookie: `hehu_session=${this.cookie}` } : {}),
        ...(this.csrfToken && method !== 'GET' ? { 'x-csrf-token': this.csrfToken } : {}),
        ...headers,
      },
    });
    const setCookie = res.cookies.find((c) => c.name === 'hehu_session');
    if (setCookie) this.cookie = setCookie.value || undefined;
    const body: unknown = res.body ? safeJson(res.body) : null;
    const json = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
    if (typeof json.csrfToken === 'string') this.csrfToken = json.csrfToken;
    return { status: res.statusCode, body, headers: res.headers, json };
  }
  get(url: string) {
    return this.request('GET', url);
  }
  post(url: string, payload?: unknown) {
    return this.request('POST', url, payload ?? {});
  }
  put(url: string, payload: unknown) {
    return this.request('PUT', url, payload);
  }
  /** Sends a file's bytes as the raw body, as the upload routes take them. */
  upload(method: 'POST' | 'PUT', url: string, bytes: Buffer) {
    return this.request(method, url, bytes, { 'content-type': 'application/octet-stream' });
  }
  delete(url: string) {
    return this.request('DELETE', url);
  }
  async login(username: string, password = DEMO_PASSWORD, totpCode?: string): Promise<Response> {
    return this.post('/api/auth/login', { username, password, ...(totpCode ? { totpCode } : {}) });
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export interface TestApp {
  app: FastifyInstance;
  services: AppServices;
  database: Database;
  /** The test database's URL on PostgreSQL (for a CLI run against it); undefined on PGlite. */
  databaseUrl: string | undefined;
  client(language?: string): Client;
  /** A client already signed in as a demo account. */
  as(username: string): Promise<Client>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** false: the application's own scope conditions alone, to show they hold without the database's policies. */
  rowLevelSecurity?: boolean;
  /**
   * How long the security policy is kept in memory. 0 (the default here) reads it on every request, so a test
   * that changes it in SQL sees the change at once; a server keeps it five seconds.
   */
  policyTtlMs?: number;
}

export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const mode = inject('databaseMode');
  // The run's data folder, where the global setup's demo documents are (see testDataDir).
  process.env.HEHU_TEST_DATA_DIR = inject('dataDir');
  const config = testConfig();
  let database: Database;
  let dropDatabase: (() => Promise<void>) | undefined;
  let databaseUrl: string | undefined;
  if (mode === 'postgres') {
    const base = process.env.TEST_DATABASE_URL!;
    const name = `${inject('runPrefix')}${randomUUID().replace(/-/g, '').slice(0, 16)}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('templateDb')}`);
    await admin.end();
    databaseUrl = databaseUrlFor(base, name);
    database = await openDatabase({ databaseUrl });
    dropDatabase = async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  } else {
    const snapshot = readFileSync(inject('snapshotFile'));
    database = await openDatabase({ pgliteDir: 'memory://', loadDataDir: new Blob([snapshot]) });
  }
  const services: AppServices = {
    config,
    database,
    cipher: createFieldCipher(Buffer.from(TEST_MASTER_KEY, 'hex')),
    policy: new PolicyCache(database.db, options.policyTtlMs ?? 0),
    rowLevelSecurity: options.rowLevelSecurity ?? process.env.HEHU_TEST_RLS !== 'off',
  };
  const app = await buildApp(services, { logger: false });
  await app.ready();
  return {
    app,
    services,
    database,
    databaseUrl,
    client: (language) => new Client(app, language),
    as: async (username) => {
      const c = new Client(app);
      const res = await c.login(username);
      if (res.status !== 200) throw new Error(`login ${username} failed: ${JSON.stringify(res.body)}`);
      return c;
    },
    close: async () => {
      await app.close();
      await database.close();
      await dropDatabase?.();
    },
  };
}

/**
 * Makes the database refuse inserts and updates of `table` rows matching `when` (a trigger in this test
 * file's own database) until the returned function removes it: at once, or only when the transaction commits
 * (a deferred constraint trigger), after every statement of the request has run.
 */
export async function refuseWrites(
  t: TestApp,
  table: string,
  when: string,
  atCommit = false,
): Promise<() => Promise<void>> {
  const name = `test_refuse_${table}`;
  await t.database.db.execute(
    sql.raw(`create or replace function ${name}() returns trigger language plpgsql as $$
      begin
        if ${when} then raise exception 'refused by the test'; end if;
        return new;
      end $$`),
  );
  await t.database.db.execute(
    sql.raw(
      atCommit
        ? `create constraint trigger ${name} after insert or update on ${table}
             deferrable initially deferred for each row execute function ${name}()`
        : `create trigger ${name} before insert or update on ${table} for each row execute function ${name}()`,
    ),
  );
  return async () => {
    await t.database.db.execute(sql.raw(`drop trigger ${name} on ${table}`));
  };
}

/**
 * Gives an account a business grant through the security administrator, as an account needs before its first
 * sign-in (a county officer of 511102 unless told otherwise).
 */
export async function grantRole(
  t: TestApp,
  userId: string,
  grant: { role: string; divisionCode?: string } = { role: 'county_officer', divisionCode: '511102' },
): Promise<void> {
  const sec = await t.as('demo_secadmin');
  const res = await sec.post(`/api/security/users/${userId}/grants`, grant);
  if (res.status !== 201) throw new Error(`grant failed: ${JSON.stringify(res.body)}`);
}
