// A child's ledger (一人一账): for every month since the child first held an allowance category (or had a line),
// what the engine says was owed on today's facts and standards, what approved or locked rolls paid (bank
// failures and unsent lines do not count), and the running balance — so a missed or over-paid month shows.
import {
  entitlementFor,
  isAllowanceCategory,
  isEntitled,
  monthOf,
  monthRange,
  shiftMonth,
  type Month,
} from '@hehu/domain';
import { sql } from 'drizzle-orm';
import type { Queryable } from '../../db/connection.ts';
import { queryRows } from '../../db/raw.ts';
import type { Scope } from '../../platform/access.ts';
import type { Locale } from '../../platform/errors.ts';
import { requireChild } from '../family/index.ts';
import type { LedgerMonth, LedgerView } from './accounts.schemas.ts';
import { beneficiariesById } from './facts.ts';
import { allowanceRules, allStandards } from './standards.store.ts';

/** At most five years of months in one ledger. */
export const LEDGER_MONTHS = 60;

/** Payment statuses whose money did not reach the payee. */
export const NOT_PAID_STATUSES = ['failed', 'unsent'] as const;

interface LineRow extends Record<string, unknown> {
  for_month: string;
  roll_month: string;
  kind: 'base' | 'arrears' | 'retry' | 'recovery';
  category: string | null;
  amount_fen: number;
  explanation: { zh: string; en: string };
  status: 'pending' | 'unsent' | 'offset' | 'paid' | 'failed';
  reference: string;
}

async function sentLines(db: Queryable, childId: string): Promise<LineRow[]> {
  return queryRows<LineRow>(
    db,
    sql`select to_char(l.for_month, 'YYYY-MM') as for_month, to_char(r.month, 'YYYY-MM') as roll_month, l.kind,
        l.category, l.amount_fen, l.explanation, p.status, p.reference
      from allowance_lines l
      join allowance_rolls r on r.id = l.roll_id
      join allowance_payments p on p.id = l.payment_id
      where l.child_id = ${childId} and r.status in ('approved', 'locked')
      order by r.month, l.for_month, l.kind`,
  );
}

export async function childLedger(
  db: Queryable,
  scope: Scope,
  childId: string,
  today: string,
  locale: Locale,
): Promise<LedgerView> {
  const child = await requireChild(db, scope, childId);
  const [beneficiary] = await beneficiariesById(db, [child.id], today);
  const [standards, rules, lines] = await Promise.all([allStandards(db), allowanceRules(db), sentLines(db, child.id)]);
  const current = monthOf(today);
  const starts: Month[] = [
    ...(beneficiary?.facts.categories ?? []).map((c) => monthOf(c.startDate)),
    ...lines.map((l) => l.for_month),
  ].filter((m) => m <= current);
  // Months before the county's first roll on the platform were paid by the system before it: not owed here.
  const [county] = await queryRows<{ first_roll: string | null }>(
    db,
    sql`select to_char(min(month), 'YYYY-MM') as first_roll from allowance_rolls
      where county_code = ${child.divisionCode.slice(0, 6)}`,
  );
  const platformStart = county?.first_roll ?? current;
  const earliest = starts.sort()[0];
  const firstLine = lines.map((l) => l.for_month).sort()[0];
  const onPlatform = earliest && earliest < platformStart ? platformStart : earliest;
  const first = firstLine && onPlatform && firstLine < onPlatform ? firstLine : onPlatform;
  if (!beneficiary || !first)
    return {
      childId: child.id,
      childName: child.name,
      data: [],
      totals: { entitledFen: 0, paidFen: 0, balanceFen: 0 },
    };
  const from = first > shiftMonth(current, -(LEDGER_MONTHS - 1)) ? first : shiftMonth(current, -(LEDGER_MONTHS - 1));
  let balance = 0;
  let entitledTotal = 0;
  let paidTotal = 0;
  const months: LedgerMonth[] = monthRange(from, current).map((month) => {
    const entitlement = entitlementFor(beneficiary.facts, month, standards, rules);
    const entitledFen = isEntitled(entitlement) ? entitlement.amountFen : 0;
    const own = lines.filter((l) => l.for_month === month);
    const paidFen = own
      .filter((l) => !(NOT_PAID_STATUSES as readonly string[]).includes(l.status))
      .reduce((n, l) => n + l.amount_fen, 0);
    balance += entitledFen - paidFen;
    entitledTotal += entitledFen;
    paidTotal += paidFen;
    const lineCategory = own.map((l) => l.category).find((c) => c !== null && isAllowanceCategory(c)) ?? null;
    return {
      month,
      category: isEntitled(entitlement) ? entitlement.category : lineCategory,
      entitledFen,
      paidFen,
      lines: own.map((l) => ({
        rollMonth: l.roll_month,
        kind: l.kind,
        amountFen: l.amount_fen,
        explanation: locale === 'en' ? l.explanation.en : l.explanation.zh,
        paymentStatus: l.status,
        reference: l.reference,
      })),
      balanceFen: balance,
    };
  });
  return {
    childId: child.id,
    childName: child.name,
    data: months.reverse(),
    totals: { entitledFen: entitledTotal, paidFen: paidTotal, balanceFen: balance },
  };
}
