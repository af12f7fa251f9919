// The township supervisor's villages at a glance (GET /api/overview/villages): a row for every village of the
// township and none beyond it, counts that agree with the registry, the files behind first — and another
// township's supervisor sees none of these villages, with the database's policies on and with the
// application's own scope alone.
import { and, count, eq, gte, isNull, lt, notExists, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childRelations, children, divisions, users } from '../src/db/schema.ts';
import { hashPassword } from '../src/platform/crypto.ts';
import { DEMO_PASSWORD } from '../src/seed/demo.ts';
import { createTestApp, type Client, type TestApp } from './harness.ts';

interface Row {
  code: string;
  name: string;
  children: number;
  categories: Record<string, number>;
  openTasks: number;
  incomingTransfers: number;
  behind: number;
  reasons: Record<string, number>;
}

const rowsOf = async (c: Client, query = ''): Promise<Row[]> => {
  const res = await c.get(`/api/overview/villages${query}`);
  expect(res.status, JSON.stringify(res.json)).toBe(200);
  return res.json.data as Row[];
};
const townshipOf = async (c: Client): Promise<string> => {
  const me = await c.get('/api/me');
  return (me.json.grants as { divisionCode: string }[])[0]!.divisionCode;
};
const range = (prefix: string) => `${prefix.slice(0, -1)}${Number(prefix.at(-1)) + 1}`;

describe.each([true, false])('villages at a glance (row-level security %s)', (rowLevelSecurity) => {
  let t: TestApp;
  let township: Client;
  let other: Client;
  let home: string;
  let away: string;

  beforeAll(async () => {
    t = await createTestApp({ rowLevelSecurity });
    // Another township's supervisor from the demo (峨眉山市): give it the demo password to sign in as it.
    await t.database.db
      .update(users)
      .set({ passwordHash: await hashPassword(DEMO_PASSWORD) })
      .where(eq(users.username, 'zhang.hua'));
    township = await t.as('demo_township');
    other = await t.as('zhang.hua');
    home = await townshipOf(township);
    away = await townshipOf(other);
    expect(home).toMatch(/^\d{9}$/);
    expect(away).toMatch(/^\d{9}$/);
    expect(away).not.toBe(home);
  });
  afterAll(() => t.close());

  it('a row for every village of the township, none beyond it, counts that agree with the registry', async () => {
    const rows = await rowsOf(township);
    const villages = await t.database.db
      .select({ n: count() })
      .from(divisions)
      .where(and(eq(divisions.level, 'village'), gte(divisions.code, home), lt(divisions.code, range(home))));
    expect(rows.length).toBe(villages[0]!.n);
    expect(rows.every((r) => r.code.startsWith(home) && r.code.length === 12)).toBe(true);
    const active = await township.get(`/api/children?status=active&limit=1`);
    expect(rows.reduce((s, r) => s + r.children, 0)).toBe(active.json.total);
    expect(rows.reduce((s, r) => s + r.children, 0)).toBeGreaterThan(0);
    for (const r of rows) {
      for (const n of Object.values(r.categories)) expect(n).toBeLessThanOrEqual(r.children);
      expect(r.behind).toBeLessThanOrEqual(r.children);
      expect(r.behind).toBeGreaterThanOrEqual(Math.max(...Object.values(r.reasons)));
      expect(r.openTasks).toBe(r.reasons.unreviewed! + r.reasons.duplicate! + r.incomingTransfers);
    }
    // Behind first: the order is by files behind, most first.
    expect(rows.map((r) => r.behind)).toEqual([...rows.map((r) => r.behind)].sort((a, b) => b - a));
    expect(rows[0]!.behind).toBeGreaterThan(0);
    // A category's count is the village's list filtered to it.
    const top = rows.find((r) => Object.values(r.categories).some((n) => n > 0))!;
    const [code, n] = Object.entries(top.categories).find(([, v]) => v > 0)!;
    const list = await township.get(`/api/children?division=${top.code}&category=${code}&status=active&limit=1`);
    expect(list.json.total).toBe(n);
    // The transfer from the other county waits in one of the villages.
    expect(rows.some((r) => r.incomingTransfers > 0)).toBe(true);
  });

  it('"no family facts recorded" counts the children without a relation, outside the welfare home', async () => {
    const rows = await rowsOf(township);
    const db = t.database.db;
    for (const r of rows.filter((x) => x.children > 0)) {
      const [row] = await db
        .select({ n: count() })
        .from(children)
        .where(
          and(
            eq(children.divisionCode, r.code),
            eq(children.status, 'active'),
            isNull(children.institutionId),
            notExists(
              db
                .select({ one: sql`1` })
                .from(childRelations)
                .where(eq(childRelations.childId, children.id)),
            ),
          ),
        );
      expect(r.reasons.noFamily, r.name).toBe(row!.n);
    }
  });

  it("another township's supervisor sees none of these villages, and asking for them answers 404", async () => {
    const theirs = await rowsOf(other);
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.every((r) => r.code.startsWith(away))).toBe(true);
    expect(theirs.some((r) => r.code.startsWith(home))).toBe(false);
    expect((await other.get(`/api/overview/villages?division=${home}`)).status).toBe(404);
    expect((await other.get(`/api/overview/villages?division=${home.slice(0, 6)}`)).status).toBe(404);
    expect((await township.get(`/api/overview/villages?division=${away}`)).status).toBe(404);
    // The city's code holds the township: it narrows to the caller's own villages, no more.
    const around = await rowsOf(township, `?division=${home.slice(0, 4)}`);
    expect(around.map((r) => r.code).sort()).toEqual((await rowsOf(township)).map((r) => r.code).sort());
  });

  it('a county officer narrows to one township; the administrators have no child data to count', async () => {
    const county = await t.as('demo_county');
    const rows = await rowsOf(county, `?division=${home}`);
    expect(rows.map((r) => r.code).sort()).toEqual((await rowsOf(township)).map((r) => r.code).sort());
    const sys = await t.as('demo_sysadmin');
    expect((await sys.get('/api/overview/villages')).status).toBe(403);
  });
});
