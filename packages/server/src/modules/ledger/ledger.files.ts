// Excel files the ledger module hands out: the import template and the watermarked export.
import ExcelJS from 'exceljs';
import { CATEGORY_LABELS, type CategoryCode } from '@hehu/domain';
import { LEDGER_COLUMNS } from './ledger.columns.ts';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function buildTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('儿童台账');
  ws.addRow(LEDGER_COLUMNS.map((c) => c.header));
  ws.getRow(1).font = { bold: true };
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
  help.columns = [{ width: 24 }, { width: 10 }, { width: 60 }, { width: 40 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export interface ExportRow {
  name: string;
  sex: 'M' | 'F';
  birthDate: string;
  idNumber: string | null;
  divisionPath: string;
  categories: string[];
  status: string;
}

const STATUS_ZH: Record<string, string> = {
  active: '在册',
  terminated: '已终止',
  transferred: '已转出',
  archived: '已归档',
};

export async function buildExport(rows: readonly ExportRow[], watermark: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = watermark;
  const ws = wb.addWorksheet('儿童名册');
  // The watermark is in the sheet itself and in every printed page's header and footer.
  ws.headerFooter.oddHeader = `&C${watermark}`;
  ws.headerFooter.oddFooter = `&C${watermark}  第 &P 页，共 &N 页`;
  ws.mergeCells('A1:H1');
  ws.getCell('A1').value = watermark;
  ws.getCell('A1').font = { color: { argb: 'FF999999' }, italic: true };
  ws.addRow(['序号', '姓名', '性别', '出生日期', '公民身份证号码', '户籍所在地', '保障类别', '状态']).font = {
    bold: true,
  };
  rows.forEach((r, i) => {
    ws.addRow([
      i + 1,
      r.name,
      r.sex === 'M' ? '男' : '女',
      r.birthDate,
      r.idNumber ?? '',
      r.divisionPath,
      r.categories.map((c) => CATEGORY_LABELS[c as CategoryCode]?.zh ?? c).join('、'),
      STATUS_ZH[r.status] ?? r.status,
    ]);
  });
  ws.columns = [
    { width: 6 },
    { width: 10 },
    { width: 6 },
    { width: 12 },
    { width: 22 },
    { width: 40 },
    { width: 24 },
    { width: 8 },
  ];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
