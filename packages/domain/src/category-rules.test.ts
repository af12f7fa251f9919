// Rule corrections: a detention ends with its term, the thresholds and the illness list come from the version
// in force, and institutional care starts on the placement date.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_CATEGORY_RULES,
  evaluateCategories,
  qualifyingSituation,
  type CategoryCode,
  type CategoryRulesConfig,
  type ChildFacts,
  type ParentSituation,
} from './categories.ts';
import { illnessName, rulesInForce } from './category-rules.ts';
import { addMonths, releaseToConfirm, severeDisabilityText, situationEnd } from './parent-situations.ts';

const rules = DEFAULT_CATEGORY_RULES;

function facts(father: ParentSituation[], mother: ParentSituation[], extra: Partial<ChildFacts> = {}): ChildFacts {
  return {
    birthDate: '2015-06-01',
    householdType: 'rural',
    livesInInstitution: false,
    parents: [
      { role: 'father', situations: father },
      { role: 'mother', situations: mother },
    ],
    ...extra,
  };
}

function evaluate(f: ChildFacts, category: CategoryCode, asOf: string, config = rules) {
  const found = evaluateCategories(f, asOf, config).find((e) => e.category === category);
  if (found === undefined) throw new Error(`no evaluation for ${category}`);
  return found;
}

const dead: ParentSituation = { code: 'dead', since: '2019-03-01' };

describe('a detention ends with its term', () => {
  const prison: ParentSituation = { code: 'imprisoned', since: '2020-01-01', termMonths: 6 };

  it('ends at start plus term when no release is recorded (imprisoned 2020-01-01 for 6 months)', () => {
    expect(situationEnd(prison)).toEqual({ date: '2020-07-01', recorded: false });
    expect(evaluate(facts([prison], [dead]), 'de_facto_unsupported', '2020-06-30').eligible).toBe(true);
    const later = evaluate(facts([prison], [dead]), 'de_facto_unsupported', '2026-03-15');
    expect(later.eligible).toBe(false);
    expect(later.reasons.map((r) => r.zh)).toEqual([
      '父亲：服刑在押期限已于 2020-07-01 届满，未登记释放日期，请核实是否已释放',
    ]);
    // Not yet known whether the father is out: the release is a fact to record.
    expect(later.missing.map((r) => r.code)).toEqual(['RELEASE_TO_CONFIRM']);
  });

  it('counts months as the Civil Code does: the same day, or the last day of a shorter month', () => {
    expect(situationEnd({ code: 'compulsory_rehab', since: '2025-08-31', termMonths: 6 })?.date).toBe('2026-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
  });

  it('uses a recorded release date instead, earlier or later than the term', () => {
    const early = { ...prison, until: '2020-04-01' };
    expect(situationEnd(early)).toEqual({ date: '2020-04-01', recorded: true });
    expect(evaluate(facts([early], [dead]), 'de_facto_unsupported', '2020-05-01').eligible).toBe(false);
    const kept = { ...prison, termMonths: 24, until: '2027-01-01' };
    expect(evaluate(facts([kept], [dead]), 'de_facto_unsupported', '2026-03-15').eligible).toBe(true);
    expect(releaseToConfirm(early, '2026-03-15')).toBeNull();
  });

  it('asks to confirm the release only once the term has run out', () => {
    expect(releaseToConfirm(prison, '2020-06-30')).toBeNull();
    expect(releaseToConfirm(prison, '2020-07-01')).toBe('2020-07-01');
    expect(releaseToConfirm({ ...prison, termMonths: null }, '2026-01-01')).toBeNull();
    expect(releaseToConfirm({ code: 'lost_contact', since: '2020-01-01' }, '2026-01-01')).toBeNull();
  });
});

describe('the version in force', () => {
  const v = (version: string, effectiveFrom: string) => ({ ...rules, version, effectiveFrom });

  it('is the latest effective on the date, the later published on a tie, or the first before any', () => {
    const list = [v('2026-01', '2026-01-01'), v('2026-07', '2026-07-01'), v('2026-07b', '2026-07-01')];
    expect(rulesInForce(list, '2026-06-30')?.version).toBe('2026-01');
    expect(rulesInForce(list, '2026-07-01')?.version).toBe('2026-07b');
    expect(rulesInForce(list, '2025-01-01')?.version).toBe('2026-01');
    expect(rulesInForce([], '2026-01-01')).toBeUndefined();
  });

  it('takes every number from the version, and names it in the evaluation', () => {
    const local: CategoryRulesConfig = {
      ...rules,
      version: 'local-2',
      minRestrictionMonths: 12,
      severeDisabilityMaxGrade: 1,
      severeMentalDisabilityMaxGrade: 3,
      leftBehindMaxAge: 14,
    };
    const prison: ParentSituation = { code: 'imprisoned', since: '2025-01-01', termMonths: 8 };
    expect(qualifyingSituation(prison, '2025-06-01', rules).qualifies).toBe(true);
    expect(qualifyingSituation(prison, '2025-06-01', local).reason.zh).toBe('服刑在押刑期 8 个月，不足 12 个月');
    const grade2: ParentSituation = {
      code: 'severe_disability',
      since: '2020-01-01',
      disabilityGrade: 2,
      disabilityKind: 'physical',
    };
    expect(qualifyingSituation(grade2, '2025-06-01', rules).qualifies).toBe(true);
    expect(qualifyingSituation(grade2, '2025-06-01', local).reason.zh).toBe(
      '肢体残疾二级，不属于重残（须为一级，或精神、智力残疾二、三级）',
    );
    const mental4: ParentSituation = { ...grade2, disabilityGrade: 4, disabilityKind: 'mental' };
    expect(qualifyingSituation(mental4, '2025-06-01', rules).qualifies).toBe(true);
    expect(qualifyingSituation(mental4, '2025-06-01', local).qualifies).toBe(false);
    expect(severeDisabilityText(rules).en).toBe('grade 1–2, or grade 3–4 mental or intellectual');

    const away: ParentSituation = { code: 'working_away', since: '2024-01-01' };
    const fourteen = facts([away], [away], { birthDate: '2011-06-01' });
    expect(evaluate(fourteen, 'left_behind', '2026-03-15').eligible).toBe(true);
    const e = evaluate(fourteen, 'left_behind', '2026-03-15', local);
    expect(e).toMatchObject({ eligible: false, rulesVersion: 'local-2' });
    expect(e.reasons[0]?.zh).toBe('已满 14 周岁（2025-06-01 年满 14 周岁）');
  });

  it('names an illness from the version, then the defaults', () => {
    const local = { ...rules, seriousIllnesses: [{ code: 'als', zh: '渐冻症', en: 'ALS' }] };
    expect(illnessName('als', local).zh).toBe('渐冻症');
    expect(illnessName('uremia', local).zh).toBe('尿毒症');
    expect(illnessName('x1', local).zh).toBe('病种 x1');
  });
});

describe('institutional care', () => {
  it('is an orphan found from birth when the birth parents cannot be found, institutional from placement', () => {
    const foundling: ChildFacts = {
      birthDate: '2015-06-01',
      householdType: null,
      livesInInstitution: true,
      institutionSince: '2016-02-01',
      parents: [],
      parentsUnknown: true,
    };
    expect(evaluate(foundling, 'orphan_institutional', '2026-03-15')).toMatchObject({
      eligible: true,
      since: '2016-02-01',
    });
    expect(evaluate(foundling, 'orphan_scattered', '2026-03-15').eligible).toBe(false);
    const before = evaluate(foundling, 'orphan_scattered', '2016-01-31');
    expect(before).toMatchObject({ eligible: true, since: '2015-06-01' });
  });
});
