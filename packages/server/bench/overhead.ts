// `npm run bench:overhead`: what a signed-in request costs over an anonymous one, over real HTTP on PostgreSQL.
// Starts the server (bench/overhead-server.ts) in a child process on a fresh database, signs in as demo_county
// and keeps BENCH_CONNECTIONS keep-alive connections busy for BENCH_SECONDS per case (BENCH_ROUNDS rounds over
// all cases, the median of each kept): anonymous /api/health,
// signed-in /api/health and /api/me, a child's file and the children list. Runs twice, with sessions resolved
// from the database each time ("off") and kept in memory ("on"), and prints a Markdown table. Loopback only; each
// case stops by itself. Beside the rates it gives the CPU time each request cost the server process and the
// database's backends (from /proc, when PostgreSQL runs on this machine): on a machine shared with other work the
// rates move with the load, the CPU a request costs much less.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { DEMO_PASSWORD } from '../src/seed/demo.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);
/** Rounds over all cases, each case's median kept: the load from other work on the machine drifts meanwhile. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);
const base = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:55432/postgres';

interface Result {
  perSecond: number;
  p50: number;
  p95: number;
  /** CPU milliseconds per request, server and database together (NaN when /proc cannot tell). */
  cpuMs: number;
}

/** Clock ticks per second in /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** User and system CPU milliseconds a process has used, or undefined if it is not on this machine. */
function cpuOf(pid: number): number | undefined {
  try {
    // The fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

function request(
  agent: http.Agent,
  port: number,
  method: string,
  url: string,
  headers: Record<string, string>,
  body?: string,
): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: url, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString(), headers: res.headers }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

async function load(
  port: number,
  url: string,
  headers: Record<string, string>,
  cpuUsed: () => Promise<number>,
): Promise<Result> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const run = async (ms: number, times: number[] | undefined) => {
    const until = performance.now() + ms;
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (performance.now() < until) {
          const t0 = performance.now();
          const res = await request(agent, port, 'GET', url, headers);
          if (res.status !== 200) throw new Error(`${url} → ${res.status} ${res.body.slice(0, 200)}`);
          times?.push(performance.now() - t0);
        }
      }),
    );
  };
  await run(500, undefined);
  const times: number[] = [];
  const cpu0 = await cpuUsed();
  const t0 = performance.now();
  await run(SECONDS * 1000, times);
  const elapsed = (performance.now() - t0) / 1000;
  const cpuMs = ((await cpuUsed()) - cpu0) / times.length;
  agent.destroy();
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0;
  return { perSecond: times.length / elapsed, p50: at(0.5), p95: at(0.95), cpuMs };
}

async function startServer(databaseUrl: string, cache: 'on' | 'off'): Promise<{ port: number; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'overhead-server.ts')], {
    cwd: path.resolve(import.meta.dirname, '..'),
    env: { ...process.env, BENCH_OVERHEAD_DATABASE_URL: databaseUrl, BENCH_SESSION_CACHE: cache },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.on('exit', (code) => reject(new Error(`server exited (${code ?? 'signal'})`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = /^listening (\d+)$/.exec(line);
      if (match) resolve(Number(match[1]));
    });
  });
  return { port, child };
}

async function measure(databaseUrl: string, cache: 'on' | 'off'): Promise<Map<string, Result>> {
  const { port, child } = await startServer(databaseUrl, cache);
  /** The server's CPU and that of every backend serving the bench database (the audit sealer's among them). */
  const cpuUsed = async () => {
    const backends = await admin.query<{ pid: number }>(
      `select pid from pg_stat_activity where datname = 'hehu_bench_overhead'`,
    );
    const all = [child.pid ?? 0, ...backends.rows.map((r) => r.pid)].map(cpuOf);
    return all.some((ms) => ms === undefined) ? NaN : all.reduce<number>((sum, ms) => sum + (ms ?? 0), 0);
  };
  try {
    const agent = new http.Agent({ keepAlive: false });
    const body = JSON.stringify({ username: 'demo_county', password: DEMO_PASSWORD });
    const login = await request(
      agent,
      port,
      'POST',
      '/api/auth/login',
      { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) },
      body,
    );
    if (login.status !== 200) throw new Error(`login → ${login.status} ${login.body}`);
    const cookie = String(login.headers['set-cookie'] ?? '').split(';')[0] ?? '';
    const signedIn = { cookie };
    const list = await request(agent, port, 'GET', '/api/children?limit=20', signedIn);
    const first = (JSON.parse(list.body) as { data: { id: string }[] }).data[0];
    if (!first) throw new Error('no child in scope');
    const cases: [string, string, Record<string, string>][] = [
      ['anonymous GET /api/health', '/api/health', {}],
      ['signed-in GET /api/health', '/api/health', signedIn],
      ['signed-in GET /api/me', '/api/me', signedIn],
      ['a child file GET /api/children/:id', `/api/children/${first.id}`, signedIn],
      ['the children list GET /api/children?limit=20', '/api/children?limit=20', signedIn],
    ];
    const rounds = new Map<string, Result[]>(cases.map(([label]) => [label, []]));
    for (let round = 0; round < ROUNDS; round++) {
      for (const [label, url, headers] of cases) rounds.get(label)?.push(await load(port, url, headers, cpuUsed));
    }
    const median = (list: Result[], key: keyof Result) =>
      list.map((r) => r[key]).sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;
    return new Map(
      [...rounds].map(([label, list]) => [
        label,
        {
          perSecond: median(list, 'perSecond'),
          p50: median(list, 'p50'),
          p95: median(list, 'p95'),
          cpuMs: median(list, 'cpuMs'),
        },
      ]),
    );
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

const admin = new pg.Client({ connectionString: base });
await admin.connect();
await admin.query('DROP DATABASE IF EXISTS hehu_bench_overhead WITH (FORCE)');
await admin.query('CREATE DATABASE hehu_bench_overhead');
const url = new URL(base);
url.pathname = '/hehu_bench_overhead';
try {
  // The first start seeds the database; both runs then use it as it is.
  const off = await measure(url.toString(), 'off');
  const on = await measure(url.toString(), 'on');
  const load1 = os.loadavg()[0]?.toFixed(1) ?? '?';
  const anonymous = (m: Map<string, Result>) => m.get('anonymous GET /api/health')?.perSecond ?? 1;
  const cell = (m: Map<string, Result>, label: string) => {
    const r = m.get(label) ?? { perSecond: 0, p50: 0, p95: 0, cpuMs: NaN };
    const share = Math.round((r.perSecond / anonymous(m)) * 100);
    return `${Math.round(r.perSecond).toLocaleString('en')} (${share} %) · ${r.p50.toFixed(1)} / ${r.p95.toFixed(1)}`;
  };
  const cpuCell = (m: Map<string, Result>, label: string) => {
    const ms = m.get(label)?.cpuMs ?? NaN;
    return Number.isNaN(ms) ? '–' : ms.toFixed(2);
  };
  const lines = [
    `Measured ${new Date().toISOString()} on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}; ` +
      `${CONNECTIONS} keep-alive connections, ${ROUNDS} rounds of ${SECONDS} s per case (medians); load average ${load1} at the end.`,
    '',
    '| request | sessions from the database: req/s (share of anonymous) · p50 / p95 ms | kept in memory | CPU per request, kept in memory: server + database, ms |',
    '|---|---|---|---|',
    ...[...off.keys()].map(
      (label) => `| ${label} | ${cell(off, label)} | ${cell(on, label)} | ${cpuCell(on, label)} |`,
    ),
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
} finally {
  await admin.query('DROP DATABASE IF EXISTS hehu_bench_overhead WITH (FORCE)');
  await admin.end();
}
