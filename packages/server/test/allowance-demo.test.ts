// The allowance demo (seed/demo/allowances.ts) as the county's officer and approver meet it: the city's standards
// with this year's raise, two years of locked rolls with bank failures coming back as retries, June's arrears for
// the raise, and this month's draft with a recovery, a child without an account, a payee who is no longer the
// guardian and a welfare-home child still holding 散居 with no guardian recorded.
import { monthOf, shiftMonth } from '@hehu/domain';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/db/raw.ts';
import { auditLog } from '../src/db/schema.ts';
import { DEMO_COUNTY, OTHER_DEMO_COUNTY } from '../src/seed/demo.ts';
import { raiseYear } from '../src/seed/demo/allowance-standards.ts';
import { createTestApp, type TestApp } from './harness.ts';

let t: TestApp;
let asOf: string;

beforeAll(async () => {
  t = await createTestApp();
  const [row] = await t.database.db
    .select({ details: auditLog.details })
    .from(auditLog)
    .where(eq(auditLog.action, 'demo.seed'));
  asOf = (row?.details as { asOf: string }).asOf;
});
afterAll(() => t.close());

const rows = <T extends Record<string, unknown>>(query: ReturnType<typeof sql>) => queryRows<T>(t.database.db, query);

describe('allowance demo data', () => {
  it('the city-wide standards, with the raise issued in June and effective from January', async () => {
    const year = raiseYear(asOf);
    const standards = await rows<{
      category: string;
      month: string;
      fen: number | null;
      follows: string | null;
      issued: string;
    }>(
      sql`select category, to_char(effective_month, 'YYYY-MM') as month, amount_fen as fen, follows_category as follows,
          to_char(created_at at time zone 'Asia/Shanghai', 'YYYY-MM') as issued
        from allowance_standards where county_code is null order by effective_month, category`,
    );
    expect(standards).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ category: 'orphan_institutional', month: '2016-01', fen: 124_600 }),
        expect.objectContaining({ category: 'orphan_scattered', month: '2016-01', fen: 74_800 }),
        expect.objectContaining({ category: 'orphan_scattered', month: '2020-01', fen: 90_000 }),
        expect.objectContaining({
          category: 'de_facto_unsupported',
          month: '2020-01',
          fen: null,
          follows: 'orphan_scattered',
        }),
        { category: 'orphan_institutional', month: `${year}-01`, fen: 150_000, follows: null, issued: `${year}-06` },
        { category: 'orphan_scattered', month: `${year}-01`, fen: 100_000, follows: null, issued: `${year}-06` },
      ]),
    );
  });

  it('the demo county: 24 locked rolls up to last month, approved by another person, and a draft for this month; the other demo county 24 locked rolls', async () => {
    const current = monthOf(asOf);
    const rolls = await rows<{ month: string; status: string; four_eyes: boolean }>(
      sql`select to_char(month, 'YYYY-MM') as month, status,
          (approved_by is not null and approved_by <> generated_by) as four_eyes
        from allowance_rolls where county_code = ${DEMO_COUNTY} order by month`,
    );
    const locked = rolls.filter((r) => r.status === 'locked');
    expect(locked).toHaveLength(24);
    expect(locked.every((r) => r.four_eyes)).toBe(true);
    expect(locked[0]!.month).toBe(shiftMonth(current, -24));
    expect(locked.at(-1)!.month).toBe(shiftMonth(current, -1));
    expect(rolls.filter((r) => r.status === 'draft').map((r) => r.month)).toEqual([current]);
    const [imports] = await rows<{ n: number }>(
      sql`select count(*)::int as n from bank_return_imports i join allowance_rolls r on r.id = i.roll_id
        where r.county_code = ${DEMO_COUNTY} and r.status = 'locked'`,
    );
    expect(imports!.n).toBe(24);
    const [other] = await rows<{ n: number }>(
      sql`select count(*)::int as n from allowance_rolls where county_code = ${OTHER_DEMO_COUNTY} and status = 'locked'`,
    );
    expect(other!.n).toBe(24);
  });

  it('failed bank lines come back as retries in the next roll', async () => {
    const failed = await rows<{ child_id: string; month: string }>(
      sql`select p.child_id, to_char(r.month, 'YYYY-MM') as month from allowance_payments p
        join allowance_rolls r on r.id = p.roll_id where p.status = 'failed' and r.county_code = ${DEMO_COUNTY}`,
    );
    expect(failed.length).toBeGreaterThan(0);
    for (const f of failed) {
      const [retry] = await rows<{ n: number }>(
        sql`select count(*)::int as n from allowance_lines l join allowance_rolls r on r.id = l.roll_id
          where l.child_id = ${f.child_id} and l.kind = 'retry' and l.for_month = ${`${f.month}-01`}::date
            and r.month = ${`${shiftMonth(f.month, 1)}-01`}::date`,
      );
      expect(retry!.n, `retry for ${f.month}`).toBe(1);
    }
    const reasons = await rows<{ reason: string }>(
      sql`select distinct failure_reason as reason from allowance_payments where status = 'failed'`,
    );
    expect(reasons.map((r) => r.reason)).toContain('账户已销户');
  });

  it("June's roll pays the raise's arrears for January to May, explained by the standard's change", async () => {
    const year = raiseYear(asOf);
    const arrears = await rows<{ month: string; zh: string }>(
      sql`select to_char(l.for_month, 'YYYY-MM') as month, l.explanation->>'zh' as zh from allowance_lines l
        join allowance_rolls r on r.id = l.roll_id
        where r.county_code = ${DEMO_COUNTY} and r.month = ${`${year}-06-01`}::date and l.kind = 'arrears'`,
    );
    expect(arrears.length).toBeGreaterThan(5);
    expect([...new Set(arrears.map((a) => a.month))].sort()).toEqual([1, 2, 3, 4, 5].map((m) => `${year}-0${m}`));
    expect(arrears.every((a) => a.zh.includes('标准调整'))).toBe(true);
  });

  it('the draft: a recovery after a death, a retry, NO_ACCOUNT and the blocking PAYEE_NOT_HOLDER', async () => {
    const lines = await rows<{ kind: string; fen: number; zh: string }>(
      sql`select l.kind, l.amount_fen as fen, l.explanation->>'zh' as zh from allowance_lines l
        join allowance_rolls r on r.id = l.roll_id where r.county_code = ${DEMO_COUNTY} and r.status = 'draft'`,
    );
    const recovery = lines.filter((l) => l.kind === 'recovery');
    expect(recovery).toHaveLength(1);
    expect(recovery[0]!.fen).toBeLessThan(0);
    expect(recovery[0]!.zh).toContain('死亡');
    expect(lines.some((l) => l.kind === 'retry')).toBe(true);
    const findings = await rows<{ check: string; severity: string }>(
      sql`select f.check_code as check, f.severity from allowance_findings f join allowance_rolls r on r.id = f.roll_id
        where r.county_code = ${DEMO_COUNTY} and r.status = 'draft'`,
    );
    expect(findings).toEqual(
      expect.arrayContaining([
        { check: 'NO_ACCOUNT', severity: 'warning' },
        { check: 'PAYEE_NOT_HOLDER', severity: 'blocking' },
      ]),
    );
  });

  it('the draft opens with findings that still hold: nothing they read changed after it was generated', async () => {
    const [draft] = await rows<{ id: string }>(
      sql`select id from allowance_rolls where county_code = ${DEMO_COUNTY} and status = 'draft'`,
    );
    const view = await (await t.as('demo_approver')).get(`/api/allowances/rolls/${draft!.id}`);
    expect(view.json.findingsCheck).toMatchObject({ changes: [] });
    expect((view.json.approvalBlockers as string[])[0]).toMatch(/^有 \d+ 个必须纠正的资金监管问题$/);
  });

  it('the draft flags the welfare-home child who still holds a guardian category with no guardian recorded', async () => {
    const flagged = await rows<{ category: string; guardians: number; holder: string; zh: string }>(
      sql`select l.category, a.holder_kind as holder, f.message->>'zh' as zh,
          (select count(*)::int from child_relations g where g.child_id = c.id and g.kind = 'guardian'
            and (g.end_date is null or g.end_date >= ${asOf}::date)) as guardians
        from allowance_findings f
        join allowance_rolls r on r.id = f.roll_id
        join children c on c.id = f.child_id
        join allowance_payments p on p.roll_id = r.id and p.child_id = c.id
        join allowance_lines l on l.payment_id = p.id and l.kind = 'base'
        join allowance_payee_accounts a on a.id = p.account_id
        where r.county_code = ${DEMO_COUNTY} and r.status = 'draft' and f.check_code = 'PAYEE_NOT_HOLDER'
          and c.institution_id is not null`,
    );
    expect(flagged).toHaveLength(1);
    expect(['orphan_scattered', 'de_facto_unsupported']).toContain(flagged[0]!.category);
    expect(flagged[0]).toMatchObject({ guardians: 0, holder: 'institution' });
    expect(flagged[0]!.zh).toContain('账户持有人不是现任监护人');
  });

  it('every paid line went to an account, and every child paid for 散居 has one held by a guardian', async () => {
    const [unpaid] = await rows<{ n: number }>(
      sql`select count(*)::int as n from allowance_payments where status in ('paid', 'failed') and account_id is null`,
    );
    expect(unpaid!.n).toBe(0);
    const [wrong] = await rows<{ n: number }>(
      sql`select count(distinct p.child_id)::int as n from allowance_payments p
        join allowance_lines l on l.payment_id = p.id and l.category = 'orphan_scattered'
        join allowance_payee_accounts a on a.id = p.account_id
        where p.status = 'paid' and a.holder_kind <> 'guardian'`,
    );
    expect(wrong!.n).toBe(0);
  });

  it('the city pays on for full-time schooling past 18, and the county holds school certificates for its oldest orphans', async () => {
    const county = await t.as('demo_county');
    const rules = await county.get('/api/allowances/rules');
    expect(rules.json.inForce).toMatchObject({ schooling: { untilAge: 22 } });
    const [held] = await queryRows<{ id: string }>(
      t.database.db,
      sql`select s.child_id as id from child_schooling s join children c on c.id = s.child_id
        where c.division_code like ${`${DEMO_COUNTY}%`} and s.withdrawn_at is null limit 1`,
    );
    expect(held).toBeDefined();
    const shown = await county.get(`/api/children/${held!.id}/schooling`);
    expect(shown.json.periods).toHaveLength(1);
  });
});
