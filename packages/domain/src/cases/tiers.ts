// Tiers and time limits of a case (RULES §6.25, 统一受理、分级介入、限时办理): every report enters one queue,
// is given a tier, and the tier sets how soon someone must respond and assess. The figures are the city's
// to set, so they are versioned data; deadlines are computed from them, never stored as rules.
import type { WorkCalendar } from '../calendar.ts';
import type { RuleViolation } from '../messages.ts';
import type { Bilingual } from '../parent-situations.ts';
import { serviceDate } from '../service-date.ts';
import type { ReportTrigger } from './vocabulary.ts';

export type CaseTier = 'urgent' | 'general' | 'consult';
export const CASE_TIERS: readonly CaseTier[] = ['urgent', 'general', 'consult'];
export const CASE_TIER_LABELS: Record<CaseTier, Bilingual> = {
  urgent: { zh: '紧急', en: 'Urgent' },
  general: { zh: '一般', en: 'General' },
  consult: { zh: '咨询', en: 'Consultation' },
};

export interface CaseLimit {
  unit: 'hours' | 'working_days';
  amount: number;
}

export interface CaseTierSettings {
  version: string;
  /** YYYY-MM-DD. */
  effectiveFrom: string;
  /** The notice or decision that set these figures. */
  source: string;
  tiers: Record<CaseTier, { respond: CaseLimit; assess: CaseLimit }>;
  /** How long a partner department has to answer a referral. */
  referralWorkingDays: number;
}

function limit(unit: CaseLimit['unit'], amount: number): CaseLimit {
  return Object.freeze({ unit, amount });
}

export const DEFAULT_CASE_TIER_SETTINGS: CaseTierSettings = Object.freeze({
  version: '2026-1',
  effectiveFrom: '2026-01-01',
  source:
    '乐山市未成年人保护热线“统一受理、分级介入、限时办理”机制；时限由市级民政部门确定（默认值，待市里发文后更新）',
  tiers: Object.freeze({
    urgent: Object.freeze({ respond: limit('hours', 1), assess: limit('hours', 24) }),
    general: Object.freeze({ respond: limit('working_days', 1), assess: limit('working_days', 5) }),
    consult: Object.freeze({ respond: limit('working_days', 3), assess: limit('working_days', 10) }),
  }),
  referralWorkingDays: 5,
});

const MAX_HOURS = 72;
const MAX_WORKING_DAYS = 30;
const FIELD_LABELS: Record<'respond' | 'assess', Bilingual> = {
  respond: { zh: '响应时限', en: 'response limit' },
  assess: { zh: '评估时限', en: 'assessment limit' },
};
const UNIT_LABELS: Record<CaseLimit['unit'], Bilingual> = {
  hours: { zh: '小时', en: 'hours' },
  working_days: { zh: '个工作日', en: 'working days' },
};

function isRealDate(date: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (m === null) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === date;
}

/** What is wrong with a settings version before the city may put it in force; empty when nothing is. */
export function checkCaseTierSettings(s: CaseTierSettings): RuleViolation[] {
  const problems: RuleViolation[] = [];
  if (!isRealDate(s.effectiveFrom)) {
    problems.push({
      code: 'CASE_TIER_DATE',
      message: `生效日期“${s.effectiveFrom}”不是有效日期（应为 YYYY-MM-DD）`,
      messageEn: `Effective date “${s.effectiveFrom}” is not a valid YYYY-MM-DD date`,
    });
  }
  for (const tier of CASE_TIERS) {
    for (const field of ['respond', 'assess'] as const) {
      const { unit, amount } = s.tiers[tier][field];
      const [t, f, u] = [CASE_TIER_LABELS[tier], FIELD_LABELS[field], UNIT_LABELS[unit]];
      if (!Number.isInteger(amount) || amount <= 0) {
        problems.push({
          code: 'CASE_TIER_AMOUNT',
          message: `“${t.zh}”个案的${f.zh}须为正整数`,
          messageEn: `The ${f.en} of ${t.en} cases must be a positive whole number`,
        });
        continue;
      }
      const max = unit === 'hours' ? MAX_HOURS : MAX_WORKING_DAYS;
      if (amount > max) {
        problems.push({
          code: 'CASE_TIER_TOO_LONG',
          message: `“${t.zh}”个案的${f.zh}不得超过 ${max} ${u.zh}`,
          messageEn: `The ${f.en} of ${t.en} cases may not exceed ${max} ${u.en}`,
        });
      }
    }
  }
  // An urgent case answered later than a general one would turn the tiers upside down.
  const [urgent, general] = [s.tiers.urgent.respond, s.tiers.general.respond];
  if (urgent.unit === general.unit && urgent.amount > general.amount) {
    problems.push({
      code: 'CASE_TIER_ORDER',
      message: '“紧急”个案的响应时限不得长于“一般”个案',
      messageEn: 'Urgent cases may not have a longer response limit than general cases',
    });
  }
  if (
    !Number.isInteger(s.referralWorkingDays) ||
    s.referralWorkingDays <= 0 ||
    s.referralWorkingDays > MAX_WORKING_DAYS
  ) {
    problems.push({
      code: 'CASE_TIER_REFERRAL',
      message: `转介反馈时限须为 1 至 ${MAX_WORKING_DAYS} 个工作日`,
      messageEn: `The referral answer limit must be 1 to ${MAX_WORKING_DAYS} working days`,
    });
  }
  return problems;
}

const MS_PER_HOUR = 3_600_000;

/**
 * When a limit running from `from` ends. Hours run on the clock, nights and holidays included (an urgent case
 * does not wait for Monday). Working days end at the close of the nth working day after the day of `from` in
 * Leshan, 23:59:59.999 there. addWorkingDays falls back to weekends for a year the calendar lacks: a case
 * deadline must always be shown, never refused.
 */
export function caseDeadline(from: Date, limit: CaseLimit, calendar: WorkCalendar): Date {
  if (limit.unit === 'hours') return new Date(from.getTime() + limit.amount * MS_PER_HOUR);
  const day = calendar.addWorkingDays(serviceDate(from), limit.amount);
  return new Date(`${day}T23:59:59.999+08:00`);
}

/**
 * The tier the intake form proposes; staff may change it. Every listed trigger but the catch-all is urgent,
 * as is any danger now; a bare question for advice is a consultation.
 */
export function suggestTier(input: {
  trigger?: ReportTrigger | null;
  immediateDanger: boolean;
  consultationOnly: boolean;
}): CaseTier {
  const trigger = input.trigger ?? null;
  if (input.immediateDanger) return 'urgent';
  if (trigger !== null) return trigger === 'other_serious_harm' ? 'general' : 'urgent';
  return input.consultationOnly ? 'consult' : 'general';
}

/** Whole minutes past due, rounded up so that any lateness counts; null when there is no due time or it is not yet past. */
export function overdueBy(due: Date | null, now: Date): number | null {
  if (due === null) return null;
  const late = now.getTime() - due.getTime();
  return late > 0 ? Math.ceil(late / 60_000) : null;
}
