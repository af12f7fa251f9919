// The visit outbox without a browser: a Map stands in for IndexedDB and a scripted transport for the network.
import { describe, expect, it, vi } from 'vitest';

// The API client reads the language from i18n, which needs a document; the outbox only needs its error class.
vi.mock('./i18n', () => ({ default: { t: (key: string) => key, language: 'zh-CN' } }));

const { ApiError } = await import('./api/client');
const { makeVisitOutbox } = await import('./api/visitOutbox');
const { isRetryable } = await import('./api/outbox');
type OutboxItem = import('./api/visitOutbox').VisitOutboxItem;
type VisitInput = import('./api/visits').VisitInput;

function memoryStorage() {
  const map = new Map<string, OutboxItem>();
  return {
    map,
    get: (key: string) => Promise.resolve(map.get(key)),
    set: (key: string, item: OutboxItem) => Promise.resolve(void map.set(key, item)),
    del: (key: string) => Promise.resolve(void map.delete(key)),
    values: () => Promise.resolve([...map.values()]),
  };
}

const offline = () => new ApiError(0, 'NETWORK_ERROR', 'offline');
/** The server's answer to a photo: the id it is stored under. */
const stored = (..._: unknown[]) => Promise.resolve({ id: 'photo-1' });
const visit = (id: string): VisitInput => ({
  id,
  childId: '00000000-0000-4000-8000-000000000001',
  visitDate: '2026-12-01',
  kind: 'home',
});
const entry = (id: string, photos: Blob[] = []) => ({ visit: visit(id), childName: '张三', owner: 'u1', photos });

describe('visit outbox', () => {
  it('sends at once when the network answers, and keeps nothing', async () => {
    const storage = memoryStorage();
    const sent: string[] = [];
    const outbox = makeVisitOutbox(storage, {
      postVisit: (v) => Promise.resolve(void sent.push(v.id)),
      postPhoto: stored,
      putThumbnail: () => Promise.resolve(),
    });
    expect(await outbox.submit(entry('a', [new Blob(['x'])]))).toEqual({ outcome: 'sent' });
    expect(sent).toEqual(['a']);
    expect(storage.map.size).toBe(0);
    expect(outbox.pendingCount()).toBe(0);
  });

  it('keeps a visit typed offline with its photos and sends it later, photos once each', async () => {
    const storage = memoryStorage();
    let online = false;
    const photos: Blob[] = [];
    const outbox = makeVisitOutbox(storage, {
      postVisit: () => (online ? Promise.resolve() : Promise.reject(offline())),
      postPhoto: (_id, photo) => (online ? stored(_id, void photos.push(photo)) : Promise.reject(offline())),
      putThumbnail: () => Promise.resolve(),
    });
    const listener = vi.fn();
    outbox.subscribe(listener);
    const picture = new Blob(['jpeg']);
    expect(await outbox.submit(entry('b', [picture]))).toEqual({ outcome: 'waiting' });
    expect(outbox.pendingCount()).toBe(1);
    expect(listener).toHaveBeenCalled();
    expect((await outbox.items('u1'))[0]?.photos).toHaveLength(1);
    // Another user on the same phone does not send it.
    online = true;
    await outbox.flush('u2');
    expect(outbox.pendingCount()).toBe(1);
    await outbox.flush('u1');
    expect(outbox.pendingCount()).toBe(0);
    expect(photos).toEqual([picture]);
  });

  it('resumes after the photos already sent when the signal drops halfway', async () => {
    const storage = memoryStorage();
    let calls = 0;
    const visits: string[] = [];
    const outbox = makeVisitOutbox(storage, {
      postVisit: (v) => Promise.resolve(void visits.push(v.id)),
      postPhoto: () => (++calls === 2 ? Promise.reject(offline()) : stored()),
      putThumbnail: () => Promise.resolve(),
    });
    const result = await outbox.submit(entry('c', [new Blob(['1']), new Blob(['2']), new Blob(['3'])]));
    expect(result.outcome).toBe('waiting');
    expect(storage.map.get('c')).toMatchObject({ visitSent: true, photosSent: 1 });
    await outbox.flush('u1');
    expect(calls).toBe(4);
    expect(visits).toEqual(['c']);
    expect(storage.map.size).toBe(0);
  });

  it('does not keep a visit the server refuses when typed, and marks one refused later', async () => {
    const storage = memoryStorage();
    let refuse = false;
    const outbox = makeVisitOutbox(storage, {
      postVisit: () =>
        refuse ? Promise.reject(new ApiError(422, 'VALIDATION_FAILED', '走访日期晚于今天')) : Promise.reject(offline()),
      postPhoto: stored,
      putThumbnail: () => Promise.resolve(),
    });
    refuse = true;
    expect((await outbox.submit(entry('d'))).outcome).toBe('refused');
    expect(storage.map.size).toBe(0);
    refuse = false;
    await outbox.submit(entry('e'));
    refuse = true;
    await outbox.flush('u1');
    expect(storage.map.get('e')?.refused).toBe('走访日期晚于今天');
    await outbox.discard('e');
    expect(outbox.pendingCount()).toBe(0);
  });

  it('sends each photo’s thumbnail after it under the id the server gave the photo, and keeps both while offline', async () => {
    const storage = memoryStorage();
    let online = false;
    const sent: string[] = [];
    const outbox = makeVisitOutbox(storage, {
      postVisit: () => (online ? Promise.resolve() : Promise.reject(offline())),
      postPhoto: (_id, photo) => {
        if (!online) return Promise.reject(offline());
        sent.push(`photo ${photo.size}`);
        return Promise.resolve({ id: `p${photo.size}` });
      },
      putThumbnail: (_id, photoId, thumbnail) => Promise.resolve(void sent.push(`${photoId} ${thumbnail.size}`)),
    });
    const photos = [new Blob(['1']), new Blob(['22'])];
    const thumbnails = [new Blob(['t']), null];
    expect((await outbox.submit({ ...entry('f', photos), thumbnails })).outcome).toBe('waiting');
    expect(storage.map.get('f')?.thumbnails).toEqual(thumbnails);
    online = true;
    await outbox.flush('u1');
    // The second photo had no thumbnail (the browser could not draw one): it is sent alone.
    expect(sent).toEqual(['photo 1', 'p1 1', 'photo 2']);
    expect(storage.map.size).toBe(0);
  });

  it('sends a thumbnail lost to the signal again with its photo; a refused one does not hold back the visit', async () => {
    const storage = memoryStorage();
    let thumbnailCalls = 0;
    const photoCalls: string[] = [];
    const outbox = makeVisitOutbox(storage, {
      postVisit: () => Promise.resolve(),
      postPhoto: (id) => Promise.resolve(void photoCalls.push(id)).then(() => ({ id: 'same-photo' })),
      putThumbnail: () => {
        thumbnailCalls += 1;
        if (thumbnailCalls === 1) return Promise.reject(offline());
        return Promise.reject(new ApiError(400, 'VISIT_THUMBNAIL_TOO_LARGE', '缩略图过大'));
      },
    });
    const item = { ...entry('g', [new Blob(['1'])]), thumbnails: [new Blob(['t'])] };
    expect((await outbox.submit(item)).outcome).toBe('waiting');
    expect(storage.map.get('g')).toMatchObject({ visitSent: true });
    expect(storage.map.get('g')?.photosSent ?? 0).toBe(0);
    await outbox.flush('u1');
    expect(photoCalls).toEqual(['g', 'g']);
    expect(thumbnailCalls).toBe(2);
    expect(storage.map.size).toBe(0);
  });

  it('sends a visit kept before thumbnails were made (no thumbnails, progress saved) from where it stopped', async () => {
    const storage = memoryStorage();
    const photos: Blob[] = [];
    const thumbnail = vi.fn(() => Promise.resolve());
    const outbox = makeVisitOutbox(storage, {
      postVisit: () => Promise.reject(new Error('the visit was already sent')),
      postPhoto: (_id, photo) => stored(void photos.push(photo)),
      putThumbnail: thumbnail,
    });
    const second = new Blob(['2']);
    const earlier: OutboxItem = {
      ...entry('h', [new Blob(['1']), second]),
      savedAt: '2026-11-30T08:00:00.000Z',
      visitSent: true,
      photosSent: 1,
    };
    storage.map.set('h', earlier);
    await outbox.flush('u1');
    expect(photos).toEqual([second]);
    expect(thumbnail).not.toHaveBeenCalled();
    expect(storage.map.size).toBe(0);
  });

  it('retries network faults, server faults and an ended session, not a refusal', () => {
    expect(isRetryable(offline())).toBe(true);
    expect(isRetryable(new ApiError(503, 'HTTP_503', 'busy'))).toBe(true);
    expect(isRetryable(new ApiError(401, 'UNAUTHENTICATED', 'signed out'))).toBe(true);
    expect(isRetryable(new ApiError(422, 'VALIDATION_FAILED', 'bad'))).toBe(false);
  });
});
