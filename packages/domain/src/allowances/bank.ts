// Bank batch-payment files (代发) for the monthly allowance roll: layouts as data, money as integer fen,
// the payment table a layout produces. Reading and reconciling the bank's return file live in
// bank-return.ts and bank-reconcile.ts and are re-exported here.

import { fenToYuan } from './money.ts';

export type BankColumnKey =
  'seq' | 'account' | 'holder' | 'amount' | 'crossBank' | 'bankName' | 'bankCode' | 'summary' | 'remark' | 'reference';

export const BANK_COLUMN_KEYS: readonly BankColumnKey[] = [
  'seq',
  'account',
  'holder',
  'amount',
  'crossBank',
  'bankName',
  'bankCode',
  'summary',
  'remark',
  'reference',
];

/** Columns that can carry the line reference: free-text columns the bank echoes back unchanged. */
export const BANK_REFERENCE_KEYS: readonly BankColumnKey[] = ['reference', 'remark', 'summary'];

export interface BankLayoutColumn {
  key: BankColumnKey;
  header: string;
}

export interface BankLayout {
  code: string;
  name: string;
  columns: BankLayoutColumn[];
  encoding: 'utf-8' | 'gbk';
  /** Where the line reference travels, e.g. 'remark' in the 9-column layout; null when the layout has no place for it. */
  referenceColumn: BankColumnKey | null;
}

export const BUILT_IN_BANK_LAYOUTS: readonly BankLayout[] = [
  {
    code: 'standard9',
    name: '通用代发模板（9 列）',
    columns: [
      { key: 'seq', header: '序号' },
      { key: 'account', header: '账号' },
      { key: 'holder', header: '户名' },
      { key: 'amount', header: '金额' },
      { key: 'crossBank', header: '跨行标识' },
      { key: 'bankName', header: '行名' },
      { key: 'bankCode', header: '联行行号' },
      { key: 'summary', header: '摘要' },
      { key: 'remark', header: '备注' },
    ],
    encoding: 'gbk',
    referenceColumn: 'remark',
  },
  {
    code: 'simple3',
    name: '简易代发模板（3 列）',
    columns: [
      { key: 'account', header: '账号' },
      { key: 'holder', header: '户名' },
      { key: 'amount', header: '金额' },
    ],
    encoding: 'utf-8',
    referenceColumn: null,
  },
];

export type BankLayoutProblemCode =
  'UNKNOWN_KEY' | 'DUPLICATE_KEY' | 'EMPTY_HEADER' | 'MISSING_COLUMN' | 'REFERENCE_COLUMN' | 'ENCODING';

export interface BankLayoutProblem {
  code: BankLayoutProblemCode;
  /** 1-based position of the column in the layout; null for the layout as a whole. */
  column: number | null;
  zh: string;
  en: string;
}

const REQUIRED_KEYS: readonly { key: BankColumnKey; zh: string }[] = [
  { key: 'account', zh: '账号' },
  { key: 'holder', zh: '户名' },
  { key: 'amount', zh: '金额' },
];

/** A layout is data edited by administrators, so it is checked before any file is made with it. */
export function checkBankLayout(layout: BankLayout): BankLayoutProblem[] {
  const problems: BankLayoutProblem[] = [];
  const seen = new Map<string, number>();
  layout.columns.forEach((column, i) => {
    const n = i + 1;
    const key: string = column.key;
    const header = typeof column.header === 'string' ? column.header.trim() : '';
    const named = header ? `“${header}”` : `（${key}）`;
    if (!(BANK_COLUMN_KEYS as readonly string[]).includes(key)) {
      problems.push({
        code: 'UNKNOWN_KEY',
        column: n,
        zh: `第 ${n} 列${named}的字段“${key}”无法识别`,
        en: `Column ${n} ${named}: unknown field "${key}"`,
      });
    }
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({
        code: 'DUPLICATE_KEY',
        column: n,
        zh: `第 ${n} 列${named}与第 ${first} 列重复（字段“${key}”）`,
        en: `Column ${n} ${named} repeats field "${key}" of column ${first}`,
      });
    } else seen.set(key, n);
    if (!header) {
      problems.push({
        code: 'EMPTY_HEADER',
        column: n,
        zh: `第 ${n} 列（字段“${key}”）没有表头名称`,
        en: `Column ${n} (field "${key}") has no header text`,
      });
    }
  });
  for (const { key, zh } of REQUIRED_KEYS) {
    if (!seen.has(key)) {
      problems.push({
        code: 'MISSING_COLUMN',
        column: null,
        zh: `模板缺少“${zh}”列`,
        en: `The layout has no ${key} column`,
      });
    }
  }
  const ref = layout.referenceColumn;
  if (ref !== null && (!BANK_REFERENCE_KEYS.includes(ref) || !seen.has(ref))) {
    problems.push({
      code: 'REFERENCE_COLUMN',
      column: seen.get(ref) ?? null,
      zh: `参考号所在列“${ref}”不可用：须是模板中的参考号、备注或摘要列`,
      en: `Reference column "${ref}" must be a reference, remark or summary column of the layout`,
    });
  }
  if (layout.encoding !== 'utf-8' && layout.encoding !== 'gbk') {
    problems.push({
      code: 'ENCODING',
      column: null,
      zh: `文件编码“${String(layout.encoding)}”不支持，应为 utf-8 或 gbk`,
      en: `Encoding "${String(layout.encoding)}" is not supported; use utf-8 or gbk`,
    });
  }
  return problems;
}

export interface BankPayment {
  reference: string;
  account: string;
  holder: string;
  amountFen: number;
  sameBank: boolean;
  bankName: string;
  bankCode: string;
  summary: string;
}

export type BankFileErrorCode = 'LAYOUT_INVALID' | 'AMOUNT_INVALID' | 'PAYMENT_INCOMPLETE' | 'DUPLICATE_REFERENCE';

/** A payment file that must not be made (or a return file that cannot be matched): a caller error, not a file problem. */
export class BankFileError extends Error {
  constructor(
    readonly code: BankFileErrorCode,
    readonly zh: string,
    readonly en: string,
    readonly reference: string | null = null,
  ) {
    super(en);
    this.name = 'BankFileError';
  }
}

// Optional sign and currency mark, digits (plain or grouped by thousands), at most two decimals, optional 元.
const YUAN = /^(-)?[¥￥]?(-)?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?元?$/;

/** Yuan text to integer fen, on the digits themselves (no floating point); null when it is not an amount. */
export function parseYuan(text: string): number | null {
  const match = YUAN.exec(text.replace(/\s+/g, ''));
  if (!match) return null;
  const [, signBefore, signAfter, whole = '', decimals = ''] = match;
  if (signBefore && signAfter) return null;
  const digits = whole.replace(/,/g, '').replace(/^0+(?=\d)/, '') + decimals.padEnd(2, '0');
  if (digits.length > 15) return null; // beyond any payment and near the safe-integer limit
  const fen = Number.parseInt(digits, 10);
  return signBefore || signAfter ? -fen : fen;
}

/** The file as a table: the layout's header row, then one row per payment in the order given. */
export function bankFileTable(layout: BankLayout, payments: readonly BankPayment[]): string[][] {
  const problems = checkBankLayout(layout);
  if (problems.length) {
    throw new BankFileError(
      'LAYOUT_INVALID',
      `代发模板“${layout.name}”有误：${problems.map((p) => p.zh).join('；')}`,
      `Bank layout "${layout.code}" is invalid: ${problems.map((p) => p.en).join('; ')}`,
    );
  }
  const rows = payments.map((payment, i) => {
    if (!Number.isSafeInteger(payment.amountFen) || payment.amountFen <= 0) {
      throw new BankFileError(
        'AMOUNT_INVALID',
        `参考号 ${payment.reference}（${payment.holder}）的金额 ${payment.amountFen} 分不是正整数分`,
        `Payment ${payment.reference}: amount ${payment.amountFen} is not a positive whole number of fen`,
        payment.reference,
      );
    }
    // A line without account or holder is refused by the bank; one without its reference could not be matched back.
    const blank = [
      { zh: '账号', en: 'account', text: payment.account },
      { zh: '户名', en: 'holder', text: payment.holder },
      ...(layout.referenceColumn ? [{ zh: '参考号', en: 'reference', text: payment.reference }] : []),
    ].filter((f) => !f.text.trim());
    if (blank.length) {
      throw new BankFileError(
        'PAYMENT_INCOMPLETE',
        `第 ${i + 1} 笔发放（参考号 ${payment.reference || '空'}）缺少${blank.map((f) => f.zh).join('、')}`,
        `Payment ${i + 1} (reference ${payment.reference || 'empty'}) has no ${blank.map((f) => f.en).join(', ')}`,
        payment.reference || null,
      );
    }
    return layout.columns.map(({ key }) => {
      if (key === layout.referenceColumn) return payment.reference;
      return cellFor(key, payment, i + 1);
    });
  });
  return [layout.columns.map((c) => c.header.trim()), ...rows];
}

function cellFor(key: BankColumnKey, payment: BankPayment, seq: number): string {
  switch (key) {
    case 'seq':
      return String(seq);
    case 'account':
      return payment.account;
    case 'holder':
      return payment.holder;
    case 'amount':
      return fenToYuan(payment.amountFen);
    case 'crossBank':
      return payment.sameBank ? '0' : '1';
    case 'bankName':
      return payment.bankName;
    case 'bankCode':
      return payment.bankCode;
    case 'summary':
      return payment.summary;
    case 'remark':
      return '';
    case 'reference':
      return payment.reference;
  }
}

export {
  readBankReturn,
  type BankReturnLine,
  type BankReturnProblem,
  type BankReturnProblemCode,
} from './bank-return.ts';
export {
  reconcileBankReturn,
  type BankExpectedPayment,
  type BankOutcome,
  type BankReconciliation,
} from './bank-reconcile.ts';
