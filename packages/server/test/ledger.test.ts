// Excel ledger import (dry run, commit modes, idempotency, GBK CSV, bad files) and the watermarked export.
import { makeIdNumber } from '@hehu/domain';
import { and, eq, isNotNull } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, children } from '../src/db/schema.ts';
import { demoVillages } from '../src/seed/demo.ts';
import { createTestApp, type Client, type TestApp } from './harness.ts';

let t: TestApp;
let village: string;
let village2: string;
beforeAll(async () => {
  t = await createTestApp();
  ({ village, village2 } = await demoVillages(t.database.db));
});
afterAll(() => t.close());

type Checked = { row: number; status: string; errors: { field: string; code: string }[] };

function upload(c: Client, bytes: Buffer, fileName: string) {
  return c.upload('POST', `/api/children/import/check?fileName=${encodeURIComponent(fileName)}`, bytes);
}

async function ledgerFile(rows: (string | number | Date | null)[][], extraSheet = true): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账');
  ws.mergeCells('A1:F1');
  ws.getCell('A1').value = '某村困境儿童台账（2026 年）';
  ws.addRow(['序号', '姓名', '身份证号', '出生日期', '性别', '户籍所在地代码', '就学情况', '备注栏']);
  for (const r of rows) ws.addRow(r);
  if (extraSheet) wb.addWorksheet('汇总').addRow(['合计', rows.length]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('ledger import', () => {
  it('checks every row, then imports the valid ones; the same file again creates nothing', async () => {
    const c = await t.as('demo_village');
    const ok1 = makeIdNumber('511102', '2014-06-01', 301);
    const ok2 = makeIdNumber('511102', '2016-02-10', 302);
    const badCheck = ok1.slice(0, 17) + (ok1.endsWith('5') ? '6' : '5');
    const mismatch = makeIdNumber('511102', '2015-05-05', 303);
    const [existing] = await t.database.db
      .select()
      .from(children)
      .where(and(eq(children.divisionCode, village), isNotNull(children.idNumberEnc)))
      .limit(1);
    const existingId = t.services.cipher.decrypt(existing!.idNumberEnc!);
    const serial = 42000; // an Excel serial date: 2014-12-27
    const file = await ledgerFile([
      [1, '张一', ok1, null, null, village, '小学'],
      [2, '张二', ok2, '2016/2/10', '女', village, '幼儿园'],
      [3, '张三', badCheck, null, null, village, null],
      [4, '张四', mismatch, '2015-05-06', null, village, null],
      [5, '张五', makeIdNumber('511123', '2013-01-01', 305), null, null, village2, null],
      [6, '张一', ok1, null, null, village, null],
      [7, existing!.name, existingId, null, null, village, null],
      [8, '李无证', null, serial, '男', village, '未入园'],
      [9, '王错值', makeIdNumber('511102', '2012-03-03', 309), null, null, village, '研究生'],
    ]);
    const check = await upload(c, file, '台账.xlsx');
    expect(check.status).toBe(200);
    const rows = check.json.rows as Checked[];
    const byRow = new Map(rows.map((r) => [r.row, r]));
    expect(rows).toHaveLength(9);
    expect(byRow.get(3)?.status).toBe('valid');
    expect(byRow.get(4)?.status).toBe('valid');
    expect(byRow.get(5)).toMatchObject({ status: 'error', errors: [{ code: 'ID_NUMBER_CHECKSUM' }] });
    expect(byRow.get(6)).toMatchObject({
      status: 'error',
      errors: [{ code: 'ID_BIRTH_DATE_MISMATCH', field: '出生日期' }],
    });
    expect(byRow.get(7)).toMatchObject({ status: 'error', errors: [{ code: 'DIVISION_OUT_OF_SCOPE' }] });
    expect(byRow.get(8)).toMatchObject({ status: 'duplicate_in_file' });
    expect(byRow.get(9)?.status).toBe('exists');
    expect(byRow.get(10)).toMatchObject({ status: 'error', errors: [{ code: 'NO_ID_FIELDS_REQUIRED' }] });
    expect(byRow.get(11)).toMatchObject({ status: 'error', errors: [{ code: 'SCHOOLING_STAGE', field: '就学情况' }] });
    expect(check.json.unknownColumns).toEqual(['序号', '备注栏']);
    expect((check.json.notes as string[]).join()).toContain('汇总');
    expect(check.json.validRows).toBe(2);

    const before = await t.database.db.$count(children);
    const strict = await c.post(`/api/children/import/${check.json.jobId as string}/commit`, {
      mode: 'all_or_nothing',
    });
    expect((strict.json.error as { code: string }).code).toBe('IMPORT_HAS_ERRORS');
    expect(await t.database.db.$count(children)).toBe(before);

    const commit = await c.post(`/api/children/import/${check.json.jobId as string}/commit`, { mode: 'valid_only' });
    expect(commit.json).toEqual({ created: 2, skipped: 7 });
    expect(await t.database.db.$count(children)).toBe(before + 2);
    const found = await c.get(`/api/children?q=${ok2}`);
    expect((found.json.data as { name: string; birthDate: string }[])[0]).toMatchObject({
      name: '张二',
      birthDate: '2016-02-10',
    });
    const again = await c.post(`/api/children/import/${check.json.jobId as string}/commit`, { mode: 'valid_only' });
    expect((again.json.error as { code: string }).code).toBe('IMPORT_ALREADY_COMMITTED');

    const recheck = await upload(c, file, '台账.xlsx');
    expect(recheck.json.validRows).toBe(0);
    expect((recheck.json.rows as Checked[]).filter((r) => r.status === 'exists')).toHaveLength(3);
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'child.import'));
    expect((audit[0]?.details as { childIds: string[] }).childIds).toHaveLength(2);
  });

  it('reads a CSV in GBK', async () => {
    // Build a GBK encoder from the decoder: every double-byte code point once.
    const decoder = new TextDecoder('gbk');
    const table = new Map<string, number[]>();
    for (let a = 0x81; a <= 0xfe; a++)
      for (let b = 0x40; b <= 0xfe; b++) table.set(decoder.decode(Uint8Array.of(a, b)), [a, b]);
    const encode = (text: string) =>
      Buffer.from(
        Array.from(text).flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : (table.get(ch) ?? [0x3f]))),
      );
    const id = makeIdNumber('511102', '2017-09-09', 401);
    const csv = encode(`姓名,公民身份证号码,户籍所在村（社区）代码,学校名称\r\n赵国庆,${id},${village},篦子街小学\r\n`);
    const c = await t.as('demo_village');
    const check = await upload(c, csv, 'gbk.csv');
    expect(check.status).toBe(200);
    expect(check.json.rows).toEqual([expect.objectContaining({ status: 'valid', name: '赵国庆' })]);
  });

  it('refuses files that are not ledgers with a clear reason', async () => {
    const c = await t.as('demo_village');
    const exe = await upload(c, Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]), 'ledger.xlsx');
    expect(exe.status).toBe(400);
    expect((exe.json.error as { code: string }).code).toBe('IMPORT_FORMAT');
    const xls = await upload(c, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0]), Buffer.alloc(100)]), 'old.xls');
    expect((xls.json.error as { message: string }).message).toContain('.xlsx');
    const noHeader = await upload(c, Buffer.from('a,b,c\n1,2,3\n'), 'x.csv');
    expect((noHeader.json.error as { message: string }).message).toContain('表头');
  });

  it('a conflict at commit leaves the registry exactly as it was', async () => {
    const c = await t.as('demo_village');
    const a = makeIdNumber('511102', '2011-01-11', 501);
    const b = makeIdNumber('511102', '2011-01-12', 502);
    const check = await upload(
      c,
      await ledgerFile([
        [1, '甲', a, null, null, village],
        [2, '乙', b, null, null, village],
      ]),
      'c.xlsx',
    );
    expect(check.json.validRows).toBe(2);
    // Someone registers the second child between the dry run and the commit.
    expect((await c.post('/api/children', { name: '乙', idNumber: b, divisionCode: village })).status).toBe(201);
    const before = await t.database.db.$count(children);
    const commit = await c.post(`/api/children/import/${check.json.jobId as string}/commit`, { mode: 'valid_only' });
    expect((commit.json.error as { code: string }).code).toBe('IMPORT_CONFLICT');
    expect(await t.database.db.$count(children)).toBe(before);
  });

  it('serves the template with the header and an instructions sheet', async () => {
    const c = await t.as('demo_village');
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/children/import/template',
      headers: { cookie: `hehu_session=${c.cookie ?? ''}` },
    });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['儿童台账', '填写说明', '村（社区）代码']);
    expect(wb.worksheets[0]!.getRow(1).values).toEqual(
      expect.arrayContaining(['姓名', '公民身份证号码', '户籍所在村（社区）代码']),
    );
  });
});

describe('export', () => {
  async function exported(username: string) {
    const c = await t.as(username);
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/children/export?division=${village}`,
      headers: { cookie: `hehu_session=${c.cookie ?? ''}` },
    });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    return wb.worksheets[0]!;
  }

  it('is watermarked, masks ID numbers unless the user may unmask, and is audited', async () => {
    const county = await exported('demo_county');
    expect(county.getCell('A1').text).toMatch(/导出人：.*demo_county.*导出时间/);
    expect(county.headerFooter.oddHeader).toContain('demo_county');
    const ids = county
      .getColumn(5)
      .values.slice(3)
      .map(String)
      .filter((v) => v !== '');
    expect(ids.length).toBeGreaterThan(10);
    expect(ids.every((v) => v.includes('********'))).toBe(true);
    const township = await exported('demo_township');
    const full = township
      .getColumn(5)
      .values.slice(3)
      .map(String)
      .filter((v) => v !== '');
    expect(full.some((v) => /^\d{17}[\dX]$/.test(v))).toBe(true);
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'child.export'));
    expect(audit.map((a) => a.actorUsername)).toEqual(expect.arrayContaining(['demo_county', 'demo_township']));
    const c = await t.as('demo_village');
    expect((await c.get('/api/children/export')).status).toBe(403);
  });
});
