// Parents, guardians and carers on a child's file: dated relations, shared persons, situations, masking.
import { makeIdNumber } from '@hehu/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, persons } from '../src/db/schema.ts';
import { demoVillages } from '../src/seed/demo.ts';
import { createTestApp, type Client, type TestApp } from './harness.ts';

let t: TestApp;
let village: string;
beforeAll(async () => {
  t = await createTestApp();
  ({ village } = await demoVillages(t.database.db));
});
afterAll(() => t.close());

type Res = { status: number; json: Record<string, unknown> };
const code = (res: Res) => (res.json.error as { code: string } | undefined)?.code;
const field = (res: Res) => (res.json.error as { details?: { field?: string } } | undefined)?.details?.field;
const issuePaths = (res: Res) =>
  ((res.json.error as { details?: { issues?: { path: string }[] } } | undefined)?.details?.issues ?? []).map(
    (i) => i.path,
  );

type Person = { id: string; name: string; situations: { id: string; code: string }[] };
type Relation = { id: string; kind: string; active: boolean; person: Person };

// Parents' ID numbers come from a Chengdu district, where the demo data puts no children.
const FATHER_ID = makeIdNumber('510104', '1985-03-12', 11);
const MOTHER_ID = makeIdNumber('510104', '1987-08-30', 22);
const GRANDMOTHER_ID = makeIdNumber('510104', '1958-01-20', 42);

let seq = 100;
async function newChild(c: Client, name: string): Promise<string> {
  seq += 1;
  const res = await c.post('/api/children', {
    name,
    idNumber: makeIdNumber('510104', '2016-04-01', seq),
    divisionCode: village,
    householdType: 'rural',
    confirmNotDuplicate: true,
  });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return res.json.id as string;
}

async function family(c: Client, childId: string): Promise<Relation[]> {
  const res = await c.get(`/api/children/${childId}/family`);
  expect(res.status).toBe(200);
  return res.json.relations as Relation[];
}

describe('parents and their situations', () => {
  let childId: string;
  let father: Relation;
  let mother: Relation;

  it('adds a father and a mother with situations; the file shows them masked', async () => {
    const c = await t.as('demo_village');
    childId = await newChild(c, '家庭测试甲');
    const f = await c.post(`/api/children/${childId}/relations`, {
      kind: 'father',
      startDate: '2016-04-01',
      person: { name: '张建国', idNumber: FATHER_ID, phone: '13812345678', address: '市中区通江街道某某村三组12号' },
    });
    expect(f.status, JSON.stringify(f.json)).toBe(201);
    father = f.json as unknown as Relation;
    expect(father).toMatchObject({
      kind: 'father',
      active: true,
      endDate: null,
      person: {
        name: '张建国',
        sex: 'M',
        birthDate: '1985-03-12',
        idNumberMasked: `510104********${FATHER_ID.slice(-4)}`,
        phoneMasked: '138****5678',
        addressMasked: '市中区通江街****',
      },
    });
    const m = await c.post(`/api/children/${childId}/relations`, {
      kind: 'mother',
      startDate: '2016-04-01',
      person: { name: '李秀英', idNumber: MOTHER_ID, phone: '0833-2123456' },
    });
    expect(m.status).toBe(201);
    mother = m.json as unknown as Relation;

    const s1 = await c.post(`/api/children/${childId}/persons/${father.person.id}/situations`, {
      code: 'imprisoned',
      since: '2024-01-10',
      details: { termMonths: 36 },
      note: '判决书（2023）川1102刑初 1 号',
    });
    expect(s1.status, JSON.stringify(s1.json)).toBe(201);
    const s2 = await c.post(`/api/children/${childId}/persons/${mother.person.id}/situations`, {
      code: 'severe_disability',
      since: '2020-05-01',
      details: { disabilityGrade: 3, disabilityKind: 'intellectual' },
    });
    expect(s2.status).toBe(201);

    const relations = await family(c, childId);
    expect(relations.map((r) => r.kind)).toEqual(['father', 'mother']);
    expect(relations[0]!.person.situations).toMatchObject([{ code: 'imprisoned', details: { termMonths: 36 } }]);
    expect(relations[1]!.person.situations).toMatchObject([
      { code: 'severe_disability', details: { disabilityGrade: 3, disabilityKind: 'intellectual' } },
    ]);
    const text = JSON.stringify(relations);
    expect(text).not.toContain(FATHER_ID);
    expect(text).not.toContain('13812345678');
    expect(text).not.toContain('0833-2123456');

    const [row] = await t.database.db.select().from(persons).where(eq(persons.id, father.person.id));
    expect(row!.idNumberEnc).not.toContain(FATHER_ID);
    expect(t.services.cipher.decrypt(row!.phoneEnc!)).toBe('13812345678');
  });

  it('shows a field in full to a supervisor, audited; a village director may not', async () => {
    const township = await t.as('demo_township');
    const res = await township.post(`/api/children/${childId}/persons/${father.person.id}/unmask`, {
      field: 'idNumber',
    });
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ field: 'idNumber', value: FATHER_ID });
    const phone = await township.post(`/api/children/${childId}/persons/${mother.person.id}/unmask`, {
      field: 'phone',
    });
    expect(phone.json.value).toBe('0833-2123456');
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'person.unmask'), eq(auditLog.targetId, father.person.id)));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toMatchObject({ field: 'idNumber', childId });

    const village = await t.as('demo_village');
    const denied = await village.post(`/api/children/${childId}/persons/${father.person.id}/unmask`, {
      field: 'idNumber',
    });
    expect(denied.status).toBe(403);
  });

  it('refuses a second current father, and a father whose ID number is a woman’s', async () => {
    const c = await t.as('demo_village');
    const second = await c.post(`/api/children/${childId}/relations`, {
      kind: 'father',
      startDate: '2020-01-01',
      person: { name: '王二', sex: 'M' },
    });
    expect(second.status).toBe(409);
    expect(code(second)).toBe('RELATION_ACTIVE_EXISTS');
    const other = await newChild(c, '家庭测试乙');
    const woman = await c.post(`/api/children/${other}/relations`, {
      kind: 'father',
      startDate: '2016-04-01',
      person: { name: '李秀英', idNumber: MOTHER_ID },
    });
    expect(code(woman)).toBe('RELATION_SEX_MISMATCH');
    expect(field(woman)).toBe('person.idNumber');
  });

  it('ends a situation once, not before it began', async () => {
    const c = await t.as('demo_village');
    const situation = (await family(c, childId))[0]!.person.situations[0]!;
    const url = `/api/children/${childId}/persons/${father.person.id}/situations/${situation.id}/end`;
    const early = await c.post(url, { until: '2023-12-31' });
    expect(code(early)).toBe('DATE_BEFORE_START');
    expect(field(early)).toBe('until');
    const ended = await c.post(url, { until: '2026-01-10' });
    expect(ended.status).toBe(200);
    expect(ended.json.until).toBe('2026-01-10');
    expect(code(await c.post(url, { until: '2026-02-01' }))).toBe('SITUATION_ALREADY_ENDED');
  });

  it('edits contact details with masked history in every file showing the person', async () => {
    const c = await t.as('demo_village');
    const res = await c.request('PATCH', `/api/children/${childId}/persons/${father.person.id}`, {
      phone: '13900001111',
      workPlace: '广东省东莞市某电子厂',
    });
    expect(res.status, JSON.stringify(res.json)).toBe(200);
    expect(res.json).toMatchObject({ phoneMasked: '139****1111', workPlace: '广东省东莞市某电子厂' });
    const history = await c.get(`/api/children/${childId}/history`);
    const entries = history.json.data as { action: string; changes: { field: string; from: unknown; to: unknown }[] }[];
    const update = entries.find((e) => e.action === 'family.person_update');
    expect(update!.changes).toContainEqual({ field: 'person.phone', from: '138****5678', to: '139****1111' });
    expect(JSON.stringify(entries)).not.toContain('13900001111');
    expect(JSON.stringify(entries)).not.toContain(FATHER_ID);
    expect(entries.map((e) => e.action)).toEqual(
      expect.arrayContaining(['family.relation_add', 'family.situation_add', 'family.situation_end']),
    );
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'family.person_update'), eq(auditLog.targetId, childId)));
    expect(audit[0]!.after).toEqual({ 'person.phone': '139****1111', 'person.workPlace': '广东省东莞市某电子厂' });
    const bad = await c.request('PATCH', `/api/children/${childId}/persons/${father.person.id}`, { phone: '12345' });
    expect(bad.status).toBe(400);
    expect(issuePaths(bad)).toContain('phone');
  });
});

describe('guardians and shared persons', () => {
  it('a change of guardian ends one relation and adds another: both rows stay', async () => {
    const c = await t.as('demo_village');
    const childId = await newChild(c, '监护变更');
    const first = await c.post(`/api/children/${childId}/relations`, {
      kind: 'guardian',
      relationLabel: '祖母',
      startDate: '2019-03-01',
      person: { name: '赵桂兰', idNumber: GRANDMOTHER_ID },
    });
    expect(first.status).toBe(201);
    const firstId = first.json.id as string;
    const endUrl = `/api/children/${childId}/relations/${firstId}/end`;
    const tooEarly = await c.post(endUrl, { endDate: '2019-02-28', endReason: '祖母年迈' });
    expect(code(tooEarly)).toBe('DATE_BEFORE_START');
    expect(field(tooEarly)).toBe('endDate');
    const ended = await c.post(endUrl, { endDate: '2025-06-30', endReason: '祖母年迈，无力照料' });
    expect(ended.status).toBe(200);
    expect(ended.json).toMatchObject({ active: false, endDate: '2025-06-30', endReason: '祖母年迈，无力照料' });
    expect(code(await c.post(endUrl, { endDate: '2025-07-01', endReason: '再次' }))).toBe('RELATION_ALREADY_ENDED');
    const second = await c.post(`/api/children/${childId}/relations`, {
      kind: 'guardian',
      relationLabel: '舅舅',
      startDate: '2025-07-01',
      person: { name: '赵国强', sex: 'M', phone: '13700002222' },
    });
    expect(second.status).toBe(201);
    const relations = await family(c, childId);
    expect(relations.map((r) => [r.kind, r.active, r.person.name])).toEqual([
      ['guardian', true, '赵国强'],
      ['guardian', false, '赵桂兰'],
    ]);
    const history = await c.get(`/api/children/${childId}/history`);
    const actions = (history.json.data as { action: string }[]).map((e) => e.action);
    expect(actions.filter((a) => a === 'family.relation_add')).toHaveLength(2);
    expect(actions).toContain('family.relation_end');
  });

  it('links a person already known by ID number instead of creating another', async () => {
    const c = await t.as('demo_village');
    const a = await newChild(c, '同祖母甲');
    const b = await newChild(c, '同祖母乙');
    const rel = (childId: string, name = '赵桂兰') =>
      c.post(`/api/children/${childId}/relations`, {
        kind: 'entrusted_carer',
        relationLabel: '祖母',
        startDate: '2022-09-01',
        person: { name, idNumber: GRANDMOTHER_ID },
      });
    const ra = await rel(a);
    const rb = await rel(b);
    expect(ra.status).toBe(201);
    expect(rb.status).toBe(201);
    const pa = (ra.json.person as Person).id;
    expect((rb.json.person as Person).id).toBe(pa);
    const rows = await t.database.db
      .select()
      .from(persons)
      .where(eq(persons.idNumberIndex, t.services.cipher.blindIndex(GRANDMOTHER_ID)));
    expect(rows).toHaveLength(1);
    // The same person in the same role twice is refused; another name with that ID number is a typo.
    expect(code(await rel(a))).toBe('RELATION_ACTIVE_EXISTS');
    const c2 = await newChild(c, '同祖母丙');
    const typo = await rel(c2, '赵桂芝');
    expect(code(typo)).toBe('PERSON_NAME_MISMATCH');
    expect(field(typo)).toBe('person.name');
    // A situation of a shared person is recorded in both files.
    const s = await c.post(`/api/children/${a}/persons/${pa}/situations`, {
      code: 'serious_illness',
      since: '2025-02-01',
      details: { illnessCode: 'uremia' },
    });
    expect(s.status).toBe(201);
    for (const id of [a, b]) {
      const h = await c.get(`/api/children/${id}/history`);
      expect((h.json.data as { action: string }[]).map((e) => e.action)).toContain('family.situation_add');
    }
  });
});

describe('validation and scope', () => {
  it('names the field of each invalid value', async () => {
    const c = await t.as('demo_village');
    const childId = await newChild(c, '校验测试');
    const wrongCheck = FATHER_ID.slice(0, 17) + (FATHER_ID.endsWith('1') ? '2' : '1');
    const relation = (person: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
      c.post(`/api/children/${childId}/relations`, { kind: 'father', startDate: '2016-04-01', person, ...extra });
    const checksum = await relation({ name: '张三', idNumber: wrongCheck });
    expect([checksum.status, code(checksum), field(checksum)]).toEqual([400, 'ID_NUMBER_CHECKSUM', 'person.idNumber']);
    const birth = await relation({ name: '张三', idNumber: FATHER_ID, birthDate: '1985-03-13' });
    expect([code(birth), field(birth)]).toEqual(['ID_BIRTH_DATE_MISMATCH', 'person.birthDate']);
    const phone = await relation({ name: '张三', phone: '1381234' });
    expect(code(phone)).toBe('VALIDATION_FAILED');
    expect(issuePaths(phone)).toContain('person.phone');
    const kind = await relation({ name: '张三' }, { kind: 'uncle' });
    expect(issuePaths(kind)).toContain('kind');

    const father = await relation({ name: '张三', sex: 'M' });
    expect(father.status).toBe(201);
    const personId = (father.json.person as Person).id;
    const situation = (body: Record<string, unknown>) =>
      c.post(`/api/children/${childId}/persons/${personId}/situations`, { since: '2024-01-01', ...body });
    // [code, details, until, expected error, field]
    const cases: [string, object | undefined, string | undefined, string, string][] = [
      [
        'severe_disability',
        { disabilityKind: 'physical' },
        undefined,
        'SITUATION_DETAIL_REQUIRED',
        'details.disabilityGrade',
      ],
      ['serious_illness', { illnessCode: 'common_cold' }, undefined, 'ILLNESS_NOT_LISTED', 'details.illnessCode'],
      ['imprisoned', undefined, undefined, 'SITUATION_DETAIL_REQUIRED', 'details.termMonths'],
      ['dead', { termMonths: 12 }, undefined, 'SITUATION_DETAIL_NOT_APPLICABLE', 'details.termMonths'],
      ['working_away', undefined, '2023-12-31', 'DATE_BEFORE_START', 'until'],
    ];
    for (const [situationCode, details, until, expected, expectedField] of cases) {
      const res = await situation({ code: situationCode, details, until });
      expect([res.status, code(res), field(res)], expected).toEqual([400, expected, expectedField]);
    }
    const zero = await situation({ code: 'imprisoned', details: { termMonths: 0 } });
    expect(issuePaths(zero)).toContain('details.termMonths');
    const grade = await situation({
      code: 'severe_disability',
      details: { disabilityGrade: 5, disabilityKind: 'mental' },
    });
    expect(issuePaths(grade)).toContain('details.disabilityGrade');
    expect(issuePaths(await situation({ code: 'abroad' }))).toContain('code');
  });

  it('answers 404 outside the scope, and for a person not linked to the child', async () => {
    const c = await t.as('demo_village');
    const childId = await newChild(c, '范围测试');
    const other = await newChild(c, '范围测试乙');
    const rel = await c.post(`/api/children/${childId}/relations`, {
      kind: 'mother',
      startDate: '2016-04-01',
      person: { name: '孙丽', sex: 'F' },
    });
    const personId = (rel.json.person as Person).id;
    const outsider = await t.as('demo_village2');
    const base = `/api/children/${childId}`;
    const attempts: [Client, 'GET' | 'POST' | 'PATCH', string, unknown][] = [
      [outsider, 'GET', `${base}/family`, undefined],
      [outsider, 'POST', `${base}/relations`, { kind: 'guardian', startDate: '2024-01-01', person: { name: '外人' } }],
      [outsider, 'PATCH', `${base}/persons/${personId}`, { workPlace: 'x' }],
      [outsider, 'POST', `${base}/relations/${rel.json.id as string}/end`, { endDate: '2025-01-01', endReason: 'x' }],
      // Reached through another child of the same village, the person is not there.
      [c, 'PATCH', `/api/children/${other}/persons/${personId}`, { workPlace: 'x' }],
      [c, 'POST', `/api/children/${other}/persons/${personId}/situations`, { code: 'dead', since: '2024-01-01' }],
    ];
    for (const [client, method, url, body] of attempts)
      expect((await client.request(method, url, body)).status, `${method} ${url}`).toBe(404);
  });
});
