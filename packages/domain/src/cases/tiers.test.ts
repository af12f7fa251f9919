import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WorkCalendar, type CalendarData } from '../calendar.ts';
import {
  DEFAULT_CASE_TIER_SETTINGS,
  caseDeadline,
  checkCaseTierSettings,
  overdueBy,
  suggestTier,
  type CaseTierSettings,
} from './tiers.ts';
import { REPORT_TRIGGERS } from './vocabulary.ts';

const file = JSON.parse(readFileSync(new URL('../../../../data/work-calendar.json', import.meta.url), 'utf8')) as {
  years: CalendarData;
};
const calendar = new WorkCalendar(file.years);

describe('caseDeadline', () => {
  it('runs hours on the clock, through nights and weekends', () => {
    const from = new Date('2026-03-06T15:30:00Z'); // Friday 23:30 in Leshan
    expect(caseDeadline(from, { unit: 'hours', amount: 1 }, calendar).toISOString()).toBe('2026-03-06T16:30:00.000Z');
    expect(caseDeadline(from, { unit: 'hours', amount: 24 }, calendar).toISOString()).toBe('2026-03-07T15:30:00.000Z');
  });

  it('ends working days at 23:59:59.999 in Leshan, skipping the weekend', () => {
    const friday = new Date('2026-03-06T02:00:00Z');
    expect(caseDeadline(friday, { unit: 'working_days', amount: 1 }, calendar).toISOString()).toBe(
      '2026-03-09T15:59:59.999Z',
    );
    expect(caseDeadline(friday, { unit: 'working_days', amount: 5 }, calendar).toISOString()).toBe(
      '2026-03-13T15:59:59.999Z',
    );
  });

  it('counts from the Leshan date, not the UTC one', () => {
    // 2026-03-05T17:00Z is already Friday 01:00 in Leshan.
    const early = new Date('2026-03-05T17:00:00Z');
    expect(caseDeadline(early, { unit: 'working_days', amount: 1 }, calendar).toISOString()).toBe(
      '2026-03-09T15:59:59.999Z',
    );
  });

  it('skips a calendar holiday and counts a make-up working day', () => {
    // Spring Festival 2026: 15–23 Feb off, Saturday 14 Feb and Saturday 28 Feb worked.
    const friday = new Date('2026-02-13T03:00:00Z');
    expect(caseDeadline(friday, { unit: 'working_days', amount: 1 }, calendar).toISOString()).toBe(
      '2026-02-14T15:59:59.999Z',
    );
    expect(caseDeadline(friday, { unit: 'working_days', amount: 2 }, calendar).toISOString()).toBe(
      '2026-02-24T15:59:59.999Z',
    );
    // National Day: 30 Sep → 1 to 7 Oct off → Thursday 8 Oct.
    const before = new Date('2026-09-30T03:00:00Z');
    expect(caseDeadline(before, { unit: 'working_days', amount: 1 }, calendar).toISOString()).toBe(
      '2026-10-08T15:59:59.999Z',
    );
  });

  it('still gives a deadline in a year the calendar lacks, from weekends alone', () => {
    const friday = new Date('2030-03-01T03:00:00Z');
    expect(caseDeadline(friday, { unit: 'working_days', amount: 1 }, calendar).toISOString()).toBe(
      '2030-03-04T15:59:59.999Z',
    );
  });
});

describe('suggestTier', () => {
  it('makes immediate danger and every listed trigger but the catch-all urgent', () => {
    expect(suggestTier({ immediateDanger: true, consultationOnly: true })).toBe('urgent');
    for (const trigger of REPORT_TRIGGERS.filter((t) => t !== 'other_serious_harm')) {
      expect(suggestTier({ trigger, immediateDanger: false, consultationOnly: false })).toBe('urgent');
    }
    expect(suggestTier({ trigger: 'other_serious_harm', immediateDanger: true, consultationOnly: false })).toBe(
      'urgent',
    );
  });

  it('makes the catch-all general, a bare consultation consult, and anything else general', () => {
    expect(suggestTier({ trigger: 'other_serious_harm', immediateDanger: false, consultationOnly: true })).toBe(
      'general',
    );
    expect(suggestTier({ trigger: null, immediateDanger: false, consultationOnly: true })).toBe('consult');
    expect(suggestTier({ immediateDanger: false, consultationOnly: false })).toBe('general');
  });
});

describe('overdueBy', () => {
  const due = new Date('2026-03-06T08:00:00Z');
  it('is null with no due time or before it', () => {
    expect(overdueBy(null, due)).toBeNull();
    expect(overdueBy(due, due)).toBeNull();
    expect(overdueBy(due, new Date('2026-03-06T07:59:00Z'))).toBeNull();
  });
  it('counts whole minutes past, any lateness at least one', () => {
    expect(overdueBy(due, new Date('2026-03-06T08:00:01Z'))).toBe(1);
    expect(overdueBy(due, new Date('2026-03-06T09:30:00Z'))).toBe(90);
  });
});

describe('checkCaseTierSettings', () => {
  function edited(change: (s: CaseTierSettings) => void): CaseTierSettings {
    const s = structuredClone(DEFAULT_CASE_TIER_SETTINGS);
    change(s);
    return s;
  }
  const codes = (s: CaseTierSettings): string[] => checkCaseTierSettings(s).map((v) => v.code);

  it('accepts the defaults, which are frozen', () => {
    expect(checkCaseTierSettings(DEFAULT_CASE_TIER_SETTINGS)).toEqual([]);
    expect(Object.isFrozen(DEFAULT_CASE_TIER_SETTINGS.tiers.urgent.respond)).toBe(true);
  });

  it('refuses non-positive or fractional amounts, naming the tier and field', () => {
    const [v] = checkCaseTierSettings(edited((s) => (s.tiers.general.assess.amount = 0)));
    expect(v?.code).toBe('CASE_TIER_AMOUNT');
    expect(v?.message).toContain('一般');
    expect(v?.message).toContain('评估时限');
    expect(v?.messageEn).toContain('assessment limit of General');
    expect(codes(edited((s) => (s.tiers.consult.respond.amount = 1.5)))).toEqual(['CASE_TIER_AMOUNT']);
  });

  it('refuses limits beyond 72 hours or 30 working days', () => {
    expect(codes(edited((s) => (s.tiers.urgent.assess.amount = 73)))).toEqual(['CASE_TIER_TOO_LONG']);
    expect(codes(edited((s) => (s.tiers.consult.assess.amount = 31)))).toEqual(['CASE_TIER_TOO_LONG']);
    expect(codes(edited((s) => (s.tiers.consult.assess.amount = 30)))).toEqual([]);
  });

  it('refuses an urgent response slower than a general one in the same unit', () => {
    const slower = edited((s) => {
      s.tiers.urgent.respond = { unit: 'working_days', amount: 2 };
    });
    expect(codes(slower)).toEqual(['CASE_TIER_ORDER']);
    const hoursBoth = edited((s) => {
      s.tiers.urgent.respond = { unit: 'hours', amount: 48 };
      s.tiers.general.respond = { unit: 'hours', amount: 24 };
    });
    expect(codes(hoursBoth)).toEqual(['CASE_TIER_ORDER']);
  });

  it('refuses an impossible date and a bad referral limit', () => {
    expect(codes(edited((s) => (s.effectiveFrom = '2026-02-30')))).toEqual(['CASE_TIER_DATE']);
    expect(codes(edited((s) => (s.effectiveFrom = '2026/01/01')))).toEqual(['CASE_TIER_DATE']);
    expect(codes(edited((s) => (s.referralWorkingDays = 0)))).toEqual(['CASE_TIER_REFERRAL']);
  });
});
