// Minor protection cases after the chain: break-the-glass audited and shown on the case, documents read by whoever
// may open the case, another county's case not found, closed cases anonymised into the library (no name or ID
// number), the statistics, and the tier deadlines as versioned data.
import { remainingIdentifiers, serviceDate } from '@hehu/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  actOn,
  code,
  ownerRows,
  runCaseToClosure,
  setUpCases,
  takeHotlineCall,
  type CasesWorld,
} from './cases.helpers.ts';
import type { Client, TestApp } from './harness.ts';
import { pngBytes } from './uploads.ts';

let w: CasesWorld;
let t: TestApp;
let hotline: Client;
let worker: Client;
let county: Client;
let city: Client;
let police: Client;
const owner = <T extends Record<string, unknown>>(query: ReturnType<typeof sql>) => ownerRows<T>(t, query);
const takeCall = (over: Record<string, unknown> = {}) => takeHotlineCall(w, over);
const act = actOn;
const runToClosure = (id: string) => runCaseToClosure(w, id);

beforeAll(async () => {
  w = await setUpCases();
  ({ t, hotline, worker, county, city, police } = w);
}, 120_000);
afterAll(() => t.close());

describe('break the glass and the case library', () => {
  it('a worker off the team is refused, breaks the glass with a reason, and the owner sees it; all audited', async () => {
    const { id } = await takeCall({ childName: '赵小花' });
    expect((await act(county, id, { action: 'accept' })).status).toBe(200);
    const refused = await worker.get(`/api/cases/${id}`);
    expect(refused.status).toBe(403);
    expect(code(refused)).toBe('CASE_TEAM_ONLY');
    const listed = (await worker.get('/api/cases?limit=200')).json.items as {
      id: string;
      open: boolean;
      childName: string;
    }[];
    expect(listed.find((c) => c.id === id)).toMatchObject({ open: false, childName: '赵**' });
    expect((await worker.post(`/api/cases/${id}/break-glass`, { reason: '看一下' })).status).toBe(400);
    const opened = await worker.post(`/api/cases/${id}/break-glass`, {
      reason: '同一儿童另有走访发现，需核对是否重复',
    });
    expect(opened.status).toBe(200);
    expect(opened.json.childName ?? (opened.json.child as { name: string }).name).toBe('赵小花');
    const seen = await county.get(`/api/cases/${id}`);
    expect(seen.json.glassBreaks).toEqual([
      expect.objectContaining({ reason: '同一儿童另有走访发现，需核对是否重复' }),
    ]);
    expect((seen.json.actions as { action: string }[]).map((a) => a.action)).toContain('break_glass');
    // The reporter's identity stays with the team and supervisors.
    const intakes = opened.json.intakes as { reporter: unknown }[];
    expect(intakes[0]!.reporter).toBeNull();
    const [audit] = await owner<{ n: number }>(
      sql`select count(*)::int as n from audit_log where action = 'case.break_glass' and target_id = ${id}`,
    );
    expect(audit!.n).toBe(1);
  });

  it('documents: uploaded by the team, read by whoever may open the case (audited), refused to others', async () => {
    const { id } = await takeCall({ childName: '钱小禾' });
    expect((await act(county, id, { action: 'accept' })).status).toBe(200);
    const text = await county.upload('POST', `/api/cases/${id}/documents?title=t&fileName=a.txt`, Buffer.from('x'));
    expect(code(text)).toBe('DOCUMENT_TYPE_NOT_ALLOWED');
    const png = pngBytes();
    const added = await county.upload('POST', `/api/cases/${id}/documents?title=伤情照片&fileName=伤情.png`, png);
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    const [doc] = added.json.documents as { id: string; title: string; mimeType: string }[];
    expect(doc).toMatchObject({ title: '伤情照片', mimeType: 'image/png' });
    expect((added.json.actions as { note: string | null }[]).map((a) => a.note)).toContain('上传材料：伤情照片');
    const content = await t.app.inject({
      method: 'GET',
      url: `/api/cases/${id}/documents/${doc!.id}/content`,
      headers: { cookie: `hehu_session=${county.cookie ?? ''}` },
    });
    expect(content.statusCode).toBe(200);
    expect(Buffer.compare(content.rawPayload, png)).toBe(0);
    const [viewed] = await owner<{ n: number }>(
      sql`select count(*)::int as n from audit_log where action = 'case.document.download' and target_id = ${id}`,
    );
    expect(viewed!.n).toBe(1);
    // The centre's worker is not on the team now that the county accepted: neither upload nor view.
    expect(code(await worker.upload('POST', `/api/cases/${id}/documents?title=t&fileName=a.png`, png))).toBe(
      'CASE_TEAM_ONLY',
    );
    const [stored] = await owner<{ n: number }>(
      sql`select count(*)::int as n from case_documents where case_id = ${id}`,
    );
    expect(stored!.n).toBe(1);
    const partner = await t.app.inject({
      method: 'GET',
      url: `/api/cases/${id}/documents/${doc!.id}/content`,
      headers: { cookie: `hehu_session=${police.cookie ?? ''}` },
    });
    expect([403, 404]).toContain(partner.statusCode);
  });

  it('another county’s case is not found', async () => {
    const [other] = await owner<{ id: string }>(sql`select id from cases where county_code = '511123' limit 1`);
    expect((await worker.get(`/api/cases/${other!.id}`)).status).toBe(404);
  });

  it('a closed case is anonymised into the library; its drafter cannot publish it; the entry holds no name or ID number', async () => {
    const idNumber = '511102201501010014';
    const { id } = await takeCall({
      childName: '孙小燕',
      summary: `孙小燕（身份证 ${idNumber}）在学校门口被发现独自一人，母亲电话 13912345678。`,
    });
    await runToClosure(id);
    const draft = await county.post(`/api/cases/${id}/library`, {});
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    const body = draft.json.body as string;
    expect(body).not.toContain('孙小燕');
    expect(body).not.toContain(idNumber);
    expect(body).not.toContain('13912345678');
    expect(remainingIdentifiers(body, { names: ['孙小燕'], places: [] })).toEqual([]);
    const self = await county.post(`/api/case-library/${draft.json.id as string}/publish`, {
      version: draft.json.version,
    });
    expect(code(self)).toBe('LIBRARY_SELF_REVIEW');
    const leak = await city.put(`/api/case-library/${draft.json.id as string}`, {
      title: '案例',
      body: `${body} 孙小燕`,
      version: draft.json.version,
    });
    expect(leak.json.remaining).toContain('孙小燕');
    expect(
      code(await city.post(`/api/case-library/${draft.json.id as string}/publish`, { version: leak.json.version })),
    ).toBe('LIBRARY_IDENTIFIERS_LEFT');
    const fixed = await city.put(`/api/case-library/${draft.json.id as string}`, {
      title: '案例',
      body,
      version: leak.json.version,
    });
    const published = await city.post(`/api/case-library/${draft.json.id as string}/publish`, {
      version: fixed.json.version,
    });
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    const library = (await worker.get('/api/case-library')).json.items as { id: string; status: string }[];
    expect(library.find((e) => e.id === draft.json.id)?.status).toBe('published');
  });

  it('the statistics count intakes by channel and tier for the city, with the share answered in time', async () => {
    const stats = await city.get('/api/cases/stats?from=2025-01-01');
    expect(stats.status).toBe(200);
    const byChannel = stats.json.byChannel as { channel: string; count: number }[];
    expect(byChannel.find((c) => c.channel === 'hotline')!.count).toBeGreaterThan(0);
    expect(stats.json.responded as number).toBeGreaterThanOrEqual(stats.json.respondedInTime as number);
    const file = await city.get('/api/cases/stats/export?from=2025-01-01');
    expect(file.status).toBe(200);
    expect(String(file.headers['content-type'])).toContain('spreadsheetml');
  });
});

describe('tier deadlines are versioned data', () => {
  it('the city publishes new figures; a later call is timed by them and keeps their version; bad figures are refused', async () => {
    const current = (await county.get('/api/cases/tiers')).json.inForce as Record<string, unknown>;
    const next = {
      ...current,
      version: '2026-test',
      effectiveFrom: serviceDate(),
      source: '乐民发〔2026〕88号',
      tiers: {
        ...(current.tiers as object),
        urgent: { respond: { unit: 'hours', amount: 2 }, assess: { unit: 'hours', amount: 24 } },
      },
    };
    const bad = await city.post('/api/cases/tiers', { ...next, referralWorkingDays: 0 });
    expect(bad.status).toBe(400);
    expect(code(bad)).toBe('CASE_TIERS_INVALID');
    expect((await hotline.post('/api/cases/tiers', next)).status).toBe(403);
    const published = await city.post('/api/cases/tiers', next);
    expect(published.status, JSON.stringify(published.body)).toBe(201);
    expect(code(await city.post('/api/cases/tiers', next))).toBe('CASE_TIERS_INVALID');
    const before = Date.now();
    const { receipt, id } = await takeCall();
    const due = new Date(receipt.respondBy as string).getTime() - before;
    expect(due).toBeGreaterThan(119 * 60_000);
    expect(due).toBeLessThan(121 * 60_000);
    const [row] = await owner<{ tier_version: string }>(sql`select tier_version from cases where id = ${id}`);
    expect(row!.tier_version).toBe('2026-test');
  });
});
