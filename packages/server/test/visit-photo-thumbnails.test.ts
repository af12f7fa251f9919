// Visit photo thumbnails: stored once beside their photo and said so in the visit view; a thumbnail that is not an
// image or not small refused naming the field; every view audited in the request's transaction; another county's
// visit, or a photo not of the visit, not found. The scope cases run with the database's row-level security on and
// off, so the routes' own scope checks are shown to hold by themselves.
import { serviceDate } from '@hehu/domain';
import { THUMBNAIL_MAX_BYTES } from '@hehu/domain/photo';
import { and, count, eq } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../src/db/schema.ts';
import { demoVillages } from '../src/seed/demo.ts';
import { createTestApp, type Client, type Response, type TestApp } from './harness.ts';
import { pngBytes } from './uploads.ts';

/** A JPEG by its first bytes, unlike the photo (a PNG), so the answer shows which file was sent. */
const THUMBNAIL = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]), Buffer.from('JFIF\0thumb')]);
const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');

const error = (res: Response) => res.json.error as { code: string; message: string; details?: { field?: string } };

interface Photo {
  childId: string;
  visitId: string;
  photoId: string;
}

async function visitWithPhoto(c: Client, division: string, name: string): Promise<Photo> {
  const child = await c.post('/api/children', {
    name,
    birthDate: '2016-03-01',
    sex: 'F',
    noIdReason: '户口登记办理中',
    divisionCode: division,
    confirmNotDuplicate: true,
  });
  expect(child.status, JSON.stringify(child.json)).toBe(201);
  const childId = child.json.id as string;
  const visitId = randomUUID();
  const visit = await c.post('/api/visits', { id: visitId, childId, visitDate: serviceDate(), kind: 'home' });
  expect(visit.status, JSON.stringify(visit.json)).toBe(201);
  const photo = await c.upload('POST', `/api/visits/${visitId}/photos`, pngBytes());
  expect(photo.status, JSON.stringify(photo.json)).toBe(201);
  return { childId, visitId, photoId: photo.json.id as string };
}

const thumbnailUrl = (p: Pick<Photo, 'visitId' | 'photoId'>) =>
  `/api/visits/${p.visitId}/photos/${p.photoId}/thumbnail`;

for (const rowLevelSecurity of [true, false]) {
  describe(`visit photo thumbnails (row-level security ${rowLevelSecurity ? 'on' : 'off'})`, () => {
    let t: TestApp;
    let village: Client;
    let own: Photo;
    let foreign: Photo;

    const audits = async (action: 'visit.photo.thumbnail' | 'visit.photo.thumbnail.view', childId: string) => {
      const [row] = await t.database.db
        .select({ n: count() })
        .from(auditLog)
        .where(and(eq(auditLog.action, action), eq(auditLog.targetId, childId)));
      return row?.n ?? 0;
    };
    /** The raw answer: the thumbnail's bytes are binary. */
    const view = (c: Client, url: string) =>
      t.app.inject({ method: 'GET', url, headers: { cookie: `hehu_session=${c.cookie!}` } });

    beforeAll(async () => {
      t = await createTestApp({ rowLevelSecurity });
      const areas = await demoVillages(t.database.db);
      village = await t.as('demo_village');
      own = await visitWithPhoto(village, areas.village, '缩略图甲');
      const other = await t.as('demo_village2');
      foreign = await visitWithPhoto(other, areas.village2, '缩略图乙');
      const put = await other.upload('PUT', thumbnailUrl(foreign), THUMBNAIL);
      expect(put.status, JSON.stringify(put.json)).toBe(200);
    }, 120_000);
    afterAll(() => t.close());

    it('a photo without a thumbnail says so and has none to show; one sent is kept once and shown', async () => {
      const before = await village.get(`/api/children/${own.childId}/visits`);
      const visit = (before.json.data as { photos: { id: string; thumbnail: boolean }[] }[])[0];
      expect(visit?.photos).toEqual([{ id: own.photoId, thumbnail: false }]);
      expect((await view(village, thumbnailUrl(own))).statusCode).toBe(404);

      const first = await village.upload('PUT', thumbnailUrl(own), THUMBNAIL);
      expect(first.status, JSON.stringify(first.json)).toBe(200);
      expect(first.json).toEqual({ photoId: own.photoId, sizeBytes: THUMBNAIL.length, replayed: false });
      // A resend (the outbox after a lost answer), even of other bytes, keeps the first one.
      const again = await village.upload('PUT', thumbnailUrl(own), pngBytes());
      expect(again.json).toMatchObject({ replayed: true, sizeBytes: THUMBNAIL.length });
      expect(await audits('visit.photo.thumbnail', own.childId)).toBe(1);

      const after = await village.get(`/api/children/${own.childId}/visits`);
      expect((after.json.data as { photos: unknown[] }[])[0]?.photos).toEqual([{ id: own.photoId, thumbnail: true }]);
      const shown = await view(village, thumbnailUrl(own));
      expect(shown.statusCode).toBe(200);
      expect(shown.rawPayload.equals(THUMBNAIL)).toBe(true);
      expect(shown.headers['content-type']).toBe('image/jpeg');
      expect(shown.headers['cache-control']).toBe('private, no-store');
    });

    it('every view of a thumbnail is audited, naming the photo', async () => {
      const before = await audits('visit.photo.thumbnail.view', own.childId);
      await village.upload('PUT', thumbnailUrl(own), THUMBNAIL);
      expect((await view(village, thumbnailUrl(own))).statusCode).toBe(200);
      expect((await view(village, thumbnailUrl(own))).statusCode).toBe(200);
      expect(await audits('visit.photo.thumbnail.view', own.childId)).toBe(before + 2);
      const [row] = await t.database.db
        .select({ details: auditLog.details })
        .from(auditLog)
        .where(and(eq(auditLog.action, 'visit.photo.thumbnail.view'), eq(auditLog.targetId, own.childId)))
        .limit(1);
      expect(row?.details).toMatchObject({ documentId: own.photoId, mimeType: 'image/jpeg' });
    });

    it('a thumbnail that is not an image, or not small, is refused naming the field and the rule', async () => {
      const photo = await visitWithPhoto(village, (await demoVillages(t.database.db)).village, '缩略图丙');
      const pdf = await village.upload('PUT', thumbnailUrl(photo), PDF);
      expect(pdf.status).toBe(415);
      expect(error(pdf).code).toBe('VISIT_THUMBNAIL_NOT_IMAGE');
      expect(error(pdf).details?.field).toBe('thumbnail');
      expect(error(pdf).message).toContain('缩略图（thumbnail）只能是 JPG、PNG 或 WebP 图片');

      const large = Buffer.concat([THUMBNAIL, Buffer.alloc(THUMBNAIL_MAX_BYTES)]);
      const big = await village.upload('PUT', thumbnailUrl(photo), large);
      expect(big.status).toBe(400);
      expect(error(big).code).toBe('VISIT_THUMBNAIL_TOO_LARGE');
      expect(error(big).details?.field).toBe('thumbnail');
      expect(error(big).message).toBe(
        `走访照片缩略图（thumbnail）不能超过 100 KB，此文件 ${String(Math.ceil(large.length / 1024))} KB`,
      );
      // Nothing was kept: the photo still has no thumbnail.
      expect((await view(village, thumbnailUrl(photo))).statusCode).toBe(404);
    });

    it("another county's visit is not found, for viewing and for adding, and nothing is audited as seen", async () => {
      const county = await t.as('demo_county');
      for (const c of [village, county]) {
        const res = await view(c, thumbnailUrl(foreign));
        expect(res.statusCode, res.body).toBe(404);
      }
      const put = await village.upload('PUT', thumbnailUrl(foreign), THUMBNAIL);
      expect(put.status).toBe(404);
      expect(await audits('visit.photo.thumbnail.view', foreign.childId)).toBe(0);
    });

    it("another county's photo under the caller's own visit is not found, nor is the visit's photo under another visit", async () => {
      const mixed = { visitId: own.visitId, photoId: foreign.photoId };
      expect((await view(village, thumbnailUrl(mixed))).statusCode).toBe(404);
      expect((await village.upload('PUT', thumbnailUrl(mixed), THUMBNAIL)).status).toBe(404);
      const second = await visitWithPhoto(village, (await demoVillages(t.database.db)).village, '缩略图丁');
      const crossed = { visitId: second.visitId, photoId: own.photoId };
      expect((await view(village, thumbnailUrl(crossed))).statusCode).toBe(404);
    });
  });
}
