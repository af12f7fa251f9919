// A server's 400 on a form with nested fields ("rules.0.interval.count", "scores.schooling.attending"): every
// issue and problem the answer names is set on the field at that path, indexes as numbers.
import type { FormInstance } from 'antd';
import { ApiError } from '../api/client';

const namePath = (path: string) => path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));

/**
 * Sets the answer's field errors on `form` and returns what was caught, for the caller to throw on. `fieldOf`
 * maps a path to the form field that holds it, where the form keeps a value in another shape than the body.
 */
export function placeServerErrors<T>(
  caught: unknown,
  form: FormInstance<T>,
  fieldOf: (path: string) => (string | number)[] = namePath,
): unknown {
  if (!(caught instanceof ApiError)) return caught;
  const placed: { path: string; message: string }[] = [];
  const issues = caught.details.issues;
  if (Array.isArray(issues))
    for (const i of issues as { path?: unknown; message?: unknown }[])
      if (typeof i.path === 'string' && typeof i.message === 'string')
        placed.push({ path: i.path, message: i.message });
  const problems = caught.details.problems;
  if (Array.isArray(problems))
    for (const p of problems as { field?: unknown; message?: unknown }[])
      if (typeof p.field === 'string' && typeof p.message === 'string')
        placed.push({ path: p.field, message: p.message });
  if (placed.length === 0 && typeof caught.details.field === 'string')
    placed.push({ path: caught.details.field, message: caught.message });
  form.setFields(placed.map((p) => ({ name: fieldOf(p.path) as never, errors: [p.message] })));
  return caught;
}
