// The outboxes open the IndexedDB databases and stores that visits and assessments were kept in before the outbox
// was one module: renaming either would leave what a user typed offline unread on the phone, never sent.
import { describe, expect, it, vi } from 'vitest';

vi.mock('./i18n', () => ({ default: { t: (key: string) => key, language: 'zh-CN' } }));
const opened: [string, string][] = [];
vi.mock('idb-keyval', () => ({
  createStore: (database: string, store: string) => {
    opened.push([database, store]);
    return () => Promise.resolve();
  },
  get: () => Promise.resolve(undefined),
  set: () => Promise.resolve(),
  del: () => Promise.resolve(),
  values: () => Promise.resolve([]),
}));

const { visitOutbox } = await import('./api/visitOutbox');
const { assessmentOutbox } = await import('./api/assessmentOutbox');

describe('outbox stores', () => {
  it('are the databases and stores the waiting records were written to', () => {
    visitOutbox();
    assessmentOutbox();
    expect(opened).toEqual([
      ['hehu-outbox', 'visits'],
      ['hehu-outbox-assessments', 'assessments'],
    ]);
  });
});
