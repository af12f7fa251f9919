// Where a server error belongs on the child form.
import type { FormInstance } from 'antd';
import { ApiError } from '../../../api/client';
import { CHOICE_FIELDS, TEXT_FIELDS } from './childFormModel';
import type { ChildFormValues } from './childFormModel';

const FORM_FIELDS = new Set<string>([
  'idNumber',
  'birthDate',
  'sex',
  'noIdReason',
  'name',
  'formerNames',
  'divisionCode',
  'currentAddress',
  ...TEXT_FIELDS,
  ...CHOICE_FIELDS,
]);

/**
 * Puts a server error on the field it names (details.field for rule errors, details.issues for
 * validation). Returns false when the error belongs to no field, so the caller shows it otherwise.
 */
export function applyServerError(form: FormInstance<ChildFormValues>, error: unknown): boolean {
  if (!(error instanceof ApiError) || error.status !== 400) return false;
  const placed: { name: keyof ChildFormValues; errors: string[] }[] = [];
  const field = error.details.field;
  if (typeof field === 'string' && FORM_FIELDS.has(field))
    placed.push({ name: field as keyof ChildFormValues, errors: [error.message] });
  const issues = error.details.issues;
  if (Array.isArray(issues)) {
    for (const issue of issues as { path?: unknown; message?: unknown }[]) {
      const path = typeof issue.path === 'string' ? issue.path.split('.')[0] : undefined;
      if (path && FORM_FIELDS.has(path) && typeof issue.message === 'string')
        placed.push({ name: path as keyof ChildFormValues, errors: [issue.message] });
    }
  }
  if (placed.length === 0) return false;
  form.setFields(placed);
  form.scrollToField(placed[0]?.name ?? 'name', { block: 'center' });
  return true;
}
