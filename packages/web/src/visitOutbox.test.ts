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
      postPhoto: () => Promise.resolve(),
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
      postPhoto: (_id, photo) => (online ? Promise.resolve(void photos.push(photo)) : Promise.reject(offline())),
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
      postPhoto: () => (++calls === 2 ? Promise.reject(offline()) : Promise.resolve()),
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
      postPhoto: () => Promise.resolve(),
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

  it('retries network faults, server faults and an ended session, not a refusal', () => {
    expect(isRetryable(offline())).toBe(true);
    expect(isRetryable(new ApiError(503, 'HTTP_503', 'busy'))).toBe(true);
    expect(isRetryable(new ApiError(401, 'UNAUTHENTICATED', 'signed out'))).toBe(true);
    expect(isRetryable(new ApiError(422, 'VALIDATION_FAILED', 'bad'))).toBe(false);
  });
});
