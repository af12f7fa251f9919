// Delivery of the outbox (written in the transaction of the change, sent after commit): each due message is
// POSTed to its sending system's callback; a failure waits longer each time (1, 2, 4 … minutes, at most 6 hours).
import { and, eq, isNull, lte, sql } from 'drizzle-orm';
import type { Database } from '../../db/connection.ts';
import { apiClients, outbox } from '../../db/schema.ts';

const BATCH = 20;
const MAX_PAUSE_MINUTES = 360;

export type Post = (url: string, body: unknown) => Promise<{ ok: boolean; status: number }>;

const fetchPost: Post = async (url, body) => {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  return { ok: res.ok, status: res.status };
};

/** Sends what is due; returns how many were delivered and how many failed this round. */
export async function deliverOutbox(database: Database, now = new Date(), post: Post = fetchPost) {
  const due = await database.db
    .select({ id: outbox.id, payload: outbox.payload, attempts: outbox.attempts, url: apiClients.callbackUrl })
    .from(outbox)
    .innerJoin(apiClients, eq(apiClients.id, outbox.apiClientId))
    .where(and(isNull(outbox.deliveredAt), lte(outbox.nextAttemptAt, now), isNull(apiClients.revokedAt)))
    .orderBy(outbox.nextAttemptAt)
    .limit(BATCH);
  let delivered = 0;
  let failed = 0;
  for (const m of due) {
    let error: string | null = null;
    if (!m.url) error = 'no callback address';
    else {
      try {
        const res = await post(m.url, { id: m.id, ...(m.payload as Record<string, unknown>) });
        if (!res.ok) error = `HTTP ${res.status}`;
      } catch (e) {
        error = e instanceof Error ? e.name : 'error';
      }
    }
    if (!error) {
      await database.db
        .update(outbox)
        .set({ deliveredAt: new Date(), attempts: m.attempts + 1, lastError: null })
        .where(eq(outbox.id, m.id));
      delivered++;
    } else {
      const pause = Math.min(2 ** m.attempts, MAX_PAUSE_MINUTES);
      await database.db
        .update(outbox)
        .set({
          attempts: m.attempts + 1,
          lastError: error,
          nextAttemptAt: sql`${now.toISOString()}::timestamptz + make_interval(mins => ${pause})`,
        })
        .where(eq(outbox.id, m.id));
      failed++;
    }
  }
  return { delivered, failed };
}
