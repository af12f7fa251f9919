// Guardianship risk assessment (RULES §5.22). No national instrument exists, so the instrument is versioned
// data the city may edit: first-level indicators (modelled on Hubei's provincial standard: child development,
// guardian capacity, guardianship support), the plan's six assessment areas under them, items with scored
// options (higher = more risk), and cut-offs from the total to the four levels of visits.ts. A few answers are
// red flags that set a level whatever the total, because a child nobody looks after is 监护缺失 even when
// everything else about the home is fine. Every result records the instrument version it was scored under.
import type { Bilingual } from '../parent-situations.ts';
import { RISK_LEVELS, type RiskLevel } from '../visits.ts';

export interface RiskOption {
  value: string;
  label: Bilingual;
  /** Non-negative whole number; higher means more risk. */
  score: number;
}

export interface RiskItem {
  code: string;
  label: Bilingual;
  options: readonly RiskOption[];
}

export interface RiskArea {
  code: string;
  label: Bilingual;
  items: readonly RiskItem[];
}

export interface RiskIndicator {
  code: string;
  label: Bilingual;
  areas: readonly RiskArea[];
}

/** A level the instrument assigns by total; 监护正常 is everything below the lowest cut-off. */
export type RiskLevelByTotal = Exclude<RiskLevel, 'normal'>;

/** Answers that raise the result to at least `level`, whatever the total. */
export interface RiskRedFlag {
  item: string;
  values: readonly string[];
  level: RiskLevelByTotal;
}

export interface RiskCutoffs {
  /** The lowest total of each level: 监护不足 < 监护失当 < 监护缺失. */
  minTotal: Record<RiskLevelByTotal, number>;
  redFlags: readonly RiskRedFlag[];
}

export interface RiskInstrument {
  version: string;
  effectiveFrom: string;
  /** The standard or decision the instrument follows. */
  source: string;
  indicators: readonly RiskIndicator[];
  cutoffs: RiskCutoffs;
}

/** 0 for 监护正常 up to 3 for 监护缺失: higher is more serious, as scores are. */
export function levelRank(level: RiskLevel): number {
  return RISK_LEVELS.length - 1 - RISK_LEVELS.indexOf(level);
}

/** The level a total alone gives. */
export function levelForTotal(cutoffs: RiskCutoffs, total: number): RiskLevel {
  const { minTotal } = cutoffs;
  if (total >= minTotal.absent) return 'absent';
  if (total >= minTotal.improper) return 'improper';
  if (total >= minTotal.insufficient) return 'insufficient';
  return 'normal';
}

export interface NumberedItem {
  n: number;
  item: RiskItem;
  area: string;
  indicator: string;
}

/** Every item with its number (1, 2, … through all indicators and areas, as the assessment form counts). */
export function numberedItems(instrument: RiskInstrument): NumberedItem[] {
  const out: NumberedItem[] = [];
  for (const indicator of instrument.indicators)
    for (const area of indicator.areas)
      for (const item of area.items) out.push({ n: out.length + 1, item, area: area.code, indicator: indicator.code });
  return out;
}

/** The highest total the instrument can give. */
export function maxTotal(instrument: RiskInstrument): number {
  return numberedItems(instrument).reduce((sum, { item }) => sum + Math.max(0, ...item.options.map((x) => x.score)), 0);
}
