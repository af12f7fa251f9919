// The one way to declare an API route: permission, zod schemas for params/query/body/response, handler.
// The route table built from these drives registration, the permission check and the OpenAPI document.
import type { SQL } from 'drizzle-orm';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Config } from '../config.ts';
import type { Database, Queryable, Tx } from '../db/connection.ts';
import { scopeFor, type Actor, type Scope } from './access.ts';
import { auditInsert, writeAudit, type AuditEntry, type AuditOrigin } from './audit.ts';
import { safeEqual, type FieldCipher } from './crypto.ts';
import { AppError, localeFrom, type Locale } from './errors.ts';
import { isPermission, type Permission, type RouteAccess } from './permissions.ts';
import type { PolicyCache, SecurityPolicy } from './policy.ts';
import { authenticate, cachedActor, sessionTokenHash } from './session.ts';
import type { SessionCache } from './session-cache.ts';
import { isRefusal, recordRefusal } from './refusals.ts';
import { fileHeaders } from './security-headers.ts';
import { enterReach, FailureToRecord, type Reach } from './unit-of-work.ts';
import { screenText, validationError } from './validation.ts';

/** What the process holds. Only the platform sees `database`; request code gets {@link RequestServices}. */
export interface AppServices {
  readonly config: Config;
  readonly database: Database;
  readonly cipher: FieldCipher;
  readonly policy: PolicyCache;
  /**
   * Row-level security on (the default). Tests turn it off to show that the application's own scope conditions
   * hold by themselves; nothing else may.
   */
  readonly rowLevelSecurity?: boolean;
  /** Resolved sessions in memory (buildApp makes one and keeps it told of changes). */
  readonly sessions?: SessionCache;
}

/** The services a handler may use: no database handle, since its one way to the data is `ctx.db`. */
export interface RequestServices {
  readonly config: Config;
  readonly cipher: FieldCipher;
  readonly policy: { get(): Promise<SecurityPolicy>; invalidate(): void };
  readonly databaseKind: Database['kind'];
}

export interface RouteContext<P, Q, B, A extends RouteAccess> {
  params: P;
  query: Q;
  body: B;
  actor: A extends 'public' ? Actor | null : Actor;
  services: RequestServices;
  /** The request's transaction, as the application role with the caller's reach (see unit-of-work.ts). */
  db: Tx;
  /** Everything the actor reaches in child data, as the database's policies see it. */
  reach: Reach;
  locale: Locale;
  request: FastifyRequest;
  reply: FastifyReply;
  origin: AuditOrigin;
  /** Where a permission reaches for this actor; stores take it to filter scoped tables. */
  scope(permission: Permission): Scope;
  /**
   * A savepoint inside the request's transaction: an error inside it undoes only its own writes when caught.
   * Uncaught, the whole request rolls back, audit rows included.
   */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  audit(db: Queryable, entry: AuditEntry): Promise<void>;
  /**
   * The same audit row as an INSERT for a store to write inside its own statement (`db.$with(…).as(insert)`), when
   * a read and its audit row go in one round trip. It is written with that statement, in the request's transaction.
   */
  auditInsert(entry: AuditEntry): SQL;
  /** The uploaded bytes, for routes declared with `upload`. */
  upload: Buffer | undefined;
  /** What the route's `upload.prepare` made of the bytes (undefined without one). */
  prepared: unknown;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface UploadOptions {
  maxBytes: number;
  /**
   * Work on the bytes that needs no database (reading a workbook): runs once the caller is admitted, outside the
   * request's transaction, and wraps the rest of the request: `next(prepared)` runs the handler's transaction with
   * `ctx.prepared`. A long parse then holds no database connection, and `prepare` may hold a lock around both.
   */
  prepare?: <T>(bytes: Buffer, actor: Actor, next: (prepared: unknown) => Promise<T>) => Promise<T>;
}

export interface RouteDefinition<P, Q, B, R, A extends RouteAccess> {
  method: Method;
  url: string;
  access: A;
  summary: string;
  tags: readonly string[];
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  response: z.ZodType<R>;
  /** 204 sends no body (response schema z.void()). */
  status?: 200 | 201 | 204;
  /** Reachable while the user must still change the password or enrol TOTP. */
  allowPending?: boolean;
  /** State-changing requests need the CSRF header unless this is false (sign-in only). */
  csrf?: boolean;
  /**
   * A file upload: the raw request body (any content type) arrives as ctx.upload, up to maxBytes.
   * The file's type is checked by its content in the handler, never by its name or header.
   */
  upload?: UploadOptions;
  /**
   * The answer is a file: the handler returns a {@link FileReply} (response schema {@link fileReply}), sent only
   * after the request's transaction has committed, so no byte leaves before its audit row is stored. Such
   * responses are marked `Cache-Control: private, no-store`.
   */
  raw?: boolean;
  handler(ctx: RouteContext<P, Q, B, A>): Promise<R>;
}

/** A file answer: the bytes and how the browser is to treat them. */
export interface FileReply {
  readonly bytes: Buffer;
  readonly contentType: string;
  /** The whole Content-Disposition value (inline or attachment, with the file name). */
  readonly disposition: string;
  /** Documents and photos open sandboxed (security-headers.ts, fileHeaders). */
  readonly sandboxed: boolean;
}

/** The response schema of a raw route. */
export const fileReply = z.custom<FileReply>(
  (value) => typeof value === 'object' && value !== null && Buffer.isBuffer((value as { bytes?: unknown }).bytes),
);

/** The erased form kept in the route table. */
export interface ApiRoute {
  method: Method;
  url: string;
  access: RouteAccess;
  summary: string;
  tags: readonly string[];
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  response: z.ZodType;
  status: 200 | 201 | 204;
  allowPending: boolean;
  csrf: boolean;
  upload?: UploadOptions;
  raw?: boolean;
  handler(ctx: RouteContext<unknown, unknown, unknown, RouteAccess>): Promise<unknown>;
}

export function defineRoute<
  P = undefined,
  Q = undefined,
  B = undefined,
  R = unknown,
  A extends RouteAccess = RouteAccess,
>(def: RouteDefinition<P, Q, B, R, A>): ApiRoute {
  if (def.access !== 'public' && def.access !== 'authenticated' && !isPermission(def.access)) {
    throw new Error(`route ${def.method} ${def.url} declares unknown permission ${String(def.access)}`);
  }
  return {
    ...def,
    status: def.status ?? 200,
    allowPending: def.allowPending ?? false,
    csrf: def.csrf ?? def.method !== 'GET',
  };
}

function parsePart<T>(schema: z.ZodType<T> | undefined, value: unknown, where: string, locale: Locale): T {
  if (!schema) return undefined as T;
  const result = schema.safeParse(screenText(value ?? {}, where), { error: zodLocale(locale) });
  if (!result.success) throw validationError(result.error, where);
  return result.data;
}

function zodLocale(locale: Locale) {
  return locale === 'en' ? z.locales.en().localeError : z.locales.zhCN().localeError;
}

export function registerRoute(
  app: FastifyInstance,
  route: ApiRoute,
  services: AppServices,
  /** Called after every committed request (the audit sealer). */
  afterCommit: () => void = () => undefined,
): void {
  app.route({
    method: route.method,
    url: route.url,
    config: { apiRoute: true, upload: route.upload !== undefined },
    ...(route.upload ? { bodyLimit: route.upload.maxBytes } : {}),
    // Route hooks run after the app-wide onSend hook, so this replaces its plain `no-store` for files.
    onSend: route.raw
      ? [
          (_request, reply, payload, done) => {
            void reply.header('cache-control', 'private, no-store');
            done(null, payload);
          },
        ]
      : [],
    handler: async (request, reply) => {
      const locale = localeFrom(request.headers['accept-language']);
      /** Who asked, once known: a refusal is recorded against them after the rollback. */
      let caller: { actor: Actor; origin: AuditOrigin } | undefined;
      /** Signs the caller in and checks the permission and the CSRF header. */
      const admit = async (tx: Tx) => {
        const policy = await services.policy.get(tx);
        const actor =
          route.access === 'public'
            ? await authenticateQuietly(tx, request, policy, services.sessions)
            : await authenticate(tx, request, policy, services.sessions);
        if (actor) {
          caller = {
            actor,
            origin: { actorId: actor.userId, actorUsername: actor.username, ip: request.ip, requestId: request.id },
          };
        }
        if (route.access !== 'public') {
          if (!actor) throw new AppError('UNAUTHENTICATED');
          if (!route.allowPending && actor.mustChangePassword) throw new AppError('PASSWORD_CHANGE_REQUIRED');
          if (!route.allowPending && actor.mustEnrolTotp) throw new AppError('TOTP_ENROLMENT_REQUIRED');
          if (route.access !== 'authenticated' && !actor.permissions.has(route.access)) throw new AppError('FORBIDDEN');
          if (route.csrf) {
            const header = request.headers['x-csrf-token'];
            if (typeof header !== 'string' || !safeEqual(header, actor.csrfToken))
              throw new AppError('CSRF_TOKEN_INVALID');
          }
        }
        return actor;
      };
      /** The request's unit of work: admitted again, then the handler, in one transaction. */
      const work = async (tx: Tx, prepared: unknown) => {
        const actor = await admit(tx);
        const reach = await enterReach(services.database, tx, actor, services.rowLevelSecurity !== false);
        const origin: AuditOrigin = {
          actorId: actor?.userId ?? null,
          actorUsername: actor?.username ?? null,
          ip: request.ip,
          requestId: request.id,
        };
        const ctx: RouteContext<unknown, unknown, unknown, RouteAccess> = {
          params: parsePart(route.params, request.params, 'params', locale),
          query: parsePart(route.query, request.query, 'query', locale),
          body: route.upload ? undefined : parsePart(route.body, request.body, 'body', locale),
          upload: route.upload ? uploadedBytes(request.body) : undefined,
          prepared,
          actor,
          services: {
            config: services.config,
            cipher: services.cipher,
            policy: { get: () => services.policy.get(tx), invalidate: () => services.policy.invalidate() },
            databaseKind: services.database.kind,
          },
          db: tx,
          reach,
          locale,
          request,
          reply,
          origin,
          scope: (permission) => {
            if (!actor) return { permission, prefixes: [], institutionIds: [] };
            return scopeFor(actor, permission);
          },
          transaction: (fn) => tx.transaction(fn),
          audit: (q, entry) => writeAudit(q, origin, entry),
          auditInsert: (entry) => auditInsert(tx, origin, entry),
        };
        const result = await route.handler(ctx);
        if (route.raw) {
          if (!fileReply.safeParse(result).success) throw new AppError('INTERNAL');
          return { result };
        }
        if (route.status === 204) return { result: undefined };
        // Responses are whitelisted: only what the schema names leaves the server. Checked before commit, so
        // a response that breaks its schema leaves nothing behind.
        const out = route.response.safeParse(result);
        if (!out.success) {
          request.log.error({ issues: out.error.issues, route: route.url }, 'response failed its schema');
          throw new AppError('INTERNAL');
        }
        return { result: out.data };
      };
      const run = (prepared: unknown) => runInTransaction(services, afterCommit, (tx) => work(tx, prepared));
      const prepare = route.upload?.prepare;
      const outcome = await (
        prepare
          ? // The caller is admitted in a short transaction of its own, the bytes are prepared outside any, and the
            // handler's transaction starts after: a long parse holds no database connection (PGlite has one).
            runInTransaction(services, afterCommit, admit).then((actor) => {
              if (!actor) throw new AppError('UNAUTHENTICATED');
              return prepare(uploadedBytes(request.body), actor, run);
            })
          : run(undefined)
      ).catch(async (error: unknown) => {
        if (caller && error instanceof AppError && isRefusal(error, route.url)) {
          await recordRefusal(services.database, caller.actor, caller.origin, {
            error,
            method: route.method,
            routeUrl: route.url,
            params: request.params,
          }).catch((e: unknown) => request.log.error({ err: { name: (e as Error).name } }, 'refusal not recorded'));
          afterCommit();
        }
        throw error;
      });
      if (route.raw) {
        const file = outcome.result as FileReply;
        if (file.sandboxed) fileHeaders(reply);
        return reply
          .code(200)
          .header('content-type', file.contentType)
          .header('content-disposition', file.disposition)
          .send(file.bytes);
      }
      if (route.status === 204) return reply.code(204).send();
      return reply.code(route.status).send(outcome.result);
    },
  });
}

/**
 * Runs the request in one transaction. A {@link FailureToRecord} commits what was written and then answers with its
 * error; any other error rolls everything back.
 */
async function runInTransaction<T>(
  services: AppServices,
  afterCommit: () => void,
  fn: (tx: Tx) => Promise<T>,
): Promise<T> {
  let recorded: AppError | undefined;
  const value = await services.database.transaction(async (tx) => {
    try {
      return await fn(tx);
    } catch (error) {
      if (!(error instanceof FailureToRecord)) throw error;
      recorded = error.error;
      return undefined;
    }
  });
  afterCommit();
  if (recorded) throw recorded;
  return value as T;
}

function uploadedBytes(body: unknown): Buffer {
  if (Buffer.isBuffer(body) && body.length > 0) return body;
  throw new AppError('UPLOAD_EMPTY', { field: 'file' });
}

/** Public routes still see who is signed in (e.g. logout), but never fail for it. */
async function authenticateQuietly(
  db: Tx,
  request: FastifyRequest,
  policy: SecurityPolicy,
  cache: SessionCache | undefined,
) {
  if (!sessionTokenHash(request)) return null;
  const hit = cache ? cachedActor(request, policy, cache) : null;
  if (hit) return hit;
  try {
    // A savepoint: a failure here must not abort the request's transaction.
    return await db.transaction((sp) => authenticate(sp, request, policy, cache));
  } catch {
    return null;
  }
}
