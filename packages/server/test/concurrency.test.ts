// Two people changing the same thing at once: optimistic versions on a child's file, and one ledger import
// committed twice. On PostgreSQL the requests really run side by side; PGlite queues every transaction,
// so the parallel cases only mean something there, while the sequential ones run on both databases.
import { makeIdNumber } from '@hehu/domain';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { auditLog, childHistory, children } from '../src/db/schema.ts';
import { queryRows } from '../src/db/raw.ts';
import { demoVillages } from '../src/seed/demo.ts';
import { createTestApp, type Client, type Response, type TestApp } from './harness.ts';

// One server lets a user run one ledger operation at a time (ledger.slots.ts), but that slot lives in one process:
// with two servers behind a load balancer, two commits of one job meet only in the database. The slot is passed
// through here so that the job lock in the commit's transaction is what the parallel test exercises.
vi.mock('../src/modules/ledger/ledger.slots.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../src/modules/ledger/ledger.slots.ts')>()),
  asOnlyImport: <T>(_userId: string, fn: () => Promise<T>) => fn(),
}));

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

const HEADER = '姓名,公民身份证号码,性别,出生日期,暂无身份证号原因,户籍所在村（社区）代码';

/** Dry-runs a CSV ledger (rows without the header) and returns the job id; every row must be valid. */
async function checked(c: Client, rows: string[]): Promise<string> {
  const csv = Buffer.from([HEADER, ...rows].join('\r\n') + '\r\n');
  const res = await c.upload('POST', '/api/children/import/check?fileName=concurrency.csv', csv);
  expect(res.status).toBe(200);
  expect(res.json.validRows).toBe(rows.length);
  return res.json.jobId as string;
}

const countNamed = (name: string) => t.database.db.$count(children, eq(children.name, name));

describe('committing one import job', () => {
  // Without the job locked in the commit's transaction, both commits passed the status check and children
  // without ID numbers (no unique index stops them) were created twice.
  it.skipIf(!onPostgres)('twice at the same time: one commits, the other is refused, nothing twice', async () => {
    const a = await t.as('demo_village');
    const b = await t.as('demo_village');
    for (let round = 0; round < 3; round++) {
      const name = `双提交${round}`;
      const job = await checked(a, [`${name},,男,2015-04-0${round + 1},尚未办理,${village}`]);
      const answers = await Promise.all([
        a.post(`/api/children/import/${job}/commit`, { mode: 'all_or_nothing' }),
        b.post(`/api/children/import/${job}/commit`, { mode: 'all_or_nothing' }),
      ]);
      expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
      expect(answers.map((r) => code(r) ?? 'ok').sort()).toEqual(['IMPORT_ALREADY_COMMITTED', 'ok']);
      expect(await countNamed(name)).toBe(1);
      const audit = await t.database.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, 'child.import'), eq(auditLog.targetId, job)));
      expect(audit).toHaveLength(1);
    }
  });

  it('a second commit after the first is refused (both databases)', async () => {
    const c = await t.as('demo_village');
    const job = await checked(c, [`再提交,,女,2016-05-05,尚未办理,${village}`]);
    expect((await c.post(`/api/children/import/${job}/commit`, { mode: 'valid_only' })).status).toBe(200);
    const again = await c.post(`/api/children/import/${job}/commit`, { mode: 'valid_only' });
    expect(again.status).toBe(409);
    expect(code(again)).toBe('IMPORT_ALREADY_COMMITTED');
    expect(await countNamed('再提交')).toBe(1);
  });
});

describe('rows that stopped being valid between the check and the commit', () => {
  it('a village that left the importer’s scope: all-or-nothing refuses naming the rows; valid-only leaves them out', async () => {
    const { village2 } = await demoVillages(t.database.db);
    const sec = await t.as('demo_secadmin');
    const importer = await t.as('demo_village');
    const userId = ((await importer.get('/api/me')).json.user as { id: string }).id;
    const grant = await sec.post(`/api/security/users/${userId}/grants`, {
      role: 'village_director',
      divisionCode: village2,
    });
    expect(grant.status).toBe(201);
    const rows = [
      `范围内甲,${makeIdNumber('511102', '2014-07-01', 701)},,,,${village}`,
      `范围外乙,${makeIdNumber('511123', '2014-07-02', 702)},,,,${village2}`,
      `范围外丙,,女,2014-07-03,尚未办理,${village2}`,
    ];
    const strictJob = await checked(importer, rows);
    const lenientJob = await checked(importer, rows);
    // The grant for the second village ends before the commits.
    expect((await sec.delete(`/api/security/grants/${grant.json.id as string}`)).status).toBe(204);

    const before = await t.database.db.$count(children);
    const strict = await importer.post(`/api/children/import/${strictJob}/commit`, { mode: 'all_or_nothing' });
    expect(strict.status).toBe(409);
    expect(code(strict)).toBe('IMPORT_ROWS_CHANGED');
    const error = strict.json.error as { message: string; details: { rows: { row: number; reason: string }[] } };
    // Data rows start on line 2, under the header.
    expect(error.details.rows).toEqual([
      { row: 3, reason: 'out_of_scope' },
      { row: 4, reason: 'out_of_scope' },
    ]);
    expect(error.message).toContain('第 3、4 行');
    expect(await t.database.db.$count(children)).toBe(before);

    const lenient = await importer.post(`/api/children/import/${lenientJob}/commit`, { mode: 'valid_only' });
    expect(lenient.status).toBe(200);
    expect(lenient.json).toEqual({ created: 1, skipped: 2 });
    expect(await countNamed('范围内甲')).toBe(1);
    expect(await countNamed('范围外乙')).toBe(0);
    expect(await countNamed('范围外丙')).toBe(0);
  });

  it('a child registered since the check: the commit is refused in both modes, naming the row', async () => {
    const c = await t.as('demo_village');
    const rows = [
      `登记甲,${makeIdNumber('511102', '2012-08-01', 711)},,,,${village}`,
      `登记乙,,男,2012-08-02,尚未办理,${village}`,
    ];
    const strictJob = await checked(c, rows);
    const lenientJob = await checked(c, rows);
    // Someone registers the child without an ID number: no unique index would stop a second file.
    const registered = await c.post('/api/children', {
      name: '登记乙',
      sex: 'M',
      birthDate: '2012-08-02',
      noIdReason: '尚未办理',
      divisionCode: village,
    });
    expect(registered.status).toBe(201);
    const before = await t.database.db.$count(children);
    for (const [job, mode] of [
      [strictJob, 'all_or_nothing'],
      [lenientJob, 'valid_only'],
    ] as const) {
      const res = await c.post(`/api/children/import/${job}/commit`, { mode });
      expect(res.status).toBe(409);
      expect(code(res)).toBe('IMPORT_CONFLICT');
      expect((res.json.error as { details: { rows: unknown } }).details.rows).toEqual([
        { row: 3, reason: 'registered' },
      ]);
      expect(await t.database.db.$count(children)).toBe(before);
    }
    expect(await countNamed('登记乙')).toBe(1);
  });
});

describe('evaluating 主动发现 from several requests at once', () => {
  // Each home page evaluates the children whose facts changed; on PostgreSQL several do it side by side and must
  // neither fail nor store a child's rows twice.
  it.skipIf(!onPostgres)('parallel readers of overlapping areas all answer, with one set of rows', async () => {
    const readers = await Promise.all(
      ['demo_village', 'demo_township', 'demo_county', 'demo_city', 'demo_village', 'demo_county'].map((u) => t.as(u)),
    );
    // Several rounds: overlapping refreshes deadlocked now and then before they took turns.
    let answers: Awaited<ReturnType<(typeof readers)[number]['get']>>[] = [];
    for (let round = 0; round < 3; round++) {
      await t.database.db.execute(sql`update potential_evaluations set evaluated_on = null`);
      answers = await Promise.all(
        readers.flatMap((c) => [c.get('/api/tasks'), c.get('/api/potentially-eligible?limit=5')]),
      );
      expect(answers.map((r) => r.status)).toEqual(answers.map(() => 200));
    }
    const dupes = await queryRows(
      t.database.db,
      sql`select count(*)::int as n from (select child_id, category from potential_categories
          group by 1, 2 having count(*) > 1) d`,
    );
    expect(dupes).toEqual([{ n: 0 }]);
    const county = answers[5]!;
    expect(county.json.total as number).toBeGreaterThan(0);
  });
});
