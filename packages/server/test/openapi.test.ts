// The API contract: /api/openapi.json is a valid OpenAPI 3.1 document by Spectral's OpenAPI ruleset, every
// operation is named, described and lists its errors from the one catalogue, and the web app's generated types and
// the contract page's error table are what the document gives today.
import { readFileSync } from 'node:fs';
import { Document, Spectral, type ISpectralDiagnostic } from '@stoplight/spectral-core';
import parsers from '@stoplight/spectral-parsers';
import { oas } from '@stoplight/spectral-rulesets';
import { describe, expect, it } from 'vitest';
import { AppError, ERROR_CATALOGUE, ERROR_CODES } from '../src/platform/errors.ts';
import { buildOpenApi, routeKey } from '../src/platform/openapi.ts';
import { apiRoutes, openApiDocument } from '../src/routes.ts';
import { ROUTE_ERRORS } from '../src/routes.errors.ts';
import { CONTRACT_FILE, SCHEMA_FILE, generateApiTypes, withCatalogue } from './api-contract.ts';

interface Operation {
  operationId?: string;
  summary?: string;
  description?: string;
  responses: Record<string, { content?: Record<string, { schema?: Record<string, unknown> }> }>;
}
type Doc = { openapi: string; paths: Record<string, Record<string, Operation>>; components: { schemas: object } };

const doc = openApiDocument() as unknown as Doc;
const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, op]) => ({ where: `${method.toUpperCase()} ${path}`, op })),
);

/** The codes an operation lists for one status. */
function codesFor(op: Operation, status: string): string[] {
  const schema = op.responses[status]?.content?.['application/json']?.schema as
    { allOf?: { properties?: { error?: { properties?: { code?: { enum?: string[] } } } } }[] } | undefined;
  return schema?.allOf?.[1]?.properties?.error?.properties?.code?.enum ?? [];
}

describe('OpenAPI document', () => {
  it("has no errors by Spectral's OpenAPI ruleset", { timeout: 120_000 }, async () => {
    expect(doc.openapi).toBe('3.1.0');
    const spectral = new Spectral();
    spectral.setRuleset({ extends: [[oas as never, 'all']] } as never);
    const results: ISpectralDiagnostic[] = await spectral.run(new Document(JSON.stringify(doc, null, 2), parsers.Json));
    const errors = results.filter((r) => (r.severity as number) === 0);
    const warnings = results.filter((r) => (r.severity as number) === 1);
    const byRule = (list: ISpectralDiagnostic[]) => {
      const counts = new Map<string, number>();
      for (const r of list) counts.set(String(r.code), (counts.get(String(r.code)) ?? 0) + 1);
      return [...counts].map(([rule, n]) => `${rule}: ${n}`);
    };
    if (warnings.length) console.info(`Spectral warnings (allowed): ${byRule(warnings).join(', ')}`);
    expect(
      errors.map((e) => `${e.code} ${e.message} at ${e.path.join('.')}`),
      'Spectral errors',
    ).toEqual([]);
  });

  it('names and describes every operation once, with the route summary kept', () => {
    expect(operations.length).toBe(apiRoutes.length);
    const ids = operations.map(({ op }) => op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { where, op } of operations) {
      expect(op.operationId, where).toMatch(/^(get|post|put|patch|delete)[A-Z][A-Za-z]+$/);
      expect(op.summary, where).toMatch(/[\u4e00-\u9fff]/);
      expect(op.description, where).toMatch(/^[A-Z]/);
    }
    expect(doc.paths['/api/children/{id}']?.get?.operationId).toBe('getChildrenById');
  });

  it('lists the error answers of every operation, each the one Error schema with catalogued codes', () => {
    const schemas = doc.components.schemas as Record<string, { enum?: string[] }>;
    expect(schemas.ErrorCode?.enum).toEqual(ERROR_CODES);
    for (const { where, op } of operations) {
      const statuses = Object.keys(op.responses).filter((s) => /^[45]/.test(s));
      expect(op.responses.default, where).toBeDefined();
      for (const status of statuses) {
        const codes = codesFor(op, status);
        expect(codes.length, `${where} ${status}`).toBeGreaterThan(0);
        const schema = op.responses[status]?.content?.['application/json']?.schema as { allOf: object[] };
        expect(schema.allOf[0]).toEqual({ $ref: '#/components/schemas/Error' });
        for (const code of codes) {
          const spec = ERROR_CATALOGUE[code as keyof typeof ERROR_CATALOGUE];
          expect([spec.status, ...('also' in spec ? spec.also : [])].map(String), `${where} ${code}`).toContain(status);
        }
      }
      // Every route but the public ones answers 401 when signed out; an id in the path can answer 404.
      if (
        ![
          '/api/health',
          '/api/openapi.json',
          '/api/auth/login',
          '/api/auth/logout',
          '/api/integrations/hotline/work-orders',
        ].some((p) => where.endsWith(p))
      )
        expect(codesFor(op, '401'), where).toContain('UNAUTHENTICATED');
      if (where.includes('{')) expect(codesFor(op, '404'), where).toContain('NOT_FOUND');
    }
    expect(codesFor(doc.paths['/api/auth/login']!.post!, '401')).toContain('INVALID_CREDENTIALS');
    expect(codesFor(doc.paths['/api/children/{id}/transfers']!.post!, '409')).toContain('TRANSFER_PENDING');
  });

  it('refuses route-specific codes for a route that does not exist', () => {
    expect(() => buildOpenApi(apiRoutes, 'x', { 'GET /api/nowhere': ['NOT_FOUND'] })).toThrow(/GET \/api\/nowhere/);
    for (const key of Object.keys(ROUTE_ERRORS)) expect(apiRoutes.map(routeKey)).toContain(key);
  });

  it('takes only catalogued codes, each with its own status', () => {
    // Checked by the compiler: these lines fail to compile if AppError ever takes a code outside the catalogue.
    const refused = () => [
      // @ts-expect-error not in the catalogue
      new AppError('NO_SUCH_CODE'),
      // @ts-expect-error TRANSFER_PENDING is a 409, not a rule violation (400)
      AppError.rule('TRANSFER_PENDING', '', ''),
      // @ts-expect-error NOT_FOUND has no other status
      new AppError('NOT_FOUND', {}, undefined, 400),
    ];
    expect(refused).toBeTypeOf('function');
    const e = AppError.conflict('TRANSFER_PENDING', '已有', 'pending');
    expect([e.code, e.status, e.localizedMessage('en')]).toEqual(['TRANSFER_PENDING', 409, 'pending']);
    expect(new AppError('SITUATION_OTHER_AREA').status).toBe(403);
  });
});

describe('generated from the document', () => {
  it('the web app’s API types (run `npm run api:types` after changing a route)', { timeout: 120_000 }, async () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(await generateApiTypes());
  });

  it('the error table of docs/api-contract.md (run `npm run api:types`)', () => {
    const page = readFileSync(CONTRACT_FILE, 'utf8');
    expect(page).toBe(withCatalogue(page));
    expect(page).toContain('| `SITUATION_OTHER_AREA` | 403 |');
  });
});
