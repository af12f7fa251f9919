// Reads the bank's return file (代发结果) from a table of cells. Banks name their columns differently, so the
// header row is found by known names; every line the file cannot say clearly becomes a problem naming its row.
import { parseYuan } from './bank.ts';
import { fenToYuan } from './money.ts';

export type BankReturnProblemCode =
  | 'NO_HEADER'
  | 'MISSING_STATUS_COLUMN'
  | 'MISSING_AMOUNT_COLUMN'
  | 'MISSING_MATCH_COLUMN'
  | 'UNREADABLE_AMOUNT'
  | 'UNREADABLE_ACCOUNT'
  | 'UNKNOWN_STATUS'
  | 'UNKNOWN_REFERENCE'
  | 'UNKNOWN_LINE'
  | 'DUPLICATE_LINE'
  | 'AMOUNT_MISMATCH'
  | 'ACCOUNT_MISMATCH'
  | 'AMBIGUOUS';

export interface BankReturnProblem {
  /** 1-based row in the file; null when the problem is the file as a whole. */
  row: number | null;
  code: BankReturnProblemCode;
  zh: string;
  en: string;
}

export interface BankReturnLine {
  /** 1-based row in the file. */
  row: number;
  reference: string | null;
  account: string | null;
  holder: string | null;
  amountFen: number;
  status: 'paid' | 'failed';
  reason: string;
}

type ReturnField = 'reference' | 'account' | 'holder' | 'amount' | 'status' | 'reason';

// Earlier names win when a file has several columns for one field (our reference travels in 备注, the bank's own
// serial is usually 流水号).
const HEADER_NAMES: Record<ReturnField, readonly string[]> = {
  reference: ['参考号', '业务参考号', '客户参考号', '备注', '附言', '流水号', '业务流水号'],
  account: ['账号', '收款账号', '收款人账号', '卡号', '收款卡号', '银行账号', '账户'],
  holder: ['户名', '收款人', '收款人姓名', '收款户名', '姓名', '账户名称'],
  amount: ['金额', '交易金额', '代发金额', '发放金额', '实发金额'],
  status: ['状态', '处理结果', '交易状态', '处理状态', '交易结果', '结果'],
  reason: ['失败原因', '错误信息', '原因', '失败原因描述', '错误原因', '返回信息'],
};

const PAID = new Set(['成功', '已成功', '交易成功', '处理成功', '代发成功', '入账成功', '已入账']);
const FAILED = new Set([
  '失败',
  '已失败',
  '处理失败',
  '交易失败',
  '代发失败',
  '入账失败',
  '未成功',
  '不成功',
  '退回',
  '已退回',
  '退票',
]);

const HEADER_SEARCH_ROWS = 10;

/** Cell text as the bank wrote it; numbers as JavaScript prints them (checked separately for amounts and accounts). */
export function returnCellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value instanceof Date) return value.toISOString();
  return '';
}

/** Header text without spaces and a unit suffix: “交易金额（元）” reads as 交易金额. */
function headerKey(text: string): string {
  return text.replace(/\s+/g, '').replace(/[(（][^)）]*[)）]$/, '');
}

function findColumns(row: readonly unknown[]): Map<ReturnField, number> {
  const columns = new Map<ReturnField, number>();
  const keys = Array.from(row, (v) => headerKey(returnCellText(v)));
  for (const field of Object.keys(HEADER_NAMES) as ReturnField[]) {
    for (const name of HEADER_NAMES[field]) {
      const at = keys.indexOf(name);
      if (at >= 0) {
        columns.set(field, at);
        break;
      }
    }
  }
  return columns;
}

function amountOf(value: unknown): number | null {
  // A spreadsheet number is read through its shortest decimal form, checked to round-trip exactly.
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    const fixed = value.toFixed(2);
    return Number(fixed) === value ? parseYuan(fixed) : null;
  }
  return parseYuan(returnCellText(value));
}

function problem(row: number | null, code: BankReturnProblemCode, zh: string, en: string): BankReturnProblem {
  return { row, code, zh, en };
}

export function readBankReturn(table: readonly (readonly unknown[])[]): {
  lines: BankReturnLine[];
  problems: BankReturnProblem[];
} {
  let headerIndex = -1;
  let columns = new Map<ReturnField, number>();
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, table.length); r++) {
    const found = findColumns(table[r] ?? []);
    // A header names at least two known columns, one of them the amount or the status.
    if (found.size >= 2 && (found.has('amount') || found.has('status'))) {
      headerIndex = r;
      columns = found;
      break;
    }
  }
  if (headerIndex < 0) {
    return {
      lines: [],
      problems: [
        problem(
          null,
          'NO_HEADER',
          `前 ${HEADER_SEARCH_ROWS} 行中没有找到表头（应包括“金额”“状态”等列）`,
          `No header row in the first ${HEADER_SEARCH_ROWS} rows (expected columns such as 金额 and 状态)`,
        ),
      ],
    };
  }
  const headerRow = headerIndex + 1;
  const missing: BankReturnProblem[] = [];
  if (!columns.has('status')) {
    missing.push(
      problem(
        headerRow,
        'MISSING_STATUS_COLUMN',
        `第 ${headerRow} 行表头没有状态列（如“状态”“处理结果”“交易状态”）`,
        `Header row ${headerRow} has no status column (状态, 处理结果 or 交易状态)`,
      ),
    );
  }
  if (!columns.has('amount')) {
    missing.push(
      problem(
        headerRow,
        'MISSING_AMOUNT_COLUMN',
        `第 ${headerRow} 行表头没有金额列（如“金额”“交易金额”）`,
        `Header row ${headerRow} has no amount column (金额 or 交易金额)`,
      ),
    );
  }
  if (!columns.has('reference') && !columns.has('account')) {
    missing.push(
      problem(
        headerRow,
        'MISSING_MATCH_COLUMN',
        `第 ${headerRow} 行表头既没有参考号（备注、附言）列也没有账号列，无法对应到发放记录`,
        `Header row ${headerRow} has neither a reference (参考号/备注/附言) nor an account column to match payments`,
      ),
    );
  }
  if (missing.length) return { lines: [], problems: missing };

  const lines: BankReturnLine[] = [];
  const problems: BankReturnProblem[] = [];
  const at = (cells: readonly unknown[], field: ReturnField): unknown => {
    const col = columns.get(field);
    return col === undefined ? undefined : cells[col];
  };
  for (let r = headerIndex + 1; r < table.length; r++) {
    const cells = table[r] ?? [];
    const texts = Array.from(cells, returnCellText);
    if (texts.every((t) => t === '')) continue;
    const status = returnCellText(at(cells, 'status'));
    // A footer such as “合计：3 笔” carries no status and is not a payment.
    if (!status && texts.some((t) => /^(合计|总计)/.test(t))) continue;
    const row = r + 1;
    const lineProblems: BankReturnProblem[] = [];

    const rawAmount = at(cells, 'amount');
    const amountFen = amountOf(rawAmount);
    if (amountFen === null) {
      const shown = returnCellText(rawAmount);
      lineProblems.push(
        problem(
          row,
          'UNREADABLE_AMOUNT',
          shown ? `第 ${row} 行金额“${shown}”无法识别（应为元，最多两位小数）` : `第 ${row} 行没有金额`,
          shown ? `Row ${row}: amount "${shown}" is not yuan with at most two decimals` : `Row ${row}: no amount`,
        ),
      );
    }
    const rawAccount = at(cells, 'account');
    if (typeof rawAccount === 'number' && !Number.isSafeInteger(rawAccount)) {
      lineProblems.push(
        problem(
          row,
          'UNREADABLE_ACCOUNT',
          `第 ${row} 行账号被存成了数字（${String(rawAccount)}），末几位已丢失；请让银行提供文本格式的账号`,
          `Row ${row}: the account was stored as a number (${String(rawAccount)}) and lost its last digits`,
        ),
      );
    }
    const paid = PAID.has(status.replace(/\s+/g, ''));
    if (!paid && !FAILED.has(status.replace(/\s+/g, ''))) {
      lineProblems.push(
        problem(
          row,
          'UNKNOWN_STATUS',
          status ? `第 ${row} 行状态“${status}”无法识别（应为成功或失败）` : `第 ${row} 行没有处理状态`,
          status ? `Row ${row}: status "${status}" is neither success nor failure` : `Row ${row}: no status`,
        ),
      );
    }
    if (lineProblems.length || amountFen === null) {
      problems.push(...lineProblems);
      continue;
    }
    const optional = (field: ReturnField): string | null => returnCellText(at(cells, field)) || null;
    lines.push({
      row,
      reference: optional('reference'),
      account: optional('account')?.replace(/[\s-]/g, '') ?? null,
      holder: optional('holder'),
      amountFen,
      status: paid ? 'paid' : 'failed',
      reason: optional('reason') ?? '',
    });
  }
  return { lines, problems };
}

/** Yuan for messages: 140000 → “1400.00 元”. */
export function yuanText(fen: number): string {
  return `${fenToYuan(fen)} 元`;
}
