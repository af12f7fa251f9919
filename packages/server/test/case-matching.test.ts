// Suggesting the child's registry file on a case: an exact namesake in the case's village comes first, then a
// namesake elsewhere in the county, then a similar name; a namesake in another county (outside the caller's reach)
// is never suggested; nothing once a file is linked; a case out of reach is 404, one in reach but off the team 403.
import { serviceDate } from '@hehu/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../src/db/raw.ts';
import { demoVillages } from '../src/seed/demo.ts';
import { createTestApp, type Client, type Response, type TestApp } from './harness.ts';

interface Candidate {
  id: string;
  name: string;
  idNumberMasked: string | null;
  sex: string;
  age: number;
  divisionPath: string;
  categories: string[];
  reasons: string[];
}

let t: TestApp;
let hotline: Client;
let county: Client;
let worker: Client;
let village = '';
let otherCountyVillage = '';
let otherTownshipVillage = '';
const code = (res: Response) => (res.json.error as { code: string } | undefined)?.code;
const NAME = '郁清禾';

async function owner<T extends Record<string, unknown>>(query: ReturnType<typeof sql>): Promise<T[]> {
  return queryRows<T>(t.database.db, query);
}

/** A birth date that makes the child `years` old today (a month past the birthday). */
function bornYearsAgo(years: number): string {
  const [y, m] = serviceDate().split('-').map(Number) as [number, number];
  const month = m === 1 ? 12 : m - 1;
  return `${(m === 1 ? y - 1 : y) - years}-${String(month).padStart(2, '0')}-01`;
}

async function registerChild(name: string, sex: 'M' | 'F', age: number, divisionCode: string): Promise<string> {
  const res = await county.post('/api/children', {
    name,
    sex,
    birthDate: bornYearsAgo(age),
    noIdReason: '尚未办理户口',
    divisionCode,
    confirmNotDuplicate: true,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.json.id as string;
}

async function takeCall(childName: string): Promise<string> {
  const res = await hotline.post('/api/cases/intake', {
    channel: 'hotline',
    childName,
    childSex: 'female',
    childAge: 7,
    divisionCode: village,
    location: '村小学门口',
    summary: '邻居来电：女孩近一周放学后无人接送，常在村口徘徊到天黑。',
    immediateDanger: false,
    reporterName: '邻居',
    reporterPhone: '13800003333',
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  const [row] = await owner<{ id: string }>(
    sql`select id from cases where receipt_no = ${res.json.receiptNo as string}`,
  );
  return row!.id;
}

const candidates = async (c: Client, id: string) => c.get(`/api/cases/${id}/child-candidates`);

let sameVillage = '';
let sameCounty = '';
let similar = '';
let elsewhere = '';

beforeAll(async () => {
  t = await createTestApp();
  [hotline, county, worker] = await Promise.all([t.as('demo_hotline'), t.as('demo_county'), t.as('demo_protect')]);
  const villages = await demoVillages(t.database.db);
  village = villages.village;
  otherCountyVillage = villages.village2;
  const [other] = await owner<{ code: string }>(
    sql`select code from divisions where level = 'village' and code like '511102%'
        and left(code, 9) <> ${village.slice(0, 9)} order by code limit 1`,
  );
  otherTownshipVillage = other!.code;
  // The county's namesake is registered first, so a ranking by insertion order would put it on top.
  sameCounty = await registerChild(NAME, 'M', 12, otherTownshipVillage);
  similar = await registerChild('郁清和', 'F', 7, village);
  sameVillage = await registerChild(NAME, 'F', 7, village);
  // A namesake in another county: registered here, then moved where the county officer does not reach.
  elsewhere = await registerChild(NAME, 'F', 7, village);
  await owner(sql`update children set division_code = ${otherCountyVillage} where id = ${elsewhere}`);
}, 120_000);
afterAll(() => t.close());

describe('child candidates on a case', () => {
  it('ranks an exact namesake in the same village first, with the reasons, and never a file out of reach', async () => {
    const id = await takeCall(NAME);
    const res = await candidates(county, id);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const items = res.json.items as Candidate[];
    expect(items.map((c) => c.id)).toEqual([sameVillage, sameCounty, similar]);
    expect(items[0]).toMatchObject({ name: NAME, sex: 'F', age: 7 });
    expect(items[0]!.reasons).toEqual(['同名', '同村', '性别相符', '年龄相符']);
    expect(items[0]!.divisionPath).toContain('市中区');
    expect(items[1]!.reasons).toEqual(['同名', '同县（区）']);
    expect(items[2]!.reasons[0]).toBe('姓名相近');
    expect(items.map((c) => c.id)).not.toContain(elsewhere);
    const [audit] = await owner<{ n: number }>(
      sql`select count(*)::int as n from audit_log where action = 'case.match.candidates' and target_id = ${id}`,
    );
    expect(audit!.n).toBe(1);
  });

  it('suggests nothing once a file is linked', async () => {
    const id = await takeCall(NAME);
    const current = await county.get(`/api/cases/${id}`);
    const linked = await county.post(`/api/cases/${id}/child`, {
      childId: sameVillage,
      version: current.json.version,
    });
    expect(linked.status, JSON.stringify(linked.body)).toBe(200);
    const res = await candidates(county, id);
    expect(res.status).toBe(200);
    expect(res.json.items).toEqual([]);
  });

  it('answers 403 CASE_TEAM_ONLY in reach but off the team, 404 out of reach, and 403 without case work', async () => {
    const id = await takeCall(NAME);
    const current = await county.get(`/api/cases/${id}`);
    const accepted = await county.post(`/api/cases/${id}/actions`, { action: 'accept', version: current.json.version });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    const offTeam = await candidates(worker, id);
    expect(offTeam.status).toBe(403);
    expect(code(offTeam)).toBe('CASE_TEAM_ONLY');
    const [foreign] = await owner<{ id: string }>(sql`select id from cases where county_code = '511123' limit 1`);
    expect((await candidates(county, foreign!.id)).status).toBe(404);
    expect((await candidates(hotline, id)).status).toBe(403);
  });
});
