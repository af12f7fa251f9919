// Guardianship risk assessment (RULES §5.22). No national instrument exists, so the instrument is versioned
// data the city may edit: first-level indicators (modelled on Hubei's provincial standard: child development,
// guardian capacity, guardianship support), the plan's six assessment areas under them, items with scored
// options (higher = more risk), and cut-offs from the total to the four levels of visits.ts. A few answers are
// red flags that set a level whatever the total, because a child nobody looks after is 监护缺失 even when
// everything else about the home is fine. Every result records the instrument version it was scored under.
import type { Bilingual } from './parent-situations.ts';
import { RISK_LEVELS, RISK_LEVEL_LABELS, type RiskLevel } from './visits.ts';

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

const o = (value: string, zh: string, en: string, score: number): RiskOption => ({ value, label: { zh, en }, score });

/**
 * The default instrument: Hubei's three first-level indicators with the plan's six areas under them (监护 and
 * 安全 are what the guardian does, 生活 is what the household has to support the child, 教育/医疗/康复 are how
 * the child is developing). Items, scores and cut-offs are a local default the city may replace by a new version.
 */
export const DEFAULT_RISK_INSTRUMENT: RiskInstrument = {
  version: 'risk-2026.1',
  effectiveFrom: '2026-01-01',
  source:
    'RULES §5.22 默认评估工具（参照湖北省困境儿童监护风险评估的三个一级指标；题目、分值与分界为本地默认，可配置）',
  indicators: [
    {
      code: 'child_development',
      label: { zh: '儿童发展', en: 'Child development' },
      areas: [
        {
          code: 'education',
          label: { zh: '教育', en: 'Education' },
          items: [
            {
              code: 'schooling',
              label: { zh: '是否按规定入学、在学', en: 'Enrolled and attending school as required' },
              options: [
                o('attending', '正常在学或未到入学年龄', 'Attending, or not yet of school age', 0),
                o('irregular', '经常缺课、逃学', 'Often absent or truant', 1),
                o('out_of_school', '辍学或失学', 'Dropped out or never enrolled', 3),
              ],
            },
            {
              code: 'study_support',
              label: { zh: '学习是否有人照看（作业辅导、家校联系）', en: 'Someone follows the schoolwork' },
              options: [
                o('regular', '有人经常照看', 'Regularly', 0),
                o('occasional', '偶尔有人照看', 'Occasionally', 1),
                o('none', '无人照看', 'Nobody', 2),
              ],
            },
          ],
        },
        {
          code: 'medical',
          label: { zh: '医疗', en: 'Health care' },
          items: [
            {
              code: 'illness',
              label: { zh: '患病是否及时就医', en: 'Illness treated in time' },
              options: [
                o('healthy', '身体健康', 'Healthy', 0),
                o('treated', '患病，正在规范治疗', 'Ill and being treated', 1),
                o('untreated', '患病未就医或中断治疗', 'Ill and not treated, or treatment stopped', 3),
              ],
            },
            {
              code: 'health_insurance',
              label: { zh: '是否参加城乡居民基本医疗保险', en: 'Covered by basic medical insurance' },
              options: [o('insured', '已参保', 'Insured', 0), o('uninsured', '未参保', 'Not insured', 2)],
            },
            {
              code: 'vaccination',
              label: { zh: '是否按规定接种疫苗、参加健康体检', en: 'Vaccinations and health checks as scheduled' },
              options: [
                o('complete', '按规定完成', 'Complete', 0),
                o('partial', '部分未完成', 'Partly missed', 1),
                o('none', '基本未接种或体检', 'Mostly missed', 2),
              ],
            },
            {
              code: 'mental_health',
              label: { zh: '心理与行为状况', en: 'Mental health and behaviour' },
              options: [
                o('well', '情绪、行为正常', 'Well', 0),
                o('mild', '孤僻、情绪低落或沉迷网络', 'Withdrawn, low or absorbed in games', 1),
                o('serious', '有自伤倾向、离家出走或违法行为', 'Self-harm, running away or offending', 3),
              ],
            },
          ],
        },
        {
          code: 'rehabilitation',
          label: { zh: '康复', en: 'Rehabilitation' },
          items: [
            {
              code: 'rehab_received',
              label: { zh: '残疾儿童是否接受康复', en: 'A disabled child receives rehabilitation' },
              options: [
                o('not_needed', '非残疾儿童或无需康复', 'Not disabled, or none needed', 0),
                o('receiving', '正在接受康复', 'Receiving it', 0),
                o('irregular', '康复训练不规律', 'Irregularly', 2),
                o('none', '需要康复但未接受', 'Needed but not received', 3),
              ],
            },
            {
              code: 'assistive_devices',
              label: { zh: '是否配有必要的辅具和专门照料', en: 'Has the assistive devices and special care needed' },
              options: [
                o('not_needed', '无需辅具或专门照料', 'None needed', 0),
                o('provided', '已配备', 'Provided', 0),
                o('lacking', '需要但未配备', 'Needed but lacking', 2),
              ],
            },
          ],
        },
      ],
    },
    {
      code: 'guardian_capacity',
      label: { zh: '监护能力', en: 'Guardian capacity' },
      areas: [
        {
          code: 'guardianship',
          label: { zh: '监护', en: 'Guardianship' },
          items: [
            {
              code: 'guardian_performs',
              label: { zh: '监护人是否实际履行监护职责', en: 'The guardian actually looks after the child' },
              options: [
                o('performs', '实际履行', 'Yes', 0),
                o('partly', '部分履行（长期外出或能力受限）', 'Partly (long away, or limited ability)', 2),
                o('nobody', '无人实际履行监护，儿童无人照料', 'Nobody looks after the child', 4),
              ],
            },
            {
              code: 'entrusted_carer',
              label: { zh: '父母外出时是否有委托照护人', en: 'An entrusted carer while the parents are away' },
              options: [
                o('not_away', '父母未外出', 'Parents not away', 0),
                o('signed', '有委托照护人，已签订书面协议', 'Named, written agreement signed', 0),
                o('unsigned', '有委托照护人，未签订书面协议', 'Named, no written agreement', 1),
                o('none', '无委托照护人', 'None', 3),
              ],
            },
            {
              code: 'carer_health',
              label: { zh: '监护人或照护人的身体与精神状况', en: "The guardian's or carer's health" },
              options: [
                o('good', '良好', 'Good', 0),
                o('limited', '年老体弱或患慢性病，照料能力有限', 'Old, frail or chronically ill; limited', 1),
                o('incapable', '重病、重残或精神障碍，基本无照料能力', 'Seriously ill or disabled; cannot care', 3),
              ],
            },
            {
              code: 'parenting',
              label: { zh: '监护人的教养方式', en: "The guardian's parenting" },
              options: [
                o('appropriate', '关心、沟通良好', 'Caring, talks with the child', 0),
                o('neglectful', '疏于管教、很少沟通', 'Neglectful, rarely talks', 1),
                o('harsh', '经常打骂、恐吓', 'Often hits, scolds or threatens', 3),
              ],
            },
            {
              code: 'guardian_conduct',
              label: { zh: '监护人是否有不良行为', en: 'The guardian behaves badly' },
              options: [
                o('none', '无', 'No', 0),
                o('vices', '酗酒、赌博等不良嗜好', 'Heavy drinking or gambling', 2),
                o('serious', '吸毒、违法犯罪或教唆儿童违法', 'Drugs, crime, or leads the child into crime', 4),
              ],
            },
          ],
        },
        {
          code: 'safety',
          label: { zh: '安全', en: 'Safety' },
          items: [
            {
              code: 'violence',
              label: { zh: '是否存在家庭暴力、虐待', en: 'Domestic violence or abuse' },
              options: [
                o('none', '未发现', 'None found', 0),
                o('suspected', '有疑似迹象', 'Signs suspected', 3),
                o('observed', '发现家庭暴力或虐待', 'Violence or abuse found', 5),
              ],
            },
            {
              code: 'living_alone',
              label: { zh: '儿童是否独居或长期无人看护', en: 'The child lives alone or is long left unattended' },
              options: [
                o('no', '否', 'No', 0),
                o('sometimes', '偶尔独自在家', 'Sometimes home alone', 1),
                o('yes', '独居或长期无人看护', 'Lives alone or long unattended', 4),
              ],
            },
            {
              code: 'exploitation',
              label: { zh: '是否被迫辍学务工、乞讨或早婚', en: 'Forced into work, begging or early marriage' },
              options: [
                o('none', '否', 'No', 0),
                o('at_risk', '存在风险', 'At risk', 2),
                o('occurring', '已经发生', 'Happening', 5),
              ],
            },
            {
              code: 'home_hazards',
              label: {
                zh: '居住环境安全隐患（临水、用电、用火、交通）',
                en: 'Hazards at home (water, power, fire, traffic)',
              },
              options: [
                o('none', '无明显隐患', 'None', 0),
                o('some', '存在一般隐患', 'Some', 1),
                o('serious', '存在严重隐患', 'Serious', 2),
              ],
            },
          ],
        },
      ],
    },
    {
      code: 'guardianship_support',
      label: { zh: '监护支持', en: 'Guardianship support' },
      areas: [
        {
          code: 'living',
          label: { zh: '生活', en: 'Daily living' },
          items: [
            {
              code: 'meals',
              label: { zh: '是否按时进食、吃饱', en: 'Eats enough, at regular times' },
              options: [
                o('regular', '按时进食', 'Yes', 0),
                o('irregular', '时常不按时进食', 'Often irregular', 1),
                o('hungry', '经常挨饿', 'Often hungry', 3),
              ],
            },
            {
              code: 'clothing',
              label: { zh: '衣着与个人卫生', en: 'Clothing and hygiene' },
              options: [
                o('adequate', '整洁、保暖', 'Clean and warm', 0),
                o('poor', '较差', 'Poor', 1),
                o('very_poor', '衣不蔽体或严重不洁', 'Inadequate or very dirty', 2),
              ],
            },
            {
              code: 'housing',
              label: { zh: '住房是否安全', en: 'Safe housing' },
              options: [
                o('safe', '安全', 'Safe', 0),
                o('minor', '存在一般隐患', 'Some defects', 1),
                o('unsafe', '危房或无固定住所', 'Unsafe, or no fixed home', 3),
              ],
            },
            {
              code: 'household_income',
              label: { zh: '家庭经济与救助保障', en: 'Household income and assistance' },
              options: [
                o('stable', '收入稳定', 'Stable income', 0),
                o('assisted', '困难，已纳入低保、特困等救助', 'Hard up, receiving assistance', 1),
                o('unassisted', '困难，未获救助', 'Hard up, no assistance', 3),
              ],
            },
            {
              code: 'social_support',
              label: {
                zh: '亲属、村（居）委会、儿童主任的关心帮扶',
                en: 'Support from relatives, village and child director',
              },
              options: [
                o('regular', '经常', 'Regular', 0),
                o('occasional', '偶尔', 'Occasional', 1),
                o('none', '无', 'None', 2),
              ],
            },
          ],
        },
      ],
    },
  ],
  cutoffs: {
    minTotal: { insufficient: 6, improper: 14, absent: 24 },
    redFlags: [
      // Nobody looks after the child: that is what 监护缺失 means, whatever else the home has.
      { item: 'guardian_performs', values: ['nobody'], level: 'absent' },
      // Harm by the guardian is improper guardianship even in an otherwise comfortable home.
      { item: 'violence', values: ['observed'], level: 'improper' },
      { item: 'exploitation', values: ['occurring'], level: 'improper' },
      { item: 'guardian_conduct', values: ['serious'], level: 'improper' },
      // A child living alone is against the law (未成年人保护法 Art. 21) and at least 监护失当.
      { item: 'living_alone', values: ['yes'], level: 'improper' },
    ],
  },
};

/** 0 for 监护正常 up to 3 for 监护缺失: higher is more serious, as scores are. */
export function levelRank(level: RiskLevel): number {
  return RISK_LEVELS.length - 1 - RISK_LEVELS.indexOf(level);
}

function moreSerious(a: RiskLevel, b: RiskLevel): RiskLevel {
  return levelRank(a) >= levelRank(b) ? a : b;
}

/** The level a total alone gives. */
export function levelForTotal(cutoffs: RiskCutoffs, total: number): RiskLevel {
  const { minTotal } = cutoffs;
  if (total >= minTotal.absent) return 'absent';
  if (total >= minTotal.improper) return 'improper';
  if (total >= minTotal.insufficient) return 'insufficient';
  return 'normal';
}

interface NumberedItem {
  n: number;
  item: RiskItem;
  area: string;
  indicator: string;
}

function numberedItems(instrument: RiskInstrument): NumberedItem[] {
  const out: NumberedItem[] = [];
  for (const indicator of instrument.indicators)
    for (const area of indicator.areas)
      for (const item of area.items) out.push({ n: out.length + 1, item, area: area.code, indicator: indicator.code });
  return out;
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

/** The highest total the instrument can give. */
export function maxTotal(instrument: RiskInstrument): number {
  return numberedItems(instrument).reduce((sum, { item }) => sum + Math.max(0, ...item.options.map((x) => x.score)), 0);
}

const isScore = (n: number) => Number.isInteger(n) && n >= 0;

/** An instrument as the city edits it; each problem in Chinese, empty when the instrument may be used. */
export function checkRiskInstrument(instrument: RiskInstrument): string[] {
  const problems: string[] = [];
  if (instrument.version.trim() === '') problems.push('须填写版本号');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(instrument.effectiveFrom)) problems.push('生效日期格式应为 YYYY-MM-DD');
  if (instrument.source.trim() === '') problems.push('须注明依据');
  if (instrument.indicators.length === 0) problems.push('至少须有一个一级指标');

  const seen = { indicator: new Set<string>(), area: new Set<string>(), item: new Set<string>() };
  const once = (kind: keyof typeof seen, code: string, what: string) => {
    if (code.trim() === '') problems.push(`${what}代码不能为空`);
    else if (seen[kind].has(code)) problems.push(`${what}代码「${code}」重复`);
    seen[kind].add(code);
  };
  for (const indicator of instrument.indicators) {
    once('indicator', indicator.code, '一级指标');
    if (indicator.areas.length === 0) problems.push(`一级指标「${indicator.label.zh}」下没有评估领域`);
    for (const area of indicator.areas) {
      once('area', area.code, '评估领域');
      if (area.items.length === 0) problems.push(`评估领域「${area.label.zh}」下没有题目`);
    }
  }
  const items = numberedItems(instrument);
  for (const { n, item } of items) {
    once('item', item.code, '题目');
    const name = `第 ${n} 项「${item.label.zh}」`;
    if (item.label.zh.trim() === '') problems.push(`第 ${n} 项缺少题目文字`);
    if (item.options.length < 2) problems.push(`${name}至少须有 2 个选项`);
    const values = new Set<string>();
    for (const option of item.options) {
      if (values.has(option.value)) problems.push(`${name}的选项「${option.value}」重复`);
      values.add(option.value);
      if (!isScore(option.score)) problems.push(`${name}的选项「${option.label.zh}」分值须为非负整数`);
    }
  }

  const { minTotal, redFlags } = instrument.cutoffs;
  const order: RiskLevelByTotal[] = ['insufficient', 'improper', 'absent'];
  for (const level of order)
    if (!Number.isInteger(minTotal[level]) || minTotal[level] < 1)
      problems.push(`${RISK_LEVEL_LABELS[level].zh}的最低总分须为正整数`);
  if (!(minTotal.insufficient < minTotal.improper && minTotal.improper < minTotal.absent))
    problems.push('最低总分须依次递增：监护不足 < 监护失当 < 监护缺失');
  // A cut-off above the highest possible total would leave its level reachable only by red flags.
  const max = maxTotal(instrument);
  for (const level of order)
    if (minTotal[level] > max)
      problems.push(`${RISK_LEVEL_LABELS[level].zh}的最低总分 ${minTotal[level]} 超过可能的最高总分 ${max}`);

  redFlags.forEach((flag, i) => {
    const where = `第 ${i + 1} 条红线`;
    const found = items.find((x) => x.item.code === flag.item);
    if (found === undefined) problems.push(`${where}：题目「${flag.item}」不存在`);
    else
      for (const value of flag.values)
        if (!found.item.options.some((x) => x.value === value))
          problems.push(`${where}：「${value}」不是第 ${found.n} 项「${found.item.label.zh}」的选项`);
    if (flag.values.length === 0) problems.push(`${where}：须指明触发的答案`);
    if (!order.includes(flag.level)) problems.push(`${where}：须指定监护缺失、监护失当或监护不足`);
  });
  return problems;
}

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
