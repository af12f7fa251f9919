// A ledger upload cannot take the server down: a decompression bomb is refused from its zip directory (or the
// moment it inflates past what it declares) before any parsing, workbooks are read in a worker thread so everyone
// else is still answered, and each user runs one ledger check or commit at a time.
import { constants, crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { importJobs, users } from '../src/db/schema.ts';
import { PARSE_LIMITS } from '../src/modules/ledger/ledger.parse.ts';
import { importRunning } from '../src/modules/ledger/ledger.slots.ts';
import { inspectZip, ZIP_LIMITS } from '../src/modules/ledger/ledger.zip.ts';
import { demoVillages } from '../src/seed/demo.ts';
import { createTestApp, type Client, type TestApp } from './harness.ts';

let t: TestApp;
let village: string;
beforeAll(async () => {
  t = await createTestApp();
  ({ village } = await demoVillages(t.database.db));
});
afterAll(() => t.close());

interface Part {
  name: string;
  /** The stored (deflated) bytes. */
  deflated: Buffer;
  size: number;
  crc: number;
  /** What the headers claim, when they lie. */
  declaredSize?: number;
}

const part = (name: string, text: string): Part => {
  const data = Buffer.from(text, 'utf8');
  return { name, deflated: deflateRawSync(data), size: data.length, crc: crc32(data) };
};

/** A zip archive of deflated parts: local headers, data, central directory, end record. */
function zip(parts: readonly Part[]): Buffer {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    const size = p.declaredSize ?? p.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(p.crc, 14);
    local.writeUInt32LE(p.deflated.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(p.crc, 16);
    entry.writeUInt32LE(p.deflated.length, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    chunks.push(local, name, p.deflated);
    central.push(entry, name);
    offset += local.length + name.length + p.deflated.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, directory, end]);
}

/** The parts of a one-sheet workbook around the given sheet. */
function workbook(sheet: Part): Buffer {
  return zip([
    part(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    part(
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    part(
      'xl/workbook.xml',
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    part(
      'xl/_rels/workbook.xml.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    sheet,
  ]);
}

const SHEET = 'xl/worksheets/sheet1.xml';
const SHEET_START =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_END = '</sheetData></worksheet>';

/**
 * A sheet of `megabytes` MB of blanks between its tags, never held inflated: one megabyte deflated as blocks that end
 * on a byte boundary with no reference to what came before (a full flush), repeated, then a final empty block.
 */
function bombSheet(megabytes: number): Part {
  const flushed = (data: Buffer) => deflateRawSync(data, { finishFlush: constants.Z_FULL_FLUSH });
  const blanks = Buffer.alloc(1024 * 1024, 0x20);
  const start = Buffer.from(SHEET_START);
  const end = Buffer.from(SHEET_END);
  const chunk = flushed(blanks);
  let crc = crc32(start);
  for (let i = 0; i < megabytes; i++) crc = crc32(blanks, crc);
  crc = crc32(end, crc);
  return {
    name: SHEET,
    deflated: Buffer.concat([flushed(start), ...Array.from({ length: megabytes }, () => chunk), deflateRawSync(end)]),
    size: start.length + megabytes * blanks.length + end.length,
    crc,
  };
}

const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

/**
 * A real ledger of `rows` rows: children without an ID number, with (valid) or without (invalid, cheap to check)
 * the birth date, sex and reason that then need.
 */
function ledgerSheet(rows: number, valid = true): Part {
  const header = [
    '姓名',
    '户籍所在村（社区）代码',
    '学校名称',
    ...(valid ? ['出生日期', '性别', '暂无身份证号原因'] : []),
  ];
  const columns = 'ABCDEF';
  const row = (r: number, values: string[]) =>
    `<row r="${r}">${values.map((v, i) => cell(`${columns[i]}${r}`, v)).join('')}</row>`;
  const lines = [row(1, header)];
  for (let r = 2; r <= rows + 1; r++) {
    lines.push(row(r, [`儿童${r}`, village, '第一小学', ...(valid ? ['2016-01-01', '男', '户口登记办理中'] : [])]));
  }
  return part(SHEET, SHEET_START + lines.join('') + SHEET_END);
}

function check(c: Client, bytes: Buffer, fileName = '台账.xlsx') {
  return c.upload('POST', `/api/children/import/check?fileName=${encodeURIComponent(fileName)}`, bytes);
}

const errorOf = (res: { json: Record<string, unknown> }) =>
  res.json.error as { code: string; message: string; details?: Record<string, unknown> } | undefined;

describe('a decompression bomb', () => {
  it('is refused from the zip directory: hundreds of megabytes in a small file', async () => {
    const bomb = workbook(bombSheet(256));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const c = await t.as('demo_village');
    const jobsBefore = await t.database.db.$count(importJobs);
    const res = await check(c, bomb);
    expect(res.status).toBe(400);
    expect(errorOf(res)).toMatchObject({ code: 'IMPORT_TOO_LARGE', details: { field: 'file' } });
    expect(errorOf(res)?.message).toMatch(/MB|压缩/);
    expect(await t.database.db.$count(importJobs)).toBe(jobsBefore);
  });

  it('is refused when its headers understate the size, the moment it inflates past them', async () => {
    const sheet = bombSheet(256);
    const liar = workbook({ ...sheet, declaredSize: 64 * 1024 });
    expect(() => inspectZip(liar)).not.toThrow();
    const res = await check(await t.as('demo_village'), liar);
    expect(res.status).toBe(400);
    expect(errorOf(res)).toMatchObject({ code: 'IMPORT_TOO_LARGE', details: { entry: SHEET } });
  });

  it('is refused for too many entries or one compressed too well', async () => {
    const many = zip(Array.from({ length: ZIP_LIMITS.maxEntries + 1 }, (_, i) => part(`x/${i}.xml`, '<a/>')));
    const res = await check(await t.as('demo_village'), many);
    expect(res.status).toBe(400);
    expect(errorOf(res)).toMatchObject({
      code: 'IMPORT_TOO_LARGE',
      details: { entries: ZIP_LIMITS.maxEntries + 1 },
    });
    // Within the total, but 8 MB of blanks in a few kilobytes.
    const dense = bombSheet(8);
    expect(inflateRawSync(dense.deflated).length).toBe(dense.size);
    expect(() => inspectZip(workbook(dense))).toThrow(expect.objectContaining({ code: 'IMPORT_TOO_LARGE' }));
    // An ordinary workbook passes.
    expect(inspectZip(workbook(ledgerSheet(50)))).toHaveLength(5);
  });
});

describe('reading a workbook', () => {
  it('runs off the event loop, one ledger operation per user at a time', async () => {
    const c = await t.as('demo_village');
    const [me] = await t.database.db.select({ id: users.id }).from(users).where(eq(users.username, 'demo_village'));
    // A checked job to try to commit while a check runs.
    const small = await check(c, workbook(ledgerSheet(3)), '小台账.xlsx');
    expect(small.status).toBe(200);
    const jobId = small.json.jobId as string;

    const big = check(c, workbook(ledgerSheet(60_000, false)), '大台账.xlsx');
    await vi.waitFor(() => expect(importRunning(me!.id)).toBe(true), { timeout: 10_000, interval: 20 });

    const started = Date.now();
    const health = await t.client().get('/api/health');
    const waited = Date.now() - started;
    expect(health.status).toBe(200);
    // Answered while the big workbook was still being read, not after it (reading it takes seconds).
    expect(importRunning(me!.id)).toBe(true);
    expect(waited).toBeLessThan(1500);

    const second = await check(c, workbook(ledgerSheet(3)), '又一个.xlsx');
    expect(second.status).toBe(409);
    expect(errorOf(second)?.code).toBe('IMPORT_IN_PROGRESS');
    expect(errorOf(second)?.message).toContain('正在检查或导入');
    const commit = await c.post(`/api/children/import/${jobId}/commit`, { mode: 'valid_only' });
    expect(commit.status).toBe(409);
    expect(errorOf(commit)?.code).toBe('IMPORT_IN_PROGRESS');

    // The limit is per user: someone else's check goes ahead.
    const other = await check(await t.as('demo_township'), workbook(ledgerSheet(3)), '乡镇.xlsx');
    expect(other.status).toBe(200);

    const done = await big;
    expect(done.status).toBe(200);
    expect(done.json.totalRows).toBe(60_000);
    expect(importRunning(me!.id)).toBe(false);
    // Free again: the commit goes ahead.
    const committed = await c.post(`/api/children/import/${jobId}/commit`, { mode: 'valid_only' });
    expect(committed.status).toBe(200);
  }, 120_000);

  it('in a thread with its own memory ceiling: a workbook over it is refused, the server carries on', async () => {
    const ceiling = PARSE_LIMITS.heapMb;
    PARSE_LIMITS.heapMb = 16;
    try {
      const res = await check(await t.as('demo_village'), workbook(ledgerSheet(60_000, false)), '超内存.xlsx');
      expect(res.status).toBe(400);
      expect(errorOf(res)).toMatchObject({ code: 'IMPORT_TOO_LARGE', details: { field: 'file' } });
    } finally {
      PARSE_LIMITS.heapMb = ceiling;
    }
    expect((await t.client().get('/api/health')).status).toBe(200);
    const after = await check(await t.as('demo_village'), workbook(ledgerSheet(3)), '之后.xlsx');
    expect(after.status).toBe(200);
  }, 120_000);
});
