// The OpenAPI 3.1 document generated from the route table. zod writes JSON Schema 2020-12, the dialect of OpenAPI
// 3.1, so schemas go in as they are. Each operation carries its permission as x-permission, a stable operationId,
// and the error codes it may answer, each status referencing the one error schema; the error catalogue is published
// as the ErrorCode schema.
import { z } from 'zod';
import { ERROR_CATALOGUE, ERROR_CODES, statusesOf, type ErrorCode, type ErrorStatus } from './errors.ts';
import type { ApiRoute } from './http.ts';

type JsonSchema = Record<string, unknown>;

/** Route-specific error codes by `METHOD /url`, beside those that follow from the route's declaration. */
export type RouteErrors = Readonly<Record<string, readonly ErrorCode[]>>;

export const routeKey = (r: Pick<ApiRoute, 'method' | 'url'>) => `${r.method} ${r.url}`;

/** `GET /api/children/:id/persons/:personId` → `getChildrenByIdPersonsByPersonId`: stable while the URL is. */
export function operationIdOf(r: Pick<ApiRoute, 'method' | 'url'>): string {
  const words = r.url
    .replace(/^\/api\//, '')
    .split('/')
    .flatMap((segment) =>
      segment.startsWith(':') ? ['by', ...splitWords(segment.slice(1))] : splitWords(segment.replace(/\./g, '-')),
    );
  return [r.method.toLowerCase(), ...words.map((w) => w.charAt(0).toUpperCase() + w.slice(1))].join('');
}

function splitWords(text: string): string[] {
  return text
    .split(/[-_]|(?=[A-Z])/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

/** The English half of a bilingual summary ("儿童档案 Child file" → "Child file"). */
export function englishSummary(summary: string): string {
  let cut = 0;
  for (let i = 0; i < summary.length; i++) if (CJK.test(summary.charAt(i))) cut = i + 1;
  return summary.slice(cut).trim() || summary;
}

/** Chinese characters and full-width punctuation. */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

function describe(r: ApiRoute): string {
  const who =
    r.access === 'public'
      ? 'Public: no session needed.'
      : r.access === 'authenticated'
        ? 'Any signed-in user.'
        : `Needs the permission \`${r.access}\`.`;
  const notes = [`${englishSummary(r.summary)}.`, who];
  if (r.url.includes('/:')) notes.push('A record that does not exist or is outside the caller’s reach answers 404.');
  if (r.access !== 'public' && r.allowPending)
    notes.push('Reachable while the password must still be changed or an authenticator enrolled.');
  if (r.csrf && r.access !== 'public') notes.push('Send the `x-csrf-token` header from the sign-in answer.');
  if (r.upload)
    notes.push(
      `The body is the file's raw bytes (any content type), at most ${String(Math.round(r.upload.maxBytes / 1024 / 1024))} MB; its type is read from the content.`,
    );
  if (r.raw) notes.push('Answers the file itself, not JSON.');
  return notes.join(' ');
}

function toSchema(schema: z.ZodType, io: 'input' | 'output', defs: Record<string, JsonSchema>, prefix: string) {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as JsonSchema;
  delete json.$schema;
  // Shared or recursive parts come as local $defs: they move to components so the references resolve.
  const local = json.$defs as Record<string, JsonSchema> | undefined;
  if (!local) return json;
  delete json.$defs;
  for (const [name, def] of Object.entries(local)) defs[`${prefix}_${name}`] = def;
  return JSON.parse(
    JSON.stringify(json).replace(/"#\/\$defs\/([^"]+)"/g, `"#/components/schemas/${prefix}_$1"`),
  ) as JsonSchema;
}

function parametersOf(
  schema: z.ZodType | undefined,
  where: 'path' | 'query',
  defs: Record<string, JsonSchema>,
  prefix: string,
): JsonSchema[] {
  if (!schema) return [];
  const json = toSchema(schema, 'input', defs, prefix);
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, s]) => ({
    name,
    in: where,
    required: where === 'path' || required.has(name),
    description: typeof s.description === 'string' ? s.description : describeParameter(name, where),
    schema: s,
  }));
}

/** What the common parameters mean; any other is named by its place. */
const PARAMETERS: Record<string, string> = {
  id: 'The id of the record the path names (404 when it does not exist or is out of reach)',
  code: 'The code of the record the path names (a division code, or a role code)',
  limit: 'Page size, 1–200 (default 20)',
  cursor: 'The `nextCursor` of the previous page, as it came',
  q: 'Search text: a name (or part of one), a username, or a whole ID number (an exact lookup)',
  division: 'A division code within the caller’s area (4, 6, 9 or 12 digits)',
  parent: 'A division code: list its subdivisions',
  scope: '`city` to reach every division of the city, not only the caller’s area',
  status: 'Only records in this status',
  direction: '`incoming` (waiting for the caller’s area) or `outgoing` (made by it)',
  fileName: 'The file’s name as the user chose it (kept for display; the type is read from the content)',
  version: 'The version the client last read; a different current version answers 409 CONFLICT',
  from: 'From this time (inclusive)',
  to: 'Until this time (inclusive)',
};

function describeParameter(name: string, where: 'path' | 'query'): string {
  const known = PARAMETERS[name];
  if (known) return known;
  if (where === 'path' && name.endsWith('Id')) return `The id of the ${name.slice(0, -2)} (404 when out of reach)`;
  return `Filter or option \`${name}\``;
}

/** The codes a route may answer: those its declaration implies, and its own. */
export function errorCodesOf(r: ApiRoute, own: readonly ErrorCode[] = []): ErrorCode[] {
  const codes = new Set<ErrorCode>();
  const hasInput = Boolean(r.params || r.query || r.body || r.upload);
  if (hasInput) codes.add('VALIDATION_FAILED');
  // A body that is not JSON, or a path that does not decode to text or is over length.
  if (r.method !== 'GET' || r.params) codes.add('MALFORMED_REQUEST');
  if (r.method !== 'GET') {
    codes.add('PAYLOAD_TOO_LARGE');
    if (!r.upload) codes.add('UNSUPPORTED_MEDIA_TYPE');
  }
  if (r.upload) codes.add('UPLOAD_EMPTY');
  if (r.query && hasProperty(r.query, 'cursor')) codes.add('CURSOR_INVALID');
  if (r.access !== 'public') {
    codes.add('UNAUTHENTICATED');
    if (!r.allowPending) {
      codes.add('PASSWORD_CHANGE_REQUIRED');
      codes.add('TOTP_ENROLMENT_REQUIRED');
    }
    if (r.access !== 'authenticated') codes.add('FORBIDDEN');
    if (r.csrf) codes.add('CSRF_TOKEN_INVALID');
  }
  if (r.url.includes('/:')) codes.add('NOT_FOUND');
  for (const code of own) codes.add(code);
  return [...codes];
}

function hasProperty(schema: z.ZodType, name: string): boolean {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
  return Boolean(json.properties && name in json.properties);
}

const ERROR_REF = { $ref: '#/components/schemas/Error' };

/** One response per status, each the shared error schema narrowed to the codes that status may carry here. */
function errorResponses(codes: readonly ErrorCode[]): Record<string, JsonSchema> {
  const byStatus = new Map<ErrorStatus, ErrorCode[]>();
  for (const code of codes) {
    for (const status of statusesOf(code)) {
      if (status >= 500) continue;
      byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
    }
  }
  const out: Record<string, JsonSchema> = {};
  for (const [status, list] of [...byStatus].sort(([a], [b]) => a - b)) {
    out[String(status)] = {
      description: list.map((c) => `\`${c}\`: ${ERROR_CATALOGUE[c].en}`).join('; '),
      content: {
        'application/json': {
          schema: {
            allOf: [
              ERROR_REF,
              { type: 'object', properties: { error: { type: 'object', properties: { code: { enum: list } } } } },
            ],
          },
        },
      },
    };
  }
  out.default = {
    description: '`INTERNAL`: an unexpected fault (the request id is in the server log); `SERVICE_UNAVAILABLE`',
    content: { 'application/json': { schema: ERROR_REF } },
  };
  return out;
}

const FILE = { type: 'string', contentMediaType: 'application/octet-stream' };

const TAGS: Record<string, string> = {
  system: 'Health and this document',
  auth: 'Sign-in, the session, password and authenticator',
  tasks: 'The signed-in user’s tasks',
  divisions: 'Administrative divisions of Leshan',
  children: 'The child registry (一人一档): files, documents, status, transfers, duplicates, import and export',
  family: 'Parents, guardians, carers and their situations; links to persons held elsewhere',
  categories: 'Protection categories and their rules',
  admin: 'System administration: accounts',
  security: 'Security administration: roles, grants, policy, approvals and alerts',
  audit: 'Audit administration: the audit trail and its verification',
};

export function buildOpenApi(routes: readonly ApiRoute[], version: string, own: RouteErrors = {}): JsonSchema {
  const known = new Set(routes.map(routeKey));
  const stale = Object.keys(own).filter((key) => !known.has(key));
  if (stale.length) throw new Error(`error codes declared for routes that do not exist: ${stale.join(', ')}`);
  const paths: Record<string, Record<string, JsonSchema>> = {};
  const defs: Record<string, JsonSchema> = {};
  const usedTags = new Set<string>();
  for (const r of routes) {
    const path = r.url.replace(/:([A-Za-z_]+)/g, '{$1}');
    const operationId = operationIdOf(r);
    r.tags.forEach((t) => usedTags.add(t));
    const success =
      r.status === 204
        ? { description: 'No content' }
        : r.raw
          ? { description: 'The file', content: { 'application/octet-stream': { schema: FILE } } }
          : {
              description: 'OK',
              content: { 'application/json': { schema: toSchema(r.response, 'output', defs, operationId) } },
            };
    const op: JsonSchema = {
      operationId,
      summary: r.summary,
      description: describe(r),
      tags: r.tags,
      'x-permission': r.access,
      parameters: [
        ...parametersOf(r.params, 'path', defs, operationId),
        ...parametersOf(r.query, 'query', defs, operationId),
      ],
      responses: { [String(r.status)]: success, ...errorResponses(errorCodesOf(r, own[routeKey(r)])) },
    };
    if (r.upload) op.requestBody = { required: true, content: { 'application/octet-stream': { schema: FILE } } };
    else if (r.body)
      op.requestBody = {
        required: true,
        content: { 'application/json': { schema: toSchema(r.body, 'input', defs, operationId) } },
      };
    op.security = r.access === 'public' ? [] : [{ session: [] }];
    (paths[path] ??= {})[r.method.toLowerCase()] = op;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Hehu 呵护 API',
      version,
      description:
        'JSON under /api. Sign in with POST /api/auth/login; state-changing requests carry the x-csrf-token header. ' +
        'Every operation lists its permission as x-permission ("public" and "authenticated" are markers). ' +
        'Errors are `{ error: { code, message, details? }, requestId }`; the codes are the ErrorCode schema, ' +
        'messages are Chinese, or English with `Accept-Language: en`.',
      contact: { name: '乐山市民政局 Leshan Civil Affairs Bureau' },
    },
    servers: [{ url: '/', description: 'This server' }],
    tags: [...usedTags].sort().map((name) => ({ name, description: TAGS[name] ?? name })),
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'hehu_session' } },
      schemas: { ...errorSchemas(), ...defs },
    },
    paths,
  };
}

function errorSchemas(): Record<string, JsonSchema> {
  return {
    ErrorCode: {
      type: 'string',
      description: 'The error catalogue: each code with its HTTP status and its Chinese and English message.',
      enum: ERROR_CODES,
      'x-catalogue': Object.fromEntries(
        ERROR_CODES.map((code) => {
          const { status, zh, en } = ERROR_CATALOGUE[code];
          return [code, { status: statusesOf(code).length > 1 ? statusesOf(code) : status, zh, en }];
        }),
      ),
    },
    Error: {
      type: 'object',
      properties: {
        error: {
          type: 'object',
          properties: {
            code: { $ref: '#/components/schemas/ErrorCode' },
            message: { type: 'string', description: 'Chinese, or English with Accept-Language: en' },
            details: {
              type: 'object',
              additionalProperties: true,
              description: 'The field (`field`) or the zod issues (`issues`: path, code, message)',
            },
          },
          required: ['code', 'message'],
        },
        requestId: { type: 'string' },
      },
      required: ['error', 'requestId'],
    },
  };
}
