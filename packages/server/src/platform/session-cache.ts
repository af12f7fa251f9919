// Resolved sessions kept in memory, so a signed-in request needs no query to learn who is asking. The database
// tells every server of a change that ends a session or alters what its user may do (migration 0015: triggers
// NOTIFY on `hehu_auth` at commit), and the entries concerned are dropped. While the notifications may be missed
// (the listening connection is lost) nothing is kept: every request asks the database, as without the cache.
import type { Database } from '../db/connection.ts';
import type { ResolvedGrant } from './access.ts';

export const AUTH_CHANNEL = 'hehu_auth';

/** What a session is resolved from: the session's and its user's rows (as far as used) and the user's grants. */
export interface ResolvedSession {
  readonly tokenHash: string;
  readonly csrfToken: string;
  readonly createdAt: Date;
  /** When the database last recorded activity (or this server, touching it). */
  readonly lastSeenAt: Date;
  readonly user: {
    readonly id: string;
    readonly username: string;
    readonly displayName: string;
    readonly passwordChangedAt: Date | null;
    readonly mustChangePassword: boolean;
    readonly totpEnabled: boolean;
    readonly demoAccount: boolean;
  };
  readonly grants: readonly ResolvedGrant[];
}

export class SessionCache {
  private readonly entries = new Map<string, ResolvedSession>();
  private live = false;
  /** Moves on every notification: an entry read before it may be stale and is not kept. */
  private generation = 0;

  constructor(private readonly maxEntries = 10_000) {}

  /** Starts hearing the database's notifications; resolves once listening (or once it has tried). */
  async attach(database: Database): Promise<() => Promise<void>> {
    return database.listen(AUTH_CHANNEL, {
      notify: (payload) => this.invalidate(payload),
      live: (up) => {
        this.live = up;
        this.invalidate('*');
      },
    });
  }

  get(tokenHash: string): ResolvedSession | undefined {
    return this.live ? this.entries.get(tokenHash) : undefined;
  }

  /** A mark to pass to {@link keep}: take it before reading the database. */
  mark(): number {
    return this.generation;
  }

  /** Keeps what was read since `mark`, unless a change was heard meanwhile. */
  keep(entry: ResolvedSession, mark: number): void {
    if (!this.live || mark !== this.generation) return;
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(entry.tokenHash, entry);
  }

  forget(tokenHash: string): void {
    this.entries.delete(tokenHash);
  }

  /** 's:<token hash>', 'u:<user id>' or '*' (see migration 0015); anything unknown drops everything. */
  invalidate(payload: string): void {
    this.generation++;
    if (payload.startsWith('s:')) {
      this.entries.delete(payload.slice(2));
    } else if (payload.startsWith('u:')) {
      const userId = payload.slice(2);
      for (const [hash, entry] of this.entries) if (entry.user.id === userId) this.entries.delete(hash);
    } else {
      this.entries.clear();
    }
  }

  get size(): number {
    return this.entries.size;
  }
}
