// The rule check of an application (the papers it needs are in papers.ts). The check is the category evaluation
// (categories.ts) read for one category: no rule is restated here, so 主动发现, the child's file and the
// application all answer the same way for the same facts on the same date.
import type { ApplicationCategory } from './applications.ts';
import {
  CATEGORY_LABELS,
  evaluateCategories,
  type CategoryEvaluation,
  type CategoryRulesConfig,
  type ChildFacts,
} from './categories.ts';
import { DEFAULT_CATEGORY_RULES, type Bilingual, type Reason } from './parent-situations.ts';

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
