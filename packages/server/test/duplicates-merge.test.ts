// Merging duplicate files: parents that differ (the user chooses who stays), the same person twice, and
// categories that may not be held together or are recorded on both files.
import { makeIdNumber, serviceDate } from '@hehu/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, childCategories, childRelations, children, persons } from '../src/db/schema.ts';
import { demoVillages } from '../src/seed/demo.ts';
import { code, create, pairOf } from './duplicates.helpers.ts';
import { createTestApp, type Client, type TestApp } from './harness.ts';

let t: TestApp;
let village: string;
beforeAll(async () => {
  t = await createTestApp();
  ({ village } = await demoVillages(t.database.db));
});
afterAll(() => t.close());

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
