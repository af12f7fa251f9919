import { describe, expect, it } from 'vitest';
import type { ChildFacts, ParentSituation } from './categories.ts';
import { checkCategory, checkSummary } from './eligibility.ts';
import { requiredPapers, type PaperOnFile } from './papers.ts';

function facts(father: ParentSituation[], mother: ParentSituation[]): ChildFacts {
  return {
    birthDate: '2015-06-01',
    householdType: 'rural',
    livesInInstitution: false,
    parents: [
      { role: 'father', situations: father },
      { role: 'mother', situations: mother },
    ],
  };
}

const motherDead: ParentSituation = { code: 'dead', since: '2024-11-10' };

describe('rule check of an application', () => {
  it('finds both parents dead a scattered orphan, with the dates in the reasons', () => {
    const check = checkCategory(
      facts([{ code: 'dead', since: '2025-03-02' }], [motherDead]),
      'orphan_scattered',
      '2026-03-15',
    );
    expect(check.outcome).toBe('eligible');
    expect(check.since).toBe('2025-03-02');
    expect(checkSummary(check).zh).toMatch(/2025-03-02.*2024-11-10.*→ 符合孤儿（散居）/);
  });

  it('finds a long prison term with the mother dead de facto unsupported, and a short one not, saying why', () => {
    const long = facts([{ code: 'imprisoned', since: '2025-06-01', termMonths: 36 }], [motherDead]);
    expect(checkCategory(long, 'de_facto_unsupported', '2026-03-15').outcome).toBe('eligible');
    const short = checkCategory(
      facts([{ code: 'imprisoned', since: '2026-01-05', termMonths: 4 }], [motherDead]),
      'de_facto_unsupported',
      '2026-03-15',
    );
    expect(short.outcome).toBe('not_eligible');
    expect(short.reasons.map((r) => r.zh).join('；')).toContain('6');
    expect(short.reasons.some((r) => r.parent === 'father' && r.situation === 'imprisoned')).toBe(true);
  });

  it('answers as of a date: before the imprisonment the same child does not qualify', () => {
    const long = facts([{ code: 'imprisoned', since: '2025-06-01', termMonths: 36 }], [motherDead]);
    expect(checkCategory(long, 'de_facto_unsupported', '2025-05-01').outcome).not.toBe('eligible');
    expect(checkCategory(long, 'de_facto_unsupported', '2025-07-01').outcome).toBe('eligible');
  });

  it('says evidence is missing when a parent is not recorded', () => {
    const one: ChildFacts = { ...facts([], [motherDead]), parents: [{ role: 'mother', situations: [motherDead] }] };
    const check = checkCategory(one, 'orphan_scattered', '2026-03-15');
    expect(check.outcome).toBe('evidence_missing');
    expect(check.missing[0]?.zh).toContain('父亲');
  });
});

describe('required papers', () => {
  const orphan = checkCategory(
    facts([{ code: 'dead', since: '2025-03-02' }], [motherDead]),
    'orphan_scattered',
    '2026-03-15',
  );

  it('asks for each ground the decision rests on, and the category papers', () => {
    const papers = requiredPapers('grant', 'orphan_scattered', orphan, []);
    expect(papers.map((p) => p.name.zh)).toEqual(['户口簿', '养育协议', '父亲死亡证明', '母亲死亡证明']);
    expect(papers.every((p) => !p.met)).toBe(true);
  });

  it('is met by a document on the situation it proves, or a child document titled with the paper', () => {
    const onFile: PaperOnFile[] = [
      { subjectType: 'situation', parent: 'father', situation: 'dead', title: '死亡证明' },
      { subjectType: 'child', title: '户口簿首页' },
      { subjectType: 'situation', parent: 'father', situation: 'imprisoned', title: '判决书' },
    ];
    const papers = requiredPapers('grant', 'orphan_scattered', orphan, onFile);
    expect(papers.filter((p) => !p.met).map((p) => p.name.zh)).toEqual(['养育协议', '母亲死亡证明']);
  });
});
