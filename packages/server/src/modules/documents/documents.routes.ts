// Documents attached to a child's file. Every route loads the child within the caller's scope first,
// so a document of a child out of scope answers 404 like the child itself.
import { z } from 'zod';
import { AppError } from '../../platform/errors.ts';
import { defineRoute, fileReply } from '../../platform/http.ts';
import type { Queryable } from '../../db/connection.ts';
import type { Scope } from '../../platform/access.ts';
import { getChildRow } from '../children/index.ts';
import { sendStoredDocument, uploadedFileName } from './documents.http.ts';
import { DOCUMENT_MAX_BYTES, documentStorage, uploadDocument } from './documents.service.ts';
import { getDocument, listDocuments } from './documents.store.ts';

const SUBJECT_TYPES = ['child', 'person', 'situation', 'category', 'visit'] as const;

const childParams = z.strictObject({ id: z.uuid('记录编号格式不正确') });
const documentParams = z.strictObject({
  id: z.uuid('记录编号格式不正确'),
  documentId: z.uuid('材料编号格式不正确'),
});

const uploadQuery = z
  .strictObject({
    subjectType: z.enum(SUBJECT_TYPES).default('child'),
    subjectId: z.uuid('对象编号格式不正确').optional(),
    title: z.string().trim().min(1, '请填写材料标题').max(100, '材料标题不能超过 100 个字'),
    fileName: uploadedFileName,
  })
  .superRefine((q, ctx) => {
    if (q.subjectType !== 'child' && q.subjectId === undefined) {
      ctx.addIssue({ code: 'custom', path: ['subjectId'], message: '请指定材料所属的对象编号' });
    }
  });

const documentItem = z.object({
  id: z.string(),
  subjectType: z.enum(SUBJECT_TYPES),
  subjectId: z.string(),
  title: z.string(),
  fileName: z.string(),
  mimeType: z.string(),
  sizeBytes: z.number(),
  uploadedBy: z.string().nullable(),
  createdAt: z.string(),
});

const toItem = <T extends { createdAt: Date }>(row: T) => ({ ...row, createdAt: row.createdAt.toISOString() });

async function childInScope(db: Queryable, scope: Scope, id: string): Promise<{ id: string }> {
  const child = await getChildRow(db, scope, id);
  if (!child) throw new AppError('NOT_FOUND');
  return child;
}

export const documentRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/children/:id/documents',
    access: 'children:write',
    summary: '上传儿童档案材料（PDF、JPG、PNG、WebP，按内容识别）Upload a document',
    tags: ['documents'],
    params: childParams,
    query: uploadQuery,
    upload: { maxBytes: DOCUMENT_MAX_BYTES },
    status: 201,
    response: documentItem,
    handler: async (ctx) => {
      const child = await childInScope(ctx.db, ctx.scope('children:write'), ctx.params.id);
      // Always set for upload routes (an empty body is refused before the handler); the check keeps types honest.
      if (!ctx.upload)
        throw AppError.rule('UPLOAD_EMPTY', '请选择要上传的文件', 'Choose a file to upload', { field: 'file' });
      const row = await uploadDocument(
        {
          db: ctx.db,
          storage: documentStorage(ctx.services),
          transaction: (fn) => ctx.transaction(fn),
          audit: (tx, entry) => ctx.audit(tx, entry),
        },
        {
          childId: child.id,
          subjectType: ctx.query.subjectType,
          subjectId: ctx.query.subjectId,
          title: ctx.query.title,
          fileName: ctx.query.fileName,
          bytes: ctx.upload,
          uploadedBy: ctx.actor.userId,
        },
      );
      return toItem(row);
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/children/:id/documents',
    access: 'children:read',
    summary: '儿童档案材料列表（最新在前）Documents of a child, newest first',
    tags: ['documents'],
    params: childParams,
    response: z.object({ data: z.array(documentItem) }),
    handler: async (ctx) => {
      const child = await childInScope(ctx.db, ctx.scope('children:read'), ctx.params.id);
      await ctx.audit(ctx.db, { action: 'child.documents.read', targetType: 'child', targetId: child.id });
      const rows = await listDocuments(ctx.db, child.id);
      return { data: rows.map(toItem) };
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/children/:id/documents/:documentId/content',
    access: 'children:read',
    summary: '查看或下载材料原件（每次均记入审计）Document content, audited',
    tags: ['documents'],
    params: documentParams,
    raw: true,
    response: fileReply,
    handler: async (ctx) => {
      const child = await childInScope(ctx.db, ctx.scope('children:read'), ctx.params.id);
      const doc = await getDocument(ctx.db, child.id, ctx.params.documentId);
      if (!doc) throw new AppError('NOT_FOUND');
      return sendStoredDocument(ctx, child.id, doc, 'document.download');
    },
  }),
];
