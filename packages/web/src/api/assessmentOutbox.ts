// The assessment outbox: an assessment typed where the signal drops is not lost. It is first written to IndexedDB
// with its client-made id, then sent; what could not be sent stays, is shown as waiting, and goes again when the
// browser is back online or the app starts. The server stores an assessment once per id (a resend, even one racing
// the first, is answered with the same assessment), so sending again after a lost answer is harmless.
import { createStore, del, get, set, values, type UseStore } from 'idb-keyval';
import { api, errorText } from './client';
import { isRetryable } from './visitOutbox';
import type { Assessment, AssessmentInput } from './visits';

export interface AssessmentOutboxItem {
  childId: string;
  assessment: AssessmentInput;
  /** Shown in the outbox list; the assessment itself carries only the child's id in its address. */
  childName: string;
  /** The signed-in user who typed it: another user on the same phone does not send it under their name. */
  owner: string;
  savedAt: string;
  /** The server refused it (not a network fault): it waits for the user to discard it. */
  refused?: string;
}

export interface AssessmentOutboxStorage {
  get(key: string): Promise<AssessmentOutboxItem | undefined>;
  set(key: string, item: AssessmentOutboxItem): Promise<void>;
  del(key: string): Promise<void>;
  values(): Promise<AssessmentOutboxItem[]>;
}

export type PostAssessment = (childId: string, assessment: AssessmentInput) => Promise<Assessment>;

export type AssessmentSendResult =
  { outcome: 'sent'; result: Assessment } | { outcome: 'waiting' } | { outcome: 'refused'; error: unknown };

/** Its own database: idb-keyval keeps one store per database, and the visits' database already has its store. */
export function assessmentStorage(
  store: UseStore = createStore('hehu-outbox-assessments', 'assessments'),
): AssessmentOutboxStorage {
  return {
    get: (key) => get<AssessmentOutboxItem>(key, store),
    set: (key, item) => set(key, item, store),
    del: (key) => del(key, store),
    values: () => values<AssessmentOutboxItem>(store),
  };
}

export class AssessmentOutbox {
  private readonly listeners = new Set<() => void>();
  private count = 0;
  private flushing: Promise<void> | null = null;

  constructor(
    private readonly storage: AssessmentOutboxStorage,
    private readonly post: PostAssessment,
  ) {}

  /** Items waiting, oldest first; those of `owner` when given. */
  async items(owner?: string): Promise<AssessmentOutboxItem[]> {
    const all = await this.storage.values();
    return all
      .filter((item) => owner === undefined || item.owner === owner)
      .sort((a, b) => a.savedAt.localeCompare(b.savedAt));
  }

  pendingCount(): number {
    return this.count;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async refresh(): Promise<void> {
    this.count = (await this.storage.values()).length;
    for (const listener of this.listeners) listener();
  }

  /**
   * Keeps the assessment, then tries to send it at once. 'sent' carries the server's result; 'waiting' means it is
   * safe on this device; 'refused' means the server said no (the form shows why) and nothing is kept.
   */
  async submit(item: Omit<AssessmentOutboxItem, 'savedAt'>, now = new Date()): Promise<AssessmentSendResult> {
    const stored: AssessmentOutboxItem = { ...item, savedAt: now.toISOString() };
    await this.storage.set(item.assessment.id, stored);
    const result = await this.sendOne(stored);
    if (result.outcome === 'refused') await this.storage.del(item.assessment.id);
    await this.refresh();
    return result;
  }

  async discard(id: string): Promise<void> {
    await this.storage.del(id);
    await this.refresh();
  }

  /** Sends every waiting assessment of this user; one run at a time, stopping at the first network fault. */
  flush(owner: string): Promise<void> {
    this.flushing ??= this.flushAll(owner).finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private async flushAll(owner: string): Promise<void> {
    for (const item of await this.items(owner)) {
      if (item.refused !== undefined) continue;
      const result = await this.sendOne(item);
      if (result.outcome === 'waiting') break;
    }
    await this.refresh();
  }

  /** Removed from the device only once the server has answered with the assessment. */
  private async sendOne(item: AssessmentOutboxItem): Promise<AssessmentSendResult> {
    const id = item.assessment.id;
    try {
      const result = await this.post(item.childId, item.assessment);
      await this.storage.del(id);
      return { outcome: 'sent', result };
    } catch (error) {
      if (isRetryable(error)) return { outcome: 'waiting' };
      await this.storage.set(id, { ...item, refused: errorText(error) });
      return { outcome: 'refused', error };
    }
  }
}

let shared: AssessmentOutbox | null = null;

/** The app's one assessment outbox, opened on first use. */
export function assessmentOutbox(): AssessmentOutbox {
  shared ??= new AssessmentOutbox(assessmentStorage(), (childId, assessment) =>
    api.post<Assessment>(`/api/children/${encodeURIComponent(childId)}/assessments`, assessment),
  );
  return shared;
}
