// The one rule for approving a roll (rolls.approval.ts), which the roll page and the approval both apply: what
// stops an approver, in the order the approval meets it. The roll tests check that page and approval agree.
import { describe, expect, it } from 'vitest';
import { approvalBlockers } from '../src/modules/allowances/rolls.approval.ts';

const clean = { status: 'draft' as const, generatedBy: 'officer', blocking: 0, unnotedWarnings: 0, factChanges: [] };
const codes = (state: Parameters<typeof approvalBlockers>[0], who = 'approver') =>
  approvalBlockers(state, who).map((b) => b.code);

describe('approving a roll', () => {
  it('is open to another person on a draft with no blocking finding and every warning noted', () => {
    expect(codes(clean)).toEqual([]);
    expect(codes({ ...clean, generatedBy: null })).toEqual([]);
  });

  it('is refused to its generator, with blocking findings and with unnoted warnings, each named', () => {
    expect(codes(clean, 'officer')).toEqual(['ROLL_SELF_APPROVAL']);
    expect(codes({ ...clean, blocking: 2, unnotedWarnings: 1 }, 'officer')).toEqual([
      'ROLL_SELF_APPROVAL',
      'ROLL_BLOCKED',
      'ROLL_WARNINGS_UNNOTED',
    ]);
    expect(approvalBlockers({ ...clean, blocking: 2 }, 'approver')[0]?.zh).toBe('有 2 个必须纠正的资金监管问题');
  });

  it('is refused while the findings are out of date, naming what changed since the check', () => {
    const changes = [
      { fact: 'category' as const, children: 5, childNames: ['张三', '李四', '王五'] },
      { fact: 'standard' as const, children: 0, childNames: [] },
    ];
    expect(codes({ ...clean, blocking: 1, factChanges: changes })).toEqual(['ROLL_FINDINGS_STALE', 'ROLL_BLOCKED']);
    expect(approvalBlockers({ ...clean, factChanges: changes }, 'approver')[0]?.zh).toBe(
      '资金监管检查结果已过时：检查后张三、李四、王五等 5 名儿童的保障类别，发放标准有变化，请重新检查',
    );
    const unrecorded = { ...clean, factChanges: [{ fact: 'unrecorded' as const, children: 0, childNames: [] }] };
    expect(approvalBlockers(unrecorded, 'approver').map((b) => [b.code, b.zh])).toEqual([
      ['ROLL_FINDINGS_STALE', '资金监管检查结果早于资料变更记录，无法确认是否仍然成立，请重新检查'],
    ]);
  });

  it('is over once the roll is approved or locked, whatever else holds', () => {
    for (const status of ['approved', 'locked'] as const)
      expect(codes({ ...clean, status, blocking: 1 })).toEqual(['ROLL_NOT_DRAFT']);
  });
});
