import { describe, expect, it } from 'vitest';
import { DEFAULT_ALLOWANCE_RULES, type BeneficiaryFacts } from './entitlement.ts';
import type { AllowanceStandard } from './standards.ts';
import { superviseRoll, type SupervisedChild, type SupervisedLine } from './supervision.ts';

const STANDARDS: AllowanceStandard[] = [
  {
    id: 's1',
    category: 'orphan_scattered',
    countyCode: null,
    effectiveMonth: '2020-01',
    amountFen: 90000,
    followsCategory: null,
    notice: 'n',
    version: 1,
  },
  {
    id: 's2',
    category: 'orphan_institutional',
    countyCode: null,
    effectiveMonth: '2020-01',
    amountFen: 140000,
    followsCategory: null,
    notice: 'n',
    version: 1,
  },
  {
    id: 's3',
    category: 'de_facto_unsupported',
    countyCode: null,
    effectiveMonth: '2020-01',
    amountFen: null,
    followsCategory: 'orphan_scattered',
    notice: 'n',
    version: 1,
  },
];

function facts(childId: string, extra: Partial<BeneficiaryFacts> = {}): BeneficiaryFacts {
  return {
    childId,
    birthDate: '2014-02-02',
    countyCode: '511102',
    categories: [
      {
        category: 'orphan_scattered',
        startDate: '2022-01-01',
        endDate: null,
        endReason: null,
        recordedOn: '2022-01-01',
      },
    ],
    diedOn: null,
    terminatedOn: null,
    terminationReason: null,
    ...extra,
  };
}

const goodPayee = { kind: 'guardian' as const, holderIsGuardian: true, holderIsInstitution: false };

function childOf(id: string, extra: Partial<SupervisedChild> = {}, f: Partial<BeneficiaryFacts> = {}): SupervisedChild {
  return { facts: facts(id, f), idHash: `h-${id}`, payee: goodPayee, ...extra };
}

function line(lineId: string, childId: string, extra: Partial<SupervisedLine> = {}): SupervisedLine {
  return {
    lineId,
    childId,
    kind: 'base',
    forMonth: '2026-06',
    category: 'orphan_scattered',
    amountFen: 90000,
    ...extra,
  };
}

function checks(lines: SupervisedLine[], children: SupervisedChild[]): string[] {
  const map = new Map(children.map((c) => [c.facts.childId, c]));
  return superviseRoll(lines, map, STANDARDS).map((f) => `${f.check}:${f.childId}`);
}

describe('fund supervision', () => {
  it('finds nothing in a clean roll', () => {
    expect(checks([line('l1', 'a'), line('l2', 'b')], [childOf('a'), childOf('b')])).toEqual([]);
  });

  it('does not flag a month past 18 that full-time schooling extends, where the policy does', () => {
    const student = childOf(
      'a',
      {},
      { birthDate: '2008-03-03', schooling: [{ from: '2025-09-01', until: '2026-07-10' }] },
    );
    const map = new Map([['a', student]]);
    const extended = { ...DEFAULT_ALLOWANCE_RULES, schooling: { untilAge: 22, since: '2025-01' } };
    expect(superviseRoll([line('l1', 'a')], map, STANDARDS, extended)).toEqual([]);
    expect(
      superviseRoll([line('l1', 'a', { forMonth: '2026-07' })], map, STANDARDS, extended).map((f) => f.check),
    ).toEqual(['PAST_ADULTHOOD']);
    expect(checks([line('l1', 'a')], [student])).toEqual(['PAST_ADULTHOOD:a']);
  });

  it('catches each planted case', () => {
    expect(checks([line('l1', 'a')], [childOf('a', {}, { birthDate: '2008-03-03' })])).toEqual(['PAST_ADULTHOOD:a']);
    expect(checks([line('l1', 'a')], [childOf('a', {}, { diedOn: '2026-04-15' })])).toEqual(['AFTER_END:a']);
    expect(checks([line('l1', 'a')], [childOf('a', {}, { terminatedOn: '2026-05-02' })])).toEqual(['AFTER_END:a']);
    expect(checks([line('l1', 'a'), line('l2', 'b')], [childOf('a'), childOf('b', { idHash: 'h-a' })])).toEqual([
      'DUPLICATE_ID:a',
      'DUPLICATE_ID:b',
    ]);
    expect(checks([line('l1', 'a'), line('l2', 'a', { category: 'de_facto_unsupported' })], [childOf('a')])).toEqual([
      'STACKED:a',
    ]);
    expect(checks([line('l1', 'a')], [childOf('a', { payee: { ...goodPayee, holderIsGuardian: false } })])).toEqual([
      'PAYEE_NOT_HOLDER:a',
    ]);
    expect(checks([line('l1', 'a', { amountFen: 95000 })], [childOf('a')])).toEqual(['AMOUNT_NOT_STANDARD:a']);
    expect(checks([line('l1', 'a')], [childOf('a', { payee: null })])).toEqual(['NO_ACCOUNT:a']);
  });

  it('wants the institution’s account for institutional care', () => {
    const institutional = {
      categories: [
        {
          category: 'orphan_institutional' as const,
          startDate: '2022-01-01',
          endDate: null,
          endReason: null,
          recordedOn: '2022-01-01',
        },
      ],
    };
    const l = line('l1', 'a', { category: 'orphan_institutional', amountFen: 140000 });
    expect(checks([l], [childOf('a', {}, institutional)])).toEqual(['PAYEE_NOT_HOLDER:a']);
    const ok = childOf(
      'a',
      { payee: { kind: 'institution', holderIsGuardian: false, holderIsInstitution: true } },
      institutional,
    );
    expect(checks([l], [ok])).toEqual([]);
  });

  it('marks blocking and warning findings', () => {
    const map = new Map([['a', childOf('a', { payee: null }, { diedOn: '2026-01-01' })]]);
    const severities = superviseRoll([line('l1', 'a')], map, STANDARDS).map((f) => [f.check, f.severity]);
    expect(severities).toEqual([
      ['AFTER_END', 'blocking'],
      ['NO_ACCOUNT', 'warning'],
    ]);
  });
});
