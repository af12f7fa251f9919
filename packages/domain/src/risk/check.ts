// The city's edit of an instrument, checked before it is published and whenever a stored version is read back.
// Each problem names its field as the city edits the instrument: an option's score as scores.<item>.<option>, a
// cut-off as minTotal.<level>, a red flag as redFlags.<n>.<item|values|level>; what the city does not edit (codes,
// wording, options) by its place in the instrument (indicators.0.areas.1.items.2.code).
import { RISK_LEVEL_LABELS } from '../visits.ts';
import { maxTotal, numberedItems, type RiskInstrument, type RiskLevelByTotal } from './instrument.ts';

/** A problem of an instrument, with the field it is about for the form to show it on. */
export interface RiskInstrumentProblem {
  field: string;
  zh: string;
  en: string;
}

const isScore = (n: number) => Number.isInteger(n) && n >= 0;
const CUTOFF_ORDER: readonly RiskLevelByTotal[] = ['insufficient', 'improper', 'absent'];

/** Every problem of an instrument as the city edits it; empty when it may be used. */
export function checkRiskInstrument(instrument: RiskInstrument): RiskInstrumentProblem[] {
  const problems: RiskInstrumentProblem[] = [];
  const problem = (field: string, zh: string, en: string) => problems.push({ field, zh, en });
  if (instrument.version.trim() === '') problem('version', '须填写版本号', 'A version name is required');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(instrument.effectiveFrom))
    problem('effectiveFrom', '生效日期格式应为 YYYY-MM-DD', 'The effective date must be YYYY-MM-DD');
  if (instrument.source.trim() === '') problem('source', '须注明依据', 'The source must be named');
  if (instrument.indicators.length === 0)
    problem('indicators', '至少须有一个一级指标', 'At least one indicator is required');

  checkStructure(instrument, problem);
  checkCutoffs(instrument, problem);
  checkRedFlags(instrument, problem);
  return problems;
}

type Report = (field: string, zh: string, en: string) => void;

/** Codes unique at each level, no empty indicator or area, every item worded with two options or more. */
function checkStructure(instrument: RiskInstrument, problem: Report): void {
  const seen = { indicator: new Set<string>(), area: new Set<string>(), item: new Set<string>() };
  const what = {
    indicator: { zh: '一级指标', en: 'indicator' },
    area: { zh: '评估领域', en: 'area' },
    item: { zh: '题目', en: 'item' },
  };
  const once = (kind: keyof typeof seen, code: string, field: string) => {
    if (code.trim() === '') problem(field, `${what[kind].zh}代码不能为空`, `An ${what[kind].en} code is empty`);
    else if (seen[kind].has(code))
      problem(field, `${what[kind].zh}代码「${code}」重复`, `The ${what[kind].en} code "${code}" is repeated`);
    seen[kind].add(code);
  };
  let n = 0;
  instrument.indicators.forEach((indicator, i) => {
    const atIndicator = `indicators.${String(i)}`;
    once('indicator', indicator.code, `${atIndicator}.code`);
    if (indicator.areas.length === 0)
      problem(
        `${atIndicator}.areas`,
        `一级指标「${indicator.label.zh}」下没有评估领域`,
        `Indicator "${indicator.label.en}" has no area`,
      );
    indicator.areas.forEach((area, j) => {
      const atArea = `${atIndicator}.areas.${String(j)}`;
      once('area', area.code, `${atArea}.code`);
      if (area.items.length === 0)
        problem(`${atArea}.items`, `评估领域「${area.label.zh}」下没有题目`, `Area "${area.label.en}" has no item`);
      area.items.forEach((item, k) => {
        n += 1;
        const atItem = `${atArea}.items.${String(k)}`;
        once('item', item.code, `${atItem}.code`);
        const name = { zh: `第 ${String(n)} 项「${item.label.zh}」`, en: `Item ${String(n)} "${item.label.en}"` };
        if (item.label.zh.trim() === '')
          problem(`${atItem}.label.zh`, `第 ${String(n)} 项缺少题目文字`, `Item ${String(n)} has no wording`);
        if (item.options.length < 2)
          problem(`${atItem}.options`, `${name.zh}至少须有 2 个选项`, `${name.en} needs at least 2 options`);
        const values = new Set<string>();
        item.options.forEach((option, m) => {
          if (values.has(option.value))
            problem(
              `${atItem}.options.${String(m)}.value`,
              `${name.zh}的选项「${option.value}」重复`,
              `${name.en}: option "${option.value}" is repeated`,
            );
          values.add(option.value);
          if (!isScore(option.score))
            problem(
              `scores.${item.code}.${option.value}`,
              `${name.zh}的选项「${option.label.zh}」分值须为非负整数`,
              `${name.en}: the score of "${option.label.en}" must be a whole number, 0 or more`,
            );
        });
      });
    });
  });
}

/** Each cut-off a positive whole number, rising from 监护不足 to 监护缺失, none above the highest total. */
function checkCutoffs(instrument: RiskInstrument, problem: Report): void {
  const { minTotal } = instrument.cutoffs;
  for (const level of CUTOFF_ORDER)
    if (!Number.isInteger(minTotal[level]) || minTotal[level] < 1)
      problem(
        `minTotal.${level}`,
        `${RISK_LEVEL_LABELS[level].zh}的最低总分须为正整数`,
        `The lowest total of ${RISK_LEVEL_LABELS[level].en} must be a positive whole number`,
      );
  // The cut-off named is the first that is not above the one below it.
  const outOfOrder = minTotal.insufficient >= minTotal.improper ? 'improper' : 'absent';
  if (!(minTotal.insufficient < minTotal.improper && minTotal.improper < minTotal.absent))
    problem(
      `minTotal.${outOfOrder}`,
      '最低总分须依次递增：监护不足 < 监护失当 < 监护缺失',
      'The lowest totals must rise: insufficient < improper < absent',
    );
  // A cut-off above the highest possible total would leave its level reachable only by red flags.
  const max = maxTotal(instrument);
  for (const level of CUTOFF_ORDER)
    if (minTotal[level] > max)
      problem(
        `minTotal.${level}`,
        `${RISK_LEVEL_LABELS[level].zh}的最低总分 ${String(minTotal[level])} 超过可能的最高总分 ${String(max)}`,
        `The lowest total of ${RISK_LEVEL_LABELS[level].en}, ${String(minTotal[level])}, is above the highest possible total ${String(max)}`,
      );
}

/** A red flag names an item of the instrument, some of its options, and a level above 监护正常; an answer is under one red flag at most. */
function checkRedFlags(instrument: RiskInstrument, problem: Report): void {
  const items = numberedItems(instrument);
  const flaggedBy = new Map<string, number>();
  instrument.cutoffs.redFlags.forEach((flag, i) => {
    const at = `redFlags.${String(i)}`;
    const where = { zh: `第 ${String(i + 1)} 条红线`, en: `Red flag ${String(i + 1)}` };
    const found = items.find((x) => x.item.code === flag.item);
    if (found === undefined)
      problem(`${at}.item`, `${where.zh}：题目「${flag.item}」不存在`, `${where.en}: there is no item "${flag.item}"`);
    else
      for (const value of flag.values) {
        const option = found.item.options.find((x) => x.value === value);
        if (option === undefined) {
          problem(
            `${at}.values`,
            `${where.zh}：「${value}」不是第 ${String(found.n)} 项「${found.item.label.zh}」的选项`,
            `${where.en}: "${value}" is not an option of item ${String(found.n)} "${found.item.label.en}"`,
          );
          continue;
        }
        // The same answer under two red flags would leave its level to the order they are listed in.
        const key = `${flag.item}\u0000${value}`;
        const earlier = flaggedBy.get(key);
        if (earlier === undefined) flaggedBy.set(key, i);
        else
          problem(
            `${at}.values`,
            `${where.zh}：第 ${String(found.n)} 项答「${option.label.zh}」已在第 ${String(earlier + 1)} 条红线中`,
            `${where.en}: item ${String(found.n)} answered "${option.label.en}" is already in red flag ${String(earlier + 1)}`,
          );
      }
    if (flag.values.length === 0)
      problem(`${at}.values`, `${where.zh}：须指明触发的答案`, `${where.en}: name the answers that set it off`);
    if (!CUTOFF_ORDER.includes(flag.level))
      problem(
        `${at}.level`,
        `${where.zh}：须指定监护缺失、监护失当或监护不足`,
        `${where.en}: choose absent, improper or insufficient`,
      );
  });
}
