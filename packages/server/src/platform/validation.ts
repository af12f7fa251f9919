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
