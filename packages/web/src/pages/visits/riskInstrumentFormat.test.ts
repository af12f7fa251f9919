import { DEFAULT_RISK_INSTRUMENT } from '@hehu/domain';
import { describe, expect, it } from 'vitest';
import {
  answerChoices,
  cutoffLines,
  itemChoices,
  numberedItems,
  redFlagLine,
  redFlagRows,
  scoresOf,
} from './riskInstrumentFormat';

describe('the risk instrument in words', () => {
  it('numbers the items through every indicator and area and keeps each option’s score', () => {
    const items = numberedItems(DEFAULT_RISK_INSTRUMENT);
    expect(items[0]).toMatchObject({ n: 1, item: { code: 'schooling' } });
    expect(items.at(-1)?.n).toBe(items.length);
    expect(scoresOf(DEFAULT_RISK_INSTRUMENT).schooling).toEqual({ attending: 0, irregular: 1, out_of_school: 3 });
  });

  it('says each level’s totals and a red flag’s answer', () => {
    expect(cutoffLines({ insufficient: 6, improper: 14, absent: 24 }, 'zh')).toEqual([
      '总分低于 6 分：监护正常',
      '总分 6–13 分：监护不足',
      '总分 14–23 分：监护失当',
      '总分 24 分及以上：监护缺失',
    ]);
    const flag = DEFAULT_RISK_INSTRUMENT.cutoffs.redFlags.find((f) => f.item === 'living_alone');
    expect(flag && redFlagLine(DEFAULT_RISK_INSTRUMENT, flag, 'zh')).toMatch(
      /^第 \d+ 项「.+」答「.+」：无论总分，至少为监护失当$/,
    );
  });

  it('starts the red flags from the version’s own, as copies the form may change', () => {
    const instrument = structuredClone(DEFAULT_RISK_INSTRUMENT);
    const rows = redFlagRows(instrument);
    expect(rows).toEqual(instrument.cutoffs.redFlags.map((f) => ({ item: f.item, values: f.values, level: f.level })));
    rows[0]!.values.push('partly');
    expect(instrument.cutoffs.redFlags[0]!.values).not.toContain('partly');
  });

  it('offers every item by its number and, for the item chosen, its answers with their scores', () => {
    const items = itemChoices(DEFAULT_RISK_INSTRUMENT, 'zh');
    expect(items.length).toBe(numberedItems(DEFAULT_RISK_INSTRUMENT).length);
    const violence = numberedItems(DEFAULT_RISK_INSTRUMENT).find(({ item }) => item.code === 'violence')!;
    expect(items.find((i) => i.value === 'violence')?.label).toBe(`${String(violence.n)}. ${violence.item.label.zh}`);
    expect(answerChoices(DEFAULT_RISK_INSTRUMENT, 'violence', 'zh')).toEqual(
      violence.item.options.map((o) => ({ value: o.value, label: `${o.label.zh}（${String(o.score)} 分）` })),
    );
    expect(answerChoices(DEFAULT_RISK_INSTRUMENT, 'violence', 'en')[0]?.label).toBe('None found (0 pt)');
    // No item chosen yet, or one the version does not have: nothing to choose from.
    expect(answerChoices(DEFAULT_RISK_INSTRUMENT, undefined, 'zh')).toEqual([]);
    expect(answerChoices(DEFAULT_RISK_INSTRUMENT, 'no_such_item', 'zh')).toEqual([]);
  });
});
