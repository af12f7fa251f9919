// The audit trail: one append-only table. Changes are recorded with the same transaction handle as the
// change itself, so either both are stored or neither is.
import type { SQL } from 'drizzle-orm';
import type { Queryable } from '../db/connection.ts';
import { auditLog } from '../db/schema.ts';
import type { AuditAction } from './audit-actions.ts';

export interface AuditEntry {
  action: AuditAction;
  targetType?: string | null;
  targetId?: string | null;
  outcome?: 'success' | 'failure';
  before?: unknown;
  after?: unknown;
  details?: Record<string, unknown> | null;
}

export interface AuditOrigin {
  actorId: string | null;
  actorUsername: string | null;
  ip: string | null;
  requestId: string | null;
}

export async function writeAudit(db: Queryable, origin: AuditOrigin, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values(auditRow(origin, entry));
}

/**
 * The audit row's INSERT as a statement part, for a query that writes it with its own work in one round trip (a
 * data-modifying WITH). It is part of that statement, so it commits or rolls back with it like any other write.
 */
export function auditInsert(db: Queryable, origin: AuditOrigin, entry: AuditEntry): SQL {
  return db.insert(auditLog).values(auditRow(origin, entry)).getSQL();
}

function auditRow(origin: AuditOrigin, entry: AuditEntry): typeof auditLog.$inferInsert {
  return {
    actorId: origin.actorId,
    actorUsername: origin.actorUsername,
    ip: origin.ip,
    requestId: origin.requestId,
    action: entry.action,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    outcome: entry.outcome ?? 'success',
    before: entry.before ?? null,
    after: entry.after ?? null,
    details: entry.details ?? null,
  };
}

/** Before/after snapshots list only what changed, so the trail stays readable and small. */
export function changedFields<T extends Record<string, unknown>>(
  before: T,
  after: Partial<T>,
): { before: Partial<T>; after: Partial<T> } {
  const b: Partial<T> = {};
  const a: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      b[key] = before[key];
      a[key] = after[key];
    }
  }
  return { before: b, after: a };
}
