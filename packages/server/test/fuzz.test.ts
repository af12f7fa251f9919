// A property-based fuzzer over the whole API. It reads /api/openapi.json, generates valid and invalid requests for
// every operation from its schemas (params, query, body), adds hostile values (NUL, lone surrogates, bidi
// overrides, huge numbers, wrong types, extra fields) and sends them as every demo role and anonymously. No answer
// may be a 5xx; every 2xx JSON answer must pass the route's own response schema; every error must be the Error
// schema with a code and status the document lists for that operation. Fixed seed, bounded runs: FUZZ_RUNS and
// FUZZ_SEED make a longer or another run (see BENCHMARKS.md).
import { writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../src/platform/errors.ts';
import type { ApiRoute } from '../src/platform/http.ts';
import { routeKey } from '../src/platform/openapi.ts';
import { apiRoutes } from '../src/routes.ts';
import { HOSTILE_STRINGS, spoiled, urlEncode, valueOf, type JsonSchema, type Pools } from './fuzz.arbitraries.ts';
import { createTestApp, type Client, type TestApp } from './harness.ts';
import { pngBytes } from './uploads.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20260508);
/** Requests per operation and role. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 2);

const ROLES = [
  'demo_city',
  'demo_county',
  'demo_township',
  'demo_village',
  'demo_welfare',
  'demo_hotline',
  'demo_sysadmin',
  'demo_secadmin',
  'demo_auditor',
] as const;
type Caller = (typeof ROLES)[number] | 'anonymous';

/** Routes that would sign the fuzzing user out or change its password or authenticator: never called. */
const SKIPPED = new Set([
  'POST /api/auth/logout',
  'POST /api/auth/password',
  'POST /api/auth/totp/setup',
  'POST /api/auth/totp/enable',
  'POST /api/auth/totp/disable',
]);
/** Routes that act on an account or its grants: never aimed at the fuzzing accounts themselves. */
const ACCOUNT_ROUTES = /^\/api\/(admin\/users|security\/users|security\/grants)\/:id/;

interface Parameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  schema: JsonSchema;
}
interface Operation {
  parameters: Parameter[];
  requestBody?: { content: Record<string, { schema?: JsonSchema }> };
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>;
}

interface Sent {
  caller: Caller;
  method: ApiRoute['method'];
  url: string;
  body?: unknown;
  upload?: Buffer;
  contentType?: string;
}

let t: TestApp;
let doc: { paths: Record<string, Record<string, Operation>> };
const clients = new Map<Caller, Client>();
const pools: Pools = new Map();
let fuzzAccountIds = new Set<string>();

beforeAll(async () => {
  t = await createTestApp();
  clients.set('anonymous', t.client());
  for (const role of ROLES) clients.set(role, await t.as(role));
  const res = await t.client().get('/api/openapi.json');
  doc = res.body as typeof doc;
  await gatherPools();
}, 180_000);
afterAll(() => t.close());

async function json(caller: Caller, url: string): Promise<Record<string, unknown>> {
  const res = await clients.get(caller)!.get(url);
  return res.status === 200 ? res.json : {};
}
const list = (body: Record<string, unknown>, key = 'data') =>
  (Array.isArray(body[key]) ? body[key] : []) as Record<string, unknown>[];
const add = (key: string, values: unknown[]) => {
  const strings = values.filter((v): v is string => typeof v === 'string');
  pools.set(key, [...new Set([...(pools.get(key) ?? []), ...strings])]);
};

/** Ids and codes that exist, so generated requests also reach real records. */
async function gatherPools(): Promise<void> {
  const children = list(await json('demo_city', '/api/children?limit=200'));
  add(
    'children',
    children.map((c) => c.id),
  );
  add(
    'villages',
    children.map((c) => c.divisionCode),
  );
  const villages = pools.get('villages') ?? [];
  add('divisions', [...villages.map((v) => v.slice(0, 6)), ...villages.map((v) => v.slice(0, 9)), '5111']);
  for (const child of children.slice(0, 12)) {
    const family = await json('demo_city', `/api/children/${String(child.id)}/family`);
    const relations = list(family, 'relations');
    add(
      'relations',
      relations.map((r) => r.id),
    );
    const persons = relations.map((r) => r.person as Record<string, unknown>);
    add(
      'persons',
      persons.map((p) => p.id),
    );
    add(
      'situations',
      persons.flatMap((p) => list(p, 'situations').map((s) => s.id)),
    );
    add(
      'categories',
      list(await json('demo_city', `/api/children/${String(child.id)}/categories`), 'held').map((c) => c.id),
    );
    add(
      'documents',
      list(await json('demo_city', `/api/children/${String(child.id)}/documents`)).map((d) => d.id),
    );
  }
  for (const direction of ['incoming', 'outgoing']) {
    add(
      'transfers',
      list(await json('demo_city', `/api/transfers?direction=${direction}`)).map((x) => x.id),
    );
    add(
      'person-links',
      list(await json('demo_city', `/api/person-links?direction=${direction}`)).map((x) => x.id),
    );
  }
  add(
    'duplicates',
    list(await json('demo_city', '/api/duplicates')).map((x) => x.id),
  );
  add(
    'institutions',
    list(await json('demo_city', '/api/institutions/welfare-homes')).map((x) => x.id),
  );
  const users = list(await json('demo_secadmin', '/api/security/users?limit=200'));
  fuzzAccountIds = new Set(
    users.filter((u) => (ROLES as readonly string[]).includes(String(u.username))).map((u) => String(u.id)),
  );
  const others = users.filter((u) => !fuzzAccountIds.has(String(u.id)));
  add(
    'users',
    others.map((u) => u.id),
  );
  add(
    'grants',
    others.flatMap((u) => list(u, 'grants').map((g) => g.id)),
  );
  add(
    'roles',
    list(await json('demo_secadmin', '/api/security/roles')).map((r) => r.code),
  );
  add(
    'alerts',
    list(await json('demo_secadmin', '/api/security/alerts')).map((a) => a.id),
  );
  add(
    'account-requests',
    list(await json('demo_secadmin', '/api/security/account-requests')).map((a) => a.id),
  );
}

/** Real values for a path parameter, by the segment before it (`/children/:id` → children). */
function pathPool(url: string, name: string): string[] {
  const segments = url.split('/');
  const before = segments[segments.indexOf(`:${name}`) - 1] ?? '';
  const key = before === 'users' && url.startsWith('/api/security') ? 'users' : before;
  return pools.get(key === 'divisions' ? 'divisions' : key) ?? [];
}

const UPLOADS: readonly { bytes: Buffer; contentType: string }[] = [
  { bytes: pngBytes(), contentType: 'application/octet-stream' },
  { bytes: Buffer.from('%PDF-1.4\n<html><script>alert(1)</script></html>'), contentType: 'application/pdf' },
  { bytes: Buffer.alloc(0), contentType: 'application/octet-stream' },
  { bytes: Buffer.from('name,idNumber\n张\u202e三,511102\u0000\n'), contentType: 'text/csv' },
];

/** The requests for one operation: a valid one or a spoiled one, params and query alike. */
function requestsFor(route: ApiRoute, op: Operation): fc.Arbitrary<Omit<Sent, 'caller'>> {
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  const pathArb = fc.record(
    Object.fromEntries(
      pathParams.map((p) => {
        const real = pathPool(route.url, p.name).filter(
          (v) => !ACCOUNT_ROUTES.test(route.url) || !fuzzAccountIds.has(v),
        );
        const valid = valueOf(p.schema, pools, p.name);
        return [
          p.name,
          fc.oneof(
            { weight: real.length ? 6 : 0, arbitrary: real.length ? fc.constantFrom(...real) : valid },
            { weight: 2, arbitrary: valid },
            { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
          ),
        ];
      }),
    ),
  );
  const querySchema: JsonSchema = {
    type: 'object',
    properties: Object.fromEntries(queryParams.map((p) => [p.name, p.schema])),
    required: queryParams.filter((p) => p.required).map((p) => p.name),
  };
  const validQuery = valueOf(querySchema, pools);
  const queryArb = queryParams.length
    ? fc.oneof({ weight: 3, arbitrary: validQuery }, { weight: 1, arbitrary: spoiled(validQuery, querySchema) })
    : fc.constant({});
  const bodySchema = op.requestBody?.content['application/json']?.schema;
  const validBody = bodySchema ? valueOf(bodySchema, pools) : fc.constant(undefined);
  const bodyArb = bodySchema
    ? fc.oneof({ weight: 3, arbitrary: validBody }, { weight: 2, arbitrary: spoiled(validBody, bodySchema) })
    : fc.constant(route.method === 'GET' ? undefined : {});
  const uploadArb = route.upload ? fc.constantFrom(...UPLOADS) : fc.constant(undefined);
  return fc.tuple(pathArb, queryArb, bodyArb, uploadArb).map(([params, query, body, upload]) => {
    let url = route.url.replace(/:([A-Za-z]+)/g, (_, name: string) => urlEncode(params[name]));
    const pairs: [string, unknown][] = Object.entries((query ?? {}) as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .flatMap(([k, v]) =>
        Array.isArray(v) && v.length ? (v as unknown[]).map((item): [string, unknown] => [k, item]) : [[k, v]],
      );
    if (pairs.length) url += `?${pairs.map(([k, v]) => `${urlEncode(k)}=${urlEncode(v)}`).join('&')}`;
    return upload
      ? { method: route.method, url, upload: upload.bytes, contentType: upload.contentType }
      : { method: route.method, url, body };
  });
}

interface Finding {
  sent: Sent;
  status: number;
  problem: string;
  body: unknown;
}

/** What the document allows an operation to answer: statuses, and the codes of each error status. */
function allowed(op: Operation): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [status, response] of Object.entries(op.responses)) {
    const schema = response.content?.['application/json']?.schema as
      { allOf?: { properties?: { error?: { properties?: { code?: { enum?: string[] } } } } }[] } | undefined;
    out.set(status, new Set(schema?.allOf?.[1]?.properties?.error?.properties?.code?.enum ?? []));
  }
  return out;
}

async function send(sent: Sent): Promise<{ status: number; body: unknown; raw: string; type: string }> {
  const client = clients.get(sent.caller)!;
  const headers: Record<string, string> = {
    'accept-language': 'zh-CN',
    ...(client.cookie ? { cookie: `hehu_session=${client.cookie}` } : {}),
    ...(client.csrfToken && sent.method !== 'GET' ? { 'x-csrf-token': client.csrfToken } : {}),
  };
  if (sent.upload) headers['content-type'] = sent.contentType ?? 'application/octet-stream';
  else if (sent.body !== undefined) headers['content-type'] = 'application/json';
  const payload = sent.upload ?? (sent.body !== undefined ? JSON.stringify(sent.body) : undefined);
  const res = await t.app.inject({
    method: sent.method,
    url: sent.url,
    headers,
    ...(payload !== undefined ? { payload } : {}),
  });
  let body: unknown = null;
  try {
    body = res.body ? JSON.parse(res.body) : null;
  } catch {
    body = undefined;
  }
  return { status: res.statusCode, body, raw: res.body, type: String(res.headers['content-type'] ?? '') };
}

function check(route: ApiRoute, op: Operation, res: Awaited<ReturnType<typeof send>>): string | null {
  if (res.status >= 500) return '5xx';
  if (res.status >= 200 && res.status < 300) {
    if (route.raw) return null;
    if (res.status === 204) return res.raw === '' ? null : '204 with a body';
    if (res.status !== route.status) return `status ${res.status}, declared ${route.status}`;
    const parsed = route.response.safeParse(res.body);
    return parsed.success ? null : `2xx breaks its response schema: ${parsed.error.issues[0]?.message ?? ''}`;
  }
  const body = res.body as { error?: { code?: unknown; message?: unknown }; requestId?: unknown } | undefined;
  if (!body?.error || typeof body.error.message !== 'string' || typeof body.requestId !== 'string')
    return 'error answer is not the Error schema';
  const code = String(body.error.code);
  if (!ERROR_CODES.includes(code as never)) return `uncatalogued code ${code}`;
  const codes = allowed(op).get(String(res.status));
  if (!codes) return `status ${res.status} not listed for the operation`;
  if (!codes.has(code)) return `code ${code} not listed under ${res.status}`;
  return null;
}

describe('requests Fastify refuses before routing', () => {
  it('answer 400 MALFORMED_REQUEST in the API error body, listed for the route', async () => {
    for (const url of ['/api/children/%ED%A0%80', `/api/children/${'x'.repeat(300)}`, '/api/divisions/%E0%A4%A']) {
      const res = await send({ caller: 'demo_city', method: 'GET', url });
      expect(res.status, url).toBe(400);
      expect(res.body, url).toMatchObject({ error: { code: 'MALFORMED_REQUEST' } });
      expect(typeof (res.body as { requestId?: unknown }).requestId, url).toBe('string');
    }
    expect(allowed(doc.paths['/api/children/{id}']!.get!).get('400')).toContain('MALFORMED_REQUEST');
  });
});

describe('fuzzing every operation as every role', () => {
  it(
    'answers no 5xx, keeps every 2xx to its schema and every error to the listed codes',
    { timeout: Math.max(600_000, RUNS * 400_000) },
    async () => {
      const findings: Finding[] = [];
      const timings = new Map<string, number>();
      const tally = { requests: 0, byClass: new Map<string, number>() };
      const started = Date.now();
      const callers: Caller[] = ['anonymous', ...ROLES];
      let n = 0;
      for (const route of apiRoutes) {
        if (SKIPPED.has(routeKey(route))) continue;
        const op = doc.paths[route.url.replace(/:([A-Za-z_]+)/g, '{$1}')]?.[route.method.toLowerCase()];
        expect(op, routeKey(route)).toBeDefined();
        const requests = fc.sample(requestsFor(route, op!), { seed: SEED + n++, numRuns: RUNS * callers.length });
        for (const [i, request] of requests.entries()) {
          const sent: Sent = { ...request, caller: callers[i % callers.length]! };
          const before = performance.now();
          const res = await send(sent);
          timings.set(routeKey(route), (timings.get(routeKey(route)) ?? 0) + performance.now() - before);
          tally.requests++;
          const cls = `${String(res.status).charAt(0)}xx`;
          tally.byClass.set(cls, (tally.byClass.get(cls) ?? 0) + 1);
          const problem = check(route, op!, res);
          if (problem) findings.push({ sent, status: res.status, problem, body: res.body });
        }
      }
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      console.info(
        `fuzz: seed ${SEED}, ${RUNS} runs per operation and caller: ${tally.requests} requests in ${seconds} s, ` +
          [...tally.byClass].map(([k, v]) => `${k} ${v}`).join(', '),
      );
      // FUZZ_REPORT=file keeps every finding, for a long run.
      if (process.env.FUZZ_REPORT) {
        const slowest = [...timings].sort(([, a], [, b]) => b - a).slice(0, 15);
        writeFileSync(process.env.FUZZ_REPORT, JSON.stringify({ findings, slowest }, null, 1));
      }
      const shown = findings.slice(0, 40).map((f) => ({
        request: `${f.sent.caller} ${f.sent.method} ${f.sent.url.slice(0, 160)}`,
        body: JSON.stringify(f.sent.body ?? f.sent.upload?.length ?? null)?.slice(0, 200),
        status: f.status,
        problem: f.problem,
        answer: JSON.stringify(f.body)?.slice(0, 200),
      }));
      expect(shown, `${findings.length} findings`).toEqual([]);
    },
  );
});
