// `npm run bench:applications`: approvals and termination items at city scale on PostgreSQL. Seeds the demo, then
// adds BENCH_CHILDREN children (default 1,000,000) in SQL across the city's villages, a share of them holding a
// category, and BENCH_OPEN open applications (default 50,000) at every step with steps opened over the last six
// weeks. Measures through the real app (in-process requests): the county approver's "my pending approvals", the
// county's late list and board, the city board, and the city's termination items against the plain SQL statement
// that selects the same rows as the owner. Prints a Markdown table. Held children get a father serving a prison term
// and a dead mother; one father in 200 was released in 2025, so the month's "situation ended" items are a few hundred
// among 160,000 situations. BENCH_KEEP=1 keeps the database; BENCH_REUSE=1 measures a kept one again.
import os from 'node:os';
import { anniversary, lastDayOf, monthOf, serviceDate } from '@hehu/domain';
import { count, sql } from 'drizzle-orm';
import pg from 'pg';
import { buildApp } from '../src/app.ts';
import { prepareDatabase } from '../src/bootstrap.ts';
import { loadConfig } from '../src/config.ts';
import { openDatabase } from '../src/db/connection.ts';
import { queryRows } from '../src/db/raw.ts';
import { applications, children } from '../src/db/schema.ts';
import { createFieldCipher } from '../src/platform/crypto.ts';
import { PolicyCache } from '../src/platform/policy.ts';
import { allowanceRules } from '../src/modules/allowances/index.ts';
import { triggerCandidates } from '../src/modules/applications/triggers.ts';
import { log, timings as timed } from './timing.ts';
import { DEMO_PASSWORD } from '../src/seed/demo.ts';

const N = Number(process.env.BENCH_CHILDREN ?? 1_000_000);
const OPEN = Number(process.env.BENCH_OPEN ?? 50_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 100);
const KEY = '00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff';
const DB_NAME = 'hehu_bench_applications';

const timings = (fn: (i: number) => Promise<void>, rounds = ROUNDS) => timed(fn, rounds);

const pgUrl = process.env.BENCH_DATABASE_URL;
if (!pgUrl) throw new Error('set BENCH_DATABASE_URL=postgres://… (this benchmark is for PostgreSQL)');

const reuse = process.env.BENCH_REUSE === '1';
const admin = new pg.Client({ connectionString: pgUrl });
await admin.connect();
if (!reuse) {
  await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DB_NAME}`);
}
const url = new URL(pgUrl);
url.pathname = `/${DB_NAME}`;
const database = await openDatabase({ databaseUrl: url.toString() });
const db = database.db;
const config = loadConfig({ NODE_ENV: 'test', HEHU_DEMO: 'true', HEHU_MASTER_KEY: KEY, LOG_LEVEL: 'silent' });
const cipher = createFieldCipher(Buffer.from(KEY, 'hex'));
let t0 = performance.now();
await prepareDatabase(database, config, cipher, () => undefined);
log(`demo seeded in ${((performance.now() - t0) / 1000).toFixed(0)} s`);

let childSeconds = 0;
let appSeconds = 0;
if (!reuse) {
  // Children spread over every village, ages 0–17 by day; one in twelve holds a category from 2024 on (with its
  // 18th birthdays spread over the year, about one in 216 turns 18 in any month).
  t0 = performance.now();
  const BATCH = 100_000;
  for (let from = 0; from < N; from += BATCH) {
    await db.execute(sql`
      with v as (select code, row_number() over (order by code) - 1 as i, count(*) over () as n
                 from divisions where length(code) = 12 and code like '5111%')
      insert into children (name, sex, birth_date, division_code, household_type, no_id_reason)
      select '测' || g, case when g % 2 = 0 then 'M' else 'F' end,
        (${serviceDate()}::date - (g % 6570) - 1)::date, v.code, 'rural', '户籍办理中'
      from generate_series(${from}::int, ${Math.min(N, from + BATCH) - 1}::int) g join v on v.i = g % v.n`);
    log(`children: ${Math.min(N, from + BATCH)}`);
  }
  await db.execute(sql`
    insert into child_categories (child_id, category, start_date, decision_ref, rules_version)
    select id, (array['orphan_scattered','de_facto_unsupported','difficulty_economic'])[1 + (abs(hashtext(id::text)) % 3)],
      '2024-01-01', '乐民审〔2024〕测', 'bench'
    from children where name like '测%' and abs(hashtext(id::text)) % 12 = 0`);

  // Each held bench child's parents: the father imprisoned (one in 200 on a 12-month term that ended in 2025, the
  // others on 5–10 years), the mother dead; ids derived from the child so the three inserts agree.
  await db.execute(sql`
    insert into persons (id, name, sex)
    select md5(cc.child_id::text || p.role)::uuid, '测' || p.role, p.sex
    from child_categories cc join children c on c.id = cc.child_id
    cross join (values ('father', 'M'), ('mother', 'F')) p(role, sex)
    where c.name like '测%'`);
  await db.execute(sql`
    insert into child_relations (child_id, person_id, kind, start_date)
    select cc.child_id, md5(cc.child_id::text || p.role)::uuid, p.role, c.birth_date
    from child_categories cc join children c on c.id = cc.child_id
    cross join (values ('father'), ('mother')) p(role)
    where c.name like '测%'`);
  await db.execute(sql`
    insert into person_situations (person_id, code, since, details)
    select md5(cc.child_id::text || 'father')::uuid, 'imprisoned',
      '2024-01-01'::date + (abs(hashtext(cc.child_id::text)) % 200),
      jsonb_build_object('termMonths', case when abs(hashtext(cc.child_id::text || 'term')) % 200 = 0 then 12
        else 60 + abs(hashtext(cc.child_id::text)) % 61 end)
    from child_categories cc join children c on c.id = cc.child_id where c.name like '测%'
    union all
    select md5(cc.child_id::text || 'mother')::uuid, 'dead', '2023-06-01'::date, '{}'::jsonb
    from child_categories cc join children c on c.id = cc.child_id where c.name like '测%'`);

  childSeconds = (performance.now() - t0) / 1000;

  // Open applications at every step: drafts and returned at the village, intake and submitted at the township,
  // verified at the county; steps opened 0–41 days ago so some are late on the working-day clock.
  t0 = performance.now();
  await db.execute(sql`
    with picked as (
      select id, row_number() over (order by id) as k from children
      where name like '测%' and abs(hashtext(id::text)) % 12 <> 0 limit ${OPEN})
    insert into applications (child_id, kind, category, cross_province, accepting_place, status, version, step_since,
      limits_version, created_at)
    select id, 'grant', 'de_facto_unsupported', k % 25 = 0, case when k % 25 = 0 then '云南省昆明市某街道' end,
      s.status, s.version, (${serviceDate()}::date - (k % 42)::int)::date, 'bench', now() - make_interval(days => (k % 42)::int)
    from picked cross join lateral (select
      (array['draft','returned','submitted','submitted','verified','verified'])[1 + k % 6] as status,
      (array[1, 3, 2, 2, 3, 3])[1 + k % 6] as version) s
    where not (k % 25 = 0 and s.status = 'submitted')`);
  await db.execute(sql`
    insert into application_actions (application_id, seq, action, on_date, actor_name)
    select id, 1, 'create', step_since, '村儿童主任' from applications where limits_version = 'bench'`);
  appSeconds = (performance.now() - t0) / 1000;
}
const [childCount] = await db.select({ n: count() }).from(children);
const [appCount] = await db.select({ n: count() }).from(applications);
log(`${childCount?.n ?? 0} children, ${appCount?.n ?? 0} applications`);
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

const approver = await signIn('demo_approver');
const city = await signIn('demo_city');
let waitingOnCounty = 0;
const pending = await timings(async () => {
  const body = (await get(approver, '/api/applications?actionable=true&limit=50')) as { total: number };
  waitingOnCounty = body.total;
});
let lateInCounty = 0;
const late = await timings(async () => {
  const body = (await get(approver, '/api/applications?overdue=true&limit=50')) as { total: number };
  lateInCounty = body.total;
});
const countyBoard = await timings(() => get(approver, '/api/applications/board').then(() => undefined));
const cityBoard = await timings(() => get(city, '/api/applications/board').then(() => undefined), 20);
let itemsApi = 0;
const triggers = await timings(async () => {
  const body = (await get(city, '/api/applications/triggers')) as { items: unknown[] };
  itemsApi = body.items.length;
}, 20);

// The scan alone, the app's own queries in the city officer's session (row-level security on, the city's reach),
// without the request, the audit row or the rule check that turns candidates into items.
const [cityUser] = await queryRows<{ id: string }>(db, sql`select id from users where username = 'demo_city'`);
const cityScope = { permission: 'children:read' as const, prefixes: [config.city], institutionIds: [] };
const lastPaidAge = (await allowanceRules(db)).lastPaidAge;
let itemsScan = 0;
const scan = await timings(
  () =>
    database.transaction(async (tx) => {
      await tx.execute(sql`select set_config('hehu.user_id', ${cityUser?.id ?? ''}, true),
        set_config('hehu.reach_prefixes', ${config.city}, true), set_config('role', 'hehu_app', true)`);
      const found = await triggerCandidates(tx, cityScope, serviceDate(), lastPaidAge);
      itemsScan = found.aged.length + found.changed.length;
    }),
  20,
);

// The same rows as the owner's plain statements: the holders whose 18th birthday month has come and those whose
// parent's situation ended after the category began (no session, scope, row-level security, audit or rules).
const bornBy = anniversary(lastDayOf(monthOf(serviceDate())), -18);
let itemsPlain = 0;
const plain = await timings(async () => {
  const held = sql`c.status = 'active' and c.merged_into is null and cc.end_date is null
    and cc.category in ('orphan_institutional','orphan_scattered','de_facto_unsupported','difficulty_economic',
      'difficulty_disability','difficulty_guardianship')
    and not exists (select 1 from applications a where a.child_id = cc.child_id and a.category = cc.category
      and a.kind = 'terminate' and a.status in ('draft','intake','submitted','verified','returned','approved'))`;
  const aged = await queryRows<{ id: string }>(
    db,
    sql`select c.id from child_categories cc join children c on c.id = cc.child_id
      where ${held} and c.birth_date <= ${bornBy}::date limit 500`,
  );
  // The plain statement takes the same path as the app: the few ended situations from their index first.
  const ended = await queryRows<{ id: string }>(
    db,
    sql`select c.id, max(e.ends_on) from child_categories cc join children c on c.id = cc.child_id
      join (select r.child_id, r.end_date, s.ends_on from child_relations r
          join person_situations s on s.person_id = r.person_id
          where s.ends_on <= current_date and r.kind in ('father', 'mother')) e
        on e.child_id = cc.child_id and (e.end_date is null or e.end_date >= cc.start_date)
          and e.ends_on >= cc.start_date
      where ${held} group by cc.id, c.id limit 500`,
  );
  itemsPlain = aged.length + ended.length;
}, 20);

await app.close();
await database.close();
if (process.env.BENCH_KEEP !== '1') await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
await admin.end();

const row = (label: string, t: { p50: number; p95: number }) =>
  `| ${label} | ${t.p50.toFixed(1)} | ${t.p95.toFixed(1)} |`;
process.stdout.write(
  [
    `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, PostgreSQL (default settings); in-process requests (app.inject).`,
    '',
    reuse
      ? `${(childCount?.n ?? 0).toLocaleString('en')} children and ${(appCount?.n ?? 0).toLocaleString('en')} applications (a kept database, measured again).`
      : `${(childCount?.n ?? 0).toLocaleString('en')} children (${N.toLocaleString('en')} added in ${childSeconds.toFixed(0)} s) and ${(appCount?.n ?? 0).toLocaleString('en')} applications (${appSeconds.toFixed(0)} s).`,
    '',
    '| operation | p50 ms | p95 ms |',
    '|---|---|---|',
    row(`my pending approvals, county approver (50 rows of ${waitingOnCounty.toLocaleString('en')})`, pending),
    row(`late steps in the county (50 rows of ${lateInCounty.toLocaleString('en')})`, late),
    row('board, county (townships)', countyBoard),
    row('board, city (counties)', cityBoard),
    row(`termination items, city (${itemsApi} items)`, triggers),
    row(`the scan alone: the app's candidate queries under row-level security (${itemsScan} rows)`, scan),
    row(`plain SQL selecting the same candidates (${itemsPlain} rows)`, plain),
    '',
  ].join('\n'),
);
