// Shared by the lifecycle routes: the route context type, 409 rule errors, dates in China's calendar,
// and the row lock that serialises changes to one child's file.
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '../../db/connection.ts';
import { children } from '../../db/schema.ts';
import type { Actor } from '../../platform/access.ts';
import { AppError, type CodeAnswering } from '../../platform/errors.ts';
import type { RouteContext } from '../../platform/http.ts';
import type { RouteAccess } from '../../platform/permissions.ts';
import type { ChildRow } from '../children/index.ts';

export type Ctx = RouteContext<unknown, unknown, unknown, RouteAccess> & { actor: Actor };

export const idParams = z.strictObject({ id: z.uuid('记录编号格式不正确') });
export const noteBody = z.strictObject({ note: z.string().trim().max(500).optional() });

/** A state conflict (409) with its own stable code, the way AppError.rule gives a 400 its own code. */
export function conflict(
  code: CodeAnswering<409>,
  zh: string,
  en: string,
  details?: Record<string, unknown>,
): AppError {
  return AppError.conflict(code, zh, en, details);
}

export const childNotActive = (status: string) =>
  conflict(
    'CHILD_NOT_ACTIVE',
    '档案已终止、转出或归档，不能执行此操作',
    'The file is terminated, transferred or archived; this is not possible',
    { status },
  );

/** 'YYYY-MM' of the month after the date's month (RULES §2.12: termination takes effect then). */
export function monthAfter(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const next = y * 12 + m; // zero-based index of the following month
  return `${String(Math.floor(next / 12)).padStart(4, '0')}-${String((next % 12) + 1).padStart(2, '0')}`;
}

export function lastDayOfMonth(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${date.slice(0, 7)}-${String(last).padStart(2, '0')}`;
}

/**
 * Locks the child's row for the rest of the transaction, so two requests cannot both pass a state check
 * (one pending transfer, not terminated twice). The caller has already checked the scope.
 */
export async function lockChild(tx: Tx, id: string): Promise<ChildRow> {
  const [row] = await tx.select().from(children).where(eq(children.id, id)).for('update');
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}
