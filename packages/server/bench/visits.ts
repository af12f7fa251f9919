// `npm run bench:visits`: visit plans at city scale on PostgreSQL. Seeds N demo children (default 1,000,000) with
// the demo's two years of visits, assessments and care records, tops the visits up in SQL to VISITS_TOTAL rows
// (default 10,000,000; older visits, which every due date must look past), then measures through the real app
// (in-process requests): "my visits" for a village director, the overdue board of a township, and the city's
// overdue count against the same count as one plain SQL statement run by the owner (over the visit rows, and over
// visit_standing as the app reads). BENCH_KEEP=1 keeps the database; BENCH_REUSE=1 measures a kept one again.
// Prints a Markdown table.
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
import { refreshAllPotential } from '../src/modules/categories/potential.ts';
import { serviceDate } from '@hehu/domain';
import { log, timings as timed } from './timing.ts';
import { DEMO_PASSWORD, demoVillages, seedDemoChildren } from '../src/seed/demo.ts';

const N = Number(process.env.BENCH_CHILDREN ?? 1_000_000);
const VISITS_TOTAL = Number(process.env.BENCH_VISITS ?? 10_000_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 100);
const KEY = '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff';

const timings = (fn: (i: number) => Promise<void>, rounds = ROUNDS) => timed(fn, rounds);

const pgUrl = process.env.BENCH_DATABASE_URL;
if (!pgUrl) throw new Error('set BENCH_DATABASE_URL=postgres://… (this benchmark is for PostgreSQL)');

/** BENCH_REUSE=1: measure again on the database a BENCH_KEEP=1 (or interrupted) run left, without seeding. */
const reuse = process.env.BENCH_REUSE === '1';
const admin = new pg.Client({ connectionString: pgUrl });
await admin.connect();
if (!reuse) {
  await admin.query('DROP DATABASE IF EXISTS hehu_bench_visits WITH (FORCE)');
  await admin.query('CREATE DATABASE hehu_bench_visits');
}
const url = new URL(pgUrl);
url.pathname = '/hehu_bench_visits';
const database = await openDatabase({ databaseUrl: url.toString() });
const db = database.db;
/**
 * BENCH_SEED=demo: the N children made by the demo seed itself (every record a county has; ~10 min per 100,000
 * children on a loaded machine). Default: the ordinary demo, then N children made in SQL (below).
 */
const demoSeed = process.env.BENCH_SEED === 'demo';
const config = loadConfig({
  NODE_ENV: 'test',
  HEHU_DEMO: 'true',
  ...(demoSeed ? { HEHU_DEMO_CHILDREN: '0' } : {}),
  HEHU_MASTER_KEY: KEY,
  LOG_LEVEL: 'silent',
});
const cipher = createFieldCipher(Buffer.from(KEY, 'hex'));
await prepareDatabase(database, config, cipher, () => undefined);

let t0 = performance.now();
let seedSeconds = 0;
let topUpSeconds = 0;
if (!reuse && demoSeed) {
  await seedDemoChildren(db, cipher, N, {
    batchSize: 2000,
    onProgress: (done) => {
      if (done % 100_000 < 2000) log(`seeded ${done} children`);
    },
  });
} else if (!reuse) {
  await seedInSql();
}
seedSeconds = (performance.now() - t0) / 1000;

/**
 * N children spread over every village of the city, ages 0–17; one in three in the visit plan (two in three of
 * those left behind, the others orphans or in difficulty) since mid-2024, each visited about monthly for two
 * years with the latest visit 0–59 days ago, one in ten of them assessed at a level drawn from its id. Made in
 * batches of 100,000 children, so each statement's visits refresh their children's visit_standing rows at once.
 */
async function seedInSql(): Promise<void> {
  const today = serviceDate();
  const BATCH = 100_000;
  for (let from = 0; from < N; from += BATCH) {
    const to = Math.min(N, from + BATCH) - 1;
    const name = sql`'测' || ${from}::int || '-'`;
    await db.execute(sql`
      with v as (select code, row_number() over (order by code) - 1 as i, count(*) over () as n
                 from divisions where length(code) = 12 and code like '5111%')
      insert into children (name, sex, birth_date, division_code, household_type, no_id_reason)
      select ${name} || g, case when g % 2 = 0 then 'M' else 'F' end,
        (${today}::date - (g % 6570) - 1)::date, v.code, 'rural', '户籍办理中'
      from generate_series(${from}::int, ${to}::int) g join v on v.i = g % v.n`);
    await db.execute(sql`
      insert into child_categories (child_id, category, start_date, decision_ref, rules_version)
      select id, (array['left_behind','left_behind','left_behind','left_behind','orphan_scattered','difficulty_economic'])
          [1 + (abs(hashtext(id::text)) / 3) % 6],
        '2024-06-01', '乐民审〔2024〕测', 'bench'
      from children where name like ${`测${from}-%`} and abs(hashtext(id::text)) % 3 = 0`);
    await db.execute(sql`
      insert into visits (id, child_id, visit_date, kind, living, visitor_name)
      select gen_random_uuid(), cc.child_id,
        (${today}::date - (abs(hashtext(cc.child_id::text)) % 60) - k * 30)::date, 'home', '居住环境整洁', '村儿童主任'
      from child_categories cc join children c on c.id = cc.child_id
      cross join generate_series(0, 23) k
      where c.name like ${`测${from}-%`}`);
    await db.execute(sql`
      insert into risk_assessments (id, child_id, assessed_on, instrument_version, answers, total, by_area, level)
      select gen_random_uuid(), cc.child_id, (${today}::date - (abs(hashtext(cc.child_id::text)) % 90))::date,
        'bench', '{}', 0, '{}',
        (array['normal','normal','normal','insufficient','insufficient','improper','absent'])
          [1 + (abs(hashtext(cc.child_id::text || 'risk')) % 7)]
      from child_categories cc join children c on c.id = cc.child_id
      where c.name like ${`测${from}-%`} and abs(hashtext(cc.child_id::text || 'assessed')) % 10 = 0`);
    log(`children: ${to + 1}`);
  }
}
const [seeded] = await db.select({ n: count() }).from(visits);
log(`demo seed done in ${seedSeconds.toFixed(0)} s with ${seeded?.n ?? 0} visits`);

// Older visits for children in the plan, spread over the two years before the demo's own, until the total is met.
t0 = performance.now();
const [planned] = await queryRows<{ n: number }>(db, sql`select count(distinct child_id)::int as n from visits`);
const perChild = Math.max(0, Math.ceil((VISITS_TOTAL - (seeded?.n ?? 0)) / Math.max(1, planned?.n ?? 1)));
if (!reuse && perChild > 0)
  await db.execute(sql`insert into visits (id, child_id, visit_date, kind, living, visitor_name, created_at)
    select gen_random_uuid(), v.child_id, (v.first - (g * 30 + (hashtext(v.child_id::text) & 15)))::date, 'home',
      '居住环境整洁', '村儿童主任', now()
    from (select child_id, min(visit_date) as first from visits group by child_id) v
    cross join generate_series(1, ${perChild}) g`);
const [visitCount] = await db.select({ n: count() }).from(visits);
topUpSeconds = (performance.now() - t0) / 1000;
log(`visits topped up to ${visitCount?.n ?? 0} in ${topUpSeconds.toFixed(0)} s`);
if (!reuse) await db.execute(sql`VACUUM ANALYZE`);

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
// The issue's goal names a township of 5,000 children; the demo township is larger at this size, so the board of the
// demo county's township nearest 5,000 is timed too (the county officer asking for that township).
const [nearFiveThousand] = await queryRows<{ code: string; n: number }>(
  db,
  sql`select left(division_code, 9) as code, count(*)::int as n from children
    where status = 'active' and division_code like ${`${areas.township.slice(0, 6)}%`}
    group by 1 order by abs(count(*) - 5000), 1 limit 1`,
);
if (!nearFiveThousand) throw new Error('no township in the demo county');
const villageCookie = await signIn('demo_village');
const countyCookie = await signIn('demo_county');
const townshipCookie = await signIn('demo_township');
const cityCookie = await signIn('demo_city');
const [cityUser] = await db.select({ id: users.id }).from(users).where(eq(users.username, 'demo_city'));
if (!cityUser) throw new Error('no demo_city account');

const mine = await timings(() => get(villageCookie, '/api/visits/mine?limit=50').then(() => undefined));
const mineOverdue = await timings(() =>
  get(villageCookie, '/api/visits/mine?standing=overdue&limit=50').then(() => undefined),
);
const board = await timings(() => get(townshipCookie, '/api/visits/board').then(() => undefined));
const boardNearFiveThousand = await timings(() =>
  get(countyCookie, `/api/visits/board?division=${nearFiveThousand.code}`).then(() => undefined),
);
// The home page at the same size (issue 9's goal: /api/tasks and /api/potentially-eligible p95 under 50 ms at a
// million children): every task provider runs, the visit plan's among them.
// The nightly job runs first, as in service: otherwise the first call of the day evaluates every candidate.
const nightlyStart = performance.now();
const evaluated = await refreshAllPotential(db, serviceDate());
const nightlySeconds = (performance.now() - nightlyStart) / 1000;
log(`nightly 主动发现 evaluation: ${evaluated} children in ${nightlySeconds.toFixed(0)} s`);
const tasksOf = async (cookie: string) => timings(() => get(cookie, '/api/tasks').then(() => undefined));
const tasksVillage = await tasksOf(villageCookie);
const tasksTownship = await tasksOf(townshipCookie);
const tasksCounty = await tasksOf(countyCookie);
const potentialCounty = await timings(() =>
  get(countyCookie, '/api/potentially-eligible?limit=50').then(() => undefined),
);

// BENCH_CITY=0 leaves out the city's three counts (minutes each at a million children) while tuning the others;
// BENCH_CITY_ROUNDS sets their rounds (20).
const cityRounds = process.env.BENCH_CITY === '0' ? 0 : Number(process.env.BENCH_CITY_ROUNDS ?? 20);
let cityOverdueApi = 0;
const cityBoard = await timings(async () => {
  const body = (await get(cityCookie, '/api/visits/board')) as { data: { overdue: number }[] };
  cityOverdueApi = body.data.reduce((sum, r) => sum + r.overdue, 0);
}, cityRounds);

// The same count as one statement by the owner, with the default rules written out: no session, no scope, no
// row-level security, no audit row, no rules lookup.
const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
// Both plain counts: each active child's categories held today, and the default rules written out as a CASE.
const heldTodayAndOverdue = sql`cross join lateral (
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
        else interval '3 months' end < ${today}::date`;
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
        ${heldTodayAndOverdue}`,
  );
  cityOverduePlain = row?.n ?? 0;
}, cityRounds);

// The same count again as one plain statement, reading each child's latest visit and level from visit_standing
// as the app does (the database's floor for this schema).
let cityOverdueStanding = 0;
const plainStanding = await timings(async () => {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from (
        select coalesce(s.last_visit, cats.since) as last, s.risk_level as level, cats.categories
        from children c
        left join visit_standing s on s.child_id = c.id
        ${heldTodayAndOverdue}`,
  );
  cityOverdueStanding = row?.n ?? 0;
}, cityRounds);

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
    `The nightly 主动发现 evaluation of the city took ${nightlySeconds.toFixed(0)} s (${evaluated.toLocaleString('en')} children evaluated).`,
    '',
    '| operation | p50 ms | p95 ms |',
    '|---|---|---|',
    row('my visits, village director (50 rows and counts)', mine),
    row('my visits, overdue only', mineOverdue),
    row(`overdue board, township supervisor (villages; ${(inTownship?.n ?? 0).toLocaleString('en')} children)`, board),
    row(
      `overdue board of township ${nearFiveThousand.code} (${nearFiveThousand.n.toLocaleString('en')} children), county officer`,
      boardNearFiveThousand,
    ),
    row('home page tasks, village director', tasksVillage),
    row('home page tasks, township supervisor', tasksTownship),
    row('home page tasks, county officer', tasksCounty),
    row('主动发现 list, county officer (50 rows)', potentialCounty),
    row(`city board (counties; ${cityOverdueApi.toLocaleString('en')} overdue in all)`, cityBoard),
    row(`plain SQL count of the city's overdue over the visit rows (${cityOverduePlain.toLocaleString('en')})`, plain),
    row(
      `plain SQL count over visit_standing, as the app reads (${cityOverdueStanding.toLocaleString('en')})`,
      plainStanding,
    ),
    '',
  ].join('\n'),
);
