// The bank layout editor's values and the request they become: a shared layout is edited into a copy of the
// county's own (the shared one stays as the other counties use it), one of the county's own into its next version.
import { BANK_COLUMN_KEYS, type BankColumnKey } from '@hehu/domain';
import type { BankLayoutInput, BankLayoutView } from '../../api/allowances';

/** 'none' stands for a layout without a reference column, since a select cannot hold null. */
export type ReferenceChoice = BankColumnKey | 'none';

export interface EditorValues {
  name: string;
  encoding: 'utf-8' | 'gbk';
  referenceColumn: ReferenceChoice;
  columns: { key: BankColumnKey; header: string }[];
}

/** A new layout starts with the three columns every bank needs. */
const STARTER: EditorValues['columns'] = [
  { key: 'account', header: '账号' },
  { key: 'holder', header: '户名' },
  { key: 'amount', header: '金额' },
];

export function editorValues(layout: BankLayoutView | null, countyName: string): EditorValues {
  if (!layout) return { name: `${countyName}代发模板`, encoding: 'gbk', referenceColumn: 'none', columns: STARTER };
  return {
    name: layout.builtIn ? `${countyName} · ${layout.name}` : layout.name,
    encoding: layout.encoding,
    referenceColumn: layout.referenceColumn ?? 'none',
    columns: layout.columns.map((c) => ({ key: c.key, header: c.header })),
  };
}

/** What the editor saves: a new version only of the county's own layout, at the version the user saw. */
export function layoutInput(values: EditorValues, editing: BankLayoutView | null): BankLayoutInput {
  const own = editing && !editing.builtIn;
  return {
    code: own ? editing.code : null,
    version: own ? editing.version : null,
    name: values.name.trim(),
    encoding: values.encoding,
    referenceColumn: values.referenceColumn === 'none' ? null : values.referenceColumn,
    columns: values.columns.map((c) => ({ key: c.key, header: c.header.trim() })),
  };
}

/** The fields not in the layout yet, in the order the 9-column layout lists them, for the "add a column" menu. */
export function unusedKeys(columns: readonly { key: BankColumnKey }[]): BankColumnKey[] {
  const used = new Set(columns.map((c) => c.key));
  return BANK_COLUMN_KEYS.filter((k) => !used.has(k));
}
