import { describe, expect, it } from 'vitest';
import {
  CASE_ACTIONS,
  CASE_STAGES,
  allowedCaseActions,
  caseDueAt,
  caseStage,
  refuseCaseAction,
  type CaseActionCode,
  type CaseActionRequest,
  type CaseDuty,
  type CaseStage,
} from './lifecycle.ts';

const worker = new Set<CaseDuty>(['work']);
const supervisor = new Set<CaseDuty>(['supervise']);
const both = new Set<CaseDuty>(['work', 'supervise']);

const stageAfter = (...actions: CaseActionCode[]): CaseStage => caseStage(actions.map((action) => ({ action })));

/** Actions that bring a fresh case to each stage. */
const PATH_TO: Record<CaseStage, CaseActionCode[]> = {
  intake: [],
  verification: ['accept'],
  assessment: ['accept', 'verify'],
  plan: ['accept', 'verify', 'assess'],
  implementation: ['accept', 'verify', 'assess', 'plan'],
  closure_review: ['accept', 'verify', 'assess', 'plan', 'request_closure'],
  closed: ['accept', 'verify', 'assess', 'plan', 'request_closure', 'approve_closure'],
};

describe('the case stage table', () => {
  it('reaches each stage along the main path', () => {
    for (const stage of CASE_STAGES) expect(stageAfter(...PATH_TO[stage])).toBe(stage);
  });

  // Every (stage, action) pair the table allows, checked against the fold.
  const expected: Record<CaseActionCode, Partial<Record<CaseStage, CaseStage>>> = {
    accept: { intake: 'verification' },
    verify: { verification: 'assessment' },
    emergency: {
      verification: 'verification',
      assessment: 'assessment',
      plan: 'plan',
      implementation: 'implementation',
    },
    assess: { assessment: 'plan' },
    plan: { plan: 'implementation' },
    note: {
      intake: 'intake',
      verification: 'verification',
      assessment: 'assessment',
      plan: 'plan',
      implementation: 'implementation',
      closure_review: 'closure_review',
    },
    request_closure: { verification: 'closure_review', implementation: 'closure_review' },
    approve_closure: { closure_review: 'closed' },
    return_closure: { closure_review: 'implementation' },
    reopen: { closed: 'implementation' },
    assign: {
      intake: 'intake',
      verification: 'verification',
      assessment: 'assessment',
      plan: 'plan',
      implementation: 'implementation',
      closure_review: 'closure_review',
    },
    temporary_guardianship: {},
    end_temporary_guardianship: {},
    long_term_guardianship: {},
    court_action: {},
    refer: {},
    referral_answered: {},
    task_done: {},
    break_glass: {},
    feedback: {},
    escalated: {},
    intake_added: {},
  };
  const working: CaseStage[] = ['verification', 'assessment', 'plan', 'implementation'];
  for (const a of [
    'temporary_guardianship',
    'end_temporary_guardianship',
    'long_term_guardianship',
    'court_action',
  ] as const) {
    for (const s of working) expected[a][s] = s;
  }
  for (const a of [
    'refer',
    'referral_answered',
    'task_done',
    'break_glass',
    'feedback',
    'escalated',
    'intake_added',
  ] as const) {
    for (const s of CASE_STAGES) expected[a][s] = s;
  }

  it('moves every action from every stage exactly as listed, ignoring the rest', () => {
    for (const action of Object.keys(CASE_ACTIONS) as CaseActionCode[]) {
      for (const stage of CASE_STAGES) {
        const after = stageAfter(...PATH_TO[stage], action);
        expect({ action, stage, after }).toEqual({ action, stage, after: expected[action][stage] ?? stage });
        expect(CASE_ACTIONS[action].from.includes(stage)).toBe(expected[action][stage] !== undefined);
      }
    }
  });

  it('skips an action not allowed where it falls, without throwing', () => {
    expect(stageAfter('approve_closure')).toBe('intake');
    expect(stageAfter('accept', 'plan', 'verify')).toBe('assessment');
    expect(stageAfter('accept', 'accept', 'verify', 'reopen')).toBe('assessment');
    expect(stageAfter(...PATH_TO.closed, 'note', 'reopen')).toBe('implementation');
    expect(stageAfter('accept', 'request_closure', 'return_closure')).toBe('implementation');
  });

  it('offers manual actions only, by duty, in table order', () => {
    expect(allowedCaseActions('intake', worker)).toEqual(['accept', 'note']);
    expect(allowedCaseActions('intake', supervisor)).toEqual([]);
    expect(allowedCaseActions('verification', worker)).toEqual([
      'verify',
      'emergency',
      'note',
      'request_closure',
      'temporary_guardianship',
      'end_temporary_guardianship',
      'long_term_guardianship',
      'court_action',
    ]);
    expect(allowedCaseActions('closure_review', both)).toEqual(['note', 'approve_closure', 'return_closure']);
    expect(allowedCaseActions('closed', both)).toEqual(['reopen']);
    expect(allowedCaseActions('closed', worker)).toEqual([]);
  });

  it('gives the deadline the stage works towards', () => {
    const deadlines = { respondBy: new Date('2026-03-06T01:00:00Z'), assessBy: new Date('2026-03-07T00:00:00Z') };
    expect(caseDueAt('intake', deadlines)).toBe(deadlines.respondBy);
    expect(caseDueAt('verification', deadlines)).toBe(deadlines.assessBy);
    expect(caseDueAt('assessment', deadlines)).toBe(deadlines.assessBy);
    for (const s of ['plan', 'implementation', 'closure_review', 'closed'] as const)
      expect(caseDueAt(s, deadlines)).toBeNull();
  });
});

describe('refuseCaseAction', () => {
  const base: CaseActionRequest = {
    stage: 'implementation',
    action: 'note',
    duties: both,
    note: '电话回访，孩子情况稳定',
    openReferrals: 0,
    openTasks: 0,
    underTemporaryGuardianship: false,
    returnAssessed: false,
  };
  const refuse = (change: Partial<CaseActionRequest>): string | undefined =>
    refuseCaseAction({ ...base, ...change })?.code;

  it('allows a proper action', () => {
    expect(refuseCaseAction(base)).toBeNull();
    expect(refuse({ stage: 'intake', action: 'accept', note: null, duties: worker })).toBeUndefined();
    expect(
      refuse({ stage: 'closure_review', action: 'approve_closure', note: null, duties: supervisor }),
    ).toBeUndefined();
  });

  it('refuses system and dedicated-form actions', () => {
    for (const action of ['assign', 'refer', 'feedback', 'break_glass'] as const) {
      expect(refuse({ action })).toBe('CASE_ACTION_NOT_MANUAL');
    }
  });

  it('refuses an action at the wrong stage, naming the stage', () => {
    const v = refuseCaseAction({ ...base, stage: 'intake', action: 'approve_closure' });
    expect(v?.code).toBe('CASE_WRONG_STAGE');
    expect(v?.message).toContain('受理');
    expect(refuse({ stage: 'closed', action: 'note' })).toBe('CASE_WRONG_STAGE');
  });

  it('refuses an action outside the user’s duty', () => {
    expect(refuse({ stage: 'closure_review', action: 'approve_closure', duties: worker })).toBe('CASE_NOT_YOUR_DUTY');
    expect(refuse({ stage: 'intake', action: 'accept', duties: supervisor })).toBe('CASE_NOT_YOUR_DUTY');
  });

  it('needs a note of at least four characters where the table says so', () => {
    expect(refuse({ note: null })).toBe('CASE_NOTE_REQUIRED');
    expect(refuse({ note: '   ' })).toBe('CASE_NOTE_REQUIRED');
    expect(refuse({ note: ' 已回访 ' })).toBe('CASE_NOTE_REQUIRED');
    expect(refuse({ note: '已经回访' })).toBeUndefined();
  });

  it('refuses closure while referrals or tasks are open, saying how many', () => {
    const req = { action: 'request_closure', note: '帮扶目标已达成' } as const;
    const v = refuseCaseAction({ ...base, ...req, openReferrals: 2 });
    expect(v?.code).toBe('CASE_OPEN_REFERRALS');
    expect(v?.message).toContain('2');
    expect(refuse({ ...req, openTasks: 3 })).toBe('CASE_OPEN_TASKS');
    const approve = { stage: 'closure_review', action: 'approve_closure' } as const;
    expect(refuse({ ...approve, openReferrals: 1 })).toBe('CASE_OPEN_REFERRALS');
    expect(refuse({ ...approve, openTasks: 1 })).toBe('CASE_OPEN_TASKS');
  });

  it('refuses closure while the child is in temporary guardianship', () => {
    expect(refuse({ action: 'request_closure', underTemporaryGuardianship: true })).toBe('CASE_GUARDIANSHIP_OPEN');
    expect(refuse({ stage: 'closure_review', action: 'approve_closure', underTemporaryGuardianship: true })).toBe(
      'CASE_GUARDIANSHIP_OPEN',
    );
  });

  it('returns a child to the guardian only after a recorded assessment', () => {
    const end = { action: 'end_temporary_guardianship', underTemporaryGuardianship: true } as const;
    expect(refuse({ ...end, returnAssessed: false })).toBe('CASE_RETURN_NOT_ASSESSED');
    expect(refuse({ ...end, returnAssessed: true })).toBeUndefined();
  });

  it('refuses starting a temporary guardianship twice or ending one that is not open', () => {
    expect(refuse({ action: 'temporary_guardianship', underTemporaryGuardianship: true })).toBe(
      'CASE_GUARDIANSHIP_ALREADY_OPEN',
    );
    expect(refuse({ action: 'end_temporary_guardianship', returnAssessed: true })).toBe('CASE_GUARDIANSHIP_NOT_OPEN');
  });
});
