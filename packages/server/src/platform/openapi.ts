// OpenAPI 3 document generated from the route table; each operation carries its permission as x-permission.
import { z } from 'zod';
import type { ApiRoute } from './http.ts';

type JsonSchema = Record<string, unknown>;

function toSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const json = z.toJSONSchema(schema, { target: 'draft-7', io, unrepresentable: 'any' }) as JsonSchema;
  delete json.$schema;
  return json;
}

function parametersOf(schema: z.ZodType | undefined, where: 'path' | 'query'): JsonSchema[] {
  if (!schema) return [];
  const json = toSchema(schema, 'input');
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, s]) => ({
    name,
    in: where,
    required: where === 'path' || required.has(name),
    schema: s,
  }));
}

const errorSchema: JsonSchema = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      properties: { code: { type: 'string' }, message: { type: 'string' }, details: { type: 'object' } },
      required: ['code', 'message'],
    },
    requestId: { type: 'string' },
  },
  required: ['error'],
};

export function buildOpenApi(routes: readonly ApiRoute[], version: string): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const r of routes) {
    const path = r.url.replace(/:([A-Za-z_]+)/g, '{$1}');
    const op: JsonSchema = {
      summary: r.summary,
      tags: r.tags,
      'x-permission': r.access,
      parameters: [...parametersOf(r.params, 'path'), ...parametersOf(r.query, 'query')],
      responses: {
        [String(r.status)]:
          r.status === 204
            ? { description: 'No content' }
            : { description: 'OK', content: { 'application/json': { schema: toSchema(r.response, 'output') } } },
        default: { description: 'Error', content: { 'application/json': { schema: errorSchema } } },
      },
    };
    if (r.body)
      op.requestBody = { required: true, content: { 'application/json': { schema: toSchema(r.body, 'input') } } };
    if (r.access !== 'public') op.security = [{ session: [] }];
    (paths[path] ??= {})[r.method.toLowerCase()] = op;
  }
  return {
    openapi: '3.0.3',
    info: {
      title: 'Hehu 呵护 API',
      version,
      description:
        'JSON under /api. Sign in with POST /api/auth/login; state-changing requests carry the x-csrf-token header. ' +
        'Every operation lists its permission as x-permission ("public" and "authenticated" are markers).',
    },
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'hehu_session' } },
    },
    paths,
  };
}
