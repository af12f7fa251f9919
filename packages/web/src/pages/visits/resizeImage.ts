// Photos from a phone camera are several megabytes; a visit photo only has to show the home and the child.
// Shrinking in the browser keeps the outbox small and the upload short on a weak signal.

export const PHOTO_LONG_SIDE = 1600;
const JPEG_QUALITY = 0.82;

/** The size that fits within `longSide` keeping the proportions; never enlarges. */
export function fittedSize(
  width: number,
  height: number,
  longSide = PHOTO_LONG_SIDE,
): { width: number; height: number } {
  const scale = Math.min(1, longSide / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** A JPEG no larger than `longSide` on its long side; the original when the browser cannot decode it. */
export async function resizeImage(file: Blob, longSide = PHOTO_LONG_SIDE): Promise<Blob> {
  try {
    const bitmap = await createImageBitmap(file);
    const size = fittedSize(bitmap.width, bitmap.height, longSide);
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const context = canvas.getContext('2d');
    if (!context) return file;
    context.drawImage(bitmap, 0, 0, size.width, size.height);
    bitmap.close();
    const resized = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', JPEG_QUALITY));
    // A small PNG can come out larger as a JPEG: keep whichever is smaller.
    return resized && resized.size < file.size ? resized : file;
  } catch {
    return file;
  }
}
