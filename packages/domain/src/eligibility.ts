// The rule check of an application and the papers it needs. The check is the category evaluation
// (categories.ts) read for one category: no rule is restated here, so 主动发现, the child's file and the
// application all answer the same way for the same facts on the same date.
import type { ApplicationCategory, ApplicationKind } from './applications.ts';
import {
  CATEGORY_LABELS,
  evaluateCategories,
  type CategoryEvaluation,
  type CategoryRulesConfig,
  type ChildFacts,
} from './categories.ts';
import {
  DEFAULT_CATEGORY_RULES,
  type Bilingual,
  type ParentRole,
  type ParentSituationCode,
  type Reason,
} from './parent-situations.ts';

export type EligibilityOutcome = 'eligible' | 'not_eligible' | 'evidence_missing';

export interface EligibilityCheck {
  category: ApplicationCategory;
  asOf: string;
  outcome: EligibilityOutcome;
  reasons: Reason[];
  missing: Reason[];
  since: string | null;
  rulesVersion: string;
}

function fromEvaluation(e: CategoryEvaluation, category: ApplicationCategory, asOf: string): EligibilityCheck {
  // Facts not recorded leave the answer open: "evidence missing", not a refusal on the merits.
  const outcome: EligibilityOutcome = e.eligible
    ? 'eligible'
    : e.missing.length > 0
      ? 'evidence_missing'
      : 'not_eligible';
  return {
    category,
    asOf,
    outcome,
    reasons: e.reasons,
    missing: e.missing,
    since: e.since,
    rulesVersion: e.rulesVersion,
  };
}

/** Every application category checked against the facts as of a date. */
export function checkEligibility(
  facts: ChildFacts,
  asOf: string,
  config: CategoryRulesConfig = DEFAULT_CATEGORY_RULES,
): EligibilityCheck[] {
  return evaluateCategories(facts, asOf, config)
    .filter((e): e is CategoryEvaluation & { category: ApplicationCategory } => e.category !== 'left_behind')
    .map((e) => fromEvaluation(e, e.category, asOf));
}

export function checkCategory(
  facts: ChildFacts,
  category: ApplicationCategory,
  asOf: string,
  config: CategoryRulesConfig = DEFAULT_CATEGORY_RULES,
): EligibilityCheck {
  const found = checkEligibility(facts, asOf, config).find((c) => c.category === category);
  if (found === undefined) throw new RangeError(`No evaluation for ${category}`);
  return found;
}

// ---- Required papers -------------------------------------------------------------------------------------

/**
 * A paper is met by a document on the child's file: one attached to the parent's situation record it proves,
 * or one on the child whose title names it (the upload form offers these names as titles).
 */
export type PaperMatch = { subject: 'situation'; situation: ParentSituationCode } | { subject: 'child'; title: string };

export interface PaperRule {
  code: string;
  name: Bilingual;
  match: PaperMatch;
}

export interface PaperChecklist {
  version: string;
  /** Papers every application of a kind and category needs. */
  byCategory: Partial<Record<ApplicationCategory, readonly PaperRule[]>>;
  /** Papers for each parent situation that the rule check relies on. */
  bySituation: Partial<Record<ParentSituationCode, Bilingual>>;
  /** Papers a termination needs, beyond none. */
  terminate: readonly PaperRule[];
}

const childPaper = (code: string, zh: string, en: string): PaperRule => ({
  code,
  name: { zh, en },
  match: { subject: 'child', title: zh },
});

const HOUSEHOLD = childPaper('household_register', '户口簿', 'household register');

export const DEFAULT_PAPER_CHECKLIST: PaperChecklist = {
  version: '2026-01',
  byCategory: {
    orphan_institutional: [
      HOUSEHOLD,
      childPaper('placement_record', '福利机构安置证明', 'institution placement record'),
    ],
    orphan_scattered: [HOUSEHOLD, childPaper('upbringing_agreement', '养育协议', 'upbringing agreement')],
    de_facto_unsupported: [HOUSEHOLD],
    difficulty_economic: [HOUSEHOLD, childPaper('hardship_certificate', '低保或特困证明', 'hardship certificate')],
    difficulty_disability: [HOUSEHOLD, childPaper('disability_certificate', '残疾人证', 'disability certificate')],
    difficulty_guardianship: [HOUSEHOLD, childPaper('harm_report', '侵害情况报告', 'report of the harm')],
  },
  bySituation: {
    dead: { zh: '死亡证明', en: 'death certificate' },
    declared_dead: { zh: '宣告死亡判决书', en: 'court judgment of declared death' },
    declared_missing: { zh: '宣告失踪判决书', en: 'court judgment of declared missing' },
    severe_disability: { zh: '残疾人证（注明等级）', en: 'disability certificate with grade' },
    serious_illness: { zh: '重病诊断证明', en: 'diagnosis of the serious illness' },
    imprisoned: { zh: '判决书或服刑证明（刑期）', en: 'judgment or proof of the prison term' },
    compulsory_rehab: { zh: '强制隔离戒毒决定书', en: 'compulsory rehabilitation decision' },
    other_restriction: { zh: '限制人身自由措施决定书', en: 'decision restricting liberty' },
    lost_contact: { zh: '公安机关报警回执（失联）', en: 'police report of lost contact' },
    guardianship_revoked: { zh: '撤销监护资格判决书', en: 'judgment revoking guardianship' },
    deported: { zh: '遣送（驱逐）出境证明', en: 'proof of deportation' },
  },
  terminate: [],
};

export interface PaperOnFile {
  subjectType: 'child' | 'person' | 'situation' | 'category';
  /** For a situation document: which parent and situation it is attached to. */
  parent?: ParentRole;
  situation?: ParentSituationCode;
  title: string;
}

export interface RequiredPaper {
  code: string;
  name: Bilingual;
  parent?: ParentRole;
  met: boolean;
}

const ROLE: Record<ParentRole, Bilingual> = {
  father: { zh: '父亲', en: "father's" },
  mother: { zh: '母亲', en: "mother's" },
};

/**
 * The papers an application needs, each marked met or not. The situations come from the rule check's
 * reasons: the grounds the decision would rest on are the ones that must be proved.
 */
export function requiredPapers(
  kind: ApplicationKind,
  category: ApplicationCategory,
  check: Pick<EligibilityCheck, 'reasons'>,
  onFile: readonly PaperOnFile[],
  checklist: PaperChecklist = DEFAULT_PAPER_CHECKLIST,
): RequiredPaper[] {
  const rules = kind === 'terminate' ? checklist.terminate : (checklist.byCategory[category] ?? []);
  const out: RequiredPaper[] = rules.map((r) => ({
    code: r.code,
    name: r.name,
    met: onFile.some((d) =>
      r.match.subject === 'child'
        ? d.subjectType === 'child' && d.title.includes(r.match.title)
        : d.subjectType === 'situation' && d.situation === r.match.situation,
    ),
  }));
  if (kind === 'terminate') return out;
  const seen = new Set<string>();
  for (const reason of check.reasons) {
    const { parent, situation } = reason;
    if (parent === undefined || situation === undefined) continue;
    const name = checklist.bySituation[situation];
    const key = `${parent}:${situation}`;
    if (name === undefined || seen.has(key)) continue;
    seen.add(key);
    out.push({
      code: `${situation}_${parent}`,
      name: { zh: `${ROLE[parent].zh}${name.zh}`, en: `${ROLE[parent].en} ${name.en}` },
      parent,
      met: onFile.some((d) => d.subjectType === 'situation' && d.parent === parent && d.situation === situation),
    });
  }
  return out;
}

/** One line for a category's check, e.g. "父亲 2025-03-02 死亡，母亲 2024-11-10 死亡 → 符合孤儿（散居）". */
export function checkSummary(check: EligibilityCheck): Bilingual {
  const label = CATEGORY_LABELS[check.category];
  const grounds = check.reasons.filter((r) => r.parent !== undefined);
  const shown = (grounds.length > 0 ? grounds : check.reasons).slice(0, 3);
  const verdict: Record<EligibilityOutcome, Bilingual> = {
    eligible: { zh: `符合${label.zh}`, en: `meets ${label.en}` },
    not_eligible: { zh: `不符合${label.zh}`, en: `does not meet ${label.en}` },
    evidence_missing: { zh: `${label.zh}：缺少事实，无法判断`, en: `${label.en}: facts missing` },
  };
  return {
    zh: `${shown.map((r) => r.zh).join('，')} → ${verdict[check.outcome].zh}`,
    en: `${shown.map((r) => r.en).join('; ')} → ${verdict[check.outcome].en}`,
  };
}
