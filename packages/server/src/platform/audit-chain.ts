// The audit trail's hash chain (GB/T 22239 level 3: integrity of audit records). Rows are sealed in the order the
// sealer meets them after commit — not in id order, since a transaction that took an id earlier may commit later —
// each seal being SM3(previous hash ‖ the row's canonical content). `verifyAuditChain` recomputes the chain and names
// the first row whose content, or whose place in the chain, no longer matches.
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database, Queryable } from '../db/connection.ts';
import { queryRows } from '../db/raw.ts';

/** The hash before the first seal. */
export const CHAIN_START = '0'.repeat(64);
/** Rows left unsealed longer than this are reported: the sealer runs right after each commit. */
const UNSEALED_GRACE_SECONDS = 300;
const BATCH = 1000;

/** jsonb's text form is canonical (keys sorted, one spelling per value), so the same row hashes the same way. */
const CANONICAL = sql.raw(`to_jsonb(a)::text`);

export function sealHash(prevHash: string, canonical: string): string {
  return createHash('sm3').update(prevHash).update('\n').update(canonical, 'utf8').digest('hex');
}

/** Seals every unsealed row. One sealer at a time (an advisory lock), so the chain never forks. */
export async function sealAuditRows(database: Database): Promise<number> {
  let sealed = 0;
  for (;;) {
    const n = await database.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext('hehu.audit_chain'))`);
      const [head] = await queryRows<{ seq: string; hash: string }>(
        tx,
        // Ordered by the column, not the text output named the same ('99' sorts after '100').
        sql`select seq::text, hash from audit_seals order by audit_seals.seq desc limit 1`,
      );
      let seq = Number(head?.seq ?? 0);
      let prev = head?.hash ?? CHAIN_START;
      // From the queue the trail's trigger fills (migration 0046), not by looking for rows without a seal: that
      // search reads the whole trail on every run.
      const rows = await queryRows<{ id: string; canonical: string }>(
        tx,
        sql`select a.id::text as id, ${CANONICAL} as canonical
            from audit_unsealed u join audit_log a on a.id = u.audit_id
            order by u.audit_id limit ${BATCH}`,
      );
      if (rows.length === 0) return 0;
      const values = rows.map((r) => {
        seq += 1;
        const hash = sealHash(prev, r.canonical);
        const row = sql`(${seq}, ${Number(r.id)}, ${prev}, ${hash})`;
        prev = hash;
        return row;
      });
      await tx.execute(
        sql`insert into audit_seals (seq, audit_id, prev_hash, hash) values ${sql.join(values, sql`, `)}`,
      );
      const sealedIds = `{${rows.map((r) => r.id).join(',')}}`;
      await tx.execute(sql`delete from audit_unsealed where audit_id = any(${sealedIds}::bigint[])`);
      return rows.length;
    });
    sealed += n;
    if (n < BATCH) return sealed;
  }
}

export interface ChainReport {
  ok: boolean;
  sealed: number;
  /** Rows not yet sealed past the grace period: written outside the server, or the sealer is not running. */
  unsealed: number;
  firstBroken: { seq: number; auditId: number; reason: 'content_changed' | 'link_broken' | 'row_missing' } | null;
  checkedAt: string;
}

/** Walks the chain in sealing order and stops at the first seal that no longer matches. */
export async function verifyAuditChain(db: Queryable): Promise<ChainReport> {
  let prev = CHAIN_START;
  let lastSeq = 0;
  let sealed = 0;
  for (;;) {
    const page = await queryRows<{
      seq: string;
      audit_id: string;
      prev_hash: string;
      hash: string;
      canonical: string | null;
    }>(
      db,
      sql`select s.seq::text, s.audit_id::text, s.prev_hash, s.hash, ${CANONICAL} as canonical
          from audit_seals s left join audit_log a on a.id = s.audit_id
          where s.seq > ${lastSeq} order by s.seq limit ${BATCH}`,
    );
    for (const r of page) {
      const seq = Number(r.seq);
      const auditId = Number(r.audit_id);
      const broken = (reason: 'content_changed' | 'link_broken' | 'row_missing') =>
        report(db, false, sealed, { seq, auditId, reason });
      if (seq !== lastSeq + 1 || r.prev_hash !== prev) return broken('link_broken');
      if (r.canonical === null) return broken('row_missing');
      if (sealHash(prev, r.canonical) !== r.hash) return broken('content_changed');
      prev = r.hash;
      lastSeq = seq;
      sealed += 1;
    }
    if (page.length < BATCH) return report(db, true, sealed, null);
  }
}

async function report(
  db: Queryable,
  ok: boolean,
  sealed: number,
  firstBroken: ChainReport['firstBroken'],
): Promise<ChainReport> {
  const [late] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from audit_log a
        where not exists (select 1 from audit_seals s where s.audit_id = a.id)
        and a.at < now() - make_interval(secs => ${UNSEALED_GRACE_SECONDS})`,
  );
  const unsealed = late?.n ?? 0;
  return { ok: ok && unsealed === 0, sealed, unsealed, firstBroken, checkedAt: new Date().toISOString() };
}

/**
 * Seals soon after commits, one run at a time, never failing the request that asked. A run starts `delayMs` after
 * the first commit that asks for one, so that under load one run seals the rows of many requests: a run is seven
 * statements whether it seals one row or a thousand.
 */
export class AuditSealer {
  private running: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private again = false;
  constructor(
    private readonly database: Database,
    private readonly onError: (error: unknown) => void = () => undefined,
    private readonly delayMs = 200,
  ) {}
  kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.timer ??= setTimeout(() => this.start(), this.delayMs);
  }
  private start(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.running = (async () => {
      do {
        this.again = false;
        await sealAuditRows(this.database);
      } while (this.again);
    })()
      .catch(this.onError)
      .finally(() => {
        this.running = undefined;
      });
  }
  /** Seals what waits now and waits for the run (tests and shutdown). */
  async idle(): Promise<void> {
    if (this.timer) this.start();
    while (this.running) await this.running;
  }
}
