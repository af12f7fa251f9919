// Security events: ID-number checks without an oracle (per-user daily limit, audited "elsewhere" answers)
// and the security administrator's alerts. Other modules import from here.
export {
  ELSEWHERE_MESSAGE,
  IdCheckRefusal,
  elsewhereError,
  locateIdNumbers,
  recordIdCheck,
  requireIdChecksLeft,
  withIdChecks,
  type ElsewhereAnswer,
  type IdCheckContext,
} from './id-checks.ts';
