// The route table: every route declares a permission, OpenAPI lists each one, and nothing bypasses it.
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildApp } from '../src/app.ts';
import { defineRoute } from '../src/platform/http.ts';
import { isPermission } from '../src/platform/permissions.ts';
import { apiRoutes } from '../src/routes.ts';
import { createTestApp, type TestApp } from './harness.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('route table', () => {
  it('every route declares a known permission or an explicit public/authenticated marker', () => {
    expect(apiRoutes.length).toBeGreaterThan(20);
    for (const r of apiRoutes) {
      expect(
        r.access === 'public' || r.access === 'authenticated' || isPermission(r.access),
        `${r.method} ${r.url}`,
      ).toBe(true);
    }
    const publicRoutes = apiRoutes.filter((r) => r.access === 'public').map((r) => `${r.method} ${r.url}`);
    expect(publicRoutes.sort()).toEqual([
      'GET /api/health',
      'GET /api/openapi.json',
      'POST /api/auth/login',
      'POST /api/auth/logout',
      // The city's 12345 system, with its own API key (cases.intake.ts).
      'POST /api/integrations/hotline/work-orders',
    ]);
  });

  it('refuses to define a route with an unknown permission', () => {
    expect(() =>
      defineRoute({
        method: 'GET',
        url: '/api/x',
        access: 'children:everything' as never,
        summary: 'x',
        tags: [],
        response: z.object({}),
        handler: () => Promise.resolve({}),
      }),
    ).toThrow(/unknown permission/);
  });

  it('the app refuses to start when an /api route bypasses defineRoute', async () => {
    const app = await buildApp(t.services, { logger: false });
    expect(() => app.get('/api/sneaky', () => ({ ok: true }))).toThrow(/no declared permission/);
    await app.close();
    // Non-API routes are not affected.
    const plain = Fastify();
    plain.get('/x', () => 'ok');
    await plain.close();
  });

  it('/api/openapi.json lists every route with x-permission', async () => {
    const res = await t.client().get('/api/openapi.json');
    expect(res.status).toBe(200);
    const paths = res.json.paths as Record<string, Record<string, { 'x-permission'?: string }>>;
    for (const r of apiRoutes) {
      const op = paths[r.url.replace(/:([A-Za-z_]+)/g, '{$1}')]?.[r.method.toLowerCase()];
      expect(op, `${r.method} ${r.url}`).toBeDefined();
      expect(op?.['x-permission']).toBe(r.access);
    }
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
  });

  it('every non-public route answers 401 without a session', async () => {
    const c = t.client();
    for (const r of apiRoutes.filter((x) => x.access !== 'public')) {
      const url = r.url.replace(':id', '00000000-0000-4000-8000-000000000000').replace(':code', '511102');
      const res = await c.request(r.method, url, r.method === 'GET' ? undefined : {});
      expect(res.status, `${r.method} ${url}`).toBe(401);
    }
  });

  it('health reports the database', async () => {
    const res = await t.client().get('/api/health');
    expect(res.status).toBe(200);
    expect(res.json.database).toEqual({ kind: t.database.kind, up: true });
  });
});
