// Full ID numbers stay behind the unmask control: the disability certificate number (an ID number plus two digits)
// is sealed and masked everywhere, and an ID-number search leaves only a mask and the blind index in the audit
// trail, nothing in the access log, and no number in the web app's URLs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { makeIdNumber } from '@hehu/domain';
import { and, desc, eq, isNotNull, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { prepareDatabase } from '../src/bootstrap.ts';
import { migrationsFolder } from '../src/db/connection.ts';
import { auditLog, childHistory, children } from '../src/db/schema.ts';
import { maskCertificateNumber } from '../src/modules/children/certificate.ts';
import { REDACTED, redactUrl, serializeError } from '../src/platform/logging.ts';
import { demoVillages } from '../src/seed/demo.ts';
import { Client, createTestApp, type TestApp } from './harness.ts';

let t: TestApp;
let village: string;
beforeAll(async () => {
  t = await createTestApp();
  ({ village } = await demoVillages(t.database.db));
});
afterAll(() => t.close());

/** A second-generation certificate number: the holder's ID number, the disability category and the grade. */
const certificateOf = (idNumber: string) => `${idNumber}12`;

async function auditRows(action: string, targetId?: string) {
  return t.database.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), targetId ? eq(auditLog.targetId, targetId) : undefined))
    .orderBy(desc(auditLog.id));
}

async function historyOf(childId: string) {
  return t.database.db.select().from(childHistory).where(eq(childHistory.childId, childId));
}

describe('the disability certificate number', () => {
  let childId: string;
  const idNumber = makeIdNumber('511102', '2015-08-09', 431);
  const certificate = certificateOf(idNumber);
  const masked = maskCertificateNumber(certificate);

  it('is stored encrypted with a masked copy, and answered masked', async () => {
    const c = await t.as('demo_village');
    const res = await c.post('/api/children', {
      name: '证号测试',
      idNumber,
      divisionCode: village,
      healthStatus: 'disabled',
      disabilityGrade: 2,
      disabilityCertNo: certificate,
    });
    expect(res.status).toBe(201);
    childId = res.json.id as string;
    expect(masked).toBe(`${certificate.slice(0, 6)}**********${certificate.slice(-4)}`);
    expect(res.json.disabilityCertNoMasked).toBe(masked);
    expect(JSON.stringify(res.body)).not.toContain(certificate);
    expect(JSON.stringify(res.body)).not.toContain(idNumber.slice(6, 14));
    const [row] = await t.database.db.select().from(children).where(eq(children.id, childId));
    expect(row!.disabilityCertNoClear).toBeNull();
    expect(row!.disabilityCertNoEnc).not.toContain(certificate);
    expect(t.services.cipher.decrypt(row!.disabilityCertNoEnc!)).toBe(certificate);
    expect(row!.disabilityCertNoMasked).toBe(masked);
  });

  it('reads masked for every user, unmask holders included; the full number only through the audited route', async () => {
    for (const user of ['demo_village', 'demo_township']) {
      const c = await t.as(user);
      const res = await c.get(`/api/children/${childId}`);
      expect(res.status).toBe(200);
      expect(res.json.disabilityCertNoMasked).toBe(masked);
      expect(res.body).not.toHaveProperty('disabilityCertNo');
      expect(JSON.stringify(res.body)).not.toContain(certificate);
    }
    const refused = await (
      await t.as('demo_village')
    ).post(`/api/children/${childId}/unmask`, {
      field: 'disabilityCertNo',
    });
    expect(refused.status).toBe(403);
    const township = await t.as('demo_township');
    const shown = await township.post(`/api/children/${childId}/unmask`, { field: 'disabilityCertNo' });
    expect(shown.status).toBe(200);
    expect(shown.json).toEqual({ field: 'disabilityCertNo', value: certificate });
    const [audit] = await auditRows('child.unmask', childId);
    expect(audit).toMatchObject({ actorUsername: 'demo_township', details: { field: 'disabilityCertNo' } });
  });

  it('is masked in the audit rows and the history of a create and an edit', async () => {
    const c = await t.as('demo_village');
    const current = await c.get(`/api/children/${childId}`);
    const nextCertificate = certificateOf(idNumber).replace(/12$/, '23');
    const edited = await c.request('PATCH', `/api/children/${childId}`, {
      version: current.json.version,
      disabilityCertNo: nextCertificate,
    });
    expect(edited.status).toBe(200);
    expect(edited.json.disabilityCertNoMasked).toBe(maskCertificateNumber(nextCertificate));
    const audit = [...(await auditRows('child.create', childId)), ...(await auditRows('child.update', childId))];
    expect(audit).toHaveLength(2);
    const history = await historyOf(childId);
    for (const text of [JSON.stringify(audit), JSON.stringify(history)]) {
      expect(text).not.toContain(certificate);
      expect(text).not.toContain(nextCertificate);
      expect(text).toContain(masked);
    }
    const update = audit.find((a) => a.action === 'child.update');
    expect(update?.before).toEqual({ disabilityCertNo: masked });
    expect(update?.after).toEqual({ disabilityCertNo: maskCertificateNumber(nextCertificate) });
  });

  it('no clear value is written any more: the database refuses one', async () => {
    await expect(
      t.database.db.execute(sql`update children set disability_cert_no = ${certificate} where id = ${childId}`),
    ).rejects.toMatchObject({ cause: { code: '23514' } });
  });

  it('a value left in clear from before is sealed and emptied when the server starts', async () => {
    const [old] = await t.database.db
      .select({ id: children.id })
      .from(children)
      .where(and(eq(children.divisionCode, village), isNotNull(children.idNumberEnc)))
      .limit(1);
    const oldCertificate = certificateOf(makeIdNumber('511102', '2013-02-03', 77));
    // As a database from before migration 0012 holds it.
    await t.database.db.execute(sql`alter table children drop constraint children_disability_cert_no_sealed_ck`);
    await t.database.db.execute(
      sql`update children set disability_cert_no = ${oldCertificate}, disability_cert_no_enc = null,
          disability_cert_no_masked = null where id = ${old!.id}`,
    );
    await prepareDatabase(t.database, t.services.config, t.services.cipher, () => undefined);
    const [{ n } = { n: -1 }] = await t.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(children)
      .where(isNotNull(children.disabilityCertNoClear));
    expect(n).toBe(0);
    const [row] = await t.database.db.select().from(children).where(eq(children.id, old!.id));
    expect(t.services.cipher.decrypt(row!.disabilityCertNoEnc!)).toBe(oldCertificate);
    expect(row!.disabilityCertNoMasked).toBe(maskCertificateNumber(oldCertificate));
    await t.database.db.execute(
      sql`alter table children add constraint children_disability_cert_no_sealed_ck check (disability_cert_no is null) not valid`,
    );
  });

  it('the history written in clear before migration 0012 is masked by it', async () => {
    const oldCertificate = certificateOf(makeIdNumber('511102', '2012-04-05', 88));
    const [planted] = await t.database.db
      .insert(childHistory)
      .values({
        childId,
        actorName: '旧版本',
        action: 'update',
        changes: [
          { field: 'schoolName', from: null, to: '实验小学' },
          { field: 'disabilityCertNo', from: null, to: oldCertificate },
        ],
      })
      .returning({ id: childHistory.id });
    const migration = readFileSync(path.join(migrationsFolder, '0012_disability_certificate_sealed.sql'), 'utf8');
    const statements = migration
      .split('--> statement-breakpoint')
      .filter((s) => /child_history|hehu_mask_certificate_number\(value/.test(s));
    expect(statements.length).toBeGreaterThanOrEqual(4);
    for (const statement of statements) await t.database.db.execute(sql.raw(statement));
    const [row] = await t.database.db.select().from(childHistory).where(eq(childHistory.id, planted!.id));
    expect(row!.changes).toEqual([
      { field: 'schoolName', from: null, to: '实验小学' },
      { field: 'disabilityCertNo', from: null, to: maskCertificateNumber(oldCertificate) },
    ]);
    // The history is append-only again afterwards.
    await expect(
      t.database.db.execute(sql`update child_history set action = 'x' where id = ${planted!.id}`),
    ).rejects.toBeDefined();
  });
});

describe('an ID-number search', () => {
  let idNumber: string;
  let childId: string;
  let lines: string[];
  let logged: FastifyInstance;

  beforeAll(async () => {
    const [row] = await t.database.db
      .select()
      .from(children)
      .where(and(eq(children.divisionCode, village), isNotNull(children.idNumberEnc)))
      .limit(1);
    childId = row!.id;
    idNumber = t.services.cipher.decrypt(row!.idNumberEnc!);
    lines = [];
    // The same services with the server's real logger, writing into `lines`.
    logged = await buildApp(
      { ...t.services, config: { ...t.services.config, logLevel: 'info' } },
      { logStream: { write: (line) => void lines.push(line) } },
    );
    await logged.ready();
  });
  afterAll(() => logged.close());

  it('audits the mask and the blind index, never the number', async () => {
    const c = await t.as('demo_village');
    const res = await c.get(`/api/children?q=${idNumber}`);
    expect(res.status).toBe(200);
    expect((res.json.data as { id: string }[]).map((r) => r.id)).toEqual([childId]);
    const [audit] = await auditRows('child.search');
    expect(audit!.details).toMatchObject({
      q: `${idNumber.slice(0, 6)}********${idNumber.slice(-4)}`,
      idNumberIndex: t.services.cipher.blindIndex(idNumber),
      total: 1,
    });
    expect(JSON.stringify(audit)).not.toContain(idNumber);
  });

  it('is answered by POST /api/children/search with the same filters and answer as the list', async () => {
    const c = await t.as('demo_village');
    const byGet = await c.get(`/api/children?q=${idNumber}&status=active&limit=5`);
    const byPost = await c.post('/api/children/search', { q: idNumber, status: 'active', limit: 5 });
    expect(byPost.status).toBe(200);
    expect(byPost.body).toEqual(byGet.body);
    const [audit] = await auditRows('child.search');
    expect(JSON.stringify(audit)).not.toContain(idNumber);
    // A wrong check digit is refused in the body as in the query, naming the field.
    const wrong = idNumber.slice(0, 17) + (idNumber.endsWith('1') ? '2' : '1');
    const refused = await c.post('/api/children/search', { q: wrong });
    expect(refused.status).toBe(400);
    expect(refused.json.error).toMatchObject({ code: 'ID_NUMBER_CHECKSUM', details: { field: 'q' } });
  });

  it('an export filtered by ID number audits the mask only, and can be asked for in the body', async () => {
    const c = await t.as('demo_township');
    const res = await c.post('/api/children/export', { q: idNumber });
    expect(res.status).toBe(200);
    expect(String(res.headers['content-type'])).toContain('spreadsheetml');
    // A file leaves only after its request committed, so its audit row is there when the answer arrives.
    const audit = (await auditRows('child.export')).find((row) => row.actorUsername === 'demo_township');
    expect(audit?.details).toMatchObject({
      rows: 1,
      filter: { idNumberIndex: t.services.cipher.blindIndex(idNumber) },
    });
    expect(JSON.stringify(audit)).not.toContain(idNumber);
  });

  it('leaves no query value in the access log', async () => {
    const c = new Client(logged);
    expect((await c.login('demo_village')).status).toBe(200);
    lines.length = 0;
    expect((await c.get(`/api/children?q=${idNumber}&sort=name`)).status).toBe(200);
    expect((await c.get(`/api/children/counts?q=${idNumber}&parent=${village.slice(0, 9)}`)).status).toBe(200);
    // A page of the web app reloaded with its filters, and a number typed where a parameter name goes.
    await c.get(`/children?q=${idNumber}`);
    await c.get(`/api/children?${idNumber}`);
    const text = lines.join('');
    expect(text).toContain('"url":"/api/children?q=[redacted]&sort=[redacted]"');
    expect(text).toContain(`/children?q=${REDACTED}`);
    expect(text).not.toContain(idNumber);
    expect(text).not.toContain(idNumber.slice(0, 14));
    expect(redactUrl('/api/x?a=1&&b&c=')).toBe(`/api/x?a=${REDACTED}&b=${REDACTED}&c=${REDACTED}`);
    expect(redactUrl('/api/x?')).toBe('/api/x');
  });

  it('logs a failed query by its codes only: no names, birth dates or parameters', async () => {
    const failure = await t.database.db
      .insert(children)
      .values({
        name: '失败查询姓名',
        sex: 'F',
        birthDate: '2014-07-08',
        divisionCode: '999999999999',
        noIdReason: 'x',
      })
      .then(
        () => undefined,
        (error: unknown) => error,
      );
    expect(failure).toBeInstanceOf(Error);
    lines.length = 0;
    logged.log.error({ err: failure }, 'unhandled error');
    logged.log.error(failure as Error);
    const text = lines.join('');
    expect(text).toContain('"sqlState":"23503"');
    expect(text).not.toContain('失败查询姓名');
    expect(text).not.toContain('2014-07-08');
    expect(JSON.stringify(serializeError(failure))).not.toContain('失败查询姓名');
    // Other errors keep their message for the operator.
    expect(serializeError(new Error('disk full'))).toMatchObject({ type: 'Error', message: 'disk full' });
  });
});
