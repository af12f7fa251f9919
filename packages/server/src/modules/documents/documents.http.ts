// What the document routes and the photo routes share: the file name an upload names itself by, and
// sending a stored original (checksum verified, every view audited).
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Queryable } from '../../db/connection.ts';
import type { AuditAction } from '../../platform/audit-actions.ts';
import type { AuditEntry } from '../../platform/audit.ts';
import { AppError } from '../../platform/errors.ts';
import type { FileReply, RequestServices } from '../../platform/http.ts';
import { documentStorage, inlineDisposition, sha256Hex } from './documents.service.ts';
import type { DocumentRow } from './documents.store.ts';

const hasControlCharacter = (text: string) =>
  Array.from(text).some((c) => {
    const code = c.charCodeAt(0);
    return code < 0x20 || code === 0x7f;
  });

/** The name of an uploaded file as the browser sends it, reduced to its last path part. */
export const uploadedFileName = z
  .string()
  .max(200, '文件名不能超过 200 个字符')
  // Only the last part of a path is a name; browsers on some systems send the whole path.
  .transform((name) => (name.split(/[\\/]/).pop() ?? '').trim())
  .refine((name) => name.length > 0, '请提供文件名')
  .refine((name) => !hasControlCharacter(name), '文件名不能包含控制字符');

interface SendContext {
  services: RequestServices;
  db: Queryable;
  request: FastifyRequest;
  audit(db: Queryable, entry: AuditEntry): Promise<void>;
}

/**
 * Sends a document's original inline, after checking it against its checksum, and audits the view under
 * `action` (each kind of view has its own action name so the audit search can tell them apart).
 */
export async function sendStoredDocument(
  ctx: SendContext,
  childId: string,
  doc: DocumentRow,
  action: AuditAction,
): Promise<FileReply> {
  const bytes = await documentStorage(ctx.services).get(doc.storageKey);
  // A file changed or damaged on disk is a server fault, never something to hand out.
  if (sha256Hex(bytes) !== doc.sha256) {
    ctx.request.log.error({ documentId: doc.id }, 'stored document does not match its checksum');
    throw new AppError('INTERNAL');
  }
  await ctx.audit(ctx.db, {
    action,
    targetType: 'child',
    targetId: childId,
    details: { documentId: doc.id, title: doc.title, mimeType: doc.mimeType, sizeBytes: doc.sizeBytes },
  });
  // Sandboxed with no sources (platform/security-headers.ts): opened on its own, the file runs nothing.
  return { bytes, contentType: doc.mimeType, disposition: inlineDisposition(doc.fileName), sandboxed: true };
}
