// Scoring one assessment: a complete answer sheet gives a total, the level the cut-offs give it, raised by red flags.
import type { RiskLevel } from '../visits.ts';
import { levelForTotal, levelRank, numberedItems, type RiskInstrument } from './instrument.ts';

function moreSerious(a: RiskLevel, b: RiskLevel): RiskLevel {
  return levelRank(a) >= levelRank(b) ? a : b;
}

export interface RiskProblem {
  item: string;
  zh: string;
  en: string;
}

export type RiskScore =
  | {
      ok: true;
      total: number;
      byArea: Record<string, number>;
      byIndicator: Record<string, number>;
      level: RiskLevel;
      /** The level the total alone gives, before red flags. */
      levelByTotal: RiskLevel;
      /** Items whose answer is a red flag, in instrument order. */
      redFlags: string[];
      /** The instrument version the score was computed under. */
      version: string;
    }
  | { ok: false; problems: RiskProblem[] };

/**
 * Scores a complete set of answers (item code → option value). Nothing is scored from a partial answer sheet:
 * a missing answer would read as no risk.
 */
export function scoreAssessment(instrument: RiskInstrument, answers: Readonly<Record<string, string>>): RiskScore {
  const items = numberedItems(instrument);
  const problems: RiskProblem[] = [];
  const byArea: Record<string, number> = {};
  const byIndicator: Record<string, number> = {};
  const chosen = new Map<string, string>();
  let total = 0;
  for (const { n, item, area, indicator } of items) {
    byArea[area] ??= 0;
    byIndicator[indicator] ??= 0;
    const value = Object.hasOwn(answers, item.code) ? answers[item.code] : undefined;
    if (value === undefined || value === '') {
      problems.push({
        item: item.code,
        zh: `第 ${n} 项「${item.label.zh}」未作答`,
        en: `Item ${n} “${item.label.en}” is not answered`,
      });
      continue;
    }
    const option = item.options.find((x) => x.value === value);
    if (option === undefined) {
      problems.push({
        item: item.code,
        zh: `第 ${n} 项「${item.label.zh}」的答案「${value}」不是该项的选项`,
        en: `Item ${n} “${item.label.en}”: “${value}” is not one of its options`,
      });
      continue;
    }
    chosen.set(item.code, value);
    total += option.score;
    byArea[area] += option.score;
    byIndicator[indicator] += option.score;
  }
  // Answers to items this version does not have mean the sheet was filled for another version.
  const known = new Set(items.map((x) => x.item.code));
  for (const code of Object.keys(answers))
    if (!known.has(code))
      problems.push({
        item: code,
        zh: `「${code}」不是评估工具 ${instrument.version} 的题目`,
        en: `“${code}” is not an item of instrument ${instrument.version}`,
      });
  if (problems.length > 0) return { ok: false, problems };

  const levelByTotal = levelForTotal(instrument.cutoffs, total);
  let level = levelByTotal;
  const flagged = new Set<string>();
  for (const flag of instrument.cutoffs.redFlags) {
    const value = chosen.get(flag.item);
    if (value === undefined || !flag.values.includes(value)) continue;
    flagged.add(flag.item);
    level = moreSerious(level, flag.level);
  }
  const redFlags = items.map((x) => x.item.code).filter((code) => flagged.has(code));
  return { ok: true, total, byArea, byIndicator, level, levelByTotal, redFlags, version: instrument.version };
}
