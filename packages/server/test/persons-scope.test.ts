// Shared persons without cross-county leaks (issue 7, finding 3): a parent recorded by 511123 is linked by a
// 511102 village only through a request 511123 confirms; until then 511102 sees only what it typed, a wrong
// name answers like a right one, edits and unmasking need the person in scope, and a parent's situations that
// feed another county's category rules change only through someone in scope of that county's child.
import { makeIdNumber } from '@hehu/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, childRelations, personSituations, persons } from '../src/db/schema.ts';
import { demoVillages } from '../src/seed/demo.ts';
import { createTestApp, type Client, type TestApp } from './harness.ts';

type Res = { status: number; json: Record<string, unknown> };
const code = (res: Res) => (res.json.error as { code: string } | undefined)?.code;
type Person = { id: string; name: string; phoneMasked: string | null; situations: { id: string; code: string }[] };
type Relation = { id: string; kind: string; person: Person };
type Link = {
  id: string;
  status: string;
  childName: string;
  typed: { name: string; idNumberMasked: string; phoneMasked: string | null };
  recorded: { personId: string; name: string } | null;
  decisionNote: string | null;
};

// A Chengdu ID number: the demo data puts no child or person there.
const FATHER_ID = makeIdNumber('510104', '1984-05-06', 71);
const RECORDED_PHONE = '13812340000';
const RECORDED_ADDRESS = '沐川县某镇某村五组8号';

let seq = 500;
async function newChild(c: Client, division: string, name: string): Promise<string> {
  seq += 1;
  const res = await c.post('/api/children', {
    name,
    idNumber: makeIdNumber(division.slice(0, 6), '2015-03-01', seq),
    divisionCode: division,
    confirmNotDuplicate: true,
  });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return res.json.id as string;
}

const addFather = (c: Client, childId: string, name: string, phone?: string) =>
  c.post(`/api/children/${childId}/relations`, {
    kind: 'father',
    startDate: '2015-03-01',
    person: { name, idNumber: FATHER_ID, ...(phone ? { phone } : {}) },
  });

// Each runs with row-level security on and off: the application's own conditions must hold by themselves.
// HEHU_TEST_RLS=off (the scope mutation run) needs only the pass without the database's policies.
for (const rowLevelSecurity of process.env.HEHU_TEST_RLS === 'off' ? [false] : [true, false]) {
  describe(`a person recorded by another county (row-level security ${rowLevelSecurity ? 'on' : 'off'})`, () => {
    let t: TestApp;
    let village: string;
    let village2: string;
    let own: Client; // demo_village, 511102
    let other: Client; // demo_village2, 511123
    beforeAll(async () => {
      t = await createTestApp({ rowLevelSecurity });
      ({ village, village2 } = await demoVillages(t.database.db));
      own = await t.as('demo_village');
      other = await t.as('demo_village2');
    });
    afterAll(() => t.close());

    let otherChild: string; // 511123's child, whose father was recorded there
    let fatherId: string;
    let ownChild: string;
    let typoChild: string;
    let linkId: string;

    it('is recorded by 511123 with a phone, an address and an imprisonment', async () => {
      otherChild = await newChild(other, village2, '跨县甲');
      const rel = await other.post(`/api/children/${otherChild}/relations`, {
        kind: 'father',
        startDate: '2015-03-01',
        person: { name: '周国平', idNumber: FATHER_ID, phone: RECORDED_PHONE, address: RECORDED_ADDRESS },
      });
      expect(rel.status, JSON.stringify(rel.json)).toBe(201);
      fatherId = (rel.json as unknown as Relation).person.id;
      const s = await other.post(`/api/children/${otherChild}/persons/${fatherId}/situations`, {
        code: 'imprisoned',
        since: '2024-03-01',
        details: { termMonths: 48 },
      });
      expect(s.status).toBe(201);
    });

    it('linked by ID number and name from 511102, becomes a request showing only what was typed', async () => {
      ownChild = await newChild(own, village, '跨县乙');
      const res = await addFather(own, ownChild, '周国平', '13900001111');
      expect(res.status, JSON.stringify(res.json)).toBe(201);
      const link = res.json.linkRequest as Link;
      expect(link).toMatchObject({
        status: 'pending',
        recorded: null,
        typed: { name: '周国平', phoneMasked: '139****1111' },
      });
      linkId = link.id;
      const family = await own.get(`/api/children/${ownChild}/family`);
      expect(family.json.relations).toEqual([]);
      expect((family.json.linkRequests as Link[]).map((l) => l.id)).toEqual([linkId]);
      // Nothing 511123 recorded reaches 511102: not the phone, the address or the imprisonment.
      const seen = JSON.stringify([res.json, family.json]);
      for (const secret of ['138****0000', '沐川县', 'imprisoned', fatherId]) expect(seen).not.toContain(secret);
      // One person record still; the request counts as an answer that the number is held elsewhere.
      const rows = await t.database.db
        .select()
        .from(persons)
        .where(eq(persons.idNumberIndex, t.services.cipher.blindIndex(FATHER_ID)));
      expect(rows).toHaveLength(1);
      const events = await t.database.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'security.id_number_elsewhere'), eq(auditLog.actorUsername, 'demo_village')));
      expect(events).toHaveLength(1);
    });

    it('answers a wrong name exactly as a right name', async () => {
      typoChild = await newChild(own, village, '跨县丙');
      const wrong = await addFather(own, typoChild, '周国萍');
      expect(wrong.status).toBe(201);
      expect(code(wrong)).toBeUndefined();
      const link = wrong.json.linkRequest as Link;
      expect(Object.keys(wrong.json)).toEqual(['linkRequest']);
      expect(link).toMatchObject({ status: 'pending', recorded: null, typed: { name: '周国萍' } });
    });

    it('cannot be edited, unmasked or given a situation through the requesting child', async () => {
      const township = await t.as('demo_township');
      const base = `/api/children/${ownChild}/persons/${fatherId}`;
      const attempts: [Client, 'POST' | 'PATCH', string, unknown][] = [
        [own, 'PATCH', base, { phone: '13700000000' }],
        [township, 'POST', `${base}/unmask`, { field: 'idNumber' }],
        [township, 'POST', `${base}/unmask`, { field: 'phone' }],
        [own, 'POST', `${base}/situations`, { code: 'dead', since: '2025-01-01' }],
      ];
      for (const [c, method, url, body] of attempts)
        expect((await c.request(method, url, body)).status, `${method} ${url}`).toBe(404);
      const [row] = await t.database.db.select().from(persons).where(eq(persons.id, fatherId));
      expect(t.services.cipher.decrypt(row!.phoneEnc!)).toBe(RECORDED_PHONE);
      const situations = await t.database.db
        .select()
        .from(personSituations)
        .where(eq(personSituations.personId, fatherId));
      expect(situations.map((s) => s.code)).toEqual(['imprisoned']);
    });

    it('is confirmed by 511123 only; then 511102 sees the one person record', async () => {
      // The requester cannot confirm its own request, and does not see it as incoming.
      expect((await own.post(`/api/person-links/${linkId}/confirm`)).status).toBe(404);
      const ownIncoming = await own.get('/api/person-links?direction=incoming');
      expect((ownIncoming.json.data as Link[]).map((l) => l.id)).not.toContain(linkId);
      const outgoing = await own.get('/api/person-links?direction=outgoing');
      expect((outgoing.json.data as Link[]).find((l) => l.id === linkId)?.recorded).toBeNull();

      const incoming = await other.get('/api/person-links?direction=incoming');
      const asked = (incoming.json.data as Link[]).find((l) => l.id === linkId);
      expect(asked).toMatchObject({ childName: '跨县乙', typed: { name: '周国平' }, recorded: { name: '周国平' } });
      // A stranger in a third area neither sees nor decides it.
      const stranger = await t.as('demo_welfare');
      expect((await stranger.post(`/api/person-links/${linkId}/confirm`)).status).toBe(404);

      const confirmed = await other.post(`/api/person-links/${linkId}/confirm`);
      expect(confirmed.status, JSON.stringify(confirmed.json)).toBe(200);
      expect(confirmed.json.status).toBe('confirmed');
      expect((await other.post(`/api/person-links/${linkId}/confirm`)).status).toBe(409);

      const family = await own.get(`/api/children/${ownChild}/family`);
      const relations = family.json.relations as Relation[];
      expect(relations.map((r) => r.person.id)).toEqual([fatherId]);
      expect(relations[0]!.person.situations.map((s) => s.code)).toEqual(['imprisoned']);
      expect(family.json.linkRequests).toEqual([]);
      const history = await own.get(`/api/children/${ownChild}/history`);
      expect((history.json.data as { action: string }[]).map((h) => h.action)).toContain('family.link_confirm');
      const rows = await t.database.db
        .select()
        .from(persons)
        .where(eq(persons.idNumberIndex, t.services.cipher.blindIndex(FATHER_ID)));
      expect(rows).toHaveLength(1);
    });

    it('a wrong name is rejected by 511123, with the reason shown to the requester', async () => {
      const incoming = await other.get('/api/person-links?direction=incoming');
      const typo = (incoming.json.data as Link[]).find((l) => l.childName === '跨县丙');
      expect(typo).toMatchObject({ typed: { name: '周国萍' }, recorded: { name: '周国平' } });
      expect((await other.post(`/api/person-links/${typo!.id}/reject`, {})).status).toBe(400);
      const rejected = await other.post(`/api/person-links/${typo!.id}/reject`, { note: '姓名与登记不符' });
      expect(rejected.status).toBe(200);
      const family = await own.get(`/api/children/${typoChild}/family`);
      expect(family.json.relations).toEqual([]);
      expect(family.json.linkRequests).toMatchObject([{ status: 'rejected', decisionNote: '姓名与登记不符' }]);
      const relations = await t.database.db.select().from(childRelations).where(eq(childRelations.childId, typoChild));
      expect(relations).toHaveLength(0);
    });

    it("a shared parent's situations change only through someone in scope of every child", async () => {
      const own2 = `/api/children/${ownChild}/persons/${fatherId}/situations`;
      const other2 = `/api/children/${otherChild}/persons/${fatherId}/situations`;
      const dead = { code: 'dead', since: '2025-06-01' };
      for (const [c, url] of [
        [own, own2],
        [other, other2],
      ] as const) {
        const res = await c.post(url, dead);
        expect([res.status, code(res)], url).toEqual([403, 'SITUATION_OTHER_AREA']);
      }
      const imprisoned = (await own.get(`/api/children/${ownChild}/family`)).json.relations as Relation[];
      const situationId = imprisoned[0]!.person.situations[0]!.id;
      const end = await own.post(`${own2}/${situationId}/end`, { until: '2025-06-01' });
      expect(code(end)).toBe('SITUATION_OTHER_AREA');
      expect(
        (await t.database.db.select().from(personSituations).where(eq(personSituations.personId, fatherId))).map(
          (s) => [s.code, s.until],
        ),
      ).toEqual([['imprisoned', null]]);
      // The city office reaches both children.
      const city = await t.as('demo_city');
      expect((await city.post(own2, dead)).status).toBe(201);
    });

    it('once shared, edits and unmasking follow the permission in the caller’s own scope', async () => {
      const edit = await own.request('PATCH', `/api/children/${ownChild}/persons/${fatherId}`, { workPlace: '某厂' });
      expect(edit.status).toBe(200);
      const township = await t.as('demo_township');
      const unmask = await township.post(`/api/children/${ownChild}/persons/${fatherId}/unmask`, { field: 'phone' });
      expect(unmask.json.value).toBe(RECORDED_PHONE);
      // Without the unmask permission the village director is refused, shared person or not.
      expect((await own.post(`/api/children/${ownChild}/persons/${fatherId}/unmask`, { field: 'phone' })).status).toBe(
        403,
      );
      // The 511123 village reaches the person only through its own child, not through 511102's.
      expect(
        (await other.request('PATCH', `/api/children/${ownChild}/persons/${fatherId}`, { workPlace: 'x' })).status,
      ).toBe(404);
    });
  });
}
