// Workbooks the server hands out (exports, the import template, a ledger's problem rows): one way to make a
// watermarked sheet, headers in the caller's language, and the file answer a raw route returns.
import ExcelJS from 'exceljs';
import type { Actor } from './access.ts';
import { AppError, type Locale } from './errors.ts';
import type { FileReply } from './http.ts';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Words in both languages: exports follow the language the request carries (Accept-Language). */
export interface Words {
  zh: string;
  en: string;
}

export const say = (words: Words, locale: Locale): string => (locale === 'en' ? words.en : words.zh);

export interface SheetColumn {
  header: Words;
  width: number;
  /** Text format, so ID numbers and division codes stay text when the file is edited in Excel. */
  text?: boolean;
}

export type CellValue = string | number | null;

export function workbookFile(bytes: Buffer, fileName: string): FileReply {
  return {
    bytes,
    contentType: XLSX_MIME,
    disposition: `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    sandboxed: false,
  };
}

/** Who exported and when, in the sheet and on every printed page: a leaked copy names its source. */
export function exportWatermark(actor: Actor, locale: Locale, now: Date): string {
  const stamp = now.toLocaleString(locale === 'en' ? 'en-GB' : 'zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
  return locale === 'en'
    ? `Exported by ${actor.displayName} (${actor.username}) at ${stamp}. For work use only; do not pass on`
    : `导出人：${actor.displayName}（${actor.username}） 导出时间：${stamp} 仅限工作使用，不得外传`;
}

/**
 * Adds a sheet: the watermark row (when given), then the header row, then the rows. A reader finds the header
 * row by its names (ledger.read.ts), so the watermark above it does not stop the file being imported again.
 */
export function addSheet(
  wb: ExcelJS.Workbook,
  spec: { name: string; columns: readonly SheetColumn[]; rows: readonly CellValue[][]; watermark?: string },
  locale: Locale,
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(spec.name);
  if (spec.watermark) {
    wb.creator = spec.watermark;
    ws.headerFooter.oddHeader = `&C${spec.watermark}`;
    ws.headerFooter.oddFooter =
      locale === 'en' ? `&C${spec.watermark}  Page &P of &N` : `&C${spec.watermark}  第 &P 页，共 &N 页`;
    ws.mergeCells(1, 1, 1, Math.max(2, spec.columns.length));
    ws.getCell('A1').value = spec.watermark;
    ws.getCell('A1').font = { color: { argb: 'FF999999' }, italic: true };
  }
  ws.addRow(spec.columns.map((c) => say(c.header, locale))).font = { bold: true };
  spec.columns.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    column.width = c.width;
    if (c.text) column.numFmt = '@';
  });
  for (const row of spec.rows) ws.addRow(row.map((v) => v ?? ''));
  return ws;
}

export async function workbookBytes(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A one-sheet watermarked export. */
export async function exportWorkbook(
  spec: { name: Words; columns: readonly SheetColumn[]; rows: readonly CellValue[][] },
  watermark: string,
  locale: Locale,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  addSheet(wb, { name: say(spec.name, locale), columns: spec.columns, rows: spec.rows, watermark }, locale);
  return workbookBytes(wb);
}

/** Exported lists stop here: a bigger one is narrowed with the list's filters. */
export const EXPORT_LIMIT = 100_000;

export function exportTooLarge(): AppError {
  return AppError.rule(
    'EXPORT_TOO_LARGE',
    `一次最多导出 ${EXPORT_LIMIT} 行，请缩小筛选范围`,
    `At most ${EXPORT_LIMIT} rows per export; narrow the filter`,
  );
}

/**
 * The audit row's details of an export (`child.export`): which list, with which filter, how many rows, how many
 * ID numbers in full, and the children it held, so an auditor can tell which children left in which file.
 */
export function exportDetails(
  list:
    'children' | 'children_reimport' | 'potentially_eligible' | 'transfers' | 'duplicates' | 'left_behind_registration',
  filter: Record<string, unknown>,
  rows: number,
  childIds: readonly string[],
  unmaskedIdNumbers = 0,
): Record<string, unknown> {
  return { list, filter, rows, unmaskedIdNumbers, childIds: [...new Set(childIds)] };
}
