// Who may approve a roll, and what stands in the way: one rule for the roll's page (its approve action and the
// reasons shown beside it) and for the approval itself, which applies it first to the roll as stored and again
// after re-running the supervision checks on today's facts.
import type { rollStatuses } from '../../db/schema.ts';

type RollStatus = (typeof rollStatuses)[number];

export type ApprovalBlockerCode = 'ROLL_NOT_DRAFT' | 'ROLL_SELF_APPROVAL' | 'ROLL_BLOCKED' | 'ROLL_WARNINGS_UNNOTED';

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
