// zod issues as the API's VALIDATION_FAILED error: each issue names the field and the rule.
import type { z } from 'zod';
import { AppError } from './errors.ts';

export function validationError(error: z.ZodError, where: string): AppError {
  const issues = error.issues.map((i) => ({
    path: i.path.map(String).join('.') || where,
    code: i.code,
    message: i.message,
  }));
  const summary = issues
    .slice(0, 5)
    .map((i) => `${i.path}: ${i.message}`)
    .join('；');
  return new AppError(
    'VALIDATION_FAILED',
    { where, issues },
    { zh: `提交的数据不符合要求 — ${summary}`, en: `The request data is invalid — ${summary}` },
  );
}

/**
 * Characters no field of this system carries: NUL and other control characters (tab and line breaks excepted),
 * bidirectional overrides and isolates (`张\u202e三fdp.exe` shows as something it is not), zero-width characters,
 * and unpaired surrogates (not text at all). PostgreSQL refuses NUL outright, so without this it was a 500.
 */
/* eslint-disable no-control-regex -- finding control characters is the point */
const FORBIDDEN_TEXT =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;
/* eslint-enable no-control-regex */

/** Secrets are compared byte for byte, so they are neither normalised nor screened beyond NUL. */
const SECRET_FIELDS = new Set(['password', 'currentPassword', 'newPassword']);

interface TextIssue {
  path: string;
  message: string;
}

/**
 * Screens every string (and key) of a request part and returns it with strings in NFC, so the same name typed
 * on two keyboards is the same name. The first bad value is reported with its path.
 */
export function screenText(value: unknown, where: string): unknown {
  const issues: TextIssue[] = [];
  const visit = (v: unknown, path: string[]): unknown => {
    if (typeof v === 'string') {
      const field = path.at(-1) ?? where;
      const secret = SECRET_FIELDS.has(field);
      if (secret ? v.includes('\u0000') : FORBIDDEN_TEXT.test(v)) {
        issues.push({ path: path.join('.') || where, message: '含有不允许的控制字符、不可见字符或双向控制字符' });
        return v;
      }
      return secret ? v : v.normalize('NFC');
    }
    if (Array.isArray(v)) return v.map((item, i) => visit(item, [...path, String(i)]));
    if (v && typeof v === 'object' && !Buffer.isBuffer(v)) {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(v)) {
        if (FORBIDDEN_TEXT.test(key))
          issues.push({ path: [...path, key].join('.'), message: '字段名含有不允许的字符' });
        out[key] = visit(item, [...path, key]);
      }
      return out;
    }
    return v;
  };
  const screened = visit(value, []);
  if (issues.length > 0) {
    const summary = issues
      .slice(0, 5)
      .map((i) => `${i.path}: ${i.message}`)
      .join('；');
    throw new AppError(
      'VALIDATION_FAILED',
      { where, issues: issues.map((i) => ({ ...i, code: 'forbidden_characters' })) },
      {
        zh: `提交的数据不符合要求 — ${summary}`,
        en: `The request data is invalid — ${issues.map((i) => `${i.path}: contains control, invisible or bidirectional-override characters`).join('; ')}`,
      },
    );
  }
  return screened;
}
