// The documents module's public face: other modules import only from here (lint rule in eslint.config.js).
export { sendStoredDocument, uploadedFileName } from './documents.http.ts';
export {
  DOCUMENT_MAX_BYTES,
  documentStorage,
  inlineDisposition,
  sha256Hex,
  sniffMimeType,
  uploadDocument,
} from './documents.service.ts';
export { type DocumentRow, getDocument } from './documents.store.ts';
