// The visit outbox: a village director on a weak signal must not lose a visit. A visit is kept with its photos and
// their thumbnails (see outbox.ts) and sent in steps: the visit, then each photo with its thumbnail. The server
// stores a visit once per id, a photo once per hash and a photo's first thumbnail only, so a resend is harmless.
import { Outbox, indexedDbStorage, isRetryable, type OutboxEntry, type OutboxStorage } from './outbox';
import { postVisit, postVisitPhoto, putVisitPhotoThumbnail, type VisitInput } from './visits';

export interface VisitOutboxItem extends OutboxEntry {
  visit: VisitInput;
  photos: Blob[];
  /**
   * A small copy of each photo, at the photo's index (null where the browser could not make one). Visits kept
   * before thumbnails were made have none, and their photos are sent alone.
   */
  thumbnails?: (Blob | null)[];
  /** Photos (with their thumbnails) already accepted by the server, so a resend starts after them. */
  photosSent?: number;
  visitSent?: boolean;
}

/** What sends a visit, its photos and their thumbnails; the real API unless a test replaces it. */
export interface VisitTransport {
  postVisit(visit: VisitInput): Promise<unknown>;
  postPhoto(visitId: string, photo: Blob): Promise<{ id: string }>;
  putThumbnail(visitId: string, photoId: string, thumbnail: Blob): Promise<unknown>;
}

/** A refusal that will not change (not an image, too many, too large) must not hold back the rest of the visit. */
async function unlessRefused(step: () => Promise<unknown>): Promise<void> {
  try {
    await step();
  } catch (error) {
    if (isRetryable(error)) throw error;
  }
}

/** The visit, then each photo not yet sent followed by its thumbnail; progress is saved after each step. */
async function sendVisit(
  transport: VisitTransport,
  item: VisitOutboxItem,
  saveProgress: (item: VisitOutboxItem) => Promise<void>,
): Promise<void> {
  const id = item.visit.id;
  let current = item;
  if (current.visitSent !== true) {
    await transport.postVisit(current.visit);
    current = { ...current, visitSent: true };
    await saveProgress(current);
  }
  for (let index = current.photosSent ?? 0; index < current.photos.length; index++) {
    const photo = current.photos[index];
    const thumbnail = current.thumbnails?.[index] ?? null;
    if (photo === undefined) break;
    await unlessRefused(async () => {
      // A photo sent again answers with the id it was stored under, so the thumbnail always finds its photo.
      const stored = await transport.postPhoto(id, photo);
      if (thumbnail !== null) await unlessRefused(() => transport.putThumbnail(id, stored.id, thumbnail));
    });
    current = { ...current, photosSent: index + 1 };
    await saveProgress(current);
  }
}

export type VisitOutbox = Outbox<VisitOutboxItem, void>;

export function makeVisitOutbox(storage: OutboxStorage<VisitOutboxItem>, transport: VisitTransport): VisitOutbox {
  return new Outbox(storage, {
    idOf: (item) => item.visit.id,
    sendOne: (item, saveProgress) => sendVisit(transport, item, saveProgress),
  });
}

let shared: VisitOutbox | null = null;

/** The app's one visit outbox, opened on first use, in the database visits have always been kept in. */
export function visitOutbox(): VisitOutbox {
  shared ??= makeVisitOutbox(indexedDbStorage('hehu-outbox', 'visits'), {
    postVisit,
    postPhoto: postVisitPhoto,
    putThumbnail: putVisitPhotoThumbnail,
  });
  return shared;
}
