// Fund supervision (资金监管, RULES §3.17): checks every roll runs before approval. Blocking findings stop the
// approval; warnings need a written note. Each check looks at the lines as stored, so a line changed by any
// means other than the generator is still caught.
import { categoriesThatMayNotStack } from '../categories.ts';
import type { Bilingual } from '../parent-situations.ts';
import {
  DEFAULT_ALLOWANCE_RULES,
  entitlementWith,
  isEntitled,
  lastPaidMonth,
  schoolingCovers,
  standardLookup,
  type AllowanceRules,
  type BeneficiaryFacts,
  type RollLineKind,
} from './entitlement.ts';
import { yuanWords } from './money.ts';
import { monthOf, monthWords, type Month } from './months.ts';
import { categoryWords, payeeKindFor, type AllowanceCategory, type AllowanceStandard } from './standards.ts';

export const SUPERVISION_CHECKS = {
  PAST_ADULTHOOD: { severity: 'blocking', zh: '超过18周岁当月仍发放', en: 'Paid past the 18th-birthday month' },
  AFTER_END: { severity: 'blocking', zh: '死亡或终止后仍发放', en: 'Paid after death or termination' },
  DUPLICATE_ID: { severity: 'blocking', zh: '同一身份证号在名册中出现两次', en: 'One ID number twice in the roll' },
  STACKED: { severity: 'blocking', zh: '不可重复享受的类别同时发放', en: 'Categories that may not stack both paid' },
  PAYEE_NOT_HOLDER: {
    severity: 'blocking',
    zh: '收款人不是监护人（散居）或养育机构（集中养育）',
    en: 'Payee is not the guardian (family care) or the institution (institutional care)',
  },
  AMOUNT_NOT_STANDARD: {
    severity: 'blocking',
    zh: '金额与当期标准不符',
    en: 'Amount differs from the standard in force',
  },
  NO_ACCOUNT: {
    severity: 'warning',
    zh: '没有收款账户，本月无法发放',
    en: 'No payee account: cannot be paid this month',
  },
  LONG_ARREARS: { severity: 'warning', zh: '补发超过6个月', en: 'Arrears for more than six months' },
} as const satisfies Record<string, { severity: 'blocking' | 'warning'; zh: string; en: string }>;
export type SupervisionCheck = keyof typeof SUPERVISION_CHECKS;
export type FindingSeverity = 'blocking' | 'warning';

export interface SupervisedLine {
  lineId: string;
  childId: string;
  kind: RollLineKind;
  forMonth: Month;
  category: AllowanceCategory | null;
  amountFen: number;
}

export interface SupervisedChild {
  facts: BeneficiaryFacts;
  /** A keyed hash of the ID number: equal numbers give equal hashes. */
  idHash: string;
  payee: {
    kind: 'guardian' | 'institution';
    /** The account's holder is a current guardian of the child (散居, 事实无人抚养). */
    holderIsGuardian: boolean;
    /** The account is the institution's that raises the child (集中养育). */
    holderIsInstitution: boolean;
  } | null;
}

export interface Finding {
  check: SupervisionCheck;
  severity: FindingSeverity;
  childId: string;
  lineIds: string[];
  message: Bilingual;
}

function finding(check: SupervisionCheck, childId: string, lineIds: string[], detail: Bilingual): Finding {
  const c = SUPERVISION_CHECKS[check];
  return {
    check,
    severity: c.severity,
    childId,
    lineIds,
    message: { zh: `${c.zh}：${detail.zh}`, en: `${c.en}: ${detail.en}` },
  };
}

/** Runs every check on a roll's lines. `children` holds each child the lines name. */
export function superviseRoll(
  lines: readonly SupervisedLine[],
  children: ReadonlyMap<string, SupervisedChild>,
  standards: readonly AllowanceStandard[],
  rules: AllowanceRules = DEFAULT_ALLOWANCE_RULES,
): Finding[] {
  const findings: Finding[] = [];
  const inForce = standardLookup(standards);
  const byChild = new Map<string, SupervisedLine[]>();
  for (const l of lines) {
    const list = byChild.get(l.childId);
    if (list) list.push(l);
    else byChild.set(l.childId, [l]);
  }

  const byIdHash = new Map<string, string[]>();
  for (const [childId, childLines] of byChild) {
    const child = children.get(childId);
    if (!child) continue;
    const paying = childLines.filter((l) => l.amountFen > 0);
    if (paying.length > 0) {
      const same = byIdHash.get(child.idHash);
      if (same) same.push(childId);
      else byIdHash.set(child.idHash, [childId]);
    }
    const facts = child.facts;

    const adult = lastPaidMonth(facts, rules);
    // A month past the age that full-time schooling extends (where the city's policy does) is not late.
    const late = paying.filter((l) => l.forMonth > adult && !schoolingCovers(facts, l.forMonth, rules));
    if (late.length > 0) {
      findings.push(
        finding(
          'PAST_ADULTHOOD',
          childId,
          late.map((l) => l.lineId),
          { zh: `${monthWords(adult).zh}满${rules.lastPaidAge}周岁`, en: `turned ${rules.lastPaidAge} in ${adult}` },
        ),
      );
    }
    const endedOn = [facts.diedOn, facts.terminatedOn].filter((d): d is string => d !== null).sort()[0];
    const afterEnd = endedOn ? paying.filter((l) => l.forMonth > monthOf(endedOn)) : [];
    if (endedOn && afterEnd.length > 0) {
      findings.push(
        finding(
          'AFTER_END',
          childId,
          afterEnd.map((l) => l.lineId),
          { zh: `${endedOn} ${facts.diedOn === endedOn ? '死亡' : '终止'}`, en: `ended on ${endedOn}` },
        ),
      );
    }

    const byMonth = new Map<Month, SupervisedLine[]>();
    for (const l of paying) {
      const list = byMonth.get(l.forMonth);
      if (list) list.push(l);
      else byMonth.set(l.forMonth, [l]);
    }
    for (const [m, monthLines] of byMonth) {
      const cats = [...new Set(monthLines.map((l) => l.category).filter((c): c is AllowanceCategory => c !== null))];
      const stacked = cats.some((a) => cats.some((b) => categoriesThatMayNotStack(a, b)));
      const twoBase = monthLines.filter((l) => l.kind === 'base').length > 1;
      if (stacked || twoBase) {
        findings.push(
          finding(
            'STACKED',
            childId,
            monthLines.map((l) => l.lineId),
            {
              zh: `${monthWords(m).zh}：${cats.map((c) => categoryWords(c).zh).join('、')}`,
              en: `${m}: ${cats.map((c) => categoryWords(c).en).join(', ')}`,
            },
          ),
        );
      }
    }

    for (const l of childLines.filter((x) => x.kind === 'base' || x.kind === 'arrears' || x.kind === 'retry')) {
      const e = entitlementWith(facts, l.forMonth, rules, adult, inForce);
      if (!isEntitled(e) || l.category === null) continue;
      const expected = l.kind === 'base' ? e.amountFen : null;
      if (expected !== null && l.amountFen !== expected) {
        findings.push(
          finding('AMOUNT_NOT_STANDARD', childId, [l.lineId], {
            zh: `${monthWords(l.forMonth).zh} 发放 ${yuanWords(l.amountFen)} 元，标准 ${yuanWords(expected)} 元`,
            en: `${l.forMonth}: ${yuanWords(l.amountFen)} paid, the standard is ${yuanWords(expected)}`,
          }),
        );
      }
    }

    const net = childLines.reduce((sum, l) => sum + l.amountFen, 0);
    const category = childLines.find((l) => l.kind === 'base')?.category ?? childLines[0]?.category ?? null;
    if (net > 0 && !child.payee) {
      findings.push(
        finding('NO_ACCOUNT', childId, [], { zh: `应发 ${yuanWords(net)} 元`, en: `${yuanWords(net)} due` }),
      );
    } else if (net > 0 && child.payee && category) {
      const wanted = payeeKindFor(category);
      const ok = wanted === 'institution' ? child.payee.holderIsInstitution : child.payee.holderIsGuardian;
      if (!ok) {
        findings.push(
          finding('PAYEE_NOT_HOLDER', childId, [], {
            zh: wanted === 'institution' ? '账户不属于养育机构' : '账户持有人不是现任监护人',
            en:
              wanted === 'institution'
                ? 'the account is not the institution’s'
                : 'the holder is not a current guardian',
          }),
        );
      }
    }

    const arrearsMonths = new Set(childLines.filter((l) => l.kind === 'arrears').map((l) => l.forMonth));
    if (arrearsMonths.size > 6) {
      findings.push(
        finding(
          'LONG_ARREARS',
          childId,
          childLines.filter((l) => l.kind === 'arrears').map((l) => l.lineId),
          { zh: `补发 ${arrearsMonths.size} 个月`, en: `${arrearsMonths.size} months of arrears` },
        ),
      );
    }
  }

  for (const childIds of byIdHash.values()) {
    if (childIds.length < 2) continue;
    for (const childId of childIds) {
      findings.push(
        finding('DUPLICATE_ID', childId, [], {
          zh: `另有 ${childIds.length - 1} 份档案使用同一身份证号`,
          en: `${childIds.length - 1} other record(s) with the same ID number`,
        }),
      );
    }
  }
  return findings;
}
