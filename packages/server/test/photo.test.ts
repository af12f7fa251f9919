// The child's portrait: set and replace (a document of the child, history, audit, version), type by
// content, audited viewing, scope and permission.
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, children, documents, grants, users } from '../src/db/schema.ts';
import { demoVillages } from '../src/seed/demo.ts';
import { createTestApp, type Client, type TestApp } from './harness.ts';

let t: TestApp;
let village: string;

// A real one-pixel PNG, the start of a JPEG and a minimal PDF, built here so the test needs no fixture files.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const JPEG = Buffer.concat([
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
  Buffer.from('JFIF\0'),
  Buffer.alloc(64),
]);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);

interface Answer {
  status: number;
  json: Record<string, unknown>;
}

const error = (a: Answer) => a.json.error as { code: string; message: string; details?: Record<string, unknown> };

async function createChild(c: Client, name: string): Promise<{ id: string; version: number }> {
  const res = await c.post('/api/children', {
    name,
    birthDate: '2017-09-01',
    sex: 'M',
    noIdReason: '户口登记办理中',
    divisionCode: village,
    confirmNotDuplicate: true,
  });
  expect(res.status).toBe(201);
  return { id: res.json.id as string, version: res.json.version as number };
}

function putPhoto(c: Client, child: string, bytes: Buffer, query: Record<string, string> = {}): Promise<Answer> {
  const qs = new URLSearchParams({ fileName: 'portrait.png', ...query });
  return c.upload('PUT', `/api/children/${child}/photo?${qs.toString()}`, bytes);
}

function getPhoto(c: Client, child: string) {
  return t.app.inject({
    method: 'GET',
    url: `/api/children/${child}/photo`,
    headers: { cookie: `hehu_session=${c.cookie!}` },
  });
}

const documentCount = async () => (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(documents))[0]!.n;

beforeAll(async () => {
  t = await createTestApp();
  ({ village } = await demoVillages(t.database.db));
});

afterAll(async () => {
  // The stored files go with the run's data folder (test/global-setup.ts); the demo data's are shared by every file.
  await t.close();
});

describe('setting the photo', () => {
  it('stores a PNG as a document of the child, bumps the version, and writes history and audit', async () => {
    const c = await t.as('demo_village');
    const child = await createChild(c, '照片测试甲');
    const res = await putPhoto(c, child.id, PNG);
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ version: child.version + 1, mimeType: 'image/png', sizeBytes: PNG.length });
    const photoId = res.json.photoDocumentId as string;

    const detail = await c.get(`/api/children/${child.id}`);
    expect(detail.json).toMatchObject({ photoDocumentId: photoId, version: child.version + 1 });

    // Byte-identical, with the headers of a document's original.
    const photo = await getPhoto(c, child.id);
    expect(photo.statusCode).toBe(200);
    expect(photo.rawPayload.equals(PNG)).toBe(true);
    expect(photo.headers['content-type']).toBe('image/png');
    expect(photo.headers['x-content-type-options']).toBe('nosniff');
    expect(photo.headers['cache-control']).toBe('private, no-store');

    // Field-level history: from no photo to this file.
    const history = await c.get(`/api/children/${child.id}/history`);
    const latest = (history.json.data as { action: string; changes: unknown[] }[])[0]!;
    expect(latest.action).toBe('update');
    expect(latest.changes).toEqual([{ field: 'photo', from: null, to: 'portrait.png' }]);

    // It is one of the child's documents, so it is listed (and kept) with the others.
    const docs = await c.get(`/api/children/${child.id}/documents`);
    expect(docs.json.data).toEqual([
      expect.objectContaining({
        id: photoId,
        subjectType: 'child',
        subjectId: child.id,
        title: '儿童照片',
        fileName: 'portrait.png',
      }),
    ]);

    const audits = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.targetId, child.id))
      .orderBy(auditLog.id);
    const set = audits.find((a) => a.action === 'child.photo.set');
    expect(set).toMatchObject({ actorUsername: 'demo_village', after: { photoDocumentId: photoId } });
    expect(audits.find((a) => a.action === 'child.photo.view')?.details).toMatchObject({ documentId: photoId });
  });

  it('replaces the photo and keeps the earlier one among the documents', async () => {
    const c = await t.as('demo_village');
    const child = await createChild(c, '照片测试乙');
    const first = await putPhoto(c, child.id, PNG);
    const second = await putPhoto(c, child.id, JPEG, { fileName: 'new.jpg', version: String(child.version + 1) });
    expect(second.status).toBe(200);
    expect(second.json).toMatchObject({ mimeType: 'image/jpeg', version: child.version + 2 });

    const photo = await getPhoto(c, child.id);
    expect(photo.rawPayload.equals(JPEG)).toBe(true);
    expect(photo.headers['content-type']).toBe('image/jpeg');
    const docs = (await c.get(`/api/children/${child.id}/documents`)).json.data as { id: string }[];
    expect(docs.map((d) => d.id).sort()).toEqual(
      [first.json.photoDocumentId as string, second.json.photoDocumentId as string].sort(),
    );
    const history = await c.get(`/api/children/${child.id}/history`);
    expect((history.json.data as { changes: unknown[] }[])[0]!.changes).toEqual([
      { field: 'photo', from: 'portrait.png', to: 'new.jpg' },
    ]);
  });

  it('refuses a PDF and an .exe named .jpg by their content, naming the field and rule, and stores nothing', async () => {
    const c = await t.as('demo_village');
    const child = await createChild(c, '照片测试丙');
    const before = await documentCount();
    for (const [bytes, fileName] of [
      [PDF, 'photo.pdf'],
      [EXE, 'photo.jpg'],
    ] as const) {
      const res = await putPhoto(c, child.id, bytes, { fileName });
      expect(res.status, fileName).toBe(400);
      expect(error(res).code).toBe('PHOTO_TYPE_NOT_ALLOWED');
      expect(error(res).message).toBe('照片（file）只能是 JPG、PNG 或 WebP 图片（按文件内容识别，与扩展名无关）');
      expect(error(res).details).toMatchObject({ field: 'file', allowed: ['image/jpeg', 'image/png', 'image/webp'] });
    }
    expect(await documentCount()).toBe(before);
    const [row] = await t.database.db.select().from(children).where(eq(children.id, child.id));
    expect(row).toMatchObject({ photoDocumentId: null, version: child.version });
    // No photo: 404, like a missing document.
    expect((await getPhoto(c, child.id)).statusCode).toBe(404);
  });

  it('refuses a body over 5 MB (413), an empty one, and a stale version (409)', async () => {
    const c = await t.as('demo_village');
    const child = await createChild(c, '照片测试丁');
    const big = Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024)]);
    const tooBig = await putPhoto(c, child.id, big);
    expect(tooBig.status).toBe(413);
    expect(error(tooBig).code).toBe('PAYLOAD_TOO_LARGE');
    expect(error(await putPhoto(c, child.id, Buffer.alloc(0))).code).toBe('UPLOAD_EMPTY');
    const stale = await putPhoto(c, child.id, PNG, { version: String(child.version + 5) });
    expect(stale.status).toBe(409);
    expect(error(stale).code).toBe('CONFLICT');
  });

  it('refuses to change an archived file', async () => {
    const c = await t.as('demo_village');
    const child = await createChild(c, '照片测试戊');
    await t.database.db.update(children).set({ status: 'archived' }).where(eq(children.id, child.id));
    const res = await putPhoto(c, child.id, PNG);
    expect(res.status).toBe(400);
    expect(error(res).code).toBe('CHILD_ARCHIVED');
  });
});

describe('scope and permission', () => {
  it('answers 404 to a user whose area does not hold the child, for setting and viewing', async () => {
    const mine = await t.as('demo_village');
    const child = await createChild(mine, '照片测试己');
    expect((await putPhoto(mine, child.id, PNG)).status).toBe(200);
    const other = await t.as('demo_village2');
    const put = await putPhoto(other, child.id, PNG);
    expect(put.status).toBe(404);
    expect(error(put).code).toBe('NOT_FOUND');
    const get = await getPhoto(other, child.id);
    expect(get.statusCode).toBe(404);
    expect(get.json<{ error: { code: string } }>().error.code).toBe('NOT_FOUND');
  });

  it('lets a read-only role view the photo but not set it (403)', async () => {
    const mine = await t.as('demo_village');
    const child = await createChild(mine, '照片测试庚');
    expect((await putPhoto(mine, child.id, PNG)).status).toBe(200);
    // The county approver's role reads children but does not write them.
    const [hotline] = await t.database.db.select().from(users).where(eq(users.username, 'demo_hotline'));
    await t.database.db
      .insert(grants)
      .values({ userId: hotline!.id, roleCode: 'county_approver', divisionCode: village });
    const reader = await t.as('demo_hotline');
    const view = await getPhoto(reader, child.id);
    expect(view.statusCode).toBe(200);
    expect(view.rawPayload.equals(PNG)).toBe(true);
    const res = await putPhoto(reader, child.id, JPEG);
    expect(res.status).toBe(403);
    expect(error(res).code).toBe('FORBIDDEN');
    const audits = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'child.photo.view'), eq(auditLog.actorUsername, 'demo_hotline')));
    expect(audits.map((a) => a.targetId)).toEqual([child.id]);
  });
});
