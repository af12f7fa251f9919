// How a level changes over a child's assessments, and what a level sets off.
import type { RiskLevel } from '../visits.ts';
import { levelRank } from './instrument.ts';

export type RiskDirection = 'worse' | 'better' | 'same';

export interface RiskTrend {
  latest: RiskLevel | null;
  /** Latest against the assessment before it; null with fewer than two assessments. */
  direction: RiskDirection | null;
  /** Steps of the latest change: positive toward 监护缺失, negative toward 监护正常. */
  change: number;
  /** Steps since the first assessment, with the same sign. */
  sinceFirst: number;
  /** The latest change dropped two levels or more, which goes to the supervisor to confirm. */
  flagged: boolean;
}

/**
 * A drop of two levels or more at once (监护缺失 → 监护不足, say) is flagged to the supervisor: real change in a
 * household is usually gradual, and a lower level also means fewer visits, so such a drop gets a second look.
 */
export function droppedTwoLevels(previous: RiskLevel, current: RiskLevel): boolean {
  return levelRank(previous) - levelRank(current) >= 2;
}

/** Levels of a child's assessments in date order, oldest first. */
export function riskTrend(levels: readonly RiskLevel[]): RiskTrend {
  const latest = levels.at(-1);
  if (latest === undefined) return { latest: null, direction: null, change: 0, sinceFirst: 0, flagged: false };
  const previous = levels.at(-2);
  const first = levels[0] ?? latest;
  const change = previous === undefined ? 0 : levelRank(latest) - levelRank(previous);
  return {
    latest,
    direction: previous === undefined ? null : change > 0 ? 'worse' : change < 0 ? 'better' : 'same',
    change,
    sinceFirst: levelRank(latest) - levelRank(first),
    flagged: previous !== undefined && droppedTwoLevels(previous, latest),
  };
}

export interface RiskEffect {
  /** Opens a protection case (referral) for the child. */
  openProtectionReferral: boolean;
  /** Reports the child to the county civil affairs bureau. */
  notifyCounty: boolean;
}

/** What an assessed level sets off (RULES §5.22): 监护缺失 must open a protection case and be reported. */
export const RISK_EFFECTS: Readonly<Record<RiskLevel, RiskEffect>> = Object.freeze({
  absent: Object.freeze({ openProtectionReferral: true, notifyCounty: true }),
  improper: Object.freeze({ openProtectionReferral: false, notifyCounty: false }),
  insufficient: Object.freeze({ openProtectionReferral: false, notifyCounty: false }),
  normal: Object.freeze({ openProtectionReferral: false, notifyCounty: false }),
});
