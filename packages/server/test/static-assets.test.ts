// The web app's files: precompressed copies are sent to a browser that accepts them, hashed assets are cached for
// a year, and the shell is revalidated on every visit (a new release reaches phones at once).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { testConfig } from './fixtures.ts';
import { createTestApp, type TestApp } from './harness.ts';

let t: TestApp;
let app: FastifyInstance;
let dist: string;
const script = `console.log(${JSON.stringify('呵护'.repeat(2000))});`;

beforeAll(async () => {
  t = await createTestApp();
  dist = mkdtempSync(path.join(os.tmpdir(), 'hehu-dist-'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(
    path.join(dist, 'index.html'),
    '<!doctype html><script type="module" src="/assets/app-abc123.js"></script>',
  );
  const asset = path.join(dist, 'assets', 'app-abc123.js');
  writeFileSync(asset, script);
  writeFileSync(`${asset}.br`, brotliCompressSync(Buffer.from(script)));
  writeFileSync(`${asset}.gz`, gzipSync(Buffer.from(script)));
  app = await buildApp({ ...t.services, config: testConfig({ HEHU_WEB_DIST: dist }) }, { logger: false });
});
afterAll(async () => {
  await app.close();
  await t.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('web app files', () => {
  it('sends the brotli copy of a hashed asset, cached for a year', async () => {
    const res = await app.inject({ url: '/assets/app-abc123.js', headers: { 'accept-encoding': 'br, gzip' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.rawPayload.length).toBeLessThan(Buffer.byteLength(script) / 10);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('sends gzip to a browser without brotli, and the plain file to one without either', async () => {
    const gz = await app.inject({ url: '/assets/app-abc123.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    const plain = await app.inject({ url: '/assets/app-abc123.js', headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
  });

  it('revalidates the shell on every visit, including a page route served as the shell', async () => {
    const shell = await app.inject({ url: '/' });
    expect(shell.statusCode).toBe(200);
    expect(shell.headers['cache-control']).toBe('no-cache');
    const route = await app.inject({ url: '/children' });
    expect(route.statusCode).toBe(200);
    expect(route.headers['cache-control']).toBe('no-cache');
  });
});
