import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VISIT_RULES,
  addInterval,
  checkVisitRules,
  nextVisitDue,
  visitPlanFor,
  visitStanding,
  type VisitFrequencyRules,
} from './visits.ts';

const plan = (riskLevel: Parameters<typeof visitPlanFor>[1]['riskLevel'], categories: string[] = []) =>
  visitPlanFor(DEFAULT_VISIT_RULES, { riskLevel, categories });

describe('visit plans from the default rules (RULES §4.19)', () => {
  it('gives each risk level and the left-behind category its frequency', () => {
    expect(plan('absent').interval).toEqual({ unit: 'day', count: 7 });
    expect(plan('improper').interval).toEqual({ unit: 'day', count: 15 });
    expect(plan('insufficient').interval).toEqual({ unit: 'month', count: 1 });
    expect(plan(null, ['left_behind']).interval).toEqual({ unit: 'month', count: 1 });
    expect(plan('normal', ['difficulty']).interval).toEqual({ unit: 'month', count: 3 });
    expect(plan(null).label.zh).toBe('其他在册儿童，每季度走访');
    expect(plan('absent').version).toBe(DEFAULT_VISIT_RULES.version);
  });

  it('takes the most frequent rule that applies, whatever the order of the data', () => {
    expect(plan('absent', ['left_behind']).interval).toEqual({ unit: 'day', count: 7 });
    const reversed: VisitFrequencyRules = { ...DEFAULT_VISIT_RULES, rules: [...DEFAULT_VISIT_RULES.rules].reverse() };
    expect(visitPlanFor(reversed, { riskLevel: 'absent', categories: ['left_behind'] }).interval).toEqual({
      unit: 'day',
      count: 7,
    });
  });

  it('makes a left-behind child last visited more than a month ago overdue', () => {
    const due = nextVisitDue(plan(null, ['left_behind']), '2026-10-15', '2025-01-01');
    expect(due).toBe('2026-11-15');
    expect(visitStanding(due, '2026-11-16')).toBe('overdue');
    expect(visitStanding(due, '2026-11-15')).toBe('this_week');
  });

  it('brings the next visit within the week when the level is raised to 监护缺失', () => {
    const before = nextVisitDue(plan('normal'), '2026-11-28', '2025-01-01');
    const after = nextVisitDue(plan('absent'), '2026-11-28', '2025-01-01');
    expect(before).toBe('2027-02-28');
    expect(after).toBe('2026-12-05');
    expect(visitStanding(after, '2026-12-01')).toBe('this_week');
  });

  it('counts from the day the child entered the plan when nobody has visited yet', () => {
    expect(nextVisitDue(plan('insufficient'), null, '2026-01-31')).toBe('2026-02-28');
  });

  it('ends a month period on the same day, or the last day of a shorter month (Civil Code Art. 202)', () => {
    expect(addInterval('2026-01-31', { unit: 'month', count: 1 })).toBe('2026-02-28');
    expect(addInterval('2024-01-31', { unit: 'month', count: 1 })).toBe('2024-02-29');
    expect(addInterval('2026-12-28', { unit: 'day', count: 7 })).toBe('2027-01-04');
  });

  it('never puts the due date before the last visit, and standing moves only forward with time', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
        fc.constantFrom('absent', 'improper', 'insufficient', 'normal', null),
        fc.integer({ min: 0, max: 400 }),
        (date, level, later) => {
          const last = date.toISOString().slice(0, 10);
          const due = nextVisitDue(plan(level), last, '2020-01-01');
          expect(due > last).toBe(true);
          const today = addInterval(last, { unit: 'day', count: later });
          const order = { later: 0, this_week: 1, overdue: 2 };
          const tomorrow = addInterval(today, { unit: 'day', count: 1 });
          expect(order[visitStanding(due, tomorrow)]).toBeGreaterThanOrEqual(order[visitStanding(due, today)]);
        },
      ),
    );
  });
});

describe('checking visit rules the city edits', () => {
  it('accepts the defaults and names each problem', () => {
    expect(checkVisitRules(DEFAULT_VISIT_RULES)).toEqual([]);
    const broken: VisitFrequencyRules = {
      ...DEFAULT_VISIT_RULES,
      effectiveFrom: '2026/01/01',
      otherwise: { unit: 'month', count: 0 },
      rules: [{ interval: { unit: 'day', count: 7 }, label: { zh: '每周', en: 'weekly' } }],
    };
    expect(checkVisitRules(broken)).toEqual([
      { field: 'effectiveFrom', message: '生效日期格式应为 YYYY-MM-DD' },
      { field: 'otherwise.count', message: '默认走访间隔须为 1–366 天或 1–12 个月' },
      { field: 'rules.0', message: '第 1 条规则：须指明适用的风险等级或保障类别' },
    ]);
  });
});
