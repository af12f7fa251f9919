import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CATEGORY_CODES,
  DEFAULT_CATEGORY_RULES,
  PARENT_SITUATION_LABELS,
  ageOn,
  anniversary,
  categoriesThatMayNotStack,
  evaluateCategories,
  qualifyingSituation,
  type CategoryCode,
  type ChildFacts,
  type ParentSituation,
} from './categories.ts';
import { addMonths, type DisabilityKind, type ParentSituationCode } from './parent-situations.ts';

const rules = DEFAULT_CATEGORY_RULES;
const AS_OF = '2026-03-15';

function child(overrides: Partial<ChildFacts> = {}): ChildFacts {
  return { birthDate: '2015-06-01', householdType: 'rural', livesInInstitution: false, parents: [], ...overrides };
}

function parents(father: ParentSituation[] | null, mother: ParentSituation[] | null): ChildFacts['parents'] {
  return [
    ...(father === null ? [] : [{ role: 'father' as const, situations: father }]),
    ...(mother === null ? [] : [{ role: 'mother' as const, situations: mother }]),
  ];
}

function evaluate(facts: ChildFacts, category: CategoryCode, asOf = AS_OF) {
  const found = evaluateCategories(facts, asOf).find((e) => e.category === category);
  if (found === undefined) throw new Error(`no evaluation for ${category}`);
  return found;
}

const zh = (reasons: { zh: string }[]) => reasons.map((r) => r.zh);
const qualifies = (s: ParentSituation, asOf = AS_OF) => qualifyingSituation(s, asOf, rules).qualifies;
const dead = (since = '2020-01-01'): ParentSituation => ({ code: 'dead', since });
const prison = (termMonths: number | null, since = '2024-03-01'): ParentSituation => ({
  code: 'imprisoned',
  since,
  termMonths,
});

describe('dates', () => {
  it('counts whole years, the new age starting on the birthday', () => {
    expect(ageOn('2008-03-15', '2026-03-14')).toBe(17);
    expect(ageOn('2008-03-15', '2026-03-15')).toBe(18);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
    expect(ageOn('2026-04-01', '2026-03-15')).toBe(-1);
    expect(anniversary('2008-02-29', 18)).toBe('2026-03-01');
    expect(anniversary('2008-02-29', 16)).toBe('2024-02-29');
  });

  it('adds months to the same day, or the last day of a shorter month', () => {
    expect(addMonths('2025-01-10', 6)).toBe('2025-07-10');
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(addMonths('2025-12-15', 1)).toBe('2026-01-15');
  });

  it('keeps ageOn and anniversary consistent', () => {
    const day = fc
      .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 20 }), (birth, years) => {
        const on = anniversary(birth, years);
        expect(ageOn(birth, on)).toBe(years);
        const dayBefore = new Date(Date.parse(`${on}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
        expect(ageOn(birth, dayBefore)).toBe(years - 1);
      }),
    );
  });

  it('refuses malformed dates', () => {
    expect(() => ageOn('2015-6-1', AS_OF)).toThrow(RangeError);
    expect(() => evaluateCategories(child(), '2026-02-30')).toThrow(RangeError);
  });
});

describe('qualifyingSituation', () => {
  it('needs a restriction of at least 6 months', () => {
    expect(qualifies(prison(5, '2026-01-01'))).toBe(false);
    expect(qualifies(prison(6, '2026-01-01'))).toBe(true);
    expect(qualifyingSituation(prison(4, '2026-01-01'), AS_OF, rules).reason.zh).toBe(
      '服刑在押刑期 4 个月，不足 6 个月',
    );
    expect(qualifyingSituation(prison(36), AS_OF, rules).reason.zh).toBe('服刑在押（刑期 36 个月，自 2024-03-01 起）');
    expect(qualifies({ code: 'compulsory_rehab', since: '2025-01-01', termMonths: 24 })).toBe(true);
    expect(qualifies({ code: 'other_restriction', since: '2025-01-01', termMonths: 5 })).toBe(false);
    expect(qualifyingSituation(prison(null), AS_OF, rules).reason.code).toBe('TERM_NOT_RECORDED');
  });

  it('counts lost contact for 6 months from the date police accepted the report', () => {
    const lost: ParentSituation = { code: 'lost_contact', since: '2025-03-01' };
    expect(qualifies(lost, '2025-08-31')).toBe(false); // 5 months 30 days
    expect(qualifies(lost, '2025-09-01')).toBe(true);
    const reason = qualifyingSituation({ code: 'lost_contact', since: '2025-01-10' }, AS_OF, rules).reason;
    expect(reason.zh).toBe('失联满 6 个月（公安机关 2025-01-10 受理报案）');
    expect(reason.since).toBe('2025-07-10');
    expect(qualifyingSituation(lost, '2025-08-31', rules).reason.zh).toContain('失联不足 6 个月');
  });

  it('treats grade 3–4 as severe only for mental or intellectual disability', () => {
    const disabled = (disabilityGrade: number | null, disabilityKind: ParentSituation['disabilityKind']) => ({
      code: 'severe_disability' as const,
      since: '2020-01-01',
      disabilityGrade,
      disabilityKind,
    });
    expect(qualifies(disabled(3, 'physical'))).toBe(false);
    expect(qualifies(disabled(3, 'intellectual'))).toBe(true);
    expect(qualifies(disabled(4, 'mental'))).toBe(true);
    expect(qualifies(disabled(2, 'physical'))).toBe(true);
    expect(qualifies(disabled(1, null))).toBe(true);
    expect(qualifyingSituation(disabled(3, 'physical'), AS_OF, rules).reason.zh).toContain('肢体残疾三级，不属于重残');
    expect(qualifyingSituation(disabled(3, null), AS_OF, rules).reason.code).toBe('DISABILITY_KIND_NOT_RECORDED');
    expect(qualifyingSituation(disabled(null, 'mental'), AS_OF, rules).reason.code).toBe(
      'DISABILITY_GRADE_NOT_RECORDED',
    );
  });

  it('checks serious illness against the configured list', () => {
    const ill = (illnessCode: string | null): ParentSituation => ({
      code: 'serious_illness',
      since: '2025-01-01',
      illnessCode,
    });
    expect(qualifies(ill('uremia'))).toBe(true);
    expect(qualifyingSituation(ill('uremia'), AS_OF, rules).reason.zh).toBe('重病（尿毒症，自 2025-01-01 起）');
    expect(qualifies(ill('hypertension'))).toBe(false);
    expect(qualifyingSituation(ill(null), AS_OF, rules).reason.code).toBe('ILLNESS_NOT_RECORDED');
    const local = {
      ...rules,
      version: 'local-1',
      seriousIllnesses: [{ code: 'hypertension', zh: '高血压三级', en: 'grade 3 hypertension' }],
    };
    expect(qualifyingSituation(ill('hypertension'), AS_OF, local).reason.zh).toBe(
      '重病（高血压三级，自 2025-01-01 起）',
    );
    expect(qualifyingSituation(ill('uremia'), AS_OF, local).reason.zh).toContain('不在重病目录（local-1 版）内');
  });

  it('ignores a situation that has ended or not yet begun', () => {
    expect(qualifies({ ...prison(36), until: '2026-03-15' })).toBe(false);
    expect(qualifies({ ...prison(36), until: '2026-03-16' })).toBe(true);
    expect(qualifyingSituation({ ...prison(36), until: '2026-01-01' }, AS_OF, rules).reason.zh).toBe(
      '服刑在押已于 2026-01-01 结束',
    );
    expect(qualifies(prison(36, '2026-03-16'))).toBe(false);
  });

  it('does not count working away or lack of guardianship capacity as a de facto ground', () => {
    expect(qualifies({ code: 'working_away', since: '2024-01-01' })).toBe(false);
    expect(qualifies({ code: 'no_guardianship_capacity', since: '2024-01-01' })).toBe(false);
    for (const code of ['guardianship_revoked', 'deported', 'declared_missing', 'declared_dead'] as const) {
      expect(qualifies({ code, since: '2024-01-01' })).toBe(true);
    }
  });
});

describe('orphans', () => {
  it('places an orphan by where the child is raised', () => {
    const facts = child({ parents: parents([dead('2019-05-01')], [{ code: 'declared_dead', since: '2021-08-01' }]) });
    const scattered = evaluate(facts, 'orphan_scattered');
    expect(scattered).toMatchObject({ eligible: true, since: '2021-08-01', rulesVersion: '2026-01' });
    expect(zh(scattered.reasons)).toContain('父亲：死亡（2019-05-01）');
    expect(evaluate(facts, 'orphan_institutional').eligible).toBe(false);
    const inside = { ...facts, livesInInstitution: true };
    expect(evaluate(inside, 'orphan_institutional').eligible).toBe(true);
    expect(evaluate(inside, 'orphan_scattered').eligible).toBe(false);
  });

  it('includes a child whose birth parents cannot be found', () => {
    const found = evaluate(child({ parentsUnknown: true, livesInInstitution: true }), 'orphan_institutional');
    expect(found).toMatchObject({ eligible: true, since: '2015-06-01' });
  });

  it('is not an orphan while a parent lives, and asks for an unrecorded parent', () => {
    const e = evaluate(child({ parents: parents([dead()], null) }), 'orphan_scattered');
    expect(e.eligible).toBe(false);
    expect(zh(e.missing)).toEqual(['未登记母亲的情况']);
    const alive = evaluate(child({ parents: parents([dead()], [prison(36)]) }), 'orphan_scattered');
    expect(zh(alive.reasons)).toEqual(['母亲未死亡，也未被宣告死亡']);
    expect(alive.missing).toEqual([]);
  });
});

describe('de facto unsupported', () => {
  it('qualifies with one parent dead and the other in prison, from the later date', () => {
    const e = evaluate(child({ parents: parents([prison(36)], [dead('2022-01-01')]) }), 'de_facto_unsupported');
    expect(e).toMatchObject({ eligible: true, since: '2024-03-01', missing: [] });
    expect(e.reasons.map((r) => r.code)).toContain('DE_FACTO_ONE_DEAD_OR_MISSING');
    expect(e.reasons.find((r) => r.parent === 'father')).toMatchObject({
      zh: '父亲：服刑在押（刑期 36 个月，自 2024-03-01 起）',
      situation: 'imprisoned',
      since: '2024-03-01',
    });
  });

  it('dates lost contact from the end of the 6 months', () => {
    const facts = child({ parents: parents([prison(36)], [{ code: 'lost_contact', since: '2025-01-10' }]) });
    const e = evaluate(facts, 'de_facto_unsupported');
    expect(e).toMatchObject({ eligible: true, since: '2025-07-10' });
    expect(zh(e.reasons)).toContain('母亲：失联满 6 个月（公安机关 2025-01-10 受理报案）');
  });

  it('explains a term that is too short', () => {
    const e = evaluate(child({ parents: parents([dead()], [prison(4, '2026-01-01')]) }), 'de_facto_unsupported');
    expect(e.eligible).toBe(false);
    expect(zh(e.reasons)).toEqual(['母亲：服刑在押刑期 4 个月，不足 6 个月']);
  });

  it('stops applying once a parent is released', () => {
    const facts = child({ parents: parents([{ ...prison(24), until: '2026-03-01' }], [dead()]) });
    expect(evaluate(facts, 'de_facto_unsupported', '2026-02-28').eligible).toBe(true);
    const after = evaluate(facts, 'de_facto_unsupported', '2026-03-01');
    expect(after.eligible).toBe(false);
    expect(zh(after.reasons)).toEqual(['父亲：服刑在押已于 2026-03-01 结束']);
  });

  it('gives way to orphan status', () => {
    const e = evaluate(child({ parents: parents([dead()], [dead()]) }), 'de_facto_unsupported');
    expect(e).toMatchObject({ eligible: false, since: null });
    expect(e.reasons.map((r) => r.code)).toEqual(['ORPHAN_TAKES_PRECEDENCE']);
  });

  it('lists the facts needed to decide', () => {
    const e = evaluate(child({ parents: parents([prison(null)], null) }), 'de_facto_unsupported');
    expect(zh(e.missing)).toEqual(['父亲：服刑在押：未登记刑期', '未登记母亲的情况']);
  });
});

describe('children in difficulty', () => {
  it('follows the recorded economic hardship and disability', () => {
    expect(evaluate(child({ familyEconomicHardship: true }), 'difficulty_economic').eligible).toBe(true);
    expect(evaluate(child({ familyEconomicHardship: false }), 'difficulty_economic').missing).toEqual([]);
    expect(evaluate(child(), 'difficulty_economic').missing.map((r) => r.code)).toEqual([
      'ECONOMIC_STATUS_NOT_RECORDED',
    ]);
    const disabled = evaluate(child({ disability: { grade: 2 } }), 'difficulty_disability');
    expect(disabled.eligible).toBe(true);
    expect(zh(disabled.reasons)).toContain('本人持有残疾人证（残疾二级）');
    expect(evaluate(child({ disability: null }), 'difficulty_disability').eligible).toBe(false);
  });

  it('covers harm recorded as coming from lacking or improper guardianship', () => {
    const e = evaluate(child({ guardianshipHarm: true }), 'difficulty_guardianship');
    expect(e.eligible).toBe(true);
    expect(zh(e.reasons)).toContain('因监护缺失或监护不当，遭受虐待、遗弃、意外伤害或不法侵害');
    expect(
      evaluate(child({ guardianshipHarm: false, parents: parents([], []) }), 'difficulty_guardianship').eligible,
    ).toBe(false);
  });

  // RULES §1.4(c): parents who cannot care are not enough; the lack must have led to abuse, abandonment or harm.
  it('needs the harm, not only parents who cannot care', () => {
    const facts = child({ guardianshipHarm: false, parents: parents([dead('2021-01-01')], [prison(4, '2026-01-05')]) });
    const e = evaluate(facts, 'difficulty_guardianship');
    expect(e.eligible).toBe(false);
    expect(e.reasons.map((r) => r.code)).toEqual([
      'NO_GUARDIANSHIP_HARM',
      'GUARDIANSHIP_LACK',
      'SITUATION_QUALIFIES',
      'TERM_TOO_SHORT',
    ]);
    const unknown = evaluate({ ...facts, guardianshipHarm: undefined }, 'difficulty_guardianship');
    expect(unknown.missing.map((r) => r.code)).toEqual(['GUARDIANSHIP_HARM_NOT_RECORDED']);
    const harmed = evaluate({ ...facts, guardianshipHarm: true }, 'difficulty_guardianship');
    expect(harmed.eligible).toBe(true);
    expect(zh(harmed.reasons)).toContain('母亲：服刑在押刑期 4 个月，不足 6 个月');
  });

  it('leaves a lack of guardianship to the orphan or de facto category', () => {
    const e = evaluate(
      child({ guardianshipHarm: false, parents: parents([dead()], [prison(36)]) }),
      'difficulty_guardianship',
    );
    expect(e.eligible).toBe(false);
    expect(e.reasons.map((r) => r.code)).toContain('COVERED_BY_CATEGORY');
  });
});

describe('rural left-behind children', () => {
  const away = (since = '2024-02-01'): ParentSituation => ({ code: 'working_away', since });

  it('includes a rural child under 16 with both parents away', () => {
    const e = evaluate(child({ parents: parents([away('2023-01-01')], [away('2024-02-01')]) }), 'left_behind');
    expect(e).toMatchObject({ eligible: true, since: '2024-02-01' });
    expect(zh(e.reasons)).toContain('父亲：外出务工（自 2023-01-01 起）');
  });

  it('includes one parent away with the other unable to act as guardian', () => {
    const incapable: ParentSituation = { code: 'no_guardianship_capacity', since: '2022-01-01' };
    expect(evaluate(child({ parents: parents([away()], [incapable]) }), 'left_behind').eligible).toBe(true);
    expect(evaluate(child({ parents: parents([dead()], [away()]) }), 'left_behind').eligible).toBe(true);
    const atHome = evaluate(child({ parents: parents([away()], []) }), 'left_behind');
    expect(atHome.eligible).toBe(false);
    expect(atHome.reasons.map((r) => r.code)).toEqual(['PARENT_AT_HOME']);
  });

  it('excludes urban children and those aged 16', () => {
    const both = parents([away()], [away()]);
    const urban = evaluate(child({ householdType: 'urban', parents: both }), 'left_behind');
    expect(urban.eligible).toBe(false);
    expect(zh(urban.reasons)).toEqual(['城镇户籍，不属于农村留守儿童']);
    expect(evaluate(child({ birthDate: '2010-03-15', parents: both }), 'left_behind').eligible).toBe(false);
    expect(evaluate(child({ birthDate: '2010-03-16', parents: both }), 'left_behind').eligible).toBe(true);
    expect(evaluate(child({ householdType: null, parents: both }), 'left_behind').missing.map((r) => r.code)).toEqual([
      'HOUSEHOLD_TYPE_NOT_RECORDED',
    ]);
  });
});

describe('age limit', () => {
  it('ends every category on the 18th birthday', () => {
    const facts = child({
      birthDate: '2008-03-15',
      familyEconomicHardship: true,
      parents: parents([dead()], [dead()]),
    });
    expect(evaluate(facts, 'orphan_scattered', '2026-03-14').eligible).toBe(true);
    const adult = evaluateCategories(facts, '2026-03-15');
    expect(adult.every((e) => !e.eligible)).toBe(true);
    expect(adult[0]?.reasons[0]?.zh).toBe('已满 18 周岁（2026-03-15 年满 18 周岁）');
    expect(evaluateCategories(child({ birthDate: '2026-04-01' }), AS_OF).every((e) => !e.eligible)).toBe(true);
  });
});

describe('stacking', () => {
  it('forbids orphan with de facto, and the two orphan kinds together', () => {
    expect(categoriesThatMayNotStack('orphan_scattered', 'de_facto_unsupported')).toBe(true);
    expect(categoriesThatMayNotStack('de_facto_unsupported', 'orphan_institutional')).toBe(true);
    expect(categoriesThatMayNotStack('orphan_institutional', 'orphan_scattered')).toBe(true);
    expect(categoriesThatMayNotStack('orphan_scattered', 'difficulty_disability')).toBe(false);
    expect(categoriesThatMayNotStack('de_facto_unsupported', 'left_behind')).toBe(false);
    expect(categoriesThatMayNotStack('orphan_scattered', 'orphan_scattered')).toBe(false);
  });

  const codes = Object.keys(PARENT_SITUATION_LABELS) as ParentSituationCode[];
  const date = fc
    .date({ min: new Date('2005-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const situation: fc.Arbitrary<ParentSituation> = fc.record({
    code: fc.constantFrom(...codes),
    since: date,
    until: fc.option(date),
    disabilityGrade: fc.option(fc.integer({ min: 0, max: 5 })),
    disabilityKind: fc.option(fc.constantFrom<DisabilityKind>('physical', 'mental', 'intellectual', 'multiple')),
    illnessCode: fc.option(fc.constantFrom('uremia', 'leukemia', 'hypertension')),
    termMonths: fc.option(fc.integer({ min: 0, max: 120 })),
  });
  const facts: fc.Arbitrary<ChildFacts> = fc.record({
    birthDate: date,
    householdType: fc.constantFrom('rural' as const, 'urban' as const, null),
    livesInInstitution: fc.boolean(),
    // A parent with no record at all stands for an unknown parent.
    parents: fc
      .tuple(fc.option(fc.array(situation, { maxLength: 3 })), fc.option(fc.array(situation, { maxLength: 3 })))
      .map(([father, mother]) => parents(father, mother)),
    parentsUnknown: fc.boolean(),
    disability: fc.option(fc.record({ grade: fc.option(fc.integer({ min: 1, max: 4 })) }), { nil: undefined }),
    familyEconomicHardship: fc.option(fc.boolean(), { nil: undefined }),
    guardianshipHarm: fc.option(fc.boolean(), { nil: undefined }),
  });

  it('never grants two categories that may not stack', () => {
    fc.assert(
      fc.property(facts, date, (f, asOf) => {
        const evaluations = evaluateCategories(f, asOf);
        expect(evaluations.map((e) => e.category)).toEqual(CATEGORY_CODES);
        const granted = evaluations.filter((e) => e.eligible).map((e) => e.category);
        for (const a of granted) for (const b of granted) expect(categoriesThatMayNotStack(a, b)).toBe(false);
        for (const e of evaluations) {
          expect(e.rulesVersion).toBe('2026-01');
          if (e.eligible) expect(e.missing).toEqual([]);
          else expect(e.since).toBeNull();
          expect(e.reasons.length).toBeGreaterThan(0);
          if (e.since !== null) expect(e.since <= asOf).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});
