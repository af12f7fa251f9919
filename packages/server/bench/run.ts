// `npm run bench`: seeds N synthetic children (default 100,000) and measures the children API through the
// real app (in-process requests): a filtered list page, a name search, an ID-number lookup and a child file.
// Runs on PGlite, and on PostgreSQL too when BENCH_DATABASE_URL is set. Prints a Markdown table.
import os from 'node:os';
import { asc, eq, isNotNull, sql } from 'drizzle-orm';
import pg from 'pg';
import { buildApp } from '../src/app.ts';
import { prepareDatabase } from '../src/bootstrap.ts';
import { loadConfig } from '../src/config.ts';
import { openDatabase, type Database } from '../src/db/connection.ts';
import { children } from '../src/db/schema.ts';
import { createFieldCipher } from '../src/platform/crypto.ts';
import { PolicyCache } from '../src/platform/policy.ts';
import { DEMO_PASSWORD, seedDemoChildren } from '../src/seed/demo.ts';

const N = Number(process.env.BENCH_CHILDREN ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const KEY = '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function measure(label: string, fn: (i: number) => Promise<void>): Promise<string> {
  for (let i = 0; i < 10; i++) await fn(i);
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t0 = performance.now();
    await fn(i);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return `| ${label} | ${percentile(times, 50).toFixed(1)} | ${percentile(times, 95).toFixed(1)} |`;
}

async function run(kind: string, database: Database): Promise<string[]> {
  const config = loadConfig({
    NODE_ENV: 'test',
    HEHU_DEMO: 'true',
    HEHU_DEMO_CHILDREN: '0',
    HEHU_MASTER_KEY: KEY,
    LOG_LEVEL: 'silent',
  });
  const cipher = createFieldCipher(Buffer.from(KEY, 'hex'));
  await prepareDatabase(database, config, cipher, () => undefined);
  const t0 = performance.now();
  await seedDemoChildren(database.db, cipher, N, { batchSize: 2000 });
  const seedSeconds = (performance.now() - t0) / 1000;
  await database.maintenance();
  if (database.kind === 'postgres') await database.db.execute(sql`ANALYZE`);
  const app = await buildApp({ config, database, cipher, policy: new PolicyCache(database.db) }, { logger: false });
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'demo_county', password: DEMO_PASSWORD },
  });
  const cookie = `hehu_session=${login.cookies.find((c) => c.name === 'hehu_session')?.value ?? ''}`;
  const sample = await database.db
    .select({ id: children.id, name: children.name, enc: children.idNumberEnc, division: children.divisionCode })
    .from(children)
    .where(isNotNull(children.idNumberEnc))
    .orderBy(asc(children.id))
    .limit(ROUNDS + 10);
  const county = sample.filter((s) => s.division.startsWith('511102'));
  const get = async (url: string) => {
    const res = await app.inject({ method: 'GET', url, headers: { cookie } });
    if (res.statusCode !== 200) throw new Error(`${url} → ${res.statusCode} ${res.body}`);
  };
  const pick = <T>(list: T[], i: number): T => list[i % list.length] as T;
  const rows = [
    await measure('filtered list page (county, township filter, 20 rows)', (i) =>
      get(`/api/children?division=${pick(county, i).division.slice(0, 9)}&limit=20`),
    ),
    await measure('name search (county scope)', (i) =>
      get(`/api/children?q=${encodeURIComponent(pick(county, i).name)}&limit=20`),
    ),
    await measure('ID-number lookup (blind index)', (i) =>
      get(`/api/children?q=${cipher.decrypt(pick(county, i).enc ?? '')}`),
    ),
    await measure('child file', (i) => get(`/api/children/${pick(county, i).id}`)),
  ];
  const total = await database.db.$count(children, eq(children.status, 'active'));
  await app.close();
  return [
    `### ${kind}: ${total.toLocaleString('en')} children (seeded at ${Math.round(N / seedSeconds).toLocaleString('en')} rows/s)`,
    '',
    '| operation (as demo_county, 511102) | p50 ms | p95 ms |',
    '|---|---|---|',
    ...rows,
    '',
  ];
}

const out: string[] = [
  `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; ${ROUNDS} requests each after 10 warm-up, in-process (app.inject).`,
  '',
];
const pglite = await openDatabase({ pgliteDir: 'memory://' });
out.push(...(await run('PGlite (in memory)', pglite)));
await pglite.close();

const pgUrl = process.env.BENCH_DATABASE_URL;
if (pgUrl) {
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS hehu_bench WITH (FORCE)');
  await admin.query('CREATE DATABASE hehu_bench');
  const url = new URL(pgUrl);
  url.pathname = '/hehu_bench';
  const database = await openDatabase({ databaseUrl: url.toString() });
  out.push(...(await run('PostgreSQL 15', database)));
  await database.close();
  await admin.query('DROP DATABASE IF EXISTS hehu_bench WITH (FORCE)');
  await admin.end();
} else {
  out.push('(PostgreSQL not measured: set BENCH_DATABASE_URL=postgres://… to include it.)', '');
}
process.stdout.write(`${out.join('\n')}\n`);
