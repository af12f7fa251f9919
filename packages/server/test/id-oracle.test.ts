// Duplicate detection without an ID-number oracle (issue 7, finding 4): an ID number held outside the caller's
// area answers one generic error that does not say where, held inside keeps the helpful duplicate answer;
// each generic answer is audited although the request fails; past the daily limit further checks are
// refused and the security administrator sees an alert; an import check that meets many stops early.
import { makeIdNumber } from '@hehu/domain';
import { and, eq, isNotNull, like, not } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, children, importJobs } from '../src/db/schema.ts';
import { demoVillages } from '../src/seed/demo.ts';
import { createTestApp, type Client, type TestApp } from './harness.ts';

const GENERIC = '该身份证号无法在本辖区登记，请联系县级民政部门或申请转移';
const LIMIT = 3;

// Each runs with row-level security on and off: the application's own conditions must hold by themselves.
// HEHU_TEST_RLS=off (the scope mutation run) needs only the pass without the database's policies.
for (const rowLevelSecurity of process.env.HEHU_TEST_RLS === 'off' ? [false] : [true, false]) {
  describe(`ID-number checks (row-level security ${rowLevelSecurity ? 'on' : 'off'})`, () => {
    let t: TestApp;
    let village: string;
    let village2: string;
    beforeAll(async () => {
      t = await createTestApp({ rowLevelSecurity });
      ({ village, village2 } = await demoVillages(t.database.db));
      const sec = await t.as('demo_secadmin');
      const current = await sec.get('/api/security/policy');
      const res = await sec.put('/api/security/policy', { ...current.json, idCheckDailyLimit: LIMIT });
      expect(res.status, JSON.stringify(res.json)).toBe(200);
    });
    afterAll(() => t.close());

    type Res = { status: number; json: Record<string, unknown> };
    const error = (res: Res) => res.json.error as { code: string; message: string; details?: Record<string, unknown> };
    type Checked = { row: number; status: string; errors: { code: string; message: string }[] };

    /** Children (ID number, name, division) held outside a division prefix. */
    async function heldOutside(prefix: string, n: number) {
      const rows = await t.database.db
        .select()
        .from(children)
        .where(and(isNotNull(children.idNumberEnc), not(like(children.divisionCode, `${prefix}%`))))
        .orderBy(children.divisionCode, children.id)
        .limit(n);
      expect(rows).toHaveLength(n);
      return rows.map((r) => ({
        idNumber: t.services.cipher.decrypt(r.idNumberEnc!),
        name: r.name,
        division: r.divisionCode,
      }));
    }

    async function heldIn(division: string) {
      const [row] = await t.database.db
        .select()
        .from(children)
        .where(and(isNotNull(children.idNumberEnc), eq(children.divisionCode, division)))
        .limit(1);
      return { id: row!.id, idNumber: t.services.cipher.decrypt(row!.idNumberEnc!), name: row!.name };
    }

    async function events(username: string, action = 'security.id_number_elsewhere') {
      return t.database.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.action, action), eq(auditLog.actorUsername, username)));
    }

    async function ledger(rows: (string | null)[][]): Promise<Buffer> {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('台账');
      ws.addRow(['姓名', '身份证号', '户籍所在地代码']);
      for (const r of rows) ws.addRow(r);
      return Buffer.from(await wb.xlsx.writeBuffer());
    }

    const check = (c: Client, bytes: Buffer) => c.upload('POST', '/api/children/import/check?fileName=t.xlsx', bytes);

    // Numbers from a Chengdu district, where the demo data registers no child: free unless a test registers them.
    let seq = 0;
    function freeId(): string {
      seq += 1;
      const day = new Date(Date.UTC(2014, 0, 1) + Math.floor(seq / 900) * 86_400_000).toISOString().slice(0, 10);
      return makeIdNumber('510104', day, seq % 900);
    }

    describe('registering an ID number', () => {
      it('held in another county: one generic answer naming nothing, audited though the request fails', async () => {
        const c = await t.as('demo_village');
        const [elsewhere] = await heldOutside('511102', 1);
        const before = await t.database.db.$count(children);
        const res = await c.post('/api/children', {
          name: '试探',
          idNumber: elsewhere!.idNumber,
          divisionCode: village,
          confirmNotDuplicate: true,
        });
        expect([res.status, error(res).code, error(res).message]).toEqual([409, 'ID_NUMBER_UNAVAILABLE', GENERIC]);
        expect(error(res).details).toEqual({ field: 'idNumber' });
        const text = JSON.stringify(res.json);
        for (const secret of [elsewhere!.division, elsewhere!.division.slice(0, 6), elsewhere!.name])
          expect(text).not.toContain(secret);
        expect(await t.database.db.$count(children)).toBe(before);
        const audited = await events('demo_village');
        expect(audited).toHaveLength(1);
        expect(audited[0]!.details).toMatchObject({ operation: 'child.create', count: 1 });
        expect(JSON.stringify(audited[0]!.details)).not.toContain(elsewhere!.idNumber);
      });

      it('held in the caller’s area: the helpful answer naming the file, and no security event', async () => {
        const c = await t.as('demo_village');
        const mine = await heldIn(village);
        const res = await c.post('/api/children', { name: '重复', idNumber: mine.idNumber, divisionCode: village });
        expect([res.status, error(res).code]).toEqual([400, 'ID_NUMBER_EXISTS']);
        expect(error(res).details).toMatchObject({ field: 'idNumber', childId: mine.id });
        expect(await events('demo_village')).toHaveLength(1);
      });

      it('changing a file’s ID number to one held elsewhere answers the same', async () => {
        const c = await t.as('demo_village');
        const created = await c.post('/api/children', {
          name: '改号',
          idNumber: freeId(),
          divisionCode: village,
          confirmNotDuplicate: true,
        });
        expect(created.status).toBe(201);
        const [, elsewhere] = await heldOutside('511102', 2);
        const res = await c.request('PATCH', `/api/children/${created.json.id as string}`, {
          idNumber: elsewhere!.idNumber,
          version: created.json.version,
        });
        expect([res.status, error(res).code, error(res).message]).toEqual([409, 'ID_NUMBER_UNAVAILABLE', GENERIC]);
        expect(await events('demo_village')).toHaveLength(2);
      });
    });

    describe('importing a ledger', () => {
      it('answers held-elsewhere rows generically and held-here rows as already registered', async () => {
        const c = await t.as('demo_township');
        const mine = await heldIn(village);
        const others = (await heldOutside('511102', 5)).slice(3);
        const file = await ledger([
          [mine.name, mine.idNumber, village],
          [others[0]!.name, others[0]!.idNumber, village],
          ['某某', others[1]!.idNumber, village],
          ['新登记', freeId(), village],
        ]);
        const res = await check(c, file);
        expect(res.status, JSON.stringify(res.json)).toBe(200);
        const rows = res.json.rows as Checked[];
        expect(rows.map((r) => [r.status, r.errors.map((e) => e.code).join()])).toEqual([
          ['exists', 'ALREADY_REGISTERED'],
          ['error', 'ID_NUMBER_UNAVAILABLE'],
          ['error', 'ID_NUMBER_UNAVAILABLE'],
          ['valid', ''],
        ]);
        expect(rows[1]!.errors[0]!.message).toBe(GENERIC);
        for (const other of others) expect(JSON.stringify(res.json)).not.toContain(other.division);
        const audited = await events('demo_township');
        expect(audited.map((a) => a.details)).toMatchObject([{ operation: 'ledger.check', count: 2 }]);
      });

      it('a number registered elsewhere between the check and the commit gets the generic answer too', async () => {
        const c = await t.as('demo_township');
        const later = freeId();
        const check1 = await check(
          c,
          await ledger([
            ['先检查', later, village],
            ['另一名', freeId(), village],
          ]),
        );
        expect(check1.json.validRows).toBe(2);
        const other = await t.as('demo_village2');
        const registered = await other.post('/api/children', {
          name: '后登记',
          idNumber: later,
          divisionCode: village2,
          confirmNotDuplicate: true,
        });
        expect(registered.status).toBe(201);
        const before = await t.database.db.$count(children);
        const commit = await c.post(`/api/children/import/${check1.json.jobId as string}/commit`, {
          mode: 'valid_only',
        });
        expect([commit.status, error(commit).code]).toEqual([409, 'ID_NUMBER_UNAVAILABLE']);
        // Row 1 is the header.
        expect(error(commit).message).toBe(`第 2 行：${GENERIC}。本次未导入任何档案`);
        expect(JSON.stringify(commit.json)).not.toContain(village2);
        expect(await t.database.db.$count(children)).toBe(before);
        const audited = await events('demo_township');
        expect(audited.map((a) => a.details)).toMatchObject([
          { operation: 'ledger.check', count: 2 },
          { operation: 'ledger.commit', count: 1 },
        ]);
      });

      it('a file that meets more than the day allows stops early, answers nothing, and alerts', async () => {
        const c = await t.as('demo_village2');
        // Held in 511102, outside the 511123 village: four in the first thousand numbers, four after them.
        const held = await t.database.db
          .select()
          .from(children)
          .where(and(isNotNull(children.idNumberEnc), like(children.divisionCode, '511102%')))
          .limit(8);
        expect(held).toHaveLength(8);
        const row = (r: (typeof held)[number]) => ['某某', t.services.cipher.decrypt(r.idNumberEnc!), village2];
        const filler = Array.from({ length: 996 }, () => ['新生', freeId(), village2]);
        const file = await ledger([...held.slice(0, 4).map(row), ...filler, ...held.slice(4).map(row)]);
        const jobs = await t.database.db.$count(importJobs);
        const res = await check(c, file);
        expect([res.status, error(res).code]).toEqual([429, 'ID_CHECK_LIMIT']);
        expect(res.json.rows).toBeUndefined();
        expect(await t.database.db.$count(importJobs)).toBe(jobs);
        // Only the first thousand were looked at: four answers recorded, not eight.
        expect((await events('demo_village2')).map((a) => a.details)).toMatchObject([
          { operation: 'ledger.check', count: 4 },
        ]);
        expect(await events('demo_village2', 'security.id_check_refused')).toHaveLength(1);
        const sec = await t.as('demo_secadmin');
        const alerts = await sec.get('/api/security/alerts');
        expect(alerts.json.data).toEqual(
          expect.arrayContaining([expect.objectContaining({ username: 'demo_village2', events: 4, refused: 1 })]),
        );
      });
    });

    describe('the daily limit', () => {
      it('past it every check is refused, even of a free number, and the security administrator is alerted', async () => {
        const c = await t.as('demo_county');
        const others = (await heldOutside('511102', 8)).slice(5);
        for (const other of others) {
          const res = await c.post('/api/children', {
            name: '试探',
            idNumber: other.idNumber,
            divisionCode: village,
            confirmNotDuplicate: true,
          });
          expect(error(res).code).toBe('ID_NUMBER_UNAVAILABLE');
        }
        const free = freeId();
        const refused = await c.post('/api/children', {
          name: '正常登记',
          idNumber: free,
          divisionCode: village,
          confirmNotDuplicate: true,
        });
        expect([refused.status, error(refused).code]).toEqual([429, 'ID_CHECK_LIMIT']);
        expect(error(refused).message).toContain('上限');
        const found = await c.get(`/api/children?q=${free}`);
        expect(found.json.total).toBe(0);
        const imported = await check(c, await ledger([['新生', freeId(), village]]));
        expect(error(imported).code).toBe('ID_CHECK_LIMIT');
        const mine = await heldIn(village);
        const relation = await c.post(`/api/children/${mine.id}/relations`, {
          kind: 'guardian',
          startDate: '2024-01-01',
          person: { name: '某人', idNumber: makeIdNumber('510104', '1970-01-01', 9) },
        });
        expect(error(relation).code).toBe('ID_CHECK_LIMIT');
        // Each refusal is stored although its request failed.
        expect(await events('demo_county', 'security.id_check_refused')).toHaveLength(3);
        // Without an ID number nothing is looked up, so nothing is refused.
        const plain = await c.post(`/api/children/${mine.id}/relations`, {
          kind: 'guardian',
          relationLabel: '邻居',
          startDate: '2024-01-01',
          person: { name: '某人', sex: 'M' },
        });
        expect(plain.status).toBe(201);

        expect((await c.get('/api/security/alerts')).status).toBe(403);
        const sec = await t.as('demo_secadmin');
        const list = await sec.get('/api/security/alerts');
        const alert = (list.json.data as { id: string; username: string; events: number; refused: number }[]).find(
          (a) => a.username === 'demo_county',
        );
        expect(alert).toMatchObject({ events: LIMIT, refused: 3 });
        const ack = await sec.post(`/api/security/alerts/${alert!.id}/acknowledge`);
        expect(ack.status).toBe(200);
        expect((await sec.post(`/api/security/alerts/${alert!.id}/acknowledge`)).status).toBe(409);
        const open = await sec.get('/api/security/alerts');
        expect((open.json.data as { id: string }[]).map((a) => a.id)).not.toContain(alert!.id);
        const all = await sec.get('/api/security/alerts?status=all');
        expect((all.json.data as { id: string }[]).map((a) => a.id)).toContain(alert!.id);
      });
    });
  });
}
