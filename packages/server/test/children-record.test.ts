// The child file: create with identity rules, duplicates, edit with history and version check, unmask.
import { makeIdNumber } from '@hehu/domain';
import { and, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, children } from '../src/db/schema.ts';
import { demoVillages } from '../src/seed/demo.ts';
import { createTestApp, type TestApp } from './harness.ts';

let t: TestApp;
let village: string;
let village2: string;
beforeAll(async () => {
  t = await createTestApp();
  ({ village, village2 } = await demoVillages(t.database.db));
});
afterAll(() => t.close());

const code = (res: { json: Record<string, unknown> }) => (res.json.error as { code: string } | undefined)?.code;
const field = (res: { json: Record<string, unknown> }) =>
  (res.json.error as { details?: { field?: string } } | undefined)?.details?.field;

describe('creating a child file', () => {
  it('derives birth date and sex from the ID number, stores it encrypted and shows it masked', async () => {
    const c = await t.as('demo_village');
    const idNumber = makeIdNumber('511102', '2016-05-04', 123);
    const res = await c.post('/api/children', {
      name: '测试儿童甲',
      idNumber,
      divisionCode: village,
      householdType: 'rural',
    });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      birthDate: '2016-05-04',
      sex: 'M',
      idNumberMasked: `511102********${idNumber.slice(-4)}`,
      canEdit: true,
      canUnmask: false,
    });
    const [row] = await t.database.db
      .select()
      .from(children)
      .where(eq(children.id, res.json.id as string));
    expect(row!.idNumberEnc).not.toContain(idNumber);
    expect(t.services.cipher.decrypt(row!.idNumberEnc!)).toBe(idNumber);
  });

  it('rejects a wrong check digit, a future birth, a 17-digit number, and typed data that contradicts the ID', async () => {
    const c = await t.as('demo_village');
    const good = makeIdNumber('511102', '2015-03-01', 20);
    const wrongCheck = good.slice(0, 17) + (good.endsWith('1') ? '2' : '1');
    const cases: [Record<string, unknown>, string, string][] = [
      [{ idNumber: wrongCheck }, 'ID_NUMBER_CHECKSUM', 'idNumber'],
      [{ idNumber: good.slice(0, 17) }, 'ID_NUMBER_LENGTH', 'idNumber'],
      [{ idNumber: makeIdNumber('511102', '2099-01-01', 3) }, 'ID_NUMBER_FUTURE_BIRTH', 'idNumber'],
      [{ idNumber: good, birthDate: '2015-03-02' }, 'ID_BIRTH_DATE_MISMATCH', 'birthDate'],
      [{ idNumber: good, sex: 'M' }, 'ID_SEX_MISMATCH', 'sex'],
      [{ birthDate: '2015-03-01', sex: 'F' }, 'NO_ID_FIELDS_REQUIRED', 'noIdReason'],
      [{ idNumber: makeIdNumber('511102', '2000-01-01', 5) }, 'NOT_A_MINOR', 'birthDate'],
    ];
    for (const [extra, expected, expectedField] of cases) {
      const res = await c.post('/api/children', { name: '错误样例', divisionCode: village, ...extra });
      expect(res.status, expected).toBe(400);
      expect(code(res)).toBe(expected);
      expect(field(res)).toBe(expectedField);
    }
  });

  it('accepts a child without an ID number when birth date, sex and the reason are given', async () => {
    const c = await t.as('demo_village');
    const res = await c.post('/api/children', {
      name: '无证儿童',
      birthDate: '2024-02-29',
      sex: 'F',
      noIdReason: '户口登记办理中',
      divisionCode: village,
    });
    expect(res.status).toBe(201);
    expect(res.json.idNumberMasked).toBeNull();
  });

  it('refuses a division outside the scope, or one that is not a village', async () => {
    const c = await t.as('demo_village');
    const idNumber = makeIdNumber('511123', '2014-01-01', 40);
    expect(code(await c.post('/api/children', { name: '越权', idNumber, divisionCode: village2 }))).toBe(
      'DIVISION_OUT_OF_SCOPE',
    );
    expect(code(await c.post('/api/children', { name: '越权', idNumber, divisionCode: '511102999999' }))).toBe(
      'DIVISION_NOT_FOUND',
    );
  });

  it('an ID number exists once; near-duplicates are shown before saving', async () => {
    const c = await t.as('demo_village');
    const idNumber = makeIdNumber('511102', '2017-07-07', 77);
    expect((await c.post('/api/children', { name: '王小明', idNumber, divisionCode: village })).status).toBe(201);
    const again = await c.post('/api/children', { name: '王晓明', idNumber, divisionCode: village });
    expect(code(again)).toBe('ID_NUMBER_EXISTS');
    // Another ID but same birth date and a name one character off: a suspected duplicate.
    const other = makeIdNumber('511102', '2017-07-07', 79);
    const near = await c.post('/api/children', { name: '王晓明', idNumber: other, divisionCode: village });
    expect(near.status).toBe(409);
    expect(code(near)).toBe('DUPLICATE');
    const list = (near.json.error as { details: { nearDuplicates: { name: string }[] } }).details.nearDuplicates;
    expect(list.map((d) => d.name)).toContain('王小明');
    const confirmed = await c.post('/api/children', {
      name: '王晓明',
      idNumber: other,
      divisionCode: village,
      confirmNotDuplicate: true,
    });
    expect(confirmed.status).toBe(201);
  });
});

describe('editing a child file', () => {
  it('records every field change in the history and the audit trail, and checks the version', async () => {
    const c = await t.as('demo_village');
    const created = await c.post('/api/children', {
      name: '修改测试',
      idNumber: makeIdNumber('511102', '2012-12-12', 212),
      divisionCode: village,
    });
    const id = created.json.id as string;
    const edit = await c.request('PATCH', `/api/children/${id}`, {
      version: 1,
      schoolingStage: 'primary',
      schoolName: '篦子街小学',
      currentAddress: '乐山市市中区篦子街 18 号 2 单元',
    });
    expect(edit.status).toBe(200);
    expect(edit.json).toMatchObject({
      version: 2,
      schoolingStage: 'primary',
      currentAddressMasked: '乐山市市中区****',
    });
    const stale = await c.request('PATCH', `/api/children/${id}`, { version: 1, schoolName: '别的小学' });
    expect(stale.status).toBe(409);
    expect(code(stale)).toBe('CONFLICT');
    const history = await c.get(`/api/children/${id}/history`);
    const entries = history.json.data as { action: string; changes: { field: string; from: unknown; to: unknown }[] }[];
    expect(entries[0]!.action).toBe('update');
    expect(entries[0]!.changes).toEqual(
      expect.arrayContaining([
        { field: 'schoolingStage', from: null, to: 'primary' },
        { field: 'currentAddress', from: null, to: '乐山市市中区****' },
      ]),
    );
    expect(entries.at(-1)!.action).toBe('create');
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.targetId, id));
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['child.create', 'child.update']));
    // The address is never written to history or audit in full.
    expect(JSON.stringify(audit)).not.toContain('18 号');
  });

  it('moving to another village is a transfer, not an edit', async () => {
    const c = await t.as('demo_county');
    const [row] = await t.database.db
      .select()
      .from(children)
      .where(and(eq(children.divisionCode, village), isNotNull(children.idNumberEnc)))
      .orderBy(children.id)
      .limit(1);
    const res = await c.request('PATCH', `/api/children/${row!.id}`, {
      version: row!.version,
      divisionCode: '511102004002',
    });
    expect(code(res)).toBe('USE_TRANSFER');
  });
});

describe('unmasking', () => {
  it('needs the permission, shows the full number, and is audited', async () => {
    const [row] = await t.database.db
      .select()
      .from(children)
      .where(and(eq(children.divisionCode, village), isNotNull(children.idNumberEnc)))
      .orderBy(children.id)
      .limit(1);
    const director = await t.as('demo_village');
    expect((await director.post(`/api/children/${row!.id}/unmask`, { field: 'idNumber' })).status).toBe(403);
    const supervisor = await t.as('demo_township');
    const detail = await supervisor.get(`/api/children/${row!.id}`);
    expect(detail.json.canUnmask).toBe(true);
    const res = await supervisor.post(`/api/children/${row!.id}/unmask`, { field: 'idNumber' });
    expect(res.status).toBe(200);
    expect(res.json.value).toBe(t.services.cipher.decrypt(row!.idNumberEnc!));
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'child.unmask'));
    expect(audit.some((a) => a.targetId === row!.id && a.actorUsername === 'demo_township')).toBe(true);
  });
});

describe('search and lists', () => {
  it('finds a child by the last four characters of the ID number, within the scope only', async () => {
    const village = await t.as('demo_village');
    const page = await village.get('/api/children?limit=50&status=active');
    // A child whose ID number is on file (some are waiting for registration).
    const mine = (page.json.data as { id: string; idNumberMasked: string | null }[]).find((c) => c.idNumberMasked);
    expect(mine?.idNumberMasked).toMatch(/^\d{6}\*+[\dX]{4}$/);
    const last = mine!.idNumberMasked!.slice(-4);
    const found = await village.get(`/api/children?q=${last.toLowerCase()}&limit=200`);
    expect(found.status).toBe(200);
    const rows = found.json.data as { id: string; idNumberMasked: string | null }[];
    expect(rows.map((r) => r.id)).toContain(mine!.id);
    expect(rows.every((r) => r.idNumberMasked?.endsWith(last))).toBe(true);
    // The other county's director does not find it, though its number ends the same way.
    const other = await t.as('demo_village2');
    const theirs = await other.get(`/api/children?q=${last}&limit=200`);
    expect((theirs.json.data as { id: string }[]).map((r) => r.id)).not.toContain(mine!.id);
  });

  it('filters by sex, age band and status, sorts, and counts per division', async () => {
    const c = await t.as('demo_county');
    const girls = await c.get('/api/children?sex=F&ageMin=6&ageMax=11&limit=200&sort=birthDate&order=desc');
    const data = girls.json.data as { sex: string; birthDate: string }[];
    expect(data.length).toBeGreaterThan(0);
    expect(data.every((d) => d.sex === 'F')).toBe(true);
    const dates = data.map((d) => d.birthDate);
    expect([...dates].sort().reverse()).toEqual(dates);
    const now = new Date();
    for (const d of dates) {
      const age = now.getFullYear() - Number(d.slice(0, 4)) - (now.toISOString().slice(5, 10) < d.slice(5, 10) ? 1 : 0);
      expect(age).toBeGreaterThanOrEqual(6);
      expect(age).toBeLessThanOrEqual(11);
    }
    const counts = await c.get('/api/children/counts?parent=511102&sex=F&ageMin=6&ageMax=11');
    const sum = (counts.json.data as { count: number }[]).reduce((s, r) => s + r.count, 0);
    expect(sum).toBe(girls.json.total);
    expect((counts.json.data as { code: string }[]).every((r) => r.code.length === 9)).toBe(true);
  });

  it("names each child's township beside the village, and pages a sort by village with a cursor", async () => {
    const c = await t.as('demo_county');
    const first = await c.get('/api/children?limit=30&sort=division&order=desc');
    const rows = first.json.data as { divisionCode: string; townshipName: string | null }[];
    expect(rows.length).toBe(30);
    const codes = rows.map((r) => r.divisionCode);
    expect([...codes].sort().reverse()).toEqual(codes);
    const townships = await c.get('/api/children/counts?parent=511102');
    const names = new Map((townships.json.data as { code: string; name: string }[]).map((r) => [r.code, r.name]));
    for (const r of rows) expect(r.townshipName).toBe(names.get(r.divisionCode.slice(0, 9)));
    const next = await c.get(
      `/api/children?limit=30&sort=division&order=desc&cursor=${first.json.nextCursor as string}`,
    );
    const later = (next.json.data as { divisionCode: string }[])[0];
    expect(later!.divisionCode <= codes.at(-1)!).toBe(true);
  });
});
