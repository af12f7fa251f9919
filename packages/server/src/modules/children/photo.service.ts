// The child's portrait. A photo is a document of the child's own file (so it is stored, checksummed and
// listed like every other document) that `children.photo_document_id` points at. Setting one stores the
// bytes first, then in one transaction adds the document row, points the child at it, bumps the version
// and writes the history entry and the audit row; if that transaction fails the stored bytes are removed.
// Replacing a photo only moves the pointer: the earlier photo stays among the documents, since nothing
// on a child's file is ever deleted by a user.
import { isPhotoMimeType, PHOTO_MAX_BYTES, PHOTO_MAX_MB, PHOTO_MIME_TYPES } from '@hehu/domain/photo';
import { and, eq, sql } from 'drizzle-orm';
import { children, documents } from '../../db/schema.ts';
import type { Actor } from '../../platform/access.ts';
import { AppError } from '../../platform/errors.ts';
import type { RouteContext } from '../../platform/http.ts';
import type { RouteAccess } from '../../platform/permissions.ts';
import { documentStorage, sha256Hex, sniffMimeType, getDocument, type DocumentRow } from '../documents/index.ts';
import { getChildRow, type ChildRow } from './children.store.ts';
import { recordHistory } from './children.service.ts';

type Ctx = RouteContext<unknown, unknown, unknown, RouteAccess> & { actor: Actor };

/** The title of a photo among the child's documents; the kind of document a portrait is. */
export const PHOTO_TITLE = '儿童照片';

const EXTENSION: Record<(typeof PHOTO_MIME_TYPES)[number], string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
};

export interface SetPhotoInput {
  childId: string;
  bytes: Buffer;
  /** The name the file had on the user's device; `photo.<ext>` when none is given. */
  fileName: string | undefined;
  /** The version the user saw; a different current version is a conflict. Optional: a photo is one field. */
  version: number | undefined;
}

export interface SetPhotoResult {
  photoDocumentId: string;
  version: number;
  mimeType: string;
  sizeBytes: number;
}

function refuseArchived(row: ChildRow): void {
  if (row.status === 'archived')
    throw AppError.rule('CHILD_ARCHIVED', '档案已归档，不能修改', 'The file is archived and cannot be changed');
}

/** The type from the bytes (the documents' own signatures), limited to the three image types. */
export function checkPhotoBytes(bytes: Buffer): (typeof PHOTO_MIME_TYPES)[number] {
  if (bytes.length > PHOTO_MAX_BYTES) {
    // The route's body limit refuses larger bodies first (413); this keeps the service honest on its own.
    throw AppError.rule(
      'PHOTO_TOO_LARGE',
      `照片（file）不能超过 ${String(PHOTO_MAX_MB)} MB`,
      `The photo (file) must not exceed ${String(PHOTO_MAX_MB)} MB`,
      { field: 'file', maxBytes: PHOTO_MAX_BYTES },
    );
  }
  const mimeType = sniffMimeType(bytes);
  if (!isPhotoMimeType(mimeType)) {
    throw AppError.rule(
      'PHOTO_TYPE_NOT_ALLOWED',
      '照片（file）只能是 JPG、PNG 或 WebP 图片（按文件内容识别，与扩展名无关）',
      'The photo (file) must be a JPG, PNG or WebP image (the type is read from the content, not the name)',
      { field: 'file', allowed: PHOTO_MIME_TYPES, detected: mimeType ?? null },
    );
  }
  return mimeType;
}

export async function setChildPhoto(ctx: Ctx, input: SetPhotoInput): Promise<SetPhotoResult> {
  const scope = ctx.scope('children:write');
  // Scope and status first, so nothing is written to disk for a child the caller may not change.
  const seen = await getChildRow(ctx.db, scope, input.childId);
  if (!seen) throw new AppError('NOT_FOUND');
  refuseArchived(seen);
  const mimeType = checkPhotoBytes(input.bytes);
  const fileName = input.fileName ?? `photo.${EXTENSION[mimeType]}`;
  const sizeBytes = input.bytes.length;
  const storage = documentStorage(ctx.services);
  const key = await storage.put(input.bytes);
  try {
    return await ctx.transaction(async (tx) => {
      // The file checked above, read again under a lock now that the bytes are stored.
      const [before] = await tx.select().from(children).where(eq(children.id, seen.id)).for('update');
      if (!before) throw new AppError('NOT_FOUND');
      refuseArchived(before);
      if (input.version !== undefined && before.version !== input.version)
        throw new AppError('CONFLICT', { currentVersion: before.version });
      const [doc] = await tx
        .insert(documents)
        .values({
          childId: before.id,
          subjectType: 'child',
          subjectId: before.id,
          title: PHOTO_TITLE,
          fileName,
          mimeType,
          sizeBytes,
          sha256: sha256Hex(input.bytes),
          storageKey: key,
          uploadedBy: ctx.actor.userId,
        })
        .returning({ id: documents.id });
      if (!doc) throw new Error('document insert returned no row');
      // The version in the condition: a concurrent edit between the read above and here is a conflict.
      const [updated] = await tx
        .update(children)
        .set({ photoDocumentId: doc.id, version: sql`${children.version} + 1`, updatedAt: new Date() })
        .where(and(eq(children.id, before.id), eq(children.version, before.version)))
        .returning({ version: children.version });
      if (!updated) throw new AppError('CONFLICT', { currentVersion: before.version });
      // The history names the files (document ids mean nothing to a reader); the audit row keeps the ids.
      const [previous] = before.photoDocumentId
        ? await tx
            .select({ fileName: documents.fileName })
            .from(documents)
            .where(eq(documents.id, before.photoDocumentId))
        : [];
      const change = { field: 'photo', from: previous?.fileName ?? null, to: fileName };
      await recordHistory(tx, ctx.actor, before.id, 'update', [change]);
      await ctx.audit(tx, {
        action: 'child.photo.set',
        targetType: 'child',
        targetId: before.id,
        before: { photoDocumentId: before.photoDocumentId },
        after: { photoDocumentId: doc.id },
        details: { documentId: doc.id, fileName, mimeType, sizeBytes },
      });
      return { photoDocumentId: doc.id, version: updated.version, mimeType, sizeBytes };
    });
  } catch (error) {
    // No row points at the file, so nothing could ever read it: remove it rather than leak it.
    await storage.remove(key).catch(() => undefined);
    throw error;
  }
}

/** The current photo's document of a child already loaded within the caller's scope, if there is one. */
export async function currentPhoto(ctx: Ctx, child: ChildRow): Promise<DocumentRow | undefined> {
  if (!child.photoDocumentId) return undefined;
  // Through the child: a photo whose document has moved to another file (a merge) is not this child's.
  return getDocument(ctx.db, child.id, child.photoDocumentId);
}
