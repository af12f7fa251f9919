// The problem rows of a dry run as a workbook: each refused row with its row number, the cells as the user typed
// them and the reasons, so the user fixes the file and imports it again. The two added columns are ignored when it
// is read back (ledger.columns.ts, isIgnoredHeader).
import { and, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Queryable } from '../../db/connection.ts';
import { importJobs } from '../../db/schema.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import { AppError, type Locale } from '../../platform/errors.ts';
import { addSheet, workbookBytes } from '../../platform/workbook.ts';
import type { CheckedRow } from './ledger.check.ts';
import { LEDGER_COLUMNS, REASON_COLUMN, ROW_COLUMN, scalarText, type LedgerField } from './ledger.columns.ts';
import type { LedgerSheet } from './ledger.read.ts';

/** Rows to fix: errors and repeats within the file. Rows already on record are skipped, not refused. */
export const isRefused = (r: CheckedRow) => r.status === 'error' || r.status === 'duplicate_in_file';

export type ProblemCells = Record<number, Partial<Record<LedgerField, string>>>;

function cellText(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return scalarText(value);
}

/** The refused rows' cells as typed, by row number (kept encrypted with the job: they hold ID numbers). */
export function problemCellsOf(sheet: LedgerSheet, rows: readonly CheckedRow[]): ProblemCells {
  const refused = new Set(rows.filter(isRefused).map((r) => r.row));
  const out: ProblemCells = {};
  for (const r of sheet.rows) {
    if (!refused.has(r.rowNumber)) continue;
    out[r.rowNumber] = Object.fromEntries(
      Object.entries(r.cells).map(([field, value]) => [field, cellText(value)] as const),
    );
  }
  return out;
}

interface StoredReport {
  problems?: CheckedRow[];
  rows?: CheckedRow[];
  problemCells?: string;
}

/** The caller's own job's refused rows, in file order; another user's job is not found. */
export async function problemsWorkbook(
  db: Queryable,
  cipher: FieldCipher,
  job: { id: string; userId: string },
  locale: Locale,
): Promise<{ bytes: Buffer; fileName: string; rows: number }> {
  const [row] = await db
    .select({ fileName: importJobs.fileName, report: importJobs.report })
    .from(importJobs)
    .where(and(eq(importJobs.id, job.id), eq(importJobs.createdBy, job.userId)));
  if (!row) throw new AppError('NOT_FOUND');
  const report = row.report as StoredReport;
  const refused = (report.problems ?? report.rows ?? []).filter(isRefused).sort((a, b) => a.row - b.row);
  // A job checked before the cells were kept has the reasons only.
  const cells: ProblemCells = report.problemCells
    ? (JSON.parse(cipher.decrypt(report.problemCells)) as ProblemCells)
    : {};
  const wb = new ExcelJS.Workbook();
  const ws = addSheet(
    wb,
    {
      name: locale === 'en' ? 'Problem rows' : '问题行',
      columns: [
        { header: ROW_COLUMN, width: 8 },
        { header: REASON_COLUMN, width: 50 },
        ...LEDGER_COLUMNS.map((c) => ({
          header: { zh: c.header, en: c.en },
          width: Math.max(12, c.header.length * 2 + 2),
          text: c.field === 'idNumber' || c.field === 'divisionCode',
        })),
      ],
      // The reasons are the check's own words (Chinese), one line per problem, each naming its column.
      rows: refused.map((r) => [
        r.row,
        r.errors.map((e) => `${e.field}：${e.message}`).join('\n'),
        ...LEDGER_COLUMNS.map((c) => cells[r.row]?.[c.field] ?? ''),
      ]),
    },
    locale,
  );
  ws.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  const base = row.fileName.replace(/\.(xlsx|csv)$/i, '');
  const suffix = locale === 'en' ? 'problem rows' : '问题行';
  return { bytes: await workbookBytes(wb), fileName: `${base}-${suffix}.xlsx`, rows: refused.length };
}
