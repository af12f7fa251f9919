// Care of left-behind children (RULES §4.20–21; 未成年人保护法 Art. 21–23): who may be named entrusted carer,
// the parents' weekly contact, the living arrangements the law forbids, and the plan's signing rate of written
// entrusted-care agreements. Alerts are computed from the record and the date, never stored.
import { ageOn } from './categories.ts';
import { isoDateParts, type Bilingual } from './parent-situations.ts';
import { addInterval } from './visits.ts';

/** A minor may not be an entrusted carer: the carer must be a fully capable adult (Art. 22; Civil Code Art. 17–18). */
export const CARER_MIN_AGE = 18;

/** Art. 22 para. 2: who may not be named entrusted carer. */
export const CARER_EXCLUSIONS = {
  abuse: {
    zh: '曾实施性侵害、虐待、遗弃、拐卖、暴力伤害等违法犯罪行为',
    en: 'Has committed sexual abuse, abuse, abandonment, trafficking or violence',
  },
  addiction: { zh: '有吸毒、酗酒、赌博等恶习', en: 'Drug use, heavy drinking or gambling' },
  pastNeglect: {
    zh: '曾拒不履行或者长期怠于履行监护、照护职责',
    en: 'Has refused or long neglected duties of guardianship or care',
  },
  otherUnsuitable: { zh: '有其他不适宜担任被委托人的情形', en: 'Otherwise unsuitable to be entrusted' },
} as const satisfies Record<string, Bilingual>;
export type CarerExclusion = keyof typeof CARER_EXCLUSIONS;
export const CARER_EXCLUSION_CODES = Object.keys(CARER_EXCLUSIONS) as CarerExclusion[];

export interface EntrustedCarer {
  birthDate: string;
  /** 完全民事行为能力: not limited or without capacity by a court's or the record's finding. */
  fullCapacity: boolean;
  /** The exclusions the child director ticked; an absent tick is "no". */
  exclusions: Partial<Record<CarerExclusion, boolean>>;
}

export interface FieldProblem {
  /** The form field the problem belongs to: birthDate, fullCapacity or exclusions.<code>. */
  field: string;
  zh: string;
  en: string;
}

function isRealDate(date: string): boolean {
  try {
    isoDateParts(date);
    return true;
  } catch {
    return false;
  }
}

/** Why this person may not be named entrusted carer on `onDate`; empty when they may (Art. 22). */
export function checkEntrustedCarer(carer: EntrustedCarer, onDate: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!isRealDate(carer.birthDate))
    problems.push({
      field: 'birthDate',
      zh: '出生日期须为有效日期（YYYY-MM-DD）',
      en: 'Birth date must be a real YYYY-MM-DD date',
    });
  else {
    const age = ageOn(carer.birthDate, onDate);
    if (age < CARER_MIN_AGE)
      problems.push({
        field: 'birthDate',
        zh: `被委托照护人须年满 ${CARER_MIN_AGE} 周岁（${onDate} 时为 ${Math.max(age, 0)} 周岁）`,
        en: `An entrusted carer must be ${CARER_MIN_AGE} or older (aged ${Math.max(age, 0)} on ${onDate})`,
      });
  }
  if (!carer.fullCapacity)
    problems.push({
      field: 'fullCapacity',
      zh: '被委托照护人须具有完全民事行为能力',
      en: 'An entrusted carer must have full civil capacity',
    });
  for (const code of CARER_EXCLUSION_CODES)
    if (carer.exclusions[code] === true)
      problems.push({
        field: `exclusions.${code}`,
        zh: `${CARER_EXCLUSIONS[code].zh}，不得作为被委托照护人`,
        en: `${CARER_EXCLUSIONS[code].en}: may not be an entrusted carer`,
      });
  return problems;
}

export interface ParentContactRules {
  version: string;
  effectiveFrom: string;
  source: string;
  /** Contact is due at most this many days after the last one; a day more raises an alert. */
  maxDaysBetweenContacts: number;
}

/** Art. 23: parents away contact the child and the entrusted carer at least once a week. */
export const PARENT_CONTACT_RULES: ParentContactRules = Object.freeze({
  version: 'contact-2026.1',
  effectiveFrom: '2026-01-01',
  source: '《中华人民共和国未成年人保护法》第二十三条：至少每周与未成年人、被委托人联系和交流一次',
  maxDaysBetweenContacts: 7,
});

export type LeftBehindAlertCode = 'CONTACT_OVERDUE' | 'LEFT_UNATTENDED' | 'LIVING_ALONE';

export interface LeftBehindAlert {
  code: LeftBehindAlertCode;
  zh: string;
  en: string;
}

export interface ContactStanding {
  /** The day counting starts: the last contact, or the day the parents left when there was none since. */
  countedFrom: string;
  daysSince: number;
  /** The last day the next contact is on time. */
  due: string;
  alerts: LeftBehindAlert[];
}

function dayNumber(date: string): number {
  const [y, m, d] = isoDateParts(date);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/**
 * Weekly contact (Art. 23). Counting starts at the later of the last contact and the day the parents left: a
 * call made before leaving does not count toward the time away.
 */
export function contactAlerts(
  parents: { lastContact: string | null; leftSince: string },
  today: string,
  rules: ParentContactRules = PARENT_CONTACT_RULES,
): ContactStanding {
  const { lastContact, leftSince } = parents;
  const countedFrom = lastContact !== null && lastContact > leftSince ? lastContact : leftSince;
  const daysSince = dayNumber(today) - dayNumber(countedFrom);
  const due = addInterval(countedFrom, { unit: 'day', count: rules.maxDaysBetweenContacts });
  const alerts: LeftBehindAlert[] = [];
  if (daysSince > rules.maxDaysBetweenContacts)
    alerts.push({
      code: 'CONTACT_OVERDUE',
      zh: `父母已 ${daysSince} 天未与儿童、照护人联系（最迟应于 ${due} 联系，至少每周一次，未成年人保护法第二十三条）`,
      en: `No contact from the parents for ${daysSince} days; it was due by ${due} (at least weekly: Minors Protection Law Art. 23)`,
    });
  return { countedFrom, daysSince, due, alerts };
}

export const LIVING_ARRANGEMENTS = ['with_parent', 'with_carer', 'boarding_school', 'alone', 'unattended'] as const;
export type LivingArrangement = (typeof LIVING_ARRANGEMENTS)[number];

export const LIVING_ARRANGEMENT_LABELS: Record<LivingArrangement, Bilingual> = {
  with_parent: { zh: '与父母一方共同生活', en: 'Lives with a parent' },
  with_carer: { zh: '由委托照护人照料', en: 'Cared for by the entrusted carer' },
  boarding_school: { zh: '寄宿学校', en: 'Boarding school' },
  alone: { zh: '独自居住', en: 'Lives alone' },
  unattended: { zh: '无人看护', en: 'Left unattended' },
};

/** Art. 21: the ages below which a child may not be left unattended, or live apart from a guardian. */
export const UNATTENDED_MIN_AGE = 8;
export const LIVING_ALONE_MIN_AGE = 16;

/**
 * Art. 21's two prohibitions as alerts. A child who lives alone is unattended too, so a child under 8 living
 * alone raises both. A child who needs special care for physical or mental reasons may not be left unattended
 * at any age (same article).
 */
export function livingAlerts(
  child: { birthDate: string; livingArrangement: LivingArrangement; needsSpecialCare?: boolean },
  today: string,
): LeftBehindAlert[] {
  const age = ageOn(child.birthDate, today);
  const alerts: LeftBehindAlert[] = [];
  const unattended = child.livingArrangement === 'unattended' || child.livingArrangement === 'alone';
  if (unattended && (age < UNATTENDED_MIN_AGE || child.needsSpecialCare === true))
    alerts.push({
      code: 'LEFT_UNATTENDED',
      zh:
        age < UNATTENDED_MIN_AGE
          ? `未满 ${UNATTENDED_MIN_AGE} 周岁的儿童（${age} 周岁）处于无人看护状态（未成年人保护法第二十一条）`
          : `需要特别照顾的儿童处于无人看护状态（未成年人保护法第二十一条）`,
      en:
        age < UNATTENDED_MIN_AGE
          ? `A child under ${UNATTENDED_MIN_AGE} (aged ${age}) is left unattended (Minors Protection Law Art. 21)`
          : 'A child needing special care is left unattended (Minors Protection Law Art. 21)',
    });
  if (child.livingArrangement === 'alone' && age < LIVING_ALONE_MIN_AGE)
    alerts.push({
      code: 'LIVING_ALONE',
      zh: `未满 ${LIVING_ALONE_MIN_AGE} 周岁的儿童（${age} 周岁）脱离监护单独生活（未成年人保护法第二十一条）`,
      en: `A child under ${LIVING_ALONE_MIN_AGE} (aged ${age}) lives alone, apart from a guardian (Minors Protection Law Art. 21)`,
    });
  return alerts;
}

/** The plan's target: every left-behind child has a written entrusted-care agreement (RULES §4.21). */
export const SIGNING_RATE_TARGET = 1;

/**
 * Signed agreements over left-behind children, from 0 to 1; null when there are no left-behind children (no
 * rate to show, rather than a division by zero). Counts come from the same list of children, so more
 * agreements than children is a caller's mistake.
 */
export function signingRate(counts: { signed: number; leftBehind: number }): number | null {
  const { signed, leftBehind } = counts;
  if (!Number.isInteger(signed) || !Number.isInteger(leftBehind) || signed < 0 || leftBehind < 0)
    throw new RangeError(`Counts must be whole numbers, not ${signed} of ${leftBehind}`);
  if (signed > leftBehind) throw new RangeError(`${signed} agreements for ${leftBehind} left-behind children`);
  return leftBehind === 0 ? null : signed / leftBehind;
}
