// The risk instrument in words: its items numbered as the assessment form numbers them, the cut-offs as the
// totals of each level ("总分 6–13 分：监护不足") and a red flag as the answer that sets a level.
import {
  RISK_LEVEL_LABELS,
  type RiskCutoffs,
  type RiskInstrument,
  type RiskItem,
  type RiskLevel,
  type RiskRedFlag,
} from '@hehu/domain';
import type { Answer } from '../../api/types';

/** An instrument as the server sends it (the domain's shape, so the domain's default reads the same). */
export type Instrument = RiskInstrument;
export type InstrumentVersion = Answer<'getRiskInstrumentVersions'>['versions'][number];
export type Lang = 'zh' | 'en';
export type MinTotal = RiskCutoffs['minTotal'];

/** Cut-off levels from the least serious up. */
export const CUTOFF_LEVELS = ['insufficient', 'improper', 'absent'] as const satisfies readonly RiskLevel[];

/** Every item with its number (1, 2, … through all indicators and areas, as the assessment form counts). */
export function numberedItems(instrument: Instrument): { n: number; item: RiskItem }[] {
  return instrument.indicators
    .flatMap((i) => i.areas.flatMap((a) => a.items))
    .map((item, index) => ({ n: index + 1, item }));
}

/** The scores of every option by item code and option value: the publish form's starting values. */
export function scoresOf(instrument: Instrument): Record<string, Record<string, number>> {
  return Object.fromEntries(
    numberedItems(instrument).map(({ item }) => [
      item.code,
      Object.fromEntries(item.options.map((o) => [o.value, o.score])),
    ]),
  );
}

/** Each level's range of totals, the least serious first, 监护正常 below the lowest cut-off. */
export function cutoffLines(minTotal: MinTotal, lang: Lang): string[] {
  const label = (level: RiskLevel) => RISK_LEVEL_LABELS[level][lang];
  const range = (from: number, to: number) =>
    lang === 'zh' ? `总分 ${String(from)}–${String(to)} 分` : `total ${String(from)}–${String(to)}`;
  return [
    lang === 'zh'
      ? `总分低于 ${String(minTotal.insufficient)} 分：${label('normal')}`
      : `Total below ${String(minTotal.insufficient)}: ${label('normal')}`,
    `${range(minTotal.insufficient, minTotal.improper - 1)}${lang === 'zh' ? '：' : ': '}${label('insufficient')}`,
    `${range(minTotal.improper, minTotal.absent - 1)}${lang === 'zh' ? '：' : ': '}${label('improper')}`,
    lang === 'zh'
      ? `总分 ${String(minTotal.absent)} 分及以上：${label('absent')}`
      : `Total ${String(minTotal.absent)} or more: ${label('absent')}`,
  ];
}

/** A red flag as a sentence: the item, the answers that set the level, and the level at least. */
export function redFlagLine(instrument: Instrument, flag: RiskRedFlag, lang: Lang): string {
  const found = numberedItems(instrument).find(({ item }) => item.code === flag.item);
  const level = RISK_LEVEL_LABELS[flag.level][lang];
  if (!found) return lang === 'zh' ? `「${flag.item}」：至少${level}` : `"${flag.item}": at least ${level}`;
  const answers = flag.values
    .map((v) => found.item.options.find((o) => o.value === v)?.label[lang] ?? v)
    .join(lang === 'zh' ? '或' : ' or ');
  return lang === 'zh'
    ? `第 ${String(found.n)} 项「${found.item.label.zh}」答「${answers}」：无论总分，至少为${level}`
    : `Item ${String(found.n)} "${found.item.label.en}" answered "${answers}": at least ${level}, whatever the total`;
}

/** A red flag as the publish form edits it: one item, the answers that set it off, the level at least. */
export interface RedFlagRow {
  item: string;
  values: string[];
  level: RiskRedFlag['level'];
}

/** The red flags of a version as the form's starting rows (copies, so editing a row leaves the version alone). */
export function redFlagRows(instrument: Instrument): RedFlagRow[] {
  return instrument.cutoffs.redFlags.map((flag) => ({ item: flag.item, values: [...flag.values], level: flag.level }));
}

/** The items a red flag may name, numbered as the assessment form numbers them. */
export function itemChoices(instrument: Instrument, lang: Lang): { value: string; label: string }[] {
  return numberedItems(instrument).map(({ n, item }) => ({
    value: item.code,
    label: `${String(n)}. ${item.label[lang]}`,
  }));
}

/** The answers of one item a red flag may be set off by, with their scores; none for an item it does not have. */
export function answerChoices(
  instrument: Instrument,
  itemCode: string | undefined,
  lang: Lang,
): { value: string; label: string }[] {
  const found = numberedItems(instrument).find(({ item }) => item.code === itemCode);
  if (!found) return [];
  const points = (score: number) => (lang === 'zh' ? `（${String(score)} 分）` : ` (${String(score)} pt)`);
  return found.item.options.map((o) => ({ value: o.value, label: `${o.label[lang]}${points(o.score)}` }));
}
