import { describe, expect, it } from 'vitest';
import {
  allowedActions,
  applicationState,
  grantStartDate,
  refuseAction,
  stepLimit,
  terminationEndDate,
  DEFAULT_STEP_LIMITS,
  type ActionRecord,
  type ApplicationAction,
  type ApplicationDuty,
} from './applications.ts';

const all = new Set<ApplicationDuty>(['file', 'verify', 'approve']);
const village = new Set<ApplicationDuty>(['file']);
const township = new Set<ApplicationDuty>(['file', 'verify']);
const county = new Set<ApplicationDuty>(['approve']);

function run(cross: boolean, ...actions: ApplicationAction[]): ReturnType<typeof applicationState> {
  const list: ActionRecord[] = [{ action: 'create', on: '2026-03-02' }];
  actions.forEach((action, i) => list.push({ action, on: `2026-03-${String(3 + i).padStart(2, '0')}` }));
  return applicationState(cross, list);
}

describe('application status from its actions', () => {
  it('runs village → township → county, each step waiting since the action that opened it', () => {
    expect(run(false)).toEqual({ status: 'draft', version: 1, waiting: null });
    expect(run(false, 'submit')).toEqual({
      status: 'submitted',
      version: 2,
      waiting: { step: 'verify', since: '2026-03-03' },
    });
    expect(run(false, 'submit', 'verify')).toMatchObject({
      status: 'verified',
      waiting: { step: 'approve', since: '2026-03-04' },
    });
    expect(run(false, 'submit', 'verify', 'approve')).toMatchObject({ status: 'approved', version: 4, waiting: null });
  });

  it('goes back to the submitter on a return, from either level, and may be resubmitted', () => {
    expect(run(false, 'submit', 'return').status).toBe('returned');
    expect(run(false, 'submit', 'verify', 'return').status).toBe('returned');
    expect(run(false, 'submit', 'return', 'submit', 'verify', 'reject').status).toBe('rejected');
  });

  it('adds the accepting township forwarding step for a cross-province application', () => {
    expect(run(true, 'submit')).toMatchObject({ status: 'intake', waiting: { step: 'forward' } });
    expect(run(true, 'submit', 'forward')).toMatchObject({ status: 'submitted', waiting: { step: 'verify' } });
    expect(() => run(true, 'submit', 'verify')).toThrow(RangeError);
  });

  it('refuses a list the table does not allow, so a corrupted record is never shown as a status', () => {
    expect(() => run(false, 'approve')).toThrow(RangeError);
    expect(() => run(false, 'submit', 'approve')).toThrow(RangeError);
    expect(() => run(false, 'submit', 'verify', 'approve', 'approve')).toThrow(RangeError);
    expect(() => applicationState(false, [])).toThrow(RangeError);
  });
});

describe('allowed actions per status and level', () => {
  it('lets no level skip the one below: the county has nothing to do before verification', () => {
    expect(allowedActions(false, 'submitted', county)).toEqual([]);
    expect(refuseAction(false, 'submitted', 'approve', county)).toMatchObject({
      code: 'APPLICATION_ACTION_NOT_ALLOWED',
      zh: expect.stringContaining('须先经乡镇审核通过') as string,
    });
    expect(allowedActions(false, 'verified', county).sort()).toEqual(['approve', 'reject', 'return']);
  });

  it('gives each level its own actions', () => {
    expect(allowedActions(false, 'draft', village).sort()).toEqual(['submit', 'withdraw']);
    expect(allowedActions(false, 'submitted', village)).toEqual(['withdraw']);
    expect(allowedActions(false, 'submitted', township).sort()).toEqual(['return', 'verify', 'withdraw']);
    expect(allowedActions(false, 'verified', township)).toEqual([]);
    expect(refuseAction(false, 'submitted', 'verify', village)).toMatchObject({
      code: 'APPLICATION_DUTY_REQUIRED',
      duty: 'verify',
    });
    expect(refuseAction(false, 'verified', 'approve', county)).toBeNull();
  });

  it('ends with a decision: nothing may follow approval, rejection or withdrawal', () => {
    for (const status of ['approved', 'rejected', 'withdrawn'] as const) {
      expect(allowedActions(false, status, all)).toEqual([]);
      expect(refuseAction(false, status, 'approve', all)?.code).toBe('APPLICATION_ACTION_NOT_ALLOWED');
    }
  });
});

describe('limits and effective dates', () => {
  it('reads the working-day limit of each step from the versioned limits', () => {
    expect(stepLimit(DEFAULT_STEP_LIMITS, false, 'verify')).toBe(10);
    expect(stepLimit(DEFAULT_STEP_LIMITS, false, 'approve')).toBe(10);
    expect(stepLimit(DEFAULT_STEP_LIMITS, true, 'forward')).toBe(3);
    expect(stepLimit(DEFAULT_STEP_LIMITS, true, 'verify')).toBe(15);
  });

  it('starts a grant the first of the next month and ends a termination with the event month', () => {
    expect(grantStartDate('2026-03-17')).toBe('2026-04-01');
    expect(grantStartDate('2026-12-31')).toBe('2027-01-01');
    expect(grantStartDate('2026-03-01')).toBe('2026-04-01');
    expect(terminationEndDate('2026-02-10')).toBe('2026-02-28');
    expect(terminationEndDate('2028-02-29')).toBe('2028-02-29');
    expect(terminationEndDate('2026-12-05')).toBe('2026-12-31');
  });
});
