// Photos on a few demo visits, so the child's 走访与评估 timeline shows thumbnails: in each of the two demo
// directors' villages, the latest visit of the children visited longest ago gets one or two photos. Each photo is
// a small generated JPEG (a house under the sky, its colours drawn from the child and the date) with its 320 px
// thumbnail, stored and sealed like an upload and recorded on the document row the
// visit photo and thumbnail routes write. Deterministic: the same children and dates give the same bytes.
import { THUMBNAIL_LONG_SIDE } from '@hehu/domain/photo';
import { sql } from 'drizzle-orm';
import jpeg from 'jpeg-js';
import type { Queryable } from '../../db/connection.ts';
import { queryRows } from '../../db/raw.ts';
import { documents } from '../../db/schema.ts';
import { sha256Hex } from '../../modules/documents/documents.service.ts';
import type { DocumentStorage } from '../../modules/documents/documents.storage.ts';
import { hashText } from './random.ts';

const PHOTO = { width: 480, height: 360 };
const THUMBNAIL = { width: THUMBNAIL_LONG_SIDE, height: (THUMBNAIL_LONG_SIDE * PHOTO.height) / PHOTO.width };
/** Visits given photos per village. */
const VISITS_PER_VILLAGE = 3;

interface LatestVisit extends Record<string, unknown> {
  id: string;
  child_id: string;
  child_name: string;
  visit_date: string;
  visitor_id: string | null;
  created_ms: number;
}

type Rgb = readonly [number, number, number];

/** A house under the sky on a field, drawn at any size from the same proportions; `seed` varies the colours. */
export function visitScene(width: number, height: number, seed: number): Buffer {
  const hue = (shift: number, [r, g, b]: Rgb): Rgb => {
    const vary = (c: number, i: number) => (c + ((seed >>> (shift + i * 3)) & 31)) % 256;
    return [vary(r, 0), vary(g, 1), vary(b, 2)];
  };
  const sky = hue(0, [120, 170, 220]);
  const field = hue(9, [90, 150, 70]);
  const wall = hue(18, [210, 190, 160]);
  const roof = hue(4, [150, 60, 50]);
  const door: Rgb = [90, 60, 40];
  const data = Buffer.alloc(width * height * 4);
  const horizon = height * 0.62;
  const [left, right] = [width * (0.3 + (seed & 7) / 100), width * (0.68 + ((seed >>> 3) & 7) / 100)];
  const [eaves, top] = [height * 0.42, height * 0.22];
  const mid = (left + right) / 2;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // The sky lightens towards the horizon.
      const haze = (y / horizon) * 30;
      let c: Rgb = y < horizon ? [sky[0] + haze, sky[1] + haze, Math.min(255, sky[2] + haze)] : field;
      const inWall = x >= left && x <= right && y >= eaves && y <= height * 0.78;
      const roofHalf = ((y - top) / (eaves - top)) * ((right - left) / 2 + width * 0.03);
      const inRoof = y >= top && y < eaves && Math.abs(x - mid) <= roofHalf;
      if (inWall) c = wall;
      if (inRoof) c = roof;
      if (inWall && Math.abs(x - mid) < width * 0.04 && y > height * 0.6) c = door;
      const i = (y * width + x) * 4;
      data[i] = c[0];
      data[i + 1] = c[1];
      data[i + 2] = c[2];
      data[i + 3] = 255;
    }
  }
  return jpeg.encode({ data, width, height }, 80).data;
}

async function latestVisits(db: Queryable, village: string): Promise<LatestVisit[]> {
  return queryRows<LatestVisit>(
    db,
    sql`select distinct on (v.child_id) v.id, v.child_id, c.name as child_name, v.visit_date::text as visit_date,
        v.visitor_id, (extract(epoch from v.created_at) * 1000)::float8 as created_ms
      from visits v join children c on c.id = v.child_id
      where c.division_code = ${village} and c.status = 'active'
      order by v.child_id, v.visit_date desc, v.created_at desc`,
  ).then((rows) =>
    // The children visited longest ago, first on their director's plan. Their ids are random: choose and order by
    // what the seed made (date, name) instead.
    rows
      .sort((a, b) => a.visit_date.localeCompare(b.visit_date) || a.child_name.localeCompare(b.child_name))
      .slice(0, VISITS_PER_VILLAGE),
  );
}

export async function writeVisitPhotos(ctx: {
  db: Queryable;
  storage: DocumentStorage | undefined;
  villages: readonly string[];
  /** Keys put in the storage, removed again if the run fails. */
  stored: string[];
}): Promise<number> {
  if (!ctx.storage) return 0;
  const rows: (typeof documents.$inferInsert)[] = [];
  for (const village of ctx.villages) {
    for (const [n, visit] of (await latestVisits(ctx.db, village)).entries()) {
      // The first visit of each village has two photos, the others one.
      for (let k = 0; k < (n === 0 ? 2 : 1); k++) {
        const seed = hashText(`${visit.child_name}|${visit.visit_date}|${String(k)}`);
        const photo = visitScene(PHOTO.width, PHOTO.height, seed);
        const thumbnail = visitScene(THUMBNAIL.width, THUMBNAIL.height, seed);
        const key = await ctx.storage.put(photo);
        ctx.stored.push(key);
        const thumbnailKey = await ctx.storage.put(thumbnail);
        ctx.stored.push(thumbnailKey);
        rows.push({
          childId: visit.child_id,
          subjectType: 'visit',
          subjectId: visit.id,
          title: `走访照片 ${visit.visit_date}`,
          fileName: `visit-${visit.visit_date}.jpeg`,
          mimeType: 'image/jpeg',
          sizeBytes: photo.length,
          sha256: sha256Hex(photo),
          storageKey: key,
          uploadedBy: visit.visitor_id,
          createdAt: new Date(visit.created_ms + (k + 1) * 60_000),
          thumbnailStorageKey: thumbnailKey,
          thumbnailMimeType: 'image/jpeg',
          thumbnailSizeBytes: thumbnail.length,
          thumbnailSha256: sha256Hex(thumbnail),
        });
      }
    }
  }
  if (rows.length > 0) await ctx.db.insert(documents).values(rows);
  return rows.length;
}
