// `npm run bench`: seeds N synthetic children (default 100,000) and measures the children API through the
// real app (in-process requests): a filtered list page, a name search, an ID-number lookup and a child file.
// Runs on PGlite (BENCH_PGLITE=0 skips it), and on PostgreSQL too when BENCH_DATABASE_URL is set. Prints a
// Markdown table.
import os from 'node:os';
import { demoName, makeIdNumber, makeRng } from '@hehu/domain';
import { and, asc, eq, isNotNull, like, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import pg from 'pg';
import { buildApp } from '../src/app.ts';
import { prepareDatabase } from '../src/bootstrap.ts';
import { loadConfig } from '../src/config.ts';
import { openDatabase, type Database } from '../src/db/connection.ts';
import { children, divisions } from '../src/db/schema.ts';
import { createFieldCipher } from '../src/platform/crypto.ts';
import { PolicyCache } from '../src/platform/policy.ts';
import { DEMO_PASSWORD, demoVillages, seedDemoChildren } from '../src/seed/demo.ts';
import { percentile } from './timing.ts';

const N = Number(process.env.BENCH_CHILDREN ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const KEY = '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff';

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
  const importLine = await benchImport(app, database);
  const total = await database.db.$count(children, eq(children.status, 'active'));
  await app.close();
  return [
    `### ${kind}: ${total.toLocaleString('en')} children (seeded at ${Math.round(N / seedSeconds).toLocaleString('en')} rows/s)`,
    '',
    '| operation (as demo_county, 511102) | p50 ms | p95 ms |',
    '|---|---|---|',
    ...rows,
    '',
    importLine,
    '',
  ];
}

const IMPORT_ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);

/** A 10,000-row ledger through the real dry run and commit, as the township supervisor of the demo township. */
async function benchImport(app: Awaited<ReturnType<typeof buildApp>>, database: Database): Promise<string> {
  const { township } = await demoVillages(database.db);
  const villages = await database.db
    .select({ code: divisions.code })
    .from(divisions)
    .where(and(eq(divisions.level, 'village'), like(divisions.code, `${township}%`)));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账');
  ws.addRow(['姓名', '公民身份证号码', '户籍所在村（社区）代码', '就学情况']);
  const rng = makeRng(99);
  for (let i = 0; i < IMPORT_ROWS; i++) {
    const birth = new Date(Date.UTC(2009, 0, 1) + Math.floor(rng() * 16 * 365) * 86_400_000).toISOString().slice(0, 10);
    const sex = rng() < 0.5 ? 'M' : 'F';
    // Sequence numbers 900–999 are not used by the demo seed, so the ID numbers are new.
    ws.addRow([
      demoName(rng, sex),
      makeIdNumber('511102', birth, 900 + (i % 100)),
      villages[i % villages.length]?.code ?? '',
      '小学',
    ]);
  }
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'demo_township', password: DEMO_PASSWORD },
  });
  const csrf = (JSON.parse(login.body) as { csrfToken: string }).csrfToken;
  const headers = {
    cookie: `hehu_session=${login.cookies.find((c) => c.name === 'hehu_session')?.value ?? ''}`,
    'x-csrf-token': csrf,
  };
  const t0 = performance.now();
  const check = await app.inject({
    method: 'POST',
    url: '/api/children/import/check?fileName=bench.xlsx',
    payload: bytes,
    headers: { ...headers, 'content-type': 'application/octet-stream' },
  });
  const t1 = performance.now();
  if (check.statusCode !== 200) throw new Error(`import check → ${check.statusCode} ${check.body.slice(0, 300)}`);
  const { jobId, validRows } = JSON.parse(check.body) as { jobId: string; validRows: number };
  const commit = await app.inject({
    method: 'POST',
    url: `/api/children/import/${jobId}/commit`,
    payload: { mode: 'valid_only' },
    headers,
  });
  const t2 = performance.now();
  if (commit.statusCode !== 200) throw new Error(`import commit → ${commit.statusCode} ${commit.body.slice(0, 300)}`);
  const { created } = JSON.parse(commit.body) as { created: number };
  const perSecond = (n: number, ms: number) => Math.round((n / ms) * 1000).toLocaleString('en');
  return `Import of a ${IMPORT_ROWS.toLocaleString('en')}-row .xlsx (${validRows.toLocaleString('en')} valid, ${created.toLocaleString('en')} created; collisions of synthetic ID numbers are duplicates): dry run ${((t1 - t0) / 1000).toFixed(1)} s (${perSecond(IMPORT_ROWS, t1 - t0)} rows/s), commit ${((t2 - t1) / 1000).toFixed(1)} s (${perSecond(created, t2 - t1)} rows/s), end to end ${perSecond(created, t2 - t0)} rows/s.`;
}

const out: string[] = [
  `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; ${ROUNDS} requests each after 10 warm-up, in-process (app.inject).`,
  '',
];
if (process.env.BENCH_PGLITE !== '0') {
  const pglite = await openDatabase({ pgliteDir: 'memory://' });
  out.push(...(await run('PGlite (in memory)', pglite)));
  await pglite.close();
}

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
