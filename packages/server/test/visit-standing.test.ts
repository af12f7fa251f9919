// Each child's latest visit and assessment (visit_standing) is what every visit plan reads: it must always equal
// what the visit and assessment rows say, however they were written (one visit, an INSERT … SELECT of many, an
// update, a delete, a move to another village), stay within the reach like the child, refuse the application's
// own writes, and, on PostgreSQL, keep the later visit when two are saved at once.
import { sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { queryRows } from '../src/db/raw.ts';
import { createTestApp, type TestApp } from './harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ rowLevelSecurity: true });
}, 120_000);
afterAll(() => t.close());

interface StandingRow extends Record<string, unknown> {
  child_id: string;
  division_code: string;
  last_visit: string | null;
  last_visit_changed: boolean;
  risk_level: string | null;
  risk_assessed_on: string | null;
  risk_previous_level: string | null;
}

/** visit_standing as stored, and as computed afresh from the rows, for every child that has either. */
async function storedAndComputed(): Promise<{ stored: StandingRow[]; computed: StandingRow[] }> {
  const db = t.database.db;
  const stored = await queryRows<StandingRow>(
    db,
    sql`select child_id, division_code, last_visit::text as last_visit, last_visit_changed, risk_level,
        risk_assessed_on::text as risk_assessed_on, risk_previous_level
      from visit_standing where last_visit is not null or risk_level is not null order by child_id`,
  );
  const computed = await queryRows<StandingRow>(
    db,
    sql`select c.id as child_id, c.division_code, lv.visit_date::text as last_visit,
        coalesce(lv.circumstances_changed, false) as last_visit_changed, la.level as risk_level,
        la.assessed_on::text as risk_assessed_on, la.previous_level as risk_previous_level
      from children c
      left join lateral (select v.visit_date, v.circumstances_changed from visits v where v.child_id = c.id
        order by v.visit_date desc, v.created_at desc limit 1) lv on true
      left join lateral (select r.level, r.assessed_on, r.previous_level from risk_assessments r
        where r.child_id = c.id order by r.assessed_on desc, r.created_at desc limit 1) la on true
      where lv.visit_date is not null or la.level is not null order by c.id`,
  );
  return { stored, computed };
}

/** A demo child with visits and an assessment, and its current standing. */
async function visitedChild(): Promise<StandingRow> {
  const [row] = await queryRows<StandingRow>(
    t.database.db,
    sql`select child_id, division_code, last_visit::text as last_visit, last_visit_changed, risk_level,
        risk_assessed_on::text as risk_assessed_on, risk_previous_level
      from visit_standing where last_visit is not null and risk_level is not null
      order by child_id limit 1`,
  );
  if (!row) throw new Error('the demo has no visited and assessed child');
  return row;
}

const insertVisit = (childId: string, date: string, changed = false) =>
  sql`insert into visits (id, child_id, visit_date, kind, circumstances_changed)
    values (${randomUUID()}, ${childId}, ${date}::date, 'home', ${changed})`;

describe('visit_standing', () => {
  it('equals the visit and assessment rows after the demo seed', async () => {
    const { stored, computed } = await storedAndComputed();
    expect(stored.length).toBeGreaterThan(100);
    expect(stored).toEqual(computed);
  });

  it('follows a visit added, one changed, many added in one statement, and one deleted', async () => {
    const db = t.database.db;
    const child = await visitedChild();
    const later = '2099-03-01';
    await db.execute(insertVisit(child.child_id, later, true));
    let { stored, computed } = await storedAndComputed();
    expect(stored.find((r) => r.child_id === child.child_id)).toMatchObject({
      last_visit: later,
      last_visit_changed: true,
    });
    await db.execute(sql`update visits set visit_date = '2099-04-01' where child_id = ${child.child_id}
      and visit_date = ${later}::date`);
    ({ stored } = await storedAndComputed());
    expect(stored.find((r) => r.child_id === child.child_id)?.last_visit).toBe('2099-04-01');
    // One INSERT … SELECT visiting every village child of the county at once.
    await db.execute(sql`insert into visits (id, child_id, visit_date, kind)
      select gen_random_uuid(), c.id, '2099-05-01', 'phone' from children c
      where c.division_code like ${`${child.division_code.slice(0, 6)}%`}`);
    ({ stored, computed } = await storedAndComputed());
    expect(stored).toEqual(computed);
    expect(stored.filter((r) => r.last_visit === '2099-05-01').length).toBeGreaterThan(0);
    await db.execute(sql`delete from visits where visit_date >= '2099-01-01'`);
    ({ stored, computed } = await storedAndComputed());
    expect(stored).toEqual(computed);
    expect(stored.find((r) => r.child_id === child.child_id)?.last_visit).toBe(child.last_visit);
  });

  it('follows an assessment, keeping the level before it, and the child moving to another village', async () => {
    const db = t.database.db;
    const child = await visitedChild();
    await db.execute(sql`insert into risk_assessments (id, child_id, assessed_on, instrument_version, answers, total,
        by_area, level, previous_level)
      values (${randomUUID()}, ${child.child_id}, '2099-06-01', 'test', '{}', 0, '{}', 'absent', ${child.risk_level})`);
    const { stored, computed } = await storedAndComputed();
    expect(stored).toEqual(computed);
    expect(stored.find((r) => r.child_id === child.child_id)).toMatchObject({
      risk_level: 'absent',
      risk_assessed_on: '2099-06-01',
      risk_previous_level: child.risk_level,
    });
    const [other] = await queryRows<{ code: string }>(
      db,
      sql`select code from divisions where length(code) = 12 and code <> ${child.division_code}
        and code like ${`${child.division_code.slice(0, 6)}%`} order by code limit 1`,
    );
    await db.execute(sql`update children set division_code = ${other!.code} where id = ${child.child_id}`);
    const moved = await storedAndComputed();
    expect(moved.stored).toEqual(moved.computed);
    expect(moved.stored.find((r) => r.child_id === child.child_id)?.division_code).toBe(other!.code);
    await db.execute(sql`update children set division_code = ${child.division_code} where id = ${child.child_id}`);
    await db.execute(sql`delete from risk_assessments where assessed_on = '2099-06-01'`);
  });

  it('is read within the reach only, and the application cannot write it', async () => {
    const child = await visitedChild();
    const county = child.division_code.slice(0, 6);
    const other = county === '511123' ? '511102' : '511123';
    const asReach = (prefix: string, statement: ReturnType<typeof sql>) =>
      t.database.transaction(async (tx) => {
        await tx.execute(sql`select set_config('hehu.user_id', '', true),
          set_config('hehu.reach_prefixes', ${prefix}, true), set_config('hehu.reach_institutions', '', true),
          set_config('hehu.partner_units', '', true), set_config('role', 'hehu_app', true)`);
        return queryRows<{ child_id: string; division_code: string }>(tx, statement);
      });
    const read = sql`select child_id, division_code from visit_standing`;
    const own = await asReach(county, read);
    expect(own.length).toBeGreaterThan(0);
    // Rows of the county, and of children visible to it otherwise (a transfer into the county awaiting acceptance).
    const visible = new Set(
      (await asReach(county, sql`select id as child_id, division_code from children`)).map((r) => r.child_id),
    );
    expect(own.every((r) => r.division_code.startsWith(county) || visible.has(r.child_id))).toBe(true);
    expect(own.filter((r) => r.division_code.startsWith(county)).length).toBeGreaterThan(0);
    expect((await asReach(other, read)).some((r) => r.child_id === child.child_id)).toBe(false);
    // The database's own refusal (drizzle wraps it: the cause says why).
    const refusal = (statement: ReturnType<typeof sql>) =>
      asReach(county, statement).then(
        () => 'written',
        (e: unknown) => String((e as { cause?: unknown }).cause ?? e),
      );
    expect(
      await refusal(sql`update visit_standing set last_visit = '2000-01-01' where child_id = ${child.child_id}`),
    ).toMatch(/permission denied/);
    expect(await refusal(sql`delete from visit_standing where child_id = ${child.child_id}`)).toMatch(
      /permission denied/,
    );
    expect(await refusal(sql`insert into visit_standing (child_id) values (${randomUUID()})`)).toMatch(
      /permission denied/,
    );
  });

  // Two directors save visits of the same child at once; the one saving the later date holds the child's row when
  // the other, with an earlier date, reads the latest visit: that read waits and sees the later one committed.
  it.skipIf(inject('databaseMode') !== 'postgres')('keeps the later visit when two are saved at once', async () => {
    const child = await visitedChild();
    const first = new pg.Client({ connectionString: t.databaseUrl });
    const second = new pg.Client({ connectionString: t.databaseUrl });
    await Promise.all([first.connect(), second.connect()]);
    try {
      await first.query('begin');
      await first.query(`insert into visits (id, child_id, visit_date, kind) values ($1, $2, '2099-08-02', 'home')`, [
        randomUUID(),
        child.child_id,
      ]);
      await second.query('begin');
      const pid = ((await second.query('select pg_backend_pid() as pid')).rows[0] as { pid: number }).pid;
      const waiting = second.query(
        `insert into visits (id, child_id, visit_date, kind) values ($1, $2, '2099-08-01', 'home')`,
        [randomUUID(), child.child_id],
      );
      // The earlier visit's save waits on the child's row until the first commits.
      for (let i = 0; i < 100; i++) {
        const res = await first.query(`select wait_event_type from pg_stat_activity where pid = $1`, [pid]);
        if ((res.rows[0] as { wait_event_type: string | null } | undefined)?.wait_event_type === 'Lock') break;
        await new Promise((r) => setTimeout(r, 20));
      }
      await first.query('commit');
      await waiting;
      await second.query('commit');
      const { stored, computed } = await storedAndComputed();
      expect(stored.find((r) => r.child_id === child.child_id)?.last_visit).toBe('2099-08-02');
      expect(stored).toEqual(computed);
    } finally {
      await Promise.all([first.end(), second.end()]);
      await t.database.db.execute(sql`delete from visits where visit_date >= '2099-01-01'`);
    }
  });
});
