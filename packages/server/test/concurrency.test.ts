// Two people changing the same thing at once: optimistic versions on a child's file, and one ledger import
// committed twice. On PostgreSQL the requests really run side by side; PGlite queues every transaction,
// so the parallel cases only mean something there, while the sequential ones run on both databases.
import { makeIdNumber } from '@hehu/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { auditLog, childHistory, children } from '../src/db/schema.ts';
import { demoVillages } from '../src/seed/demo.ts';
import { createTestApp, type Client, type Response, type TestApp } from './harness.ts';

let t: TestApp;
let village: string;
beforeAll(async () => {
  t = await createTestApp();
  ({ village } = await demoVillages(t.database.db));
});
afterAll(() => t.close());

const onPostgres = inject('databaseMode') === 'postgres';
const code = (res: Response) => (res.json.error as { code: string } | undefined)?.code;

async function newChild(c: Client, serial: number): Promise<string> {
  const res = await c.post('/api/children', {
    name: `并发测试${serial}`,
    idNumber: makeIdNumber('511102', '2013-03-03', serial),
    divisionCode: village,
    // The names differ only in the number: not a duplicate.
    confirmNotDuplicate: true,
  });
  expect(res.status).toBe(201);
  return res.json.id as string;
}

/** What the trail holds about updates of one child: field history and audit rows. */
async function updatesRecorded(id: string) {
  const history = await t.database.db
    .select()
    .from(childHistory)
    .where(and(eq(childHistory.childId, id), eq(childHistory.action, 'update')));
  const audit = await t.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.targetId, id), eq(auditLog.action, 'child.update')));
  return { history, audit };
}

describe("editing a child's file with a version", () => {
  it('a stale version answers 409 and records nothing (both databases)', async () => {
    const c = await t.as('demo_village');
    const id = await newChild(c, 601);
    const first = await c.request('PATCH', `/api/children/${id}`, { version: 1, schoolName: '第一小学' });
    expect(first.status).toBe(200);
    const stale = await c.request('PATCH', `/api/children/${id}`, { version: 1, schoolName: '第二小学' });
    expect(stale.status).toBe(409);
    expect(code(stale)).toBe('CONFLICT');
    const [row] = await t.database.db.select().from(children).where(eq(children.id, id));
    expect(row).toMatchObject({ schoolName: '第一小学', version: 2 });
    const { history, audit } = await updatesRecorded(id);
    expect(history).toHaveLength(1);
    expect(audit).toHaveLength(1);
  });

  // PGlite runs one transaction after another, so the second edit always reads the first one's version there.
  it.skipIf(!onPostgres)(
    'two simultaneous edits with the same version: one 200, one 409, one change recorded',
    async () => {
      const a = await t.as('demo_village');
      const b = await t.as('demo_village');
      // Several rounds: each must end with exactly one winner, whatever order the database picked.
      for (let round = 0; round < 4; round++) {
        const id = await newChild(a, 610 + round);
        const [ra, rb] = await Promise.all([
          a.request('PATCH', `/api/children/${id}`, { version: 1, schoolName: `甲小学${round}` }),
          b.request('PATCH', `/api/children/${id}`, { version: 1, schoolName: `乙小学${round}` }),
        ]);
        expect([ra.status, rb.status].sort()).toEqual([200, 409]);
        const winner = ra.status === 200 ? `甲小学${round}` : `乙小学${round}`;
        const loser = ra.status === 200 ? rb : ra;
        expect(code(loser)).toBe('CONFLICT');
        const [row] = await t.database.db.select().from(children).where(eq(children.id, id));
        expect(row).toMatchObject({ schoolName: winner, version: 2 });
        const { history, audit } = await updatesRecorded(id);
        expect(history).toHaveLength(1);
        expect(history[0]!.changes).toEqual([{ field: 'schoolName', from: null, to: winner }]);
        expect(audit).toHaveLength(1);
        expect(audit[0]!.after).toEqual({ schoolName: winner });
      }
    },
  );
});
