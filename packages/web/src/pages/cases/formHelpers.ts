// Form plumbing shared by the case pages: Enter moves to the next field (a fast, keyboard-only intake), and a
// server refusal goes on the field it names or above the buttons.
import type { KeyboardEvent } from 'react';
import type { FormInstance } from 'antd';
import { ApiError, errorText } from '../../api/client';

const FOCUSABLE = [
  'input:not([type="hidden"]):not([disabled]):not([type="radio"])',
  '.ant-radio-group .ant-radio-wrapper-checked input',
  'textarea:not([disabled])',
  'button[role="switch"]',
  'button[type="submit"]',
].join(', ');

/**
 * Enter in a one-line field moves to the next field instead of sending the form (a select whose list is open
 * keeps Enter to choose; a text area keeps it for a new line, Ctrl+Enter moves on). The send button still sends.
 */
export function enterMovesOn(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
  const target = event.target as HTMLElement;
  if (target.tagName === 'BUTTON' && target.getAttribute('type') === 'submit') return;
  if (target.tagName === 'TEXTAREA' && !event.ctrlKey) return;
  if (target.getAttribute('aria-expanded') === 'true') return;
  if (target.tagName !== 'INPUT' && target.tagName !== 'TEXTAREA' && target.getAttribute('role') !== 'switch') return;
  event.preventDefault();
  const fields = Array.from(event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (el) => el.offsetParent !== null,
  );
  const next = fields[fields.indexOf(target) + 1];
  next?.focus();
}

/** Puts a 400's field message on the form; answers the text to show above the buttons when none could be placed. */
export function placeError<T>(form: FormInstance<T>, error: unknown): string | null {
  if (error instanceof ApiError && error.status === 400) {
    const known = new Set(Object.keys(form.getFieldsValue(true) as object));
    const placed: { name: string; errors: string[] }[] = [];
    if (typeof error.details.field === 'string') placed.push({ name: error.details.field, errors: [error.message] });
    const issues = error.details.issues;
    if (Array.isArray(issues)) {
      for (const issue of issues as { path?: unknown; message?: unknown }[]) {
        if (typeof issue.path === 'string' && typeof issue.message === 'string')
          placed.push({ name: issue.path.split('.').at(-1) ?? issue.path, errors: [issue.message] });
      }
    }
    const fit = placed.filter((p) => known.has(p.name));
    if (fit.length > 0) {
      form.setFields(fit.map((p) => ({ name: p.name as never, errors: p.errors })));
      return null;
    }
  }
  return errorText(error);
}
