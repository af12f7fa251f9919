// The entitlement engine (RULES §2.11–12, §3.14–16): what a child is owed for a month, and the lines of a
// monthly roll — the month itself, arrears (补发) for months paid short or not paid, recoveries (追回) for months
// paid without a right. Pure: the caller hands in the child's dated facts, the standards and what was paid.
import { anniversary } from '../categories.ts';
import type { Bilingual } from '../parent-situations.ts';
import { yuanWords } from './money.ts';
import { firstDayOf, monthOf, monthWords, shiftMonth, type Month } from './months.ts';
import {
  ALLOWANCE_CATEGORIES,
  categoryWords,
  standardFor,
  type AllowanceCategory,
  type AllowanceStandard,
} from './standards.ts';

export interface HeldCategory {
  category: AllowanceCategory;
  /** The first day the child holds it: the 1st of the month after approval for a decision made here. */
  startDate: string;
  /** The last day (the end of the month of the ending event), null while it runs. */
  endDate: string | null;
  endReason: string | null;
  /** The day the category was entered on the platform: months before it was known are not owed in arrears. */
  recordedOn: string;
}

export interface BeneficiaryFacts {
  childId: string;
  birthDate: string;
  countyCode: string;
  categories: readonly HeldCategory[];
  /** Date of death when recorded. */
  diedOn: string | null;
  /** The event date of any other termination (adoption, moving out, …) with its words. */
  terminatedOn: string | null;
  terminationReason: string | null;
}

export interface AllowanceRules {
  /** Paid up to and including the month of this birthday (RULES §2.12). */
  lastPaidAge: number;
  /** How many months back arrears and recoveries are computed. */
  lookbackMonths: number;
}

export const DEFAULT_ALLOWANCE_RULES: AllowanceRules = { lastPaidAge: 18, lookbackMonths: 24 };

export interface Entitlement {
  category: AllowanceCategory;
  amountFen: number;
  standard: AllowanceStandard;
  /** Categories held that month that lost to the winning one (orphan over de facto). */
  notStacked: AllowanceCategory[];
}

export type EndCause = 'adulthood' | 'death' | 'termination' | 'category_ended' | 'not_held';

/** Why nothing is owed for a month, for a recovery's words. */
export interface NoEntitlement {
  cause: EndCause;
  words: Bilingual;
}

function holdsIn(c: HeldCategory, month: Month): boolean {
  const first = firstDayOf(month);
  // A start mid-month (a decision entered from before the platform) is paid from the next month.
  return c.startDate <= first && (c.endDate === null || c.endDate >= first);
}

export function lastPaidMonth(facts: BeneficiaryFacts, rules: AllowanceRules): Month {
  return monthOf(anniversary(facts.birthDate, rules.lastPaidAge));
}

/** What the child is owed for one month, or why nothing is. */
export function entitlementFor(
  facts: BeneficiaryFacts,
  month: Month,
  standards: readonly AllowanceStandard[],
  rules: AllowanceRules = DEFAULT_ALLOWANCE_RULES,
): Entitlement | NoEntitlement {
  const adult = lastPaidMonth(facts, rules);
  if (month > adult) {
    return {
      cause: 'adulthood',
      words: {
        zh: `${monthWords(adult).zh}年满${rules.lastPaidAge}周岁`,
        en: `Turned ${rules.lastPaidAge} in ${adult}`,
      },
    };
  }
  if (facts.diedOn && month > monthOf(facts.diedOn)) {
    return { cause: 'death', words: { zh: `${facts.diedOn} 死亡`, en: `Died on ${facts.diedOn}` } };
  }
  if (facts.terminatedOn && month > monthOf(facts.terminatedOn)) {
    const why = facts.terminationReason ?? '终止保障';
    return {
      cause: 'termination',
      words: { zh: `${facts.terminatedOn} ${why}`, en: `Ended on ${facts.terminatedOn}` },
    };
  }
  const held = ALLOWANCE_CATEGORIES.filter((code) =>
    facts.categories.some((c) => c.category === code && holdsIn(c, month)),
  );
  // Only categories with a standard in force carry money; of those the first in ALLOWANCE_CATEGORIES wins.
  const paying = held.flatMap((category) => {
    const inForce = standardFor(standards, category, facts.countyCode, month);
    return inForce ? [{ category, inForce }] : [];
  });
  const winner = paying[0];
  if (winner) {
    return {
      category: winner.category,
      amountFen: winner.inForce.amountFen,
      standard: winner.inForce.standard,
      notStacked: paying.slice(1).map((p) => p.category),
    };
  }
  const ended = facts.categories
    .filter((c) => c.endDate !== null && c.endDate < firstDayOf(month))
    .sort((a, b) => ((a.endDate ?? '') < (b.endDate ?? '') ? 1 : -1))[0];
  if (ended) {
    return {
      cause: 'category_ended',
      words: {
        zh: `${categoryWords(ended.category).zh}于 ${ended.endDate ?? ''} 终止${ended.endReason ? `（${ended.endReason}）` : ''}`,
        en: `${categoryWords(ended.category).en} ended on ${ended.endDate ?? ''}`,
      },
    };
  }
  return { cause: 'not_held', words: { zh: '当月未享受保障类别', en: 'Held no allowance category that month' } };
}

export function isEntitled(e: Entitlement | NoEntitlement): e is Entitlement {
  return 'amountFen' in e;
}

/** What earlier rolls (locked) did for the child in one month: the net paid, and failed bank lines. */
export interface MonthPaid {
  month: Month;
  /** Net of every line for this month in locked rolls whose bank line did not fail. */
  paidFen: number;
  /** Lines for this month whose bank payment failed, with the bank's reason. */
  failedFen: number;
  failedReason: string | null;
}

export type RollLineKind = 'base' | 'arrears' | 'retry' | 'recovery';

export interface RollLine {
  kind: RollLineKind;
  forMonth: Month;
  category: AllowanceCategory | null;
  amountFen: number;
  /** The standard in force for that month when the line was computed (null for a recovery with no right). */
  standardFen: number | null;
  standardId: string | null;
  explanation: Bilingual;
}

function categoryAmount(e: Entitlement): Bilingual {
  const words = categoryWords(e.category);
  return { zh: `${words.zh} ${yuanWords(e.amountFen)}`, en: `${words.en} ${yuanWords(e.amountFen)}` };
}

/**
 * The lines of `month`'s roll for one child. `rolledMonths` are the earlier months with a locked roll in the
 * county (only those can be owed or over-paid); `paid` says what those rolls paid the child.
 */
export function rollLinesFor(
  facts: BeneficiaryFacts,
  month: Month,
  standards: readonly AllowanceStandard[],
  rolledMonths: readonly Month[],
  paid: readonly MonthPaid[],
  rules: AllowanceRules = DEFAULT_ALLOWANCE_RULES,
): RollLine[] {
  const lines: RollLine[] = [];
  const earliest = shiftMonth(month, -rules.lookbackMonths);
  const paidByMonth = new Map(paid.map((p) => [p.month, p]));
  const past = [...new Set(rolledMonths)].filter((m) => m < month && m >= earliest).sort();
  for (const m of past) {
    const entitled = entitlementFor(facts, m, standards, rules);
    const record = paidByMonth.get(m);
    const paidFen = record?.paidFen ?? 0;
    const due = isEntitled(entitled) ? entitled.amountFen : 0;
    const owed = due - paidFen;
    if (owed === 0) continue;
    const when = monthWords(m);
    if (owed < 0) {
      const why = isEntitled(entitled)
        ? { zh: `标准为 ${yuanWords(entitled.amountFen)} 元`, en: `the standard is ${yuanWords(entitled.amountFen)}` }
        : entitled.words;
      lines.push({
        kind: 'recovery',
        forMonth: m,
        category: isEntitled(entitled) ? entitled.category : null,
        amountFen: owed,
        standardFen: isEntitled(entitled) ? entitled.amountFen : null,
        standardId: isEntitled(entitled) ? entitled.standard.id : null,
        explanation: {
          zh: `追回 ${when.zh}：${why.zh}，已发 ${yuanWords(paidFen)} 元`,
          en: `Recovery for ${when.en}: ${why.en}; ${yuanWords(paidFen)} was paid`,
        },
      });
      continue;
    }
    if (!isEntitled(entitled)) continue;
    const failed = (record?.failedFen ?? 0) > 0;
    if (failed) {
      const reason = record?.failedReason ?? '';
      lines.push({
        kind: 'retry',
        forMonth: m,
        category: entitled.category,
        amountFen: owed,
        standardFen: entitled.amountFen,
        standardId: entitled.standard.id,
        explanation: {
          zh: `重发 ${when.zh}：银行发放失败${reason ? `（${reason}）` : ''}`,
          en: `Resent for ${when.en}: the bank payment failed${reason ? ` (${reason})` : ''}`,
        },
      });
    } else if (paidFen > 0) {
      lines.push({
        kind: 'arrears',
        forMonth: m,
        category: entitled.category,
        amountFen: owed,
        standardFen: entitled.amountFen,
        standardId: entitled.standard.id,
        explanation: {
          zh: `补发 ${when.zh}：标准调整 ${yuanWords(paidFen)} → ${yuanWords(entitled.amountFen)}（${entitled.standard.notice}）`,
          en: `Arrears for ${when.en}: standard raised ${yuanWords(paidFen)} → ${yuanWords(entitled.amountFen)} (${entitled.standard.notice})`,
        },
      });
    } else {
      // Never paid: owed only if the right was on the platform before that month's roll could see it.
      const recorded = facts.categories
        .filter((c) => c.category === entitled.category && holdsIn(c, m))
        .some((c) => monthOf(c.recordedOn) < m);
      if (!recorded) continue;
      lines.push({
        kind: 'arrears',
        forMonth: m,
        category: entitled.category,
        amountFen: owed,
        standardFen: entitled.amountFen,
        standardId: entitled.standard.id,
        explanation: {
          zh: `补发 ${when.zh}：${categoryAmount(entitled).zh}，当月名册未发`,
          en: `Arrears for ${when.en}: ${categoryAmount(entitled).en}, missing from that month's roll`,
        },
      });
    }
  }
  const current = entitlementFor(facts, month, standards, rules);
  if (isEntitled(current)) {
    const lost = current.notStacked.map((c) => categoryWords(c));
    lines.push({
      kind: 'base',
      forMonth: month,
      category: current.category,
      amountFen: current.amountFen,
      standardFen: current.amountFen,
      standardId: current.standard.id,
      explanation: {
        zh: `${categoryAmount(current).zh}${lost.length ? `（不与${lost.map((w) => w.zh).join('、')}重复享受）` : ''}`,
        en: `${categoryAmount(current).en}${lost.length ? ` (not stacked with ${lost.map((w) => w.en).join(', ')})` : ''}`,
      },
    });
  }
  return lines;
}
