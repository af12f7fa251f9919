import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RISK_INSTRUMENT,
  RISK_EFFECTS,
  checkRiskInstrument,
  droppedTwoLevels,
  levelForTotal,
  levelRank,
  maxTotal,
  riskTrend,
  scoreAssessment,
} from './index.ts';

const items = DEFAULT_RISK_INSTRUMENT.indicators.flatMap((i) => i.areas.flatMap((a) => a.items));

/** Every item answered with its no-risk option, then the given changes. */
function answers(changes: Record<string, string> = {}): Record<string, string> {
  const base = Object.fromEntries(items.map((item) => [item.code, item.options.find((o) => o.score === 0)!.value]));
  return { ...base, ...changes };
}

function scored(changes: Record<string, string> = {}) {
  const result = scoreAssessment(DEFAULT_RISK_INSTRUMENT, answers(changes));
  if (!result.ok) throw new Error(result.problems.map((p) => p.zh).join('; '));
  return result;
}

describe('the default instrument (RULES §5.22)', () => {
  it('passes its own check', () => {
    expect(checkRiskInstrument(DEFAULT_RISK_INSTRUMENT)).toEqual([]);
  });

  it('has three indicators, the plan’s six areas and 18–24 items of 3–4 options each', () => {
    expect(DEFAULT_RISK_INSTRUMENT.version).toBe('risk-2026.1');
    expect(DEFAULT_RISK_INSTRUMENT.indicators.map((i) => i.label.zh)).toEqual(['儿童发展', '监护能力', '监护支持']);
    const areas = DEFAULT_RISK_INSTRUMENT.indicators.flatMap((i) => i.areas.map((a) => a.label.zh));
    expect([...areas].sort()).toEqual(['医疗', '安全', '康复', '教育', '生活', '监护'].sort());
    expect(items.length).toBeGreaterThanOrEqual(18);
    expect(items.length).toBeLessThanOrEqual(24);
    for (const item of items) expect([2, 3, 4]).toContain(item.options.length);
    expect(maxTotal(DEFAULT_RISK_INSTRUMENT)).toBe(66);
  });
});

describe('scoring an assessment', () => {
  it('gives 0 and 监护正常 when no item shows risk', () => {
    const r = scored();
    expect(r.total).toBe(0);
    expect(r.level).toBe('normal');
    expect(r.redFlags).toEqual([]);
    expect(r.version).toBe('risk-2026.1');
    expect(Object.keys(r.byArea).sort()).toEqual(
      ['education', 'guardianship', 'living', 'medical', 'rehabilitation', 'safety'].sort(),
    );
  });

  it('adds scores by area and by indicator', () => {
    // A typical left-behind household: carer without agreement, elderly grandmother, schoolwork unattended.
    const r = scored({
      entrusted_carer: 'unsigned',
      carer_health: 'limited',
      guardian_performs: 'partly',
      study_support: 'none',
    });
    expect(r.total).toBe(6);
    expect(r.byArea).toMatchObject({ guardianship: 4, education: 2, living: 0, safety: 0 });
    expect(r.byIndicator).toEqual({ child_development: 2, guardian_capacity: 4, guardianship_support: 0 });
    expect(r.level).toBe('insufficient');
  });

  it('names an unanswered item by its number and text', () => {
    const a = answers();
    delete a['schooling'];
    const r = scoreAssessment(DEFAULT_RISK_INSTRUMENT, a);
    expect(r).toEqual({
      ok: false,
      problems: [
        {
          item: 'schooling',
          zh: '第 1 项「是否按规定入学、在学」未作答',
          en: 'Item 1 “Enrolled and attending school as required” is not answered',
        },
      ],
    });
  });

  it('refuses an answer that is not one of the item’s options, and answers to items it does not have', () => {
    const r = scoreAssessment(DEFAULT_RISK_INSTRUMENT, { ...answers({ meals: 'sometimes' }), extra_item: 'x' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.item)).toEqual(['meals', 'extra_item']);
    expect(r.problems[0]!.zh).toBe('第 18 项「是否按时进食、吃饱」的答案「sometimes」不是该项的选项');
    expect(r.problems[1]!.zh).toBe('「extra_item」不是评估工具 risk-2026.1 的题目');
  });

  it('counts an empty answer as unanswered, and reports every problem at once', () => {
    const r = scoreAssessment(DEFAULT_RISK_INSTRUMENT, answers({ housing: '', violence: '' }));
    expect(r.ok ? [] : r.problems.map((p) => p.item)).toEqual(['violence', 'housing']);
  });

  it('sets 监护缺失 when nobody looks after the child, whatever the total', () => {
    const r = scored({ guardian_performs: 'nobody' });
    expect(r.total).toBe(4);
    expect(r.levelByTotal).toBe('normal');
    expect(r.level).toBe('absent');
    expect(r.redFlags).toEqual(['guardian_performs']);
  });

  it('makes observed violence at least 监护失当, and does not lower a higher total', () => {
    expect(scored({ violence: 'observed' }).level).toBe('improper');
    expect(scored({ violence: 'suspected' }).level).toBe('normal');
    const heavy = scored({
      violence: 'observed',
      guardian_conduct: 'serious',
      exploitation: 'occurring',
      living_alone: 'yes',
      housing: 'unsafe',
      meals: 'hungry',
    });
    expect(heavy.total).toBe(24);
    expect(heavy.level).toBe('absent');
    expect(heavy.redFlags).toEqual(['guardian_conduct', 'violence', 'living_alone', 'exploitation']);
  });

  it('reads the cut-offs as the lowest total of each level', () => {
    const c = DEFAULT_RISK_INSTRUMENT.cutoffs;
    expect([5, 6, 13, 14, 23, 24, 66].map((t) => levelForTotal(c, t))).toEqual([
      'normal',
      'insufficient',
      'insufficient',
      'improper',
      'improper',
      'absent',
      'absent',
    ]);
    // Total 14 from scores alone (no red flag): schooling 3 + illness 3 + rehab 3 + housing 3 + insurance 2.
    const r = scored({
      schooling: 'out_of_school',
      illness: 'untreated',
      rehab_received: 'none',
      housing: 'unsafe',
      health_insurance: 'uninsured',
    });
    expect([r.total, r.level, r.redFlags]).toEqual([14, 'improper', []]);
    // Total 23, then 24, from scores alone: every child-development item at its worst, plus housing and meals.
    const worstDevelopment = Object.fromEntries(
      DEFAULT_RISK_INSTRUMENT.indicators[0]!.areas.flatMap((a) =>
        a.items.map((item) => [item.code, item.options.reduce((x, y) => (y.score > x.score ? y : x)).value]),
      ),
    );
    const at23 = scored({ ...worstDevelopment, housing: 'unsafe' });
    expect([at23.total, at23.level, at23.redFlags]).toEqual([23, 'improper', []]);
    const at24 = scored({ ...worstDevelopment, housing: 'unsafe', meals: 'irregular' });
    expect([at24.total, at24.level, at24.redFlags]).toEqual([24, 'absent', []]);
  });
});

describe('levels over time', () => {
  it('ranks levels from 监护正常 (0) to 监护缺失 (3)', () => {
    expect(['normal', 'insufficient', 'improper', 'absent'].map((l) => levelRank(l as 'normal'))).toEqual([0, 1, 2, 3]);
  });

  it('flags a drop of two levels or more toward 监护正常, and nothing else', () => {
    expect(droppedTwoLevels('absent', 'insufficient')).toBe(true);
    expect(droppedTwoLevels('absent', 'normal')).toBe(true);
    expect(droppedTwoLevels('improper', 'normal')).toBe(true);
    expect(droppedTwoLevels('absent', 'improper')).toBe(false);
    expect(droppedTwoLevels('normal', 'absent')).toBe(false);
    expect(droppedTwoLevels('insufficient', 'insufficient')).toBe(false);
  });

  it('reads the trend from the latest two assessments and the first', () => {
    expect(riskTrend([])).toEqual({ latest: null, direction: null, change: 0, sinceFirst: 0, flagged: false });
    expect(riskTrend(['improper'])).toEqual({
      latest: 'improper',
      direction: null,
      change: 0,
      sinceFirst: 0,
      flagged: false,
    });
    expect(riskTrend(['normal', 'insufficient', 'absent'])).toEqual({
      latest: 'absent',
      direction: 'worse',
      change: 2,
      sinceFirst: 3,
      flagged: false,
    });
    expect(riskTrend(['insufficient', 'absent', 'insufficient'])).toEqual({
      latest: 'insufficient',
      direction: 'better',
      change: -2,
      sinceFirst: 0,
      flagged: true,
    });
    expect(riskTrend(['absent', 'improper', 'improper']).direction).toBe('same');
    expect(riskTrend(['absent', 'improper', 'insufficient', 'normal']).flagged).toBe(false);
  });
});

describe('what a level sets off', () => {
  it('opens a protection case and notifies the county for 监护缺失 only', () => {
    expect(RISK_EFFECTS.absent).toEqual({ openProtectionReferral: true, notifyCounty: true });
    for (const level of ['improper', 'insufficient', 'normal'] as const)
      expect(RISK_EFFECTS[level]).toEqual({ openProtectionReferral: false, notifyCounty: false });
  });
});
