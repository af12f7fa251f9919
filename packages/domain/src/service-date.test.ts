import { describe, expect, it } from 'vitest';
import { makeIdNumber, parseIdNumber } from './ids.ts';
import { serviceDate } from './service-date.ts';

describe('serviceDate', () => {
  it('is the date in Leshan (UTC+8), not the UTC date', () => {
    expect(serviceDate(new Date('2026-11-27T15:59:59Z'))).toBe('2026-11-27');
    expect(serviceDate(new Date('2026-11-27T16:00:00Z'))).toBe('2026-11-28');
    expect(serviceDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
  });

  it('lets the server check a birth on the Leshan date while UTC is still the day before', () => {
    const bornToday = makeIdNumber('511102', '2026-11-28', 12);
    const earlyMorningInLeshan = new Date('2026-11-27T17:00:00Z');
    expect(parseIdNumber(bornToday, serviceDate(earlyMorningInLeshan)).ok).toBe(true);
    const result = parseIdNumber(bornToday, '2026-11-27');
    expect(result.ok ? null : result.error.code).toBe('ID_NUMBER_FUTURE_BIRTH');
  });
});
