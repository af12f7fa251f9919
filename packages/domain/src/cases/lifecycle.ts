// The life of a case as one table the server and the web app both read (RULES §6.25, the linkage chain
// 监测预防 → 发现报告 → 应急处置 → 评估帮扶 → 监护干预). A case is an append-only list of actions; its stage
// is folded from that list here, so the web shows no button the server would refuse.
import type { RuleViolation } from '../messages.ts';
import type { Bilingual } from '../parent-situations.ts';

export type CaseStage =
  'intake' | 'verification' | 'assessment' | 'plan' | 'implementation' | 'closure_review' | 'closed';
export const CASE_STAGES: readonly CaseStage[] = [
  'intake',
  'verification',
  'assessment',
  'plan',
  'implementation',
  'closure_review',
  'closed',
];
export const CASE_STAGE_LABELS: Record<CaseStage, Bilingual> = {
  intake: { zh: '受理', en: 'Intake' },
  verification: { zh: '核查与应急处置', en: 'Verification and emergency response' },
  assessment: { zh: '评估', en: 'Assessment' },
  plan: { zh: '制定帮扶计划', en: 'Drawing up the help plan' },
  implementation: { zh: '帮扶实施', en: 'Carrying out the plan' },
  closure_review: { zh: '结案审核', en: 'Closure review' },
  closed: { zh: '已结案', en: 'Closed' },
};

const FOUND: Bilingual = { zh: '发现报告', en: 'Discovery and reporting' };
const EMERGENCY: Bilingual = { zh: '应急处置', en: 'Emergency response' };
const HELP: Bilingual = { zh: '评估帮扶', en: 'Assessment and help' };

/** The phase of the plan's chain each stage belongs to (监护干预 runs alongside, through the guardianship actions). */
export const CASE_STAGE_PHASE: Record<CaseStage, Bilingual> = {
  intake: FOUND,
  verification: EMERGENCY,
  assessment: HELP,
  plan: HELP,
  implementation: HELP,
  closure_review: HELP,
  closed: HELP,
};

export type CaseActionCode =
  | 'accept'
  | 'verify'
  | 'emergency'
  | 'assess'
  | 'plan'
  | 'note'
  | 'request_closure'
  | 'approve_closure'
  | 'return_closure'
  | 'reopen'
  | 'assign'
  | 'temporary_guardianship'
  | 'end_temporary_guardianship'
  | 'long_term_guardianship'
  | 'court_action'
  | 'refer'
  | 'referral_answered'
  | 'task_done'
  | 'break_glass'
  | 'feedback'
  | 'escalated'
  | 'intake_added';

/** Who may take an action: case workers, their supervisors, or the system itself. */
export type CaseDuty = 'work' | 'supervise';

export interface CaseActionRule {
  from: readonly CaseStage[];
  /** The stage afterwards; null when the action leaves the stage as it was. */
  to: CaseStage | null;
  duty: CaseDuty | 'system';
  needsNote: boolean;
  /** Taken through the generic "act on a case" form; the others are written by the system or dedicated forms. */
  manual: boolean;
  label: Bilingual;
}

const OPEN: readonly CaseStage[] = CASE_STAGES.filter((s) => s !== 'closed');
const WORKING: readonly CaseStage[] = ['verification', 'assessment', 'plan', 'implementation'];

function rule(
  from: readonly CaseStage[],
  to: CaseStage | null,
  duty: CaseActionRule['duty'],
  needsNote: boolean,
  manual: boolean,
  label: Bilingual,
): CaseActionRule {
  return Object.freeze({ from, to, duty, needsNote, manual, label: Object.freeze(label) });
}

export const CASE_ACTIONS: Readonly<Record<CaseActionCode, CaseActionRule>> = Object.freeze({
  accept: rule(['intake'], 'verification', 'work', false, true, { zh: '受理', en: 'Accept' }),
  verify: rule(['verification'], 'assessment', 'work', true, true, { zh: '核查属实', en: 'Verified' }),
  emergency: rule(WORKING, null, 'work', true, true, { zh: '应急处置', en: 'Emergency response' }),
  assess: rule(['assessment'], 'plan', 'work', true, true, { zh: '完成评估', en: 'Assessment done' }),
  plan: rule(['plan'], 'implementation', 'work', true, true, { zh: '制定帮扶计划', en: 'Help plan made' }),
  note: rule(OPEN, null, 'work', true, true, { zh: '记录工作情况', en: 'Note' }),
  // From verification when the report proved unfounded or a consultation was answered.
  request_closure: rule(['verification', 'implementation'], 'closure_review', 'work', true, true, {
    zh: '申请结案',
    en: 'Request closure',
  }),
  approve_closure: rule(['closure_review'], 'closed', 'supervise', false, true, {
    zh: '批准结案',
    en: 'Approve closure',
  }),
  return_closure: rule(['closure_review'], 'implementation', 'supervise', true, true, {
    zh: '退回继续帮扶',
    en: 'Return for further help',
  }),
  reopen: rule(['closed'], 'implementation', 'supervise', true, true, { zh: '重新启动个案', en: 'Reopen' }),
  assign: rule(OPEN, null, 'supervise', false, false, { zh: '指派承办人', en: 'Assign' }),
  temporary_guardianship: rule(WORKING, null, 'work', true, true, {
    zh: '民政部门临时监护',
    en: 'Temporary guardianship by civil affairs',
  }),
  end_temporary_guardianship: rule(WORKING, null, 'work', true, true, {
    zh: '结束临时监护',
    en: 'End temporary guardianship',
  }),
  long_term_guardianship: rule(WORKING, null, 'work', true, true, {
    zh: '民政部门长期监护',
    en: 'Long-term guardianship by civil affairs',
  }),
  court_action: rule(WORKING, null, 'work', true, true, {
    zh: '向法院申请撤销监护人资格等',
    en: 'Court application (e.g. to revoke guardianship)',
  }),
  // Written by dedicated forms or by the system; they never move the stage, so they are accepted at any stage.
  refer: rule(CASE_STAGES, null, 'work', false, false, { zh: '转介协作部门', en: 'Referred' }),
  referral_answered: rule(CASE_STAGES, null, 'work', false, false, { zh: '转介已反馈', en: 'Referral answered' }),
  task_done: rule(CASE_STAGES, null, 'work', false, false, { zh: '任务已完成', en: 'Task done' }),
  break_glass: rule(CASE_STAGES, null, 'system', false, false, { zh: '紧急查阅', en: 'Emergency access' }),
  feedback: rule(CASE_STAGES, null, 'work', false, false, { zh: '向报告人反馈', en: 'Reporter told the outcome' }),
  escalated: rule(CASE_STAGES, null, 'system', false, false, { zh: '超时升级', en: 'Escalated as overdue' }),
  intake_added: rule(CASE_STAGES, null, 'system', false, false, { zh: '并入新的报告', en: 'Further report added' }),
});

const ACTION_ORDER = Object.keys(CASE_ACTIONS) as CaseActionCode[];

/**
 * The stage after the log's actions in turn, from intake. An action the table does not allow at that point
 * is skipped rather than thrown on: a case under way must always show a stage, and the server refuses such
 * actions before they are written.
 */
export function caseStage(actions: readonly { action: CaseActionCode }[]): CaseStage {
  let stage: CaseStage = 'intake';
  for (const { action } of actions) {
    const r = CASE_ACTIONS[action];
    if (r.from.includes(stage)) stage = r.to ?? stage;
  }
  return stage;
}

/** The manual actions someone with these duties may take now, in table order. */
export function allowedCaseActions(stage: CaseStage, duties: ReadonlySet<CaseDuty>): CaseActionCode[] {
  return ACTION_ORDER.filter((code) => {
    const r = CASE_ACTIONS[code];
    return r.manual && r.from.includes(stage) && r.duty !== 'system' && duties.has(r.duty);
  });
}

export interface CaseActionRequest {
  stage: CaseStage;
  action: CaseActionCode;
  duties: ReadonlySet<CaseDuty>;
  note: string | null;
  openReferrals: number;
  openTasks: number;
  underTemporaryGuardianship: boolean;
  /** Whether an assessment of the guardian's home has been recorded (needed before the child goes back). */
  returnAssessed: boolean;
}

const MIN_NOTE_CHARS = 4;
const DUTY_TEXT: Record<CaseDuty, Bilingual> = {
  work: { zh: '个案承办人员', en: 'case workers' },
  supervise: { zh: '个案督导（负责人）', en: 'case supervisors' },
};

/** Why this action cannot be taken now, or null when it can. */
export function refuseCaseAction(input: CaseActionRequest): RuleViolation | null {
  const r = CASE_ACTIONS[input.action];
  const [a, s] = [r.label, CASE_STAGE_LABELS[input.stage]];
  if (!r.manual || r.duty === 'system') {
    return {
      code: 'CASE_ACTION_NOT_MANUAL',
      message: `“${a.zh}”不能在此办理，由专门页面或系统记录`,
      messageEn: `“${a.en}” is not taken here; a dedicated form or the system records it`,
    };
  }
  if (!r.from.includes(input.stage)) {
    return {
      code: 'CASE_WRONG_STAGE',
      message: `个案当前处于“${s.zh}”阶段，不能“${a.zh}”`,
      messageEn: `The case is at “${s.en}”; “${a.en}” is not allowed now`,
    };
  }
  if (!input.duties.has(r.duty)) {
    const d = DUTY_TEXT[r.duty];
    return {
      code: 'CASE_NOT_YOUR_DUTY',
      message: `“${a.zh}”须由${d.zh}办理`,
      messageEn: `“${a.en}” is done by ${d.en}`,
    };
  }
  if (r.needsNote && Array.from((input.note ?? '').trim()).length < MIN_NOTE_CHARS) {
    return {
      code: 'CASE_NOTE_REQUIRED',
      message: `“${a.zh}”须填写情况说明（至少 ${MIN_NOTE_CHARS} 个字）`,
      messageEn: `“${a.en}” needs a note of at least ${MIN_NOTE_CHARS} characters`,
    };
  }
  if (input.action === 'request_closure' || input.action === 'approve_closure') return refuseClosure(input);
  if (input.action === 'temporary_guardianship' && input.underTemporaryGuardianship) {
    return {
      code: 'CASE_GUARDIANSHIP_ALREADY_OPEN',
      message: '该未成年人已在民政部门临时监护中，无需重复登记',
      messageEn: 'The child is already in temporary guardianship by civil affairs',
    };
  }
  if (input.action === 'end_temporary_guardianship') {
    if (!input.underTemporaryGuardianship) {
      return {
        code: 'CASE_GUARDIANSHIP_NOT_OPEN',
        message: '该未成年人目前不在民政部门临时监护中',
        messageEn: 'The child is not in temporary guardianship by civil affairs',
      };
    }
    // RULES §6.26: the child goes back to the guardian only after an assessment.
    if (!input.returnAssessed) {
      return {
        code: 'CASE_RETURN_NOT_ASSESSED',
        message: '结束临时监护、送回监护人前，须先对监护人履职能力和家庭情况进行评估并记录',
        messageEn:
          "Before temporary guardianship ends and the child goes back, the guardian's home must be assessed and recorded",
      };
    }
  }
  return null;
}

function refuseClosure(input: CaseActionRequest): RuleViolation | null {
  if (input.underTemporaryGuardianship) {
    return {
      code: 'CASE_GUARDIANSHIP_OPEN',
      message: '该未成年人仍在民政部门临时监护中，须先结束临时监护或转为长期监护，方可结案',
      messageEn:
        'The child is still in temporary guardianship; end it or move to long-term guardianship before closing',
    };
  }
  if (input.openReferrals > 0) {
    return {
      code: 'CASE_OPEN_REFERRALS',
      message: `尚有 ${input.openReferrals} 项转介未反馈，不能结案`,
      messageEn: `${input.openReferrals} referral(s) not yet answered; the case cannot close`,
    };
  }
  if (input.openTasks > 0) {
    return {
      code: 'CASE_OPEN_TASKS',
      message: `尚有 ${input.openTasks} 项任务未完成，不能结案`,
      messageEn: `${input.openTasks} task(s) still open; the case cannot close`,
    };
  }
  return null;
}

/** The deadline the case is working towards at this stage; null once the time-limited steps are behind it. */
export function caseDueAt(stage: CaseStage, deadlines: { respondBy: Date; assessBy: Date }): Date | null {
  if (stage === 'intake') return deadlines.respondBy;
  if (stage === 'verification' || stage === 'assessment') return deadlines.assessBy;
  return null;
}
