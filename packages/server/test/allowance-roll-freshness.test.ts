// A draft roll's stored findings against facts that change after they were checked: the roll's page says they are
// out of date, with what changed, offers 重新检查 and withholds 审批通过 — and the approval, which re-runs the checks,
// agrees with what the page says once they are checked again. Changes the checks do not read, or of children
// outside the roll, leave the findings standing. On PostgreSQL, a change committed after the check by a transaction
// that began before it still counts.
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { factChangesSince } from '../src/modules/allowances/rolls.freshness.ts';
import {
  emptyCountyAllowances,
  makeBeneficiary,
  ownerQueries,
  publishStandards,
  type Kid,
} from './allowances.helpers.ts';
import { createTestApp, type Client, type Response, type TestApp } from './harness.ts';

let t: TestApp;
let county: Client;
let approver: Client;
let city: Client;
let owner: ReturnType<typeof ownerQueries>;
const COUNTY = '511102';
const MONTH = '2026-01';
const onPostgres = inject('databaseMode') === 'postgres';
const code = (res: Response) => (res.json.error as { code: string } | undefined)?.code;
const kids: Record<'dies' | 'ends' | 'moves' | 'outside', Kid> = {} as never;

interface View {
  id: string;
  version: number;
  actions: { approve: boolean; recheck: boolean };
  approvalBlockers: string[];
  findingsCheck: { checkedAt: string | null; changes: { fact: string; text: string; children: number }[] };
}

async function generate(): Promise<View> {
  const res = await county.post('/api/allowances/rolls', { countyCode: COUNTY, month: MONTH });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return res.json as unknown as View;
}

const view = async (id: string) => (await approver.get(`/api/allowances/rolls/${id}`)).json as unknown as View;

beforeAll(async () => {
  t = await createTestApp();
  owner = ownerQueries(t);
  [county, approver, city] = await Promise.all([t.as('demo_county'), t.as('demo_approver'), t.as('demo_city')]);
  const v = await emptyCountyAllowances(t, COUNTY);
  const held = [{ category: 'orphan_scattered', start: '2024-02-01', recordedOn: '2024-01-10' }];
  kids.dies = await makeBeneficiary(t, v, '测过时甲', '2015-06-01', held, 11);
  kids.ends = await makeBeneficiary(t, v, '测过时乙', '2014-06-01', held, 12);
  kids.moves = await makeBeneficiary(t, v, '测过时丙', '2016-06-01', held, 13);
  // A child of the county with no category: in no roll.
  kids.outside = await makeBeneficiary(t, v, '测名册外', '2016-06-01', [], 14);
  await publishStandards(city);
}, 180_000);
afterAll(() => t.close());

describe('a draft roll whose facts change after its findings were checked', () => {
  it('is approvable as generated; changes the checks do not read, or outside the roll, leave it so', async () => {
    const roll = await generate();
    expect(roll.findingsCheck).toMatchObject({ changes: [] });
    expect(roll.findingsCheck.checkedAt).not.toBeNull();
    // The school attended and a category of a child the roll does not pay change nothing the checks read.
    await owner(sql`update children set school_name = '测试小学' where id = ${kids.dies.id}`);
    await owner(sql`insert into child_categories (child_id, category, start_date, decision_ref)
      values (${kids.outside.id}, 'orphan_scattered', '2026-11-01', 'test')`);
    const seen = await view(roll.id);
    expect(seen.findingsCheck.changes).toEqual([]);
    expect(seen.approvalBlockers).toEqual([]);
    expect(seen.actions).toMatchObject({ approve: true, recheck: false });
  });

  it('a death recorded after generation: out of date with the child named, not approvable; approving refuses', async () => {
    const roll = await generate();
    const died = await county.post(`/api/children/${kids.dies.id}/terminate`, {
      reason: 'death',
      eventDate: '2025-12-20',
    });
    expect(died.status, JSON.stringify(died.json)).toBe(200);
    const seen = await view(roll.id);
    // The termination ends the child's categories with it.
    expect(seen.findingsCheck.changes.map((c) => [c.fact, c.children])).toEqual([
      ['child', 1],
      ['category', 1],
    ]);
    expect(seen.actions).toMatchObject({ approve: false, recheck: true });
    expect(seen.approvalBlockers[0]).toBe(
      '资金监管检查结果已过时：检查后测过时甲的档案（死亡或终止、出生日期、身份证号、户籍地或养育机构），测过时甲的保障类别有变化，请重新检查',
    );
    // The approval re-runs the checks: January paid after a December death blocks it, and it stores what it found.
    const answer = await approver.post(`/api/allowances/rolls/${roll.id}/approve`, { version: roll.version });
    expect(answer.status).toBe(409);
    expect(code(answer)).toBe('ROLL_BLOCKED');
    const after = await view(roll.id);
    expect(after.findingsCheck.changes).toEqual([]);
    expect(after.actions).toMatchObject({ approve: false, recheck: false });
    expect(after.approvalBlockers).toEqual([(answer.json.error as { message: string }).message]);
  });

  it('a category ended, an account ended, a standard issued: each named; 重新检查 brings the page and approval together', async () => {
    const roll = await generate();
    await owner(
      sql`update child_categories set end_date = '2025-12-31', end_reason = 'test' where child_id = ${kids.ends.id}`,
    );
    await owner(sql`update allowance_payee_accounts set ended_at = now() where child_id = ${kids.moves.id}`);
    const raise = await city.post('/api/allowances/standards', {
      category: 'orphan_institutional',
      countyCode: null,
      effectiveMonth: '2027-01',
      amountFen: 150000,
      followsCategory: null,
      notice: '乐民发〔2026〕9号（测试）',
    });
    expect(raise.status).toBe(201);
    const seen = await view(roll.id);
    expect(seen.findingsCheck.changes.map((c) => [c.fact, c.children])).toEqual([
      ['category', 1],
      ['account', 1],
      ['standard', 0],
    ]);
    expect(seen.approvalBlockers[0]).toBe(
      '资金监管检查结果已过时：检查后测过时乙的保障类别，测过时丙的收款账户，发放标准有变化，请重新检查',
    );
    expect(seen.actions.approve).toBe(false);
    // Whoever only reads rolls may not check one again; the county officer may.
    const reader = await t.as('demo_city');
    expect((await reader.post(`/api/allowances/rolls/${roll.id}/check`, { version: roll.version })).status).toBe(403);
    const checked = await county.post(`/api/allowances/rolls/${roll.id}/check`, { version: roll.version });
    expect(checked.status, JSON.stringify(checked.json)).toBe(200);
    const fresh = checked.json as unknown as View;
    expect(fresh.findingsCheck.changes).toEqual([]);
    // The ended account is a warning to be noted; the page and the approval say so alike.
    const now = await view(roll.id);
    const answer = await approver.post(`/api/allowances/rolls/${roll.id}/approve`, { version: roll.version });
    expect(code(answer)).toBe('ROLL_WARNINGS_UNNOTED');
    expect(now.actions.approve).toBe(false);
    expect(now.approvalBlockers).toEqual([(answer.json.error as { message: string }).message]);
    const [audit] = await owner<{ n: number }>(
      sql`select count(*)::int as n from audit_log where action = 'allowance.roll.check' and target_id = ${roll.id}`,
    );
    expect(audit?.n).toBe(1);
  });

  it('a guardianship ending on a later day counts once that day has passed', async () => {
    await owner(sql`update allowance_payee_accounts set ended_at = null where child_id = ${kids.moves.id}`);
    const roll = await generate();
    await owner(sql`update child_relations set end_date = '2099-01-31' where id = ${kids.moves.relationId}`);
    const checked = await county.post(`/api/allowances/rolls/${roll.id}/check`, { version: roll.version });
    expect((checked.json as unknown as View).findingsCheck.changes).toEqual([]);
    const [stored] = await owner<{ snapshot: string; xact: string | null; on: string }>(
      sql`select findings_snapshot as snapshot, findings_xact as xact, findings_checked_on::text as on
        from allowance_rolls where id = ${roll.id}`,
    );
    const asOf = (today: string) =>
      factChangesSince(
        t.database.db,
        { id: roll.id, findingsSnapshot: stored!.snapshot, findingsXact: stored!.xact, findingsCheckedOn: stored!.on },
        today,
      );
    expect(await asOf('2099-01-31')).toEqual([]);
    expect(await asOf('2099-02-01')).toEqual([{ fact: 'guardian', children: 1, childNames: ['测过时丙'] }]);
  });

  it('the application cannot clear a mark', async () => {
    const denied = await t.database
      .transaction(async (tx) => {
        await tx.execute(sql`select set_config('role', 'hehu_app', true)`);
        await tx.execute(sql`delete from allowance_fact_changes`);
      })
      .then(
        () => null,
        (error: unknown) => String((error as { cause?: unknown }).cause ?? error),
      );
    expect(denied).toMatch(/permission denied/);
  });

  it.runIf(onPostgres)('a change begun before the check and committed after it still counts', async () => {
    const roll = await generate();
    const other = new pg.Client({ connectionString: t.databaseUrl });
    await other.connect();
    try {
      await other.query('begin');
      await other.query(`update child_categories set start_date = '2024-03-01' where child_id = $1`, [kids.moves.id]);
      // Meanwhile later transactions end, as they always do: the open change is now older than the newest ended one.
      await owner(sql`select pg_current_xact_id()`);
      // Checked while the change is open: the check reads the old start date.
      const checked = await county.post(`/api/allowances/rolls/${roll.id}/check`, { version: roll.version });
      expect((checked.json as unknown as View).findingsCheck.changes).toEqual([]);
      await other.query('commit');
    } finally {
      await other.end();
    }
    const seen = await view(roll.id);
    expect(seen.findingsCheck.changes.map((c) => c.fact)).toEqual(['category']);
    expect(seen.actions.approve).toBe(false);
  });
});
