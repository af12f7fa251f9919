// What a request sends to PostgreSQL, statement by statement (each one a round trip): the transaction opens with
// its first statement, BEGIN and the caller's reach in one message, and a child's file is one statement with its
// audit row (BENCHMARKS.md, request overhead). PGlite runs in this process and has no round trips to count.
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import { queryRows } from '../src/db/raw.ts';
import { children } from '../src/db/schema.ts';
import type { Tx } from '../src/db/connection.ts';
import { createTestApp, type TestApp } from './harness.ts';

const onPostgres = inject('databaseMode') === 'postgres';

/** Every statement sent, with the connection it went on (the audit sealer runs on one of its own). */
const sent = vi.spyOn(pg.Client.prototype, 'query');

/**
 * The statements of the one transaction that ran `pattern` among them: a connection's statements from a BEGIN to
 * the next (the pool hands a connection to the sealer, or to the next request, once a transaction is done).
 */
function statementsWith(pattern: RegExp): string[] {
  const byConnection = new Map<unknown, string[][]>();
  sent.mock.calls.forEach(([first], i) => {
    const text = typeof first === 'string' ? first : (first as { text?: string } | undefined)?.text;
    // A connection's first borrower finds LISTEN queued ahead of it by the pool (db/connection.ts), not sent by it.
    if (text === undefined || text.startsWith('LISTEN ')) return;
    const transactions = byConnection.get(sent.mock.contexts[i]) ?? [];
    byConnection.set(sent.mock.contexts[i], transactions);
    if (text.startsWith('begin') || transactions.length === 0) transactions.push([]);
    transactions.at(-1)?.push(text.replace(/\s+/g, ' '));
  });
  const found = [...byConnection.values()].flat().filter((list) => list.some((s) => pattern.test(s)));
  expect(found).toHaveLength(1);
  return found[0] ?? [];
}

let t: TestApp;
beforeAll(async () => {
  // The policy kept in memory as a server keeps it, so a signed-in request needs no statement before its own.
  t = await createTestApp({ policyTtlMs: 60_000 });
  if (onPostgres) await t.database.db.execute(sql`create table round_trip_probe (n integer)`);
});
afterAll(async () => {
  if (onPostgres) await t.database.db.execute(sql`drop table round_trip_probe`);
  await t.close();
});
// A block body: a function returned from beforeEach is called as its cleanup, and the spy is one.
beforeEach(() => {
  sent.mockClear();
});

const opening =
  /^begin; select set_config\('hehu\.user_id', '[^']*', true\), .*set_config\('role', 'hehu_app', true\)$/;

describe.skipIf(!onPostgres)('round trips to PostgreSQL', () => {
  it('an anonymous health check: the opening with the reach, the ping, the commit', async () => {
    // The first request reads the security policy; from then on it is in memory.
    expect((await t.client().get('/api/health')).status).toBe(200);
    sent.mockClear();
    expect((await t.client().get('/api/health')).status).toBe(200);
    expect(statementsWith(/^select 1$/)).toEqual([expect.stringMatching(opening), 'select 1', 'commit']);
  });

  it("a child's file: the opening, the file with its audit row in one statement, the commit", async () => {
    const c = await t.as('demo_county');
    const [child] = (await c.get('/api/children?limit=1')).json.data as { id: string }[];
    sent.mockClear();
    expect((await c.get(`/api/children/${child!.id}`)).status).toBe(200);
    const statements = statementsWith(/insert into "audit_log"/);
    expect(statements).toEqual([
      expect.stringMatching(opening),
      expect.stringMatching(/^with "audited" as \(insert into "audit_log" .* from "children" where/),
      'commit',
    ]);
  });

  it('a session read from the database first: BEGIN alone, then the reach as soon as the caller is known', async () => {
    const [child] = await t.database.db
      .select({ id: children.id })
      .from(children)
      .where(sql`${children.divisionCode} like '511102%'`)
      .limit(1);
    // Signed in just now: the session is not yet in memory, so the request reads it first.
    const c = await t.as('demo_county');
    sent.mockClear();
    // Under row-level security the file is found only if the reach was set before the read.
    expect((await c.get(`/api/children/${child!.id}`)).status).toBe(200);
    const statements = statementsWith(/insert into "audit_log"/);
    expect(statements[0]).toBe('begin');
    const reach = statements.findIndex((s) => /^select set_config\('hehu\.user_id'/.test(s));
    const read = statements.findIndex((s) => /^with "audited"/.test(s));
    expect(reach).toBeGreaterThan(0);
    expect(read).toBe(reach + 1);
  });

  it('a transaction that asks the database nothing sends nothing, and the settings end with their transaction', async () => {
    expect(await t.database.transaction(() => Promise.resolve(7))).toBe(7);
    expect(sent).not.toHaveBeenCalled();
    const inside = await t.database.transaction(async (tx) => {
      await t.database.setLocal(tx, { 'hehu.user_id': 'someone' });
      return queryRows<{ v: string }>(tx, sql`select current_setting('hehu.user_id', true) as v`);
    });
    expect(inside).toEqual([{ v: 'someone' }]);
    const after = await t.database.transaction((tx) =>
      queryRows<{ v: string | null }>(tx, sql`select current_setting('hehu.user_id', true) as v`),
    );
    expect(after[0]?.v ?? '').toBe('');
  });

  it('every kind of statement drizzle sends goes on the one connection, after the opening', async () => {
    // What db/postgres-transaction.ts relies on in drizzle: its session sends everything through query().
    await t.database.transaction(async (tx) => {
      await t.database.setLocal(tx, { 'hehu.user_id': 'kinds' });
      await tx.select({ id: children.id }).from(children).limit(1);
      await tx.query.children.findFirst({ columns: { id: true } });
      await tx.execute(sql`select 'kinds'`);
      await tx.transaction((sp) => sp.execute(sql`select 'inside a savepoint'`));
    });
    expect(statementsWith(/^select 'kinds'$/)).toEqual([
      "begin; select set_config('hehu.user_id', 'kinds', true)",
      expect.stringMatching(/^select "id" from "children" limit \$1$/),
      expect.stringMatching(/^select "id" from "children" "children" limit \$1$/),
      "select 'kinds'",
      'savepoint sp1',
      "select 'inside a savepoint'",
      'release savepoint sp1',
      'commit',
    ]);
  });

  it('a statement still waiting for the opening when its transaction fails is rolled back with it', async () => {
    let pending: Promise<unknown> | undefined;
    const failing = t.database.transaction(async (tx) => {
      // then() sends it (drizzle's statements are lazy); not awaited, so it waits behind the opening.
      pending = tx.execute(sql`insert into round_trip_probe values (1)`).then(
        () => undefined,
        () => undefined,
      );
      // Microtasks only: the opening cannot have answered, so the rollback is issued while the insert waits.
      await Promise.resolve();
      throw new Error('refused');
    });
    await expect(failing).rejects.toThrow('refused');
    await pending;
    expect(await queryRows(t.database.db, sql`select n from round_trip_probe`)).toEqual([]);
  });

  it('a transaction takes no statement after its end', async () => {
    let kept: Tx | undefined;
    await t.database.transaction(async (tx) => {
      kept = tx;
      await tx.execute(sql`select 'before the end'`);
    });
    sent.mockClear();
    const error: unknown = await kept?.execute(sql`select 'after the end'`).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect(sent).not.toHaveBeenCalled();
  });

  it('requests at once on the pool each keep their own reach', async () => {
    const [child] = await t.database.db
      .select({ id: children.id })
      .from(children)
      .where(sql`${children.divisionCode} like '511102%'`)
      .limit(1);
    const county = await t.as('demo_county');
    const otherVillage = await t.as('demo_village2');
    const url = `/api/children/${child!.id}`;
    // Once each, so the sessions are in memory and every request opens with its reach.
    await Promise.all([county.get(url), otherVillage.get(url)]);
    const statuses = await Promise.all(
      Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? county : otherVillage).get(url).then((r) => r.status)),
    );
    expect(statuses).toEqual(Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? 200 : 404)));
  });
});
