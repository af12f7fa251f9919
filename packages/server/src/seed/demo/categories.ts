// Category decisions for the demo children, made as the categories module records them: the rules' evaluation of
// the recorded facts on the day of the decision, with its rules version, beside the decision reference. A decision
// comes a few weeks after the facts qualified (township, then county); facts too recent wait in 主动发现.
import {
  CATEGORY_LABELS,
  anniversary,
  evaluateCategories,
  maskIdNumber,
  type CategoryCode,
  type CategoryEvaluation,
  type CategoryRulesConfig,
  type ChildFacts,
  type ParentSituation,
} from '@hehu/domain';
import { DECISION_LAG_DAYS, NOT_YET_DECIDED_DAYS } from './proportions.ts';
import { addDays, earliest, latest, workingDay, type Rng } from './random.ts';
import type { PlannedCategory, PlannedChild, PlannedDocument } from './types.ts';

export type RulesAt = (date: string) => CategoryRulesConfig;

/** The counties' short names, as they head a decision reference (市中民发〔2025〕12号). */
export const COUNTY_SHORT: Readonly<Record<string, string>> = {
  '511102': '市中',
  '511111': '沙湾',
  '511112': '五通桥',
  '511113': '金口河',
  '511123': '犍为',
  '511124': '井研',
  '511126': '夹江',
  '511129': '沐川',
  '511132': '峨边',
  '511133': '马边',
  '511181': '峨眉山',
};

export const COUNTY_NAMES: Readonly<Record<string, string>> = {
  '511102': '市中区',
  '511111': '沙湾区',
  '511112': '五通桥区',
  '511113': '金口河区',
  '511123': '犍为县',
  '511124': '井研县',
  '511126': '夹江县',
  '511129': '沐川县',
  '511132': '峨边彝族自治县',
  '511133': '马边彝族自治县',
  '511181': '峨眉山市',
};

/** Reference numbers run on per county, kind of decision and year. */
export class DecisionNumbers {
  private readonly next = new Map<string, number>();
  reference(county: string, category: CategoryCode, date: string): string {
    const kind = category.startsWith('difficulty') ? '民困' : category === 'left_behind' ? '民留' : '民发';
    const year = date.slice(0, 4);
    const key = `${county}${kind}${year}`;
    const n = (this.next.get(key) ?? 0) + 1;
    this.next.set(key, n);
    return `${COUNTY_SHORT[county] ?? '乐山'}${kind}〔${year}〕${n}号`;
  }
}

/** The facts of a planned child on a date, built as the server builds them (categories/facts.ts). */
export function factsOn(child: PlannedChild, date: string): ChildFacts {
  const parents = child.relations
    .filter((r) => (r.kind === 'father' || r.kind === 'mother') && r.startDate <= date)
    .filter((r) => r.endDate === null || r.endDate > date)
    .map((r) => ({
      role: r.kind === 'father' ? ('father' as const) : ('mother' as const),
      name: r.person.name,
      situations: r.person.situations.map((s): ParentSituation => ({
        code: s.code,
        since: s.since,
        until: s.until,
        disabilityGrade: s.details.disabilityGrade ?? null,
        disabilityKind: s.details.disabilityKind ?? null,
        illnessCode: s.details.illnessCode ?? null,
        termMonths: s.details.termMonths ?? null,
      })),
    }));
  return {
    birthDate: child.birthDate,
    householdType: child.householdType,
    livesInInstitution: child.institutionSince !== null,
    institutionSince: child.institutionSince,
    parents,
    parentsUnknown: child.parentsUnknown,
    disability: child.healthStatus === 'disabled' ? { grade: child.disabilityGrade } : null,
    familyEconomicHardship: child.familyEconomicHardship,
    guardianshipHarm: child.guardianshipHarm,
  };
}

export function evaluationOf(
  child: PlannedChild,
  category: CategoryCode,
  date: string,
  rulesAt: RulesAt,
): CategoryEvaluation {
  const found = evaluateCategories(factsOn(child, date), date, rulesAt(date)).find((e) => e.category === category);
  if (!found) throw new Error(`no evaluation of ${category}`);
  return found;
}

/**
 * What ends the category: a parent came home or was released, or the child grew too old. The facts stop
 * qualifying on `factsUntil`; the office ends the category on `date`, the same day or a few weeks later, or has
 * not yet (null: a term ran out and the release is still to be confirmed).
 */
export interface CategoryEnd {
  factsUntil: string;
  date: string | null;
  reason: string;
}

export interface DecideInput {
  rng: Rng;
  asOf: string;
  rulesAt: RulesAt;
  numbers: DecisionNumbers;
  /** Whether to attach the decision document (generated file). */
  withDocument: boolean;
  /** The facts stop qualifying on this date (the category is then ended a few weeks later). */
  end?: CategoryEnd | undefined;
}

/**
 * Records `category` from a decision when the rules found it met early enough for the offices to have decided;
 * otherwise leaves it undecided (the child shows in 主动发现). Returns whether it was recorded.
 */
export function decide(child: PlannedChild, category: CategoryCode, input: DecideInput): boolean {
  const { rng, asOf, rulesAt } = input;
  const before = input.end ? addDays(input.end.factsUntil, -1) : asOf;
  const probe = earliest(before, asOf);
  const found = evaluationOf(child, category, probe, rulesAt);
  if (!found.eligible) return false;
  // A flag without a date (economic hardship, the child's disability) dates from the file.
  const met = latest(found.since ?? child.createdOn, child.birthDate);
  const decidedOn = workingDay(addDays(met, rng.int(DECISION_LAG_DAYS.min, DECISION_LAG_DAYS.max)));
  const deadline = earliest(addDays(asOf, -NOT_YET_DECIDED_DAYS), before);
  if (decidedOn > deadline) return false;
  const evaluation = evaluationOf(child, category, decidedOn, rulesAt);
  if (!evaluation.eligible) throw new Error(`demo decision of ${category} on ${decidedOn} is not met by its facts`);
  const county = child.divisionCode.slice(0, 6);
  const decisionRef = input.numbers.reference(county, category, decidedOn);
  const startDate = found.since ?? decidedOn;
  const endOn = input.end?.date ?? null;
  const endDate = endOn !== null && endOn <= asOf ? latest(endOn, startDate) : null;
  const row: PlannedCategory = {
    category,
    startDate,
    endDate,
    endReason: endDate !== null ? (input.end?.reason ?? null) : null,
    decisionRef,
    decidedOn,
    evaluation,
    documents: input.withDocument
      ? [decisionDocument(child, category, decisionRef, startDate, decidedOn, evaluation)]
      : [],
  };
  child.categories.push(row);
  return true;
}

/** Left-behind ends on the 16th birthday (the rules' age limit); the category is closed on that day. */
export function leftBehindAgeEnd(child: PlannedChild, rules: CategoryRulesConfig): CategoryEnd {
  const date = anniversary(child.birthDate, rules.leftBehindMaxAge);
  return {
    factsUntil: date,
    date,
    reason: `年满${rules.leftBehindMaxAge}周岁，不再属于农村留守儿童`,
  };
}

function decisionDocument(
  child: PlannedChild,
  category: CategoryCode,
  decisionRef: string,
  startDate: string,
  decidedOn: string,
  evaluation: CategoryEvaluation,
): PlannedDocument {
  return {
    kind: 'decision',
    title: category === 'left_behind' ? '农村留守儿童信息登记审核表' : '儿童保障类别认定决定书',
    uploadedOn: decidedOn,
    lines: [
      `${COUNTY_NAMES[child.divisionCode.slice(0, 6)] ?? '乐山市'}民政局`,
      category === 'left_behind' ? '农村留守儿童信息登记审核表' : '儿童保障类别认定决定书',
      decisionRef,
      `儿童：${child.name}（${child.idNumber ? maskIdNumber(child.idNumber) : '身份证号待登记'}）`,
      `认定类别：${CATEGORY_LABELS[category].zh}`,
      `起始日期：${startDate}    决定日期：${decidedOn}`,
      ...evaluation.reasons.map((r) => `依据：${r.zh}`),
      `规则版本：${evaluation.rulesVersion}`,
    ],
  };
}
