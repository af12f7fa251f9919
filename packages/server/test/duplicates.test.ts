// Duplicate files: the scan finds pairs within the caller's scope, the list shows both sides, a merge
// moves relations, categories and documents to the kept file and archives the other, traceably.
import { makeIdNumber, serviceDate } from '@hehu/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditLog,
  childCategories,
  childRelations,
  children,
  documents,
  duplicateSuspects,
  persons,
} from '../src/db/schema.ts';
import { demoVillages } from '../src/seed/demo.ts';
import { createTestApp, type Client, type TestApp } from './harness.ts';

let t: TestApp;
let village: string;
let village2: string;
const OTHER_VILLAGE = '511102004002';
beforeAll(async () => {
  t = await createTestApp();
  ({ village, village2 } = await demoVillages(t.database.db));
});
afterAll(() => t.close());

const code = (res: { json: Record<string, unknown> }) => (res.json.error as { code: string } | undefined)?.code;

interface Side {
  id: string;
  name: string;
  divisionName: string;
  categories: string[];
  status: string;
}
interface Pair {
  id: string;
  score: number;
  status: string;
  a: Side;
  b: Side;
}

async function create(c: Client, body: Record<string, unknown>): Promise<{ id: string; sex: string }> {
  const res = await c.post('/api/children', { confirmNotDuplicate: true, ...body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { id: res.json.id as string, sex: res.json.sex as string };
}

async function pairOf(c: Client, x: string, y: string, status = 'open'): Promise<Pair | undefined> {
  const res = await c.get(`/api/duplicates?status=${status}&limit=200`);
  expect(res.status).toBe(200);
  return (res.json.data as Pair[]).find((p) => [p.a.id, p.b.id].sort().join() === [x, y].sort().join());
}

describe('scanning and merging', () => {
  it('finds a near-identical pair once, and a merge moves the file’s rows and archives the other', async () => {
    const c = await t.as('demo_village');
    const keep = await create(c, {
      name: '李思远',
      idNumber: makeIdNumber('511102', '2016-08-08', 301),
      divisionCode: village,
    });
    const other = await create(c, {
      name: '李思源',
      birthDate: '2016-08-08',
      sex: keep.sex,
      noIdReason: '户口登记办理中',
      divisionCode: village,
    });
    const db = t.database.db;
    const [person] = await db.insert(persons).values({ name: '李父' }).returning({ id: persons.id });
    const [relation] = await db
      .insert(childRelations)
      .values({ childId: other.id, personId: person!.id, kind: 'father', startDate: '2016-08-08' })
      .returning({ id: childRelations.id });
    const [category] = await db
      .insert(childCategories)
      .values({ childId: other.id, category: 'difficulty_economic', startDate: '2024-01-01', decisionRef: '测试' })
      .returning({ id: childCategories.id });
    const [document] = await db
      .insert(documents)
      .values({
        childId: other.id,
        subjectType: 'child',
        subjectId: other.id,
        title: '户口簿',
        fileName: 'hukou.pdf',
        mimeType: 'application/pdf',
        sizeBytes: 10,
        sha256: '0'.repeat(64),
        storageKey: 'test/hukou.pdf',
      })
      .returning({ id: documents.id });

    const scan = await c.post('/api/duplicates/scan', {});
    expect(scan.status, JSON.stringify(scan.body)).toBe(200);
    expect(scan.json.found).toBeGreaterThanOrEqual(1);
    expect((await c.post('/api/duplicates/scan', {})).json.found).toBe(0);

    const pair = await pairOf(c, keep.id, other.id);
    expect(pair).toBeDefined();
    expect(pair!.score).toBeGreaterThanOrEqual(80);
    expect(pair!.score).toBeLessThanOrEqual(100);
    const otherSide = pair!.a.id === other.id ? pair!.a : pair!.b;
    expect(otherSide).toMatchObject({ name: '李思源', status: 'active', categories: ['difficulty_economic'] });
    expect(otherSide.divisionName.length).toBeGreaterThan(0);
    const [stored] = await db.select().from(duplicateSuspects).where(eq(duplicateSuspects.id, pair!.id));
    expect(stored!.childA < stored!.childB).toBe(true);

    const tasks = await c.get('/api/tasks');
    expect(tasks.json.data).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'open-duplicates', link: '/duplicates', severity: 'info' }),
      ]),
    );

    const stranger = await c.post(`/api/duplicates/${pair!.id}/merge`, {
      keepId: '00000000-0000-4000-8000-000000000000',
    });
    expect([stranger.status, code(stranger)]).toEqual([400, 'MERGE_KEEP_NOT_IN_PAIR']);

    const merged = await c.post(`/api/duplicates/${pair!.id}/merge`, { keepId: keep.id });
    expect(merged.status, JSON.stringify(merged.body)).toBe(200);
    expect(merged.json.status).toBe('merged');
    expect(code(await c.post(`/api/duplicates/${pair!.id}/merge`, { keepId: keep.id }))).toBe('DUPLICATE_NOT_OPEN');

    const [movedRelation] = await db.select().from(childRelations).where(eq(childRelations.id, relation!.id));
    const [movedCategory] = await db.select().from(childCategories).where(eq(childCategories.id, category!.id));
    const [movedDocument] = await db.select().from(documents).where(eq(documents.id, document!.id));
    expect(movedRelation!.childId).toBe(keep.id);
    expect(movedCategory!.childId).toBe(keep.id);
    expect(movedDocument).toMatchObject({ childId: keep.id, subjectId: keep.id });

    const archived = await c.get(`/api/children/${other.id}`);
    expect(archived.json).toMatchObject({ status: 'archived', mergedInto: keep.id });
    expect((await c.get(`/api/children/${keep.id}`)).json.categories).toEqual(['difficulty_economic']);
    for (const id of [keep.id, other.id]) {
      const history = await c.get(`/api/children/${id}/history`);
      expect((history.json.data as { action: string }[])[0]!.action).toBe('duplicate.merge');
    }
    const [audit] = await db.select().from(auditLog).where(eq(auditLog.action, 'duplicate.merge'));
    expect(audit).toMatchObject({ targetId: keep.id, actorUsername: 'demo_village' });
    expect(audit!.details).toMatchObject({
      keptId: keep.id,
      mergedId: other.id,
      moved: { relations: [relation!.id], categories: [category!.id], documents: [document!.id] },
    });
    expect(await pairOf(c, keep.id, other.id, 'merged')).toMatchObject({ status: 'merged' });
  });

  it('the kept file takes over an ID number only the other file had', async () => {
    const c = await t.as('demo_village');
    const withId = await create(c, {
      name: '周子涵',
      idNumber: makeIdNumber('511102', '2018-01-09', 402),
      divisionCode: village,
    });
    const withoutId = await create(c, {
      name: '周子涵',
      birthDate: '2018-01-09',
      sex: withId.sex,
      noIdReason: '户口登记办理中',
      divisionCode: village,
    });
    await c.post('/api/duplicates/scan', { division: village });
    const pair = await pairOf(c, withId.id, withoutId.id);
    expect(pair?.score).toBe(100);
    expect((await c.post(`/api/duplicates/${pair!.id}/merge`, { keepId: withoutId.id })).status).toBe(200);
    const [kept] = await t.database.db.select().from(children).where(eq(children.id, withoutId.id));
    const [gone] = await t.database.db.select().from(children).where(eq(children.id, withId.id));
    expect(kept).toMatchObject({ noIdReason: null, status: 'active' });
    expect(kept!.idNumberMasked).toMatch(/^511102\*+/);
    expect(gone).toMatchObject({ idNumberIndex: null, status: 'archived', mergedInto: withoutId.id });
  });

  it('refuses to merge two different ID numbers; such a pair can be dismissed and stays dismissed', async () => {
    const c = await t.as('demo_village');
    const x = await create(c, {
      name: '王雨桐',
      idNumber: makeIdNumber('511102', '2019-05-05', 511),
      divisionCode: village,
    });
    const y = await create(c, {
      name: '王雨桐',
      idNumber: makeIdNumber('511102', '2019-05-05', 513),
      divisionCode: village,
    });
    await c.post('/api/duplicates/scan', {});
    const pair = await pairOf(c, x.id, y.id);
    expect(pair?.score).toBe(50);
    const refused = await c.post(`/api/duplicates/${pair!.id}/merge`, { keepId: x.id });
    expect([refused.status, code(refused)]).toEqual([409, 'MERGE_DIFFERENT_ID_NUMBERS']);
    const dismissed = await c.post(`/api/duplicates/${pair!.id}/dismiss`, {});
    expect(dismissed.json).toMatchObject({ id: pair!.id, status: 'dismissed' });
    expect(await pairOf(c, x.id, y.id)).toBeUndefined();
    await c.post('/api/duplicates/scan', {});
    expect(await pairOf(c, x.id, y.id)).toBeUndefined();
    expect(await pairOf(c, x.id, y.id, 'dismissed')).toBeDefined();
    expect(code(await c.post(`/api/duplicates/${pair!.id}/dismiss`, {}))).toBe('DUPLICATE_NOT_OPEN');
    const [audit] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'duplicate.dismiss'), eq(auditLog.targetId, pair!.id)));
    expect(audit?.actorUsername).toBe('demo_village');
  });
});

describe('scope', () => {
  it('a pair is listed only when both files are in the caller’s scope', async () => {
    const far = await t.as('demo_village2');
    const x = await create(far, {
      name: '陈嘉怡',
      birthDate: '2017-10-10',
      sex: 'F',
      noIdReason: '待登记',
      divisionCode: village2,
    });
    const y = await create(far, {
      name: '陈佳怡',
      birthDate: '2017-10-10',
      sex: 'F',
      noIdReason: '待登记',
      divisionCode: village2,
    });
    const near = await t.as('demo_village');
    await near.post('/api/duplicates/scan', {});
    const farPair = await pairOf(far, x.id, y.id);
    expect(farPair).toBeUndefined(); // not scanned by anyone with that scope yet
    expect((await far.post('/api/duplicates/scan', {})).json.found).toBeGreaterThanOrEqual(1);
    const found = await pairOf(far, x.id, y.id);
    expect(found).toBeDefined();
    expect(await pairOf(near, x.id, y.id)).toBeUndefined();
    expect((await near.post(`/api/duplicates/${found!.id}/dismiss`, {})).status).toBe(404);
    expect((await near.post(`/api/duplicates/${found!.id}/merge`, { keepId: x.id })).status).toBe(404);

    // One file in the director's village, one in the neighbouring village: only the township sees the pair.
    const township = await t.as('demo_township');
    const mine = await create(near, {
      name: '赵一鸣',
      birthDate: '2015-12-12',
      sex: 'M',
      noIdReason: '待登记',
      divisionCode: village,
    });
    const theirs = await create(township, {
      name: '赵一鸣',
      birthDate: '2015-12-12',
      sex: 'M',
      noIdReason: '待登记',
      divisionCode: OTHER_VILLAGE,
    });
    expect((await near.post('/api/duplicates/scan', {})).status).toBe(200);
    expect(await pairOf(near, mine.id, theirs.id)).toBeUndefined();
    await township.post('/api/duplicates/scan', {});
    expect(await pairOf(township, mine.id, theirs.id)).toBeDefined();
    expect(await pairOf(near, mine.id, theirs.id)).toBeUndefined();
  });
});

describe('the list', () => {
  it('pages by score with the cursor', async () => {
    const county = await t.as('demo_county');
    for (const [name, date] of [
      ['孙浩然', '2014-02-02'],
      ['吴欣妍', '2014-03-03'],
    ] as const) {
      for (const n of [name, name]) {
        await create(county, { name: n, birthDate: date, sex: 'M', noIdReason: '待登记', divisionCode: village });
      }
    }
    await county.post('/api/duplicates/scan', { division: '511102' });
    const all = await county.get('/api/duplicates?limit=200');
    expect(all.json.total as number).toBeGreaterThanOrEqual(2);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { json: Record<string, unknown> } = await county.get(
        `/api/duplicates?limit=1${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...(page.json.data as Pair[]).map((p) => p.id));
      cursor = page.json.nextCursor as string | null;
    } while (cursor);
    expect(seen).toEqual((all.json.data as Pair[]).map((p) => p.id));
  });
});

interface Relation {
  id: string;
  kind: string;
  startDate: string;
  endDate: string | null;
  endReason: string | null;
  active: boolean;
  person: { id: string; name: string; idNumberMasked: string | null };
}
interface Candidate {
  relationId: string;
  childId: string;
  personId: string;
  personName: string;
  personIdNumberMasked: string | null;
  startDate: string;
}

describe('family relations on merge', () => {
  const today = () => serviceDate();

  async function family(c: Client, childId: string): Promise<Relation[]> {
    const res = await c.get(`/api/children/${childId}/family`);
    expect(res.status).toBe(200);
    return res.json.relations as Relation[];
  }

  async function addParent(
    c: Client,
    childId: string,
    kind: 'father' | 'mother',
    name: string,
    idNumber: string,
    startDate: string,
  ): Promise<Relation> {
    const res = await c.post(`/api/children/${childId}/relations`, {
      kind,
      startDate,
      person: { name, idNumber },
    });
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    return res.json as unknown as Relation;
  }

  /** Two files of one child (no ID number on either), scanned into a pair. */
  async function twoFiles(c: Client, name: string, birthDate: string, sex: 'M' | 'F') {
    const x = await create(c, { name, birthDate, sex, noIdReason: '户口登记办理中', divisionCode: village });
    const y = await create(c, { name, birthDate, sex, noIdReason: '户口登记办理中', divisionCode: village });
    await c.post('/api/duplicates/scan', { division: village });
    const pair = await pairOf(c, x.id, y.id);
    expect(pair).toBeDefined();
    return { keep: x.id, other: y.id, pairId: pair!.id };
  }

  it('two different current fathers: 409 listing both, then keepRelations ends the other on the merge date', async () => {
    const c = await t.as('demo_village');
    const { keep, other, pairId } = await twoFiles(c, '郑可欣', '2017-06-06', 'F');
    const fatherA = await addParent(
      c,
      keep,
      'father',
      '郑建华',
      makeIdNumber('511102', '1986-02-02', 15),
      '2017-06-06',
    );
    const fatherB = await addParent(
      c,
      other,
      'father',
      '郑建军',
      makeIdNumber('511102', '1987-03-03', 17),
      '2017-06-06',
    );
    const mother = await addParent(c, other, 'mother', '刘芳', makeIdNumber('511102', '1988-04-04', 22), '2017-06-06');

    const preview = await c.get(`/api/duplicates/${pairId}/merge-preview`);
    expect(preview.status, JSON.stringify(preview.json)).toBe(200);
    const conflicts = preview.json.conflicts as { kind: string; candidates: Candidate[] }[];
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.kind).toBe('father');
    expect(conflicts[0]!.candidates.map((x) => x.relationId).sort()).toEqual([fatherA.id, fatherB.id].sort());
    expect(preview.json.repeatedRelations).toEqual([]);

    const refused = await c.post(`/api/duplicates/${pairId}/merge`, { keepId: keep });
    expect([refused.status, code(refused)]).toEqual([409, 'MERGE_RELATION_CONFLICT']);
    const error = refused.json.error as { message: string; details: { field: string; conflicts: typeof conflicts } };
    expect(error.message).toContain('郑建华');
    expect(error.message).toContain('郑建军');
    expect(error.details.field).toBe('keepRelations');
    expect(error.details.conflicts[0]!.candidates).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          relationId: fatherA.id,
          childId: keep,
          personName: '郑建华',
          personIdNumberMasked: fatherA.person.idNumberMasked,
        }),
        expect.objectContaining({
          relationId: fatherB.id,
          childId: other,
          personName: '郑建军',
          personIdNumberMasked: fatherB.person.idNumberMasked,
        }),
      ]),
    );
    expect(fatherA.person.idNumberMasked).toMatch(/^511102\*+\d{3}[\dX]$/);
    // Nothing changed by the refused merge.
    expect((await pairOf(c, keep, other))?.status).toBe('open');

    const wrongChoice = await c.post(`/api/duplicates/${pairId}/merge`, {
      keepId: keep,
      keepRelations: { father: mother.id },
    });
    expect([wrongChoice.status, code(wrongChoice)]).toEqual([400, 'MERGE_KEEP_RELATION_INVALID']);
    expect((wrongChoice.json.error as { details: { field: string } }).details.field).toBe('keepRelations.father');
    const unknownKind = await c.post(`/api/duplicates/${pairId}/merge`, {
      keepId: keep,
      keepRelations: { guardian: fatherB.id },
    });
    expect(unknownKind.status).toBe(400);

    // Keep the father recorded on the file that is archived.
    const merged = await c.post(`/api/duplicates/${pairId}/merge`, {
      keepId: keep,
      keepRelations: { father: fatherB.id },
    });
    expect(merged.status, JSON.stringify(merged.json)).toBe(200);

    const relations = await family(c, keep);
    const fathers = relations.filter((r) => r.kind === 'father');
    expect(fathers.filter((r) => r.active).map((r) => r.id)).toEqual([fatherB.id]);
    expect(fathers.find((r) => r.id === fatherA.id)).toMatchObject({
      active: false,
      endDate: today(),
      endReason: '合并档案时结束',
    });
    expect(relations.filter((r) => r.kind === 'mother' && r.active).map((r) => r.id)).toEqual([mother.id]);

    const [audit] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'duplicate.merge'), eq(auditLog.targetId, keep)));
    expect(audit!.details).toMatchObject({
      keptId: keep,
      mergedId: other,
      endedRelations: [
        {
          relationId: fatherA.id,
          kind: 'father',
          personName: '郑建华',
          endDate: today(),
          endReason: '合并档案时结束',
          because: 'conflict',
          keptRelationId: fatherB.id,
        },
      ],
    });
    const history = (await c.get(`/api/children/${keep}/history`)).json.data as {
      action: string;
      changes: { field: string; to: unknown }[];
    }[];
    expect(history.map((h) => h.action).slice(0, 2)).toEqual(['duplicate.merge', 'family.relation_end']);
    expect(history[1]!.changes).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'relation.endReason', to: '合并档案时结束' })]),
    );
  });

  it('the same father on both files is no conflict: one relation stays, the repeat ends', async () => {
    const c = await t.as('demo_village');
    const { keep, other, pairId } = await twoFiles(c, '何俊杰', '2016-09-09', 'M');
    const fatherId = makeIdNumber('511102', '1984-05-05', 31);
    const earlier = await addParent(c, other, 'father', '何志强', fatherId, '2016-09-09');
    const later = await addParent(c, keep, 'father', '何志强', fatherId, '2016-10-01');
    expect(later.person.id).toBe(earlier.person.id); // one person, linked by ID number

    // The mothers are two person rows with one ID number (e.g. registered before linking existed).
    const motherId = makeIdNumber('511102', '1989-07-07', 42);
    const motherA = await addParent(c, keep, 'mother', '唐丽', motherId, '2016-09-09');
    const [row] = await t.database.db.select().from(persons).where(eq(persons.id, motherA.person.id));
    const [copy] = await t.database.db
      .insert(persons)
      .values({ ...row!, id: undefined, createdAt: undefined, updatedAt: undefined })
      .returning({ id: persons.id });
    const [motherB] = await t.database.db
      .insert(childRelations)
      .values({ childId: other, personId: copy!.id, kind: 'mother', startDate: '2016-12-01' })
      .returning({ id: childRelations.id });

    const preview = await c.get(`/api/duplicates/${pairId}/merge-preview`);
    expect(preview.json.conflicts).toEqual([]);
    expect(preview.json.repeatedRelations).toEqual(
      expect.arrayContaining([
        { kind: 'father', personName: '何志强', keptRelationId: earlier.id, endedRelationIds: [later.id] },
        { kind: 'mother', personName: '唐丽', keptRelationId: motherA.id, endedRelationIds: [motherB!.id] },
      ]),
    );

    const merged = await c.post(`/api/duplicates/${pairId}/merge`, { keepId: keep });
    expect(merged.status, JSON.stringify(merged.json)).toBe(200);
    const relations = await family(c, keep);
    expect(relations.filter((r) => r.kind === 'father' && r.active).map((r) => r.id)).toEqual([earlier.id]);
    expect(relations.filter((r) => r.kind === 'mother' && r.active).map((r) => r.id)).toEqual([motherA.id]);
    const ended = relations.find((r) => r.id === later.id);
    expect(ended).toMatchObject({ active: false, endDate: today() });
    expect(ended!.endReason).toMatch(/^合并档案时结束/);
    expect(relations).toHaveLength(4); // ended, never deleted
    const [audit] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'duplicate.merge'), eq(auditLog.targetId, keep)));
    const endedIds = (audit!.details as { endedRelations: { relationId: string; because: string }[] }).endedRelations;
    expect(endedIds.map((e) => [e.relationId, e.because]).sort()).toEqual(
      [
        [later.id, 'repeat'],
        [motherB!.id, 'repeat'],
      ].sort(),
    );
  });

  it('categories: orphan on one file and 事实无人抚养 on the other stop the merge; a repeat ends', async () => {
    const c = await t.as('demo_village');
    const officer = await t.as('demo_county');
    const record = async (childId: string, category: string, startDate: string) => {
      const res = await officer.post(`/api/children/${childId}/categories`, {
        category,
        startDate,
        decisionRef: `乐市中民〔2026〕${childId.slice(0, 4)}号`,
      });
      expect(res.status, JSON.stringify(res.json)).toBe(201);
      return res.json.id as string;
    };
    const clashing = await twoFiles(c, '孟思远', '2015-03-03', 'M');
    await record(clashing.keep, 'orphan_scattered', '2024-01-01');
    await record(clashing.other, 'de_facto_unsupported', '2024-02-01');
    const refused = await c.post(`/api/duplicates/${clashing.pairId}/merge`, { keepId: clashing.keep });
    expect([refused.status, code(refused)]).toEqual([409, 'MERGE_CATEGORY_CONFLICT']);
    expect((refused.json.error as { message: string }).message).toContain('不能同时享受');
    const [untouched] = await t.database.db.select().from(children).where(eq(children.id, clashing.other));
    expect(untouched?.status).toBe('active');

    const repeated = await twoFiles(c, '孟思琪', '2015-04-04', 'F');
    const kept = await record(repeated.keep, 'left_behind', '2023-09-01');
    const repeat = await record(repeated.other, 'left_behind', '2024-03-01');
    const merged = await c.post(`/api/duplicates/${repeated.pairId}/merge`, { keepId: repeated.keep });
    expect(merged.status, JSON.stringify(merged.json)).toBe(200);
    const rows = await t.database.db.select().from(childCategories).where(eq(childCategories.childId, repeated.keep));
    expect(rows.find((r) => r.id === kept)).toMatchObject({ endDate: null });
    expect(rows.find((r) => r.id === repeat)).toMatchObject({
      endDate: today(),
      endReason: '合并档案时结束（与保留的认定重复）',
    });
    const [audit] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'duplicate.merge'), eq(auditLog.targetId, repeated.keep)));
    expect((audit!.details as { endedCategories: { id: string }[] }).endedCategories.map((e) => e.id)).toEqual([
      repeat,
    ]);
  });

  it('the preview is scoped like the pair', async () => {
    const far = await t.as('demo_village2');
    const c = await t.as('demo_village');
    const { pairId } = await twoFiles(c, '蒋文博', '2015-04-04', 'M');
    expect((await far.get(`/api/duplicates/${pairId}/merge-preview`)).status).toBe(404);
    expect((await c.get(`/api/duplicates/${pairId}/merge-preview`)).status).toBe(200);
  });
});

describe('scanning one area', () => {
  it('the division must exist and lie in the caller’s scope', async () => {
    const c = await t.as('demo_village');
    const outside = await c.post('/api/duplicates/scan', { division: village2 });
    expect([outside.status, code(outside)]).toEqual([400, 'DIVISION_OUT_OF_SCOPE']);
    expect((outside.json.error as { details: { field: string } }).details.field).toBe('division');
    const wider = await c.post('/api/duplicates/scan', { division: '5111' });
    expect(code(wider)).toBe('DIVISION_OUT_OF_SCOPE');
    const unknown = await c.post('/api/duplicates/scan', { division: '511102999999' });
    expect([unknown.status, code(unknown)]).toEqual([400, 'DIVISION_NOT_FOUND']);
    expect((await c.post('/api/duplicates/scan', { division: village })).status).toBe(200);
  });
});
