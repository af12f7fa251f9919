// Duplicate files: the scan finds pairs within the caller's scope, the list shows both sides, a merge
// moves relations, categories and documents to the kept file and archives the other, traceably.
import { makeIdNumber } from '@hehu/domain';
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
import { code, create, pairOf, type Pair } from './duplicates.helpers.ts';
import { createTestApp, type TestApp } from './harness.ts';

let t: TestApp;
let village: string;
let village2: string;
const OTHER_VILLAGE = '511102004002';
beforeAll(async () => {
  t = await createTestApp();
  ({ village, village2 } = await demoVillages(t.database.db));
});
afterAll(() => t.close());

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
