import { describe, expect, it } from 'vitest';
import { DEFAULT_ALLOWANCE_RULES, type AllowanceRules } from './allowances/index.ts';
import { ageEnd, checkReverificationMonths, roundAtOrBefore, roundDueDate } from './reverification.ts';

const schoolingTo22: AllowanceRules = { ...DEFAULT_ALLOWANCE_RULES, schooling: { untilAge: 22, since: '2024-01' } };

describe('re-verification rounds', () => {
  it('finds the round month at or before a month, across the year end', () => {
    expect(roundAtOrBefore('2026-12', [1, 7])).toBe('2026-07');
    expect(roundAtOrBefore('2027-01', [1, 7])).toBe('2027-01');
    expect(roundAtOrBefore('2027-03', [7])).toBe('2026-07');
    expect(roundAtOrBefore('2027-03', [])).toBeNull();
    expect(roundDueDate('2027-02')).toBe('2027-02-28');
  });

  it('names the field of each problem with the months', () => {
    expect(checkReverificationMonths([1, 7])).toEqual([]);
    expect(checkReverificationMonths([])).toEqual([{ field: 'months', message: '至少选择一个复核月份' }]);
    expect(checkReverificationMonths([1, 13])).toEqual([{ field: 'months.1', message: '复核月份应为 1 至 12 的整数' }]);
    expect(checkReverificationMonths([7, 7]).map((p) => p.field)).toEqual(['months']);
  });
});

describe('when a held category ends on age', () => {
  const born = '2008-12-15';

  it('is nothing before the month of the 18th birthday, the birthday from that month on', () => {
    expect(ageEnd({ birthDate: born, schooling: [] }, '2026-11-30', DEFAULT_ALLOWANCE_RULES)).toBeNull();
    const end = ageEnd({ birthDate: born, schooling: [] }, '2026-12-01', DEFAULT_ALLOWANCE_RULES);
    expect(end).toMatchObject({ kind: 'adulthood', eventDate: '2026-12-15' });
    expect(end?.words.zh).toBe('2026-12-15 年满 18 周岁');
    expect(ageEnd({ birthDate: born, schooling: [] }, '2027-05-01', DEFAULT_ALLOWANCE_RULES)?.eventDate).toBe(
      '2026-12-15',
    );
  });

  it('moves to the last month full-time schooling covers where the city continues payment', () => {
    const schooling = [{ from: '2026-09-01', until: '2027-06-30' }];
    // The certificate covers January to June 2027: the category runs on and ends with June.
    expect(ageEnd({ birthDate: born, schooling }, '2026-12-20', schoolingTo22)).toBeNull();
    expect(ageEnd({ birthDate: born, schooling }, '2027-05-31', schoolingTo22)).toBeNull();
    expect(ageEnd({ birthDate: born, schooling }, '2027-06-01', schoolingTo22)).toMatchObject({
      kind: 'schooling_ended',
      eventDate: '2027-06-30',
    });
    // Without the city's policy a certificate changes nothing.
    expect(ageEnd({ birthDate: born, schooling }, '2026-12-20', DEFAULT_ALLOWANCE_RULES)?.kind).toBe('adulthood');
  });

  it('stops at the policy’s age limit however long the certificate runs', () => {
    const schooling = [{ from: '2026-09-01', until: '2035-06-30' }];
    expect(ageEnd({ birthDate: born, schooling }, '2030-12-01', schoolingTo22)).toMatchObject({
      kind: 'schooling_ended',
      eventDate: '2030-12-31',
    });
  });
});
