// The entitlement engine (RULES §2.11–12, §3.14–16): what a child is owed for a month, and the lines of a
// monthly roll — the month itself, arrears (补发) for months paid short or not paid, recoveries (追回) for months
// paid without a right. Pure: the caller hands in the child's dated facts, the standards and what was paid.
import { anniversary } from '../categories.ts';
import type { Bilingual } from '../parent-situations.ts';
import { yuanWords } from './money.ts';
import { firstDayOf, lastDayOf, monthOf, monthWords, shiftMonth, type Month } from './months.ts';
import {
  ALLOWANCE_CATEGORIES,
  categoryWords,
  standardFor,
  type AllowanceCategory,
  type AllowanceStandard,
  type StandardInForce,
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
  /**
   * Full-time schooling proven by a school's certificate (在读证明), each from its first to its last day: past
   * the last paid age, payment goes on for the months it covers where the city's policy says so.
   */
  schooling?: readonly SchoolingPeriod[];
}

export interface SchoolingPeriod {
  from: string;
  until: string;
}

export interface AllowanceRules {
  /** Paid up to and including the month of this birthday (RULES §2.12). */
  lastPaidAge: number;
  /** How many months back arrears and recoveries are computed. */
  lookbackMonths: number;
  /** Local policy for full-time schooling past the last paid age (RULES §2.12, configurable); null: none. */
  schooling: SchoolingExtension | null;
}

/**
 * Paid on for each month a schooling period covers, from the month the policy took effect, up to and including
 * the month of the `untilAge` birthday.
 */
export interface SchoolingExtension {
  untilAge: number;
  since: Month;
}

export const DEFAULT_ALLOWANCE_RULES: AllowanceRules = { lastPaidAge: 18, lookbackMonths: 24, schooling: null };

export interface Entitlement {
  category: AllowanceCategory;
  amountFen: number;
  standard: AllowanceStandard;
  /** Paid past the last paid age because the child is in full-time schooling that month. */
  schooling: boolean;
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

/**
 * Whether a month past the last paid age is still paid: the policy extends payment for full-time schooling, the
 * month is within its age limit, and a schooling period covers the whole month (a certificate ending mid-month
 * proves the month before).
 */
export function schoolingCovers(
  facts: Pick<BeneficiaryFacts, 'birthDate' | 'schooling'>,
  month: Month,
  rules: AllowanceRules,
): boolean {
  const policy = rules.schooling;
  if (!policy || month < policy.since || month > monthOf(anniversary(facts.birthDate, policy.untilAge))) return false;
  const first = firstDayOf(month);
  const last = lastDayOf(month);
  return (facts.schooling ?? []).some((p) => p.from <= first && p.until >= last);
}

/** Past the last paid age and not extended: the month is owed nothing on age alone. */
export function pastPaidAge(facts: BeneficiaryFacts, month: Month, rules: AllowanceRules): boolean {
  return month > lastPaidMonth(facts, rules) && !schoolingCovers(facts, month, rules);
}

/** The standard in force for a category in a county and month (`standardFor` over one list of standards). */
export type StandardLookup = (category: AllowanceCategory, countyCode: string, month: Month) => StandardInForce | null;

/**
 * `standardFor` over `standards`, remembering each answer: a roll asks the same few questions (a category, the
 * county, one of 25 months) for every child. The list is read, never changed, so an answer stays true.
 */
export function standardLookup(standards: readonly AllowanceStandard[]): StandardLookup {
  const known = new Map<string, StandardInForce | null>();
  return (category, countyCode, month) => {
    const key = `${category}|${countyCode}|${month}`;
    let answer = known.get(key);
    if (answer === undefined) {
      answer = standardFor(standards, category, countyCode, month);
      known.set(key, answer);
    }
    return answer;
  };
}

/** What the child is owed for one month, or why nothing is. */
export function entitlementFor(
  facts: BeneficiaryFacts,
  month: Month,
  standards: readonly AllowanceStandard[],
  rules: AllowanceRules = DEFAULT_ALLOWANCE_RULES,
): Entitlement | NoEntitlement {
  return entitlementWith(facts, month, rules, lastPaidMonth(facts, rules), (category, county, m) =>
    standardFor(standards, category, county, m),
  );
}

/**
 * `entitlementFor` with the child's last paid month worked out once and the standards looked up through
 * `inForce`: the same rules, for callers that ask about many months of many children.
 */
export function entitlementWith(
  facts: BeneficiaryFacts,
  month: Month,
  rules: AllowanceRules,
  adult: Month,
  inForce: StandardLookup,
): Entitlement | NoEntitlement {
  const schooling = month > adult;
  if (schooling && !schoolingCovers(facts, month, rules)) {
    const extension = rules.schooling !== null && month >= rules.schooling.since;
    return {
      cause: 'adulthood',
      words: {
        zh: `${monthWords(adult).zh}年满${rules.lastPaidAge}周岁${extension ? '，当月无全日制在读证明' : ''}`,
        en: `Turned ${rules.lastPaidAge} in ${adult}${extension ? '; no proof of full-time schooling that month' : ''}`,
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
    const standard = inForce(category, facts.countyCode, month);
    return standard ? [{ category, inForce: standard }] : [];
  });
  const winner = paying[0];
  if (winner) {
    return {
      category: winner.category,
      amountFen: winner.inForce.amountFen,
      standard: winner.inForce.standard,
      schooling,
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
  const [zh, en] = e.schooling ? ['（全日制在读，延续发放）', ' (continued for full-time schooling)'] : ['', ''];
  return { zh: `${words.zh} ${yuanWords(e.amountFen)}${zh}`, en: `${words.en} ${yuanWords(e.amountFen)}${en}` };
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
  return rollLinesPlanner(month, standards, rolledMonths, rules)(facts, paid);
}

/**
 * `rollLinesFor` for every child of one roll: what is the same for all of them (the months to look back on, the
 * standards in force each month) worked out once, then the returned function gives one child's lines.
 */
export function rollLinesPlanner(
  month: Month,
  standards: readonly AllowanceStandard[],
  rolledMonths: readonly Month[],
  rules: AllowanceRules = DEFAULT_ALLOWANCE_RULES,
): (facts: BeneficiaryFacts, paid: readonly MonthPaid[]) => RollLine[] {
  const earliest = shiftMonth(month, -rules.lookbackMonths);
  const past = [...new Set(rolledMonths)].filter((m) => m < month && m >= earliest).sort();
  const inForce = standardLookup(standards);
  return (facts, paid) => linesOf(facts, month, past, paid, rules, inForce);
}

function linesOf(
  facts: BeneficiaryFacts,
  month: Month,
  past: readonly Month[],
  paid: readonly MonthPaid[],
  rules: AllowanceRules,
  inForce: StandardLookup,
): RollLine[] {
  const lines: RollLine[] = [];
  const adult = lastPaidMonth(facts, rules);
  const paidByMonth = new Map(paid.map((p) => [p.month, p]));
  for (const m of past) {
    const entitled = entitlementWith(facts, m, rules, adult, inForce);
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
  const current = entitlementWith(facts, month, rules, adult, inForce);
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
