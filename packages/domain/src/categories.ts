// Protection categories (RULES §1): whether a child's recorded facts meet each one on a date, and why.
// The same evaluation runs in the browser (to guide data entry) and on the server (recorded with a decision).
import {
  DEFAULT_CATEGORY_RULES,
  PARENT_ROLE_TEXT,
  daysInMonth,
  disabilityText,
  earliest,
  fill,
  formatIsoDate,
  isoDateParts,
  viewParent,
  type Bilingual,
  type CategoryRulesConfig,
  type Dated,
  type ParentFacts,
  type ParentRole,
  type ParentView,
  type Reason,
  type Template,
  type TemplateValues,
} from './parent-situations.ts';

export {
  DEFAULT_CATEGORY_RULES,
  PARENT_SITUATION_LABELS,
  SERIOUS_ILLNESS_DEFAULTS,
  addMonths,
  isRestriction,
  qualifyingDate,
  qualifyingSituation,
  releaseToConfirm,
  severeDisabilityText,
  situationEnd,
  type CategoryRulesConfig,
  type DisabilityKind,
  type ParentFacts,
  type ParentRole,
  type ParentSituation,
  type ParentSituationCode,
  type Reason,
  type SeriousIllness,
} from './parent-situations.ts';

export type CategoryCode =
  | 'orphan_institutional'
  | 'orphan_scattered'
  | 'de_facto_unsupported'
  | 'difficulty_economic'
  | 'difficulty_disability'
  | 'difficulty_guardianship'
  | 'left_behind';

/** The order evaluateCategories returns. */
export const CATEGORY_CODES: readonly CategoryCode[] = [
  'orphan_institutional',
  'orphan_scattered',
  'de_facto_unsupported',
  'difficulty_economic',
  'difficulty_disability',
  'difficulty_guardianship',
  'left_behind',
];

export const CATEGORY_LABELS: Record<CategoryCode, Bilingual> = {
  orphan_institutional: { zh: '孤儿（集中养育）', en: 'Orphan (institutional care)' },
  orphan_scattered: { zh: '孤儿（散居）', en: 'Orphan (family care)' },
  de_facto_unsupported: { zh: '事实无人抚养儿童', en: 'De facto unsupported child' },
  difficulty_economic: { zh: '困境儿童：家庭经济困难', en: 'Child in difficulty: family economic hardship' },
  difficulty_disability: { zh: '困境儿童：自身残疾', en: 'Child in difficulty: own disability' },
  difficulty_guardianship: {
    zh: '困境儿童：监护缺失或不当',
    en: 'Child in difficulty: lacking or improper guardianship',
  },
  left_behind: { zh: '农村留守儿童', en: 'Rural left-behind child' },
};

export interface ChildFacts {
  birthDate: string;
  householdType: 'rural' | 'urban' | null;
  /** Placed in a child welfare institution (集中养育). */
  livesInInstitution: boolean;
  /** The placement date; a placement after the evaluation date does not count yet. */
  institutionSince?: string | null;
  /** 0..2; a parent without a record is unknown, not absent. */
  parents: ParentFacts[];
  /** Birth parents cannot be found (foundling). */
  parentsUnknown?: boolean;
  /** The child's own disability certificate: null = none, undefined = not recorded. */
  disability?: { grade: number | null } | null;
  /** e.g. a 低保/特困 household; undefined = not recorded. */
  familyEconomicHardship?: boolean;
  /** The lack or impropriety of guardianship led to abuse, abandonment, injury or harm; undefined = not recorded. */
  guardianshipHarm?: boolean;
}

export interface CategoryEvaluation {
  category: CategoryCode;
  eligible: boolean;
  /** Why it is met when eligible; every condition that fails when not. */
  reasons: Reason[];
  /** Facts that would need recording to decide; empty when eligible. */
  missing: Reason[];
  /** The date from which all conditions held; null when not eligible or when no recorded fact carries a date. */
  since: string | null;
  rulesVersion: string;
}

/** The day a person turns `years`; a 29 February birthday falls on 1 March in common years. */
export function anniversary(birthDate: string, years: number): string {
  const [y, m, d] = isoDateParts(birthDate);
  if (m === 2 && d === 29 && daysInMonth(y + years, 2) === 28) return formatIsoDate(y + years, 3, 1);
  return formatIsoDate(y + years, m, d);
}

/** Whole years; the new age starts on the birthday itself, and the result is negative before birth. */
export function ageOn(birthDate: string, date: string): number {
  const [by, bm, bd] = isoDateParts(birthDate);
  const [y, m, d] = isoDateParts(date);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

const ORPHAN_OR_DE_FACTO: ReadonlySet<CategoryCode> = new Set([
  'orphan_institutional',
  'orphan_scattered',
  'de_facto_unsupported',
]);

/** Distinct categories one child may not hold at once (RULES §17): orphan with de facto, and the two orphan kinds. */
export function categoriesThatMayNotStack(a: CategoryCode, b: CategoryCode): boolean {
  return a !== b && ORPHAN_OR_DE_FACTO.has(a) && ORPHAN_OR_DE_FACTO.has(b);
}

const TEXT = {
  NOT_BORN: ['出生日期 {birth} 晚于评估日 {asOf}', 'Born on {birth}, after {asOf}'],
  AGE_REACHED: ['已满 {age} 周岁（{on} 年满 {age} 周岁）', 'Aged {age} or over (turned {age} on {on})'],
  UNDER_AGE: ['未满 {age} 周岁（{on} 年满 {age} 周岁）', 'Under {age} (turns {age} on {on})'],
  PARENT_NOT_RECORDED: ['未登记{who}的情况', "The {who}'s situation is not recorded"],
  PARENTS_UNKNOWN: ['查找不到生父母', 'The birth parents cannot be found'],
  PARENT_NOT_DEAD: ['{who}未死亡，也未被宣告死亡', 'The {who} is neither dead nor declared dead'],
  IN_INSTITUTION: ['在儿童福利机构集中养育', 'Raised in a child welfare institution'],
  IN_INSTITUTION_SINCE: ['自 {since} 起在儿童福利机构集中养育', 'Raised in a child welfare institution since {since}'],
  NOT_IN_INSTITUTION: ['由家庭抚养，未在儿童福利机构集中养育', 'Raised by a family, not in an institution'],
  ORPHAN_TAKES_PRECEDENCE: [
    '已符合孤儿条件，按孤儿保障，不再认定为事实无人抚养儿童',
    'Meets the orphan conditions, which take precedence over de facto unsupported',
  ],
  DE_FACTO_ONE_DEAD_OR_MISSING: [
    '父母一方死亡或失踪，另一方符合认定情形',
    'One parent is dead or missing, the other qualifies',
  ],
  DE_FACTO_BOTH_QUALIFY: ['父母双方均符合认定情形', 'Both parents are in qualifying situations'],
  PARENT_NO_GROUND: ['{who}无事实无人抚养的认定情形', 'The {who} is in none of the qualifying situations'],
  ECONOMIC_HARDSHIP: ['家庭经济困难（如低保、特困家庭）', 'Family in economic hardship (e.g. 低保 or 特困)'],
  NO_ECONOMIC_HARDSHIP: ['家庭不属于经济困难家庭', 'The family is not in economic hardship'],
  ECONOMIC_STATUS_NOT_RECORDED: ['未登记家庭经济状况', "The family's economic situation is not recorded"],
  CHILD_DISABLED: ['本人持有残疾人证（{grade}）', 'Holds a disability certificate ({grade})'],
  CHILD_NOT_DISABLED: ['本人无残疾人证', 'Holds no disability certificate'],
  CHILD_DISABILITY_NOT_RECORDED: ['未登记本人是否残疾', "The child's disability is not recorded"],
  GUARDIANSHIP_HARM: [
    '因监护缺失或监护不当，遭受虐待、遗弃、意外伤害或不法侵害',
    'The lack or impropriety of guardianship led to abuse, abandonment, injury or harm',
  ],
  GUARDIANSHIP_LACK: [
    '父母双方均不能履行监护职责，但未达到孤儿或事实无人抚养儿童认定条件',
    'Neither parent can act as guardian, though the orphan and de facto conditions are not met',
  ],
  NO_GUARDIANSHIP_HARM: [
    '未登记因监护缺失或监护不当导致遭受虐待、遗弃、意外伤害或不法侵害',
    'No abuse, abandonment, injury or harm from lacking or improper guardianship is recorded',
  ],
  GUARDIANSHIP_HARM_NOT_RECORDED: [
    '未登记是否因监护缺失或监护不当导致遭受侵害',
    'Whether lacking or improper guardianship led to harm is not recorded',
  ],
  COVERED_BY_CATEGORY: ['监护缺失已按{category}保障', 'The lack of guardianship is covered as {category}'],
  URBAN_HOUSEHOLD: ['城镇户籍，不属于农村留守儿童', 'Urban household registration'],
  HOUSEHOLD_TYPE_NOT_RECORDED: ['未登记户籍类型（农村或城镇）', 'The household registration type is not recorded'],
  RURAL_HOUSEHOLD: ['农村户籍', 'Rural household registration'],
  NO_PARENT_AWAY: ['父母均未外出务工', 'Neither parent is working away'],
  PARENT_AT_HOME: [
    '{who}未外出务工，且未登记无监护能力或事实无人抚养认定情形',
    'The {who} is neither working away nor unable to act as guardian',
  ],
} as const satisfies Record<string, Template>;

type TextKey = keyof typeof TEXT;

function t(code: TextKey, values: TemplateValues = {}, parent?: ParentRole): Reason {
  const reason: Reason = { code, ...fill(TEXT[code], values) };
  return parent === undefined ? reason : { ...reason, parent };
}

function ageReason(code: 'AGE_REACHED' | 'UNDER_AGE', birthDate: string, age: number, key: string): Reason {
  return { ...t(code, { age, on: anniversary(birthDate, age) }), code: key };
}

function latest(...dates: string[]): string {
  return dates.reduce((a, b) => (b > a ? b : a));
}

interface Ctx {
  child: ChildFacts;
  /** In an institution on the evaluation date. */
  inInstitution: boolean;
  config: CategoryRulesConfig;
  parents: [ParentView, ParentView];
  minor: Reason;
}

function result(
  ctx: Ctx,
  category: CategoryCode,
  eligible: boolean,
  reasons: Reason[],
  missing: Reason[] = [],
  since: string | null = null,
): CategoryEvaluation {
  return {
    category,
    eligible,
    reasons: eligible ? [ctx.minor, ...reasons] : reasons,
    missing: eligible ? [] : missing,
    since: eligible ? since : null,
    rulesVersion: ctx.config.version,
  };
}

interface Explained {
  reasons: Reason[];
  missing: Reason[];
}

/** For each parent without `has`: "not recorded" (also a missing fact), or `why` and, with `facts`, its record gaps. */
function explainParents(
  ctx: Ctx,
  out: Explained,
  has: (p: ParentView) => boolean,
  why: (p: ParentView) => Reason[],
  facts = false,
): void {
  for (const p of ctx.parents) {
    if (has(p)) continue;
    if (p.recorded) {
      out.reasons.push(...why(p));
      if (facts) out.missing.push(...p.missing);
    } else {
      const reason = t('PARENT_NOT_RECORDED', { who: PARENT_ROLE_TEXT[p.role] }, p.role);
      out.reasons.push(reason);
      out.missing.push(reason);
    }
  }
}

function parentReason(code: TextKey): (p: ParentView) => Reason[] {
  return (p) => [t(code, { who: PARENT_ROLE_TEXT[p.role] }, p.role)];
}

interface Orphan {
  orphan: boolean;
  since: string | null;
  reasons: Reason[];
  missing: Reason[];
}

function orphanStatus(ctx: Ctx): Orphan {
  const [father, mother] = ctx.parents;
  // No date is recorded for a foundling's parents being unknown, so it is taken to hold from birth.
  if (ctx.child.parentsUnknown === true)
    return { orphan: true, since: ctx.child.birthDate, reasons: [t('PARENTS_UNKNOWN')], missing: [] };
  if (father.dead !== null && mother.dead !== null) {
    const since = latest(ctx.child.birthDate, father.dead.date, mother.dead.date);
    return { orphan: true, since, reasons: [father.dead.reason, mother.dead.reason], missing: [] };
  }
  const o: Orphan = { orphan: false, since: null, reasons: [], missing: [] };
  explainParents(ctx, o, (p) => p.dead !== null, parentReason('PARENT_NOT_DEAD'));
  return o;
}

function orphanEvaluations(ctx: Ctx, o: Orphan): CategoryEvaluation[] {
  if (!o.orphan) {
    return [
      result(ctx, 'orphan_institutional', false, o.reasons, o.missing),
      result(ctx, 'orphan_scattered', false, o.reasons, o.missing),
    ];
  }
  const inside = ctx.inInstitution;
  const placed = ctx.child.institutionSince ?? null;
  const reasons = [
    ...o.reasons,
    inside && placed !== null
      ? t('IN_INSTITUTION_SINCE', { since: placed })
      : t(inside ? 'IN_INSTITUTION' : 'NOT_IN_INSTITUTION'),
  ];
  // Institutional care starts with the placement; family care before it was 散居.
  const insideSince = o.since !== null && placed !== null ? latest(o.since, placed) : o.since;
  return [
    result(ctx, 'orphan_institutional', inside, reasons, [], insideSince),
    result(ctx, 'orphan_scattered', !inside, reasons, [], o.since),
  ];
}

function deFactoEvaluation(ctx: Ctx, o: Orphan): CategoryEvaluation {
  if (o.orphan) return result(ctx, 'de_facto_unsupported', false, [t('ORPHAN_TAKES_PRECEDENCE')]);
  const [father, mother] = ctx.parents;
  if (father.qualifying !== null && mother.qualifying !== null) {
    const [f, m] = [father.qualifying, mother.qualifying];
    const gone = [f, m].some((d) => ['dead', 'declared_dead', 'declared_missing'].includes(d.reason.situation ?? ''));
    const basis = t(gone ? 'DE_FACTO_ONE_DEAD_OR_MISSING' : 'DE_FACTO_BOTH_QUALIFY');
    return result(
      ctx,
      'de_facto_unsupported',
      true,
      [basis, f.reason, m.reason],
      [],
      latest(ctx.child.birthDate, f.date, m.date),
    );
  }
  const out: Explained = { reasons: [], missing: [] };
  const why = (p: ParentView) => (p.failures.length > 0 ? p.failures : parentReason('PARENT_NO_GROUND')(p));
  explainParents(ctx, out, (p) => p.qualifying !== null, why, true);
  return result(ctx, 'de_facto_unsupported', false, out.reasons, out.missing);
}

function flagEvaluation(
  ctx: Ctx,
  category: CategoryCode,
  value: boolean | undefined,
  keys: [TextKey, TextKey, TextKey],
  values: TemplateValues = {},
): CategoryEvaluation {
  const [yes, no, unknown] = keys;
  if (value === true) return result(ctx, category, true, [t(yes, values)]);
  if (value === false) return result(ctx, category, false, [t(no)]);
  return result(ctx, category, false, [t(unknown)], [t(unknown)]);
}

// RULES §1.4(c): a lack of guardianship, or improper guardianship, counts only when it led to abuse,
// abandonment, injury or harm; the parents' situations alone do not make a child one in difficulty.
function guardianshipEvaluation(ctx: Ctx, coveredBy: CategoryCode | null): CategoryEvaluation {
  const harm = ctx.child.guardianshipHarm;
  const [father, mother] = ctx.parents;
  const context: Reason[] = [];
  if (coveredBy !== null) context.push(t('COVERED_BY_CATEGORY', { category: CATEGORY_LABELS[coveredBy] }));
  else if (father.absent !== null && mother.absent !== null)
    context.push(t('GUARDIANSHIP_LACK'), father.absent.reason, mother.absent.reason);
  if (harm === true) return result(ctx, 'difficulty_guardianship', true, [t('GUARDIANSHIP_HARM'), ...context]);
  const harmReason = t(harm === false ? 'NO_GUARDIANSHIP_HARM' : 'GUARDIANSHIP_HARM_NOT_RECORDED');
  return result(
    ctx,
    'difficulty_guardianship',
    false,
    [harmReason, ...context],
    harm === undefined ? [harmReason] : [],
  );
}

function leftBehindEvaluation(ctx: Ctx, asOf: string): CategoryEvaluation {
  const { child, config } = ctx;
  const reasons: Reason[] = [];
  const missing: Reason[] = [];
  if (child.householdType === 'urban') reasons.push(t('URBAN_HOUSEHOLD'));
  if (child.householdType === null) {
    reasons.push(t('HOUSEHOLD_TYPE_NOT_RECORDED'));
    missing.push(t('HOUSEHOLD_TYPE_NOT_RECORDED'));
  }
  const max = config.leftBehindMaxAge;
  if (ageOn(child.birthDate, asOf) >= max)
    reasons.push(ageReason('AGE_REACHED', child.birthDate, max, 'AGE_LIMIT_REACHED'));
  if (child.parentsUnknown === true)
    return result(ctx, 'left_behind', false, [...reasons, t('PARENTS_UNKNOWN')], missing);

  // One parent away and the other either away too, or unable: without guardianship capacity or on a de facto ground.
  const [father, mother] = ctx.parents;
  const [fUnable, mUnable] = [
    earliest(father.incapable, father.qualifying),
    earliest(mother.incapable, mother.qualifying),
  ];
  const pairs: [Dated | null, Dated | null][] = [
    [father.away, mother.away],
    [father.away, mUnable],
    [fUnable, mother.away],
  ];
  let best: { pair: [Dated, Dated]; since: string } | null = null;
  for (const [a, b] of pairs) {
    if (a === null || b === null) continue;
    const since = latest(child.birthDate, a.date, b.date);
    if (best === null || since < best.since) best = { pair: [a, b], since };
  }
  if (best !== null && reasons.length === 0) {
    const young = ageReason('UNDER_AGE', child.birthDate, max, 'UNDER_AGE_LIMIT');
    return result(
      ctx,
      'left_behind',
      true,
      [t('RURAL_HOUSEHOLD'), young, ...best.pair.map((d) => d.reason)],
      [],
      best.since,
    );
  }
  if (best === null) {
    const anyAway = father.away !== null || mother.away !== null;
    if (!anyAway) reasons.push(t('NO_PARENT_AWAY'));
    // The parent at home: also show why a situation recorded for them does not make them unable.
    const why = (p: ParentView) => [
      ...parentReason('PARENT_AT_HOME')(p),
      ...p.failures.filter((f) => f.situation !== 'working_away' && f.situation !== 'no_guardianship_capacity'),
    ];
    explainParents(ctx, { reasons, missing }, (p) => p.away !== null || (p.recorded && !anyAway), why, true);
  }
  return result(ctx, 'left_behind', false, reasons, missing);
}

export function evaluateCategories(
  child: ChildFacts,
  asOf: string,
  config: CategoryRulesConfig = DEFAULT_CATEGORY_RULES,
): CategoryEvaluation[] {
  isoDateParts(asOf);
  const age = ageOn(child.birthDate, asOf);
  if (age < 0 || age >= config.adultAge) {
    const reason =
      age < 0
        ? t('NOT_BORN', { birth: child.birthDate, asOf })
        : ageReason('AGE_REACHED', child.birthDate, config.adultAge, 'ADULT');
    return CATEGORY_CODES.map((category) => ({
      category,
      eligible: false,
      reasons: [reason],
      missing: [],
      since: null,
      rulesVersion: config.version,
    }));
  }
  const minor = ageReason('UNDER_AGE', child.birthDate, config.adultAge, 'MINOR');
  const parents: [ParentView, ParentView] = [
    viewParent(child.parents, 'father', asOf, config),
    viewParent(child.parents, 'mother', asOf, config),
  ];
  const placed = child.institutionSince ?? null;
  const inInstitution = child.livesInInstitution && (placed === null || placed <= asOf);
  const ctx: Ctx = { child, inInstitution, config, parents, minor };
  const orphan = orphanStatus(ctx);
  const deFacto = deFactoEvaluation(ctx, orphan);
  const orphanKind = inInstitution ? 'orphan_institutional' : 'orphan_scattered';
  const coveredBy = orphan.orphan ? orphanKind : deFacto.eligible ? 'de_facto_unsupported' : null;
  const grade = child.disability?.grade;
  return [
    ...orphanEvaluations(ctx, orphan),
    deFacto,
    flagEvaluation(ctx, 'difficulty_economic', child.familyEconomicHardship, [
      'ECONOMIC_HARDSHIP',
      'NO_ECONOMIC_HARDSHIP',
      'ECONOMIC_STATUS_NOT_RECORDED',
    ]),
    flagEvaluation(
      ctx,
      'difficulty_disability',
      child.disability === undefined ? undefined : child.disability !== null,
      ['CHILD_DISABLED', 'CHILD_NOT_DISABLED', 'CHILD_DISABILITY_NOT_RECORDED'],
      { grade: grade == null ? { zh: '等级未登记', en: 'grade not recorded' } : disabilityText(grade) },
    ),
    guardianshipEvaluation(ctx, coveredBy),
    leftBehindEvaluation(ctx, asOf),
  ];
}
