// Nothing lost on a crash: a real server process on an embedded database (started from the test snapshot, demo data
// included) is killed with SIGKILL — no shutdown, no flush — while work is in flight, then started again on the same
// files. Every 12345 work order answered with a receipt is there with its case and audit row, and a payment roll
// killed during regeneration is the whole previous draft or the whole new one, never part of either. PostgreSQL's
// durability is the server's own; this is the embedded database's file store.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase } from '../src/db/connection.ts';
import { DEMO_12345_KEY } from '../src/seed/demo/cases.ts';
import { TEST_CHILDREN, TEST_MASTER_KEY } from './fixtures.ts';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
let dataDir: string;

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/** The server as `npm start` runs it, on this test's files; `kill` is a SIGKILL to its whole process group. */
async function startServer() {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [path.join(repoRoot, 'node_modules/tsx/dist/cli.mjs'), path.join(repoRoot, 'packages/server/src/cli.ts'), 'start'],
    {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        HEHU_DEMO: 'true',
        HEHU_DEMO_CHILDREN: String(TEST_CHILDREN),
        HEHU_MASTER_KEY: TEST_MASTER_KEY,
        HEHU_DATA_DIR: dataDir,
        HEHU_WEB_DIST: path.join(dataDir, 'no-web'),
        HOST: '127.0.0.1',
        PORT: String(port),
        LOG_LEVEL: 'warn',
      },
    },
  );
  let output = '';
  child.stdout.on('data', (b: Buffer) => (output += b.toString()));
  child.stderr.on('data', (b: Buffer) => (output += b.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = (p: string) => `http://127.0.0.1:${port}${p}`;
  for (let waited = 0; ; waited += 200) {
    const up = await fetch(url('/api/health')).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (waited > 150_000 || child.exitCode !== null) throw new Error(`the server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const kill = async () => {
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL');
    await exited;
  };
  return { url, kill, output: () => output };
}

/** The files opened again in this process, as the next start would find them. */
async function reopened<T>(read: (query: <R>(q: ReturnType<typeof sql>) => Promise<R[]>) => Promise<T>): Promise<T> {
  const database = await openDatabase({ pgliteDir: path.join(dataDir, 'pgdata') });
  try {
    const query = async <R>(q: ReturnType<typeof sql>): Promise<R[]> => {
      const result: unknown = await database.db.execute(q);
      return (result as { rows: R[] }).rows;
    };
    return await read(query);
  } finally {
    await database.close();
  }
}

describe.skipIf(inject('databaseMode') !== 'pglite')('a crash', () => {
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'hehu-crash-'));
    const snapshot = readFileSync(inject('snapshotFile'));
    const copy = await openDatabase({ pgliteDir: path.join(dataDir, 'pgdata'), loadDataDir: new Blob([snapshot]) });
    await copy.close();
  }, 120_000);
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('right after intake keeps every work order that was answered with a receipt', { timeout: 240_000 }, async () => {
    const server = await startServer();
    const answered = new Map<string, string>();
    const send = (n: number) =>
      fetch(server.url('/api/integrations/hotline/work-orders'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': DEMO_12345_KEY },
        body: JSON.stringify({
          workOrderNo: `CRASH-${n}`,
          receivedAt: new Date().toISOString(),
          content: `市民来电反映：一名儿童连续多日独自在家（第 ${n} 件）。`,
          districtCode: '511102',
          urgent: n % 2 === 0,
          callerPhone: '13800000000',
        }),
      });
    try {
      // A few answered one by one, then a burst of twenty: the process dies as the third answer of the burst
      // arrives, with the rest in flight.
      for (const n of [1, 2, 3]) {
        const res = await send(n);
        expect(res.status, server.output()).toBe(200);
        answered.set(`CRASH-${n}`, ((await res.json()) as { receiptNo: string }).receiptNo);
      }
      let inBurst = 0;
      await Promise.allSettled(
        Array.from({ length: 20 }, (_, i) =>
          send(100 + i).then(async (res) => {
            if (res.status !== 200) return;
            answered.set(`CRASH-${100 + i}`, ((await res.json()) as { receiptNo: string }).receiptNo);
            if (++inBurst === 3) await server.kill();
          }),
        ),
      );
      expect(inBurst).toBeGreaterThanOrEqual(3);
    } finally {
      await server.kill();
    }
    const { stored, orphans } = await reopened(async (query) => ({
      stored: await query<{ external_id: string; receipt_no: string; audited: boolean }>(sql`
        select i.external_id, i.receipt_no,
          exists (select 1 from audit_log a where a.action = 'case.work_order' and a.target_id = k.id::text) as audited
        from case_intakes i join cases k on k.id = i.case_id where i.external_id like 'CRASH-%'`),
      // A work order in flight when the process died is whole or absent: never a case without its intake.
      orphans: await query<{ n: number }>(
        sql`select count(*)::int as n from cases k where not exists (select 1 from case_intakes i where i.case_id = k.id)`,
      ),
    }));
    const byOrder = new Map(stored.map((r) => [r.external_id, r]));
    for (const [workOrderNo, receiptNo] of answered) {
      expect(byOrder.get(workOrderNo)?.receipt_no, workOrderNo).toBe(receiptNo);
      expect(byOrder.get(workOrderNo)?.audited, workOrderNo).toBe(true);
    }
    expect(orphans[0]?.n).toBe(0);
  });

  it('during a roll regeneration leaves the whole draft, never part of one', { timeout: 240_000 }, async () => {
    // Started again on the crashed files: the start itself is the first check.
    const server = await startServer();
    let made: { countyCode: string; month: string; totals: { lines: number; totalFen: number } } | undefined;
    try {
      const login = await fetch(server.url('/api/auth/login'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'demo_county', password: 'Demo#2026' }),
      });
      expect(login.status, server.output()).toBe(200);
      const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
      const { csrfToken } = (await login.json()) as { csrfToken: string };
      const listed = await fetch(server.url('/api/allowances/rolls'), { headers: { cookie } });
      const rolls = ((await listed.json()) as { data: { countyCode: string; month: string; status: string }[] }).data;
      const draft = rolls.find((r) => r.status === 'draft');
      expect(draft, 'the demo county has a draft roll').toBeDefined();
      const generate = () =>
        fetch(server.url('/api/allowances/rolls'), {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
          body: JSON.stringify({ countyCode: draft!.countyCode, month: draft!.month }),
        });
      // Once to completion, then killed partway through the next, which would make the same roll again.
      const done = await generate();
      expect(done.status, server.output()).toBe(201);
      made = (await done.json()) as typeof made;
      const inFlight = generate().catch(() => undefined);
      await new Promise((r) => setTimeout(r, 150));
      await server.kill();
      await inFlight;
    } finally {
      await server.kill();
    }
    const drafts = await reopened((query) =>
      query<{ lines: number; total: string; stored_lines: number }>(sql`
        select (select count(*)::int from allowance_lines l where l.roll_id = r.id) as lines,
          (select coalesce(sum(l.amount_fen), 0)::text from allowance_lines l where l.roll_id = r.id) as total,
          (r.totals->>'lines')::int as stored_lines
        from allowance_rolls r
        where r.status = 'draft' and r.county_code = ${made!.countyCode} and to_char(r.month, 'YYYY-MM') = ${made!.month}`),
    );
    // One draft for the county and month, holding every line of the completed generation and the totals it shows.
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toEqual({
      lines: made!.totals.lines,
      total: String(made!.totals.totalFen),
      stored_lines: made!.totals.lines,
    });
  });
});
