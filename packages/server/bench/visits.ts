// `npm run bench:visits`: visit plans at city scale on PostgreSQL. Seeds N demo children (default 1,000,000) with
// the demo's two years of visits, assessments and care records, tops the visits up in SQL to VISITS_TOTAL rows
// (default 10,000,000; older visits, which every due date must look past), then measures through the real app
// (in-process requests): "my visits" for a village director, the overdue board of a township, and the city's
// overdue count against the same count as one plain SQL statement run by the owner. Prints a Markdown table.
import os from 'node:os';
import { and, count, eq, like, sql } from 'drizzle-orm';
import pg from 'pg';
import { buildApp } from '../src/app.ts';
import { prepareDatabase } from '../src/bootstrap.ts';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/connection.ts';
import { queryRows } from '../src/db/raw.ts';
import { children, users, visits } from '../src/db/schema.ts';
import { createFieldCipher } from '../src/platform/crypto.ts';
import { PolicyCache } from '../src/platform/policy.ts';
import { log, timings as timed } from './timing.ts';
import { DEMO_PASSWORD, demoVillages, seedDemoChildren } from '../src/seed/demo.ts';

const N = Number(process.env.BENCH_CHILDREN ?? 1_000_000);
const VISITS_TOTAL = Number(process.env.BENCH_VISITS ?? 10_000_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 100);
const KEY = '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff';

const timings = (fn: (i: number) => Promise<void>, rounds = ROUNDS) => timed(fn, rounds);

const pgUrl = process.env.BENCH_DATABASE_URL;
if (!pgUrl) throw new Error('set BENCH_DATABASE_URL=postgres://… (this benchmark is for PostgreSQL)');

const admin = new pg.Client({ connectionString: pgUrl });
await admin.connect();
await admin.query('DROP DATABASE IF EXISTS hehu_bench_visits WITH (FORCE)');
await admin.query('CREATE DATABASE hehu_bench_visits');
const url = new URL(pgUrl);
url.pathname = '/hehu_bench_visits';
const database = await openDatabase({ databaseUrl: url.toString() });
const db = database.db;
const config = loadConfig({
  NODE_ENV: 'test',
  HEHU_DEMO: 'true',
  HEHU_DEMO_CHILDREN: '0',
  HEHU_MASTER_KEY: KEY,
  LOG_LEVEL: 'silent',
});
const cipher = createFieldCipher(Buffer.from(KEY, 'hex'));
await prepareDatabase(database, config, cipher, () => undefined);

let t0 = performance.now();
await seedDemoChildren(db, cipher, N, {
  batchSize: 2000,
  onProgress: (done) => {
    if (done % 100_000 < 2000) log(`seeded ${done} children`);
  },
});
const seedSeconds = (performance.now() - t0) / 1000;
const [seeded] = await db.select({ n: count() }).from(visits);
log(`demo seed done in ${seedSeconds.toFixed(0)} s with ${seeded?.n ?? 0} visits`);

// Older visits for children in the plan, spread over the two years before the demo's own, until the total is met.
t0 = performance.now();
const [planned] = await queryRows<{ n: number }>(db, sql`select count(distinct child_id)::int as n from visits`);
const perChild = Math.max(0, Math.ceil((VISITS_TOTAL - (seeded?.n ?? 0)) / Math.max(1, planned?.n ?? 1)));
if (perChild > 0)
  await db.execute(sql`insert into visits (id, child_id, visit_date, kind, living, visitor_name, created_at)
    select gen_random_uuid(), v.child_id, (v.first - (g * 30 + (hashtext(v.child_id::text) & 15)))::date, 'home',
      '居住环境整洁', '村儿童主任', now()
    from (select child_id, min(visit_date) as first from visits group by child_id) v
    cross join generate_series(1, ${perChild}) g`);
const [visitCount] = await db.select({ n: count() }).from(visits);
const topUpSeconds = (performance.now() - t0) / 1000;
log(`visits topped up to ${visitCount?.n ?? 0} in ${topUpSeconds.toFixed(0)} s`);
await db.execute(sql`VACUUM ANALYZE`);

const app = await buildApp({ config, database, cipher, policy: new PolicyCache(db) }, { logger: false });
const signIn = async (username: string) => {
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password: DEMO_PASSWORD },
  });
  return `hehu_session=${res.cookies.find((c) => c.name === 'hehu_session')?.value ?? ''}`;
};
const get = async (cookie: string, path: string): Promise<unknown> => {
  const res = await app.inject({ method: 'GET', url: path, headers: { cookie } });
  if (res.statusCode !== 200) throw new Error(`${path} → ${res.statusCode} ${res.body.slice(0, 300)}`);
  return JSON.parse(res.body) as unknown;
};

const areas = await demoVillages(db);
const [inTownship] = await db
  .select({ n: count() })
  .from(children)
  .where(and(eq(children.status, 'active'), like(children.divisionCode, `${areas.township}%`)));
const [inVillage] = await db
  .select({ n: count() })
  .from(children)
  .where(and(eq(children.status, 'active'), eq(children.divisionCode, areas.village)));
const villageCookie = await signIn('demo_village');
const townshipCookie = await signIn('demo_township');
const cityCookie = await signIn('demo_city');
const [cityUser] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'demo_city'));
if (!cityUser) throw new Error('no demo_city account');

const mine = await timings(() => get(villageCookie, '/api/visits/mine?limit=50').then(() => undefined));
const mineOverdue = await timings(() =>
  get(villageCookie, '/api/visits/mine?standing=overdue&limit=50').then(() => undefined),
);
const board = await timings(() => get(townshipCookie, '/api/visits/board').then(() => undefined));
let cityOverdueApi = 0;
const cityBoard = await timings(async () => {
  const body = (await get(cityCookie, '/api/visits/board')) as { data: { overdue: number }[] };
  cityOverdueApi = body.data.reduce((sum, r) => sum + r.overdue, 0);
}, 20);

// The same count as one statement by the owner, with the default rules written out: no session, no scope, no
// row-level security, no audit row, no rules lookup.
const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
let cityOverduePlain = 0;
const plain = await timings(async () => {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from (
        select c.id,
          coalesce((select max(v.visit_date) from visits v where v.child_id = c.id), cats.since) as last,
          (select r.level from risk_assessments r where r.child_id = c.id
            order by r.assessed_on desc, r.created_at desc limit 1) as level,
          cats.categories
        from children c
        cross join lateral (
          select array_agg(cc.category) as categories, min(cc.start_date) as since from child_categories cc
          where cc.child_id = c.id and cc.start_date <= ${today}::date
            and (cc.end_date is null or cc.end_date > ${today}::date)
        ) cats
        where c.status = 'active' and cats.categories is not null
      ) p
      where p.last + case
        when p.level = 'absent' then interval '7 days'
        when p.level = 'improper' then interval '15 days'
        when p.level = 'insufficient' or 'left_behind' = any (p.categories) then interval '1 month'
        else interval '3 months' end < ${today}::date`,
  );
  cityOverduePlain = row?.n ?? 0;
}, 20);

await app.close();
await database.close();
// BENCH_KEEP=1 leaves the database for EXPLAIN.
if (process.env.BENCH_KEEP !== '1') await admin.query('DROP DATABASE IF EXISTS hehu_bench_visits WITH (FORCE)');
await admin.end();

const row = (label: string, t: { p50: number; p95: number }) =>
  `| ${label} | ${t.p50.toFixed(1)} | ${t.p95.toFixed(1)} |`;
process.stdout.write(
  [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, PostgreSQL (default settings); in-process requests (app.inject).`,
    '',
    `${N.toLocaleString('en')} children seeded in ${seedSeconds.toFixed(0)} s with ${(seeded?.n ?? 0).toLocaleString('en')} demo visits; topped up to ${(visitCount?.n ?? 0).toLocaleString('en')} visits in ${topUpSeconds.toFixed(0)} s. The demo township has ${(inTownship?.n ?? 0).toLocaleString('en')} children, the demo village ${(inVillage?.n ?? 0).toLocaleString('en')}.`,
    '',
    '| operation | p50 ms | p95 ms |',
    '|---|---|---|',
    row('my visits, village director (50 rows and counts)', mine),
    row('my visits, overdue only', mineOverdue),
    row('overdue board, township supervisor (villages)', board),
    row(`city board (counties; ${cityOverdueApi.toLocaleString('en')} overdue in all)`, cityBoard),
    row(`plain SQL count of the city's overdue (${cityOverduePlain.toLocaleString('en')})`, plain),
    '',
  ].join('\n'),
);
