// Keeping a category true over time (RULES §2.12): the semi-annual re-verification round, and the age at which a
// held category must be ended by a termination application. Nothing here ends a category: these rules say when a
// township must look, and the termination application (with its approval chain) does the ending.
import {
  lastDayOf,
  monthOf,
  schoolingCovers,
  shiftMonth,
  type AllowanceRules,
  type Month,
  type SchoolingPeriod,
} from './allowances/index.ts';
import { anniversary } from './categories.ts';
import type { Bilingual } from './parent-situations.ts';

/** The months of the year a re-verification round opens in, as the city publishes them (a settings version). */
export interface ReverificationSettings {
  version: string;
  effectiveFrom: string;
  source: string;
  /** Months 1–12, ascending. */
  months: readonly number[];
}

/** January and July, the common practice RULES §2.12 names. */
export const DEFAULT_REVERIFICATION: ReverificationSettings = Object.freeze({
  version: 'default',
  effectiveFrom: '2020-01-01',
  source: '每半年复核一次（1 月、7 月），见 RULES §2.12',
  months: Object.freeze([1, 7]),
});

export interface SettingsProblem {
  field: string;
  message: string;
}

/** Problems with a set of round months, each naming its field, in Chinese. */
export function checkReverificationMonths(months: readonly number[]): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  if (months.length === 0) problems.push({ field: 'months', message: '至少选择一个复核月份' });
  months.forEach((m, i) => {
    if (!Number.isInteger(m) || m < 1 || m > 12)
      problems.push({ field: `months.${i}`, message: '复核月份应为 1 至 12 的整数' });
  });
  if (new Set(months).size !== months.length) problems.push({ field: 'months', message: '复核月份不能重复' });
  return problems;
}

/** The round month at or before `month` (a round opens on the first of its month); null when no months are set. */
export function roundAtOrBefore(month: Month, months: readonly number[]): Month | null {
  if (months.length === 0) return null;
  for (let back = 0; back < 12; back++) {
    const candidate = shiftMonth(month, -back);
    if (months.includes(Number(candidate.slice(5, 7)))) return candidate;
  }
  return null;
}

/** A round's items are due by the last day of its month. */
export const roundDueDate = (round: Month): string => lastDayOf(round);

export type AgeEndKind = 'adulthood' | 'schooling_ended';

export const AGE_END_LABELS: Record<AgeEndKind, Bilingual> = {
  adulthood: { zh: '年满 18 周岁', en: 'Turns 18' },
  schooling_ended: { zh: '在读延续保障期满', en: 'Schooling extension ends' },
};

export interface AgeEnd {
  kind: AgeEndKind;
  /** The termination's event date: the birthday, or the last day the schooling extension covers. */
  eventDate: string;
  words: Bilingual;
}

/**
 * When a held category must end on age, as seen on `today`: the month of the last-paid-age birthday, or past it
 * the last month full-time schooling keeps it (the same months the allowance pays, so the payment and the category
 * end together). Null while that month has not come: an item appears in the month the category is to end.
 */
export function ageEnd(
  facts: { birthDate: string; schooling: readonly SchoolingPeriod[] },
  today: string,
  rules: AllowanceRules,
): AgeEnd | null {
  const birthday = anniversary(facts.birthDate, rules.lastPaidAge);
  let last = monthOf(birthday);
  // Each month schooling covers past the birthday's month keeps the category one month longer.
  while (schoolingCovers(facts, shiftMonth(last, 1), rules)) last = shiftMonth(last, 1);
  if (last > monthOf(today)) return null;
  if (last === monthOf(birthday))
    return {
      kind: 'adulthood',
      eventDate: birthday,
      words: {
        zh: `${birthday} 年满 ${rules.lastPaidAge} 周岁`,
        en: `Turns ${rules.lastPaidAge} on ${birthday}`,
      },
    };
  const end = lastDayOf(last);
  return {
    kind: 'schooling_ended',
    eventDate: end,
    words: {
      zh: `全日制在读延续保障至 ${end}（其后无在读证明或已到年龄上限）`,
      en: `Full-time schooling keeps the category until ${end} (no certificate or the age limit after that)`,
    },
  };
}
