import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CalendarYearMissing, WorkCalendar, type CalendarData } from './calendar.ts';

const file = JSON.parse(readFileSync(new URL('../../../data/work-calendar.json', import.meta.url), 'utf8')) as {
  years: CalendarData;
};
const calendar = new WorkCalendar(file.years);

describe('WorkCalendar with the official 2025 and 2026 schedules', () => {
  it('knows make-up working days and holidays', () => {
    expect(calendar.isWorkingDay('2025-09-28')).toBe(true); // Sunday, 调休
    expect(calendar.isWorkingDay('2025-10-11')).toBe(true); // Saturday, 调休
    for (let d = 1; d <= 8; d++) expect(calendar.isWorkingDay(`2025-10-0${d}`)).toBe(false);
    expect(calendar.isWorkingDay('2025-10-09')).toBe(true);
    expect(calendar.isWorkingDay('2025-10-12')).toBe(false); // ordinary Sunday
    expect(calendar.isWorkingDay('2026-02-14')).toBe(true); // Saturday before Spring Festival
    expect(calendar.isWorkingDay('2026-02-16')).toBe(false);
    expect(calendar.isWorkingDay('2026-02-24')).toBe(true);
  });

  it('adds working days across the National Day holiday', () => {
    expect(calendar.addWorkingDays('2025-09-30', 10)).toBe('2025-10-21');
    expect(calendar.addWorkingDays('2025-09-26', 1)).toBe('2025-09-28');
    expect(calendar.addWorkingDays('2025-09-30', 0)).toBe('2025-09-30');
    expect(calendar.addWorkingDays('2025-10-21', -10)).toBe('2025-09-30');
  });

  it('counts working days in (from, to]', () => {
    expect(calendar.workingDaysBetween('2025-09-30', '2025-10-21')).toBe(10);
    expect(calendar.workingDaysBetween('2025-10-21', '2025-09-30')).toBe(-10);
    expect(calendar.workingDaysBetween('2025-10-01', '2025-10-08')).toBe(0);
    expect(calendar.workingDaysBetween('2025-10-09', '2025-10-09')).toBe(0);
  });

  it('keeps addWorkingDays and workingDaysBetween consistent', () => {
    const start = fc
      .date({ min: new Date('2024-12-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(start, fc.integer({ min: 0, max: 60 }), (from, n) => {
        const to = calendar.addWorkingDays(from, n);
        expect(calendar.workingDaysBetween(from, to)).toBe(n);
        if (n > 0) expect(calendar.isWorkingDay(to)).toBe(true);
      }),
    );
  });

  it('falls back to weekends only for a year it does not have', () => {
    expect(calendar.hasYear(2025)).toBe(true);
    expect(calendar.hasYear(2027)).toBe(false);
    expect(calendar.isWorkingDay('2027-10-01')).toBe(true); // a Friday, no data
    expect(calendar.isWorkingDay('2027-10-02')).toBe(false);
  });

  it('refuses malformed dates and contradictory data', () => {
    expect(() => calendar.isWorkingDay('2025-9-28')).toThrow(RangeError);
    expect(() => calendar.isWorkingDay('2025-02-29')).toThrow(RangeError);
    expect(() => new WorkCalendar({ '2025': { holidays: ['2025-10-01'], workdays: ['2025-10-01'] } })).toThrow(
      RangeError,
    );
    expect(() => new WorkCalendar({ '2025': { holidays: ['2026-01-01'], workdays: [] } })).toThrow(RangeError);
  });
});

describe('statutory deadlines', () => {
  it('skips a statutory holiday and counts a make-up working day', () => {
    // 2025-09-26 (Fri): 28 Sep (Sun) is a make-up working day, 1–8 Oct are off, 11 Oct (Sat) is worked.
    expect(calendar.deadline('2025-09-26', 10)).toBe('2025-10-16');
    expect(calendar.workingDaysLeft('2025-09-26', '2025-10-16')).toBe(10);
    expect(calendar.workingDaysLeft('2025-10-16', '2025-10-14')).toBe(-2);
    expect(calendar.deadline('2025-09-30', 0)).toBe('2025-09-30');
  });

  it('refuses a span that reaches a year without calendar data, naming the year', () => {
    expect(() => calendar.deadline('2026-12-24', 10)).toThrow(CalendarYearMissing);
    try {
      calendar.deadline('2026-12-24', 10);
    } catch (e) {
      expect(e).toBeInstanceOf(CalendarYearMissing);
      expect((e as CalendarYearMissing).year).toBe(2027);
    }
    expect(() => calendar.workingDaysLeft('2026-12-30', '2027-01-05')).toThrow(CalendarYearMissing);
    expect(calendar.deadline('2026-12-17', 10)).toBe('2026-12-31');
  });
});
