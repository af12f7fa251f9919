// Uploading a document: the type from its bytes, the subject from the child's own file, the bytes stored
// before the row, and the stored file removed again if the row and its audit entry are not committed.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Config } from '../../config.ts';
import type { Queryable, Tx } from '../../db/connection.ts';
import { documents } from '../../db/schema.ts';
import type { AuditEntry } from '../../platform/audit.ts';
import { AppError } from '../../platform/errors.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import { diskDocumentStorage, type DocumentStorage } from './documents.storage.ts';
import { documentColumns, subjectBelongsToChild, type SubjectType } from './documents.store.ts';

export const DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;

const startsWith = (bytes: Buffer, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);

const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));

/** Magic numbers of the accepted types; the name and the declared content type are never trusted. */
const SIGNATURES: readonly { mimeType: string; matches(bytes: Buffer): boolean }[] = [
  { mimeType: 'application/pdf', matches: (b) => startsWith(b, ascii('%PDF-')) },
  { mimeType: 'image/png', matches: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { mimeType: 'image/jpeg', matches: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  { mimeType: 'image/webp', matches: (b) => startsWith(b, ascii('RIFF')) && startsWith(b, ascii('WEBP'), 8) },
];

/**
 * Markers of a web page. A file that is a PDF or an image by its first bytes and also carries these (a
 * polyglot) is refused: a browser or viewer that guesses the type could run it as a page of this site. XML by
 * itself is not one: PDFs and JPEGs carry XMP metadata (`<?xpacket`, `<x:xmpmeta`).
 */
const HTML_MARKERS =
  /<(?:script|html|svg|iframe|frameset|body|head|object|embed|meta|link|base|form|img|!doctype)[\s/>]/i;
/** Always searched: where browsers sniff, and where a PNG's text chunks and a PDF's header sit. */
const HEAD_BYTES = 4096;
/** Searched whole up to this size; deeper in a large file random compressed bytes could spell a tag. */
const SMALL_FILE_BYTES = 1024 * 1024;

/** The first marker of a web page in the bytes, or undefined. */
export function htmlMarker(bytes: Buffer): string | undefined {
  const scanned = bytes.subarray(0, bytes.length <= SMALL_FILE_BYTES ? bytes.length : HEAD_BYTES).toString('latin1');
  // UTF-16 text hides a tag between NUL bytes.
  const head = scanned.slice(0, HEAD_BYTES).replaceAll('\0', '');
  const found = HTML_MARKERS.exec(scanned) ?? HTML_MARKERS.exec(head);
  return found?.[0].slice(0, -1).toLowerCase();
}

/**
 * The type of an upload from its bytes, one of the accepted ones, or undefined. Bytes that are one of them and a
 * web page at once are refused with DOCUMENT_ACTIVE_CONTENT (documents and photos alike).
 */
export function sniffMimeType(bytes: Buffer): string | undefined {
  const mimeType = SIGNATURES.find((s) => s.matches(bytes))?.mimeType;
  if (!mimeType) return undefined;
  const marker = htmlMarker(bytes);
  if (marker) {
    throw AppError.rule(
      'DOCUMENT_ACTIVE_CONTENT',
      `文件（file）既是 ${mimeType} 又含网页标记 ${marker}，不能上传：请重新扫描或另存为 PDF/图片后再上传`,
      `The file (file) is a ${mimeType} that also holds the web-page tag ${marker}; scan it again or save it anew as a PDF or image`,
      { field: 'file', detected: mimeType, marker },
    );
  }
  return mimeType;
}

export function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function documentStorage(services: { config: Config; cipher: FieldCipher }): DocumentStorage {
  return diskDocumentStorage(path.join(services.config.dataDir, 'documents'), services.cipher);
}

/** RFC 6266/5987: the name survives any characters (Chinese included) and cannot break the header. */
export function inlineDisposition(fileName: string): string {
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `inline; filename*=UTF-8''${encoded}`;
}

export interface UploadInput {
  childId: string;
  subjectType: SubjectType;
  subjectId: string | undefined;
  title: string;
  fileName: string;
  bytes: Buffer;
  uploadedBy: string;
}

export interface UploadDeps {
  db: Queryable;
  storage: DocumentStorage;
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  audit(tx: Tx, entry: AuditEntry): Promise<void>;
}

export async function uploadDocument(deps: UploadDeps, input: UploadInput) {
  const mimeType = sniffMimeType(input.bytes);
  if (!mimeType) {
    throw AppError.rule(
      'DOCUMENT_TYPE_NOT_ALLOWED',
      '只能上传 PDF、JPG、PNG、WebP 文件（按文件内容识别）',
      'Only PDF, JPG, PNG and WebP files can be uploaded (the type is read from the content)',
      { field: 'file', allowed: SIGNATURES.map((s) => s.mimeType) },
    );
  }
  const subjectId = input.subjectId ?? input.childId;
  if (!(await subjectBelongsToChild(deps.db, input.childId, input.subjectType, subjectId))) {
    throw AppError.rule(
      'DOCUMENT_SUBJECT_INVALID',
      '材料所属的对象不在该儿童的档案中',
      "The document's subject is not part of this child's file",
      { field: 'subjectId', subjectType: input.subjectType },
    );
  }
  const sizeBytes = input.bytes.length;
  const key = await deps.storage.put(input.bytes);
  try {
    return await deps.transaction(async (tx) => {
      const [row] = await tx
        .insert(documents)
        .values({
          childId: input.childId,
          subjectType: input.subjectType,
          subjectId,
          title: input.title,
          fileName: input.fileName,
          mimeType,
          sizeBytes,
          sha256: sha256Hex(input.bytes),
          storageKey: key,
          uploadedBy: input.uploadedBy,
        })
        .returning(documentColumns);
      if (!row) throw new Error('document insert returned no row');
      await deps.audit(tx, {
        action: 'document.upload',
        targetType: 'child',
        targetId: input.childId,
        details: { documentId: row.id, title: input.title, mimeType, sizeBytes, subjectType: input.subjectType },
      });
      return row;
    });
  } catch (error) {
    // No row points at the file, so nothing could ever read it: remove it rather than leak it.
    await deps.storage.remove(key).catch(() => undefined);
    throw error;
  }
}
