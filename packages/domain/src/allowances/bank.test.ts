import { fenToYuan } from './money.ts';
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_BANK_LAYOUTS,
  BankFileError,
  bankFileTable,
  checkBankLayout,
  parseYuan,
  readBankReturn,
  reconcileBankReturn,
  type BankLayout,
  type BankPayment,
  type BankReturnLine,
} from './bank.ts';

const layout = (code: string): BankLayout => BUILT_IN_BANK_LAYOUTS.find((l) => l.code === code)!;

const payments: BankPayment[] = [
  {
    reference: 'P202601-0001',
    account: '6228480469812345678',
    holder: '张小明',
    amountFen: 140000,
    sameBank: true,
    bankName: '中国农业银行乐山分行',
    bankCode: '103665000014',
    summary: '2026年1月基本生活费',
  },
  {
    reference: 'P202601-0002',
    account: '6217003810012345678',
    holder: '李小红',
    amountFen: 90050,
    sameBank: false,
    bankName: '中国建设银行乐山分行',
    bankCode: '105665000016',
    summary: '2026年1月基本生活费',
  },
];

describe('layouts', () => {
  it('accepts the built-in layouts', () => {
    for (const l of BUILT_IN_BANK_LAYOUTS) expect(checkBankLayout(l)).toEqual([]);
  });

  it('names the column of each problem', () => {
    const bad = {
      code: 'x',
      name: 'x',
      encoding: 'gbk',
      referenceColumn: 'holder',
      columns: [
        { key: 'account', header: '账号' },
        { key: 'account', header: '卡号' },
        { key: 'phone', header: '电话' },
        { key: 'summary', header: '  ' },
      ],
    } as unknown as BankLayout;
    const problems = checkBankLayout(bad);
    expect(problems.map((p) => [p.code, p.column])).toEqual([
      ['DUPLICATE_KEY', 2],
      ['UNKNOWN_KEY', 3],
      ['EMPTY_HEADER', 4],
      ['MISSING_COLUMN', null],
      ['MISSING_COLUMN', null],
      ['REFERENCE_COLUMN', null],
    ]);
    expect(problems[0]!.zh).toBe('第 2 列“卡号”与第 1 列重复（字段“account”）');
    expect(problems[1]!.en).toContain('"phone"');
    expect(problems[3]!.zh).toBe('模板缺少“户名”列');
  });
});

describe('bankFileTable', () => {
  it('renders the 9-column layout with the reference in 备注', () => {
    expect(bankFileTable(layout('standard9'), payments)).toEqual([
      ['序号', '账号', '户名', '金额', '跨行标识', '行名', '联行行号', '摘要', '备注'],
      [
        '1',
        '6228480469812345678',
        '张小明',
        '1400.00',
        '0',
        '中国农业银行乐山分行',
        '103665000014',
        '2026年1月基本生活费',
        'P202601-0001',
      ],
      [
        '2',
        '6217003810012345678',
        '李小红',
        '900.50',
        '1',
        '中国建设银行乐山分行',
        '105665000016',
        '2026年1月基本生活费',
        'P202601-0002',
      ],
    ]);
  });

  it('renders the 3-column layout without a reference', () => {
    expect(bankFileTable(layout('simple3'), payments)).toEqual([
      ['账号', '户名', '金额'],
      ['6228480469812345678', '张小明', '1400.00'],
      ['6217003810012345678', '李小红', '900.50'],
    ]);
  });

  it('refuses amounts that are not positive whole fen, and invalid layouts', () => {
    for (const amountFen of [0, -100, 100.5, Number.NaN]) {
      const error = (() => {
        try {
          bankFileTable(layout('simple3'), [{ ...payments[0]!, amountFen }]);
        } catch (e) {
          return e;
        }
        return null;
      })();
      expect(error).toBeInstanceOf(BankFileError);
      expect((error as BankFileError).code).toBe('AMOUNT_INVALID');
      expect((error as BankFileError).reference).toBe('P202601-0001');
    }
    expect(() => bankFileTable(layout('standard9'), [{ ...payments[0]!, account: ' ', reference: '' }])).toThrow(
      expect.objectContaining({ code: 'PAYMENT_INCOMPLETE', zh: '第 1 笔发放（参考号 空）缺少账号、参考号' }),
    );
    expect(bankFileTable(layout('simple3'), [{ ...payments[0]!, reference: '' }])).toHaveLength(2);
    const noAmount: BankLayout = { ...layout('simple3'), columns: layout('simple3').columns.slice(0, 2) };
    expect(() => bankFileTable(noAmount, payments)).toThrow(/no amount column/);
  });
});

describe('money', () => {
  it('formats fen as yuan', () => {
    expect(fenToYuan(140000)).toBe('1400.00');
    expect(fenToYuan(-90000)).toBe('-900.00');
    expect(fenToYuan(5)).toBe('0.05');
    expect(fenToYuan(0)).toBe('0.00');
    expect(() => fenToYuan(1.5)).toThrow(RangeError);
  });

  it('parses yuan exactly', () => {
    const cases: [string, number | null][] = [
      ['1400.00', 140000],
      ['1,400.00', 140000],
      ['1400', 140000],
      ['1400.5', 140050],
      ['¥1400.00', 140000],
      ['￥ 1,234,567.89', 123456789],
      [' 0.07 ', 7],
      ['900元', 90000],
      ['-900.00', -90000],
      ['¥-900', -90000],
      ['0.29', 29], // 0.29 * 100 is 28.999999999999996 in floating point
      ['1400.001', null],
      ['14,00.00', null],
      ['1400.', null],
      ['.5', null],
      ['abc', null],
      ['', null],
      ['--1', null],
      ['1e3', null],
      ['12345678901234.00', null],
    ];
    for (const [text, fen] of cases) expect([text, parseYuan(text)]).toEqual([text, fen]);
  });
});

describe('readBankReturn', () => {
  it('finds the header under a title row and reads each variant of names and statuses', () => {
    const { lines, problems } = readBankReturn([
      ['中国农业银行代发结果'],
      [],
      ['流水号', '收款账号', '收款人', '交易金额（元）', '交易状态', '错误信息'],
      ['B001', '6228 4804 6981 2345 678', '张小明', '1,400.00', '交易成功', ''],
      ['B002', '6217003810012345678', '李小红', 900.5, '处理失败', '账户已销户'],
      [],
      ['合计', '', '', '2300.50', '', ''],
    ]);
    expect(problems).toEqual([]);
    expect(lines).toEqual([
      {
        row: 4,
        reference: 'B001',
        account: '6228480469812345678',
        holder: '张小明',
        amountFen: 140000,
        status: 'paid',
        reason: '',
      },
      {
        row: 5,
        reference: 'B002',
        account: '6217003810012345678',
        holder: '李小红',
        amountFen: 90050,
        status: 'failed',
        reason: '账户已销户',
      },
    ]);
  });

  it('prefers 备注 over the bank’s 流水号 and reads 卡号 / 姓名 / 处理结果 / 原因', () => {
    const { lines } = readBankReturn([
      ['流水号', '卡号', '姓名', '金额', '备注', '处理结果', '原因'],
      ['B9', '622848', '张小明', '1400', 'P1', '已成功', ''],
    ]);
    expect(lines[0]).toMatchObject({ reference: 'P1', account: '622848', holder: '张小明', status: 'paid' });
  });

  it('reports a missing header, missing columns, unreadable amounts, accounts and statuses by row', () => {
    expect(readBankReturn([['a', 'b']]).problems.map((p) => p.code)).toEqual(['NO_HEADER']);
    const noStatus = readBankReturn([['户名', '金额']]).problems;
    expect(noStatus.map((p) => [p.code, p.row])).toEqual([
      ['MISSING_STATUS_COLUMN', 1],
      ['MISSING_MATCH_COLUMN', 1],
    ]);
    expect(readBankReturn([['账号', '状态']]).problems.map((p) => p.code)).toEqual(['MISSING_AMOUNT_COLUMN']);
    const { lines, problems } = readBankReturn([
      ['账号', '金额', '状态'],
      ['1', '14.001', '成功'],
      [6.228480469812346e18, '1', '成功'], // what Excel keeps of a 19-digit account typed as a number
      ['3', '1', '待处理'],
      ['4', '1', ''],
      ['5', '', '失败'],
    ]);
    expect(lines).toEqual([]);
    expect(problems.map((p) => [p.row, p.code])).toEqual([
      [2, 'UNREADABLE_AMOUNT'],
      [3, 'UNREADABLE_ACCOUNT'],
      [4, 'UNKNOWN_STATUS'],
      [5, 'UNKNOWN_STATUS'],
      [6, 'UNREADABLE_AMOUNT'],
    ]);
    expect(problems[0]!.zh).toBe('第 2 行金额“14.001”无法识别（应为元，最多两位小数）');
    expect(problems[2]!.en).toBe('Row 4: status "待处理" is neither success nor failure');
  });
});

const expected = [
  { paymentId: 'a', reference: 'P1', account: '6228480469812345678', amountFen: 140000 },
  { paymentId: 'b', reference: 'P2', account: '6217003810012345678', amountFen: 90050 },
  { paymentId: 'c', reference: 'P3', account: '6230000000000000001', amountFen: 90000 },
  { paymentId: 'd', reference: 'P4', account: '6230000000000000002', amountFen: 90000 },
];

function line(row: number, fields: Partial<BankReturnLine>): BankReturnLine {
  return { row, reference: null, account: null, holder: null, amountFen: 0, status: 'paid', reason: '', ...fields };
}

describe('reconcileBankReturn', () => {
  it('settles every payment of a clean file by reference or by account and amount', () => {
    const result = reconcileBankReturn(expected, [
      line(2, { reference: 'P1', account: '6228480469812345678', amountFen: 140000 }),
      line(3, { reference: 'P2', account: '6217****5678', amountFen: 90050, status: 'failed', reason: '户名不符' }),
      line(4, { account: '6230000000000000001', amountFen: 90000 }),
    ]);
    expect(result.problems).toEqual([]);
    expect(result.outcomes).toEqual([
      { paymentId: 'a', status: 'paid', reason: '', row: 2 },
      { paymentId: 'b', status: 'failed', reason: '户名不符', row: 3 },
      { paymentId: 'c', status: 'paid', reason: '', row: 4 },
    ]);
    expect(result.summary).toEqual({
      expectedCount: 4,
      expectedFen: 410050,
      paidCount: 2,
      paidFen: 230000,
      failedCount: 1,
      failedFen: 90050,
      unmatchedCount: 1,
      unknownCount: 0,
    });
  });

  it('reports every problem with its row', () => {
    const twins = [...expected, { paymentId: 'e', reference: 'P5', account: '6230000000000000002', amountFen: 90000 }];
    const result = reconcileBankReturn(twins, [
      line(2, { reference: 'P9', amountFen: 100 }),
      line(3, { reference: 'P1', amountFen: 140000 }),
      line(4, { reference: 'P1', amountFen: 140000 }),
      line(5, { reference: 'P2', amountFen: 90000 }),
      line(6, { account: '6230000000000000002', amountFen: 90000 }),
      line(7, { account: '6230000000000000001', amountFen: 80000 }),
      line(8, { account: '6299999999999999999', amountFen: 100 }),
      line(9, { reference: 'P4', account: '6230000000000000009', amountFen: 90000 }),
    ]);
    expect(result.problems.map((p) => [p.row, p.code])).toEqual([
      [2, 'UNKNOWN_REFERENCE'],
      [4, 'DUPLICATE_LINE'],
      [5, 'AMOUNT_MISMATCH'],
      [6, 'AMBIGUOUS'],
      [7, 'AMOUNT_MISMATCH'],
      [8, 'UNKNOWN_LINE'],
      [9, 'ACCOUNT_MISMATCH'],
    ]);
    const byCode = (code: string) => result.problems.find((p) => p.code === code)!;
    expect(byCode('AMOUNT_MISMATCH').zh).toBe('第 5 行金额 900.00 元 与发放金额 900.50 元 不符（参考号 P2）');
    expect(byCode('AMOUNT_MISMATCH').en).toContain('900.00');
    expect(byCode('DUPLICATE_LINE').zh).toBe('第 4 行与第 3 行是同一笔发放（参考号 P1）');
    expect(byCode('AMBIGUOUS').en).toContain('2 payments');
    expect(result.summary.unknownCount).toBe(2);
    expect(result.outcomes.map((o) => o.paymentId)).toEqual(['a']);
  });

  it('names the amount when the only payment to an account differs, and refuses duplicate references', () => {
    const result = reconcileBankReturn(expected, [line(2, { account: '6228480469812345678', amountFen: 100 })]);
    expect(result.problems.map((p) => p.code)).toEqual(['AMOUNT_MISMATCH']);
    expect(() => reconcileBankReturn([expected[0]!, expected[0]!], [])).toThrow(BankFileError);
  });
});
