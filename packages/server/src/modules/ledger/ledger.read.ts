// Reads an uploaded ledger (.xlsx, or CSV in UTF-8 or GBK) into rows keyed by field. The header row is
// found by its names (a title row or merged cells above it are fine); extra sheets are reported, not read.
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { AppError } from '../../platform/errors.ts';
import { EXAMPLE_MARK, fieldForHeader, isIgnoredHeader, scalarText, type LedgerField } from './ledger.columns.ts';
import { inspectZip, verifyEntries } from './ledger.zip.ts';

export const MAX_LEDGER_ROWS = 100_000;

export interface LedgerRow {
  rowNumber: number;
  cells: Partial<Record<LedgerField, unknown>>;
}

export interface LedgerSheet {
  rows: LedgerRow[];
  unknownColumns: string[];
  notes: string[];
}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

function formatError(zh: string, en: string): AppError {
  return AppError.rule('IMPORT_FORMAT', zh, en, { field: 'file' });
}

/** Cell values as people typed them: formulas give their result, rich text its text. */
function plain(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value !== 'object') return value;
  if ('result' in value) return plain(value.result);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value) return value.text;
  if ('error' in value) return null;
  return null;
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString();
  return scalarText(v);
}

function headerMap(values: unknown[]): { fields: Map<number, LedgerField>; unknown: string[] } {
  const fields = new Map<number, LedgerField>();
  const unknown: string[] = [];
  values.forEach((v, i) => {
    const text = cellText(v);
    if (!text || isIgnoredHeader(text)) return;
    const field = fieldForHeader(text);
    if (field && ![...fields.values()].includes(field)) fields.set(i, field);
    else unknown.push(text);
  });
  return { fields, unknown };
}

function toRows(table: unknown[][], firstRowNumber: number): { sheet: LedgerSheet } | null {
  // The header row is the first of the first ten rows that names the child and at least one more column.
  for (let h = 0; h < Math.min(10, table.length); h++) {
    const { fields, unknown } = headerMap(table[h] ?? []);
    if (fields.size < 2 || ![...fields.values()].includes('name')) continue;
    const rows: LedgerRow[] = [];
    const examples: number[] = [];
    for (let r = h + 1; r < table.length; r++) {
      const line = table[r] ?? [];
      const cells: Partial<Record<LedgerField, unknown>> = {};
      let any = false;
      for (const [col, field] of fields) {
        const v = line[col];
        if (cellText(v) !== '') any = true;
        cells[field] = v;
      }
      // The template's example row is marked in its name and never imported.
      if (any && cellText(cells.name).startsWith(EXAMPLE_MARK)) examples.push(firstRowNumber + r);
      else if (any) rows.push({ rowNumber: firstRowNumber + r, cells });
    }
    if (rows.length > MAX_LEDGER_ROWS) {
      throw formatError(`一次最多导入 ${MAX_LEDGER_ROWS} 行，请拆分文件`, `At most ${MAX_LEDGER_ROWS} rows per file`);
    }
    const notes = examples.length
      ? [`第 ${examples.join('、')} 行是模板中的示例（姓名以“${EXAMPLE_MARK}”开头），未导入`]
      : [];
    return { sheet: { rows, unknownColumns: unknown, notes } };
  }
  return null;
}

async function readXlsx(bytes: Buffer): Promise<LedgerSheet> {
  // Limits first: nothing is inflated for the parser until the archive has shown it is not a bomb.
  verifyEntries(bytes, inspectZip(bytes));
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw formatError('Excel 文件已损坏或无法读取', 'The Excel file is damaged or cannot be read');
  }
  const skipped: string[] = [];
  for (const ws of workbook.worksheets) {
    const table: unknown[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const values: unknown[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        values[col - 1] = plain(cell.isMerged && cell.master !== cell ? cell.master.value : cell.value);
      });
      table[rowNumber - 1] = values;
    });
    const found = toRows(
      Array.from(table, (r) => r ?? []),
      1,
    );
    if (found) {
      const others = workbook.worksheets.filter((w) => w !== ws).map((w) => w.name);
      if (others.length) found.sheet.notes.push(`已读取工作表“${ws.name}”，其他工作表未读取：${others.join('、')}`);
      if (skipped.length) found.sheet.notes.push(`跳过了没有表头的工作表：${skipped.join('、')}`);
      return found.sheet;
    }
    skipped.push(ws.name);
  }
  throw formatError(
    '没有找到表头：请使用导入模板，表头至少包括“姓名”和“公民身份证号码”或“户籍所在村（社区）代码”',
    'No header row found: use the template; the header needs 姓名 and at least one more known column',
  );
}

/** CSV files from Chinese offices are often GBK: UTF-8 is tried strictly first, then GBK. */
export function decodeText(bytes: Buffer): string {
  const withoutBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(withoutBom);
  } catch {
    return new TextDecoder('gbk').decode(withoutBom);
  }
}

function readCsv(bytes: Buffer): LedgerSheet {
  let table: string[][];
  try {
    const parsed: unknown = parseCsv(decodeText(bytes), {
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    });
    table = parsed as string[][];
  } catch {
    throw formatError('CSV 文件格式错误（引号或分隔符不匹配）', 'The CSV file is malformed');
  }
  const found = toRows(table, 1);
  if (!found) {
    throw formatError(
      '没有找到表头：第一行应为列名，至少包括“姓名”',
      'No header row found: the first row must name the columns',
    );
  }
  return found.sheet;
}

/** Reads a ledger in this thread: the worker (ledger.worker.ts) runs it; the server calls readLedgerInWorker. */
export async function readLedger(bytes: Buffer): Promise<LedgerSheet> {
  if (bytes.subarray(0, 4).equals(OLE)) {
    throw formatError(
      '不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx 后再导入',
      'Old .xls files are not supported; save as .xlsx',
    );
  }
  if (bytes.subarray(0, 4).equals(ZIP)) return readXlsx(bytes);
  if (bytes.includes(0))
    throw formatError('文件不是 Excel (.xlsx) 或 CSV 表格', 'The file is not an .xlsx or CSV table');
  return readCsv(bytes);
}
