// The pure helpers of the case pages: lateness in words, the action form's fields and body, partner groups.
import { describe, expect, it } from 'vitest';
import { actionBody, actionFields, canRate, groupPartners, lateness, percent, stageStep } from './caseRules';

describe('how late a case is', () => {
  it('is nothing when on time or without a deadline', () => {
    expect(lateness(null)).toBeNull();
    expect(lateness(0)).toBeNull();
  });
  it('counts hours up to a day, any lateness at least one hour', () => {
    expect(lateness(1)).toEqual({ count: 1, unit: 'hours' });
    expect(lateness(61)).toEqual({ count: 2, unit: 'hours' });
    expect(lateness(23 * 60)).toEqual({ count: 23, unit: 'hours' });
  });
  it('counts whole days after that', () => {
    expect(lateness(24 * 60)).toEqual({ count: 1, unit: 'days' });
    expect(lateness(3 * 24 * 60 + 600)).toEqual({ count: 3, unit: 'days' });
  });
});

describe('the form of an action', () => {
  it('asks verification facts on verify and a return assessment to end temporary guardianship', () => {
    expect(actionFields('verify')).toMatchObject({ verification: true, noteRequired: true });
    expect(actionFields('accept')).toMatchObject({ verification: false, noteRequired: false });
    expect(actionFields('end_temporary_guardianship').noteIsReturnAssessment).toBe(true);
    expect(actionFields('temporary_guardianship').temporary).toBe(true);
    expect(actionFields('long_term_guardianship').longTerm).toBe(true);
  });

  it('sends only the fields the action takes, an empty note as null', () => {
    expect(actionBody('accept', 3, { note: '  ', method: 'x' })).toEqual({ action: 'accept', version: 3, note: null });
    expect(
      actionBody('verify', 4, {
        note: ' 入户核实 ',
        method: '入户',
        date: '2026-12-01',
        staff: '张三',
        place: '',
        needsTemporaryGuardianship: true,
      }),
    ).toEqual({
      action: 'verify',
      version: 4,
      note: '入户核实',
      verification: { method: '入户', date: '2026-12-01', staff: '张三', place: '', needsTemporaryGuardianship: true },
    });
    expect(
      actionBody('temporary_guardianship', 5, {
        note: '紧急安置',
        temporaryTrigger: 'serious_harm_or_threat',
        placement: 'kinship',
      }),
    ).toEqual({
      action: 'temporary_guardianship',
      version: 5,
      note: '紧急安置',
      temporaryTrigger: 'serious_harm_or_threat',
      placement: 'kinship',
      placementDetail: '',
    });
    expect(actionBody('long_term_guardianship', 6, { note: '长期', longTermTrigger: 'guardian_dead' })).toMatchObject({
      longTermTrigger: 'guardian_dead',
    });
  });
});

describe('partner units by kind', () => {
  it('follows the vocabulary order and puts unknown kinds last', () => {
    const groups = groupPartners([
      { id: '1', name: '市妇联', kind: 'women_federation', divisionCode: '5111' },
      { id: '2', name: '市中区公安分局', kind: 'public_security', divisionCode: '511102' },
      { id: '3', name: '某协会', kind: 'other', divisionCode: '5111' },
      { id: '4', name: '乐山市公安局', kind: 'public_security', divisionCode: '5111' },
    ]);
    expect(groups.map((g) => g.kind)).toEqual(['public_security', 'women_federation', 'other']);
    expect(groups[0]?.units).toHaveLength(2);
  });
});

describe('small figures', () => {
  it('steps, shares and when a report may be rated', () => {
    expect(stageStep('intake')).toBe(0);
    expect(stageStep('closed')).toBe(6);
    expect(percent(1, 3)).toBe(33);
    expect(percent(0, 0)).toBeNull();
    expect(canRate({ status: 'handled', satisfaction: null })).toBe(true);
    expect(canRate({ status: 'handled', satisfaction: 4 })).toBe(false);
    expect(canRate({ status: 'received', satisfaction: null })).toBe(false);
  });
});
