import { describe, expect, it } from 'vitest';
import { DEFAULT_RISK_INSTRUMENT, checkRiskInstrument, type RiskInstrument } from './index.ts';

const edit = (change: (i: RiskInstrument) => RiskInstrument) =>
  checkRiskInstrument(change(structuredClone(DEFAULT_RISK_INSTRUMENT)));
/** The problems as field → Chinese message, in the order found. */
const zh = (problems: ReturnType<typeof checkRiskInstrument>) => problems.map((p) => [p.field, p.zh]);

describe('checking an instrument the city edits', () => {
  it('accepts the default instrument', () => {
    expect(checkRiskInstrument(DEFAULT_RISK_INSTRUMENT)).toEqual([]);
  });

  it('names duplicate codes, items with one option and scores that are not non-negative integers', () => {
    const problems = edit((i) => {
      const area = i.indicators[0]!.areas[0]!;
      const [first, second] = area.items;
      return {
        ...i,
        indicators: [
          {
            ...i.indicators[0]!,
            areas: [
              {
                ...area,
                items: [
                  { ...first!, options: [first!.options[0]!] },
                  {
                    ...second!,
                    code: 'schooling',
                    options: [
                      { ...second!.options[0]!, score: -1 },
                      { ...second!.options[1]!, score: 1.5 },
                    ],
                  },
                ],
              },
            ],
          },
          ...i.indicators.slice(1),
        ],
      };
    });
    expect(zh(problems)).toEqual([
      ['indicators.0.areas.0.items.0.options', '第 1 项「是否按规定入学、在学」至少须有 2 个选项'],
      ['indicators.0.areas.0.items.1.code', '题目代码「schooling」重复'],
      // The scores are named as the city edits them: by item code and option value.
      [
        'scores.schooling.regular',
        '第 2 项「学习是否有人照看（作业辅导、家校联系）」的选项「有人经常照看」分值须为非负整数',
      ],
      [
        'scores.schooling.occasional',
        '第 2 项「学习是否有人照看（作业辅导、家校联系）」的选项「偶尔有人照看」分值须为非负整数',
      ],
    ]);
    expect(problems[0]?.en).toBe('Item 1 "Enrolled and attending school as required" needs at least 2 options');
  });

  it('requires the cut-offs to rise and stay within the highest total, naming the cut-off', () => {
    expect(
      zh(edit((i) => ({ ...i, cutoffs: { ...i.cutoffs, minTotal: { insufficient: 14, improper: 14, absent: 70 } } }))),
    ).toEqual([
      ['minTotal.improper', '最低总分须依次递增：监护不足 < 监护失当 < 监护缺失'],
      ['minTotal.absent', '监护缺失的最低总分 70 超过可能的最高总分 66'],
    ]);
    expect(
      zh(edit((i) => ({ ...i, cutoffs: { ...i.cutoffs, minTotal: { insufficient: 5, improper: 12, absent: 12 } } }))),
    ).toEqual([['minTotal.absent', '最低总分须依次递增：监护不足 < 监护失当 < 监护缺失']]);
    const zero = edit((i) => ({
      ...i,
      cutoffs: { ...i.cutoffs, minTotal: { insufficient: 0, improper: 5, absent: 9 } },
    }));
    expect(zero).toEqual([
      {
        field: 'minTotal.insufficient',
        zh: '监护不足的最低总分须为正整数',
        en: 'The lowest total of Guardianship insufficient must be a positive whole number',
      },
    ]);
  });

  it('requires a red flag to name an existing item, its options and a level, naming the flag’s field', () => {
    const problems = edit((i) => ({
      ...i,
      cutoffs: {
        ...i.cutoffs,
        redFlags: [
          { item: 'no_such_item', values: ['x'], level: 'absent' },
          { item: 'violence', values: ['beaten'], level: 'improper' },
          { item: 'violence', values: [], level: 'improper' },
          { item: 'living_alone', values: ['yes'], level: 'normal' as 'improper' },
          { item: 'violence', values: ['suspected', 'observed'], level: 'absent' },
          { item: 'violence', values: ['observed'], level: 'insufficient' },
        ],
      },
    }));
    expect(zh(problems)).toEqual([
      ['redFlags.0.item', '第 1 条红线：题目「no_such_item」不存在'],
      ['redFlags.1.values', '第 2 条红线：「beaten」不是第 14 项「是否存在家庭暴力、虐待」的选项'],
      ['redFlags.2.values', '第 3 条红线：须指明触发的答案'],
      ['redFlags.3.level', '第 4 条红线：须指定监护缺失、监护失当或监护不足'],
      // The same answer under two flags: which level it sets would depend on their order.
      ['redFlags.5.values', '第 6 条红线：第 14 项答「发现家庭暴力或虐待」已在第 5 条红线中'],
    ]);
  });

  it('names duplicate areas and indicators and a bad date', () => {
    const problems = edit((i) => ({
      ...i,
      effectiveFrom: '2026-1-1',
      indicators: [
        ...i.indicators,
        { ...i.indicators[1]!, code: 'child_development', areas: [{ ...i.indicators[0]!.areas[0]!, items: [] }] },
      ],
    }));
    expect(zh(problems)).toEqual([
      ['effectiveFrom', '生效日期格式应为 YYYY-MM-DD'],
      ['indicators.3.code', '一级指标代码「child_development」重复'],
      ['indicators.3.areas.0.code', '评估领域代码「education」重复'],
      ['indicators.3.areas.0.items', '评估领域「教育」下没有题目'],
    ]);
  });
});
