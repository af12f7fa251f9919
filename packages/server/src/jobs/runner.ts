// One way to run scheduled work (the nightly scans, a re-verification round): each run of a job is claimed by its
// (job, period) row in job_runs before any work starts. The claim is a single insert that only one server can win
// (two servers started together find the row taken), a failed run is claimed again after a wait that doubles with
// each attempt, and a run whose server died is taken over once it has been "running" longer than any run takes.
// The same statements run on PGlite and PostgreSQL. pg-boss, the queue library for PostgreSQL, was not used: it
// needs a pool of real PostgreSQL connections, and the embedded database has one in-process connection; what is
// needed here is at-most-once per period with retries and a record, which one keyed row gives.
import { eq, and, sql } from 'drizzle-orm';
import type { Database } from '../db/connection.ts';
import { queryRows } from '../db/raw.ts';
import { jobRuns } from '../db/schema.ts';

/** Attempts of one run before it is left failed for an administrator to read. */
export const MAX_ATTEMPTS = 5;
/** A run still "running" after this long is taken to have died with its server. */
const STALE_AFTER = '1 hour';

export type JobOutcome<T> =
  | { ran: false }
  | { ran: true; ok: true; attempt: number; result: T }
  | { ran: true; ok: false; attempt: number; error: string };

/** Minutes to wait after a failed attempt before the next: 2, 4, 8, 16 … */
export const retryDelayMinutes = (attempt: number) => 2 ** attempt;

/**
 * Runs `work` for the period `runKey` of `job` unless it has run, is running elsewhere, or is waiting to be tried
 * again. The work commits its own transactions; the outcome (result or error) is written to the run's row.
 */
export async function runOnce<T>(
  database: Database,
  job: string,
  runKey: string,
  work: () => Promise<T>,
): Promise<JobOutcome<T>> {
  const [claim] = await queryRows<{ attempts: number }>(
    database.db,
    sql`insert into job_runs (job, run_key, status, attempts, started_at)
        values (${job}, ${runKey}, 'running', 1, now())
        on conflict (job, run_key) do update
          set status = 'running', attempts = job_runs.attempts + 1, started_at = now(),
              finished_at = null, retry_after = null, error = null
          where (job_runs.status = 'failed' and job_runs.attempts < ${MAX_ATTEMPTS}
                 and job_runs.retry_after <= now())
             or (job_runs.status = 'running' and job_runs.started_at < now() - ${STALE_AFTER}::interval)
        returning attempts`,
  );
  if (!claim) return { ran: false };
  const attempt = claim.attempts;
  const mine = and(eq(jobRuns.job, job), eq(jobRuns.runKey, runKey));
  try {
    const result = await work();
    await database.db
      .update(jobRuns)
      .set({ status: 'done', finishedAt: new Date(), result: result ?? null })
      .where(mine);
    return { ran: true, ok: true, attempt, result };
  } catch (e) {
    // The message only: a stack trace or a row's data has no place in a table administrators read.
    const error = (e instanceof Error ? e.message : String(e)).slice(0, 500);
    await database.db
      .update(jobRuns)
      .set({
        status: 'failed',
        finishedAt: new Date(),
        error,
        retryAfter: sql`now() + make_interval(mins => ${retryDelayMinutes(attempt)})`,
      })
      .where(mine);
    return { ran: true, ok: false, attempt, error };
  }
}
