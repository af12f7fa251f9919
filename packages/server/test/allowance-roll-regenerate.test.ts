// Generating the demo county's roll again writes, line for line, what the entitlement engine gives child by child
// (rollLinesFor, the rules' one source) over the county's facts and a plain reading of what the locked rolls paid
// each child per month: the generator's own path (the standards looked up once per roll, the history read as one
// JSON row per child, batches written pipelined) changes nothing in the roll.
import { firstDayOf, rollLinesFor, serviceDate, shiftMonth, type MonthPaid } from '@hehu/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/db/raw.ts';
import { countyBeneficiaries } from '../src/modules/allowances/facts.ts';
import { allowanceRules, allStandards } from '../src/modules/allowances/standards.store.ts';
import { DEMO_COUNTY } from '../src/seed/demo.ts';
import { createTestApp, type TestApp } from './harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const rows = <T extends Record<string, unknown>>(query: ReturnType<typeof sql>) => queryRows<T>(t.database.db, query);

/** The history as the generator first read it: a row per child and month, nothing packed. */
async function paidPerMonth(from: string): Promise<Map<string, MonthPaid[]>> {
  const history = await rows<{ child_id: string; month: string; paid: string; failed: string; reason: string | null }>(
    sql`select l.child_id, to_char(l.for_month, 'YYYY-MM') as month,
        coalesce(sum(l.amount_fen) filter (where p.status not in ('failed', 'unsent')), 0)::text as paid,
        coalesce(sum(l.amount_fen) filter (where p.status in ('failed', 'unsent')), 0)::text as failed,
        max(case when p.status = 'unsent' then '无收款账户' else p.failure_reason end)
          filter (where p.status in ('failed', 'unsent')) as reason
      from allowance_lines l
      join allowance_payments p on p.id = l.payment_id
      join allowance_rolls r on r.id = l.roll_id
      where r.county_code = ${DEMO_COUNTY} and r.status = 'locked' and l.for_month >= ${firstDayOf(from)}::date
      group by l.child_id, l.for_month`,
  );
  const out = new Map<string, MonthPaid[]>();
  for (const r of history) {
    const list = out.get(r.child_id) ?? [];
    list.push({ month: r.month, paidFen: Number(r.paid), failedFen: Number(r.failed), failedReason: r.reason });
    out.set(r.child_id, list);
  }
  return out;
}

describe('regenerating a roll', () => {
  it('the demo county’s draft, generated again, has the lines and payments the engine gives child by child', async () => {
    const [draft] = await rows<{ month: string }>(
      sql`select to_char(month, 'YYYY-MM') as month from allowance_rolls
        where county_code = ${DEMO_COUNTY} and status = 'draft'`,
    );
    const month = draft!.month;
    const county = await t.as('demo_county');
    const res = await county.post('/api/allowances/rolls', { countyCode: DEMO_COUNTY, month });
    expect(res.status).toBe(201);
    const rollId = (res.body as { id: string }).id;

    const db = t.database.db;
    const today = serviceDate();
    const rules = await allowanceRules(db);
    const standards = await allStandards(db);
    const from = shiftMonth(month, -rules.lookbackMonths);
    const rolled = (
      await rows<{ month: string }>(
        sql`select to_char(month, 'YYYY-MM') as month from allowance_rolls
          where county_code = ${DEMO_COUNTY} and status = 'locked' and month >= ${firstDayOf(from)}::date`,
      )
    ).map((r) => r.month);
    const paid = await paidPerMonth(from);
    const beneficiaries = await countyBeneficiaries(db, DEMO_COUNTY, month, rules.lookbackMonths, today);
    const expected = beneficiaries.flatMap((b) =>
      rollLinesFor(b.facts, month, standards, rolled, paid.get(b.facts.childId) ?? [], rules).map((l) => ({
        childId: b.facts.childId,
        kind: l.kind,
        forMonth: l.forMonth,
        category: l.category,
        amountFen: l.amountFen,
        standardFen: l.standardFen,
        standardId: l.standardId,
        explanation: l.explanation,
      })),
    );
    const stored = await rows<(typeof expected)[number]>(
      sql`select l.child_id as "childId", l.kind, to_char(l.for_month, 'YYYY-MM') as "forMonth", l.category,
          l.amount_fen as "amountFen", l.standard_fen as "standardFen", l.standard_id as "standardId", l.explanation
        from allowance_lines l where l.roll_id = ${rollId}`,
    );
    const order = (a: (typeof expected)[number], b: (typeof expected)[number]) =>
      `${a.childId}${a.forMonth}${a.kind}`.localeCompare(`${b.childId}${b.forMonth}${b.kind}`);
    // This month's demo roll has base lines, retries of last month's failed bank lines and a recovery (the raise's
    // arrears were paid in June's roll), so those paths of the engine are compared.
    expect(new Set(expected.map((l) => l.kind))).toEqual(new Set(['base', 'retry', 'recovery']));
    expect(stored.sort(order)).toEqual(expected.sort(order));

    // One payment per child with a line, for the child's net.
    const net = new Map<string, number>();
    for (const l of expected) net.set(l.childId, (net.get(l.childId) ?? 0) + l.amountFen);
    const payments = await rows<{ child_id: string; amount_fen: number }>(
      sql`select child_id, amount_fen from allowance_payments where roll_id = ${rollId}`,
    );
    expect(new Map(payments.map((p) => [p.child_id, p.amount_fen]))).toEqual(net);
  });
});
