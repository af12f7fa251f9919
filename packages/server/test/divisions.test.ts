import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { divisions } from '../src/db/schema.ts';
import { createTestApp, type TestApp } from './harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Division = { code: string; name: string; level: string; hasChildren: boolean; path?: string };

describe('divisions', () => {
  it('holds Leshan: 11 county-level units, 132 townships, 1,371 villages, and the high-tech zone', async () => {
    const c = await t.as('demo_city');
    const root = await c.get('/api/divisions');
    expect((root.json.data as Division[]).map((d) => d.code)).toEqual(['5111']);
    const counties = (await c.get('/api/divisions?parent=5111')).json.data as Division[];
    expect(counties.filter((d) => d.level === 'county' && /^\d{6}$/.test(d.code))).toHaveLength(11);
    expect(counties.find((d) => d.code === '5111GX')?.name).toBe('乐山高新区');
    const counts = await t.database.db
      .select({ level: divisions.level, n: count() })
      .from(divisions)
      .where(eq(divisions.kind, 'statistical'))
      .groupBy(divisions.level);
    const byLevel = Object.fromEntries(counts.map((r) => [r.level, r.n]));
    expect(byLevel).toMatchObject({ township: 132, village: 1371 });
  });

  it('a village director browses from their own village only', async () => {
    const c = await t.as('demo_village');
    const root = (await c.get('/api/divisions')).json.data as Division[];
    expect(root).toHaveLength(1);
    expect(root[0]!.level).toBe('village');
    expect((await c.get('/api/divisions?parent=511123')).status).toBe(404);
    // Choosing a receiving village for a transfer: names of the whole city, on request.
    const city = (await c.get('/api/divisions?parent=511123&scope=city')).json.data as Division[];
    expect(city.length).toBeGreaterThan(5);
    const found = (await c.get(`/api/divisions/search?q=${encodeURIComponent('犍为')}&scope=city`)).json
      .data as Division[];
    expect(found[0]?.code).toBe('511123');
  });

  it('searches by name and by code prefix with the full path', async () => {
    const c = await t.as('demo_city');
    const byName = (await c.get(`/api/divisions/search?q=${encodeURIComponent('沙湾')}`)).json.data as Division[];
    expect(byName[0]).toMatchObject({ code: '511111', path: '乐山市 / 沙湾区' });
    const byCode = (await c.get('/api/divisions/search?q=511102004')).json.data as Division[];
    expect(byCode[0]!.code).toBe('511102004');
    const detail = await c.get('/api/divisions/511102004001');
    expect((detail.json.path as { name: string }[]).map((p) => p.name)).toEqual([
      '乐山市',
      '市中区',
      '大佛街道',
      '篦子街社区居委会',
    ]);
  });
});
