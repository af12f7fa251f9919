// An outbox: records typed where the signal drops are not lost. Each is first written to IndexedDB under its
// client-made id, then sent; what could not be sent stays, is shown as waiting, and goes again when the browser is
// back online or the app starts. The server stores each record once per id, so sending again after an answer that
// never arrived is harmless. What differs between kinds of record is only how one is sent (`sendOne`).
import { createStore, del, get, set, values } from 'idb-keyval';
import { ApiError, errorText } from './client';

/** What every kept record carries besides its own content. */
export interface OutboxEntry {
  /** Shown in the outbox list; the record itself carries only the child's id. */
  childName: string;
  /** The signed-in user who typed it: another user on the same phone does not send it under their name. */
  owner: string;
  savedAt: string;
  /** The server refused it (not a network fault): it waits for the user to discard it. */
  refused?: string;
}

/** The part of idb-keyval an outbox uses, so tests can put a Map behind it. */
export interface OutboxStorage<Item> {
  get(key: string): Promise<Item | undefined>;
  set(key: string, item: Item): Promise<void>;
  del(key: string): Promise<void>;
  values(): Promise<Item[]>;
}

/**
 * One IndexedDB database with one store: idb-keyval keeps one store per database. The names are those the records
 * already waiting on users' phones were written under, so they must not change without moving those records.
 */
export function indexedDbStorage<Item>(database: string, storeName: string): OutboxStorage<Item> {
  const store = createStore(database, storeName);
  return {
    get: (key) => get<Item>(key, store),
    set: (key, item) => set(key, item, store),
    del: (key) => del(key, store),
    values: () => values<Item>(store),
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

export type SendResult<Result> =
  { outcome: 'sent'; result: Result } | { outcome: 'waiting' } | { outcome: 'refused'; error: unknown };

export interface OutboxKind<Item, Result> {
  /** The client-made id the record is kept and sent under. */
  idOf(item: Item): string;
  /**
   * Sends one record and answers with the server's result. A record sent in steps passes each step's state to
   * `saveProgress`, so a resend after a dropped signal starts after the steps already done.
   */
  sendOne(item: Item, saveProgress: (item: Item) => Promise<void>): Promise<Result>;
}

export class Outbox<Item extends OutboxEntry, Result> {
  private readonly listeners = new Set<() => void>();
  private count = 0;
  private flushing: Promise<void> | null = null;

  constructor(
    private readonly storage: OutboxStorage<Item>,
    private readonly kind: OutboxKind<Item, Result>,
  ) {}

  /** Items waiting, oldest first; those of `owner` when given. */
  async items(owner?: string): Promise<Item[]> {
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
   * Keeps the record, then tries to send it at once. 'sent' carries the server's result; 'waiting' means it is safe
   * on this device; 'refused' means the server said no (the form shows why) and nothing is kept.
   */
  async submit(item: Omit<Item, 'savedAt'>, now = new Date()): Promise<SendResult<Result>> {
    // Item minus savedAt plus savedAt is Item; TypeScript cannot see that through a generic.
    const stored = { ...item, savedAt: now.toISOString() } as Item;
    const id = this.kind.idOf(stored);
    await this.storage.set(id, stored);
    const result = await this.send(stored);
    if (result.outcome === 'refused') await this.storage.del(id);
    await this.refresh();
    return result;
  }

  async discard(id: string): Promise<void> {
    await this.storage.del(id);
    await this.refresh();
  }

  /** Sends every waiting record of this user; one run at a time, stopping at the first network fault. */
  flush(owner: string): Promise<void> {
    this.flushing ??= this.flushAll(owner).finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private async flushAll(owner: string): Promise<void> {
    for (const item of await this.items(owner)) {
      if (item.refused !== undefined) continue;
      const result = await this.send(item);
      if (result.outcome === 'waiting') break;
    }
    await this.refresh();
  }

  /** Removed from the device only once the server has answered; a refusal is kept with its reason. */
  private async send(item: Item): Promise<SendResult<Result>> {
    const id = this.kind.idOf(item);
    let current = item;
    try {
      const result = await this.kind.sendOne(item, async (next) => {
        current = next;
        await this.storage.set(id, next);
      });
      await this.storage.del(id);
      return { outcome: 'sent', result };
    } catch (error) {
      if (isRetryable(error)) return { outcome: 'waiting' };
      await this.storage.set(id, { ...current, refused: errorText(error) });
      return { outcome: 'refused', error };
    }
  }
}
