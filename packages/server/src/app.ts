// Builds the Fastify app from the route table. No route under /api exists unless it came from defineRoute.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply } from 'fastify';
import { AppError, errorMessage, localeFrom, type ErrorCode } from './platform/errors.ts';
import { AuditSealer } from './platform/audit-chain.ts';
import { registerRoute, type AppServices } from './platform/http.ts';
import { SessionCache } from './platform/session-cache.ts';
import { registerSecurityHeaders } from './platform/security-headers.ts';
import { loggerOptions, type LoggerStream } from './platform/logging.ts';
import { apiRoutes, openApiDocument } from './routes.ts';

/** Routes under /api that are not in the route table: the API docs UI only. */
const DOCS_PREFIX = '/api/docs';

export interface BuildOptions {
  logger?: boolean;
  /** Where log lines go (standard output unless given; tests read them). */
  logStream?: LoggerStream;
}

/** The SQLSTATE of a database error, whether thrown directly or wrapped by the query builder. */
function sqlStateOf(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 3; depth++) {
    const candidate = (e as { code?: unknown }).code;
    if (typeof candidate === 'string' && /^[0-9A-Z]{5}$/.test(candidate)) return candidate;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

function isDataException(error: unknown): boolean {
  return sqlStateOf(error)?.startsWith('22') ?? false;
}

export async function buildApp(services: AppServices, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger === false ? false : loggerOptions(services.config.logLevel, options.logStream),
    genReqId: () => randomUUID(),
    bodyLimit: 1024 * 1024,
    trustProxy: services.config.env === 'production' ? 'loopback' : false,
    // What Fastify refuses before routing (a path that does not decode to text, a path parameter over its length
    // limit) is answered with the API's own error body.
    frameworkErrors: (_error, request, reply) => {
      const message = errorMessage('MALFORMED_REQUEST', localeFrom(request.headers['accept-language']));
      void (reply as FastifyReply)
        .code(400)
        .send({ error: { code: 'MALFORMED_REQUEST', message }, requestId: request.id });
    },
  });

  // The app refuses to start if an API route bypasses defineRoute (and so has no declared permission).
  app.addHook('onRoute', (route) => {
    const config = route.config as { apiRoute?: boolean } | undefined;
    if (route.url.startsWith('/api') && !route.url.startsWith(DOCS_PREFIX) && config?.apiRoute !== true) {
      throw new Error(`route ${route.method.toString()} ${route.url} has no declared permission; use defineRoute`);
    }
  });

  await app.register(fastifyCookie);
  // Uploads (documents, ledgers) arrive as raw bytes; only routes declared with `upload` accept them,
  // and each sets its own size limit.
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (request, body, done) => {
    const config = request.routeOptions.config as { upload?: boolean } | undefined;
    if (config?.upload !== true) {
      done(Object.assign(new Error('unsupported media type'), { statusCode: 415 }), undefined);
      return;
    }
    done(null, body);
  });

  registerSecurityHeaders(app, { production: services.config.env === 'production' });

  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    const locale = localeFrom(request.headers['accept-language']);
    let status: number;
    let code: ErrorCode;
    let message: string;
    let details: Record<string, unknown> | undefined;
    if (error instanceof AppError) {
      status = error.status;
      code = error.code;
      message = error.localizedMessage(locale);
      details = error.details;
    } else if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
      // Fastify's own 4xx (bad JSON, wrong content type, body too large): a stable code, no internals.
      status = error.statusCode;
      code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 415 ? 'UNSUPPORTED_MEDIA_TYPE' : 'MALFORMED_REQUEST';
      message = errorMessage(code, locale);
    } else if (isDataException(error)) {
      // A value the database cannot take (SQLSTATE class 22: bad text for a type, out of range, bad encoding)
      // is the caller's input, not a fault: 400, and the log names only the SQLSTATE.
      status = 400;
      code = 'VALIDATION_FAILED';
      message = errorMessage('VALIDATION_FAILED', locale);
      request.log.warn({ sqlState: sqlStateOf(error) }, 'input refused by the database');
    } else {
      status = 500;
      code = 'INTERNAL';
      message = errorMessage('INTERNAL', locale);
      // Codes only: a failed query's text and parameters can carry names and ID numbers.
      request.log.error({ err: { name: error.name, sqlState: sqlStateOf(error) } }, 'unhandled error');
    }
    if (status >= 500 && error instanceof AppError) request.log.error({ code: error.code }, 'server error');
    return reply
      .code(status)
      .send({ error: { code, message, ...(details ? { details } : {}) }, requestId: request.id });
  });

  // Seals audit rows into the hash chain soon after the requests that wrote them commit.
  const sealer = new AuditSealer(services.database, (error) => app.log.error({ err: error }, 'audit sealing failed'));
  app.addHook('onClose', () => sealer.idle());
  // Sessions resolved in memory, dropped when the database tells of a change (platform/session-cache.ts).
  const sessions = services.sessions ?? new SessionCache();
  const stopListening = await sessions.attach(services.database);
  app.addHook('onClose', () => stopListening());
  const routeServices: AppServices = { ...services, sessions };
  for (const route of apiRoutes) registerRoute(app, route, routeServices, () => sealer.kick());

  await app.register(fastifySwagger, { mode: 'static', specification: { document: openApiDocument() as never } });
  await app.register(fastifySwaggerUi, { routePrefix: DOCS_PREFIX });

  const webDist = services.config.webDist;
  const hasWeb = existsSync(path.join(webDist, 'index.html'));
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: webDist,
      wildcard: false,
      index: ['index.html'],
      // The build writes .br and .gz copies (scripts/compress-assets.mjs): sent by Accept-Encoding.
      preCompressed: true,
      // Hashed file names never change their content: cached a year. The shell is checked each time.
      cacheControl: false,
      setHeaders: (res, filePath) => {
        res.setHeader(
          'cache-control',
          filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }

  app.setNotFoundHandler((request, reply) => {
    const locale = localeFrom(request.headers['accept-language']);
    if (request.url.startsWith('/api') || request.method !== 'GET' || !hasWeb) {
      return reply
        .code(404)
        .send({ error: { code: 'NOT_FOUND', message: errorMessage('NOT_FOUND', locale) }, requestId: request.id });
    }
    // The web app routes in the browser: every other GET gets its shell.
    return reply.sendFile('index.html');
  });

  return app;
}
