// The child's portrait: where to load it from, what the browser checks before sending, and the upload
// (PUT with the raw bytes, as the contract's upload routes expect). The rule numbers come from the
// domain package, the same ones the server applies.
import { isPhotoMimeType, PHOTO_MAX_BYTES } from '@hehu/domain/photo';
import { buildUrl } from './client';
import { uploadRaw, type UploadOptions } from './files';
import type { ChildFile } from './registry';
import type { Answer } from './types';

/** PUT /api/children/:id/photo answers this. */
export type PhotoSet = Answer<'putChildrenByIdPhoto'>;

/** GET /api/children/:id carries the current photo's document id (null when there is none). */
export function photoDocumentIdOf(child: ChildFile): string | null {
  return child.photoDocumentId;
}

/**
 * The image address. The document id makes a replaced photo a new address, so the browser loads it
 * again; the server sends the photo with `no-store`, and each load is audited there.
 */
export function photoUrl(childId: string, photoDocumentId: string): string {
  return buildUrl(`/api/children/${encodeURIComponent(childId)}/photo`, { v: photoDocumentId });
}

export type PhotoProblem = 'type' | 'size' | 'empty';

/**
 * What the browser can tell before sending: the declared type and the size. The server reads the
 * type from the bytes and has the last word.
 */
export function checkPhotoFile(file: Pick<File, 'type' | 'size'>): PhotoProblem | null {
  if (!isPhotoMimeType(file.type)) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > PHOTO_MAX_BYTES) return 'size';
  return null;
}

/** Sets or replaces the child's photo. A failure ends in the same ApiError as every other call. */
export function uploadPhoto(
  childId: string,
  file: File,
  options: Pick<UploadOptions, 'onProgress'> = {},
): Promise<PhotoSet> {
  return uploadRaw<PhotoSet>(`/api/children/${encodeURIComponent(childId)}/photo`, file, {
    ...options,
    method: 'PUT',
    query: { fileName: file.name },
  });
}
