// A roll's totals (the figures at the head of its page and in the rolls list): lines and money by kind, by category
// and in all, children and their net payments by township, and what goes to the bank — summed in the database
// from the roll's stored lines and payments in one grouped statement, so they are the lines' own sums and a
// 100,000-line roll is never read into memory to add it up. Written with the roll when it is generated.
import { CATEGORY_LABELS, isAllowanceCategory } from '@hehu/domain';
import { sql } from 'drizzle-orm';
import type { Queryable } from '../../db/connection.ts';
import { queryRows } from '../../db/raw.ts';
import type { RollTotals } from './allowances.schemas.ts';

const KIND_NAMES: Record<string, string> = {
  base: '当月发放',
  arrears: '补发',
  retry: '失败重发',
  recovery: '追回',
};

interface GroupRow extends Record<string, unknown> {
  /** The grouping: by kind, category or township, or the roll's lines or payments in all. */
  dim: 'kind' | 'category' | 'township' | 'lines' | 'payments';
  key: string | null;
  name: string | null;
  count: number;
  fen: string | null;
  bank_count: number;
  bank_fen: string | null;
}

type Amount = RollTotals['byKind'][number];

const byKey = (a: Amount, b: Amount) => a.key.localeCompare(b.key);

export async function rollTotalsOf(db: Queryable, rollId: string): Promise<RollTotals> {
  const rows = await queryRows<GroupRow>(
    db,
    sql`select case when grouping(l.kind) = 0 then 'kind' when grouping(l.category) = 0 then 'category'
          else 'lines' end as dim,
        coalesce(l.kind, l.category) as key, null as name, count(*)::int as count, sum(l.amount_fen)::text as fen,
        0 as bank_count, null as bank_fen
      from (select kind, coalesce(category, 'none') as category, amount_fen from allowance_lines
        where roll_id = ${rollId}) l
      group by grouping sets ((l.kind), (l.category), ())
      union all
      select case when grouping(p.township_code) = 0 then 'township' else 'payments' end, p.township_code,
        min(t.name), count(*)::int, sum(p.amount_fen)::text,
        -- Sent to the bank: pending when generated, paid or failed once the bank has answered.
        (count(*) filter (where p.status in ('pending', 'paid', 'failed')))::int,
        (sum(p.amount_fen) filter (where p.status in ('pending', 'paid', 'failed')))::text
      from allowance_payments p left join divisions t on t.code = p.township_code
      where p.roll_id = ${rollId}
      group by grouping sets ((p.township_code), ())`,
  );
  const fen = (value: string | null) => Number(value ?? 0);
  const of = (dim: GroupRow['dim']) => rows.filter((r) => r.dim === dim);
  const lines = of('lines')[0];
  const payments = of('payments')[0];
  return {
    children: payments?.count ?? 0,
    lines: lines?.count ?? 0,
    totalFen: fen(lines?.fen ?? null),
    toBankFen: fen(payments?.bank_fen ?? null),
    toBankCount: payments?.bank_count ?? 0,
    byKind: of('kind')
      .map((r) => ({ key: r.key ?? '', name: KIND_NAMES[r.key ?? ''] ?? r.key ?? '', count: r.count, fen: fen(r.fen) }))
      .sort(byKey),
    byCategory: of('category')
      .map((r) => {
        const key = r.key ?? 'none';
        const name = isAllowanceCategory(key) ? CATEGORY_LABELS[key].zh : '无类别';
        return { key, name, count: r.count, fen: fen(r.fen) };
      })
      .sort(byKey),
    byTownship: of('township')
      .map((r) => ({ key: r.key ?? '', name: r.name ?? r.key ?? '', count: r.count, fen: fen(r.fen) }))
      .sort(byKey),
  };
}
