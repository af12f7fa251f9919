// Guardianship risk (RULES §5.22): the instrument and its default, scoring an assessment, checking an edited
// instrument, and a child's levels over time.
export { DEFAULT_RISK_INSTRUMENT } from './default-instrument.ts';
export {
  levelForTotal,
  levelRank,
  maxTotal,
  type RiskArea,
  type RiskCutoffs,
  type RiskIndicator,
  type RiskInstrument,
  type RiskItem,
  type RiskLevelByTotal,
  type RiskOption,
  type RiskRedFlag,
} from './instrument.ts';
export { scoreAssessment, type RiskProblem, type RiskScore } from './scoring.ts';
export { checkRiskInstrument, type RiskInstrumentProblem } from './check.ts';
export {
  RISK_EFFECTS,
  droppedTwoLevels,
  riskTrend,
  type RiskDirection,
  type RiskEffect,
  type RiskTrend,
} from './trend.ts';
