import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import type { PaperChecklist } from '../../api/applications';
import { formPath, publishBody } from './papersForm';

const inForce: PaperChecklist = {
  version: '2026-01',
  effectiveFrom: '2020-01-01',
  source: 'RULES',
  byCategory: [
    {
      category: 'orphan_scattered',
      papers: [
        {
          code: 'household_register',
          name: { zh: '户口簿', en: 'household register' },
          match: { subject: 'child', title: '户口簿' },
        },
        {
          code: 'upbringing_agreement',
          name: { zh: '养育协议', en: 'upbringing agreement' },
          match: { subject: 'child', title: '养育协议' },
        },
      ],
    },
    { category: 'de_facto_unsupported', papers: [] },
  ],
  bySituation: [{ situation: 'dead', name: { zh: '死亡证明', en: 'death certificate' } }],
  terminate: [],
};

describe('the papers checklist form', () => {
  it('keeps a known paper with its code and English name, and sends a new one by its name only', () => {
    const body = publishBody(
      {
        effectiveFrom: dayjs('2027-01-01'),
        source: ' 乐民发〔2026〕41号 ',
        byCategory: { orphan_scattered: ['养育协议', ' 监护人身份证 '] },
        bySituation: { dead: '死亡证明（医学证明）' },
        terminate: ['户口簿'],
      },
      inForce,
    );
    expect(body).toEqual({
      effectiveFrom: '2027-01-01',
      source: '乐民发〔2026〕41号',
      byCategory: {
        orphan_scattered: [
          { code: 'upbringing_agreement', name: { zh: '养育协议', en: 'upbringing agreement' } },
          { name: { zh: '监护人身份证', en: '监护人身份证' } },
        ],
        de_facto_unsupported: [],
      },
      bySituation: { dead: { zh: '死亡证明（医学证明）', en: '死亡证明（医学证明）' } },
      terminate: [{ code: 'household_register', name: { zh: '户口簿', en: 'household register' } }],
    });
  });

  it('puts a problem on the list or the situation that holds it', () => {
    expect(formPath('byCategory.orphan_scattered.2.name.zh')).toEqual(['byCategory', 'orphan_scattered']);
    expect(formPath('bySituation.dead.en')).toEqual(['bySituation', 'dead']);
    expect(formPath('terminate.0.code')).toEqual(['terminate']);
    expect(formPath('effectiveFrom')).toEqual(['effectiveFrom']);
  });
});
