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
export { CalendarYearMissing } from './calendar.ts';
export {
  APPLICATION_ACTION_LABELS,
  APPLICATION_CATEGORIES,
  APPLICATION_KINDS,
  APPLICATION_KIND_LABELS,
  APPLICATION_STATUS_LABELS,
  DEFAULT_STEP_LIMITS,
  REJECTION_REASONS,
  REJECTION_REASON_CODES,
  STEP_DUTY,
  STEP_LABELS,
  WAITING_STEP,
  allowedActions,
  applicationState,
  grantStartDate,
  isOpen,
  refuseAction,
  stepLimit,
  terminationEndDate,
  type ActionRecord,
  type ActionRefusal,
  type ApplicationAction,
  type ApplicationCategory,
  type ApplicationDuty,
  type ApplicationKind,
  type ApplicationState,
  type ApplicationStatus,
  type ApplicationStep,
  type RejectionReason,
  type StepLimits,
} from './applications.ts';
export {
  DEFAULT_PAPER_CHECKLIST,
  checkCategory,
  checkEligibility,
  checkSummary,
  requiredPapers,
  type EligibilityCheck,
  type EligibilityOutcome,
  type PaperChecklist,
  type PaperOnFile,
  type RequiredPaper,
} from './eligibility.ts';
