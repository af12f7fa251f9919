// Applications for a protection category (RULES §2): the chain village/township intake → township verification
// → county approval as one table of allowed actions. An application is an append-only list of actions; its
// status is computed from that list here, and the server and the web app both read the same table, so the web
// shows no button the server would refuse.
import type { CategoryCode } from './categories.ts';
import type { Bilingual } from './parent-situations.ts';

export type ApplicationKind = 'grant' | 'change' | 'terminate';
export const APPLICATION_KINDS: readonly ApplicationKind[] = ['grant', 'change', 'terminate'];

export const APPLICATION_KIND_LABELS: Record<ApplicationKind, Bilingual> = {
  grant: { zh: '认定申请', en: 'Grant' },
  change: { zh: '变更申请', en: 'Change' },
  terminate: { zh: '终止申请', en: 'Termination' },
};

/** Categories an application may concern: the allowance categories (留守 is a care list, not an allowance). */
export type ApplicationCategory = Exclude<CategoryCode, 'left_behind'>;
export const APPLICATION_CATEGORIES: readonly ApplicationCategory[] = [
  'orphan_institutional',
  'orphan_scattered',
  'de_facto_unsupported',
  'difficulty_economic',
  'difficulty_disability',
  'difficulty_guardianship',
];

export type ApplicationStatus =
  'draft' | 'intake' | 'submitted' | 'verified' | 'returned' | 'approved' | 'rejected' | 'withdrawn';

export const APPLICATION_STATUS_LABELS: Record<ApplicationStatus, Bilingual> = {
  draft: { zh: '草稿', en: 'Draft' },
  intake: { zh: '待受理地转交', en: 'Waiting for the accepting township to forward' },
  submitted: { zh: '待乡镇审核', en: 'Waiting for township verification' },
  verified: { zh: '待县级审批', en: 'Waiting for county approval' },
  returned: { zh: '已退回补正', en: 'Returned for revision' },
  approved: { zh: '已批准', en: 'Approved' },
  rejected: { zh: '不予批准', en: 'Rejected' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
};

export type ApplicationAction =
  'create' | 'submit' | 'forward' | 'verify' | 'return' | 'approve' | 'reject' | 'withdraw';

export const APPLICATION_ACTION_LABELS: Record<ApplicationAction, Bilingual> = {
  create: { zh: '发起申请', en: 'Created' },
  submit: { zh: '提交', en: 'Submitted' },
  forward: { zh: '受理并转交户籍地', en: 'Accepted and forwarded' },
  verify: { zh: '乡镇审核通过', en: 'Verified by the township' },
  return: { zh: '退回补正', en: 'Returned for revision' },
  approve: { zh: '县级批准', en: 'Approved by the county' },
  reject: { zh: '不予批准', en: 'Rejected' },
  withdraw: { zh: '撤回', en: 'Withdrawn' },
};

/** The duty an action needs; the server maps each to a permission (applications:file / verify / approve). */
export type ApplicationDuty = 'file' | 'verify' | 'approve';

/** The step an open status waits on, whose working-day limit runs from the action that opened it. */
export type ApplicationStep = 'forward' | 'verify' | 'approve';

interface Transition {
  to: ApplicationStatus;
  by: ApplicationDuty;
}

type Table = Record<ApplicationStatus, Partial<Record<ApplicationAction, Transition>>>;

// Nobody skips a level (RULES §2.13): the county's actions exist only once the township has verified.
const STANDARD: Table = {
  draft: { submit: { to: 'submitted', by: 'file' }, withdraw: { to: 'withdrawn', by: 'file' } },
  intake: {},
  submitted: {
    verify: { to: 'verified', by: 'verify' },
    return: { to: 'returned', by: 'verify' },
    withdraw: { to: 'withdrawn', by: 'file' },
  },
  verified: {
    approve: { to: 'approved', by: 'approve' },
    reject: { to: 'rejected', by: 'approve' },
    return: { to: 'returned', by: 'approve' },
  },
  returned: { submit: { to: 'submitted', by: 'file' }, withdraw: { to: 'withdrawn', by: 'file' } },
  approved: {},
  rejected: {},
  withdrawn: {},
};

// 跨省通办 (RULES §2.9): the accepting township enters and forwards before the township of registration verifies.
const CROSS_PROVINCE: Table = {
  ...STANDARD,
  draft: { submit: { to: 'intake', by: 'file' }, withdraw: { to: 'withdrawn', by: 'file' } },
  intake: {
    forward: { to: 'submitted', by: 'verify' },
    return: { to: 'returned', by: 'verify' },
    withdraw: { to: 'withdrawn', by: 'file' },
  },
};

export const WAITING_STEP: Partial<Record<ApplicationStatus, ApplicationStep>> = {
  intake: 'forward',
  submitted: 'verify',
  verified: 'approve',
};

export const STEP_LABELS: Record<ApplicationStep, Bilingual> = {
  forward: { zh: '受理转交', en: 'Accept and forward' },
  verify: { zh: '乡镇审核', en: 'Township verification' },
  approve: { zh: '县级审批', en: 'County approval' },
};

/** The duty that acts on a step, and so the level whose work it is. */
export const STEP_DUTY: Record<ApplicationStep, ApplicationDuty> = {
  forward: 'verify',
  verify: 'verify',
  approve: 'approve',
};

export function isOpen(status: ApplicationStatus): boolean {
  return !['approved', 'rejected', 'withdrawn'].includes(status);
}

export interface ActionRecord {
  action: ApplicationAction;
  /** YYYY-MM-DD in Leshan: the day the action was taken. */
  on: string;
}

export interface ApplicationState {
  status: ApplicationStatus;
  /** The number of actions so far: an action names the version it acted on. */
  version: number;
  /** The step being waited on, and the day it opened (the start day of its working-day limit). */
  waiting: { step: ApplicationStep; since: string } | null;
}

function tableFor(crossProvince: boolean): Table {
  return crossProvince ? CROSS_PROVINCE : STANDARD;
}

/** The status after each action in turn; a list the table does not allow is a corrupted record. */
export function applicationState(crossProvince: boolean, actions: readonly ActionRecord[]): ApplicationState {
  const table = tableFor(crossProvince);
  const [first, ...rest] = actions;
  if (first?.action !== 'create') throw new RangeError('An application starts with its create action');
  let status: ApplicationStatus = 'draft';
  let since = first.on;
  for (const a of rest) {
    const next: Transition | undefined = table[status][a.action];
    if (next === undefined) throw new RangeError(`${a.action} is not allowed in status ${status}`);
    status = next.to;
    since = a.on;
  }
  const step = WAITING_STEP[status];
  return { status, version: actions.length, waiting: step === undefined ? null : { step, since } };
}

/** The actions someone with these duties may take now. */
export function allowedActions(
  crossProvince: boolean,
  status: ApplicationStatus,
  duties: ReadonlySet<ApplicationDuty>,
): ApplicationAction[] {
  const row = tableFor(crossProvince)[status];
  return (Object.entries(row) as [ApplicationAction, Transition][]).filter(([, t]) => duties.has(t.by)).map(([a]) => a);
}

export type ActionRefusal =
  | { code: 'APPLICATION_ACTION_NOT_ALLOWED'; zh: string; en: string }
  | { code: 'APPLICATION_DUTY_REQUIRED'; zh: string; en: string; duty: ApplicationDuty };

const DUTY_TEXT: Record<ApplicationDuty, Bilingual> = {
  file: { zh: '申请受理（村、乡镇）', en: 'intake (village or township)' },
  verify: { zh: '乡镇审核', en: 'township verification' },
  approve: { zh: '县级审批', en: 'county approval' },
};

/** Why an action cannot be taken now, or null when it can. */
export function refuseAction(
  crossProvince: boolean,
  status: ApplicationStatus,
  action: ApplicationAction,
  duties: ReadonlySet<ApplicationDuty>,
): ActionRefusal | null {
  const t = tableFor(crossProvince)[status][action];
  const [s, a] = [APPLICATION_STATUS_LABELS[status], APPLICATION_ACTION_LABELS[action]];
  if (t === undefined) {
    const before = action === 'approve' || action === 'reject' ? '：须先经乡镇审核通过，县级方可审批' : '';
    return {
      code: 'APPLICATION_ACTION_NOT_ALLOWED',
      zh: `申请当前状态为“${s.zh}”，不能执行“${a.zh}”${before}`,
      en: `The application is “${s.en}”; “${a.en}” is not allowed now`,
    };
  }
  if (!duties.has(t.by)) {
    const d = DUTY_TEXT[t.by];
    return {
      code: 'APPLICATION_DUTY_REQUIRED',
      zh: `“${a.zh}”须由${d.zh}人员办理`,
      en: `“${a.en}” is done by ${d.en}`,
      duty: t.by,
    };
  }
  return null;
}

/** Rejections carry one of these plus text (RULES §2.13). */
export const REJECTION_REASONS = {
  not_eligible: { zh: '不符合认定条件', en: 'Does not meet the conditions' },
  evidence_untrue: { zh: '证明材料不实', en: 'Evidence untrue' },
  covered_otherwise: { zh: '已享受其他同类保障', en: 'Already covered by another benefit' },
  registration_elsewhere: { zh: '户籍不在本辖区', en: 'Registered elsewhere' },
  other: { zh: '其他原因', en: 'Other' },
} as const satisfies Record<string, Bilingual>;
export type RejectionReason = keyof typeof REJECTION_REASONS;
export const REJECTION_REASON_CODES = Object.keys(REJECTION_REASONS) as RejectionReason[];

/** The working-day limit of each step, as versioned data (RULES §2.7, §2.9: configurable). */
export interface StepLimits {
  version: string;
  standard: Record<'verify' | 'approve', number>;
  crossProvince: Record<ApplicationStep, number>;
}

export const DEFAULT_STEP_LIMITS: StepLimits = Object.freeze({
  version: '2026-01',
  standard: Object.freeze({ verify: 10, approve: 10 }),
  crossProvince: Object.freeze({ forward: 3, verify: 15, approve: 15 }),
});

export function stepLimit(limits: StepLimits, crossProvince: boolean, step: ApplicationStep): number {
  if (crossProvince) return limits.crossProvince[step];
  // A standard application has no forwarding step; were one asked for, it gets the cross-province limit.
  return step === 'forward' ? limits.crossProvince.forward : limits.standard[step];
}

function monthParts(date: string): [number, number] {
  const m = /^(\d{4})-(\d{2})-\d{2}$/.exec(date);
  if (m === null) throw new RangeError(`Not a YYYY-MM-DD date: ${date}`);
  return [Number(m[1]), Number(m[2])];
}

/** A granted category starts on the first day of the month after approval (RULES §2.11). */
export function grantStartDate(approvedOn: string): string {
  const [y, m] = monthParts(approvedOn);
  const [ny, nm] = m === 12 ? [y + 1, 1] : [y, m + 1];
  return `${ny}-${String(nm).padStart(2, '0')}-01`;
}

/** A terminated category ends on the last day of the event's month, so payment stops the month after (§2.12). */
export function terminationEndDate(eventOn: string): string {
  const [y, m] = monthParts(eventOn);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${y}-${String(m).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}
