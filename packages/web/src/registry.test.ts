// The registry's form and list logic without a browser: what is sent on create and edit, how the
// list filters become a query, and how history values read.
import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import { makeIdNumber } from '@hehu/domain';
import { fileNameFrom } from './api/fileName';
import type { ChildFile } from './api/registry';
import {
  birthDateOf,
  initialValues,
  toCreateInput,
  toPatch,
  typesIdNumber,
} from './pages/children/form/childFormModel';
import { filtersFromSearch, queryOf, searchFromFilters } from './pages/children/list/childFilters';
import { fieldName, valueText } from './pages/children/file/historyFormat';

const child: ChildFile = {
  id: '0a5309bb-1417-4be4-b7d9-e21a502c6f30',
  name: '常龙明',
  sex: 'M',
  birthDate: '2022-07-29',
  idNumberMasked: '511102********8153',
  divisionCode: '511102004001',
  divisionName: '篦子街社区居委会',
  status: 'active',
  categories: [],
  formerNames: [],
  noIdReason: null,
  divisionPath: '乐山市 / 市中区 / 大佛街道 / 篦子街社区居委会',
  institutionId: null,
  institutionName: null,
  institutionSince: null,
  parentsUnknown: false,
  ethnicity: null,
  householdType: 'rural',
  currentAddressMasked: null,
  schoolingStage: null,
  schoolName: null,
  boarding: null,
  healthStatus: null,
  disabilityType: null,
  disabilityGrade: null,
  disabilityCertNoMasked: null,
  illness: null,
  familyEconomicHardship: false,
  guardianshipHarm: false,
  terminationReason: null,
  terminationMonth: null,
  mergedInto: null,
  photoDocumentId: null,
  version: 3,
  createdAt: '2026-11-28T13:19:51.579Z',
  updatedAt: '2026-11-28T13:19:51.579Z',
  canUnmask: false,
  canEdit: true,
};

describe('child form', () => {
  it('sends the ID number alone when there is one; birth date and sex come from it', () => {
    const id = makeIdNumber('511102', '2015-03-02', 12);
    const input = toCreateInput({ ...initialValues(), name: ' 王小明 ', idNumber: id, divisionCode: '511102004001' });
    expect(input).toMatchObject({ name: '王小明', idNumber: id, divisionCode: '511102004001' });
    expect(input).not.toHaveProperty('schoolName');
    expect(input).not.toHaveProperty('birthDate');
    expect(birthDateOf({ idNumber: id }, false)).toBe('2015-03-02');
  });

  it('without an ID number sends birth date, sex and the reason', () => {
    const input = toCreateInput({
      ...initialValues(),
      name: '李四',
      noId: true,
      idNumber: '5111',
      birthDate: dayjs('2020-01-05'),
      sex: 'F',
      noIdReason: '未落户',
      divisionCode: '511102004001',
    });
    expect(input).toMatchObject({ birthDate: '2020-01-05', sex: 'F', noIdReason: '未落户' });
    expect(input).not.toHaveProperty('idNumber');
  });

  it('an edit sends only what changed, never the village', () => {
    const values = { ...initialValues(child), schoolName: '篦子街小学', divisionCode: '511102004002' };
    expect(toPatch(values, child)).toEqual({ schoolName: '篦子街小学' });
    expect(toPatch(initialValues(child), child)).toEqual({});
  });

  it('a foundling placed in an institution sends the placement with its date; leaving clears both', () => {
    const home = '8d0c3f5e-1b7a-4a53-9a53-2f0b7c1e2d11';
    const input = toCreateInput({
      ...initialValues(),
      name: '无名氏',
      noId: true,
      birthDate: dayjs('2020-05-01'),
      sex: 'F',
      noIdReason: '弃婴',
      divisionCode: '511102004001',
      parentsUnknown: true,
      institutionId: home,
      institutionSince: dayjs('2020-06-15'),
    });
    expect(input).toMatchObject({ parentsUnknown: true, institutionId: home, institutionSince: '2020-06-15' });
    expect(toCreateInput({ ...initialValues(), name: '散居', divisionCode: '511102004001' })).not.toHaveProperty(
      'institutionId',
    );
    const placed = { ...child, institutionId: home, institutionSince: '2024-03-01', institutionName: '福利院' };
    expect(toPatch({ ...initialValues(placed), institutionId: null }, placed)).toEqual({
      institutionId: null,
      institutionSince: null,
    });
  });

  it('a number on file is typed again only when correcting it', () => {
    expect(typesIdNumber(initialValues(child), true)).toBe(false);
    const id = makeIdNumber('511102', '2022-07-29', 15);
    const patch = toPatch({ ...initialValues(child), changeId: true, idNumber: id }, child);
    expect(patch).toEqual({ idNumber: id });
  });
});

describe('list filters', () => {
  it('round-trip through the URL and turn an age band into ageMin/ageMax', () => {
    const filters = filtersFromSearch(new URLSearchParams('division=511102&ageBand=6-11&sex=X&status=active'));
    expect(filters).toMatchObject({ division: '511102', ageBand: '6-11', status: 'active' });
    expect(filters.sex).toBeUndefined();
    expect(queryOf(filters)).toEqual({ division: '511102', status: 'active', ageMin: 6, ageMax: 11 });
    expect(searchFromFilters(filters).toString()).toBe('division=511102&status=active&ageBand=6-11');
  });
});

describe('downloads and history', () => {
  it('reads the file name from Content-Disposition, UTF-8 form first', () => {
    expect(fileNameFrom(`attachment; filename="a.xlsx"; filename*=UTF-8''%E5%90%8D%E5%86%8C.xlsx`, 'x')).toBe(
      '名册.xlsx',
    );
    expect(fileNameFrom('attachment; filename="list.xlsx"', 'x')).toBe('list.xlsx');
    expect(fileNameFrom(null, 'fallback.xlsx')).toBe('fallback.xlsx');
  });

  it('translates field names and coded values, leaving unknown ones as they are', () => {
    const t = ((key: string) => `<${key}>`) as unknown as TFunction;
    expect(fieldName('schoolName', t)).toBe('<fields.schoolName>');
    expect(fieldName('somethingNew', t)).toBe('somethingNew');
    expect(valueText('schoolingStage', 'primary', t, 'zh')).toBe('<values.schoolingStage.primary>');
    expect(valueText('boarding', true, t, 'zh')).toBe('<values.yes>');
    expect(valueText('schoolName', null, t, 'zh')).toBe('<values.none>');
    expect(valueText('category', 'left_behind', t, 'zh')).toBe('农村留守儿童');
    expect(valueText('situation.illnessCode', 'leukemia', t, 'zh')).toBe('白血病');
    expect(fieldName('photo', t)).toBe('<fields.photo>');
  });
});
