// The job runner: a period of a job runs once, also when two servers try at the same moment (on PostgreSQL the two
// claims really race); a failure is recorded with its message and tried again only after its wait; a run whose
// server died is taken over after an hour; every run leaves its row.
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobRuns } from '../src/db/schema.ts';
import { MAX_ATTEMPTS, runOnce } from '../src/jobs/runner.ts';
import { createTestApp, type TestApp } from './harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
}, 120_000);
afterAll(() => t.close());

const runOf = async (job: string, key: string) =>
  (
    await t.database.db
      .select()
      .from(jobRuns)
      .where(and(eq(jobRuns.job, job), eq(jobRuns.runKey, key)))
  )[0];

describe('the job runner', () => {
  it('runs a period once and records the result', async () => {
    let runs = 0;
    const work = () => {
      runs += 1;
      return Promise.resolve({ counted: runs });
    };
    expect(await runOnce(t.database, 'test-once', '2026-12-01', work)).toMatchObject({ ran: true, ok: true });
    expect(await runOnce(t.database, 'test-once', '2026-12-01', work)).toEqual({ ran: false });
    expect(runs).toBe(1);
    expect(await runOf('test-once', '2026-12-01')).toMatchObject({
      status: 'done',
      attempts: 1,
      result: { counted: 1 },
    });
    // The next period is a run of its own.
    expect(await runOnce(t.database, 'test-once', '2026-12-02', work)).toMatchObject({ ran: true, ok: true });
  });

  it('two servers claiming the same period at once: one runs it', async () => {
    for (let round = 0; round < 4; round++) {
      let runs = 0;
      const work = async () => {
        runs += 1;
        // Long enough for the other claim to arrive while this one is running.
        await new Promise((resolve) => setTimeout(resolve, 50));
        return null;
      };
      const outcomes = await Promise.all([
        runOnce(t.database, 'test-race', `r${String(round)}`, work),
        runOnce(t.database, 'test-race', `r${String(round)}`, work),
      ]);
      expect(outcomes.filter((o) => o.ran).length).toBe(1);
      expect(runs).toBe(1);
    }
  });

  it('a failure is recorded with its message and tried again after its wait, up to the last attempt', async () => {
    let calls = 0;
    const failing = () => {
      calls += 1;
      return Promise.reject(new Error('数据库暂时不可用'));
    };
    expect(await runOnce(t.database, 'test-fail', 'p', failing)).toMatchObject({
      ran: true,
      ok: false,
      attempt: 1,
      error: '数据库暂时不可用',
    });
    const failed = await runOf('test-fail', 'p');
    expect(failed).toMatchObject({ status: 'failed', attempts: 1, error: '数据库暂时不可用' });
    expect(failed!.retryAfter!.getTime()).toBeGreaterThan(Date.now());
    // Within the wait: nothing runs.
    expect(await runOnce(t.database, 'test-fail', 'p', failing)).toEqual({ ran: false });
    expect(calls).toBe(1);
    // The wait over, it is tried again and succeeds.
    const due = () =>
      t.database.db
        .update(jobRuns)
        .set({ retryAfter: sql`now() - interval '1 second'` })
        .where(eq(jobRuns.job, 'test-fail'));
    await due();
    expect(await runOnce(t.database, 'test-fail', 'p', () => Promise.resolve('ok'))).toMatchObject({
      ran: true,
      ok: true,
      attempt: 2,
    });
    expect(await runOf('test-fail', 'p')).toMatchObject({ status: 'done', attempts: 2, error: null });

    // A run that keeps failing stops after the last attempt and stays failed for an administrator to read.
    for (let i = 1; i <= MAX_ATTEMPTS + 1; i++) {
      await t.database.db
        .update(jobRuns)
        .set({ retryAfter: sql`now() - interval '1 second'` })
        .where(eq(jobRuns.job, 'test-fail-always'));
      await runOnce(t.database, 'test-fail-always', 'p', failing);
    }
    expect(await runOf('test-fail-always', 'p')).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS });
  });

  it('a run left "running" by a server that died is taken over after an hour, not before', async () => {
    await t.database.db.insert(jobRuns).values({ job: 'test-died', runKey: 'p', status: 'running' });
    expect(await runOnce(t.database, 'test-died', 'p', () => Promise.resolve(1))).toEqual({ ran: false });
    await t.database.db
      .update(jobRuns)
      .set({ startedAt: sql`now() - interval '61 minutes'` })
      .where(eq(jobRuns.job, 'test-died'));
    expect(await runOnce(t.database, 'test-died', 'p', () => Promise.resolve(1))).toMatchObject({
      ran: true,
      ok: true,
      attempt: 2,
    });
  });
});
