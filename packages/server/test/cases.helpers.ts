// Shared by the case test files: one app with the protection roles signed in, a 12345 client, and the steps
// every case test takes (a hotline call, an action on the current version, the chain run to closure).
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { queryRows } from '../src/db/raw.ts';
import { hashApiKey } from '../src/modules/cases/cases.intake.ts';
import { demoVillages } from '../src/seed/demo.ts';
import { createTestApp, type Client, type Response, type TestApp } from './harness.ts';

export const API_KEY = 'test-12345-key';
export const code = (res: Response) => (res.json.error as { code: string } | undefined)?.code;

export interface CasesWorld {
  t: TestApp;
  hotline: Client;
  worker: Client;
  county: Client;
  city: Client;
  police: Client;
  teacher: Client;
  village: string;
}

export async function ownerRows<T extends Record<string, unknown>>(
  t: TestApp,
  query: ReturnType<typeof sql>,
): Promise<T[]> {
  return queryRows<T>(t.database.db, query);
}

export async function setUpCases(): Promise<CasesWorld> {
  const t = await createTestApp();
  const [hotline, worker, county, city, police, teacher] = await Promise.all([
    t.as('demo_hotline'),
    t.as('demo_protect'),
    t.as('demo_county'),
    t.as('demo_city'),
    t.as('demo_police'),
    t.as('demo_teacher'),
  ]);
  const village = (await demoVillages(t.database.db)).village;
  await ownerRows(
    t,
    sql`insert into api_clients (name, system_code, key_hash, division_code, callback_url)
    values ('测试 12345 平台', 'test12345', ${hashApiKey(API_KEY)}, '5111', 'http://127.0.0.1:9/outcome')`,
  );
  return { t, hotline, worker, county, city, police, teacher, village };
}

/** A hotline call about a girl alone at home, in `village`, with the fields `over` changes. */
export const hotlineCall = (village: string, over: Record<string, unknown> = {}) => ({
  channel: 'hotline',
  childName: '王小雨',
  childAge: 7,
  divisionCode: village,
  location: '村口小卖部旁',
  summary: '邻居来电：一名约七岁的女孩连续三天独自在家，家中无大人，晚上哭闹。',
  immediateDanger: true,
  reporterName: '刘阿姨',
  reporterPhone: '13800002222',
  ...over,
});

export async function takeHotlineCall(w: CasesWorld, over: Record<string, unknown> = {}) {
  const res = await w.hotline.post('/api/cases/intake', hotlineCall(w.village, over));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  const [row] = await ownerRows<{ id: string; version: number }>(
    w.t,
    sql`select id, version from cases where receipt_no = ${res.json.receiptNo as string}`,
  );
  return { receipt: res.json, id: row!.id };
}

export async function actOn(c: Client, id: string, body: Record<string, unknown>) {
  const current = await c.get(`/api/cases/${id}`);
  return c.post(`/api/cases/${id}/actions`, { version: current.json.version, ...body });
}

/** Accept, verify, assess, plan, request closure (worker), approve (county). */
export async function runCaseToClosure(w: CasesWorld, id: string) {
  for (const [c, body] of [
    [w.worker, { action: 'accept' }],
    [
      w.worker,
      { action: 'verify', note: '入户核查属实', verification: { method: '入户', date: '2026-11-30', staff: '何社工' } },
    ],
    [w.worker, { action: 'assess', note: '父亲存在体罚，母亲愿意配合' }],
    [w.worker, { action: 'plan', note: '家庭教育指导、学校关注' }],
    [w.worker, { action: 'request_closure', note: '家庭监护已恢复正常，学校持续关注' }],
    [w.county, { action: 'approve_closure' }],
  ] as const) {
    const res = await actOn(c, id, body);
    expect(res.status, `${body.action}: ${JSON.stringify(res.body)}`).toBe(200);
  }
}
