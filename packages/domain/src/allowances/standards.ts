// Allowance standards (RULES §3.14): per category, city-wide with optional county overrides, each effective from
// a month and re-issued over time. A row is never edited: a correction is a new version of the same key, and a
// raise is a new row from a later month (or from an earlier one, which then yields arrears).
import { CATEGORY_LABELS, type CategoryCode } from '../categories.ts';
import type { Bilingual } from '../parent-situations.ts';
import { yuanWords } from './money.ts';
import type { Month } from './months.ts';

/** The categories that carry a monthly allowance, in the order one wins over another (orphan over de facto). */
export const ALLOWANCE_CATEGORIES = [
  'orphan_institutional',
  'orphan_scattered',
  'de_facto_unsupported',
  'difficulty_economic',
  'difficulty_disability',
  'difficulty_guardianship',
] as const satisfies readonly CategoryCode[];
export type AllowanceCategory = (typeof ALLOWANCE_CATEGORIES)[number];

export function isAllowanceCategory(value: string): value is AllowanceCategory {
  return (ALLOWANCE_CATEGORIES as readonly string[]).includes(value);
}

/** 集中养育 is paid to the institution; the others to the guardian. */
export function payeeKindFor(category: AllowanceCategory): 'institution' | 'guardian' {
  return category === 'orphan_institutional' ? 'institution' : 'guardian';
}

export interface AllowanceStandard {
  id: string;
  category: AllowanceCategory;
  /** Null: city-wide. A county code: that county's own standard. */
  countyCode: string | null;
  effectiveMonth: Month;
  /** Fen per child per month; null when the category follows another's standard. */
  amountFen: number | null;
  /** 事实无人抚养 may follow the 散居 orphan standard (national FAQ). */
  followsCategory: AllowanceCategory | null;
  /** The notice that set it (文号). */
  notice: string;
  version: number;
}

export interface StandardInForce {
  amountFen: number;
  /** The row that decided the amount (the followed category's when the standard follows another). */
  standard: AllowanceStandard;
  /** The row of the category itself (differs from `standard` when it follows another). */
  own: AllowanceStandard;
}

function latest(rows: readonly AllowanceStandard[]): AllowanceStandard | null {
  let best: AllowanceStandard | null = null;
  for (const r of rows) {
    if (
      !best ||
      r.effectiveMonth > best.effectiveMonth ||
      (r.effectiveMonth === best.effectiveMonth && r.version > best.version)
    ) {
      best = r;
    }
  }
  return best;
}

/**
 * The standard in force for a category in a county in a month: the most recent effective row, the county's own
 * winning a tie with the city's; the newest version of a row wins. Null when none is in force.
 */
export function standardFor(
  standards: readonly AllowanceStandard[],
  category: AllowanceCategory,
  countyCode: string,
  month: Month,
  following: readonly AllowanceCategory[] = [],
): StandardInForce | null {
  const rows = standards.filter((s) => s.category === category && s.effectiveMonth <= month);
  const county = latest(rows.filter((s) => s.countyCode === countyCode));
  const city = latest(rows.filter((s) => s.countyCode === null));
  const own = county && (!city || county.effectiveMonth >= city.effectiveMonth) ? county : city;
  if (!own) return null;
  if (own.followsCategory && !following.includes(own.followsCategory) && own.followsCategory !== category) {
    const followed = standardFor(standards, own.followsCategory, countyCode, month, [...following, category]);
    return followed ? { amountFen: followed.amountFen, standard: followed.standard, own } : null;
  }
  return own.amountFen === null ? null : { amountFen: own.amountFen, standard: own, own };
}

export interface StandardProblem {
  field: string;
  zh: string;
  en: string;
}

/** Checks a new standard row before it is stored. */
export function checkStandard(
  row: Pick<AllowanceStandard, 'category' | 'amountFen' | 'followsCategory' | 'notice' | 'effectiveMonth'>,
): StandardProblem[] {
  const problems: StandardProblem[] = [];
  if (row.amountFen === null && row.followsCategory === null) {
    problems.push({
      field: 'amountFen',
      zh: '请填写金额，或选择参照的类别标准',
      en: 'Give an amount, or the category whose standard this one follows',
    });
  }
  if (row.amountFen !== null && row.followsCategory !== null) {
    problems.push({
      field: 'followsCategory',
      zh: '填写了金额就不能再参照其他类别',
      en: 'A standard with its own amount cannot also follow another',
    });
  }
  if (row.amountFen !== null && (!Number.isSafeInteger(row.amountFen) || row.amountFen <= 0)) {
    problems.push({ field: 'amountFen', zh: '金额必须大于 0（单位：分）', en: 'The amount must be above zero (fen)' });
  }
  if (row.followsCategory === row.category) {
    problems.push({ field: 'followsCategory', zh: '不能参照本类别自身', en: 'A standard cannot follow itself' });
  }
  if (!row.notice.trim()) {
    problems.push({
      field: 'notice',
      zh: '请填写确定该标准的文件（文号）',
      en: 'Name the notice that set this standard',
    });
  }
  return problems;
}

export function categoryWords(category: AllowanceCategory): Bilingual {
  return CATEGORY_LABELS[category];
}

/** "孤儿（散居） 900 元/月". */
export function standardWords(category: AllowanceCategory, amountFen: number): Bilingual {
  const label = CATEGORY_LABELS[category];
  return { zh: `${label.zh} ${yuanWords(amountFen)} 元/月`, en: `${label.en} ${yuanWords(amountFen)} yuan/month` };
}
