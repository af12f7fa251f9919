// Table-driven scope test over the route table: every route with an id in its path is called, as every business
// role of 511102, with the ids of records that exist in another county (511123), and must answer 404 (or 403 when
// the role lacks the permission) — never a success, and never a 400 that would stop before the scope is checked.
// A second pass mixes the caller's own child with another county's relation, person, situation, category and
// document ids. The suite runs with the database's row-level security on, and again with it off, so the
// application's own scope conditions are shown to hold by themselves (a removed condition turns this red).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, like, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { childSchooling, children, divisions, visits } from '../src/db/schema.ts';
import type { ApiRoute } from '../src/platform/http.ts';
import { queryRows } from '../src/db/raw.ts';
import { apiRoutes } from '../src/routes.ts';
import { demoVillages } from '../src/seed/demo.ts';
import { createTestApp, type Client, type TestApp } from './harness.ts';
import { pngBytes } from './uploads.ts';

/** Business roles scoped to 511102 (and the institution worker). */
const ROLES = [
  'demo_county',
  'demo_township',
  'demo_village',
  'demo_welfare',
  'demo_hotline',
  'demo_protect',
  'demo_police',
  'demo_teacher',
];

interface Ids {
  id: string;
  relationId: string;
  personId: string;
  situationId: string;
  categoryId: string;
  periodId: string;
  documentId: string;
  transferId: string;
  duplicateId: string;
  jobId: string;
  applicationId: string;
  visitId: string;
  rollId?: string;
  findingId?: string;
  code?: string;
  caseId?: string;
  taskId?: string;
  referralId?: string;
  libraryId?: string;
  intakeId?: string;
  reverificationId?: string;
}

const TODAY = '2026-01-05';
/** Replaced by a real 511102 village before the bodies are sent. */
const OWN_VILLAGE = '$OWN_VILLAGE';
let ownVillage = '';

/**
 * A valid body per route, so the request reaches the handler's scope check. A new route with an id in its path
 * fails the coverage test below until it is added here.
 */
const SAMPLE_BODIES: Record<string, unknown> = {
  'POST /api/person-links/:id/confirm': { note: '确认' },
  'POST /api/person-links/:id/reject': { note: '不是同一人' },
  'POST /api/person-links/:id/cancel': { note: '撤回' },
  'PATCH /api/children/:id': { version: 1, schoolName: '第一小学' },
  'POST /api/children/:id/archive': { note: '测试' },
  'POST /api/children/:id/terminate': { reason: 'adopted', eventDate: TODAY },
  'POST /api/children/:id/transfers': { toDivision: OWN_VILLAGE, reason: '随亲属迁居' },
  'POST /api/children/:id/unmask': { field: 'idNumber' },
  'POST /api/children/:id/categories': { category: 'left_behind', startDate: TODAY, decisionRef: '乐民〔2026〕1号' },
  'POST /api/children/:id/categories/:categoryId/end': { endDate: TODAY, endReason: '情况变化' },
  'POST /api/children/:id/relations': {
    kind: 'guardian',
    relationLabel: '祖母',
    startDate: TODAY,
    person: { name: '李秀英' },
  },
  'POST /api/children/:id/relations/:relationId/end': { endDate: TODAY, endReason: '情况变化' },
  'PATCH /api/children/:id/persons/:personId': { workPlace: '乐山' },
  'POST /api/children/:id/persons/:personId/situations': { code: 'working_away', since: TODAY },
  'POST /api/children/:id/persons/:personId/situations/:situationId/end': { until: TODAY },
  'POST /api/children/:id/persons/:personId/unmask': { field: 'phone' },
  'POST /api/children/import/:jobId/commit': { mode: 'valid_only' },
  'POST /api/duplicates/:id/dismiss': { note: '不是同一人' },
  'POST /api/duplicates/:id/merge': { keepId: '00000000-0000-4000-8000-000000000000' },
  'POST /api/transfers/:id/accept': { note: '同意' },
  'POST /api/transfers/:id/reject': { note: '不同意' },
  'POST /api/transfers/:id/cancel': { note: '撤回' },
  'POST /api/applications/:id/actions': { action: 'withdraw', version: 1 },
  'POST /api/reverifications/:id/outcome': { outcome: 'eligible', version: 1 },
  'POST /api/children/:id/assessments': {
    id: '00000000-0000-4000-8000-000000000001',
    assessedOn: TODAY,
    answers: { guardian_performs: 'nobody' },
  },
  'PUT /api/children/:id/care': { version: 0, livingArrangement: 'with_carer' },
  'POST /api/children/:id/care/agreement-document/unlink': { version: 1 },
  'PUT /api/children/:id/payee-account': {
    holderKind: 'guardian',
    holderRelationId: '00000000-0000-4000-8000-000000000003',
    bankName: '乐山市商业银行',
    bankCode: '',
    sameBank: true,
    accountNumber: '6217002310004567891',
    reason: '',
  },
  'POST /api/children/:id/payee-account/unmask': {},
  'POST /api/children/:id/schooling': { schoolName: '乐山职业技术学院', from: TODAY, until: '2026-07-10' },
  'POST /api/children/:id/schooling/:periodId/withdraw': { reason: '登记有误' },
  'POST /api/children/:id/contacts': {
    id: '00000000-0000-4000-8000-000000000002',
    contactDate: TODAY,
    channel: 'phone',
    parent: 'mother',
  },
  'PUT /api/allowances/rolls/:id/findings/:findingId/note': { note: '监护人正在补办银行卡' },
  'POST /api/allowances/rolls/:id/approve': { version: 1 },
  'POST /api/allowances/rolls/:id/check': { version: 1 },
  'POST /api/allowances/rolls/:id/lock': { version: 1 },
  'PUT /api/allowances/counties/:code/bank-layout': { layoutCode: 'standard9' },
  'POST /api/allowances/counties/:code/bank-layouts': {
    code: null,
    version: null,
    name: '本县代发模板',
    columns: [
      { key: 'account', header: '账号' },
      { key: 'holder', header: '户名' },
      { key: 'amount', header: '金额' },
    ],
    encoding: 'gbk',
    referenceColumn: null,
  },
  'POST /api/cases/reports/:id/satisfaction': { score: 5 },
  'POST /api/cases/:id/actions': { action: 'note', version: 1, note: '电话回访，情况稳定' },
  'POST /api/cases/:id/assign': { userId: '00000000-0000-4000-8000-000000000000', version: 1 },
  'POST /api/cases/:id/child': { childId: '00000000-0000-4000-8000-000000000000', version: 1 },
  'POST /api/cases/:id/break-glass': { reason: '核实是否为同一名儿童的重复报告' },
  'POST /api/cases/:id/tasks': { title: '联系学校', ownerName: '何社工', dueOn: TODAY },
  'POST /api/cases/:id/tasks/:taskId/done': { version: 1, serviceNote: '已联系学校' },
  'POST /api/cases/:id/referrals': { partnerUnitId: '00000000-0000-4000-8000-000000000000', request: '请协助' },
  'POST /api/cases/:id/library': {},
  'POST /api/referrals/:id/answer': { decision: 'accept', version: 1 },
  'PUT /api/case-library/:id': { title: '案例', body: '正文', version: 1 },
  'POST /api/case-library/:id/publish': { version: 1 },
  'PUT /api/cases/partner-units/:id': {
    name: '某单位',
    kind: 'court',
    divisionCode: '511102',
    active: true,
    version: 1,
  },
};

/** Routes with an id that are not child data: business roles must be refused (403) or find nothing (404). */
const isAdminRoute = (url: string) => url.startsWith('/api/admin') || url.startsWith('/api/security');

/** City-wide reference data with no area (the working-day calendar): its permission is tested in calendar.test.ts. */
const isReferenceRoute = (url: string) => url === '/api/divisions/:code' || url.startsWith('/api/calendar/');

const childDataRoutes = apiRoutes.filter(
  (r) => /:[a-zA-Z]+/.test(r.url) && !isAdminRoute(r.url) && !isReferenceRoute(r.url),
);
const adminRoutes = apiRoutes.filter((r) => /:[a-zA-Z]+/.test(r.url) && isAdminRoute(r.url));

function urlFor(url: string, ids: Ids & { code?: string }): string {
  // An application's routes take the application's id, not the child's.
  if (url.startsWith('/api/applications/:id')) ids = { ...ids, id: ids.applicationId };
  if (url.startsWith('/api/visits/:id')) ids = { ...ids, id: ids.visitId };
  // A roll is the other county's roll (its lines and findings are that county's children).
  if (url.startsWith('/api/allowances/rolls/:id')) ids = { ...ids, id: ids.rollId ?? ids.id };
  // A case's routes take the other county's case; a referral, a library entry and a report their own ids.
  if (url.startsWith('/api/cases/reports/:id')) ids = { ...ids, id: ids.intakeId ?? ids.id };
  else if (url.startsWith('/api/cases/:id')) ids = { ...ids, id: ids.caseId ?? ids.id };
  if (url.startsWith('/api/referrals/:id')) ids = { ...ids, id: ids.referralId ?? ids.id };
  if (url.startsWith('/api/case-library/:id')) ids = { ...ids, id: ids.libraryId ?? ids.id };
  if (url.startsWith('/api/reverifications/:id')) ids = { ...ids, id: ids.reverificationId ?? ids.id };
  return url.replace(/:([a-zA-Z]+)/g, (_, name: string) => {
    const value = (ids as unknown as Record<string, string | undefined>)[name];
    if (!value) throw new Error(`no fixture for :${name} in ${url}`);
    return value;
  });
}

function bodyFor(key: string): unknown {
  return JSON.parse(JSON.stringify(SAMPLE_BODIES[key] ?? {}).replaceAll(OWN_VILLAGE, ownVillage));
}

async function call(c: Client, method: string, url: string, key: string) {
  if (key === 'PUT /api/children/:id/photo') return c.upload('PUT', `${url}?fileName=a.png`, pngBytes());
  if (key === 'POST /api/children/:id/documents') return c.upload('POST', `${url}?title=t&fileName=a.png`, pngBytes());
  if (key === 'POST /api/cases/:id/documents') return c.upload('POST', `${url}?title=t&fileName=a.png`, pngBytes());
  if (key === 'POST /api/visits/:id/photos') return c.upload('POST', url, pngBytes());
  if (key === 'PUT /api/visits/:id/photos/:documentId/thumbnail') return c.upload('PUT', url, pngBytes());
  if (key === 'POST /api/allowances/rolls/:id/bank-return') {
    return c.upload('POST', `${url}?fileName=r.csv`, Buffer.from('参考号,状态\r\n1,成功\r\n'));
  }
  return c.request(method as 'GET', url, method === 'GET' ? undefined : bodyFor(key));
}

// HEHU_TEST_RLS=off (the scope mutation run) needs only the pass without the database's policies.
const PASSES = process.env.HEHU_TEST_RLS === 'off' ? [false] : [true, false];

for (const rowLevelSecurity of PASSES) {
  describe(`every route with an id, another county's records (row-level security ${rowLevelSecurity ? 'on' : 'off'})`, () => {
    let t: TestApp;
    let foreign: Ids;
    let mixed: Record<string, Ids>;
    const clients = new Map<string, Client>();
    /** Each role's permissions: a role that holds the route's permission must get 404, never a telling 403. */
    const held = new Map<string, Set<string>>();
    const expected = (role: string, route: ApiRoute) => (held.get(role)!.has(route.access) ? [404] : [403]);

    beforeAll(async () => {
      t = await createTestApp({ rowLevelSecurity });
      const city = await t.as('demo_city');
      const villages = await demoVillages(t.database.db);
      ownVillage = villages.village;
      const [otherVillage] = await t.database.db
        .select({ code: divisions.code })
        .from(divisions)
        .where(and(like(divisions.code, '511123%'), sql`length(${divisions.code}) = 12`))
        .limit(2);
      foreign = await buildFixture(t, city, otherVillage?.code ?? villages.village2);
      // The other county's draft roll with a finding on its child.
      const [roll] = await queryRows<{ id: string }>(
        t.database.db,
        sql`insert into allowance_rolls (county_code, month, status) values ('511123', '2000-01-01', 'draft') returning id`,
      );
      const [finding] = await queryRows<{ id: string }>(
        t.database.db,
        sql`insert into allowance_findings (roll_id, child_id, check_code, severity, message)
          values (${roll!.id}, ${foreign.id}, 'NO_ACCOUNT', 'warning', '{"zh":"x","en":"x"}') returning id`,
      );
      // An open re-verification item of the other county's child.
      const [reverification] = await queryRows<{ id: string }>(
        t.database.db,
        sql`insert into reverifications (child_id, category, round, due_date)
          values (${foreign.id}, 'orphan_scattered', '2000-01', '2000-01-31') returning id`,
      );
      foreign = {
        ...foreign,
        reverificationId: reverification!.id,
        rollId: roll!.id,
        findingId: finding!.id,
        code: '511123',
        ...(await caseFixture(t, foreign.id)),
      };
      // The caller's own child, for the mixed pass: a child of the 511102 village every 511102 role reaches.
      const [own] = await t.database.db
        .select({ id: children.id })
        .from(children)
        .where(and(eq(children.divisionCode, villages.village), eq(children.status, 'active')))
        .limit(1);
      mixed = { own: { ...foreign, id: own!.id } };
      for (const role of ROLES) {
        const client = await t.as(role);
        clients.set(role, client);
        held.set(role, new Set((await client.get('/api/me')).json.permissions as string[]));
      }
    }, 120_000);
    afterAll(() => t.close());

    it('covers every child-data route with an id in its path', () => {
      expect(childDataRoutes.length).toBeGreaterThan(20);
      const missing = childDataRoutes
        .filter((r) => r.method !== 'GET' && !r.upload && !(`${r.method} ${r.url}` in SAMPLE_BODIES))
        .map((r) => `${r.method} ${r.url}`);
      expect(missing, 'add a sample body for these routes').toEqual([]);
    });

    for (const route of childDataRoutes) {
      const key = `${route.method} ${route.url}`;
      it(`${key} answers 404 for another county's record (403 without the permission)`, async () => {
        for (const role of ROLES) {
          const res = await call(clients.get(role)!, route.method, urlFor(route.url, foreign), key);
          expect(expected(role, route), `${role} ${key}: ${res.status} ${JSON.stringify(res.body)}`).toContain(
            res.status,
          );
        }
      });
      if (/:(relationId|personId|situationId|categoryId|documentId|periodId)/.test(route.url)) {
        it(`${key} answers 404 for another county's part under the caller's own child`, async () => {
          for (const role of ['demo_county', 'demo_township', 'demo_village']) {
            const res = await call(clients.get(role)!, route.method, urlFor(route.url, mixed.own!), key);
            expect(expected(role, route), `${role} ${key}: ${res.status} ${JSON.stringify(res.body)}`).toContain(
              res.status,
            );
          }
        });
      }
    }

    it('administrator routes with an id are refused to every business role', async () => {
      for (const route of adminRoutes) {
        const key = `${route.method} ${route.url}`;
        const url = urlFor(route.url, { ...foreign, code: 'village_director' });
        for (const role of ROLES) {
          const res = await call(clients.get(role)!, route.method, url, key);
          expect([403, 404], `${role} ${key}: ${res.status}`).toContain(res.status);
        }
      }
    });
  });
}

/** Everything with an id, in a village of 511123, made through the API by the city officer. */
async function buildFixture(t: TestApp, city: Client, village: string): Promise<Ids> {
  const post = async (url: string, body: unknown, status = 201) => {
    const res = await city.post(url, body);
    expect(res.status, `${url}: ${JSON.stringify(res.body)}`).toBe(status);
    return res.json;
  };
  const base = { sex: 'M', birthDate: '2015-03-04', divisionCode: village, noIdReason: 'pending_registration' };
  const child = await post('/api/children', { ...base, name: '范围测试甲', confirmNotDuplicate: true });
  const twin = await post('/api/children', { ...base, name: '范围测试乙', confirmNotDuplicate: true });
  const id = child.id as string;
  const relation = await post(`/api/children/${id}/relations`, {
    kind: 'father',
    startDate: '2015-03-04',
    person: { name: '范大山', phone: '13800001111' },
  });
  const family = (await city.get(`/api/children/${id}/family`)).json as {
    relations: { id: string; person: { id: string } }[];
  };
  const rel = family.relations.find((r) => r.id === relation.id) ?? family.relations[0]!;
  const situation = await post(`/api/children/${id}/persons/${rel.person.id}/situations`, {
    code: 'working_away',
    since: '2024-01-01',
  });
  const category = await post(`/api/children/${id}/categories`, {
    category: 'left_behind',
    startDate: '2025-01-01',
    decisionRef: '犍民〔2025〕9号',
  });
  const document = await city.upload('POST', `/api/children/${id}/documents?title=t&fileName=a.png`, pngBytes());
  expect(document.status, JSON.stringify(document.body)).toBe(201);
  // A photo, so that viewing it is refused for the scope and not for want of a picture.
  const photo = await city.upload('PUT', `/api/children/${id}/photo?fileName=a.png`, pngBytes());
  expect(photo.status, JSON.stringify(photo.body)).toBe(200);
  const transfer = await post(`/api/children/${twin.id as string}/transfers`, {
    toDivision: village.slice(0, 9) + (village.endsWith('001') ? '002' : '001'),
    reason: '随亲属迁居',
  });
  const scan = await city.post('/api/duplicates/scan', { division: village.slice(0, 6) });
  expect(scan.status, JSON.stringify(scan.body)).toBeLessThan(300);
  const pairs = (await city.get(`/api/duplicates?limit=200`)).json.data as {
    id: string;
    a: { id: string };
    b: { id: string };
  }[];
  const pair = pairs.find((p) => [p.a.id, p.b.id].includes(id)) ?? pairs[0];
  const job = await city.upload(
    'POST',
    '/api/children/import/check?fileName=a.csv',
    Buffer.from('姓名,性别\n测试,男\n', 'utf8'),
  );
  const application = await post('/api/applications', { childId: id, kind: 'grant', category: 'orphan_scattered' });
  // The city officer records no visits: the other county's visit is written as its director would have.
  const visitId = randomUUID();
  await t.database.db.insert(visits).values({ id: visitId, childId: id, visitDate: '2025-02-01', kind: 'home' });
  const [period] = await t.database.db
    .insert(childSchooling)
    .values({ childId: id, schoolName: '犍为中学', fromDate: '2025-09-01', untilDate: '2026-07-10' })
    .returning({ id: childSchooling.id });
  return {
    id,
    applicationId: application.id as string,
    visitId,
    relationId: relation.id as string,
    personId: rel.person.id,
    situationId: situation.id as string,
    categoryId: category.id as string,
    periodId: period!.id,
    documentId: document.json.id as string,
    transferId: transfer.id as string,
    duplicateId: pair?.id ?? id,
    jobId: (job.json.jobId as string | undefined) ?? (job.json.id as string),
  };
}

/** The other county's case with an intake, a task, a referral to its police and a library draft (as the owner). */
async function caseFixture(t: TestApp, childId: string) {
  const db = t.database.db;
  const caseId = randomUUID();
  const intakeId = randomUUID();
  const [child] = await queryRows<{ division_code: string }>(
    db,
    sql`select division_code from children where id = ${childId}`,
  );
  await db.execute(sql`insert into cases (id, receipt_no, channel, tier, stage, child_id, child_name, division_code,
      county_code, summary, received_at, respond_by, assess_by, tier_version)
    values (${caseId}, ${`SB-SCOPE-${caseId.slice(0, 8)}`}, 'hotline', 'general', 'closed', ${childId}, '范围测试甲',
      ${child!.division_code}, '511123', '测试', now(), now(), now(), '2026-1')`);
  await db.execute(sql`insert into case_intakes (id, case_id, receipt_no, channel, description, received_at, told_at, outcome)
    values (${intakeId}, ${caseId}, ${`SB-SCOPE-I-${caseId.slice(0, 8)}`}, 'hotline', '测试', now(), now(), '已办结')`);
  const [task] = await queryRows<{ id: string }>(
    db,
    sql`insert into case_tasks (case_id, goal, title, owner_name, due_on) values (${caseId}, '', '家访', '何社工', '2026-01-05') returning id`,
  );
  const [unit] = await queryRows<{ id: string }>(db, sql`select id from partner_units where name = '犍为县公安局'`);
  const [referral] = await queryRows<{ id: string }>(
    db,
    sql`insert into case_referrals (case_id, partner_unit_id, request, due_on) values (${caseId}, ${unit!.id}, '请协助', '2026-01-05') returning id`,
  );
  const [entry] = await queryRows<{ id: string }>(
    db,
    sql`insert into case_library (source_case_id, county_code, title, body, channel, tier) values (${caseId}, '511123', '案例', '正文', 'hotline', 'general') returning id`,
  );
  return { caseId, intakeId, taskId: task!.id, referralId: referral!.id, libraryId: entry!.id };
}
