export type { Locale, RuleViolation } from './messages.ts';
export {
  idNumberCheckChar,
  parseIdNumber,
  maskIdNumber,
  makeIdNumber,
  maskPhone,
  maskName,
  type IdNumberErrorCode,
  type ParsedIdNumber,
} from './ids.ts';
export { parseUscc } from './uscc.ts';
export { WorkCalendar, type CalendarData, type CalendarYear } from './calendar.ts';
export {
  divisionLevel,
  parentDivisionCode,
  isWithinDivision,
  isValidDivisionCode,
  type DivisionLevel,
} from './divisions.ts';
export { checkPassword, type PasswordPolicy } from './password.ts';
export { COMMON_PASSWORD_WORDS, isCommonPassword } from './common-passwords.ts';
export {
  COMMON_SURNAMES,
  GIVEN_NAME_CHARS_MALE,
  GIVEN_NAME_CHARS_FEMALE,
  GIVEN_NAME_CHARS_NEUTRAL,
  makeRng,
  demoName,
} from './demo-names.ts';
export {
  CATEGORY_CODES,
  CATEGORY_LABELS,
  DEFAULT_CATEGORY_RULES,
  PARENT_SITUATION_LABELS,
  SERIOUS_ILLNESS_DEFAULTS,
  addMonths,
  ageOn,
  anniversary,
  categoriesThatMayNotStack,
  evaluateCategories,
  isRestriction,
  qualifyingDate,
  qualifyingSituation,
  releaseToConfirm,
  severeDisabilityText,
  situationEnd,
  type CategoryCode,
  type CategoryEvaluation,
  type CategoryRulesConfig,
  type ChildFacts,
  type DisabilityKind,
  type ParentFacts,
  type ParentRole,
  type ParentSituation,
  type ParentSituationCode,
  type Reason,
  type SeriousIllness,
} from './categories.ts';
export { illnessName, isListedIllness, rulesInForce } from './category-rules.ts';
export { SCHOOLING_STAGES, type SchoolingStage } from './child-record.ts';
export { SERVICE_TIME_ZONE, serviceDate } from './service-date.ts';
export {
  DEFAULT_VISIT_RULES,
  RISK_LEVELS,
  RISK_LEVEL_LABELS,
  addInterval,
  checkVisitRules,
  nextVisitDue,
  visitPlanFor,
  visitStanding,
  type RiskLevel,
  type VisitFrequencyRule,
  type VisitFrequencyRules,
  type VisitInterval,
  type VisitPlan,
  type VisitStanding,
  type VisitSubject,
} from './visits.ts';
