// What a change to a child's file needs from the request, and the checks every such change starts with.
import type { Queryable, Tx } from '../../db/connection.ts';
import type { Actor, Scope } from '../../platform/access.ts';
import type { AuditEntry } from '../../platform/audit.ts';
import { AppError, type CodeAnswering } from '../../platform/errors.ts';
import type { RequestServices } from '../../platform/http.ts';
import type { Permission } from '../../platform/permissions.ts';
import { getChildRow, type ChildRow } from '../children/index.ts';

/** The part of a route context a change uses; route handlers pass their ctx. */
export interface ChangeContext {
  actor: Actor;
  services: RequestServices;
  scope(permission: Permission): Scope;
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  audit(db: Queryable, entry: AuditEntry): Promise<void>;
}

/** The child within the scope (404 otherwise, whether missing or out of reach). */
export async function requireChild(db: Queryable, scope: Scope, id: string): Promise<ChildRow> {
  const child = await getChildRow(db, scope, id);
  if (!child) throw new AppError('NOT_FOUND');
  return child;
}

/** As requireChild, for a change: an archived file is read-only. */
export async function requireChangeableChild(db: Queryable, scope: Scope, id: string): Promise<ChildRow> {
  const child = await requireChild(db, scope, id);
  if (child.status === 'archived')
    throw AppError.rule('CHILD_ARCHIVED', '档案已归档，不能修改', 'The file is archived and cannot be changed');
  return child;
}

/** A 409 with its own stable code, for a change that contradicts the current state of the file. */
export function conflict(
  code: CodeAnswering<409>,
  zh: string,
  en: string,
  details?: Record<string, unknown>,
): AppError {
  return AppError.conflict(code, zh, en, details);
}

/** A date that must not be before another (400, naming the field). */
export function checkNotBefore(date: string, start: string, field: string, startLabel: { zh: string; en: string }) {
  if (date >= start) return;
  throw AppError.rule(
    'DATE_BEFORE_START',
    `${date} 早于${startLabel.zh} ${start}`,
    `${date} is before the ${startLabel.en} ${start}`,
    { field, min: start },
  );
}
