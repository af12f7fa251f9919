// Documents on a child's file: type by content, subject checks, storage on disk, audited downloads, scope.
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, childCategories, childRelations, documents, persons, personSituations } from '../src/db/schema.ts';
import { sha256Hex, sniffMimeType, uploadDocument } from '../src/modules/documents/documents.service.ts';
import { diskDocumentStorage } from '../src/modules/documents/documents.storage.ts';
import { demoVillages } from '../src/seed/demo.ts';
import { createTestApp, refuseWrites, type Client, type TestApp } from './harness.ts';

let t: TestApp;
let childId: string;
let otherChildId: string;

// A real one-pixel PNG and a minimal PDF, built here so the test needs no fixture files.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

async function createChild(c: Client, divisionCode: string, name: string): Promise<string> {
  const res = await c.post('/api/children', {
    name,
    birthDate: '2018-06-01',
    sex: 'F',
    noIdReason: '户口登记办理中',
    divisionCode,
    // The two test children share a village and nearly a name: confirm they are different children.
    confirmNotDuplicate: true,
  });
  expect(res.status).toBe(201);
  return res.json.id as string;
}

beforeAll(async () => {
  t = await createTestApp();
  const { village } = await demoVillages(t.database.db);
  const c = await t.as('demo_village');
  childId = await createChild(c, village, '材料测试甲');
  otherChildId = await createChild(c, village, '材料测试乙');
});

afterAll(async () => {
  // The stored files go with the run's data folder (test/global-setup.ts); the demo data's are shared by every file.
  await t.close();
});

interface Answer {
  status: number;
  json: Record<string, unknown>;
}

function upload(c: Client, child: string, bytes: Buffer, query: Record<string, string> = {}): Promise<Answer> {
  const qs = new URLSearchParams({ title: '户口簿首页', fileName: 'hukou.pdf', ...query });
  return c.upload('POST', `/api/children/${child}/documents?${qs.toString()}`, bytes);
}

function download(c: Client, child: string, documentId: string) {
  return t.app.inject({
    method: 'GET',
    url: `/api/children/${child}/documents/${documentId}/content`,
    headers: { cookie: `hehu_session=${c.cookie!}` },
  });
}

const error = (a: Answer) => a.json.error as { code: string; message: string; details?: Record<string, unknown> };

describe('uploading', () => {
  it('stores a PDF and a PNG with the type read from their bytes, on disk and audited', async () => {
    const c = await t.as('demo_village');
    const pdf = await upload(c, childId, PDF, { fileName: '户口簿.pdf' });
    expect(pdf.status).toBe(201);
    expect(pdf.json).toMatchObject({
      subjectType: 'child',
      subjectId: childId,
      title: '户口簿首页',
      fileName: '户口簿.pdf',
      mimeType: 'application/pdf',
      sizeBytes: PDF.length,
    });
    // The name says PDF, the bytes say PNG: the bytes win.
    const png = await upload(c, childId, PNG, { title: '照片', fileName: 'photo.pdf' });
    expect(png.status).toBe(201);
    expect(png.json.mimeType).toBe('image/png');

    const [row] = await t.database.db
      .select()
      .from(documents)
      .where(eq(documents.id, pdf.json.id as string));
    expect(row!.sha256).toBe(sha256Hex(PDF));
    expect(row!.storageKey).toMatch(/^\d{4}\/\d{2}\/[0-9a-f-]{36}$/);
    const file = path.join(t.services.config.dataDir, 'documents', row!.storageKey);
    // Sealed on disk: the stored bytes are not the upload, and open back to it.
    const stored = await readFile(file);
    expect(stored.includes(PDF.subarray(0, 8))).toBe(false);
    expect(t.services.cipher.openFile(stored)).toEqual(PDF);
    expect((await readdir(path.dirname(file))).filter((f) => f.endsWith('.part'))).toEqual([]);

    const audits = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'document.upload'), eq(auditLog.targetId, childId)));
    expect(audits.map((a) => (a.details as { documentId: string }).documentId)).toContain(pdf.json.id);
  });

  it('refuses an .exe renamed .pdf, names the allowed types, and stores nothing', async () => {
    const c = await t.as('demo_village');
    const before = await t.database.db.select({ n: sql<number>`count(*)::int` }).from(documents);
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);
    const res = await upload(c, childId, exe, { fileName: 'report.pdf' });
    expect(res.status).toBe(400);
    expect(error(res).code).toBe('DOCUMENT_TYPE_NOT_ALLOWED');
    expect(error(res).message).toBe('只能上传 PDF、JPG、PNG、WebP 文件（按文件内容识别）');
    const after = await t.database.db.select({ n: sql<number>`count(*)::int` }).from(documents);
    expect(after[0]!.n).toBe(before[0]!.n);
  });

  it('refuses an empty body and validates the metadata', async () => {
    const c = await t.as('demo_village');
    const empty = await upload(c, childId, Buffer.alloc(0));
    expect(empty.status).toBe(400);
    expect(error(empty).code).toBe('UPLOAD_EMPTY');
    expect((await upload(c, childId, PDF, { title: '' })).status).toBe(400);
    expect((await upload(c, childId, PDF, { title: '长'.repeat(101) })).status).toBe(400);
    expect((await upload(c, childId, PDF, { fileName: `${'a'.repeat(201)}.pdf` })).status).toBe(400);
    const unknown = await upload(c, childId, PDF, { extra: '1' });
    expect(error(unknown).code).toBe('VALIDATION_FAILED');
    const noSubject = await upload(c, childId, PDF, { subjectType: 'person' });
    expect(noSubject.status).toBe(400);
    expect(JSON.stringify(error(noSubject).details)).toContain('subjectId');
  });

  it('answers 413 with the JSON error shape for a body over 20 MB', async () => {
    const c = await t.as('demo_village');
    const res = await upload(c, childId, Buffer.alloc(21 * 1024 * 1024, 0x25));
    expect(res.status).toBe(413);
    expect(error(res).code).toBe('PAYLOAD_TOO_LARGE');
    expect(typeof res.json.requestId).toBe('string');
  });

  it('recognises JPEG and WebP by their signatures', () => {
    expect(sniffMimeType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('image/jpeg');
    const webp = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 ')]);
    expect(sniffMimeType(webp)).toBe('image/webp');
    expect(sniffMimeType(Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WAVE')]))).toBeUndefined();
    expect(sniffMimeType(Buffer.from('%PD'))).toBeUndefined();
  });
});

describe('subjects', () => {
  it('accepts a linked person, their situation and the child’s own category; refuses anything else', async () => {
    const db = t.database.db;
    const [linked, stranger] = await db
      .insert(persons)
      .values([{ name: '母亲甲' }, { name: '无关人员' }])
      .returning({ id: persons.id });
    await db.insert(childRelations).values({ childId, personId: linked!.id, kind: 'mother', startDate: '2018-06-01' });
    const [situation, strangerSituation] = await db
      .insert(personSituations)
      .values([
        { personId: linked!.id, code: 'serious_illness', since: '2023-01-01' },
        { personId: stranger!.id, code: 'serious_illness', since: '2023-01-01' },
      ])
      .returning({ id: personSituations.id });
    const [category, otherCategory] = await db
      .insert(childCategories)
      .values([
        { childId, category: 'de_facto_unattended', startDate: '2024-01-01', decisionRef: '测试-1' },
        { childId: otherChildId, category: 'de_facto_unattended', startDate: '2024-01-01', decisionRef: '测试-2' },
      ])
      .returning({ id: childCategories.id });

    const c = await t.as('demo_village');
    const ok: [string, string][] = [
      ['person', linked!.id],
      ['situation', situation!.id],
      ['category', category!.id],
      ['child', childId],
    ];
    for (const [subjectType, subjectId] of ok) {
      const res = await upload(c, childId, PNG, { subjectType, subjectId });
      expect(res.status, subjectType).toBe(201);
      expect(res.json).toMatchObject({ subjectType, subjectId });
    }
    const bad: [string, string][] = [
      ['person', stranger!.id],
      ['situation', strangerSituation!.id],
      ['category', otherCategory!.id],
      ['child', otherChildId],
    ];
    for (const [subjectType, subjectId] of bad) {
      const res = await upload(c, childId, PNG, { subjectType, subjectId });
      expect(res.status, subjectType).toBe(400);
      expect(error(res).code).toBe('DOCUMENT_SUBJECT_INVALID');
      expect(error(res).details?.field).toBe('subjectId');
    }
  });
});

describe('listing and downloading', () => {
  it('lists newest first and sends the bytes inline with safe headers, auditing each download', async () => {
    const c = await t.as('demo_village');
    const first = await upload(c, otherChildId, PDF, { title: '第一份', fileName: '监护 证明(1).pdf' });
    const second = await upload(c, otherChildId, PNG, { title: '第二份', fileName: 'b.png' });
    const list = await c.get(`/api/children/${otherChildId}/documents`);
    expect(list.status).toBe(200);
    const data = list.json.data as Record<string, unknown>[];
    expect(data.map((d) => d.id)).toEqual([second.json.id, first.json.id]);
    expect(Object.keys(data[0]!).sort()).toEqual(
      [
        'createdAt',
        'fileName',
        'id',
        'mimeType',
        'sizeBytes',
        'subjectId',
        'subjectType',
        'title',
        'uploadedBy',
      ].sort(),
    );

    const res = await download(c, otherChildId, first.json.id as string);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.equals(PDF)).toBe(true);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      `inline; filename*=UTF-8''${encodeURIComponent('监护 证明').replace(/'/g, '%27')}%281%29.pdf`,
    );
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['cache-control']).toBe('private, no-store');
    const png = await download(c, otherChildId, second.json.id as string);
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.rawPayload.equals(PNG)).toBe(true);

    const audits = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'document.download'), eq(auditLog.targetId, otherChildId)));
    expect(audits.map((a) => (a.details as { documentId: string }).documentId).sort()).toEqual(
      [first.json.id, second.json.id].sort(),
    );
    expect(audits[0]!.actorUsername).toBe('demo_village');
  });

  it('sends no byte of a file whose audit row cannot be committed', async () => {
    const c = await t.as('demo_village');
    const doc = await upload(c, otherChildId, PDF, { title: '审计失败', fileName: 'x.pdf' });
    // The audit row is refused only when the transaction commits, after the handler has finished.
    const restore = await refuseWrites(t, 'audit_log', `new.action = 'document.download'`, true);
    try {
      const res = await download(c, otherChildId, doc.json.id as string);
      expect(res.statusCode).toBe(500);
      expect(res.rawPayload.includes(PDF)).toBe(false);
      expect(String(res.headers['content-type'])).toContain('application/json');
    } finally {
      await restore();
    }
  });

  it('answers 404 for a document reached through another child, or one that does not exist', async () => {
    const c = await t.as('demo_village');
    const doc = await upload(c, childId, PDF);
    expect((await download(c, otherChildId, doc.json.id as string)).statusCode).toBe(404);
    expect((await download(c, childId, '00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});

describe('scope and permission', () => {
  it('hides every route of a child outside the caller’s area (404)', async () => {
    const mine = await t.as('demo_village');
    const doc = await upload(mine, childId, PDF);
    const other = await t.as('demo_village2');
    expect((await other.get(`/api/children/${childId}/documents`)).status).toBe(404);
    expect((await upload(other, childId, PDF)).status).toBe(404);
    const res = await download(other, childId, doc.json.id as string);
    expect(res.statusCode).toBe(404);
    expect(res.json<{ error: { code: string } }>().error.code).toBe('NOT_FOUND');
  });

  it('refuses an upload from a user without children:write (403)', async () => {
    const hotline = await t.as('demo_hotline');
    const res = await upload(hotline, childId, PDF);
    expect(res.status).toBe(403);
    expect(error(res).code).toBe('FORBIDDEN');
  });
});

describe('storage', () => {
  it('removes the stored file when the row cannot be committed', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'hehu-docs-'));
    try {
      const storage = diskDocumentStorage(root, t.services.cipher);
      const failing = uploadDocument(
        {
          db: t.database.db,
          storage,
          transaction: () => Promise.reject(new Error('database went away')),
          audit: () => Promise.resolve(),
        },
        {
          childId,
          subjectType: 'child',
          subjectId: undefined,
          title: '测试',
          fileName: 'a.pdf',
          bytes: PDF,
          uploadedBy: childId,
        },
      );
      await expect(failing).rejects.toThrow('database went away');
      const left = await readdir(root, { recursive: true, withFileTypes: true });
      expect(left.filter((e) => e.isFile())).toEqual([]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('seals the bytes on disk with SM4, readable by the owner only, and refuses a changed file', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'hehu-docs-'));
    try {
      const storage = diskDocumentStorage(root, t.services.cipher);
      const plain = Buffer.concat([PDF, Buffer.from('身份证号 511102201503041234')]);
      const key = await storage.put(plain);
      const file = path.join(root, ...key.split('/'));
      const onDisk = await readFile(file);
      expect(onDisk.includes(Buffer.from('511102201503041234'))).toBe(false);
      expect(onDisk.includes(Buffer.from('%PDF'))).toBe(false);
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      expect((await storage.get(key)).equals(plain)).toBe(true);
      // One flipped bit in the ciphertext: the tag no longer matches, nothing is handed out.
      onDisk[onDisk.length - 40] = (onDisk[onDisk.length - 40] ?? 0) ^ 1;
      await writeFile(file, onDisk);
      await expect(storage.get(key)).rejects.toThrow(/integrity/);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('reads only keys of the shape it writes', async () => {
    const storage = diskDocumentStorage(os.tmpdir(), t.services.cipher);
    await expect(storage.get('../../etc/passwd')).rejects.toThrow(/invalid document storage key/);
  });
});
