import { describe, expect, it } from 'vitest';
import { DEFAULT_PAPER_CHECKLIST, checkPaperChecklist, requiredPapers, type PaperChecklist } from './papers.ts';

describe('the papers checklist as published data', () => {
  it('accepts the default list', () => {
    expect(checkPaperChecklist(DEFAULT_PAPER_CHECKLIST)).toEqual([]);
  });

  it('names the field of each problem', () => {
    const broken: PaperChecklist = {
      ...DEFAULT_PAPER_CHECKLIST,
      effectiveFrom: '2027/01/01',
      source: ' ',
      byCategory: {
        orphan_scattered: [
          {
            code: 'household_register',
            name: { zh: '户口簿', en: 'household register' },
            match: { subject: 'child', title: '户口簿' },
          },
          { code: 'household_register', name: { zh: '', en: 'x' }, match: { subject: 'child', title: '' } },
        ],
      },
      bySituation: { dead: { zh: '死亡证明', en: '' } },
      terminate: [
        { code: 'Bad Code', name: { zh: '死亡证明', en: 'death' }, match: { subject: 'child', title: '死亡证明' } },
      ],
    };
    expect(checkPaperChecklist(broken)).toEqual([
      { field: 'effectiveFrom', message: '生效日期格式应为 YYYY-MM-DD' },
      { field: 'source', message: '请填写依据（文件名称与文号）' },
      { field: 'byCategory.orphan_scattered.1.code', message: '第 2 项：编码 household_register 重复' },
      { field: 'byCategory.orphan_scattered.1.name.zh', message: '第 2 项：请填写材料名称' },
      { field: 'bySituation.dead.en', message: '请填写该情形证明材料的英文名称' },
      { field: 'terminate.0.code', message: '终止申请第 1 项：编码应为 2–40 位小写字母、数字或下划线' },
    ]);
  });

  it('asks a termination for the papers its list names', () => {
    const list: PaperChecklist = {
      ...DEFAULT_PAPER_CHECKLIST,
      terminate: [
        {
          code: 'event_proof',
          name: { zh: '终止事由证明', en: 'proof of the event' },
          match: { subject: 'child', title: '终止事由证明' },
        },
      ],
    };
    const check = { reasons: [] };
    expect(requiredPapers('terminate', 'orphan_scattered', check, [], list)).toEqual([
      { code: 'event_proof', name: { zh: '终止事由证明', en: 'proof of the event' }, met: false },
    ]);
    const onFile = [{ subjectType: 'child' as const, title: '终止事由证明（死亡）' }];
    expect(requiredPapers('terminate', 'orphan_scattered', check, onFile, list)[0]?.met).toBe(true);
  });
});
