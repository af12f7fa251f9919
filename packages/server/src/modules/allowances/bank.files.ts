// Bank batch-payment files as bytes: the payment file a layout describes (CSV in the layout's encoding, or a
// one-sheet .xlsx), and the bank's return file read back into a table of cells for readBankReturn.
import { bankFileTable, type BankLayout, type BankPayment } from '@hehu/domain';
import { parse as parseCsv } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { AppError } from '../../platform/errors.ts';
// The ledger's decompression-bomb guard, reused rather than copied.
import { inspectZip, verifyEntries } from '../ledger/index.ts';

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0]);

function formatError(zh: string, en: string): AppError {
  return AppError.rule('IMPORT_FORMAT', zh, en, { field: 'file' });
}

/** Return files from Chinese banks are often GBK: UTF-8 is tried strictly first, then GBK (as the ledger does). */
function decodeText(bytes: Buffer): string {
  const withoutBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(withoutBom);
  } catch {
    return new TextDecoder('gbk').decode(withoutBom);
  }
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** GBK has no code for some rare characters in names; iconv-lite would write “?”, so the payment is named instead. */
function encodeGbk(text: string, table: readonly (readonly string[])[]): Buffer {
  const bytes = iconv.encode(text, 'gbk');
  if (iconv.decode(bytes, 'gbk') === text) return bytes;
  for (const [r, row] of table.entries()) {
    for (const cell of row) {
      if (iconv.decode(iconv.encode(cell, 'gbk'), 'gbk') !== cell) {
        throw AppError.rule(
          'IMPORT_FORMAT',
          `第 ${r + 1} 行“${cell}”含有 GBK 编码无法表示的字，请改用 UTF-8 或 xlsx 格式的代发模板`,
          `Row ${r + 1}: "${cell}" has characters GBK cannot encode; use a UTF-8 or xlsx layout`,
          { field: 'layout', row: r + 1 },
        );
      }
    }
  }
  return bytes;
}

function csvBytes(layout: BankLayout, table: string[][]): Buffer {
  // CRLF and no byte-order mark: bank systems parse the header strictly.
  const text = table.map((row) => row.map(csvField).join(',') + '\r\n').join('');
  return layout.encoding === 'gbk' ? encodeGbk(text, table) : Buffer.from(text, 'utf-8');
}

async function xlsxBytes(layout: BankLayout, table: string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(layout.name.slice(0, 31) || 'Sheet1');
  sheet.columns = layout.columns.map(({ key }) => ({ width: key === 'account' || key === 'bankName' ? 26 : 14 }));
  for (const row of table) {
    const added = sheet.addRow(row);
    // Every cell is text: an account typed as a number would become 6.22848E+18 and lose its last digits.
    added.eachCell({ includeEmpty: true }, (cell) => {
      cell.numFmt = '@';
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The payment file for the bank: the header row on the first line, one line per payment, nothing above it. */
export async function bankFileBytes(
  layout: BankLayout,
  payments: readonly BankPayment[],
  format: 'xlsx' | 'csv',
): Promise<Buffer> {
  const table = bankFileTable(layout, payments);
  return format === 'csv' ? csvBytes(layout, table) : xlsxBytes(layout, table);
}

/** Cell values as the bank wrote them: formulas give their result, rich text and links their text. */
function plain(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value !== 'object') return value;
  if ('result' in value) return plain(value.result);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value) return value.text;
  return null;
}

async function readXlsx(bytes: Buffer): Promise<unknown[][]> {
  // Limits first: nothing is inflated for the parser until the archive has shown it is not a bomb.
  verifyEntries(bytes, inspectZip(bytes));
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw formatError('Excel 文件已损坏或无法读取', 'The Excel file is damaged or cannot be read');
  }
  // The first sheet with anything in it; rows keep their places so problems name the row the bank's file shows.
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) throw formatError('Excel 文件中没有数据', 'The Excel file has no data');
  const table: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const values: unknown[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      values[col - 1] = plain(cell.isMerged && cell.master !== cell ? cell.master.value : cell.value);
    });
    table[rowNumber - 1] = Array.from(values, (v) => v ?? null);
  });
  return Array.from(table, (r) => r ?? []);
}

function readCsv(bytes: Buffer): unknown[][] {
  try {
    // Empty lines are kept so that row numbers match the lines of the file.
    const parsed: unknown = parseCsv(decodeText(bytes), { relax_column_count: true, trim: true });
    return parsed as string[][];
  } catch {
    throw formatError('CSV 文件格式错误（引号或分隔符不匹配）', 'The CSV file is malformed');
  }
}

/** The bank's return file (.xlsx, or CSV in UTF-8 or GBK) as a table of cells; the content decides, not the name. */
export async function readBankReturnFile(bytes: Buffer, fileName: string): Promise<unknown[][]> {
  if (bytes.length === 0) throw formatError('文件是空的', 'The file is empty');
  if (bytes.subarray(0, 4).equals(ZIP)) return readXlsx(bytes);
  if (bytes.subarray(0, 4).equals(OLE) || /\.xls$/i.test(fileName)) {
    throw formatError(
      '不支持旧版 .xls 文件，请在 Excel 中另存为 .xlsx 后再上传',
      'Old .xls files are not supported; save as .xlsx',
    );
  }
  if (/\.xlsx$/i.test(fileName)) {
    throw formatError('文件名为 .xlsx，但内容不是 Excel 文件', 'The file is named .xlsx but is not an Excel file');
  }
  if (bytes.includes(0)) {
    throw formatError('文件不是 Excel (.xlsx) 或 CSV 表格', 'The file is not an .xlsx or CSV table');
  }
  return readCsv(bytes);
}
