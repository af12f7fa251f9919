// Merging duplicate files carries the child's visits, risk assessments, parent contacts, protection referrals and
// care record to the kept file: its timeline shows the visits of both, its plan follows the later visit, and the
// archived file's records are gone from every list. Where only one record per child can be kept (the care record,
// an open referral) the merge keeps the kept file's care record and the earlier open referral.
import { addInterval, serviceDate } from '@hehu/domain';
import { eq, inArray } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  auditLog,
  leftBehindCare,
  parentContacts,
  protectionReferrals,
  riskAssessments,
  visitStanding,
} from '../src/db/schema.ts';
import { demoVillages } from '../src/seed/demo.ts';
import { create, pairOf } from './duplicates.helpers.ts';
import { createTestApp, type Client, type TestApp } from './harness.ts';
import { visitBody } from './visits.helpers.ts';

let t: TestApp;
let village: string;
beforeAll(async () => {
  t = await createTestApp();
  ({ village } = await demoVillages(t.database.db));
}, 120_000);
afterAll(() => t.close());

const today = serviceDate();
const daysAgo = (n: number) => addInterval(today, { unit: 'day', count: -n });

/** Two files of one left-behind child (留守 on the kept one, decided by the county), scanned into a pair. */
async function twoFiles(name: string, birthDate: string) {
  const c = await t.as('demo_village');
  const body = { name, birthDate, sex: 'F', noIdReason: '户口登记办理中', divisionCode: village };
  const keep = (await create(c, body)).id;
  const other = (await create(c, body)).id;
  const county = await t.as('demo_county');
  const cat = await county.post(`/api/children/${keep}/categories`, {
    category: 'left_behind',
    startDate: daysAgo(120),
    decisionRef: '乐民〔2026〕12号',
  });
  expect(cat.status, JSON.stringify(cat.json)).toBe(201);
  await c.post('/api/duplicates/scan', { division: village });
  const pair = await pairOf(c, keep, other);
  expect(pair).toBeDefined();
  return { c, keep, other, pairId: pair!.id };
}

async function recordVisit(c: Client, childId: string, visitDate: string): Promise<string> {
  const body = visitBody(childId, { visitDate });
  const res = await c.post('/api/visits', body);
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return body.id;
}

function assessment(childId: string, assessedOn: string, level: 'absent' | 'normal') {
  return {
    id: randomUUID(),
    childId,
    assessedOn,
    instrumentVersion: 'risk-2026.1',
    answers: {},
    total: level === 'absent' ? 30 : 2,
    byArea: {},
    level,
  };
}

/** The children on the director's plan whose visit is overdue. */
async function overdue(c: Client): Promise<string[]> {
  const res = await c.get('/api/visits/mine?standing=overdue&limit=200');
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return (res.json.data as { childId: string }[]).map((p) => p.childId);
}

async function merge(c: Client, pairId: string, keepId: string) {
  const res = await c.post(`/api/duplicates/${pairId}/merge`, { keepId });
  expect(res.status, JSON.stringify(res.json)).toBe(200);
}

describe('visits and care on merge', () => {
  it('the kept file shows the visits, assessments and contacts of both; the plan follows the later visit', async () => {
    const { c, keep, other, pairId } = await twoFiles('梁思雨', '2016-03-03');
    const oldVisit = await recordVisit(c, keep, daysAgo(40));
    const laterVisit = await recordVisit(c, other, daysAgo(5));
    const [risk] = await t.database.db
      .insert(riskAssessments)
      .values(assessment(other, daysAgo(5), 'normal'))
      .returning({ id: riskAssessments.id });
    const contact = await c.post(`/api/children/${other}/contacts`, {
      id: randomUUID(),
      contactDate: daysAgo(3),
      channel: 'video',
      parent: 'mother',
    });
    expect(contact.status, JSON.stringify(contact.json)).toBe(201);
    await t.database.db.insert(leftBehindCare).values({ childId: other, livingArrangement: 'with_carer' });

    const before = await c.get(`/api/children/${keep}/visits`);
    expect((before.json.plan as { standing: string }).standing).toBe('overdue');
    expect(await overdue(c)).toContain(keep);

    await merge(c, pairId, keep);

    const kept = await c.get(`/api/children/${keep}/visits`);
    expect(kept.status).toBe(200);
    expect((kept.json.data as { id: string }[]).map((v) => v.id)).toEqual([laterVisit, oldVisit]);
    const plan = kept.json.plan as { lastVisit: string; due: string; standing: string };
    expect(plan.lastVisit).toBe(daysAgo(5));
    expect(plan.due).toBe(addInterval(daysAgo(5), { unit: 'month', count: 1 }));
    expect(plan.standing).not.toBe('overdue');
    const assessments = await c.get(`/api/children/${keep}/assessments`);
    expect(JSON.stringify(assessments.json)).toContain(risk!.id);
    const care = await c.get(`/api/children/${keep}/care`);
    expect(care.status).toBe(200);
    expect((care.json.care as { livingArrangement: string } | null)?.livingArrangement).toBe('with_carer');

    // The archived file: nothing left on it, and no standing a plan could show.
    const archived = await c.get(`/api/children/${other}/visits`);
    expect(archived.status === 404 || (archived.json.data as unknown[]).length === 0).toBe(true);
    const db = t.database.db;
    expect(await db.select().from(riskAssessments).where(eq(riskAssessments.childId, other))).toEqual([]);
    expect(await db.select().from(parentContacts).where(eq(parentContacts.childId, other))).toEqual([]);
    expect(await db.select().from(leftBehindCare).where(eq(leftBehindCare.childId, other))).toEqual([]);
    const standing = await db
      .select()
      .from(visitStanding)
      .where(inArray(visitStanding.childId, [keep, other]));
    expect(standing.find((s) => s.childId === keep)?.lastVisit).toBe(daysAgo(5));
    expect(standing.find((s) => s.childId === other)?.lastVisit ?? null).toBeNull();
    const stillOverdue = await overdue(c);
    expect(stillOverdue).not.toContain(keep);
    expect(stillOverdue).not.toContain(other);
    const leftBehind = await c.get('/api/left-behind/children?limit=500');
    expect(JSON.stringify(leftBehind.json)).not.toContain(other);

    const rows = await db.select().from(auditLog).where(eq(auditLog.action, 'duplicate.merge'));
    const moved = (rows.find((r) => r.targetId === keep)?.details as { moved: Record<string, unknown> }).moved;
    expect(moved.visits).toEqual([laterVisit]);
    expect(moved.assessments).toEqual([risk!.id]);
    expect(moved.careMoved).toBe(true);
  });

  it("both files with a care record and an open referral: the kept file's care record and the earlier referral stay", async () => {
    const { c, keep, other, pairId } = await twoFiles('梁思琪', '2016-04-04');
    const db = t.database.db;
    await db.insert(leftBehindCare).values([
      { childId: keep, livingArrangement: 'with_carer' },
      { childId: other, livingArrangement: 'boarding_school' },
    ]);
    const later = assessment(keep, daysAgo(2), 'absent');
    const earlier = assessment(other, daysAgo(9), 'absent');
    await db.insert(riskAssessments).values([later, earlier]);
    const [laterReferral, earlierReferral] = await db
      .insert(protectionReferrals)
      .values([
        { childId: keep, source: 'risk_assessment', assessmentId: later.id, openedOn: daysAgo(2), reason: '监护缺失' },
        {
          childId: other,
          source: 'risk_assessment',
          assessmentId: earlier.id,
          openedOn: daysAgo(9),
          reason: '监护缺失',
        },
      ])
      .returning({ id: protectionReferrals.id });

    await merge(c, pairId, keep);

    const referrals = await db.select().from(protectionReferrals).where(eq(protectionReferrals.childId, keep));
    expect(Object.fromEntries(referrals.map((r) => [r.id, r.status]))).toEqual({
      [earlierReferral!.id]: 'open',
      [laterReferral!.id]: 'merged',
    });
    const care = await db
      .select()
      .from(leftBehindCare)
      .where(inArray(leftBehindCare.childId, [keep, other]));
    expect(Object.fromEntries(care.map((r) => [r.childId, r.livingArrangement]))).toEqual({
      [keep]: 'with_carer',
      [other]: 'boarding_school',
    });
    const standing = await db.select().from(visitStanding).where(eq(visitStanding.childId, keep));
    expect(standing[0]?.riskAssessedOn).toBe(daysAgo(2));
    // Each assessment still names its referral on the kept file.
    const assessments = await c.get(`/api/children/${keep}/assessments`);
    expect(JSON.stringify(assessments.json)).toContain(earlierReferral!.id);
  });
});
