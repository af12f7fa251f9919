// The audit trail is tamper-evident (an SM3 hash chain that names the first changed row) and records refusals:
// a 403, or a 404 for an id out of reach, is kept although its request rolls back, and ten within an hour alert
// the security administrator.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { and, desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { auditLog, children, securityAlerts } from '../src/db/schema.ts';
import { queryRows } from '../src/db/raw.ts';
import { AuditSealer, sealAuditRows, verifyAuditChain } from '../src/platform/audit-chain.ts';
import { REFUSAL_ACTION, REFUSAL_ALERT_KIND, REFUSALS_PER_HOUR_ALERT } from '../src/platform/refusals.ts';
import { demoVillages } from '../src/seed/demo.ts';
import { createTestApp, type TestApp } from './harness.ts';

let t: TestApp;
let foreignId: string;

beforeAll(async () => {
  t = await createTestApp();
  const villages = await demoVillages(t.database.db);
  const [row] = await t.database.db
    .select({ id: children.id })
    .from(children)
    .where(eq(children.divisionCode, villages.village2))
    .limit(1);
  foreignId = row!.id;
});
afterAll(() => t.close());

/** Changes a row behind the application's back, as someone with the database owner's rights could. */
async function plant(statement: ReturnType<typeof sql>) {
  await t.database.transaction(async (tx) => {
    await tx.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
    await tx.execute(statement);
    await tx.execute(sql`alter table audit_log enable trigger audit_log_no_update`);
  });
}

describe('the audit hash chain', () => {
  it('verifies on a fresh database, names the row after a change made in SQL, and shows it to the auditor', async () => {
    const c = await t.as('demo_village');
    expect((await c.get('/api/children?q=王')).status).toBe(200);
    await sealAuditRows(t.database);
    const clean = await verifyAuditChain(t.database.db);
    expect(clean.ok).toBe(true);
    expect(clean.firstBroken).toBeNull();
    expect(clean.sealed).toBeGreaterThan(0);

    const auditor = await t.as('demo_auditor');
    const shown = await auditor.get('/api/audit/verification');
    expect(shown.status).toBe(200);
    expect(shown.json.ok).toBe(true);

    const [victim] = await t.database.db
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(eq(auditLog.action, 'child.search'))
      .orderBy(desc(auditLog.id))
      .limit(1);
    await plant(sql`update audit_log set actor_username = 'someone_else' where id = ${victim!.id}`);
    const broken = await verifyAuditChain(t.database.db);
    expect(broken.ok).toBe(false);
    expect(broken.firstBroken).toMatchObject({ auditId: victim!.id, reason: 'content_changed' });
    const reported = await auditor.get('/api/audit/verification');
    expect(reported.json.ok).toBe(false);
    expect((reported.json.firstBroken as { auditId: number }).auditId).toBe(victim!.id);
  });

  it('seals from a queue that the trail fills itself and that the application role can neither read nor empty', async () => {
    const queued = async () =>
      Number(
        (await queryRows<{ n: string }>(t.database.db, sql`select count(*)::text as n from audit_unsealed`))[0]!.n,
      );
    const withoutSeal = async () =>
      Number(
        (
          await queryRows<{ n: string }>(
            t.database.db,
            sql`select count(*)::text as n from audit_log a
                where not exists (select 1 from audit_seals s where s.audit_id = a.id)`,
          )
        )[0]!.n,
      );
    await sealAuditRows(t.database);
    expect(await queued()).toBe(0);
    expect(await withoutSeal()).toBe(0);

    // A request's audit row is sealed (the app's own sealer may get there first: both take the chain's lock).
    const c = await t.as('demo_village');
    expect((await c.get('/api/children?q=李')).status).toBe(200);
    await sealAuditRows(t.database);
    expect(await withoutSeal()).toBe(0);
    expect(await queued()).toBe(0);

    // A row written in SQL outside the application is queued by the trail itself, in the writing transaction.
    const written = await t.database.transaction(async (tx) => {
      const [row] = await queryRows<{ id: string }>(
        tx,
        sql`insert into audit_log (action, outcome, details) values ('test.written_in_sql', 'success', '{}')
            returning id::text as id`,
      );
      const [inQueue] = await queryRows<{ n: string }>(
        tx,
        sql`select count(*)::text as n from audit_unsealed where audit_id = ${row!.id}::bigint`,
      );
      expect(inQueue!.n).toBe('1');
      return row!.id;
    });
    await sealAuditRows(t.database);
    const [seal] = await queryRows<{ n: string }>(
      t.database.db,
      sql`select count(*)::text as n from audit_seals where audit_id = ${written}::bigint`,
    );
    expect(seal!.n).toBe('1');
    expect(await queued()).toBe(0);

    for (const statement of [sql`select count(*) from audit_unsealed`, sql`delete from audit_unsealed`]) {
      const asApplication = t.database.transaction(async (tx) => {
        await tx.execute(sql`select set_config('role', 'hehu_app', true)`);
        await tx.execute(statement);
      });
      // drizzle wraps the database's error: the reason is in its cause.
      const refused = await asApplication.then(
        () => undefined,
        (error: unknown) => error as Error & { cause?: Error },
      );
      expect(refused?.cause?.message ?? refused?.message).toMatch(/permission denied/);
    }
  });

  it('seals a while after the first commit that asks, and at once when the server shuts down', async () => {
    await sealAuditRows(t.database);
    const sealer = new AuditSealer(t.database, undefined, 60_000);
    const written = async () => {
      const [row] = await queryRows<{ id: string }>(
        t.database.db,
        sql`insert into audit_log (action, outcome) values ('test.sealer_delay', 'success') returning id::text as id`,
      );
      sealer.kick();
      return row!.id;
    };
    const ids = [await written(), await written(), await written()];
    const sealedOf = async () =>
      (
        await queryRows<{ n: string }>(
          t.database.db,
          sql`select count(*)::text as n from audit_seals where audit_id = any(${`{${ids.join(',')}}`}::bigint[])`,
        )
      )[0]!.n;
    expect(await sealedOf()).toBe('0');
    await sealer.idle();
    expect(await sealedOf()).toBe('3');
  });

  it('sealers running side by side, while requests write, seal every row once in one unbroken chain', async () => {
    // On PostgreSQL these really run in parallel (PGlite queues transactions, so there it only runs them in turn).
    await t.database.db.execute(
      sql`insert into audit_log (action, outcome) select 'test.parallel_seal', 'success' from generate_series(1, 2500)`,
    );
    const director = await t.as('demo_village');
    await Promise.all([
      sealAuditRows(t.database),
      sealAuditRows(t.database),
      sealAuditRows(t.database),
      ...Array.from({ length: 6 }, async () => expect((await director.get('/api/children?q=张')).status).toBe(200)),
      sealAuditRows(t.database),
    ]);
    await sealAuditRows(t.database);
    const [chain] = await queryRows<{
      seals: string;
      rows: string;
      last_seq: string;
      unlinked: string;
      queued: string;
    }>(
      t.database.db,
      sql`select (select count(*) from audit_seals)::text as seals, (select count(*) from audit_log)::text as rows,
          (select max(seq) from audit_seals)::text as last_seq,
          (select count(*) from audit_seals s join audit_seals before on before.seq = s.seq - 1
            where s.prev_hash <> before.hash)::text as unlinked,
          (select count(*) from audit_unsealed)::text as queued`,
    );
    expect(chain).toEqual({ seals: chain!.rows, rows: chain!.rows, last_seq: chain!.rows, unlinked: '0', queued: '0' });
  });

  it('refuses to change or remove a seal', async () => {
    await sealAuditRows(t.database);
    const change = t.database.db.execute(sql`update audit_seals set hash = 'x' where seq = 1`);
    await expect(change).rejects.toThrow();
  });

  it('`hehu audit verify` names the first changed row and exits 1', () => {
    // The CLI opens its own connection: on PostgreSQL it reaches the test database; PGlite is in this process.
    const url = t.databaseUrl;
    if (inject('databaseMode') !== 'postgres' || !url) return;
    const r = spawnSync(
      path.resolve(import.meta.dirname, '../../../node_modules/.bin/tsx'),
      ['src/cli.ts', 'audit', 'verify'],
      { cwd: path.resolve(import.meta.dirname, '..'), env: { ...process.env, DATABASE_URL: url }, encoding: 'utf8' },
    );
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/审计记录 id=\d+/);
  });
});

describe('refusals as security events', () => {
  it('records a 404 on an id out of reach and a 403, although their requests roll back', async () => {
    const c = await t.as('demo_village');
    expect((await c.get(`/api/children/${foreignId}`)).status).toBe(404);
    expect((await c.get('/api/audit')).status).toBe(403);
    const rows = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, REFUSAL_ACTION))
      .orderBy(desc(auditLog.id))
      .limit(2);
    expect(rows.map((r) => (r.details as { status: number }).status).sort()).toEqual([403, 404]);
    expect(rows.find((r) => (r.details as { status: number }).status === 404)?.targetId).toBe(foreignId);
    expect(rows.every((r) => r.actorUsername === 'demo_village' && r.outcome === 'failure')).toBe(true);
  });

  it('alerts the security administrator at ten refusals within an hour', async () => {
    const c = await t.as('demo_township');
    for (let i = 0; i < REFUSALS_PER_HOUR_ALERT; i++) {
      expect((await c.get(`/api/children/${foreignId}/family`)).status).toBe(404);
    }
    const alerts = await t.database.db
      .select()
      .from(securityAlerts)
      .where(and(eq(securityAlerts.kind, REFUSAL_ALERT_KIND), eq(securityAlerts.username, 'demo_township')));
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.events).toBeGreaterThanOrEqual(REFUSALS_PER_HOUR_ALERT);
  });
});
