// Documents on a case: uploaded by whoever works it (the type read from the bytes, as in the registry), listed in
// the workspace, each view of an original checked against its checksum and audited. The file is stored before its
// row and removed again if the row, its timeline line and its audit entry are not committed.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { caseDocuments } from '../../db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { defineRoute, fileReply } from '../../platform/http.ts';
import {
  DOCUMENT_MAX_BYTES,
  documentStorage,
  inlineDisposition,
  sha256Hex,
  sniffMimeType,
  uploadedFileName,
} from '../documents/index.ts';
import { caseDetail as caseDetailView } from './cases.schemas.ts';
import { reread, scopesOf } from './cases.service.ts';
import { dutiesOf, logLine, openCase } from './cases.store.ts';

const caseParams = z.strictObject({ id: z.uuid('个案编号格式不正确') });
const documentParams = z.strictObject({
  id: z.uuid('个案编号格式不正确'),
  documentId: z.uuid('材料编号格式不正确'),
});
const uploadQuery = z.strictObject({
  title: z.string().trim().min(1, '请填写材料标题').max(100, '材料标题不能超过 100 个字'),
  fileName: uploadedFileName,
});

export const caseDocumentRoutes = [
  defineRoute({
    method: 'POST',
    url: '/api/cases/:id/documents',
    access: 'cases:work',
    summary: '上传个案材料（PDF、JPG、PNG、WebP，按内容识别）Upload a document to a case',
    tags: ['cases'],
    params: caseParams,
    query: uploadQuery,
    upload: { maxBytes: DOCUMENT_MAX_BYTES },
    status: 201,
    response: caseDetailView,
    handler: async (ctx) => {
      const bytes = ctx.upload;
      if (!bytes)
        throw AppError.rule('UPLOAD_EMPTY', '请选择要上传的文件', 'Choose a file to upload', { field: 'file' });
      // The case first: a caller who may not work it learns nothing from an upload, and nothing is stored.
      const first = await openCase(ctx.db, ctx.actor, scopesOf(ctx), ctx.params.id, new Date());
      if (!dutiesOf(ctx.actor, first).has('work')) throw new AppError('CASE_NOT_YOUR_DUTY');
      const mimeType = sniffMimeType(bytes);
      if (!mimeType)
        throw AppError.rule(
          'DOCUMENT_TYPE_NOT_ALLOWED',
          '只能上传 PDF、JPG、PNG、WebP 文件（按文件内容识别）',
          'Only PDF, JPG, PNG and WebP files can be uploaded (the type is read from the content)',
          { field: 'file' },
        );
      const storage = documentStorage(ctx.services);
      const key = await storage.put(bytes);
      try {
        return await ctx.transaction(async (tx) => {
          const [row] = await tx
            .insert(caseDocuments)
            .values({
              caseId: ctx.params.id,
              title: ctx.query.title,
              fileName: ctx.query.fileName,
              mimeType,
              sizeBytes: bytes.length,
              sha256: sha256Hex(bytes),
              storageKey: key,
              uploadedBy: ctx.actor.userId,
              uploadedByName: ctx.actor.displayName,
            })
            .returning({ id: caseDocuments.id });
          await logLine(tx, ctx.params.id, {
            action: 'note',
            note: `上传材料：${ctx.query.title}`,
            data: { documentId: row?.id ?? null },
            actorId: ctx.actor.userId,
            actorName: ctx.actor.displayName,
          });
          await ctx.audit(tx, {
            action: 'case.document.upload',
            targetType: 'case',
            targetId: ctx.params.id,
            details: { documentId: row?.id ?? null, title: ctx.query.title, mimeType, sizeBytes: bytes.length },
          });
          return reread(ctx, tx, ctx.params.id);
        });
      } catch (error) {
        // No row points at the file, so nothing could ever read it: remove it rather than leak it.
        await storage.remove(key).catch(() => undefined);
        throw error;
      }
    },
  }),
  defineRoute({
    method: 'GET',
    url: '/api/cases/:id/documents/:documentId/content',
    access: 'cases:read',
    summary: '查看个案材料原件（每次均记入审计）A case document, audited',
    tags: ['cases'],
    params: documentParams,
    raw: true,
    response: fileReply,
    handler: async (ctx) => {
      await openCase(ctx.db, ctx.actor, scopesOf(ctx), ctx.params.id, new Date());
      const [doc] = await ctx.db
        .select()
        .from(caseDocuments)
        .where(and(eq(caseDocuments.id, ctx.params.documentId), eq(caseDocuments.caseId, ctx.params.id)));
      if (!doc) throw new AppError('NOT_FOUND');
      const bytes = await documentStorage(ctx.services).get(doc.storageKey);
      // A file changed or damaged on disk is a server fault, never something to hand out.
      if (sha256Hex(bytes) !== doc.sha256) {
        ctx.request.log.error({ documentId: doc.id }, 'stored case document does not match its checksum');
        throw new AppError('INTERNAL');
      }
      await ctx.audit(ctx.db, {
        action: 'case.document.download',
        targetType: 'case',
        targetId: ctx.params.id,
        details: { documentId: doc.id, title: doc.title },
      });
      return { bytes, contentType: doc.mimeType, disposition: inlineDisposition(doc.fileName), sandboxed: true };
    },
  }),
];
