// Photos from a phone camera are several megabytes; a visit photo only has to show the home and the child.
// Shrinking in the browser keeps the outbox small and the upload short on a weak signal. A thumbnail is drawn at
// the same time, so the visit timeline shows the photos without loading each one whole.
import { THUMBNAIL_LONG_SIDE, THUMBNAIL_MAX_BYTES } from '@hehu/domain/photo';

export const PHOTO_LONG_SIDE = 1600;
const JPEG_QUALITY = 0.82;
/** Lower for a thumbnail: at 320 px the loss does not show, and it stays far below the server's limit. */
const THUMBNAIL_QUALITY = 0.7;

/** The size that fits within `longSide` keeping the proportions; never enlarges. */
export function fittedSize(
  width: number,
  height: number,
  longSide = PHOTO_LONG_SIDE,
): { width: number; height: number } {
  const scale = Math.min(1, longSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** The image redrawn as a JPEG within `longSide`; null when the browser cannot decode or draw it. */
async function drawJpeg(file: Blob, longSide: number, quality: number): Promise<Blob | null> {
  try {
    const bitmap = await createImageBitmap(file);
    const size = fittedSize(bitmap.width, bitmap.height, longSide);
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const context = canvas.getContext('2d');
    if (!context) return null;
    context.drawImage(bitmap, 0, 0, size.width, size.height);
    bitmap.close();
    return await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
  } catch {
    return null;
  }
}

/** A JPEG no larger than `longSide` on its long side; the original when the browser cannot decode it. */
export async function resizeImage(file: Blob, longSide = PHOTO_LONG_SIDE): Promise<Blob> {
  const resized = await drawJpeg(file, longSide, JPEG_QUALITY);
  // A small PNG can come out larger as a JPEG: keep whichever is smaller.
  return resized && resized.size < file.size ? resized : file;
}

/** The photo's thumbnail (320 px long side, JPEG), or null when none can be made: the photo then shows itself. */
export async function makeThumbnail(file: Blob): Promise<Blob | null> {
  const thumbnail = await drawJpeg(file, THUMBNAIL_LONG_SIDE, THUMBNAIL_QUALITY);
  // One the server would refuse is not worth keeping on the phone.
  return thumbnail && thumbnail.size <= THUMBNAIL_MAX_BYTES ? thumbnail : null;
}
