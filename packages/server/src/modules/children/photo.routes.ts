// The child's portrait: set (or replace) and view. There is no removal route: nothing on a child's file
// is deleted by a user, and a replaced photo stays among the documents.
import { PHOTO_MAX_BYTES } from '@hehu/domain/photo';
import { z } from 'zod';
import { AppError } from '../../platform/errors.ts';
import { defineRoute, fileReply } from '../../platform/http.ts';
import { sendStoredDocument, uploadedFileName } from '../documents/index.ts';
import { getChildRow } from './children.store.ts';
import { currentPhoto, setChildPhoto } from './photo.service.ts';

const childParams = z.strictObject({ id: z.uuid('记录编号格式不正确') });

const setQuery = z.strictObject({
  fileName: uploadedFileName.optional(),
  version: z.coerce.number().int().min(1).optional(),
});

export const photoRoutes = [
  defineRoute({
    method: 'PUT',
    url: '/api/children/:id/photo',
    access: 'children:write',
    summary: '上传或更换儿童照片（JPG、PNG、WebP，按内容识别，≤ 5 MB）Set or replace the child’s photo',
    tags: ['children'],
    params: childParams,
    query: setQuery,
    upload: { maxBytes: PHOTO_MAX_BYTES },
    response: z.object({
      photoDocumentId: z.string(),
      version: z.number(),
      mimeType: z.string(),
      sizeBytes: z.number(),
    }),
    handler: async (ctx) => {
      // Always set for upload routes (an empty body is refused before the handler); the check keeps types honest.
      if (!ctx.upload)
        throw AppError.rule('UPLOAD_EMPTY', '请选择要上传的照片', 'Choose a photo to upload', { field: 'file' });
      return setChildPhoto(ctx, {
        childId: ctx.params.id,
        bytes: ctx.upload,
        fileName: ctx.query.fileName,
        version: ctx.query.version,
      });
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/children/:id/photo',
    access: 'children:read',
    summary: '儿童照片（每次查看均记入审计）The child’s photo, audited',
    tags: ['children'],
    params: childParams,
    // `v` is the photo's document id, sent by the web app so a replaced photo is fetched anew; unused here.
    query: z.strictObject({ v: z.string().max(64).optional() }),
    raw: true,
    response: fileReply,
    handler: async (ctx) => {
      const child = await getChildRow(ctx.db, ctx.scope('children:read'), ctx.params.id);
      if (!child) throw new AppError('NOT_FOUND');
      const doc = await currentPhoto(ctx, child);
      if (!doc) throw new AppError('NOT_FOUND');
      // Audited like every view of a document's original: a portrait of a minor is personal data of its
      // own, and the child-read entry does not say the picture was shown.
      return sendStoredDocument(ctx, child.id, doc, 'child.photo.view');
    },
  }),
];
