// The daily job: 主动发现 evaluated for the whole city, and new duplicate pairs found without anyone pressing
// "scan", each county in its own transaction and recorded in the audit trail.
import { serviceDate } from '@hehu/domain';
import { and, eq, inArray, or } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, duplicateSuspects, potentialEvaluations } from '../src/db/schema.ts';
import { runNightly } from '../src/jobs/nightly.ts';
import { demoVillages } from '../src/seed/demo.ts';
import { createTestApp, type TestApp } from './harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('the nightly job', () => {
  it('pairs a new duplicate and evaluates 主动发现 before anyone asks', async () => {
    const { village } = await demoVillages(t.database.db);
    const c = await t.as('demo_village');
    const twin = { name: '夜间扫描测试', sex: 'M', birthDate: '2012-02-03', noIdReason: 'pending_registration' };
    const ids: string[] = [];
    for (let i = 0; i < 2; i++) {
      const res = await c.post('/api/children', { ...twin, divisionCode: village, confirmNotDuplicate: true });
      expect(res.status).toBe(201);
      ids.push(res.json.id as string);
    }
    const pairOf = () =>
      t.database.db
        .select()
        .from(duplicateSuspects)
        .where(or(inArray(duplicateSuspects.childA, ids), inArray(duplicateSuspects.childB, ids)));
    expect(await pairOf()).toEqual([]);
    await t.database.db.delete(potentialEvaluations);

    const result = await runNightly(t.database, t.services.config.city, serviceDate());
    expect(result.duplicatePairsFound).toBeGreaterThanOrEqual(1);
    expect(result.evaluatedChildren).toBeGreaterThan(0);
    expect(await pairOf()).toMatchObject([{ status: 'open' }]);
    expect(await t.database.db.$count(potentialEvaluations)).toBe(result.evaluatedChildren);
    const audits = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'duplicate.scan'), eq(auditLog.actorUsername, 'system')));
    expect(audits.map((a) => a.details)).toContainEqual(
      expect.objectContaining({ division: village.slice(0, 6), scheduled: true }),
    );

    // A second run the same day (a restart) evaluates nobody again and scans no county again.
    const scans = () =>
      t.database.db.$count(auditLog, and(eq(auditLog.action, 'duplicate.scan'), eq(auditLog.actorUsername, 'system')));
    const scansBefore = await scans();
    const again = await runNightly(t.database, t.services.config.city, serviceDate());
    expect(again).toEqual({ evaluatedChildren: 0, duplicatePairsFound: 0 });
    expect(await scans()).toBe(scansBefore);
  });
});
