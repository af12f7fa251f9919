// The visit frequencies in words: who a rule is for (its risk levels and categories) and how often, in Chinese and
// English, and the label a rule carries once its interval is edited (the same shape as the default rules' labels:
// "农村留守儿童，每月走访", "Left-behind child: monthly").
import { CATEGORY_LABELS, RISK_LEVEL_LABELS, type CategoryCode, type RiskLevel } from '@hehu/domain';

export type Lang = 'zh' | 'en';

export interface Interval {
  unit: 'day' | 'month';
  count: number;
}

export interface RuleLike {
  riskLevels?: readonly string[];
  categories?: readonly string[];
  interval: Interval;
  label: { zh: string; en: string };
}

const DAY_WORDS: Record<number, { zh: string; en: string }> = {
  1: { zh: '每天', en: 'daily' },
  7: { zh: '每周', en: 'weekly' },
  14: { zh: '每两周', en: 'every two weeks' },
  15: { zh: '每半月', en: 'twice a month' },
};
const MONTH_WORDS: Record<number, { zh: string; en: string }> = {
  1: { zh: '每月', en: 'monthly' },
  2: { zh: '每两个月', en: 'every two months' },
  3: { zh: '每季度', en: 'quarterly' },
  6: { zh: '每半年', en: 'every six months' },
  12: { zh: '每年', en: 'yearly' },
};

/** How often, in words: 7 days is 每周, 3 months 每季度, anything else 每 N 天 / 每 N 个月. */
export function frequencyText(interval: Interval, lang: Lang): string {
  const named = (interval.unit === 'day' ? DAY_WORDS : MONTH_WORDS)[interval.count];
  if (named) return named[lang];
  if (lang === 'en') return `every ${interval.count} ${interval.unit === 'day' ? 'days' : 'months'}`;
  return `每 ${interval.count} ${interval.unit === 'day' ? '天' : '个月'}`;
}

export const isRiskLevel = (code: string): code is RiskLevel => Object.hasOwn(RISK_LEVEL_LABELS, code);
export const isCategory = (code: string): code is CategoryCode => Object.hasOwn(CATEGORY_LABELS, code);

/** Who a rule is for: its levels ("监护缺失、监护失当") and its categories, both when it names both. */
export function whoText(rule: Pick<RuleLike, 'riskLevels' | 'categories'>, lang: Lang): string {
  const levels = (rule.riskLevels ?? []).map((c) => (isRiskLevel(c) ? RISK_LEVEL_LABELS[c][lang] : c));
  const categories = (rule.categories ?? []).map((c) => (isCategory(c) ? CATEGORY_LABELS[c][lang] : c));
  const sep = lang === 'zh' ? '、' : ', ';
  return [categories.join(sep), levels.join(sep)].filter(Boolean).join(lang === 'zh' ? '且' : ' and ');
}

/** The label of a rule at a new interval: kept when the interval is unchanged, else written afresh. */
export function labelFor(rule: RuleLike, interval: Interval): { zh: string; en: string } {
  if (rule.interval.unit === interval.unit && rule.interval.count === interval.count) return rule.label;
  return {
    zh: `${whoText(rule, 'zh')}，${frequencyText(interval, 'zh')}走访`,
    en: `${whoText(rule, 'en')}: ${frequencyText(interval, 'en')}`,
  };
}

/** The largest count of each unit, as the server checks it (1–366 days, 1–12 months). */
export const INTERVAL_MAX: Record<Interval['unit'], number> = { day: 366, month: 12 };
