// Errors the API answers. Handlers throw AppError with a code from the catalogue (error-catalogue*.ts): a code that is
// not there does not compile. The error hook turns it (and anything unexpected) into
// { error: { code, message, details }, requestId }.
import { PLATFORM_ERRORS, type ErrorSpec, type ErrorStatus } from './error-catalogue.ts';
import { ALLOWANCE_ERRORS } from './error-catalogue.allowances.ts';
import { CARE_ERRORS } from './error-catalogue.care.ts';
import { CASE_ERRORS } from './error-catalogue.cases.ts';
import { REGISTRY_ERRORS } from './error-catalogue.registry.ts';

export type { ErrorSpec, ErrorStatus } from './error-catalogue.ts';
export type Locale = 'zh-CN' | 'en';

// A code defined in both parts would silently take one part's status and messages.
type Overlap = keyof typeof PLATFORM_ERRORS & keyof typeof REGISTRY_ERRORS;
type CareOverlap = keyof typeof CARE_ERRORS & (keyof typeof PLATFORM_ERRORS | keyof typeof REGISTRY_ERRORS);
type Assert<T extends true> = T;
export type _NoCodeInBothParts = Assert<[Overlap] extends [never] ? true : false>;
export type _NoCareCodeElsewhere = Assert<[CareOverlap] extends [never] ? true : false>;
type AllowanceOverlap = keyof typeof ALLOWANCE_ERRORS &
  (keyof typeof PLATFORM_ERRORS | keyof typeof REGISTRY_ERRORS | keyof typeof CARE_ERRORS);
export type _NoAllowanceCodeElsewhere = Assert<[AllowanceOverlap] extends [never] ? true : false>;

export const ERROR_CATALOGUE = {
  ...PLATFORM_ERRORS,
  ...REGISTRY_ERRORS,
  ...CARE_ERRORS,
  ...ALLOWANCE_ERRORS,
  ...CASE_ERRORS,
} as const;

export type ErrorCode = keyof typeof ERROR_CATALOGUE;

/** Every status a code answers with: its own, and the others it is catalogued with. */
export type StatusOf<C extends ErrorCode> =
  | (typeof ERROR_CATALOGUE)[C]['status']
  | ((typeof ERROR_CATALOGUE)[C] extends { also: readonly (infer S)[] } ? S : never);

/** The codes that may answer with the given status. */
export type CodeAnswering<S extends ErrorStatus> = { [C in ErrorCode]: S extends StatusOf<C> ? C : never }[ErrorCode];

export const ERROR_CODES = Object.keys(ERROR_CATALOGUE) as ErrorCode[];

export function errorSpec(code: ErrorCode): ErrorSpec {
  return ERROR_CATALOGUE[code];
}

/** The statuses a code answers with, its own first. */
export function statusesOf(code: ErrorCode): ErrorStatus[] {
  const spec = errorSpec(code);
  return [spec.status, ...(spec.also ?? [])];
}

type Localized = { zh: string; en: string };

/** The constructor's arguments: a status other than the code's own must be one it is catalogued with. */
type AppErrorArgs = {
  [C in ErrorCode]: [code: C, details?: Record<string, unknown>, localized?: Localized, status?: StatusOf<C>];
}[ErrorCode];

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: ErrorStatus;
  readonly details: Record<string, unknown> | undefined;
  /** A specific message (e.g. naming the date or the row) that replaces the code's general one. */
  readonly localized: Localized | undefined;

  constructor(...[code, details, localized, status]: AppErrorArgs) {
    super(code);
    this.code = code;
    this.status = status ?? ERROR_CATALOGUE[code].status;
    this.details = details;
    this.localized = localized;
  }

  /** A domain rule violation (e.g. ID_NUMBER_CHECKSUM): a 400 with its own code and a specific message. */
  static rule(code: CodeAnswering<400>, zh: string, en: string, details?: Record<string, unknown>): AppError {
    return new AppError(...([code, details, { zh, en }, 400] as AppErrorArgs));
  }

  /** A change that contradicts the current state of the record: a 409 with its own code and a specific message. */
  static conflict(code: CodeAnswering<409>, zh: string, en: string, details?: Record<string, unknown>): AppError {
    return new AppError(...([code, details, { zh, en }, 409] as AppErrorArgs));
  }

  localizedMessage(locale: Locale): string {
    if (this.localized) return locale === 'en' ? this.localized.en : this.localized.zh;
    return errorMessage(this.code, locale);
  }
}

export function errorMessage(code: ErrorCode, locale: Locale): string {
  const m = ERROR_CATALOGUE[code];
  return locale === 'en' ? m.en : m.zh;
}

export function localeFrom(acceptLanguage: string | undefined): Locale {
  return acceptLanguage && /^\s*en\b/i.test(acceptLanguage) ? 'en' : 'zh-CN';
}
