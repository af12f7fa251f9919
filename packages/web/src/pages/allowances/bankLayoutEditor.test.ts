import { BUILT_IN_BANK_LAYOUTS, checkBankLayout } from '@hehu/domain';
import { describe, expect, it } from 'vitest';
import type { BankLayoutView } from '../../api/allowances';
import { editorValues, layoutInput, unusedKeys } from './bankLayoutEditor';

const shared = (code: string): BankLayoutView => {
  const layout = BUILT_IN_BANK_LAYOUTS.find((l) => l.code === code)!;
  return { ...layout, columns: [...layout.columns], version: 3, builtIn: true, updatedAt: '2026-12-01T00:00:00Z' };
};

describe('the bank layout editor', () => {
  it('edits a shared layout into a new layout of the county, never a version of the shared one', () => {
    const nine = shared('standard9');
    const values = editorValues(nine, '市中区');
    expect(values.name).toBe('市中区 · 通用代发模板（9 列）');
    expect(values.referenceColumn).toBe('remark');
    const input = layoutInput(values, nine);
    expect(input).toMatchObject({ code: null, version: null, encoding: 'gbk', referenceColumn: 'remark' });
    expect(input.columns.map((c) => c.header)).toEqual(nine.columns.map((c) => c.header));
  });

  it('edits the county’s own layout into its next version, at the version the user saw', () => {
    const own: BankLayoutView = { ...shared('simple3'), code: '511102-1', name: '县农商行', builtIn: false };
    const input = layoutInput({ ...editorValues(own, '市中区'), name: ' 县农商行（新） ' }, own);
    expect(input).toMatchObject({ code: '511102-1', version: 3, name: '县农商行（新）', referenceColumn: null });
  });

  it('starts a new layout with the columns every bank needs, which the domain check accepts', () => {
    const input = layoutInput(editorValues(null, '市中区'), null);
    expect(input.columns.map((c) => c.key)).toEqual(['account', 'holder', 'amount']);
    expect(checkBankLayout({ ...input, code: 'x' })).toEqual([]);
    expect(unusedKeys(input.columns)).toEqual([
      'seq',
      'crossBank',
      'bankName',
      'bankCode',
      'summary',
      'remark',
      'reference',
    ]);
  });
});
