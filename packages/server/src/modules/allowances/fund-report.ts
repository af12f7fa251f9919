// The fund-use report (资金使用): what approved or locked rolls paid in a year, by county, month of the roll and
// category, with the number of children paid; bank failures and unsent lines are left out. A recovery for a month
// in which the child held no category has none: it is its own line, so that the report adds up to what the rolls
// paid. Counties are those in the caller's reach.
import { categoryWords, fenToYuan, isAllowanceCategory, type AllowanceCategory } from '@hehu/domain';
import { sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/connection.ts';
import { queryRows } from '../../db/raw.ts';
import type { Scope } from '../../platform/access.ts';
import type { Locale } from '../../platform/errors.ts';
import type { CellValue, SheetColumn } from '../../platform/workbook.ts';
import type { FundUseRow, FundUseView, LedgerView } from './accounts.schemas.ts';

interface FundRow extends Record<string, unknown> {
  county_code: string;
  county_name: string | null;
  month: string;
  category: string | null;
  children: number;
  /** As text: a county's month of one category passes 2³¹ fen at about 21,000 children. */
  paid_fen: string;
}

function countyIn(scope: Scope): SQL {
  if (scope.prefixes.length === 0) return sql`false`;
  return sql`(${sql.join(
    scope.prefixes.map((p) => sql`r.county_code like ${`${p}%`}`),
    sql` or `,
  )})`;
}

/** A county is in reach when the caller's area holds all of it (as for generating its rolls). */
export function countyInReach(scope: Scope, countyCode: string): boolean {
  return scope.prefixes.some((p) => countyCode.startsWith(p));
}

/** The line of money with no category: recoveries for months the child no longer held one (the roll's own totals say 无类别). */
const NO_CATEGORY_KEY = 'none';
const NO_CATEGORY = { zh: '追回（所属月份无保障类别）', en: 'Recoveries (no category in the month recovered)' };

export async function fundUse(
  db: Queryable,
  scope: Scope,
  filter: { year: number; county?: string },
  locale: Locale,
): Promise<FundUseView> {
  const parts: SQL[] = [
    countyIn(scope),
    sql`r.status in ('approved', 'locked')`,
    sql`p.status not in ('failed', 'unsent')`,
    sql`extract(year from r.month) = ${filter.year}`,
  ];
  if (filter.county) parts.push(sql`r.county_code = ${filter.county}`);
  const rows = await queryRows<FundRow>(
    db,
    sql`select r.county_code, d.name as county_name, to_char(r.month, 'YYYY-MM') as month, l.category,
        count(distinct l.child_id)::int as children, sum(l.amount_fen)::text as paid_fen
      from allowance_lines l
      join allowance_rolls r on r.id = l.roll_id
      join allowance_payments p on p.id = l.payment_id
      left join divisions d on d.code = r.county_code
      where ${sql.join(parts, sql` and `)}
      group by r.county_code, d.name, r.month, l.category
      order by r.county_code, r.month, l.category nulls last`,
  );
  const name = (c: AllowanceCategory | null) => {
    const words = c ? categoryWords(c) : NO_CATEGORY;
    return locale === 'en' ? words.en : words.zh;
  };
  const data: FundUseRow[] = rows
    .filter(
      (r): r is FundRow & { category: AllowanceCategory | null } =>
        r.category === null || isAllowanceCategory(r.category),
    )
    .map((r) => ({
      countyCode: r.county_code,
      countyName: r.county_name ?? r.county_code,
      month: r.month,
      category: r.category,
      categoryName: name(r.category),
      children: r.children,
      paidFen: Number(r.paid_fen),
    }));
  const totals = (key: (r: FundUseRow) => string, label: (r: FundUseRow) => string) => {
    const out = new Map<string, { key: string; name: string; children: number; paidFen: number }>();
    for (const r of data) {
      const t = out.get(key(r)) ?? { key: key(r), name: label(r), children: 0, paidFen: 0 };
      // Children are counted per month paid (person-months), as the monthly rows count them.
      t.children += r.children;
      t.paidFen += r.paidFen;
      out.set(key(r), t);
    }
    return [...out.values()];
  };
  return {
    year: filter.year,
    data,
    byCounty: totals(
      (r) => r.countyCode,
      (r) => r.countyName,
    ),
    byCategory: totals(
      (r) => r.category ?? NO_CATEGORY_KEY,
      (r) => r.categoryName,
    ),
    totalFen: data.reduce((n, r) => n + r.paidFen, 0),
  };
}

const col = (zh: string, en: string, width: number, text = false): SheetColumn => ({
  header: { zh, en },
  width,
  ...(text ? { text } : {}),
});

export const FUND_USE_COLUMNS: readonly SheetColumn[] = [
  col('县级区划代码', 'County code', 14, true),
  col('县（市、区）', 'County', 14),
  col('月份', 'Month', 10, true),
  col('保障类别', 'Category', 22),
  col('发放人次', 'Children paid', 10),
  col('发放金额（元）', 'Paid (yuan)', 14),
];

export function fundUseCells(r: FundUseRow): CellValue[] {
  return [r.countyCode, r.countyName, r.month, r.categoryName, r.children, fenToYuan(r.paidFen)];
}

export const LEDGER_COLUMNS: readonly SheetColumn[] = [
  col('月份', 'Month', 10, true),
  col('保障类别', 'Category', 22),
  col('应发（元）', 'Entitled (yuan)', 12),
  col('实发（元）', 'Paid (yuan)', 12),
  col('累计应发未发（元）', 'Balance (yuan)', 16),
  col('发放明细', 'Lines', 70),
];

const KIND_WORDS = {
  base: { zh: '当月', en: 'month' },
  arrears: { zh: '补发', en: 'arrears' },
  retry: { zh: '重发', en: 'resent' },
  recovery: { zh: '追回', en: 'recovery' },
} as const;

export function ledgerCells(m: LedgerView['data'][number], locale: Locale): CellValue[] {
  const say = (w: { zh: string; en: string }) => (locale === 'en' ? w.en : w.zh);
  return [
    m.month,
    m.category ? say(categoryWords(m.category)) : '',
    fenToYuan(m.entitledFen),
    fenToYuan(m.paidFen),
    fenToYuan(m.balanceFen),
    m.lines
      .map(
        (l) =>
          `${l.rollMonth} ${say(KIND_WORDS[l.kind])} ${fenToYuan(l.amountFen)} ${l.paymentStatus} ${l.reference} ${l.explanation}`,
      )
      .join('；'),
  ];
}
