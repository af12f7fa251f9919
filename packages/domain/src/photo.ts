// The child's portrait: which images and how large. One place for the numbers, so the server's check
// and the browser's check before sending cannot drift apart. Import as '@hehu/domain/photo'.

/** 5 MB: a phone photo fits; the documents' 20 MB limit is for scanned multi-page PDFs. */
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;

/** The image types a portrait may be; the server reads the type from the bytes, never from the name. */
export const PHOTO_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoMimeType = (typeof PHOTO_MIME_TYPES)[number];

/** For a file chooser's `accept`: the extensions and the declared types. */
export const PHOTO_ACCEPT = '.jpg,.jpeg,.png,.webp,image/jpeg,image/png,image/webp';

export function isPhotoMimeType(value: string | undefined): value is PhotoMimeType {
  return value !== undefined && (PHOTO_MIME_TYPES as readonly string[]).includes(value);
}

/** The limit in whole megabytes, for messages. */
export const PHOTO_MAX_MB = PHOTO_MAX_BYTES / (1024 * 1024);

/** A visit photo's thumbnail for the timeline: the long side the browser draws it at (as a JPEG). */
export const THUMBNAIL_LONG_SIDE = 320;
/** The most a thumbnail may weigh: a 320 px JPEG is a few dozen KB; anything larger is not a thumbnail. */
export const THUMBNAIL_MAX_KB = 100;
export const THUMBNAIL_MAX_BYTES = THUMBNAIL_MAX_KB * 1024;
