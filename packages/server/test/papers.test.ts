// The papers checklist as published data: read by the officers, a new version only under rules:manage and only from
// today on, bad lists refused naming the field; a submission is checked against the list in force and each decision
// keeps the version it was checked under, which a later publication never rewrites.
import { serviceDate } from '@hehu/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../src/db/schema.ts';
import { demoVillages } from '../src/seed/demo.ts';
import { act, newChild, paper, parent } from './applications.helpers.ts';
import { createTestApp, type Client, type Response, type TestApp } from './harness.ts';

let t: TestApp;
let village: string;
beforeAll(async () => {
  t = await createTestApp();
  ({ village } = await demoVillages(t.database.db));
}, 120_000);
afterAll(() => t.close());

const today = serviceDate();
const error = (res: Response) =>
  res.json.error as { code: string; message: string; details?: Record<string, unknown> } | undefined;

interface Paper {
  code: string;
  name: { zh: string; en: string };
}
interface Checklist {
  version: string;
  byCategory: { category: string; papers: Paper[] }[];
  bySituation: { situation: string; name: { zh: string; en: string } }[];
  terminate: Paper[];
}
interface AppView {
  id: string;
  version: number;
  papers: { code: string; name: { zh: string }; met: boolean }[];
  papersVersion: string;
  actions: { action: string; ruleCheck: { papersVersion: string } | null }[];
}

/** The list in force as a publication body: the categories' papers with their codes, the situations, termination. */
function bodyFrom(list: Checklist, change: (byCategory: Record<string, Paper[]>) => void) {
  const byCategory = Object.fromEntries(list.byCategory.map((c) => [c.category, c.papers.map((p) => ({ ...p }))]));
  change(byCategory);
  return {
    effectiveFrom: today,
    source: '乐民发〔2026〕41号 关于补充孤儿认定材料的通知',
    byCategory: Object.fromEntries(
      Object.entries(byCategory).map(([c, papers]) => [c, papers.map((p) => ({ code: p.code, name: p.name }))]),
    ),
    bySituation: Object.fromEntries(list.bySituation.map((s) => [s.situation, s.name])),
    terminate: list.terminate.map((p) => ({ code: p.code, name: p.name })),
  };
}

async function orphanApplication(c: Client, name: string): Promise<AppView> {
  const child = await newChild(c, name, village);
  const f = await parent(c, child, 'father', { code: 'dead', since: '2025-03-02' });
  const m = await parent(c, child, 'mother', { code: 'dead', since: '2024-11-10' });
  for (const [title, on] of [['死亡证明', f], ['死亡证明', m], ['户口簿'], ['养育协议']] as const)
    await paper(c, child, title, on);
  const created = await c.post('/api/applications', { childId: child, kind: 'grant', category: 'orphan_scattered' });
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  return created.json as unknown as AppView;
}

describe('the papers checklist', () => {
  it('is read by the officers; only the city publishes, from today on, and a bad list names its field', async () => {
    const township = await t.as('demo_township');
    const city = await t.as('demo_city');
    const read = await township.get('/api/applications/papers');
    expect(read.status).toBe(200);
    const inForce = read.json.inForce as Checklist;
    expect(inForce.version).toBe('2026-01');
    const scattered = inForce.byCategory.find((c) => c.category === 'orphan_scattered')?.papers ?? [];
    expect(scattered.map((p) => p.name.zh)).toEqual(['户口簿', '养育协议']);
    expect(inForce.bySituation.find((s) => s.situation === 'imprisoned')?.name.zh).toBe('判决书或服刑证明（刑期）');

    const body = bodyFrom(inForce, (b) =>
      b.orphan_scattered?.push({ code: '', name: { zh: '监护人身份证', en: "guardian's ID card" } }),
    );
    expect((await township.post('/api/applications/papers', body)).status).toBe(403);

    const twice = bodyFrom(inForce, (b) =>
      b.orphan_scattered?.push({ code: 'register_again', name: { zh: '户口簿', en: 'x' } }),
    );
    const dup = await city.post('/api/applications/papers', twice);
    expect(dup.status).toBe(400);
    expect(error(dup)).toMatchObject({
      code: 'PAPERS_INVALID',
      details: { field: 'byCategory.orphan_scattered.2.name.zh' },
    });
    expect(error(dup)?.message).toContain('材料「户口簿」重复');

    const past = await city.post('/api/applications/papers', { ...body, effectiveFrom: '2020-01-01' });
    expect(error(past)).toMatchObject({ code: 'PAPERS_INVALID', details: { field: 'effectiveFrom' } });

    const blank = bodyFrom(inForce, (b) => b.orphan_scattered?.push({ code: '', name: { zh: ' ', en: 'blank' } }));
    const refused = await city.post('/api/applications/papers', blank);
    expect(refused.status).toBe(400);
    const issues = error(refused)?.details?.issues as { path: string; message: string }[];
    expect(issues.find((i) => i.path === 'byCategory.orphan_scattered.2.name.zh')?.message).toBe('请填写材料名称');
    expect((await township.get('/api/applications/papers')).json.versions).toHaveLength(1);
  });

  it('a new list applies to the next submission, and the earlier decision keeps its version', async () => {
    const village1 = await t.as('demo_village');
    const city = await t.as('demo_city');
    const before = await orphanApplication(village1, '材料版本甲');
    expect((await act(village1, before.id, 'submit', before.version)).status).toBe(200);

    const inForce = (await city.get('/api/applications/papers')).json.inForce as Checklist;
    const body = bodyFrom(inForce, (b) => {
      for (const p of b.orphan_scattered ?? []) p.code = '';
      b.orphan_scattered?.push({ code: '', name: { zh: '监护人身份证', en: "guardian's ID card" } });
    });
    const published = await city.post('/api/applications/papers', body);
    expect(published.status, JSON.stringify(published.json)).toBe(201);
    const list = published.json as unknown as Checklist & { revision: number };
    expect(list.version).toBe(`papers-${today.slice(0, 4)}.2`);
    // A paper sent without its code keeps the one it had; a new one gets a code made from its name.
    const codes = list.byCategory.find((c) => c.category === 'orphan_scattered')?.papers.map((p) => p.code);
    expect(codes?.slice(0, 2)).toEqual(['household_register', 'upbringing_agreement']);
    expect(codes?.[2]).toMatch(/^paper_[0-9a-f]{10}$/);
    const [audit] = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'application.papers.publish'));
    expect(audit?.details).toMatchObject({ version: list.version });

    const after = await orphanApplication(village1, '材料版本乙');
    expect(after.papersVersion).toBe(list.version);
    expect(after.papers.find((p) => p.name.zh === '监护人身份证')?.met).toBe(false);
    const refused = await act(village1, after.id, 'submit', after.version);
    expect(refused.status).toBe(400);
    expect(error(refused)?.code).toBe('APPLICATION_PAPERS_MISSING');
    expect(error(refused)?.message).toContain('监护人身份证');

    const childId = ((await village1.get(`/api/applications/${after.id}`)).json as { childId: string }).childId;
    await paper(village1, childId, '监护人身份证');
    const submitted = await act(village1, after.id, 'submit', after.version);
    expect(submitted.status, JSON.stringify(submitted.json)).toBe(200);
    const afterView = (await village1.get(`/api/applications/${after.id}`)).json as unknown as AppView;
    expect(afterView.actions.find((a) => a.action === 'submit')?.ruleCheck?.papersVersion).toBe(list.version);

    const beforeView = (await village1.get(`/api/applications/${before.id}`)).json as unknown as AppView;
    expect(beforeView.actions.find((a) => a.action === 'submit')?.ruleCheck?.papersVersion).toBe('2026-01');
  });
});
