// Bank payment files as bytes and the bank's return file read back: GBK CSV and xlsx round trips, accounts kept
// as text, and the files that cannot be read.
import { BUILT_IN_BANK_LAYOUTS, readBankReturn, type BankLayout, type BankPayment } from '@hehu/domain';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { bankFileBytes, readBankReturnFile } from '../src/modules/allowances/bank.files.ts';
import { AppError } from '../src/platform/errors.ts';

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
    account: '0217003810012345678',
    holder: '李小红',
    amountFen: 90050,
    sameBank: false,
    bankName: '中国建设银行乐山分行',
    bankCode: '105665000016',
    summary: '基本生活费, 含补发',
  },
];

async function formatErrorOf(bytes: Buffer, name: string): Promise<AppError> {
  const error: unknown = await readBankReturnFile(bytes, name).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('IMPORT_FORMAT');
  return error as AppError;
}

describe('bank payment files', () => {
  it('writes the 9-column layout as GBK CSV with CRLF, and reads the bank’s return of it', async () => {
    const bytes = await bankFileBytes(layout('standard9'), payments, 'csv');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const text = iconv.decode(bytes, 'gbk');
    expect(text.split('\r\n')).toEqual([
      '序号,账号,户名,金额,跨行标识,行名,联行行号,摘要,备注',
      '1,6228480469812345678,张小明,1400.00,0,中国农业银行乐山分行,103665000014,2026年1月基本生活费,P202601-0001',
      '2,0217003810012345678,李小红,900.50,1,中国建设银行乐山分行,105665000016,"基本生活费, 含补发",P202601-0002',
      '',
    ]);

    // The bank returns the same file with its status columns appended.
    const returned = text
      .split('\r\n')
      .filter(Boolean)
      .map((line, i) => `${line}${[',处理结果,失败原因', ',成功,', ',失败,账户已冻结'][i] ?? ''}`)
      .join('\r\n');
    const table = await readBankReturnFile(iconv.encode(returned, 'gbk'), '代发结果.csv');
    const { lines, problems } = readBankReturn(table);
    expect(problems).toEqual([]);
    expect(lines).toEqual([
      {
        row: 2,
        reference: 'P202601-0001',
        account: '6228480469812345678',
        holder: '张小明',
        amountFen: 140000,
        status: 'paid',
        reason: '',
      },
      {
        row: 3,
        reference: 'P202601-0002',
        account: '0217003810012345678',
        holder: '李小红',
        amountFen: 90050,
        status: 'failed',
        reason: '账户已冻结',
      },
    ]);
  });

  it('writes UTF-8 CSV for a UTF-8 layout and reads it back', async () => {
    const bytes = await bankFileBytes(layout('simple3'), payments, 'csv');
    expect(bytes.toString('utf-8')).toBe(
      '账号,户名,金额\r\n6228480469812345678,张小明,1400.00\r\n0217003810012345678,李小红,900.50\r\n',
    );
    expect(await readBankReturnFile(bytes, 'x.csv')).toEqual([
      ['账号', '户名', '金额'],
      ['6228480469812345678', '张小明', '1400.00'],
      ['0217003810012345678', '李小红', '900.50'],
    ]);
  });

  it('refuses a name GBK cannot encode rather than writing “?”', async () => {
    const rare = [{ ...payments[0]!, holder: '张𠀀' }];
    await expect(bankFileBytes(layout('standard9'), rare, 'csv')).rejects.toThrow(AppError);
    const utf8 = await bankFileBytes(layout('simple3'), rare, 'csv');
    expect(utf8.toString('utf-8')).toContain('张𠀀');
  });

  it('writes one xlsx sheet with the header on row 1 and accounts and amounts as text', async () => {
    const bytes = await bankFileBytes(layout('standard9'), payments, 'xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets).toHaveLength(1);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('序号');
    const account = sheet.getRow(3).getCell(2);
    expect(account.value).toBe('0217003810012345678');
    expect(account.numFmt).toBe('@');
    expect(sheet.getRow(2).getCell(4).value).toBe('1400.00');
    expect(sheet.getRow(2).getCell(4).numFmt).toBe('@');

    const table = await readBankReturnFile(bytes, 'pay.xlsx');
    expect(table[0]).toEqual(['序号', '账号', '户名', '金额', '跨行标识', '行名', '联行行号', '摘要', '备注']);
    expect(table[2]![1]).toBe('0217003810012345678');
  });

  it('reads an xlsx return with a title row, status columns and row numbers as the bank’s file shows', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('结果');
    sheet.addRow(['代发结果明细']);
    sheet.addRow(['业务参考号', '收款账号', '收款人', '交易金额', '交易状态', '错误信息']);
    sheet.addRow(['P202601-0001', '6228480469812345678', '张小明', 1400, '交易成功', null]);
    sheet.addRow([
      'P202601-0002',
      '0217003810012345678',
      '李小红',
      { formula: '900+0.5', result: 900.5 },
      '交易失败',
      '户名不符',
    ]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const { lines, problems } = readBankReturn(await readBankReturnFile(bytes, 'result.xlsx'));
    expect(problems).toEqual([]);
    expect(lines.map((l) => [l.row, l.reference, l.amountFen, l.status, l.reason])).toEqual([
      [3, 'P202601-0001', 140000, 'paid', ''],
      [4, 'P202601-0002', 90050, 'failed', '户名不符'],
    ]);
  });

  it('refuses files it cannot read', async () => {
    await formatErrorOf(Buffer.alloc(0), 'a.csv');
    await formatErrorOf(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), 'a.xls');
    await formatErrorOf(Buffer.from('账号,金额\n'), 'a.xlsx');
    await formatErrorOf(Buffer.from([0x01, 0x00, 0x02]), 'a.csv');
    await formatErrorOf(Buffer.from('账号,金额\n"1,2\n'), 'a.csv');
    const damaged = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64)]);
    await formatErrorOf(damaged, 'a.xlsx');
  });
});
