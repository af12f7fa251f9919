// A roll's totals and its payments' counts are summed by the database (one grouped statement; counts kept by
// triggers), never from every line in memory: on the demo's rolls they equal the lines' and payments' own sums
// worked out here line by line, by kind, category and township; the counts follow a bank's answer and a
// regenerated draft; and the fund-use report adds up a county's month beyond what a 32-bit integer holds.
import { CATEGORY_LABELS, isAllowanceCategory } from '@hehu/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/db/raw.ts';
import { rollTotalsOf } from '../src/modules/allowances/rolls.totals.ts';
import { DEMO_COUNTY } from '../src/seed/demo.ts';
import { createTestApp, type TestApp } from './harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
}, 120_000);
afterAll(() => t.close());

const rows = <T extends Record<string, unknown>>(query: ReturnType<typeof sql>) => queryRows<T>(t.database.db, query);

interface Amount {
  key: string;
  name: string;
  count: number;
  fen: number;
}

const KINDS: Record<string, string> = { base: '当月发放', arrears: '补发', retry: '失败重发', recovery: '追回' };

/** The totals added up line by line and payment by payment, as the roll's page shows them. */
async function summedHere(rollId: string) {
  const lines = await rows<{ kind: string; category: string | null; fen: number }>(
    sql`select kind, category, amount_fen as fen from allowance_lines where roll_id = ${rollId}`,
  );
  const payments = await rows<{ township: string; name: string; fen: number; status: string }>(
    sql`select p.township_code as township, d.name, p.amount_fen as fen, p.status from allowance_payments p
      join divisions d on d.code = p.township_code where p.roll_id = ${rollId}`,
  );
  const group = (items: { key: string; name: string; fen: number }[]): Amount[] => {
    const out = new Map<string, Amount>();
    for (const i of items) {
      const a = out.get(i.key) ?? { key: i.key, name: i.name, count: 0, fen: 0 };
      a.count += 1;
      a.fen += i.fen;
      out.set(i.key, a);
    }
    return [...out.values()].sort((a, b) => a.key.localeCompare(b.key));
  };
  const sent = payments.filter((p) => ['pending', 'paid', 'failed'].includes(p.status));
  return {
    children: payments.length,
    lines: lines.length,
    totalFen: lines.reduce((n, l) => n + l.fen, 0),
    toBankFen: sent.reduce((n, p) => n + p.fen, 0),
    toBankCount: sent.length,
    byKind: group(lines.map((l) => ({ key: l.kind, name: KINDS[l.kind] ?? l.kind, fen: l.fen }))),
    byCategory: group(
      lines.map((l) => ({
        key: l.category ?? 'none',
        name: l.category && isAllowanceCategory(l.category) ? CATEGORY_LABELS[l.category].zh : '无类别',
        fen: l.fen,
      })),
    ),
    byTownship: group(payments.map((p) => ({ key: p.township, name: p.name, fen: p.fen }))),
  };
}

const countsStored = (where: ReturnType<typeof sql>) =>
  rows<{ id: string; stored: number[]; counted: number[] }>(
    sql`select r.id,
        array[r.payments_pending, r.payments_unsent, r.payments_offset, r.payments_paid, r.payments_failed] as stored,
        array[count(p.id) filter (where p.status = 'pending'), count(p.id) filter (where p.status = 'unsent'),
          count(p.id) filter (where p.status = 'offset'), count(p.id) filter (where p.status = 'paid'),
          count(p.id) filter (where p.status = 'failed')]::int[] as counted
      from allowance_rolls r left join allowance_payments p on p.roll_id = r.id where ${where} group by r.id`,
  );

describe('roll totals', () => {
  it('on every demo roll of the demo county: the stored totals are the lines’ and payments’ own sums', async () => {
    const rolls = await rows<{ id: string; totals: unknown; status: string }>(
      sql`select id, totals, status from allowance_rolls where county_code = ${DEMO_COUNTY} order by month`,
    );
    expect(rolls.length).toBeGreaterThan(20);
    for (const roll of rolls) {
      const here = await summedHere(roll.id);
      expect(roll.totals, roll.id).toEqual(here);
      expect(await rollTotalsOf(t.database.db, roll.id)).toEqual(here);
    }
    // Every kind of line is among them: the June raise's arrears, and the draft's retry and recovery.
    const kinds = new Set(rolls.flatMap((r) => (r.totals as { byKind: Amount[] }).byKind.map((k) => k.key)));
    expect([...kinds].sort()).toEqual(['arrears', 'base', 'recovery', 'retry']);
  });

  it('the payments’ counts by status follow every write: the seed’s bank answers, a return, a regenerated draft', async () => {
    expect((await countsStored(sql`true`)).filter((r) => r.stored.join() !== r.counted.join())).toEqual([]);
    const [draft] = await rows<{ id: string; month: string }>(
      sql`select id, to_char(month, 'YYYY-MM') as month from allowance_rolls
        where county_code = ${DEMO_COUNTY} and status = 'draft'`,
    );
    // A bank's answer written row by row and all at once.
    const [one] = await rows<{ id: string }>(
      sql`select id from allowance_payments where roll_id = ${draft!.id} and status = 'pending' limit 1`,
    );
    await rows(sql`update allowance_payments set status = 'failed' where id = ${one!.id}`);
    await rows(sql`update allowance_payments set status = 'paid' where roll_id = ${draft!.id} and status = 'pending'`);
    const [after] = await countsStored(sql`r.id = ${draft!.id}`);
    expect(after!.stored).toEqual(after!.counted);
    expect(after!.stored[4]).toBe(1);
    await rows(
      sql`update allowance_payments set status = 'pending' where roll_id = ${draft!.id} and status in ('paid', 'failed')`,
    );
    // Generated again: the old draft's payments go with it, the new one's are counted as written.
    const county = await t.as('demo_county');
    const again = await county.post('/api/allowances/rolls', { countyCode: DEMO_COUNTY, month: draft!.month });
    expect(again.status, JSON.stringify(again.json)).toBe(201);
    const [regenerated] = await countsStored(sql`r.id = ${again.json.id as string}`);
    expect(regenerated!.stored).toEqual(regenerated!.counted);
    const payments = again.json.payments as { pending: number; unsent: number };
    expect([payments.pending, payments.unsent]).toEqual(regenerated!.counted.slice(0, 2));
  });
});

describe('the fund-use report', () => {
  it('adds up a county’s month past 2³¹ fen', async () => {
    const [roll] = await rows<{ id: string; county: string; month: string }>(
      sql`select id, county_code as county, to_char(month, 'YYYY-MM') as month from allowance_rolls
        where county_code = ${DEMO_COUNTY} and status = 'locked' order by month desc limit 1`,
    );
    const [line] = await rows<{ category: string }>(
      sql`select l.category from allowance_lines l join allowance_payments p on p.id = l.payment_id
        where l.roll_id = ${roll!.id} and l.kind = 'base' and p.status = 'paid' limit 1`,
    );
    const city = await t.as('demo_city');
    const url = `/api/allowances/fund-use?year=${roll!.month.slice(0, 4)}&county=${roll!.county}`;
    const before = await city.get(url);
    expect(before.status).toBe(200);
    const cell = (res: typeof before) =>
      (res.json.data as { month: string; category: string | null; paidFen: number }[]).find(
        (r) => r.month === roll!.month && r.category === line!.category,
      )!.paidFen;
    // Two lines paid 2,000,000,000 fen more each: the month's cell passes what an integer holds.
    await rows(sql`update allowance_lines set amount_fen = amount_fen + 2000000000 where id in (select l.id
      from allowance_lines l join allowance_payments p on p.id = l.payment_id where l.roll_id = ${roll!.id}
        and l.kind = 'base' and l.category = ${line!.category} and p.status = 'paid' limit 2)`);
    const after = await city.get(url);
    expect(after.status, JSON.stringify(after.json)).toBe(200);
    expect(cell(after)).toBe(cell(before) + 4_000_000_000);
    expect(after.json.totalFen).toBe((before.json.totalFen as number) + 4_000_000_000);
  });
});
