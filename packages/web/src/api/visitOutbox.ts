// The visit outbox: a village director on a weak signal must not lose a visit. Every visit is first written to
// IndexedDB with its client-made id and photos, then sent; what could not be sent stays and goes again when the
// browser is back online or the app starts. The server stores a visit once per id and a photo once per hash, so
// a resend after an answer that never arrived is harmless.
import { createStore, del, get, set, values, type UseStore } from 'idb-keyval';
import { ApiError, errorText } from './client';
import { postVisit, postVisitPhoto, type VisitInput } from './visits';

export interface OutboxItem {
  visit: VisitInput;
  /** Shown in the outbox list; the visit itself carries only the child's id. */
  childName: string;
  /** The signed-in user who typed it: another user on the same phone does not send it under their name. */
  owner: string;
  photos: Blob[];
  /** Photos already accepted by the server, so a resend starts after them. */
  photosSent: number;
  visitSent: boolean;
  savedAt: string;
  /** The server refused it (not a network fault): it waits for the user to correct or discard it. */
  refused?: string;
}

/** The part of idb-keyval the outbox uses, so tests can put a Map behind it. */
export interface OutboxStorage {
  get(key: string): Promise<OutboxItem | undefined>;
  set(key: string, item: OutboxItem): Promise<void>;
  del(key: string): Promise<void>;
  values(): Promise<OutboxItem[]>;
}

/** What sends a visit and its photos; the real API unless a test replaces it. */
export interface OutboxTransport {
  postVisit(visit: VisitInput): Promise<unknown>;
  postPhoto(visitId: string, photo: Blob): Promise<unknown>;
}

export function indexedDbStorage(store: UseStore = createStore('hehu-outbox', 'visits')): OutboxStorage {
  return {
    get: (key) => get<OutboxItem>(key, store),
    set: (key, item) => set(key, item, store),
    del: (key) => del(key, store),
    values: () => values<OutboxItem>(store),
  };
}

/**
 * Worth trying again later: no answer at all, a server fault, a session that ended (signing in again sends it),
 * or a busy server. Any other refusal will not change by itself.
 */
export function isRetryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  return error.status === 0 || error.status >= 500 || [401, 403, 408, 429].includes(error.status);
}

export type SendResult = { outcome: 'sent' } | { outcome: 'waiting' } | { outcome: 'refused'; error: unknown };

export class VisitOutbox {
  private readonly listeners = new Set<() => void>();
  private count = 0;
  private flushing: Promise<void> | null = null;

  constructor(
    private readonly storage: OutboxStorage,
    private readonly transport: OutboxTransport,
  ) {}

  /** Items waiting, oldest first. */
  async items(owner?: string): Promise<OutboxItem[]> {
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

  /** Re-reads the count from storage and tells the header and the lists. */
  async refresh(): Promise<void> {
    this.count = (await this.storage.values()).length;
    for (const listener of this.listeners) listener();
  }

  /**
   * Keeps the visit, then tries to send it at once. 'waiting' means it is safe in the outbox; 'refused' means
   * the server said no (the form shows why) and nothing is kept.
   */
  async submit(item: Omit<OutboxItem, 'photosSent' | 'visitSent' | 'savedAt'>, now = new Date()): Promise<SendResult> {
    const stored: OutboxItem = { ...item, photosSent: 0, visitSent: false, savedAt: now.toISOString() };
    await this.storage.set(item.visit.id, stored);
    const result = await this.sendOne(stored);
    if (result.outcome === 'refused') await this.storage.del(item.visit.id);
    await this.refresh();
    return result;
  }

  async discard(id: string): Promise<void> {
    await this.storage.del(id);
    await this.refresh();
  }

  /** Sends every waiting visit of this user; one run at a time, stopping at the first network fault. */
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

  /** The visit, then each photo not yet sent; progress is saved after each step. */
  private async sendOne(item: OutboxItem): Promise<SendResult> {
    const id = item.visit.id;
    let current = item;
    try {
      if (!current.visitSent) {
        await this.transport.postVisit(current.visit);
        current = { ...current, visitSent: true };
        await this.storage.set(id, current);
      }
      for (const photo of current.photos.slice(current.photosSent)) {
        try {
          await this.transport.postPhoto(id, photo);
        } catch (error) {
          // A photo the server will never take (not an image, too many) must not hold back the visit.
          if (isRetryable(error)) throw error;
        }
        current = { ...current, photosSent: current.photosSent + 1 };
        await this.storage.set(id, current);
      }
      await this.storage.del(id);
      return { outcome: 'sent' };
    } catch (error) {
      if (isRetryable(error)) return { outcome: 'waiting' };
      await this.storage.set(id, { ...current, refused: errorText(error) });
      return { outcome: 'refused', error };
    }
  }
}

let shared: VisitOutbox | null = null;

/** The app's one outbox, opened on first use. */
export function visitOutbox(): VisitOutbox {
  shared ??= new VisitOutbox(indexedDbStorage(), { postVisit, postPhoto: postVisitPhoto });
  return shared;
}
