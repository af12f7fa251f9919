// The demo documents: generated files stored as an upload is (the application's document storage seals them with
// SM4), typed from their bytes and checksummed like an upload, with the document row the documents module writes.
import type { documents } from '../../db/schema.ts';
import { sha256Hex, sniffMimeType } from '../../modules/documents/documents.service.ts';
import type { DocumentStorage } from '../../modules/documents/documents.storage.ts';
import { demoCard, demoPdf, demoPortrait } from './files.ts';
import type { DocumentKind, PlannedDocument } from './types.ts';

export interface DocumentJob {
  doc: PlannedDocument;
  childId: string;
  subjectType: 'child' | 'person' | 'situation' | 'category';
  subjectId: string;
  uploadedBy: string | null;
  at: Date;
  /** A photo's id is known before its row (the child points at it). */
  documentId?: string;
}

/** Scans and certificates are pictures; decisions, judgments and agreements are PDFs. */
const AS_PDF: ReadonlySet<DocumentKind> = new Set(['decision', 'judgment', 'diagnosis', 'care_agreement']);

export function documentBytes(doc: PlannedDocument): { bytes: Buffer; extension: string } {
  if (doc.kind === 'photo') return { bytes: demoPortrait(doc.lines.join('')), extension: 'png' };
  if (AS_PDF.has(doc.kind)) return { bytes: demoPdf(doc.lines), extension: 'pdf' };
  return { bytes: demoCard(doc.lines), extension: 'png' };
}

/** Stores each file, then returns the rows to insert; `stored` collects the keys for cleanup on failure. */
export async function storeDocuments(
  storage: DocumentStorage,
  jobs: readonly DocumentJob[],
  stored: string[],
): Promise<(typeof documents.$inferInsert)[]> {
  const rows: (typeof documents.$inferInsert)[] = [];
  for (const job of jobs) {
    const { bytes, extension } = documentBytes(job.doc);
    const mimeType = sniffMimeType(bytes);
    if (!mimeType) throw new Error(`generated ${job.doc.kind} document has no accepted type`);
    const key = await storage.put(bytes);
    stored.push(key);
    rows.push({
      id: job.documentId ?? job.doc.id,
      childId: job.childId,
      subjectType: job.subjectType,
      subjectId: job.subjectId,
      title: job.doc.title,
      fileName: `${job.doc.title}.${extension}`,
      mimeType,
      sizeBytes: bytes.length,
      sha256: sha256Hex(bytes),
      storageKey: key,
      uploadedBy: job.uploadedBy,
      createdAt: job.at,
    });
  }
  return rows;
}
