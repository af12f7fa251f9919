// The assessment outbox without a browser: a Map stands in for IndexedDB and a scripted server for the network.
import { describe, expect, it, vi } from 'vitest';

// The API client reads the language from i18n, which needs a document; the outbox only needs its error class.
vi.mock('./i18n', () => ({ default: { t: (key: string) => key, language: 'zh-CN' } }));

const { ApiError } = await import('./api/client');
const { makeAssessmentOutbox } = await import('./api/assessmentOutbox');
type Item = import('./api/assessmentOutbox').AssessmentOutboxItem;
type Assessment = import('./api/visits').Assessment;
type AssessmentInput = import('./api/visits').AssessmentInput;

function memoryStorage() {
  const map = new Map<string, Item>();
  return {
    map,
    get: (key: string) => Promise.resolve(map.get(key)),
    set: (key: string, item: Item) => Promise.resolve(void map.set(key, item)),
    del: (key: string) => Promise.resolve(void map.delete(key)),
    values: () => Promise.resolve([...map.values()]),
  };
}

const CHILD = '00000000-0000-4000-8000-000000000001';
const offline = () => new ApiError(0, 'NETWORK_ERROR', 'offline');
const input = (id: string): AssessmentInput => ({ id, assessedOn: '2026-12-01', answers: { schooling: 'attending' } });
const entry = (id: string, owner = 'u1') => ({ childId: CHILD, assessment: input(id), childName: '张三', owner });

/** A server that stores each assessment once by its id and answers a resend with the stored one, as the API does. */
function server() {
  const stored = new Map<string, Assessment>();
  let online = true;
  const received: string[] = [];
  const post = (childId: string, a: AssessmentInput): Promise<Assessment> => {
    if (!online) return Promise.reject(offline());
    received.push(a.id);
    const earlier = stored.get(a.id);
    if (earlier) return Promise.resolve({ ...earlier, replayed: true });
    const made = { id: a.id, childId, level: 'normal', total: 0, replayed: false } as unknown as Assessment;
    stored.set(a.id, made);
    return Promise.resolve(made);
  };
  return {
    post,
    stored,
    received,
    setOnline: (value: boolean) => {
      online = value;
    },
  };
}

describe('assessment outbox', () => {
  it('sends at once when the network answers, returns the server’s result and keeps nothing', async () => {
    const storage = memoryStorage();
    const api = server();
    const outbox = makeAssessmentOutbox(storage, api.post);
    const result = await outbox.submit(entry('a'));
    expect(result.outcome).toBe('sent');
    expect(result.outcome === 'sent' && result.result.id).toBe('a');
    expect(storage.map.size).toBe(0);
    expect(outbox.pendingCount()).toBe(0);
  });

  it('keeps an assessment typed offline, shows it waiting, and sends it once the signal is back', async () => {
    const storage = memoryStorage();
    const api = server();
    api.setOnline(false);
    const outbox = makeAssessmentOutbox(storage, api.post);
    const seen: number[] = [];
    outbox.subscribe(() => seen.push(outbox.pendingCount()));
    expect((await outbox.submit(entry('b'))).outcome).toBe('waiting');
    expect(outbox.pendingCount()).toBe(1);
    expect((await outbox.items('u1')).map((i) => i.assessment.id)).toEqual(['b']);
    // Another user on the same phone neither sees nor sends it.
    expect(await outbox.items('u2')).toEqual([]);
    await outbox.flush('u2');
    expect(api.received).toEqual([]);

    await outbox.flush('u1');
    expect(outbox.pendingCount()).toBe(1);
    api.setOnline(true);
    await outbox.flush('u1');
    expect(api.stored.size).toBe(1);
    expect(storage.map.size).toBe(0);
    expect(seen.at(-1)).toBe(0);
  });

  it('sends once when two flushes start together (the online event and the timer)', async () => {
    const storage = memoryStorage();
    const api = server();
    api.setOnline(false);
    const outbox = makeAssessmentOutbox(storage, api.post);
    await outbox.submit(entry('c'));
    api.setOnline(true);
    await Promise.all([outbox.flush('u1'), outbox.flush('u1')]);
    expect(api.received).toEqual(['c']);
    expect(api.stored.size).toBe(1);
  });

  it('keeps it when the answer is lost after the server stored it; the resend finds the same assessment', async () => {
    const storage = memoryStorage();
    const api = server();
    let dropAnswer = true;
    const outbox = makeAssessmentOutbox(storage, async (childId, a) => {
      const answer = await api.post(childId, a);
      if (dropAnswer) throw offline();
      return answer;
    });
    expect((await outbox.submit(entry('d'))).outcome).toBe('waiting');
    expect(storage.map.has('d')).toBe(true);
    dropAnswer = false;
    await outbox.flush('u1');
    expect(api.received).toEqual(['d', 'd']);
    expect(api.stored.size).toBe(1);
    expect(storage.map.size).toBe(0);
  });

  it('does not keep one the server refuses when typed, and marks one refused later without sending it again', async () => {
    const storage = memoryStorage();
    let refuse = true;
    const outbox = makeAssessmentOutbox(storage, (childId, a) =>
      refuse
        ? Promise.reject(new ApiError(400, 'RISK_ANSWERS_INCOMPLETE', '第 2 项未作答'))
        : Promise.resolve({ id: a.id, childId } as unknown as Assessment),
    );
    expect((await outbox.submit(entry('e'))).outcome).toBe('refused');
    expect(storage.map.size).toBe(0);

    refuse = false;
    const offlinePost = vi.fn((): Promise<Assessment> => Promise.reject(offline()));
    const later = makeAssessmentOutbox(storage, offlinePost);
    await later.submit(entry('f'));
    const refusing = makeAssessmentOutbox(storage, () =>
      Promise.reject(new ApiError(400, 'RISK_DATE_FUTURE', '评估日期晚于今天')),
    );
    await refusing.flush('u1');
    expect(storage.map.get('f')?.refused).toBe('评估日期晚于今天');
    const counting = vi.fn((): Promise<Assessment> => Promise.reject(offline()));
    await makeAssessmentOutbox(storage, counting).flush('u1');
    expect(counting).not.toHaveBeenCalled();
  });
});
