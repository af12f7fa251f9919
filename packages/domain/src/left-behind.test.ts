import { describe, expect, it } from 'vitest';
import {
  PARENT_CONTACT_RULES,
  checkEntrustedCarer,
  contactAlerts,
  livingAlerts,
  signingRate,
  type EntrustedCarer,
} from './left-behind.ts';

const carer = (changes: Partial<EntrustedCarer> = {}): EntrustedCarer => ({
  birthDate: '1960-05-01',
  fullCapacity: true,
  exclusions: {},
  ...changes,
});

describe('who may be named entrusted carer (Art. 22)', () => {
  it('accepts a fully capable adult with no exclusion ticked', () => {
    expect(checkEntrustedCarer(carer(), '2026-03-15')).toEqual([]);
    expect(checkEntrustedCarer(carer({ exclusions: { abuse: false } }), '2026-03-15')).toEqual([]);
  });

  it('accepts a carer on the 18th birthday and refuses one the day before', () => {
    expect(checkEntrustedCarer(carer({ birthDate: '2008-03-15' }), '2026-03-15')).toEqual([]);
    expect(checkEntrustedCarer(carer({ birthDate: '2008-03-15' }), '2026-03-14')).toEqual([
      {
        field: 'birthDate',
        zh: '被委托照护人须年满 18 周岁（2026-03-14 时为 17 周岁）',
        en: 'An entrusted carer must be 18 or older (aged 17 on 2026-03-14)',
      },
    ]);
  });

  it('refuses a carer without full capacity and names each exclusion ticked', () => {
    const problems = checkEntrustedCarer(
      carer({ fullCapacity: false, exclusions: { addiction: true, pastNeglect: true, abuse: false } }),
      '2026-03-15',
    );
    expect(problems.map((p) => p.field)).toEqual(['fullCapacity', 'exclusions.addiction', 'exclusions.pastNeglect']);
    expect(problems[1]!.zh).toBe('有吸毒、酗酒、赌博等恶习，不得作为被委托照护人');
    expect(problems[2]!.zh).toBe('曾拒不履行或者长期怠于履行监护、照护职责，不得作为被委托照护人');
    const all = checkEntrustedCarer(
      carer({ exclusions: { abuse: true, addiction: true, pastNeglect: true, otherUnsuitable: true } }),
      '2026-03-15',
    );
    expect(all).toHaveLength(4);
    expect(all[0]!.zh).toContain('虐待');
  });

  it('asks for a real birth date rather than failing', () => {
    expect(checkEntrustedCarer(carer({ birthDate: '' }), '2026-03-15').map((p) => p.field)).toEqual(['birthDate']);
    expect(checkEntrustedCarer(carer({ birthDate: '1990-02-30' }), '2026-03-15')[0]!.zh).toBe(
      '出生日期须为有效日期（YYYY-MM-DD）',
    );
  });
});

describe('parents’ weekly contact (Art. 23)', () => {
  it('keeps the rule as versioned data', () => {
    expect(PARENT_CONTACT_RULES).toMatchObject({ version: 'contact-2026.1', maxDaysBetweenContacts: 7 });
  });

  it('raises no alert after exactly 7 days and an alert after 8', () => {
    const seven = contactAlerts({ lastContact: '2026-03-01', leftSince: '2026-01-10' }, '2026-03-08');
    expect(seven).toEqual({ countedFrom: '2026-03-01', daysSince: 7, due: '2026-03-08', alerts: [] });
    const eight = contactAlerts({ lastContact: '2026-03-01', leftSince: '2026-01-10' }, '2026-03-09');
    expect(eight.daysSince).toBe(8);
    expect(eight.due).toBe('2026-03-08');
    expect(eight.alerts).toEqual([
      {
        code: 'CONTACT_OVERDUE',
        zh: '父母已 8 天未与儿童、照护人联系（最迟应于 2026-03-08 联系，至少每周一次，未成年人保护法第二十三条）',
        en: 'No contact from the parents for 8 days; it was due by 2026-03-08 (at least weekly: Minors Protection Law Art. 23)',
      },
    ]);
  });

  it('counts from the day the parents left when there has been no contact since', () => {
    expect(contactAlerts({ lastContact: null, leftSince: '2026-02-25' }, '2026-03-04')).toMatchObject({
      countedFrom: '2026-02-25',
      daysSince: 7,
      due: '2026-03-04',
      alerts: [],
    });
    const before = contactAlerts({ lastContact: '2026-02-20', leftSince: '2026-02-25' }, '2026-03-05');
    expect([before.countedFrom, before.daysSince, before.alerts.length]).toEqual(['2026-02-25', 8, 1]);
  });

  it('counts across a month end and a leap day', () => {
    expect(contactAlerts({ lastContact: '2028-02-25', leftSince: '2027-01-01' }, '2028-03-04')).toMatchObject({
      daysSince: 8,
      due: '2028-03-03',
    });
  });
});

describe('living arrangements the law forbids (Art. 21)', () => {
  it('alerts for a child under 8 left unattended, not for one who has turned 8', () => {
    const seven = livingAlerts({ birthDate: '2018-06-01', livingArrangement: 'unattended' }, '2026-05-31');
    expect(seven).toEqual([
      {
        code: 'LEFT_UNATTENDED',
        zh: '未满 8 周岁的儿童（7 周岁）处于无人看护状态（未成年人保护法第二十一条）',
        en: 'A child under 8 (aged 7) is left unattended (Minors Protection Law Art. 21)',
      },
    ]);
    expect(livingAlerts({ birthDate: '2018-06-01', livingArrangement: 'unattended' }, '2026-06-01')).toEqual([]);
  });

  it('alerts for a child under 16 living alone, not for one of 16', () => {
    const alerts = livingAlerts({ birthDate: '2010-09-01', livingArrangement: 'alone' }, '2026-08-31');
    expect(alerts.map((a) => a.code)).toEqual(['LIVING_ALONE']);
    expect(alerts[0]!.zh).toBe('未满 16 周岁的儿童（15 周岁）脱离监护单独生活（未成年人保护法第二十一条）');
    expect(livingAlerts({ birthDate: '2010-09-01', livingArrangement: 'alone' }, '2026-09-01')).toEqual([]);
  });

  it('raises both alerts for a child under 8 living alone', () => {
    expect(
      livingAlerts({ birthDate: '2020-01-01', livingArrangement: 'alone' }, '2026-03-01').map((a) => a.code),
    ).toEqual(['LEFT_UNATTENDED', 'LIVING_ALONE']);
  });

  it('alerts for a child needing special care left unattended at any age', () => {
    const alerts = livingAlerts(
      { birthDate: '2012-01-01', livingArrangement: 'unattended', needsSpecialCare: true },
      '2026-03-01',
    );
    expect(alerts.map((a) => a.zh)).toEqual(['需要特别照顾的儿童处于无人看护状态（未成年人保护法第二十一条）']);
  });

  it('raises nothing for a child cared for', () => {
    for (const livingArrangement of ['with_parent', 'with_carer', 'boarding_school'] as const)
      expect(livingAlerts({ birthDate: '2022-01-01', livingArrangement }, '2026-03-01')).toEqual([]);
  });
});

describe('signing rate of entrusted-care agreements (RULES §4.21)', () => {
  it('divides signed agreements by left-behind children, with no rate when there are none', () => {
    expect(signingRate({ signed: 45, leftBehind: 60 })).toBe(0.75);
    expect(signingRate({ signed: 60, leftBehind: 60 })).toBe(1);
    expect(signingRate({ signed: 0, leftBehind: 60 })).toBe(0);
    expect(signingRate({ signed: 0, leftBehind: 0 })).toBeNull();
  });

  it('refuses counts that cannot come from one list of children', () => {
    expect(() => signingRate({ signed: 61, leftBehind: 60 })).toThrow(RangeError);
    expect(() => signingRate({ signed: -1, leftBehind: 60 })).toThrow(RangeError);
    expect(() => signingRate({ signed: 1.5, leftBehind: 60 })).toThrow(RangeError);
  });
});
