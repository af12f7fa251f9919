// Who may approve a roll, and what stands in the way: one rule for the roll's page (its approve action and the
// reasons shown beside it) and for the approval itself, which applies it first to the roll as stored and again
// after re-running the supervision checks on today's facts (so its findings are never out of date there).
import type { rollStatuses } from '../../db/schema.ts';
import type { FactChange, FactKind } from './rolls.freshness.ts';

type RollStatus = (typeof rollStatuses)[number];

export type ApprovalBlockerCode =
  'ROLL_NOT_DRAFT' | 'ROLL_SELF_APPROVAL' | 'ROLL_FINDINGS_STALE' | 'ROLL_BLOCKED' | 'ROLL_WARNINGS_UNNOTED';

export interface ApprovalBlocker {
  code: ApprovalBlockerCode;
  zh: string;
  en: string;
}

export interface ApprovalState {
  status: RollStatus;
  generatedBy: string | null;
  /** Blocking supervision findings. */
  blocking: number;
  /** Warnings without the written note approval needs. */
  unnotedWarnings: number;
  /** What changed since the findings were checked (rolls.freshness.ts); empty when they hold. */
  factChanges: readonly FactChange[];
}

const FACT_WORDS: Record<Exclude<FactKind, 'unrecorded'>, { zh: string; en: string }> = {
  child: {
    zh: '档案（死亡或终止、出生日期、身份证号、户籍地或养育机构）',
    en: 'record (death or end, birth, ID, place)',
  },
  category: { zh: '保障类别', en: 'categories' },
  schooling: { zh: '在读证明', en: 'school certificates' },
  account: { zh: '收款账户', en: 'payee account' },
  guardian: { zh: '监护关系', en: 'guardianship' },
  standard: { zh: '发放标准', en: 'standards' },
  rules: { zh: '发放规则', en: 'allowance rules' },
};

/** A change in words: "张三、李四的保障类别", "张三等 5 名儿童的收款账户", or for the city-wide facts "发放标准". */
export function factChangeWords(change: FactChange): { zh: string; en: string } {
  if (change.fact === 'unrecorded') {
    return { zh: '检查早于资料变更记录', en: 'the check predates the record of changes' };
  }
  const words = FACT_WORDS[change.fact];
  if (change.children === 0) return words;
  const more = change.children > change.childNames.length;
  return {
    zh: `${change.childNames.join('、')}${more ? `等 ${change.children} 名儿童` : ''}的${words.zh}`,
    en: `the ${words.en} of ${change.childNames.join(', ')}${more ? ` (${change.children} children)` : ''}`,
  };
}

function staleFindings(changes: readonly FactChange[]): ApprovalBlocker {
  if (changes.some((c) => c.fact === 'unrecorded')) {
    return {
      code: 'ROLL_FINDINGS_STALE',
      zh: '资金监管检查结果早于资料变更记录，无法确认是否仍然成立，请重新检查',
      en: 'The supervision findings predate the record of changes and cannot be vouched for; check again',
    };
  }
  const words = changes.map(factChangeWords);
  return {
    code: 'ROLL_FINDINGS_STALE',
    zh: `资金监管检查结果已过时：检查后${words.map((w) => w.zh).join('，')}有变化，请重新检查`,
    en: `The supervision findings are out of date: ${words.map((w) => w.en).join('; ')} changed since the check; check again`,
  };
}

/** Everything that stops `approverId` approving the roll now, in the order the approval meets them. */
export function approvalBlockers(roll: ApprovalState, approverId: string): ApprovalBlocker[] {
  if (roll.status !== 'draft') {
    return [{ code: 'ROLL_NOT_DRAFT', zh: '名册已审批或锁定，不能再修改', en: 'The roll is approved or locked' }];
  }
  const blockers: ApprovalBlocker[] = [];
  if (roll.generatedBy === approverId) {
    blockers.push({
      code: 'ROLL_SELF_APPROVAL',
      zh: '名册由您生成，须由另一名审批人员审批',
      en: 'You generated this roll; another approver must approve it',
    });
  }
  if (roll.factChanges.length > 0) blockers.push(staleFindings(roll.factChanges));
  if (roll.blocking > 0) {
    blockers.push({
      code: 'ROLL_BLOCKED',
      zh: `有 ${roll.blocking} 个必须纠正的资金监管问题`,
      en: `${roll.blocking} blocking supervision finding(s) must be corrected`,
    });
  }
  if (roll.unnotedWarnings > 0) {
    blockers.push({
      code: 'ROLL_WARNINGS_UNNOTED',
      zh: `有 ${roll.unnotedWarnings} 条监管提示未填写说明`,
      en: `${roll.unnotedWarnings} warning(s) still need a note`,
    });
  }
  return blockers;
}
