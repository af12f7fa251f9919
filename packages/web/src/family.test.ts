// The family tab's logic without a browser: a situation's facts in Chinese words, the phone rule, and
// the contact edit that sends only what changed.
import { describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import type { Person, Situation } from './api/registry';
import shellZh from './i18n/zh-CN';
import childFileZh from './i18n/childFile.zh-CN';
import childTabsZh from './i18n/childTabs.zh-CN';
import childrenZh from './i18n/children.zh-CN';
import {
  contactInitialValues,
  contactPatch,
  isPhone,
  keepsWhenBlank,
  maskedFields,
} from './pages/children/file/personContact';
import { DEFAULT_CATEGORY_RULES } from '@hehu/domain';
import { illnessOptions, releaseDue, situationDetailLines, termEnd } from './pages/children/file/situationFacts';

/** The Chinese messages with i18next's {{name}} interpolation: what a user of the default language reads. */
const zhCN = { ...shellZh, ...childFileZh, ...childTabsZh, ...childrenZh };
const t = ((key: string, values: Record<string, unknown> = {}) => {
  let node: unknown = zhCN;
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  if (typeof node !== 'string') throw new Error(`no message ${key}`);
  return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));
}) as unknown as TFunction;

const situation = (over: Partial<Situation>): Situation => ({
  id: 's1',
  code: 'dead',
  since: '2024-01-31',
  until: null,
  details: {},
  note: null,
  ...over,
});
// A fixed "today", so a term's end reads the same whenever the suite runs.
const lines = (s: Situation) =>
  situationDetailLines(s, t, 'zh', undefined, '2026-03-15').map((l) => `${l.label}：${l.value}`);

describe('situation facts', () => {
  it('a prison sentence shows its term and when it ends, or the release once recorded', () => {
    const s = situation({ code: 'imprisoned', since: '2024-01-31', details: { termMonths: 37 } });
    expect(lines(s)).toEqual(['服刑开始日期：2024-01-31', '刑期：37 个月', '预计期满日期：2027-02-28']);
    expect(lines({ ...s, until: '2025-06-01' })).toEqual([
      '服刑开始日期：2024-01-31',
      '刑期：37 个月',
      '释放（解除）日期：2025-06-01',
    ]);
  });

  it('a term that has run out without a recorded release asks for the release to be confirmed', () => {
    const s = situation({ code: 'imprisoned', since: '2020-01-01', details: { termMonths: 6 } });
    expect(lines(s)).toEqual([
      '服刑开始日期：2020-01-01',
      '刑期：6 个月',
      '期满日期（未登记释放，请核实）：2020-07-01',
    ]);
    expect(releaseDue(s, '2020-06-30')).toBeNull();
    expect(releaseDue({ ...s, until: '2020-07-01' }, '2026-03-15')).toBeNull();
  });

  it('the illness list and the lost-contact period come from the rules version in force', () => {
    const rules = {
      ...DEFAULT_CATEGORY_RULES,
      version: '2026-12',
      minLostContactMonths: 3,
      seriousIllnesses: [{ code: 'als', zh: '渐冻症', en: 'ALS' }],
    };
    expect(illnessOptions('zh', rules)).toEqual([{ value: 'als', label: '渐冻症' }]);
    const lost = situation({ code: 'lost_contact', since: '2025-08-31' });
    expect(situationDetailLines(lost, t, 'zh', rules).map((l) => l.value)).toContain('2025-11-30');
  });

  it('a severe disability shows grade and kind in words', () => {
    const s = situation({ code: 'severe_disability', details: { disabilityGrade: 3, disabilityKind: 'intellectual' } });
    expect(lines(s)).toEqual(['残疾等级：三级', '残疾类别：智力']);
  });

  it('a serious illness shows its name from the list, an unknown code as it is', () => {
    expect(lines(situation({ code: 'serious_illness', details: { illnessCode: 'leukemia' } }))).toEqual([
      '病种：白血病',
    ]);
    expect(lines(situation({ code: 'serious_illness', details: { illnessCode: 'x99' } }))).toEqual(['病种：x99']);
    expect(illnessOptions('zh')).toContainEqual({ value: 'uremia', label: '尿毒症' });
  });

  it('lost contact names the police report date and the day it has lasted six months', () => {
    const s = situation({ code: 'lost_contact', since: '2025-08-31', note: '家属报案' });
    expect(lines(s)).toEqual(['公安机关受理报案日期：2025-08-31', '失联满 6 个月之日：2026-02-28', '备注：家属报案']);
  });

  it('a situation without facts of its own has no lines, and no JSON ever shows', () => {
    expect(lines(situation({ code: 'working_away', details: {} }))).toEqual([]);
    expect(lines(situation({ code: 'dead' }))).toEqual(['死亡日期：2024-01-31']);
    expect(termEnd('2024-02-29', 12)).toBe('2025-02-28');
  });
});

const person: Person = {
  id: 'p1',
  name: '王建国',
  sex: 'M',
  birthDate: '1985-04-12',
  idNumberMasked: '511102********1234',
  phoneMasked: '138****5678',
  addressMasked: null,
  workPlace: '乐山',
  situations: [],
};

describe('contact details', () => {
  it('accepts mobile and landline numbers, as the server does', () => {
    for (const ok of ['', '13812345678', '138 1234 5678', '0833-1234567', '08331234567', '0833-1234567-12'])
      expect(isPhone(ok), ok).toBe(true);
    for (const bad of ['12345', '2381234567', '1381234567', '0833-123', 'abc']) expect(isPhone(bad), bad).toBe(false);
  });

  it('only fields with a stored value are worth showing in full', () => {
    expect(maskedFields(person)).toEqual(['idNumber', 'phone']);
  });

  it('sends only what changed; a blank masked field keeps the stored value', () => {
    const initial = contactInitialValues(person);
    expect(initial).toEqual({ name: '王建国', phone: '', address: '', workPlace: '乐山' });
    expect(contactPatch(person, initial)).toEqual({});
    expect(keepsWhenBlank('phone', person)).toBe(true);
    expect(keepsWhenBlank('address', person)).toBe(false);
    expect(contactPatch(person, { ...initial, phone: ' 139 8765 4321 ', workPlace: ' ' })).toEqual({
      phone: '13987654321',
      workPlace: null,
    });
    expect(contactPatch(person, { ...initial, name: ' 王建民 ', address: '篦子街 1 号' })).toEqual({
      name: '王建民',
      address: '篦子街 1 号',
    });
  });

  it('once shown in full, the form starts filled and clearing a field removes it', () => {
    const revealed = { idNumber: '511102198504121234', phone: '13812345678' };
    const initial = contactInitialValues(person, revealed);
    expect(initial.phone).toBe('13812345678');
    expect(keepsWhenBlank('phone', person, revealed)).toBe(false);
    expect(contactPatch(person, initial, revealed)).toEqual({});
    expect(contactPatch(person, { ...initial, phone: '' }, revealed)).toEqual({ phone: null });
  });
});
