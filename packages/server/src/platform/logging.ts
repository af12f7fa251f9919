// What the server log may hold: methods, paths, status codes, ids and error codes. Query strings carry ID numbers
// and names (a search, an export, a page reloaded with its filters), and a failed query's text and parameters carry
// the row being written, so neither reaches the log.
import type { FastifyRequest, FastifyServerOptions } from 'fastify';

/** Stands in for every query value in a logged URL. */
export const REDACTED = '[redacted]';

/** A parameter name worth keeping; anything else (a number typed where a name goes) is redacted too. */
const PARAMETER_NAME = /^[A-Za-z][\w.[\]-]{0,39}$/;

/** The URL with every query value replaced: `/api/children?q=5111…` → `/api/children?q=[redacted]`. */
export function redactUrl(url: string): string {
  const mark = url.indexOf('?');
  if (mark < 0) return url;
  const parts = url
    .slice(mark + 1)
    .split('&')
    .filter((part) => part !== '')
    .map((part) => {
      const eq = part.indexOf('=');
      const name = eq < 0 ? part : part.slice(0, eq);
      return `${PARAMETER_NAME.test(name) ? name : REDACTED}=${REDACTED}`;
    });
  return parts.length ? `${url.slice(0, mark)}?${parts.join('&')}` : url.slice(0, mark);
}

function field(value: unknown, key: string): unknown {
  return value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
}

/** The SQLSTATE of a database error, or of the error it wraps (the query builder wraps the driver's). */
function sqlStateOf(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    for (const key of ['sqlState', 'code']) {
      const candidate = field(e, key);
      if (typeof candidate === 'string' && /^[0-9A-Z]{5}$/.test(candidate)) return candidate;
    }
    e = field(e, 'cause');
  }
  return undefined;
}

/** A failed query (the builder's wrapper names the SQL and its parameters) anywhere in the cause chain. */
function isQueryError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    const name = field(e, 'name');
    const message = field(e, 'message');
    if (name === 'DrizzleQueryError' || (typeof message === 'string' && /failed query/i.test(message))) return true;
    if (field(e, 'query') !== undefined || field(e, 'params') !== undefined) return true;
    e = field(e, 'cause');
  }
  return false;
}

interface LoggedError {
  type: string;
  message: string;
  stack: string;
  [key: string]: unknown;
}

/**
 * Errors as codes: a database error keeps its name and SQLSTATE only (its message, detail, query and parameters
 * can name a child or an ID number); other errors keep message and stack for the operator.
 */
export function serializeError(error: unknown): LoggedError {
  const name = field(error, 'name');
  const code = field(error, 'code');
  const statusCode = field(error, 'statusCode');
  const sqlState = sqlStateOf(error);
  const base = {
    type: typeof name === 'string' ? name : error instanceof Error ? error.constructor.name : typeof error,
    ...(typeof code === 'string' && code !== sqlState ? { code } : {}),
    ...(sqlState ? { sqlState } : {}),
    ...(typeof statusCode === 'number' ? { statusCode } : {}),
  };
  if (!(error instanceof Error) || sqlState !== undefined || isQueryError(error)) {
    return { ...base, message: '', stack: '' };
  }
  return { ...base, message: error.message, stack: error.stack ?? '' };
}

function serializeRequest(request: FastifyRequest) {
  return {
    method: request.method,
    url: redactUrl(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}

type LoggerOptions = Exclude<FastifyServerOptions['logger'], boolean | undefined>;
/** Anything with `write(line)`: standard output by default, a collector in tests. */
export interface LoggerStream {
  write(line: string): void;
}

/** The server's logger options: request lines without query values, errors without data. */
export function loggerOptions(level: string, stream?: LoggerStream): LoggerOptions {
  return {
    level,
    // Headers are not logged by the request serializer; the redaction stays for any line that adds them.
    redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'],
    serializers: { req: serializeRequest, err: serializeError },
    hooks: {
      // `log.error(error)` takes the error's message as the line's message: a failed query's would carry its
      // parameters, so such a line gets a neutral one (the serializer already keeps only the codes).
      logMethod(args, method) {
        const [first, ...rest] = args as unknown[];
        if (typeof rest[0] !== 'string' && first instanceof Error && serializeError(first).message === '') {
          method.apply(this, [first, 'database error'] as unknown as Parameters<typeof method>);
          return;
        }
        method.apply(this, args);
      },
    },
    ...(stream ? { stream } : {}),
  };
}
