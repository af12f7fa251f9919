// A visit's photos and their thumbnails. Adding needs visits:record over the visit's child, viewing a thumbnail
// children:read; a visit out of scope, or a photo that is not one of the visit's, answers 404. A photo is a
// document of the child; its thumbnail (a small JPEG the browser makes beside it) is kept on the photo's row.
import { THUMBNAIL_MAX_BYTES, THUMBNAIL_MAX_KB, isPhotoMimeType } from '@hehu/domain/photo';
import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../../db/connection.ts';
import { documents } from '../../db/schema.ts';
import type { Scope } from '../../platform/access.ts';
import { AppError } from '../../platform/errors.ts';
import { defineRoute, fileReply, type RouteContext } from '../../platform/http.ts';
import {
  documentStorage,
  sendStoredDocument,
  sha256Hex,
  sniffMimeType,
  uploadDocument,
  type DocumentRow,
} from '../documents/index.ts';
import { visitParams } from './visits.schemas.ts';
import { VISIT_PHOTOS_PER_VISIT, VISIT_PHOTO_MAX_BYTES, photoCount, visitInScope } from './visits.service.ts';

const photoView = z.object({ id: z.string(), visitId: z.string(), replayed: z.boolean() });
const photoParams = z.strictObject({ id: z.uuid(), documentId: z.uuid('照片编号格式不正确') });
const thumbnailView = z.object({ photoId: z.string(), sizeBytes: z.number(), replayed: z.boolean() });

/** The visit (its child in `scope`) and one of its photos: 404 when either is out of reach. */
async function photoOfVisit(db: Queryable, scope: Scope, visitId: string, photoId: string) {
  const visit = await visitInScope(db, scope, visitId);
  const [photo] = await db
    .select()
    .from(documents)
    .where(
      and(
        eq(documents.id, photoId),
        eq(documents.childId, visit.childId),
        eq(documents.subjectType, 'visit'),
        eq(documents.subjectId, visit.id),
      ),
    )
    .limit(1);
  if (!photo) throw new AppError('NOT_FOUND');
  return { visit, photo };
}

/** A thumbnail is small and an image, by its bytes: the message names the field and the rule. */
function checkThumbnail(bytes: Buffer): string {
  if (bytes.length > THUMBNAIL_MAX_BYTES) {
    const kb = Math.ceil(bytes.length / 1024);
    throw AppError.rule(
      'VISIT_THUMBNAIL_TOO_LARGE',
      `走访照片缩略图（thumbnail）不能超过 ${String(THUMBNAIL_MAX_KB)} KB，此文件 ${String(kb)} KB`,
      `The visit photo thumbnail (thumbnail) must not exceed ${String(THUMBNAIL_MAX_KB)} KB; this one is ${String(kb)} KB`,
      { field: 'thumbnail', maxBytes: THUMBNAIL_MAX_BYTES, sizeBytes: bytes.length },
    );
  }
  const mimeType = sniffMimeType(bytes);
  if (!isPhotoMimeType(mimeType)) throw new AppError('VISIT_THUMBNAIL_NOT_IMAGE', { field: 'thumbnail' });
  return mimeType;
}

type UploadContext = RouteContext<unknown, unknown, unknown, 'visits:record'>;

/**
 * Stores the thumbnail beside its photo, once: a photo that has one keeps it and the resend is answered as a
 * replay. The bytes are stored first and removed again when the row is not updated (a concurrent first one won).
 */
async function attachThumbnail(ctx: UploadContext, photo: DocumentRow, bytes: Buffer) {
  const mimeType = checkThumbnail(bytes);
  const replay = { photoId: photo.id, sizeBytes: photo.thumbnailSizeBytes ?? bytes.length, replayed: true };
  if (photo.thumbnailStorageKey !== null) return replay;
  const storage = documentStorage(ctx.services);
  const key = await storage.put(bytes);
  try {
    const stored = await ctx.transaction(async (tx) => {
      const [row] = await tx
        .update(documents)
        .set({
          thumbnailStorageKey: key,
          thumbnailMimeType: mimeType,
          thumbnailSizeBytes: bytes.length,
          thumbnailSha256: sha256Hex(bytes),
        })
        .where(and(eq(documents.id, photo.id), isNull(documents.thumbnailStorageKey)))
        .returning({ id: documents.id });
      if (!row) return false;
      await ctx.audit(tx, {
        action: 'visit.photo.thumbnail',
        targetType: 'child',
        targetId: photo.childId,
        details: { documentId: photo.id, visitId: photo.subjectId, mimeType, sizeBytes: bytes.length },
      });
      return true;
    });
    if (stored) return { photoId: photo.id, sizeBytes: bytes.length, replayed: false };
  } catch (error) {
    await storage.remove(key).catch(() => undefined);
    throw error;
  }
  await storage.remove(key).catch(() => undefined);
  return replay;
}

export const visitPhotoRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/visits/:id/photos',
    access: 'visits:record',
    status: 201,
    summary: '上传走访照片（JPG、PNG、WebP，同一照片只保存一次）Add a photo to a visit',
    tags: ['visits'],
    params: visitParams,
    upload: { maxBytes: VISIT_PHOTO_MAX_BYTES },
    response: photoView,
    handler: async (ctx) => {
      const visit = await visitInScope(ctx.db, ctx.scope('visits:record'), ctx.params.id);
      if (!ctx.upload)
        throw AppError.rule('UPLOAD_EMPTY', '请选择要上传的照片', 'Choose a photo to upload', { field: 'file' });
      const mimeType = sniffMimeType(ctx.upload);
      if (!mimeType?.startsWith('image/')) throw new AppError('VISIT_PHOTO_NOT_IMAGE', { field: 'file' });
      const sha256 = sha256Hex(ctx.upload);
      const [same] = await ctx.db
        .select({ id: documents.id })
        .from(documents)
        .where(and(eq(documents.subjectType, 'visit'), eq(documents.subjectId, visit.id), eq(documents.sha256, sha256)))
        .limit(1);
      if (same) return { id: same.id, visitId: visit.id, replayed: true };
      if ((await photoCount(ctx.db, visit.id)) >= VISIT_PHOTOS_PER_VISIT)
        throw new AppError('VISIT_PHOTO_TOO_MANY', { field: 'file', max: VISIT_PHOTOS_PER_VISIT });
      const row = await uploadDocument(
        {
          db: ctx.db,
          storage: documentStorage(ctx.services),
          transaction: (fn) => ctx.transaction(fn),
          audit: (tx, entry) => ctx.audit(tx, entry),
        },
        {
          childId: visit.childId,
          subjectType: 'visit',
          subjectId: visit.id,
          title: `走访照片 ${visit.visitDate}`,
          fileName: `visit-${visit.visitDate}.${mimeType.slice('image/'.length)}`,
          bytes: ctx.upload,
          uploadedBy: ctx.actor.userId,
        },
      );
      return { id: row.id, visitId: visit.id, replayed: false };
    },
  }),
  defineRoute({
    method: 'PUT',
    url: '/api/visits/:id/photos/:documentId/thumbnail',
    access: 'visits:record',
    summary: `走访照片缩略图（JPG、PNG、WebP，不超过 ${String(THUMBNAIL_MAX_KB)} KB，每张照片只保存第一份）Add a photo's thumbnail`,
    tags: ['visits'],
    params: photoParams,
    // As large as a photo, so that a photo sent here by mistake is told the thumbnail's own limit.
    upload: { maxBytes: VISIT_PHOTO_MAX_BYTES },
    response: thumbnailView,
    handler: async (ctx) => {
      const { photo } = await photoOfVisit(ctx.db, ctx.scope('visits:record'), ctx.params.id, ctx.params.documentId);
      if (!ctx.upload)
        throw AppError.rule('UPLOAD_EMPTY', '请选择要上传的缩略图', 'Choose a thumbnail to upload', {
          field: 'thumbnail',
        });
      return attachThumbnail(ctx, photo, ctx.upload);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/visits/:id/photos/:documentId/thumbnail',
    access: 'children:read',
    summary: '走访照片缩略图（每次查看均记入审计）A visit photo’s thumbnail, audited',
    tags: ['visits'],
    params: photoParams,
    raw: true,
    response: fileReply,
    handler: async (ctx) => {
      const { photo } = await photoOfVisit(ctx.db, ctx.scope('children:read'), ctx.params.id, ctx.params.documentId);
      const { thumbnailStorageKey, thumbnailSha256, thumbnailMimeType, thumbnailSizeBytes } = photo;
      // A photo without one is shown whole by the timeline (the view says which have one).
      if (thumbnailStorageKey === null || thumbnailSha256 === null || thumbnailMimeType === null)
        throw new AppError('NOT_FOUND');
      const thumbnail = {
        ...photo,
        storageKey: thumbnailStorageKey,
        sha256: thumbnailSha256,
        mimeType: thumbnailMimeType,
        sizeBytes: thumbnailSizeBytes ?? 0,
        fileName: `thumbnail-${photo.fileName}`,
      };
      // Checked against its checksum and audited in the request's transaction, like a view of the photo.
      return sendStoredDocument(ctx, photo.childId, thumbnail, 'visit.photo.thumbnail.view');
    },
  }),
];
