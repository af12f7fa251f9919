// The signed care agreement's scan: uploaded to the child's file as any document is, linked to the care record by
// the versioned save, named on the care view and opened through the audited content route; a document of another
// child is refused naming agreementDocumentId, and a village director of another village finds none of it. A scan is
// unlinked on the version seen (409 after another save), audited, and stays among the child's documents.
import { addInterval, makeIdNumber, serviceDate } from '@hehu/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, leftBehindCare } from '../src/db/schema.ts';
import { demoVillages } from '../src/seed/demo.ts';
import { createTestApp, type Client, type Response, type TestApp } from './harness.ts';
import { pngBytes } from './uploads.ts';

let t: TestApp;
let village: string;
beforeAll(async () => {
  t = await createTestApp();
  ({ village } = await demoVillages(t.database.db));
}, 120_000);
afterAll(() => t.close());

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const today = serviceDate();
const daysAgo = (n: number) => addInterval(today, { unit: 'day', count: -n });
const code = (res: Response) => (res.json.error as { code: string } | undefined)?.code;
const field = (res: Response) => (res.json.error as { details?: { field?: string } } | undefined)?.details?.field;
const message = (res: Response) => (res.json.error as { message?: string } | undefined)?.message ?? '';

let seq = 930;
/** A child of the village holding 留守 for two months, registered by the county as the decision found it. */
async function leftBehindChild(name: string): Promise<string> {
  seq += 1;
  const county = await t.as('demo_county');
  const res = await county.post('/api/children', {
    name,
    idNumber: makeIdNumber(village.slice(0, 6), '2016-04-04', seq),
    divisionCode: village,
    householdType: 'rural',
    confirmNotDuplicate: true,
  });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  const id = res.json.id as string;
  const cat = await county.post(`/api/children/${id}/categories`, {
    category: 'left_behind',
    startDate: daysAgo(60),
    decisionRef: '乐民〔2026〕31号',
  });
  expect(cat.status, JSON.stringify(cat.json)).toBe(201);
  return id;
}

async function uploadScan(c: Client, childId: string, bytes: Buffer, fileName: string): Promise<string> {
  const qs = new URLSearchParams({ title: '委托照护协议', fileName });
  const res = await c.upload('POST', `/api/children/${childId}/documents?${qs.toString()}`, bytes);
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return res.json.id as string;
}

const care = (version: number, agreementDocumentId: string | null) => ({
  version,
  livingArrangement: 'with_carer',
  carerRelationId: null,
  agreementSignedOn: daysAgo(5),
  agreementDocumentId,
});

describe('the agreement scan', () => {
  it('is uploaded, linked by the versioned save and named on the care view; its content is read audited', async () => {
    const c = await t.as('demo_village');
    const childId = await leftBehindChild('祝小协');
    const first = await c.put(`/api/children/${childId}/care`, care(0, null));
    expect(first.status, JSON.stringify(first.json)).toBe(200);
    expect((await c.get(`/api/children/${childId}/care`)).json.agreementDocument).toBeNull();

    const documentId = await uploadScan(c, childId, PDF, '委托照护协议 扫描.pdf');
    const linked = await c.put(`/api/children/${childId}/care`, care(1, documentId));
    expect(linked.status, JSON.stringify(linked.json)).toBe(200);
    expect(linked.json).toMatchObject({ version: 2, agreementDocumentId: documentId });

    const view = await c.get(`/api/children/${childId}/care`);
    expect(view.status).toBe(200);
    expect(view.json.agreementDocument).toEqual({
      id: documentId,
      title: '委托照护协议',
      fileName: '委托照护协议 扫描.pdf',
      mimeType: 'application/pdf',
    });

    const content = await c.get(`/api/children/${childId}/documents/${documentId}/content`);
    expect(content.status).toBe(200);
    const views = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'document.download'), eq(auditLog.targetId, childId)));
    expect(views).toHaveLength(1);

    // A save on the version seen before the link is told someone changed the record, and changes nothing.
    const stale = await c.put(`/api/children/${childId}/care`, care(1, null));
    expect(stale.status).toBe(409);
    expect(code(stale)).toBe('CARE_CHANGED');
    const [row] = await t.database.db.select().from(leftBehindCare).where(eq(leftBehindCare.childId, childId));
    expect(row?.agreementDocumentId).toBe(documentId);
  });

  it('is unlinked on the version seen (409 on a record changed since), audited, and stays on the child’s file', async () => {
    const c = await t.as('demo_village');
    const childId = await leftBehindChild('祝小解');
    const documentId = await uploadScan(c, childId, PDF, '协议 错扫.pdf');
    expect((await c.put(`/api/children/${childId}/care`, care(0, documentId))).status).toBe(200);
    // Someone else saves the record after it was read at version 1.
    expect(
      (await c.put(`/api/children/${childId}/care`, { ...care(1, documentId), carerEvidence: '入户' })).status,
    ).toBe(200);
    const unlink = (version: number) => c.post(`/api/children/${childId}/care/agreement-document/unlink`, { version });

    const stale = await unlink(1);
    expect(stale.status).toBe(409);
    expect(code(stale)).toBe('CARE_CHANGED');
    expect(message(stale)).toContain('关爱记录已被他人修改');
    const [kept] = await t.database.db.select().from(leftBehindCare).where(eq(leftBehindCare.childId, childId));
    expect(kept).toMatchObject({ version: 2, agreementDocumentId: documentId });

    const done = await unlink(2);
    expect(done.status, JSON.stringify(done.json)).toBe(200);
    // Only the scan goes: the signed date and the rest of the record stay.
    expect(done.json).toMatchObject({
      version: 3,
      agreementDocumentId: null,
      agreementSignedOn: daysAgo(5),
      carerEvidence: '入户',
    });
    expect((await c.get(`/api/children/${childId}/care`)).json.agreementDocument).toBeNull();

    // The scan is still among the child's documents and still opens.
    const listed = (await c.get(`/api/children/${childId}/documents`)).json.data as { id: string }[];
    expect(listed.map((d) => d.id)).toContain(documentId);
    expect((await c.get(`/api/children/${childId}/documents/${documentId}/content`)).status).toBe(200);

    const audits = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'care.agreement.unlink'), eq(auditLog.targetId, childId)));
    expect(audits).toHaveLength(1);
    expect(audits[0]?.details).toMatchObject({ documentId, fileName: '协议 错扫.pdf' });
    expect(audits[0]?.before).toMatchObject({ version: 2, agreementDocumentId: documentId });
    expect(audits[0]?.after).toMatchObject({ version: 3, agreementDocumentId: null });

    // Nothing linked any more: a second unlink on the current version finds nothing; on the old one it is told.
    expect((await unlink(3)).status).toBe(404);
    expect((await unlink(2)).status).toBe(409);
    const other = await t.as('demo_village2');
    expect((await other.post(`/api/children/${childId}/care/agreement-document/unlink`, { version: 3 })).status).toBe(
      404,
    );
  });

  it('refuses a document of another child, naming agreementDocumentId in Chinese', async () => {
    const c = await t.as('demo_village');
    const childId = await leftBehindChild('祝小甲');
    const otherId = await leftBehindChild('祝小乙');
    const othersScan = await uploadScan(c, otherId, pngBytes(), 'scan.png');
    const refused = await c.put(`/api/children/${childId}/care`, care(0, othersScan));
    expect(refused.status, JSON.stringify(refused.json)).toBe(400);
    expect(field(refused)).toBe('agreementDocumentId');
    expect(message(refused)).toContain('协议扫描件');
    expect(await t.database.db.$count(leftBehindCare, eq(leftBehindCare.childId, childId))).toBe(0);

    const unknown = await c.put(`/api/children/${childId}/care`, care(0, '00000000-0000-4000-8000-000000000000'));
    expect(unknown.status).toBe(400);
    expect(field(unknown)).toBe('agreementDocumentId');
  });

  it('is out of reach of a village director of another village', async () => {
    const c = await t.as('demo_village');
    const childId = await leftBehindChild('祝小丙');
    const documentId = await uploadScan(c, childId, pngBytes(), 'scan.png');
    expect((await c.put(`/api/children/${childId}/care`, care(0, documentId))).status).toBe(200);

    const other = await t.as('demo_village2');
    expect((await other.get(`/api/children/${childId}/care`)).status).toBe(404);
    expect((await other.put(`/api/children/${childId}/care`, care(1, documentId))).status).toBe(404);
    const qs = new URLSearchParams({ title: '委托照护协议', fileName: 'scan.png' });
    expect((await other.upload('POST', `/api/children/${childId}/documents?${qs.toString()}`, pngBytes())).status).toBe(
      404,
    );
    expect((await other.get(`/api/children/${childId}/documents/${documentId}/content`)).status).toBe(404);
  });
});
