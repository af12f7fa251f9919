// Excel files the ledger module hands out: the import template and the watermarked export.
import ExcelJS from 'exceljs';
import { CATEGORY_LABELS, type CategoryCode } from '@hehu/domain';
import type { Locale } from '../../platform/errors.ts';
import { addSheet, exportWorkbook, say, workbookBytes, type SheetColumn, type Words } from '../../platform/workbook.ts';
import { EXAMPLE_MARK, formatCell, LEDGER_COLUMNS, type LedgerField, type LedgerValue } from './ledger.columns.ts';
import { villageKey, type ScopeVillage } from './ledger.villages.ts';

export { XLSX_MIME } from '../../platform/workbook.ts';

/** The template's example row, in template column order: marked in its name, so it is never imported. */
function exampleRow(village: ScopeVillage | undefined): Partial<Record<LedgerField, string>> {
  return {
    name: `${EXAMPLE_MARK}张小明`,
    idNumber: '',
    sex: '男',
    birthDate: '2015-03-01',
    noIdReason: '未办理身份证',
    divisionCode: village ? villageKey(village.name) : '',
    householdType: '农村',
    currentAddress: village ? `${village.township}${villageKey(village.name)}3组12号` : '',
    schoolingStage: '小学',
    schoolName: '',
    boarding: '否',
    healthStatus: '健康',
  };
}

/**
 * The import template: the header row and one example row (ignored on import), the instructions, and the
 * villages the caller may import into with their codes (a name from that list may stand in for the code).
 */
export async function buildTemplate(villages: readonly ScopeVillage[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('儿童台账');
  ws.addRow(LEDGER_COLUMNS.map((c) => c.header));
  ws.getRow(1).font = { bold: true };
  const example = exampleRow(villages[0]);
  ws.addRow(LEDGER_COLUMNS.map((c) => example[c.field] ?? ''));
  ws.getRow(2).font = { italic: true, color: { argb: 'FF8C8C8C' } };
  ws.getCell(2, 1).note = `示例行：姓名以“${EXAMPLE_MARK}”开头的行不会导入，可照着填写后删除或保留`;
  ws.columns.forEach((col, i) => {
    col.width = Math.max(12, (LEDGER_COLUMNS[i]?.header.length ?? 6) * 2 + 2);
  });
  // Text format keeps ID numbers and division codes from turning into numbers in Excel.
  for (const field of ['idNumber', 'divisionCode']) {
    const index = LEDGER_COLUMNS.findIndex((c) => c.field === field);
    ws.getColumn(index + 1).numFmt = '@';
  }
  const help = wb.addWorksheet('填写说明');
  help.addRow(['列名', '是否必填', '说明', '也可识别的列名']).font = { bold: true };
  for (const c of LEDGER_COLUMNS) help.addRow([c.header, c.required ? '必填' : '', c.note, c.aliases.join('、')]);
  help.addRow([]);
  help.addRow(['示例行', '', `第 2 行是示例：姓名以“${EXAMPLE_MARK}”开头的行导入时一律忽略，可删除也可保留。`, '']);
  help.columns = [{ width: 24 }, { width: 10 }, { width: 60 }, { width: 40 }];
  addSheet(
    wb,
    {
      name: VILLAGES_SHEET,
      columns: [
        { header: { zh: '县（市、区）', en: 'County' }, width: 14 },
        { header: { zh: '乡镇（街道）', en: 'Township' }, width: 18 },
        { header: { zh: '村（社区）名称', en: 'Village' }, width: 24 },
        { header: { zh: '村（社区）代码', en: 'Village code' }, width: 16, text: true },
      ],
      rows: villages.length
        ? villages.map((v) => [v.county, v.township, v.name, v.code])
        : [['', '', '您的授权不含村（社区），不能导入台账', '']],
    },
    'zh-CN',
  );
  return workbookBytes(wb);
}

export const VILLAGES_SHEET = '村（社区）代码';

export interface ExportRow {
  name: string;
  sex: 'M' | 'F';
  birthDate: string;
  idNumber: string | null;
  divisionPath: string;
  categories: string[];
  status: string;
}

const STATUS: Record<string, Words> = {
  active: { zh: '在册', en: 'Active' },
  terminated: { zh: '已终止', en: 'Terminated' },
  transferred: { zh: '已转出', en: 'Transferred' },
  archived: { zh: '已归档', en: 'Archived' },
};

function statusText(status: string, locale: Locale): string {
  const words = STATUS[status];
  return words ? say(words, locale) : status;
}

const LIST_COLUMNS: readonly SheetColumn[] = [
  { header: { zh: '序号', en: 'No.' }, width: 6 },
  { header: { zh: '姓名', en: 'Name' }, width: 10 },
  { header: { zh: '性别', en: 'Sex' }, width: 6 },
  { header: { zh: '出生日期', en: 'Date of birth' }, width: 12 },
  { header: { zh: '公民身份证号码', en: 'ID number' }, width: 22, text: true },
  { header: { zh: '户籍所在地', en: 'Registered residence' }, width: 40 },
  { header: { zh: '保障类别', en: 'Protection categories' }, width: 24 },
  { header: { zh: '状态', en: 'Status' }, width: 8 },
];

/** The children list as people read it: one row per child, with the path of its village and its categories. */
export function buildExport(rows: readonly ExportRow[], watermark: string, locale: Locale): Promise<Buffer> {
  const label = (c: string) => {
    const words = CATEGORY_LABELS[c as CategoryCode] as Words | undefined;
    return words ? say(words, locale) : c;
  };
  return exportWorkbook(
    {
      name: { zh: '儿童名册', en: 'Children' },
      columns: LIST_COLUMNS,
      rows: rows.map((r, i) => [
        i + 1,
        r.name,
        locale === 'en' ? r.sex : r.sex === 'M' ? '男' : '女',
        r.birthDate,
        r.idNumber ?? '',
        r.divisionPath,
        r.categories.map(label).join(locale === 'en' ? ', ' : '、'),
        statusText(r.status, locale),
      ]),
    },
    watermark,
    locale,
  );
}

/**
 * The children "for re-import": every template column in template order, the values written as the template
 * asks, so the file imports back unchanged. Headers follow the language; both are read back.
 */
export function buildReimportExport(
  rows: readonly Partial<Record<LedgerField, LedgerValue>>[],
  watermark: string,
  locale: Locale,
): Promise<Buffer> {
  return exportWorkbook(
    {
      name: { zh: '儿童台账', en: 'Ledger' },
      columns: LEDGER_COLUMNS.map((c) => ({
        header: { zh: c.header, en: c.en },
        width: Math.max(12, c.header.length * 2 + 2),
        text: c.field === 'idNumber' || c.field === 'divisionCode' || c.field === 'disabilityCertNo',
      })),
      rows: rows.map((r) => LEDGER_COLUMNS.map((c) => formatCell(c.field, r[c.field]))),
    },
    watermark,
    locale,
  );
}
