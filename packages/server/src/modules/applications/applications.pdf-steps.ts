// The steps of the chain as the approval form shows them: the current round only (after a return and a new submission
// the earlier opinions are history, listed in the record at the end).
import { APPLICATION_ACTION_LABELS, REJECTION_REASONS, applicationState } from '@hehu/domain';
import type { ApplicationView } from './applications.schemas.ts';

export interface StepEntry {
  actor: string;
  date: string;
  opinion: string;
  remark: string;
}

type Slot = 'intake' | 'forward' | 'verify' | 'decision';
type ActionView = ApplicationView['actions'][number];

const OUTCOME_TEXT: Record<string, string> = {
  eligible: '符合',
  not_eligible: '不符合',
  evidence_missing: '缺少事实',
};
export const outcomeText = (outcome: string) => OUTCOME_TEXT[outcome] ?? outcome;

export const actionLabel = (action: ActionView['action']) => APPLICATION_ACTION_LABELS[action].zh;

export function reasonText(code: string | null): string | null {
  if (code === null) return null;
  return code in REJECTION_REASONS ? REJECTION_REASONS[code as keyof typeof REJECTION_REASONS].zh : code;
}

/** An action's opinion in words: what was done, the listed reason, and the note as written. */
export function opinionOf(a: ActionView): string {
  const reason = reasonText(a.reasonCode);
  const head = reason ? `${actionLabel(a.action)}：${reason}` : actionLabel(a.action);
  return a.note ? `${head}。${a.note}` : head;
}

function entryOf(a: ActionView, opinion = opinionOf(a)): StepEntry {
  const check = a.ruleCheck;
  return {
    actor: a.actorName ?? '',
    date: a.onDate,
    opinion,
    remark: check
      ? `办理时规则核对（${check.asOf}，规则版本 ${check.rulesVersion}）：${outcomeText(check.outcome)}`
      : '',
  };
}

/**
 * Each step's entry in the current round (a new submission clears the opinions after it); a return is shown at the
 * step that returned it.
 */
export function stepEntries(view: Pick<ApplicationView, 'crossProvince' | 'actions'>): Record<Slot, StepEntry | null> {
  const slots: Record<Slot, StepEntry | null> = { intake: null, forward: null, verify: null, decision: null };
  const records = view.actions.map((a) => ({ action: a.action, on: a.onDate }));
  view.actions.forEach((a, i) => {
    const before = i === 0 ? null : applicationState(view.crossProvince, records.slice(0, i)).status;
    switch (a.action) {
      case 'create':
        slots.intake = entryOf(a, a.note ? `发起申请（尚未提交）。${a.note}` : '发起申请（尚未提交）');
        break;
      case 'submit':
        slots.intake = entryOf(a, a.note ? `提交申请。${a.note}` : '提交申请');
        slots.verify = slots.decision = null;
        // Sent again after a return, a cross-province application goes straight to the township of registration.
        if (applicationState(view.crossProvince, records.slice(0, i + 1)).status === 'intake') slots.forward = null;
        break;
      case 'forward':
        slots.forward = entryOf(a);
        break;
      case 'verify':
        slots.verify = entryOf(a);
        break;
      case 'approve':
      case 'reject':
        slots.decision = entryOf(a);
        break;
      case 'return':
        if (before === 'intake') slots.forward = entryOf(a);
        else if (before === 'verified') slots.decision = entryOf(a);
        else slots.verify = entryOf(a);
        break;
      case 'withdraw':
        break;
    }
  });
  return slots;
}
