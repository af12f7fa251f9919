import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ALLOWANCE_RULES,
  entitlementFor,
  isEntitled,
  rollLinesFor,
  rollLinesPlanner,
  type BeneficiaryFacts,
  type HeldCategory,
  type MonthPaid,
} from './entitlement.ts';
import { fenToYuan } from './money.ts';
import { monthRange, shiftMonth } from './months.ts';
import { checkStandard, standardFor, type AllowanceStandard } from './standards.ts';

const COUNTY = '511102';

function std(
  category: AllowanceStandard['category'],
  effectiveMonth: string,
  yuan: number | null,
  extra: Partial<AllowanceStandard> = {},
): AllowanceStandard {
  return {
    id: `${category}-${effectiveMonth}-${extra.countyCode ?? 'city'}-${extra.version ?? 1}`,
    category,
    countyCode: null,
    effectiveMonth,
    amountFen: yuan === null ? null : yuan * 100,
    followsCategory: null,
    notice: `乐民发〔${effectiveMonth.slice(0, 4)}〕1号`,
    version: 1,
    ...extra,
  };
}

const STANDARDS: AllowanceStandard[] = [
  std('orphan_institutional', '2016-01', 1246),
  std('orphan_scattered', '2016-01', 748),
  std('orphan_institutional', '2020-01', 1400),
  std('orphan_scattered', '2020-01', 900),
  std('de_facto_unsupported', '2020-01', null, { followsCategory: 'orphan_scattered' }),
];

function held(category: HeldCategory['category'], startDate: string, extra: Partial<HeldCategory> = {}): HeldCategory {
  return { category, startDate, endDate: null, endReason: null, recordedOn: '2024-01-10', ...extra };
}

function child(extra: Partial<BeneficiaryFacts> = {}): BeneficiaryFacts {
  return {
    childId: 'c1',
    birthDate: '2015-05-20',
    countyCode: COUNTY,
    categories: [held('orphan_scattered', '2024-02-01')],
    diedOn: null,
    terminatedOn: null,
    terminationReason: null,
    ...extra,
  };
}

/** What locked rolls paid when every month was paid at `yuan`. */
function paidAt(months: string[], yuan: number): MonthPaid[] {
  return months.map((month) => ({ month, paidFen: yuan * 100, failedFen: 0, failedReason: null }));
}

describe('standards', () => {
  it('uses the most recent standard, follows another category, and lets a county override win a tie', () => {
    expect(standardFor(STANDARDS, 'orphan_scattered', COUNTY, '2019-12')?.amountFen).toBe(74800);
    expect(standardFor(STANDARDS, 'orphan_scattered', COUNTY, '2020-01')?.amountFen).toBe(90000);
    expect(standardFor(STANDARDS, 'de_facto_unsupported', COUNTY, '2026-03')?.amountFen).toBe(90000);
    expect(standardFor(STANDARDS, 'de_facto_unsupported', COUNTY, '2019-03')).toBeNull();
    const withCounty = [...STANDARDS, std('orphan_scattered', '2020-01', 950, { countyCode: COUNTY })];
    expect(standardFor(withCounty, 'orphan_scattered', COUNTY, '2021-01')?.amountFen).toBe(95000);
    expect(standardFor(withCounty, 'orphan_scattered', '511123', '2021-01')?.amountFen).toBe(90000);
    const corrected = [...STANDARDS, std('orphan_scattered', '2020-01', 920, { version: 2 })];
    expect(standardFor(corrected, 'orphan_scattered', COUNTY, '2021-01')?.amountFen).toBe(92000);
  });

  it('names the field of a bad standard', () => {
    expect(
      checkStandard({
        category: 'orphan_scattered',
        amountFen: null,
        followsCategory: null,
        notice: '',
        effectiveMonth: '2026-01',
      }).map((p) => p.field),
    ).toEqual(['amountFen', 'notice']);
    expect(checkStandard({ ...STANDARDS[1]!, amountFen: -5 }).map((p) => p.field)).toEqual(['amountFen']);
  });
});

describe('entitlement', () => {
  it('pays a category approved in March from April', () => {
    const facts = child({ categories: [held('orphan_scattered', '2026-04-01', { recordedOn: '2026-03-20' })] });
    expect(isEntitled(entitlementFor(facts, '2026-03', STANDARDS))).toBe(false);
    expect(entitlementFor(facts, '2026-04', STANDARDS)).toMatchObject({ amountFen: 90000 });
  });

  it('pays a legacy decision dated mid-month from the next month', () => {
    const facts = child({ categories: [held('orphan_scattered', '2025-03-15')] });
    expect(isEntitled(entitlementFor(facts, '2025-03', STANDARDS))).toBe(false);
    expect(isEntitled(entitlementFor(facts, '2025-04', STANDARDS))).toBe(true);
  });

  it('last pays the month of the 18th birthday', () => {
    const facts = child({ birthDate: '2008-03-17', categories: [held('orphan_scattered', '2020-01-01')] });
    expect(isEntitled(entitlementFor(facts, '2026-03', STANDARDS))).toBe(true);
    expect(entitlementFor(facts, '2026-04', STANDARDS)).toMatchObject({ cause: 'adulthood' });
  });

  describe('past 18 in full-time schooling (local policy)', () => {
    const EXTENDED = { ...DEFAULT_ALLOWANCE_RULES, schooling: { untilAge: 22, since: '2025-01' } };
    const student = child({
      birthDate: '2008-03-17',
      categories: [held('orphan_scattered', '2020-01-01')],
      schooling: [{ from: '2025-09-01', until: '2026-07-10' }],
    });

    it('is not paid without the policy, whatever the schooling', () => {
      expect(entitlementFor(student, '2026-04', STANDARDS)).toMatchObject({ cause: 'adulthood' });
    });

    it('is paid, in words, for each whole month a certificate covers, and stops after it', () => {
      const april = entitlementFor(student, '2026-04', STANDARDS, EXTENDED);
      expect(april).toMatchObject({ amountFen: 90000, schooling: true });
      const [line] = rollLinesFor(student, '2026-04', STANDARDS, [], [], EXTENDED);
      expect(line?.explanation.zh).toBe('孤儿（散居） 900（全日制在读，延续发放）');
      expect(isEntitled(entitlementFor(student, '2026-06', STANDARDS, EXTENDED))).toBe(true);
      // The certificate ends on 10 July: July is not proven whole.
      const july = entitlementFor(student, '2026-07', STANDARDS, EXTENDED);
      expect(july).toMatchObject({ cause: 'adulthood' });
      expect((july as { words: { zh: string } }).words.zh).toContain('无全日制在读证明');
    });

    it('extends nothing before the month the policy took effect', () => {
      const later = { ...DEFAULT_ALLOWANCE_RULES, schooling: { untilAge: 22, since: '2026-05' } };
      expect(entitlementFor(student, '2026-04', STANDARDS, later)).toMatchObject({ cause: 'adulthood' });
      expect(isEntitled(entitlementFor(student, '2026-05', STANDARDS, later))).toBe(true);
    });

    it('stops at the policy age even while schooling goes on', () => {
      const older = child({
        birthDate: '2004-02-10',
        categories: [held('orphan_scattered', '2020-01-01')],
        schooling: [{ from: '2025-09-01', until: '2027-07-01' }],
      });
      expect(isEntitled(entitlementFor(older, '2026-02', STANDARDS, EXTENDED))).toBe(true);
      expect(entitlementFor(older, '2026-03', STANDARDS, EXTENDED)).toMatchObject({ cause: 'adulthood' });
    });

    it('recovers a month paid past 18 once the certificate turns out not to cover it', () => {
      const paid = [{ month: '2026-07', paidFen: 90000, failedFen: 0, failedReason: null }];
      const lines = rollLinesFor(student, '2026-08', STANDARDS, ['2026-07'], paid, EXTENDED);
      expect(lines).toEqual([expect.objectContaining({ kind: 'recovery', forMonth: '2026-07', amountFen: -90000 })]);
    });
  });

  it('pays a child holding orphan and de facto once, as an orphan', () => {
    const facts = child({
      categories: [held('de_facto_unsupported', '2024-02-01'), held('orphan_scattered', '2024-02-01')],
    });
    const lines = rollLinesFor(facts, '2026-06', STANDARDS, [], []);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ kind: 'base', category: 'orphan_scattered', amountFen: 90000 });
    expect(lines[0]!.explanation.zh).toContain('不与事实无人抚养儿童重复享受');
  });
});

describe('categories without a standard', () => {
  it('carry no money and are not named as not stacked', () => {
    const facts = child({
      categories: [held('de_facto_unsupported', '2024-02-01'), held('difficulty_economic', '2024-02-01')],
    });
    const [line] = rollLinesFor(facts, '2026-06', STANDARDS, [], []);
    expect(line?.explanation.zh).toBe('事实无人抚养儿童 900');
  });
});

describe('roll lines', () => {
  it('gives exactly five months of arrears in June for a raise effective from January', () => {
    const raised = [...STANDARDS, std('orphan_scattered', '2026-01', 1000)];
    const rolled = monthRange('2025-06', '2026-05');
    const paid = paidAt(rolled, 900);
    const lines = rollLinesFor(child(), '2026-06', raised, rolled, paid);
    const arrears = lines.filter((l) => l.kind === 'arrears');
    expect(arrears.map((l) => l.forMonth)).toEqual(monthRange('2026-01', '2026-05'));
    expect(arrears.every((l) => l.amountFen === 10000)).toBe(true);
    expect(arrears[0]!.explanation.zh).toBe('补发 2026年1月：标准调整 900 → 1000（乐民发〔2026〕1号）');
    expect(lines.find((l) => l.kind === 'base')?.amountFen).toBe(100000);
    // Once the June roll (with the arrears) is locked, July owes nothing more.
    const afterJune = [
      ...paidAt(monthRange('2025-06', '2025-12'), 900),
      ...paidAt(monthRange('2026-01', '2026-06'), 1000),
    ];
    const july = rollLinesFor(child(), '2026-07', raised, [...rolled, '2026-06'], afterJune);
    expect(july.map((l) => l.kind)).toEqual(['base']);
  });

  it('recovers April and May when an April death is recorded after the May roll was paid', () => {
    const facts = child({
      diedOn: '2026-04-15',
      categories: [held('orphan_scattered', '2024-02-01', { endDate: '2026-04-30', endReason: '死亡' })],
    });
    const rolled = monthRange('2026-01', '2026-05');
    const lines = rollLinesFor(facts, '2026-06', STANDARDS, rolled, paidAt(rolled, 900));
    expect(lines.map((l) => [l.kind, l.forMonth, l.amountFen])).toEqual([['recovery', '2026-05', -90000]]);
    expect(lines[0]!.explanation.zh).toBe('追回 2026年5月：2026-04-15 死亡，已发 900 元');
  });

  it('resends a failed bank line the next month with the bank’s reason', () => {
    const rolled = ['2026-05'];
    const paid: MonthPaid[] = [{ month: '2026-05', paidFen: 0, failedFen: 90000, failedReason: '账户已销户' }];
    const lines = rollLinesFor(child(), '2026-06', STANDARDS, rolled, paid);
    expect(lines.map((l) => [l.kind, l.forMonth, fenToYuan(l.amountFen)])).toEqual([
      ['retry', '2026-05', '900.00'],
      ['base', '2026-06', '900.00'],
    ]);
    expect(lines[0]!.explanation.zh).toContain('账户已销户');
  });

  it('owes a month missed because the approval came after that month’s roll, not months before the record', () => {
    const facts = child({ categories: [held('orphan_scattered', '2026-04-01', { recordedOn: '2026-03-28' })] });
    const lines = rollLinesFor(facts, '2026-05', STANDARDS, ['2026-03', '2026-04'], []);
    expect(lines.map((l) => [l.kind, l.forMonth])).toEqual([
      ['arrears', '2026-04'],
      ['base', '2026-05'],
    ]);
    const legacy = child({ categories: [held('orphan_scattered', '2020-01-01', { recordedOn: '2026-04-20' })] });
    expect(rollLinesFor(legacy, '2026-05', STANDARDS, ['2026-03', '2026-04'], []).map((l) => l.kind)).toEqual(['base']);
  });

  it('looks back no further than the rules say', () => {
    const raised = [...STANDARDS, std('orphan_scattered', '2020-01', 950, { version: 2 })];
    const rolled = monthRange('2022-01', '2026-05');
    const lines = rollLinesFor(
      child({ categories: [held('orphan_scattered', '2020-01-01')] }),
      '2026-06',
      raised,
      rolled,
      paidAt(rolled, 900),
    );
    const arrears = lines.filter((l) => l.kind === 'arrears');
    expect(arrears).toHaveLength(24);
    expect(arrears[0]!.forMonth).toBe(shiftMonth('2026-06', -24));
  });
});

describe('one planner for a whole roll', () => {
  it('gives every child the lines rollLinesFor gives that child alone, whatever the children before it', () => {
    const standards = [
      ...STANDARDS,
      std('orphan_scattered', '2026-01', 1000),
      std('orphan_scattered', '2026-02', 950, { countyCode: '511123' }),
    ];
    const month = '2026-03';
    const rolled = monthRange('2024-03', '2026-02');
    const paidAt = (fen: number): MonthPaid[] =>
      rolled.map((m) => ({ month: m, paidFen: fen, failedFen: 0, failedReason: null }));
    const children: [BeneficiaryFacts, MonthPaid[]][] = [
      [child(), paidAt(90_000)],
      [child({ childId: 'c2', countyCode: '511123' }), paidAt(90_000)],
      [child({ childId: 'c3', birthDate: '2007-11-02' }), paidAt(90_000)],
      [
        child({
          childId: 'c4',
          categories: [held('de_facto_unsupported', '2024-06-01'), held('orphan_institutional', '2025-09-01')],
        }),
        [],
      ],
      [child({ childId: 'c5', diedOn: '2025-12-14' }), paidAt(100_000)],
    ];
    const plan = rollLinesPlanner(month, standards, rolled, DEFAULT_ALLOWANCE_RULES);
    for (const [facts, paid] of children) {
      expect(plan(facts, paid)).toEqual(rollLinesFor(facts, month, standards, rolled, paid));
    }
    // The standard of one county is not remembered for another.
    expect(plan(children[1]![0], children[1]![1]).filter((l) => l.kind === 'base')[0]?.amountFen).toBe(95_000);
    expect(plan(children[0]![0], children[0]![1]).filter((l) => l.kind === 'base')[0]?.amountFen).toBe(100_000);
  });
});
