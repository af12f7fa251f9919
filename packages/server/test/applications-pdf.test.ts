// The approval form (审批表) of an application as a PDF: a small file whose text holds the child, the masked or
// full ID number as the caller may see it, and each step's opinion; another county's application is not found,
// and every print leaves an audit row.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { makeIdNumber } from '@hehu/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../src/db/schema.ts';
import { demoVillages } from '../src/seed/demo.ts';
import { createTestApp, type Client, type TestApp } from './harness.ts';
import { pngBytes } from './uploads.ts';

let t: TestApp;
let village: string;
let village2: string;
beforeAll(async () => {
  t = await createTestApp();
  ({ village, village2 } = await demoVillages(t.database.db));
}, 120_000);
afterAll(() => t.close());

const SIZE_TARGET = 300 * 1024;
const PDFTOTEXT = '/usr/bin/pdftotext';
const hasPdftotext = existsSync(PDFTOTEXT);
if (!hasPdftotext) console.warn(`${PDFTOTEXT} not found (poppler-utils): the form's text is not checked`);

const pdfText = (bytes: Buffer) =>
  execFileSync(PDFTOTEXT, ['-raw', '-enc', 'UTF-8', '-', '-'], { input: bytes }).toString();

function download(c: Client, id: string) {
  return t.app.inject({
    method: 'GET',
    url: `/api/applications/${id}/form.pdf`,
    headers: { cookie: `hehu_session=${c.cookie ?? ''}`, 'accept-language': 'zh-CN' },
  });
}

let seq = 900;
async function newChild(c: Client, name: string, division: string): Promise<{ id: string; idNumber: string }> {
  seq += 1;
  const idNumber = makeIdNumber(division.slice(0, 6), '2014-04-04', seq);
  const res = await c.post('/api/children', {
    name,
    idNumber,
    divisionCode: division,
    householdType: 'rural',
    confirmNotDuplicate: true,
  });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return { id: res.json.id as string, idNumber };
}

async function deadParent(c: Client, childId: string, kind: 'father' | 'mother', since: string) {
  const rel = await c.post(`/api/children/${childId}/relations`, {
    kind,
    startDate: '2014-04-04',
    person: { name: kind === 'father' ? '郑国华' : '何素芬', sex: kind === 'father' ? 'M' : 'F' },
  });
  expect(rel.status, JSON.stringify(rel.json)).toBe(201);
  const personId = (rel.json.person as { id: string }).id;
  const s = await c.post(`/api/children/${childId}/persons/${personId}/situations`, { code: 'dead', since });
  expect(s.status, JSON.stringify(s.json)).toBe(201);
  return s.json.id as string;
}

async function paper(c: Client, childId: string, title: string, situationId?: string) {
  const subject = situationId ? `&subjectType=situation&subjectId=${situationId}` : '';
  const res = await c.upload(
    'POST',
    `/api/children/${childId}/documents?title=${encodeURIComponent(title)}&fileName=a.png${subject}`,
    pngBytes(),
  );
  expect(res.status, JSON.stringify(res.json)).toBe(201);
}

async function act(c: Client, id: string, action: string, version: number, note = '') {
  const res = await c.post(`/api/applications/${id}/actions`, { action, version, note });
  expect(res.status, JSON.stringify(res.json)).toBe(200);
}

const NAME = '审批表测试';
const VERIFY_NOTE = '经入户核实，父母双亡，材料齐全，情况属实，同意上报。';
const APPROVE_NOTE = '同意认定为孤儿（散居），自次月起按标准发放基本生活费。';
let appId: string;
let childIdNumber: string;

describe('the approval form of an orphan granted through the chain', () => {
  beforeAll(async () => {
    const v = await t.as('demo_village');
    const child = await newChild(v, NAME, village);
    childIdNumber = child.idNumber;
    const f = await deadParent(v, child.id, 'father', '2025-03-02');
    const m = await deadParent(v, child.id, 'mother', '2024-11-10');
    await paper(v, child.id, '死亡证明', f);
    await paper(v, child.id, '死亡证明', m);
    await paper(v, child.id, '户口簿');
    await paper(v, child.id, '养育协议');
    const created = await v.post('/api/applications', {
      childId: child.id,
      kind: 'grant',
      category: 'orphan_scattered',
      note: '祖母代为申请，儿童现随祖母生活。',
    });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    appId = created.json.id as string;
    await act(v, appId, 'submit', 1, '村儿童主任代为提交。');
    await act(await t.as('demo_township'), appId, 'verify', 2, VERIFY_NOTE);
    await act(await t.as('demo_county'), appId, 'approve', 3, APPROVE_NOTE);
  });

  it('is a small PDF named after the child, with the steps and their opinions', async () => {
    const village = await t.as('demo_village');
    const res = await download(village, appId);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const disposition = String(res.headers['content-disposition']);
    expect(disposition).toMatch(/^attachment; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("''")[1] ?? '')).toMatch(
      new RegExp(`^审批表-${NAME}-\\d{4}-\\d{2}-\\d{2}\\.pdf$`),
    );
    expect(String(res.headers['cache-control'])).toContain('no-store');
    const bytes = res.rawPayload;
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.length).toBeLessThan(SIZE_TARGET);
    if (!hasPdftotext) return;
    // The text in drawing order (-raw), lines broken where the form wraps them: compared without the breaks.
    const text = pdfText(bytes).replace(/\s+/g, '');
    for (const expected of [
      '儿童保障类别认定审批表',
      NAME,
      '孤儿（散居）',
      '认定申请',
      '已批准',
      '乡镇（街道）审核意见',
      '县级民政部门审批意见',
      VERIFY_NOTE,
      APPROVE_NOTE,
      '村儿童主任代为提交。',
      '张督导',
      '李经办',
      '签字（盖章）',
      '父亲死亡证明',
      appId,
    ])
      expect(text, expected).toContain(expected.replace(/\s+/g, ''));
    // The village director may not unmask: the ID number is masked on the form.
    expect(text).not.toContain(childIdNumber);
    expect(text).toContain(childIdNumber.slice(-4));
  });

  it('shows the full ID number to a caller who may unmask, and records each print', async () => {
    const township = await t.as('demo_township');
    const res = await download(township, appId);
    expect(res.statusCode).toBe(200);
    if (hasPdftotext) expect(pdfText(res.rawPayload)).toContain(childIdNumber);
    const rows = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'application.form'), eq(auditLog.targetId, appId)));
    expect(rows.map((r) => [r.actorUsername, (r.details as { unmasked: boolean }).unmasked])).toEqual(
      expect.arrayContaining([
        ['demo_village', false],
        ['demo_township', true],
      ]),
    );
    expect(rows.every((r) => r.targetType === 'application')).toBe(true);
  });
});

describe('the approval form of a cross-province application returned once', () => {
  it('has the forwarding step, the return in the record, and long opinions wrapped whole', async () => {
    const v = await t.as('demo_village');
    const township = await t.as('demo_township');
    const child = await newChild(v, '跨省审批表测试', village);
    const f = await deadParent(v, child.id, 'father', '2025-03-02');
    const m = await deadParent(v, child.id, 'mother', '2024-11-10');
    await paper(v, child.id, '死亡证明', f);
    await paper(v, child.id, '死亡证明', m);
    await paper(v, child.id, '户口簿');
    await paper(v, child.id, '养育协议');
    const created = await v.post('/api/applications', {
      childId: child.id,
      kind: 'grant',
      category: 'orphan_scattered',
      crossProvince: true,
      acceptingPlace: '云南省楚雄州楚雄市鹿城镇',
    });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    const id = created.json.id as string;
    const longNote = `${'经核实，该儿童父母均已死亡，现由祖母在外省务工地照料，'.repeat(6)}材料已转交户籍地审核。`;
    // Accepted and forwarded, returned by the township of registration, sent again straight to it.
    await act(v, id, 'submit', 1);
    await act(township, id, 'forward', 2, longNote);
    await act(township, id, 'return', 3, '户口簿复印件不清晰，请补正');
    await act(v, id, 'submit', 4, '已补正户口簿复印件');
    const res = await download(township, id);
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.length).toBeLessThan(SIZE_TARGET);
    if (!hasPdftotext) return;
    const text = pdfText(res.rawPayload).replace(/\s+/g, '');
    for (const expected of [
      '跨省通办',
      '云南省楚雄州楚雄市鹿城镇',
      '受理转交意见',
      '办理记录',
      '户口簿复印件不清晰，请补正',
      '已补正户口簿复印件',
      longNote,
      '待乡镇审核',
    ])
      expect(text, expected).toContain(expected);
  });
});

describe('scope', () => {
  it("answers 404 for another county's application, as reading it does, and writes no form row", async () => {
    const other = await t.as('demo_village2');
    const child = await newChild(other, '范围测试审批表', village2);
    const created = await other.post('/api/applications', {
      childId: child.id,
      kind: 'grant',
      category: 'orphan_scattered',
    });
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    const id = created.json.id as string;
    // The owner of the file may print the draft.
    expect((await download(other, id)).statusCode).toBe(200);
    for (const role of ['demo_village', 'demo_township', 'demo_county']) {
      const c = await t.as(role);
      const res = await download(c, id);
      expect(res.statusCode, role).toBe(404);
      expect((JSON.parse(res.body) as { error: { code: string } }).error.code, role).toBe('NOT_FOUND');
      expect((await c.get(`/api/applications/${id}`)).status, role).toBe(404);
    }
    const rows = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'application.form'), eq(auditLog.targetId, id)));
    expect(rows.map((r) => r.actorUsername)).toEqual(['demo_village2']);
  });

  it('needs a signed-in caller', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/applications/${appId}/form.pdf` });
    expect(res.statusCode).toBe(401);
  });
});
