// Response headers: the Content-Security-Policy of the web app and the API, stored files served sandboxed, HSTS in
// production; and uploads that are a PDF or an image and a web page at once, refused.
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { demoVillages } from '../src/seed/demo.ts';
import { createTestApp, type Client, type TestApp } from './harness.ts';
import { testConfig } from './fixtures.ts';

let t: TestApp;
let webDir: string;
let web: FastifyInstance;
let production: FastifyInstance;
let c: Client;
let childId: string;

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 0x20)]);

/** A PNG text chunk (tEXt) holding `text`: valid PNG, and read as HTML by anything that sniffs. */
function pngWithText(text: string): Buffer {
  const data = Buffer.from(`Comment\0${text}`, 'latin1');
  const chunk = Buffer.alloc(12 + data.length);
  chunk.writeUInt32BE(data.length, 0);
  chunk.write('tEXt', 4, 'latin1');
  data.copy(chunk, 8);
  // The CRC is not checked by the sniffing; a zero keeps the test short.
  const iend = PNG.indexOf('IEND') - 4;
  return Buffer.concat([PNG.subarray(0, iend), chunk, PNG.subarray(iend)]);
}

const header = (res: { headers: Record<string, unknown> }, name: string): string => {
  const value = res.headers[name];
  return typeof value === 'string' ? value : Array.isArray(value) ? value.join(', ') : '';
};
const directives = (csp: string) =>
  new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/) as [string, ...string[]])
      .map(([k, ...v]) => [k, v]),
  );

beforeAll(async () => {
  t = await createTestApp();
  // A web build to serve: the shell and one script, as the real build has them.
  webDir = await mkdtemp(path.join(os.tmpdir(), 'hehu-web-'));
  await mkdir(path.join(webDir, 'assets'));
  await writeFile(
    path.join(webDir, 'index.html'),
    '<!doctype html><html><head><script type="module" src="/assets/app.js"></script></head><body></body></html>',
  );
  await writeFile(path.join(webDir, 'assets', 'app.js'), 'console.log(1);');
  web = await buildApp({ ...t.services, config: testConfig({ HEHU_WEB_DIST: webDir }) }, { logger: false });
  production = await buildApp(
    { ...t.services, config: testConfig({ NODE_ENV: 'production', HEHU_DEMO: 'false' }) },
    { logger: false },
  );
  c = await t.as('demo_village');
  const { village } = await demoVillages(t.database.db);
  const res = await c.post('/api/children', {
    name: '头部测试',
    birthDate: '2018-06-01',
    sex: 'F',
    noIdReason: '户口登记办理中',
    divisionCode: village,
    confirmNotDuplicate: true,
  });
  expect(res.status).toBe(201);
  childId = res.json.id as string;
});

afterAll(async () => {
  // The stored files go with the run's data folder (test/global-setup.ts); the demo data's are shared by every file.
  await web.close();
  await production.close();
  await rm(webDir, { recursive: true, force: true });
  await t.close();
});

describe('Content-Security-Policy', () => {
  it('the web app: scripts from this origin only, never inline; not framed', async () => {
    for (const url of ['/', '/children/some-page', '/assets/app.js']) {
      const res = await web.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      const csp = directives(header(res, 'content-security-policy'));
      expect(csp.get('default-src'), url).toEqual(["'self'"]);
      expect(csp.get('script-src'), url).toEqual(["'self'"]);
      expect(csp.get('object-src'), url).toEqual(["'none'"]);
      expect(csp.get('frame-ancestors'), url).toEqual(["'none'"]);
      expect(header(res, 'content-security-policy'), url).not.toMatch(/unsafe-eval/);
      expect(header(res, 'x-frame-options'), url).toBe('DENY');
    }
  });

  it('the API answers: no sources, not framed, and errors too', async () => {
    for (const url of ['/api/health', '/api/me', '/api/no-such-route']) {
      const res = await t.app.inject({ method: 'GET', url });
      const csp = directives(header(res, 'content-security-policy'));
      expect(csp.get('default-src'), url).toEqual(["'none'"]);
      expect(csp.get('frame-ancestors'), url).toEqual(["'none'"]);
      expect(header(res, 'x-content-type-options'), url).toBe('nosniff');
    }
  });

  it('the web build has no inline script or style for the policy to break', async () => {
    // The built shell when there is one (npm run build -w @hehu/web), else its source.
    const built = path.join(t.services.config.repoRoot, 'packages/web/dist/index.html');
    const source = path.join(t.services.config.repoRoot, 'packages/web/index.html');
    const html = await readFile(existsSync(built) ? built : source, 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc=/);
      expect(body?.trim()).toBe('');
    }
    expect(html).not.toMatch(/<style\b|\sstyle=|\son[a-z]+=/i);
  });
});

describe('served files', () => {
  it('documents and photos are sandboxed with no sources; only this site may frame them', async () => {
    const pdf = await c.upload('POST', `/api/children/${childId}/documents?title=户口簿&fileName=a.pdf`, PDF);
    expect(pdf.status).toBe(201);
    expect((await c.upload('PUT', `/api/children/${childId}/photo?fileName=p.png`, PNG)).status).toBe(200);
    const urls = [
      `/api/children/${childId}/documents/${pdf.json.id as string}/content`,
      `/api/children/${childId}/photo`,
    ];
    for (const url of urls) {
      const res = await t.app.inject({ method: 'GET', url, headers: { cookie: `hehu_session=${c.cookie!}` } });
      expect(res.statusCode, url).toBe(200);
      const csp = directives(header(res, 'content-security-policy'));
      expect(csp.has('sandbox'), url).toBe(true);
      expect(csp.get('sandbox'), url).toEqual([]);
      expect(csp.get('default-src'), url).toEqual(["'none'"]);
      expect(csp.get('frame-ancestors'), url).toEqual(["'self'"]);
      expect(header(res, 'x-frame-options'), url).toBe('SAMEORIGIN');
      expect(header(res, 'x-content-type-options'), url).toBe('nosniff');
    }
  });
});

describe('Strict-Transport-Security', () => {
  it('is sent in production, on the API and the web app alike', async () => {
    const res = await production.inject({ method: 'GET', url: '/api/health' });
    expect(header(res, 'strict-transport-security')).toMatch(/^max-age=31536000; includeSubDomains$/);
  });

  it('is not sent outside production (a browser would remember it for localhost)', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });
});

describe('uploads that are a PDF or an image and a web page at once', () => {
  const polyglots: [string, Buffer, string][] = [
    ['PNG with a script in a text chunk', pngWithText('<script>alert(document.cookie)</script>'), '<script'],
    [
      'PDF with an HTML page after its header',
      Buffer.concat([PDF, Buffer.from('<html><body>x</body></html>')]),
      '<html',
    ],
    ['JPEG carrying SVG', Buffer.concat([JPEG, Buffer.from('<svg onload="alert(1)"/>')]), '<svg'],
    ['PDF with an iframe in upper case', Buffer.concat([PDF, Buffer.from('<IFRAME src=//evil>')]), '<iframe'],
    ['PNG with UTF-16 HTML', pngWithText('\0<\0s\0c\0r\0i\0p\0t\0>'), '<script'],
  ];

  it('refuses them as documents, naming the tag', async () => {
    for (const [label, bytes, marker] of polyglots) {
      const res = await c.upload('POST', `/api/children/${childId}/documents?title=扫描件&fileName=a.pdf`, bytes);
      expect(res.status, label).toBe(400);
      const error = res.json.error as { code: string; message: string; details: { marker: string; field: string } };
      expect(error.code, label).toBe('DOCUMENT_ACTIVE_CONTENT');
      expect(error.details, label).toMatchObject({ marker, field: 'file' });
      expect(error.message, label).toContain(marker);
    }
  });

  it('refuses them as photos', async () => {
    const res = await c.upload('PUT', `/api/children/${childId}/photo?fileName=p.png`, polyglots[0]![1]);
    expect(res.status).toBe(400);
    expect((res.json.error as { code: string }).code).toBe('DOCUMENT_ACTIVE_CONTENT');
  });

  it('accepts the XML metadata real PDFs and photos carry', async () => {
    const xmp = Buffer.from(
      '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF></rdf:RDF></x:xmpmeta><?xpacket end="w"?>',
    );
    const res = await c.upload(
      'POST',
      `/api/children/${childId}/documents?title=扫描件&fileName=a.pdf`,
      Buffer.concat([PDF, xmp]),
    );
    expect(res.status).toBe(201);
  });
});
