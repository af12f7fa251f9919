import { describe, expect, it } from 'vitest';
import { divisionLevel, isValidDivisionCode, isWithinDivision, parentDivisionCode } from './divisions.ts';

describe('division codes', () => {
  it('derives the level from the natural length', () => {
    expect(divisionLevel('51')).toBe('province');
    expect(divisionLevel('5111')).toBe('city');
    expect(divisionLevel('511102')).toBe('county');
    expect(divisionLevel('511102004')).toBe('township');
    expect(divisionLevel('511102004001')).toBe('village');
  });

  it('rejects wrong lengths, non-digits, unknown provinces and zero-padded codes', () => {
    for (const code of ['', '5', '51110', '5111020041', '51110200400a', '99', '511100', '511102000', '511100000000']) {
      expect(divisionLevel(code)).toBeNull();
      expect(isValidDivisionCode(code)).toBe(false);
    }
  });

  it('walks up to the parent', () => {
    expect(parentDivisionCode('511102004001')).toBe('511102004');
    expect(parentDivisionCode('511102004')).toBe('511102');
    expect(parentDivisionCode('511102')).toBe('5111');
    expect(parentDivisionCode('5111')).toBe('51');
    expect(parentDivisionCode('51')).toBeNull();
    expect(parentDivisionCode('5111GX')).toBeNull();
  });

  it('tests scope by prefix', () => {
    expect(isWithinDivision('511102004001', '5111')).toBe(true);
    expect(isWithinDivision('511102004001', '511102004001')).toBe(true);
    expect(isWithinDivision('511181100', '511102')).toBe(false);
    expect(isWithinDivision('5111', '511102')).toBe(false);
    expect(isWithinDivision('5111020', '5111')).toBe(false);
  });
});
