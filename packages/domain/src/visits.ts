// Visit plans (RULES §4.19): how often a child is visited follows its categories and its guardianship risk
// level. The frequencies are versioned data the city edits; due and overdue are computed from the rules in
// force and the last visit, never stored. An interval is a count of days or months, so the same rule reads
// as a PostgreSQL interval (`date + interval '1 month'` ends on the same day of the month, or the month's
// last day when there is none, as Civil Code Art. 202 and `addMonths` do).
import { addMonths } from './parent-situations.ts';

/** The four levels of the guardianship risk instrument (RULES §5), from the most to the least serious. */
export const RISK_LEVELS = ['absent', 'improper', 'insufficient', 'normal'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const RISK_LEVEL_LABELS: Record<RiskLevel, { zh: string; en: string }> = {
  absent: { zh: '监护缺失', en: 'Guardianship absent' },
  improper: { zh: '监护失当', en: 'Guardianship improper' },
  insufficient: { zh: '监护不足', en: 'Guardianship insufficient' },
  normal: { zh: '监护正常', en: 'Guardianship normal' },
};

export interface VisitInterval {
  unit: 'day' | 'month';
  count: number;
}

export interface VisitFrequencyRule {
  /** Applies when the child's latest assessed level is one of these (any level when absent). */
  riskLevels?: readonly RiskLevel[];
  /** Applies when the child holds one of these categories (any category when absent). */
  categories?: readonly string[];
  interval: VisitInterval;
  label: { zh: string; en: string };
}

export interface VisitFrequencyRules {
  version: string;
  effectiveFrom: string;
  /** The notice or decision that set these frequencies. */
  source: string;
  rules: readonly VisitFrequencyRule[];
  /** For a child no rule names (every child in the plan is visited at least this often). */
  otherwise: VisitInterval;
}

/**
 * RULES §4.19's default (a local four-level model; no national number exists): high risk weekly, medium-high
 * twice a month, medium-low and every left-behind child monthly, otherwise quarterly. The four risk levels
 * of the instrument map onto the model's four from 监护缺失 (high) to 监护正常.
 */
export const DEFAULT_VISIT_RULES: VisitFrequencyRules = {
  version: 'visits-2026.1',
  effectiveFrom: '2026-01-01',
  source: 'RULES §4.19 默认走访频次（四级模型）',
  rules: [
    {
      riskLevels: ['absent'],
      interval: { unit: 'day', count: 7 },
      label: { zh: '监护缺失，每周走访', en: 'Guardianship absent: weekly' },
    },
    {
      riskLevels: ['improper'],
      interval: { unit: 'day', count: 15 },
      label: { zh: '监护失当，每半月走访', en: 'Guardianship improper: twice a month' },
    },
    {
      riskLevels: ['insufficient'],
      interval: { unit: 'month', count: 1 },
      label: { zh: '监护不足，每月走访', en: 'Guardianship insufficient: monthly' },
    },
    {
      categories: ['left_behind'],
      interval: { unit: 'month', count: 1 },
      label: { zh: '农村留守儿童，每月走访', en: 'Left-behind child: monthly' },
    },
  ],
  otherwise: { unit: 'month', count: 3 },
};

export const OTHERWISE_VISIT_LABEL = { zh: '其他在册儿童，每季度走访', en: 'Other children: quarterly' };

export function addInterval(date: string, interval: VisitInterval): string {
  if (interval.unit === 'month') return addMonths(date, interval.count);
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + interval.count);
  return d.toISOString().slice(0, 10);
}

export interface VisitSubject {
  riskLevel: RiskLevel | null;
  categories: readonly string[];
}

function applies(rule: VisitFrequencyRule, child: VisitSubject): boolean {
  if (rule.riskLevels && (child.riskLevel === null || !rule.riskLevels.includes(child.riskLevel))) return false;
  if (rule.categories && !rule.categories.some((c) => child.categories.includes(c))) return false;
  return true;
}

export interface VisitPlan {
  interval: VisitInterval;
  label: { zh: string; en: string };
  /** The rules version the plan was computed under. */
  version: string;
}

/** The most frequent of the rules that apply (order in the data does not matter), else `otherwise`. */
export function visitPlanFor(rules: VisitFrequencyRules, child: VisitSubject): VisitPlan {
  const reference = rules.effectiveFrom;
  let best: VisitPlan = { interval: rules.otherwise, label: OTHERWISE_VISIT_LABEL, version: rules.version };
  for (const rule of rules.rules) {
    if (!applies(rule, child)) continue;
    if (addInterval(reference, rule.interval) < addInterval(reference, best.interval))
      best = { interval: rule.interval, label: rule.label, version: rules.version };
  }
  return best;
}

/**
 * The next visit's due date: one interval after the last visit, or after the day the child entered the plan
 * when nobody has visited yet. A level raised since the last visit shortens the interval at once, so a
 * child raised to 监护缺失 is due within the week of its last visit (overdue if that week has passed).
 */
export function nextVisitDue(plan: VisitPlan, lastVisit: string | null, inPlanSince: string): string {
  return addInterval(lastVisit ?? inPlanSince, plan.interval);
}

export type VisitStanding = 'overdue' | 'this_week' | 'later';

/** Overdue once the due day has passed; "this week" when due within the next seven days (today included). */
export function visitStanding(due: string, today: string): VisitStanding {
  if (due < today) return 'overdue';
  return due <= addInterval(today, { unit: 'day', count: 6 }) ? 'this_week' : 'later';
}

/** A problem of a rules version, with the field it is about ("rules.1.interval.count") for the form to show it on. */
export interface VisitRulesProblem {
  field: string;
  message: string;
}

/** Rules as the city edits them: every interval positive, every rule naming a level or a category. */
export function checkVisitRules(rules: VisitFrequencyRules): VisitRulesProblem[] {
  const problems: VisitRulesProblem[] = [];
  const bad = (i: VisitInterval) =>
    !Number.isInteger(i.count) || i.count < 1 || (i.unit === 'day' ? i.count > 366 : i.count > 12);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(rules.effectiveFrom))
    problems.push({ field: 'effectiveFrom', message: '生效日期格式应为 YYYY-MM-DD' });
  if (bad(rules.otherwise))
    problems.push({ field: 'otherwise.count', message: '默认走访间隔须为 1–366 天或 1–12 个月' });
  rules.rules.forEach((rule, i) => {
    if (bad(rule.interval))
      problems.push({
        field: `rules.${String(i)}.interval.count`,
        message: `第 ${i + 1} 条规则：走访间隔须为 1–366 天或 1–12 个月`,
      });
    if (!rule.riskLevels?.length && !rule.categories?.length)
      problems.push({ field: `rules.${String(i)}`, message: `第 ${i + 1} 条规则：须指明适用的风险等级或保障类别` });
  });
  return problems;
}
