// Typed fetch wrapper for the Hehu API: JSON in/out, session cookie, CSRF header on writes,
// contract errors turned into ApiError. One place so every page fails the same way.
import i18n from '../i18n';
import type { ApiErrorBody, ErrorCode } from './types';

/** The server's codes, and the client's own when there is no answer to read. */
export type ApiErrorCode = ErrorCode | 'NETWORK_ERROR' | 'UNEXPECTED' | `HTTP_${number}`;

export class ApiError extends Error {
  readonly status: number;
  readonly code: ApiErrorCode;
  readonly details: Record<string, unknown>;
  readonly requestId: string | null;

  constructor(
    status: number,
    code: ApiErrorCode,
    message: string,
    details?: Record<string, unknown> | null,
    requestId?: string | null,
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details ?? {};
    this.requestId = requestId ?? null;
  }
}

export type Query = Record<string, string | number | boolean | null | undefined>;
export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
  /** Sign-in and the first GET /api/me expect 401 and must not trigger the "session ended" flow. */
  expectUnauthenticated?: boolean;
}

// The CSRF token lives in memory only: it comes with the login answer and GET /api/me.
let csrfToken: string | null = null;
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Headers every request carries; uploads and downloads outside `request` use them too. */
export function baseHeaders(method: Method): Record<string, string> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': i18n.language === 'en' ? 'en' : 'zh-CN',
  };
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  return headers;
}

// Each answer from the server renews the session there; the idle watcher compares against this.
let lastAnswerAt = Date.now();
export function lastRequestAt(): number {
  return lastAnswerAt;
}
/** Marks the moment of an answer (uploads and downloads bypass `request`). */
export function noteAnswer(): void {
  lastAnswerAt = Date.now();
}

/** Errors that change what the whole app must show, not just the page that made the request. */
const SESSION_CODES = new Set(['UNAUTHENTICATED', 'PASSWORD_CHANGE_REQUIRED', 'TOTP_ENROLMENT_REQUIRED']);

type SessionErrorListener = (error: ApiError) => void;
let sessionErrorListener: SessionErrorListener | null = null;
/**
 * The auth provider registers here: a 401 anywhere sends the user back to sign in, and a demand to
 * change the password or enrol TOTP (e.g. the password expired mid-session) re-reads /api/me.
 */
export function setSessionErrorListener(listener: SessionErrorListener | null): void {
  sessionErrorListener = listener;
}

export function buildUrl(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = value.error;
  return typeof error === 'object' && error !== null && 'code' in error && 'message' in error;
}

async function readJson(response: Response): Promise<unknown> {
  return parseJsonText(await response.text());
}

export async function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const headers = baseHeaders(method);
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'NETWORK_ERROR', i18n.t('errors.network'));
  }

  lastAnswerAt = Date.now();
  const body = await readJson(response);
  if (response.ok) return body as T;
  throw errorFromAnswer(response.status, body, options.expectUnauthenticated);
}

/** The ApiError for a failed answer; session-level errors also reach the auth provider. */
export function errorFromAnswer(status: number, body: unknown, expectUnauthenticated = false): ApiError {
  const error = isErrorBody(body)
    ? new ApiError(status, body.error.code, body.error.message, body.error.details, body.requestId)
    : new ApiError(status, `HTTP_${status}`, i18n.t('errors.http', { status }));
  if (SESSION_CODES.has(error.code) && !(expectUnauthenticated && error.code === 'UNAUTHENTICATED')) {
    sessionErrorListener?.(error);
  }
  return error;
}

/** Parses a JSON text that may be empty or not JSON at all (an HTML error page from a proxy). */
export function parseJsonText(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export const api = {
  get: <T>(path: string, query?: Query, options?: Omit<RequestOptions, 'query' | 'body'>) =>
    request<T>('GET', path, { ...options, query }),
  post: <T = void>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>) =>
    request<T>('POST', path, { ...options, body }),
  put: <T = void>(path: string, body?: unknown) => request<T>('PUT', path, { body }),
  patch: <T = void>(path: string, body?: unknown) => request<T>('PATCH', path, { body }),
  delete: <T = void>(path: string) => request<T>('DELETE', path),
};

/**
 * A line fit for a toast: the server's own message (already in the user's language). Server faults
 * also carry the request id, which is what support needs to find the log entry.
 */
export function errorText(error: unknown): string {
  if (error instanceof ApiError) {
    return error.status >= 500 && error.requestId
      ? `${error.message} (${i18n.t('errors.requestId')}: ${error.requestId})`
      : error.message;
  }
  return i18n.t('errors.unexpected');
}
