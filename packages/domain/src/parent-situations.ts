// Parent situations behind the 事实无人抚养 rule (民发〔2019〕62号) and whether each one qualifies on a date.
// Pure, with text in both locales, so the browser explains a decision exactly as the server records it.
import { illnessName, isListedIllness, type CategoryRulesConfig } from './category-rules.ts';

export type ParentSituationCode =
  | 'dead'
  | 'declared_dead'
  | 'declared_missing'
  | 'severe_disability'
  | 'serious_illness'
  | 'imprisoned'
  | 'compulsory_rehab'
  | 'other_restriction'
  | 'lost_contact'
  | 'guardianship_revoked'
  | 'deported'
  | 'working_away'
  | 'no_guardianship_capacity';

export interface Bilingual {
  zh: string;
  en: string;
}

export const PARENT_SITUATION_LABELS: Record<ParentSituationCode, Bilingual> = {
  dead: { zh: '死亡', en: 'Dead' },
  declared_dead: { zh: '宣告死亡', en: 'Declared dead' },
  declared_missing: { zh: '宣告失踪', en: 'Declared missing' },
  severe_disability: { zh: '重残', en: 'Severe disability' },
  serious_illness: { zh: '重病', en: 'Serious illness' },
  imprisoned: { zh: '服刑在押', en: 'Serving a prison sentence' },
  compulsory_rehab: { zh: '强制隔离戒毒', en: 'Compulsory drug rehabilitation' },
  other_restriction: { zh: '其他限制人身自由措施', en: 'Other restriction of personal liberty' },
  lost_contact: { zh: '失联', en: 'Lost contact' },
  guardianship_revoked: { zh: '被撤销监护资格', en: 'Guardianship revoked' },
  deported: { zh: '被遣送（驱逐）出境', en: 'Deported' },
  working_away: { zh: '外出务工', en: 'Working away from home' },
  no_guardianship_capacity: { zh: '无监护能力', en: 'Without guardianship capacity' },
};

export type DisabilityKind = 'physical' | 'visual' | 'hearing' | 'speech' | 'mental' | 'intellectual' | 'multiple';

export interface ParentSituation {
  code: ParentSituationCode;
  /** YYYY-MM-DD effective date; for lost_contact, the date the police accepted the report. */
  since: string;
  /** The situation ended (e.g. released): it no longer applies from this date. */
  until?: string | null;
  /** 1–4, for severe_disability. */
  disabilityGrade?: number | null;
  disabilityKind?: DisabilityKind | null;
  /** For serious_illness, checked against the configured list. */
  illnessCode?: string | null;
  /** Sentence or measure length, for imprisoned, compulsory_rehab and other_restriction. */
  termMonths?: number | null;
}

export type ParentRole = 'father' | 'mother';

export interface ParentFacts {
  role: ParentRole;
  name?: string;
  situations: ParentSituation[];
}

export interface Reason {
  code: string;
  zh: string;
  en: string;
  parent?: ParentRole;
  situation?: ParentSituationCode;
  /** For a qualifying situation the date it began to qualify; otherwise its recorded effective date. */
  since?: string;
}

export {
  DEFAULT_CATEGORY_RULES,
  SERIOUS_ILLNESS_DEFAULTS,
  type CategoryRulesConfig,
  type SeriousIllness,
} from './category-rules.ts';

export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

/** Year, month (1–12) and day of a real YYYY-MM-DD date; anything else is a caller's mistake. */
export function isoDateParts(date: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) throw new RangeError(`Not a real date: ${date}`);
  return [y, m, d];
}

export function formatIsoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Civil Code Art. 202: a period ends on the same day of the final month, or on its last day when there is none. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = isoDateParts(date);
  const index = y * 12 + (m - 1) + months;
  const [year, month] = [Math.floor(index / 12), (index % 12) + 1];
  return formatIsoDate(year, month, Math.min(d, daysInMonth(year, month)));
}

/** The date from which a situation counts: lost contact only once it has lasted the minimum period. */
export function qualifyingDate(s: ParentSituation, config: CategoryRulesConfig): string {
  return s.code === 'lost_contact' ? addMonths(s.since, config.minLostContactMonths) : s.since;
}

const RESTRICTIONS: ReadonlySet<ParentSituationCode> = new Set(['imprisoned', 'compulsory_rehab', 'other_restriction']);

/** Imprisonment, compulsory rehabilitation or another restriction of liberty: situations that carry a term. */
export function isRestriction(code: ParentSituationCode): boolean {
  return RESTRICTIONS.has(code);
}

/**
 * The day a situation stops applying: the recorded end (for a detention, the release date) when there is one;
 * for a detention with a term and no recorded release, the day the term runs out, start plus term (Art. 202);
 * otherwise none. A recorded release date wins either way (early release, or a term extended).
 */
export function situationEnd(s: ParentSituation): { date: string; recorded: boolean } | null {
  if (s.until != null) return { date: s.until, recorded: true };
  if (isRestriction(s.code) && s.termMonths != null && s.termMonths > 0)
    return { date: addMonths(s.since, s.termMonths), recorded: false };
  return null;
}

/** A detention whose term ran out by `asOf` without a recorded release: the day it ran out, to be confirmed. */
export function releaseToConfirm(s: ParentSituation, asOf: string): string | null {
  const end = situationEnd(s);
  return end !== null && !end.recorded && end.date <= asOf ? end.date : null;
}

export function situationState(s: ParentSituation, asOf: string): 'active' | 'not_started' | 'ended' {
  isoDateParts(s.since);
  if (s.until != null) isoDateParts(s.until);
  if (s.since > asOf) return 'not_started';
  const end = situationEnd(s);
  return end !== null && end.date <= asOf ? 'ended' : 'active';
}

export type Template = readonly [zh: string, en: string];
export type TemplateValues = Readonly<Record<string, string | number | Bilingual>>;

/** Fills `{name}` placeholders; a Bilingual value supplies the matching language. */
export function fill(template: Template, values: TemplateValues = {}): Bilingual {
  const put = (text: string, lang: 'zh' | 'en') =>
    text.replace(/\{(\w+)\}/g, (whole, key: string) => {
      const v = values[key];
      return v === undefined ? whole : typeof v === 'object' ? v[lang] : String(v);
    });
  return { zh: put(template[0], 'zh'), en: put(template[1], 'en') };
}

const TEXT = {
  SITUATION_NOT_STARTED: ['{label}自 {since} 起，评估日 {asOf} 尚未开始', '{label} starts on {since}, after {asOf}'],
  SITUATION_ENDED: ['{label}已于 {until} 结束', '{label} ended on {until}'],
  RELEASE_TO_CONFIRM: [
    '{label}期限已于 {until} 届满，未登记释放日期，请核实是否已释放',
    '{label}: the term ran out on {until} and no release date is recorded; confirm the release',
  ],
  DESCRIBED: ['{label}（自 {since} 起）', '{label} (since {since})'],
  dead: ['死亡（{since}）', 'Died on {since}'],
  declared_dead: ['被人民法院宣告死亡（{since}）', 'Declared dead by a court on {since}'],
  declared_missing: ['被人民法院宣告失踪（{since}）', 'Declared missing by a court on {since}'],
  guardianship_revoked: ['被人民法院撤销监护资格（{since}）', 'Guardianship revoked by a court on {since}'],
  deported: ['被遣送（驱逐）出境（{since}）', 'Deported on {since}'],
  SEVERE_DISABILITY: ['重残（{disability}，自 {since} 起）', 'Severe disability ({disability}, since {since})'],
  DISABILITY_GRADE_NOT_RECORDED: ['重残：未登记残疾等级', 'Disability: the grade is not recorded'],
  DISABILITY_GRADE_INVALID: ['残疾等级 {grade} 无效（应为一至四级）', 'Disability grade {grade} is not 1–4'],
  DISABILITY_KIND_NOT_RECORDED: [
    '{disability}：未登记残疾类别，无法判断是否为精神或智力残疾',
    '{disability}: the kind is not recorded, so mental or intellectual cannot be told',
  ],
  DISABILITY_NOT_SEVERE: [
    '{disability}，不属于重残（须为{severe}）',
    '{disability} is not severe ({severe} is required)',
  ],
  SERIOUS_ILLNESS: ['重病（{illness}，自 {since} 起）', 'Serious illness ({illness}, since {since})'],
  ILLNESS_NOT_RECORDED: ['重病：未登记病种', 'Serious illness: the illness is not recorded'],
  ILLNESS_NOT_LISTED: [
    '所患疾病（{illness}）不在重病目录（{version} 版）内',
    'The illness ({illness}) is not on the serious-illness list (version {version})',
  ],
  RESTRICTED: ['{what}（{term} {months} 个月，自 {since} 起）', '{what} ({months} months, since {since})'],
  TERM_NOT_RECORDED: ['{what}：未登记{term}', '{what}: the term is not recorded'],
  TERM_TOO_SHORT: ['{what}{term} {months} 个月，不足 {min} 个月', '{what} for {months} months, less than {min} months'],
  LOST_CONTACT: [
    '失联满 {min} 个月（公安机关 {since} 受理报案）',
    'Out of contact for {min} months or more (police accepted the report on {since})',
  ],
  LOST_CONTACT_TOO_SHORT: [
    '失联不足 {min} 个月（公安机关 {since} 受理报案，{from} 满 {min} 个月）',
    'Out of contact for less than {min} months (report accepted on {since}; {min} months on {from})',
  ],
  NOT_A_DE_FACTO_GROUND: ['{label}不属于事实无人抚养的认定情形', '{label} is not a ground for de facto unsupported'],
} as const satisfies Record<string, Template>;

type TextKey = keyof typeof TEXT;

// These mean the record is incomplete, not that the rule failed: the evaluation lists them as missing facts.
const MISSING_FACT: ReadonlySet<TextKey> = new Set([
  'DISABILITY_GRADE_NOT_RECORDED',
  'DISABILITY_GRADE_INVALID',
  'DISABILITY_KIND_NOT_RECORDED',
  'ILLNESS_NOT_RECORDED',
  'TERM_NOT_RECORDED',
  'RELEASE_TO_CONFIRM',
]);

const ZH_GRADES = ['', '一', '二', '三', '四'];
const KIND_TEXT: Record<DisabilityKind, Bilingual> = {
  physical: { zh: '肢体', en: 'physical' },
  visual: { zh: '视力', en: 'visual' },
  hearing: { zh: '听力', en: 'hearing' },
  speech: { zh: '言语', en: 'speech' },
  mental: { zh: '精神', en: 'mental' },
  intellectual: { zh: '智力', en: 'intellectual' },
  multiple: { zh: '多重', en: 'multiple' },
};

/** "智力残疾三级" / "intellectual disability, grade 3"; without a kind, "残疾二级" / "disability grade 2". */
export function disabilityText(grade: number, kind?: DisabilityKind | null): Bilingual {
  const zhGrade = `${ZH_GRADES[grade] ?? String(grade)}级`;
  if (kind == null) return { zh: `残疾${zhGrade}`, en: `disability grade ${grade}` };
  return { zh: `${KIND_TEXT[kind].zh}残疾${zhGrade}`, en: `${KIND_TEXT[kind].en} disability, grade ${grade}` };
}

const RESTRICTION_TEXT: Partial<Record<ParentSituationCode, { what: Bilingual; term: Bilingual }>> = {
  imprisoned: { what: { zh: '服刑在押', en: 'Serving a prison sentence' }, term: { zh: '刑期', en: '' } },
  compulsory_rehab: {
    what: { zh: '强制隔离戒毒', en: 'In compulsory drug rehabilitation' },
    term: { zh: '期限', en: '' },
  },
  other_restriction: {
    what: { zh: '被执行其他限制人身自由的措施', en: 'Under another restriction of liberty' },
    term: { zh: '期限', en: '' },
  },
};

interface Ground {
  ok: boolean;
  key: TextKey;
  values?: TemplateValues;
}

/** "一、二级" / "grade 1–2". */
function gradeRange(from: number, to: number): Bilingual {
  const grades = Array.from({ length: to - from + 1 }, (_, i) => ZH_GRADES[from + i] ?? String(from + i));
  return { zh: `${grades.join('、')}级`, en: from === to ? `grade ${from}` : `grade ${from}–${to}` };
}

/** What counts as 重残 under a version: "一、二级，或精神、智力残疾三、四级". */
export function severeDisabilityText(config: CategoryRulesConfig): Bilingual {
  const [any, mental] = [config.severeDisabilityMaxGrade, config.severeMentalDisabilityMaxGrade];
  const base = gradeRange(1, any);
  if (mental <= any) return base;
  const more = gradeRange(any + 1, mental);
  return { zh: `${base.zh}，或精神、智力残疾${more.zh}`, en: `${base.en}, or ${more.en} mental or intellectual` };
}

function disabilityGround(s: ParentSituation, config: CategoryRulesConfig): Ground {
  const grade = s.disabilityGrade;
  if (grade == null) return { ok: false, key: 'DISABILITY_GRADE_NOT_RECORDED' };
  if (!Number.isInteger(grade) || grade < 1 || grade > 4) return { ok: false, key: 'DISABILITY_GRADE_INVALID' };
  const values = { disability: disabilityText(grade, s.disabilityKind), severe: severeDisabilityText(config) };
  if (grade <= config.severeDisabilityMaxGrade) return { ok: true, key: 'SEVERE_DISABILITY', values };
  if (grade > config.severeMentalDisabilityMaxGrade) return { ok: false, key: 'DISABILITY_NOT_SEVERE', values };
  if (s.disabilityKind == null) return { ok: false, key: 'DISABILITY_KIND_NOT_RECORDED', values };
  const ok = s.disabilityKind === 'mental' || s.disabilityKind === 'intellectual';
  return { ok, key: ok ? 'SEVERE_DISABILITY' : 'DISABILITY_NOT_SEVERE', values };
}

function ground(s: ParentSituation, asOf: string, config: CategoryRulesConfig): Ground {
  switch (s.code) {
    case 'dead':
    case 'declared_dead':
    case 'declared_missing':
    case 'guardianship_revoked':
    case 'deported':
      return { ok: true, key: s.code };
    case 'severe_disability':
      return disabilityGround(s, config);
    case 'serious_illness': {
      if (s.illnessCode == null || s.illnessCode === '') return { ok: false, key: 'ILLNESS_NOT_RECORDED' };
      const illness = illnessName(s.illnessCode, config);
      const ok = isListedIllness(s.illnessCode, config);
      return { ok, key: ok ? 'SERIOUS_ILLNESS' : 'ILLNESS_NOT_LISTED', values: { illness } };
    }
    case 'imprisoned':
    case 'compulsory_rehab':
    case 'other_restriction': {
      const text = RESTRICTION_TEXT[s.code] ?? { what: PARENT_SITUATION_LABELS[s.code], term: { zh: '期限', en: '' } };
      const values = { ...text, months: s.termMonths ?? '', min: config.minRestrictionMonths };
      if (s.termMonths == null) return { ok: false, key: 'TERM_NOT_RECORDED', values };
      const ok = s.termMonths >= config.minRestrictionMonths;
      return { ok, key: ok ? 'RESTRICTED' : 'TERM_TOO_SHORT', values };
    }
    case 'lost_contact': {
      const ok = qualifyingDate(s, config) <= asOf;
      return { ok, key: ok ? 'LOST_CONTACT' : 'LOST_CONTACT_TOO_SHORT', values: { min: config.minLostContactMonths } };
    }
    case 'working_away':
    case 'no_guardianship_capacity':
      return { ok: false, key: 'NOT_A_DE_FACTO_GROUND' };
  }
}

export interface SituationAssessment {
  qualifies: boolean;
  reason: Reason;
  /** The reason is a gap in the record rather than a fact that fails the rule. */
  missingFact: boolean;
}

/** The full assessment, telling a missing fact apart from a failed rule. */
export function assessSituation(s: ParentSituation, asOf: string, config: CategoryRulesConfig): SituationAssessment {
  isoDateParts(asOf);
  const state = situationState(s, asOf);
  const end = situationEnd(s);
  const endKey = end?.recorded === false ? 'RELEASE_TO_CONFIRM' : 'SITUATION_ENDED';
  const g: Ground =
    state === 'active'
      ? ground(s, asOf, config)
      : { ok: false, key: state === 'ended' ? endKey : 'SITUATION_NOT_STARTED' };
  const from = qualifyingDate(s, config);
  const values = { label: PARENT_SITUATION_LABELS[s.code], since: s.since, until: end?.date ?? '', asOf, from };
  const text = fill(TEXT[g.key], { version: config.version, ...values, ...g.values });
  const code = g.ok ? 'SITUATION_QUALIFIES' : g.key;
  return {
    qualifies: g.ok,
    missingFact: MISSING_FACT.has(g.key),
    reason: { code, ...text, situation: s.code, since: g.ok ? from : s.since },
  };
}

export function qualifyingSituation(
  s: ParentSituation,
  asOf: string,
  config: CategoryRulesConfig,
): { qualifies: boolean; reason: Reason } {
  const { qualifies, reason } = assessSituation(s, asOf, config);
  return { qualifies, reason };
}

export const PARENT_ROLE_TEXT: Record<ParentRole, Bilingual> = {
  father: { zh: '父亲', en: 'father' },
  mother: { zh: '母亲', en: 'mother' },
};

/** "父亲：服刑在押（…）": the same reason, attributed to one parent. */
export function forParent(role: ParentRole, reason: Reason): Reason {
  const { zh, en } = PARENT_ROLE_TEXT[role];
  return {
    ...reason,
    parent: role,
    zh: `${zh}：${reason.zh}`,
    en: `${en.charAt(0).toUpperCase()}${en.slice(1)}: ${reason.en}`,
  };
}

/** A plain statement of any situation, for those that are facts rather than de facto grounds. */
export function describeSituation(s: ParentSituation): Bilingual {
  return fill(TEXT.DESCRIBED, { label: PARENT_SITUATION_LABELS[s.code], since: s.since });
}

export interface Dated {
  reason: Reason;
  date: string;
}

export interface ParentView {
  role: ParentRole;
  recorded: boolean;
  dead: Dated | null;
  /** The earliest current situation that meets a 事实无人抚养 ground. */
  qualifying: Dated | null;
  away: Dated | null;
  incapable: Dated | null;
  /** Any current situation other than working away that keeps the parent from caring, qualifying or not. */
  absent: Dated | null;
  failures: Reason[];
  missing: Reason[];
}

export function earliest(a: Dated | null, b: Dated | null): Dated | null {
  return a === null || (b !== null && b.date < a.date) ? b : a;
}

function described(role: ParentRole, code: string, s: ParentSituation): Dated {
  return {
    date: s.since,
    reason: forParent(role, { code, ...describeSituation(s), situation: s.code, since: s.since }),
  };
}

/** One parent's current situations, seen from every category that depends on them. */
export function viewParent(
  parents: readonly ParentFacts[],
  role: ParentRole,
  asOf: string,
  config: CategoryRulesConfig,
): ParentView {
  const records = parents.filter((p) => p.role === role);
  const view: ParentView = {
    role,
    recorded: records.length > 0,
    dead: null,
    qualifying: null,
    away: null,
    incapable: null,
    absent: null,
    failures: [],
    missing: [],
  };
  for (const s of records.flatMap((p) => p.situations)) {
    const assessed = assessSituation(s, asOf, config);
    const reason = forParent(role, assessed.reason);
    if (assessed.qualifies) {
      const dated = { reason, date: reason.since ?? s.since };
      view.qualifying = earliest(view.qualifying, dated);
      if (s.code === 'dead' || s.code === 'declared_dead') view.dead = earliest(view.dead, dated);
    } else {
      view.failures.push(reason);
      if (assessed.missingFact) view.missing.push(reason);
    }
    if (situationState(s, asOf) !== 'active') continue;
    if (s.code === 'working_away') {
      view.away = earliest(view.away, described(role, 'PARENT_WORKING_AWAY', s));
    } else if (s.code === 'no_guardianship_capacity') {
      view.incapable = earliest(view.incapable, described(role, 'PARENT_NO_GUARDIANSHIP_CAPACITY', s));
      view.absent = earliest(view.absent, view.incapable);
    } else {
      view.absent = earliest(view.absent, { reason, date: s.since });
    }
  }
  return view;
}
