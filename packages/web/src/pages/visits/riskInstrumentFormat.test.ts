import { DEFAULT_RISK_INSTRUMENT } from '@hehu/domain';
import { describe, expect, it } from 'vitest';
import { cutoffLines, numberedItems, redFlagLine, scoresOf } from './riskInstrumentFormat';

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
});
