// The ledger's round trip: the template (example row, the caller's villages), village names for codes, the
// problem rows of a dry run as a workbook, the children export "for re-import", English headers, and the
// exports of the 主动发现, transfers and duplicates lists (scoped like the lists, audited with their children).
import { makeIdNumber } from '@hehu/domain';
import { and, desc, eq, like } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, children, divisions } from '../src/db/schema.ts';
import { demoVillages } from '../src/seed/demo.ts';
import { createTestApp, type Client, type TestApp } from './harness.ts';

let t: TestApp;
let village: string;
let villageName: string;
beforeAll(async () => {
  t = await createTestApp();
  ({ village } = await demoVillages(t.database.db));
  const [row] = await t.database.db.select().from(divisions).where(eq(divisions.code, village));
  villageName = row!.name;
});
afterAll(() => t.close());

type Checked = { row: number; status: string; errors: { field: string; code: string; message: string }[] };
interface Check {
  jobId: string;
  totalRows: number;
  validRows: number;
  rows: Checked[];
  notes: string[];
  unknownColumns: string[];
}

const languageOf = new WeakMap<Client, string>();

async function signedIn(username: string, language: string): Promise<Client> {
  const c = t.client(language);
  expect((await c.login(username)).status).toBe(200);
  languageOf.set(c, language);
  return c;
}

/** A raw route's file (GET, or POST with a JSON body), read back as a workbook. */
async function download(c: Client, url: string, body?: unknown) {
  const res = await t.app.inject({
    method: body === undefined ? 'GET' : 'POST',
    url,
    ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
    headers: {
      'accept-language': languageOf.get(c) ?? 'zh-CN',
      cookie: `hehu_session=${c.cookie ?? ''}`,
      ...(body === undefined ? {} : { 'x-csrf-token': c.csrfToken ?? '' }),
    },
  });
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  return { wb, disposition: String(res.headers['content-disposition']) };
}

async function check(c: Client, bytes: Buffer | ArrayBuffer, fileName = 'ledger.xlsx'): Promise<Check> {
  const res = await c.upload(
    'POST',
    `/api/children/import/check?fileName=${encodeURIComponent(fileName)}`,
    Buffer.from(bytes as ArrayBuffer),
  );
  expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200);
  return res.json as unknown as Check;
}

/** A row's cells as text (the header and data rows hold strings and numbers only). */
const texts = (ws: ExcelJS.Worksheet, row: number) => {
  const out: string[] = [];
  ws.getRow(row).eachCell({ includeEmpty: true }, (cell) => out.push(cell.text));
  return out;
};

async function lastExportAudit() {
  const [row] = await t.database.db
    .select()
    .from(auditLog)
    .where(eq(auditLog.action, 'child.export'))
    .orderBy(desc(auditLog.id))
    .limit(1);
  return row!.details as { list: string; rows: number; childIds: string[]; unmaskedIdNumbers: number };
}

describe('the import template', () => {
  it('has a marked example row that is ignored, and lists only the caller’s villages', async () => {
    const c = await t.as('demo_township');
    const { wb } = await download(c, '/api/children/import/template');
    const sheet = wb.getWorksheet('儿童台账')!;
    expect(sheet.getCell(2, 1).text).toMatch(/^【示例】/);
    const villages = wb.getWorksheet('村（社区）代码')!;
    const codes = villages.getColumn(4).values.slice(2).map(String);
    const township = village.slice(0, 9);
    expect(codes.length).toBeGreaterThan(3);
    expect(codes.every((code) => code.startsWith(township))).toBe(true);
    expect(codes).toContain(village);

    // The template as downloaded, example row left in, plus one child: only that child is checked.
    const id = makeIdNumber('511102', '2016-04-04', 611);
    sheet.addRow(['吴示范', id, null, null, null, village]);
    const result = await check(c, await wb.xlsx.writeBuffer());
    expect(result.totalRows).toBe(1);
    expect(result.rows).toEqual([expect.objectContaining({ row: 3, status: 'valid' })]);
    expect(result.notes.join()).toContain('第 2 行是模板中的示例');
    expect(result.unknownColumns).toEqual([]);

    // Another village's director sees only that village.
    const other = await download(await t.as('demo_village'), '/api/children/import/template');
    expect(other.wb.getWorksheet('村（社区）代码')!.getColumn(4).values.slice(2).map(String)).toEqual([village]);
  });
});

describe('village names in place of codes', () => {
  it('accepts a unique name, and refuses an unknown or ambiguous one naming the column and the rule', async () => {
    // 永安村委会 is a village of 市中区 and of 犍为县: unique for the county, ambiguous for the city.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('台账');
    ws.addRow(['姓名', '公民身份证号码', '户籍所在村（社区）代码']);
    ws.addRow(['钱一', makeIdNumber('511102', '2015-01-01', 621), '永安村']);
    ws.addRow(['钱二', makeIdNumber('511102', '2015-01-02', 622), '永安村委会']);
    ws.addRow(['钱三', makeIdNumber('511102', '2015-01-03', 623), '没有这个村']);
    const bytes = await wb.xlsx.writeBuffer();

    const county = await check(await t.as('demo_county'), bytes);
    const byRow = new Map(county.rows.map((r) => [r.row, r]));
    expect(byRow.get(2)?.status).toBe('valid');
    expect(byRow.get(3)?.status).toBe('valid');
    expect(byRow.get(4)?.errors).toEqual([
      expect.objectContaining({ field: '户籍所在村（社区）代码', code: 'DIVISION_NAME_UNKNOWN' }),
    ]);
    expect(byRow.get(4)?.errors[0]?.message).toContain('管辖范围内');

    const city = await check(await t.as('demo_city'), bytes);
    const ambiguous = city.rows.find((r) => r.row === 2)!;
    expect(ambiguous.errors).toEqual([
      expect.objectContaining({ field: '户籍所在村（社区）代码', code: 'DIVISION_NAME_AMBIGUOUS' }),
    ]);
    expect(ambiguous.errors[0]?.message).toMatch(/2 个村（社区）.*511102004206/);

    // The village's own director: a name outside the village is unknown, not "out of scope elsewhere".
    const own = await check(await t.as('demo_village'), bytes);
    expect(own.rows.find((r) => r.row === 2)?.errors[0]?.code).toBe('DIVISION_NAME_UNKNOWN');
    const named = new ExcelJS.Workbook();
    named.addWorksheet('台账').addRows([
      ['姓名', '公民身份证号码', '户籍所在村（社区）'],
      ['钱四', makeIdNumber('511102', '2015-01-04', 624), villageName],
    ]);
    const ok = await check(await t.as('demo_village'), await named.xlsx.writeBuffer());
    expect(ok.rows[0]?.status).toBe('valid');
  });
});

describe('problem rows of a dry run', () => {
  it('downloads every refused row with its number, cells and reasons; fixed, it imports', async () => {
    const c = await t.as('demo_village');
    const good = makeIdNumber('511102', '2014-07-07', 631);
    const bad = makeIdNumber('511102', '2014-07-08', 632);
    const badCheck = bad.slice(0, 17) + (bad.endsWith('5') ? '6' : '5');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('台账').addRows([
      ['姓名', '公民身份证号码', '户籍所在村（社区）代码', '就学情况'],
      ['孙好', good, village, '小学'],
      ['孙错', badCheck, village, '研究生'],
      ['孙好', good, village, null],
    ]);
    const result = await check(c, await wb.xlsx.writeBuffer(), '孙家.xlsx');
    expect(result.validRows).toBe(1);

    const file = await download(c, `/api/children/import/${result.jobId}/problems`);
    expect(decodeURIComponent(file.disposition)).toContain('孙家-问题行.xlsx');
    const ws = file.wb.worksheets[0]!;
    expect(texts(ws, 1).slice(0, 3)).toEqual(['原行号', '问题说明', '姓名']);
    const row3 = texts(ws, 2);
    expect(row3[0]).toBe('3');
    expect(row3[1]).toContain('公民身份证号码：');
    expect(row3[1]).toContain('就学情况：');
    expect(row3).toContain(badCheck);
    expect(row3).toContain('研究生');
    expect(texts(ws, 3)[0]).toBe('4');
    expect(texts(ws, 3)[1]).toContain('与第 2 行是同一名儿童');
    expect(ws.rowCount).toBe(3);
    const [audit] = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'child.import_problems'))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(audit?.details).toEqual({ rows: 2 });

    // Fixed in the downloaded file and imported again: the added columns are not "unknown".
    const header = texts(ws, 1);
    ws.getRow(2).getCell(header.indexOf('公民身份证号码') + 1).value = bad;
    ws.getRow(2).getCell(header.indexOf('就学情况') + 1).value = '初中';
    ws.spliceRows(3, 1);
    const again = await check(c, await file.wb.xlsx.writeBuffer());
    expect(again.unknownColumns).toEqual([]);
    expect(again.rows).toEqual([expect.objectContaining({ row: 2, status: 'valid' })]);

    // Another user's job is not theirs to read.
    const other = await t.as('demo_township');
    expect((await other.get(`/api/children/import/${result.jobId}/problems`)).status).toBe(404);
  });
});

describe('export for re-import', () => {
  it('imports back unchanged with ID numbers in full; masked numbers cannot be re-imported', async () => {
    const township = await t.as('demo_township');
    const { wb, disposition } = await download(township, '/api/children/export', {
      division: village,
      layout: 'reimport',
    });
    expect(decodeURIComponent(disposition)).toContain('儿童台账-');
    const ws = wb.worksheets[0]!;
    expect(texts(ws, 2).slice(0, 6)).toEqual([
      '姓名',
      '公民身份证号码',
      '性别',
      '出生日期',
      '暂无身份证号原因',
      '户籍所在村（社区）代码',
    ]);
    const inVillage = await t.database.db.$count(children, like(children.divisionCode, `${village}%`));
    expect(ws.rowCount - 2).toBe(inVillage);
    const audit = await lastExportAudit();
    expect(audit).toMatchObject({ list: 'children_reimport', rows: inVillage });
    expect(audit.childIds).toHaveLength(inVillage);
    expect(audit.unmaskedIdNumbers).toBeGreaterThan(0);

    const back = await check(township, await wb.xlsx.writeBuffer());
    expect(back.totalRows).toBe(inVillage);
    expect(back.validRows).toBe(0);
    const problems = back.rows.filter((r) => r.status !== 'exists');
    expect(problems).toEqual([]);
    expect(back.unknownColumns).toEqual([]);
    const before = await t.database.db.$count(children);
    const commit = await township.post(`/api/children/import/${back.jobId}/commit`, { mode: 'all_or_nothing' });
    expect(commit.json).toEqual({ created: 0, skipped: inVillage });
    expect(await t.database.db.$count(children)).toBe(before);

    // The county officer may not unmask: the numbers are masked, and those rows say why they cannot come back.
    const county = await t.as('demo_county');
    const masked = await download(county, '/api/children/export', { division: village, layout: 'reimport' });
    const maskedBack = await check(county, await masked.wb.xlsx.writeBuffer());
    const withId = maskedBack.rows.filter((r) => r.errors.some((e) => e.code === 'NUMBER_MASKED'));
    expect(withId.length).toBeGreaterThan(0);
    expect(withId[0]?.errors[0]).toMatchObject({ field: '公民身份证号码' });
    expect(withId[0]?.errors[0]?.message).toContain('脱敏');
    expect(
      maskedBack.rows.every((r) => r.status === 'exists' || r.errors.some((e) => e.code === 'NUMBER_MASKED')),
    ).toBe(true);
  });
});

describe('English exports', () => {
  it('use English headers when the request says en, Chinese by default; both import back', async () => {
    const en = await signedIn('demo_township', 'en');
    const list = await download(en, '/api/children/export', { division: village });
    expect(texts(list.wb.worksheets[0]!, 2)).toEqual([
      'No.',
      'Name',
      'Sex',
      'Date of birth',
      'ID number',
      'Registered residence',
      'Protection categories',
      'Status',
    ]);
    expect(list.wb.worksheets[0]!.getCell('A1').text).toMatch(/^Exported by/);
    const zh = await download(await t.as('demo_township'), '/api/children/export', { division: village });
    expect(texts(zh.wb.worksheets[0]!, 2)[1]).toBe('姓名');

    const reimport = await download(en, '/api/children/export', { division: village, layout: 'reimport' });
    expect(texts(reimport.wb.worksheets[0]!, 2).slice(0, 2)).toEqual(['Name', 'ID number']);
    const back = await check(en, await reimport.wb.xlsx.writeBuffer());
    expect(back.unknownColumns).toEqual([]);
    expect(back.rows.every((r) => r.status === 'exists')).toBe(true);

    const transfers = await download(en, '/api/transfers/export?direction=outgoing&status=all');
    expect(texts(transfers.wb.worksheets[0]!, 2)[0]).toBe('Child');
    const zhTransfers = await download(await t.as('demo_township'), '/api/transfers/export?direction=outgoing');
    expect(texts(zhTransfers.wb.worksheets[0]!, 2)[0]).toBe('儿童姓名');
  });
});

describe('list exports', () => {
  async function listed<T>(c: Client, url: string): Promise<T[]> {
    const res = await c.get(url);
    expect(res.status).toBe(200);
    return res.json.data as T[];
  }

  it('主动发现: the list’s rows in the list’s scope, audited with the children', async () => {
    const c = await t.as('demo_county');
    const rows = await listed<{ childId: string; name: string }>(c, '/api/potentially-eligible?limit=200');
    const { wb } = await download(c, '/api/potentially-eligible/export');
    const ws = wb.worksheets[0]!;
    expect(texts(ws, 2)[0]).toBe('姓名');
    const audit = await lastExportAudit();
    expect(audit.list).toBe('potentially_eligible');
    expect(audit.rows).toBe(ws.rowCount - 2);
    expect(new Set(audit.childIds)).toEqual(new Set(rows.map((r) => r.childId)));
    const inCounty = await t.database.db
      .select({ id: children.id })
      .from(children)
      .where(and(like(children.divisionCode, '511102%')));
    const county = new Set(inCounty.map((r) => r.id));
    expect(audit.childIds.every((id) => county.has(id))).toBe(true);
    expect((await (await t.as('demo_village')).get('/api/potentially-eligible/export')).status).toBe(403);
  });

  it('transfers: each side sees its own, audited with the children', async () => {
    const township = await t.as('demo_township');
    const [child] = await t.database.db
      .select({ id: children.id })
      .from(children)
      .where(and(eq(children.divisionCode, village), eq(children.status, 'active')))
      .limit(1);
    const [target] = await t.database.db
      .select({ code: divisions.code })
      .from(divisions)
      .where(and(like(divisions.code, '511123%'), eq(divisions.level, 'village')))
      .limit(1);
    const made = await township.post(`/api/children/${child!.id}/transfers`, {
      toDivision: target!.code,
      reason: '随父母迁居',
    });
    expect(made.status).toBe(201);
    const outgoing = await listed<{ childId: string }>(township, '/api/transfers?direction=outgoing&limit=200');
    const { wb } = await download(township, '/api/transfers/export?direction=outgoing');
    const audit = await lastExportAudit();
    expect(audit.list).toBe('transfers');
    expect(audit.childIds).toContain(child!.id);
    expect(new Set(audit.childIds)).toEqual(new Set(outgoing.map((r) => r.childId)));
    expect(wb.worksheets[0]!.rowCount - 2).toBe(outgoing.length);
    // The other county's receiving side lists it as incoming; this county's incoming export does not.
    await download(await t.as('demo_county'), '/api/transfers/export?direction=incoming');
    expect((await lastExportAudit()).childIds).not.toContain(child!.id);
  });

  it('duplicates: pairs with both files in scope, both children in the audit row', async () => {
    const c = await t.as('demo_county');
    expect((await c.post('/api/duplicates/scan', {})).status).toBe(200);
    const pairs = await listed<{ a: { id: string }; b: { id: string } }>(c, '/api/duplicates?limit=200');
    expect(pairs.length).toBeGreaterThan(0);
    const { wb } = await download(c, '/api/duplicates/export');
    expect(wb.worksheets[0]!.rowCount - 2).toBe(pairs.length);
    const audit = await lastExportAudit();
    expect(audit.list).toBe('duplicates');
    expect(new Set(audit.childIds)).toEqual(new Set(pairs.flatMap((p) => [p.a.id, p.b.id])));
    const other = await t.as('demo_village2');
    expect((await other.get('/api/duplicates/export')).status).toBe(403);
  });
});
