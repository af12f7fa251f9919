// List conventions shared by every module: ProTable's { data, total, success } and opaque cursors.
import { z } from 'zod';
import { AppError } from './errors.ts';

export const listQuery = {
  limit: z.coerce.number().int().min(1).max(200).default(20),
  cursor: z.string().max(500).optional(),
};

export function listResponse<T extends z.ZodType>(item: T) {
  return z.object({
    data: z.array(item),
    total: z.number().int(),
    success: z.literal(true),
    nextCursor: z.string().nullable(),
  });
}

export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** The key of a cursor over one unique text column (usernames): a tampered cursor is a 400. */
export function textCursor(cursor: string | undefined): string | null {
  const values = decodeCursor(cursor, 1);
  if (!values) return null;
  const [key] = values;
  if (typeof key !== 'string') throw invalidCursor();
  return key;
}

export function decodeCursor(cursor: string | undefined, arity: number): (string | number)[] | null {
  if (!cursor) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (isCursorValues(parsed) && parsed.length === arity) return parsed;
  } catch {
    // fall through to the error below
  }
  throw invalidCursor();
}

/** Strings of a sane length and safe integers: `[1e300]` or a 10 kB string is a tampered cursor. */
function isCursorValues(value: unknown): value is (string | number)[] {
  return (
    Array.isArray(value) &&
    value.every(
      (v: unknown) => (typeof v === 'string' && v.length <= 200) || (typeof v === 'number' && Number.isSafeInteger(v)),
    )
  );
}

function invalidCursor(): AppError {
  return new AppError('CURSOR_INVALID', { field: 'cursor' });
}

/** Text for a LIKE pattern, with its wildcards taken literally (`q=%` must not list everyone). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, '\\$&');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PG_TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}(:?\d{2})?|Z)?$/;

/**
 * A cursor of (sort key, row id) whose values go into SQL casts: a tampered cursor must be a 400,
 * not a failed cast. `key` says what the sort key is.
 */
export function keyedCursor<K extends 'timestamp' | 'number'>(
  cursor: string | undefined,
  key: K,
): [K extends 'number' ? number : string, string] | null {
  const values = decodeCursor(cursor, 2);
  if (!values) return null;
  const [k, id] = values;
  const keyOk =
    key === 'number'
      ? typeof k === 'number' && Number.isInteger(k) && Math.abs(k) < 2 ** 31
      : typeof k === 'string' && PG_TIMESTAMP.test(k);
  if (!keyOk || typeof id !== 'string' || !UUID.test(id)) {
    throw AppError.rule(
      'CURSOR_INVALID',
      '分页游标无效，请从第一页重新查询',
      'Invalid page cursor; start again from the first page',
      {
        field: 'cursor',
      },
    );
  }
  return [k as K extends 'number' ? number : string, id];
}
