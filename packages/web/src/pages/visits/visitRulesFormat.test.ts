import { DEFAULT_VISIT_RULES } from '@hehu/domain';
import { describe, expect, it } from 'vitest';
import { frequencyText, labelFor, whoText } from './visitRulesFormat';

describe('visit frequencies in words', () => {
  it('names the usual intervals and counts the others', () => {
    expect(frequencyText({ unit: 'day', count: 7 }, 'zh')).toBe('每周');
    expect(frequencyText({ unit: 'month', count: 3 }, 'zh')).toBe('每季度');
    expect(frequencyText({ unit: 'day', count: 10 }, 'zh')).toBe('每 10 天');
    expect(frequencyText({ unit: 'month', count: 4 }, 'en')).toBe('every 4 months');
  });

  it('keeps a label whose interval is unchanged and writes an edited one afresh', () => {
    const leftBehind = DEFAULT_VISIT_RULES.rules.find((r) => r.categories?.includes('left_behind'))!;
    expect(whoText(leftBehind, 'zh')).toBe('农村留守儿童');
    expect(labelFor(leftBehind, leftBehind.interval)).toBe(leftBehind.label);
    expect(labelFor(leftBehind, { unit: 'day', count: 14 })).toEqual({
      zh: '农村留守儿童，每两周走访',
      en: 'Rural left-behind child: every two weeks',
    });
    expect(whoText({ riskLevels: ['absent', 'improper'], categories: ['left_behind'] }, 'zh')).toBe(
      '农村留守儿童且监护缺失、监护失当',
    );
  });
});
