// The yuan a person types becomes integer fen exactly, and the other pure helpers of the allowance pages.
import { describe, expect, it } from 'vitest';
import { accountDigits, balanceState, barPercents, monthOf, monthParts, parseYuanToFen } from './allowanceRules';

describe('an amount typed in yuan is read into integer fen without floating point', () => {
  it('reads whole yuan, one and two decimals', () => {
    expect(parseYuanToFen('1400')).toBe(140000);
    expect(parseYuanToFen('1400.5')).toBe(140050);
    expect(parseYuanToFen('1400.50')).toBe(140050);
    expect(parseYuanToFen(' 0.05 ')).toBe(5);
    expect(parseYuanToFen('0.1')).toBe(10);
  });

  it('is exact where a float is not', () => {
    // 1.1 * 100 = 110.00000000000001 and 0.29 * 100 = 28.999999999999996 in floating point.
    expect(parseYuanToFen('1.10')).toBe(110);
    expect(parseYuanToFen('0.29')).toBe(29);
    expect(parseYuanToFen('1005.07')).toBe(100507);
  });

  it('refuses what is not an amount the server takes', () => {
    for (const text of ['', ' ', '-5', '1.234', '1,400', '1e3', 'abc', '1400.', '.5', '0', '0.00', '100000.01'])
      expect(parseYuanToFen(text), text).toBeNull();
    expect(parseYuanToFen('100000')).toBe(10_000_000);
  });
});

describe('months, balances, accounts and bars', () => {
  it('gives the month of a date and its parts', () => {
    expect(monthOf(new Date(2026, 0, 31))).toBe('2026-01');
    expect(monthOf(new Date(2026, 11, 1))).toBe('2026-12');
    expect(monthParts('2026-03')).toEqual({ year: 2026, month: 3 });
    expect(monthParts('2026-13')).toBeNull();
  });

  it('calls a positive balance owed and a negative one over-paid', () => {
    expect(balanceState(100000)).toBe('owed');
    expect(balanceState(-100)).toBe('overpaid');
    expect(balanceState(0)).toBe('even');
  });

  it('reads an account number typed in groups', () => {
    expect(accountDigits('6222 0212 3456 7890 123')).toBe('6222021234567890123');
    expect(accountDigits('1234567')).toBeNull();
    expect(accountDigits('6222-0212')).toBeNull();
  });

  it('scales bars to the largest value', () => {
    expect(barPercents([50, 100, 0])).toEqual([50, 100, 0]);
    expect(barPercents([1, 1000])).toEqual([1, 100]);
    expect(barPercents([0, 0])).toEqual([0, 0]);
  });
});
