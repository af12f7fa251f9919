// ID-number checks that look across the whole city. An ID number is free, held in the caller's area (the
// helpful duplicate answer, naming the child the caller can open), or held elsewhere: then one generic answer
// that does not say where. Each "elsewhere" answer is a security event, audited and counted per user per day;
// once the security policy's limit is reached, further checks are refused for the day and the security
// administrator is alerted. Row-level security hides other areas' children, so the city-wide lookup goes
// through a SECURITY DEFINER function (migration 0008) that returns the matching blind indexes only.
import { serviceDate } from '@hehu/domain';
import { and, eq, gte, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/connection.ts';
import { auditLog, children, securityAlerts } from '../../db/schema.ts';
import { scopeCondition, type Actor, type Scope } from '../../platform/access.ts';
import type { AuditEntry } from '../../platform/audit.ts';
import { AppError, errorMessage } from '../../platform/errors.ts';
import type { Permission } from '../../platform/permissions.ts';
import type { SecurityPolicy } from '../../platform/policy.ts';
import { recordThenFail } from '../../platform/unit-of-work.ts';

export const ELSEWHERE_ACTION = 'security.id_number_elsewhere';
export const REFUSED_ACTION = 'security.id_check_refused';
export const ID_CHECK_ALERT = 'id_check_limit';

/** What a check needs from the request: route handlers pass their ctx. */
export interface IdCheckContext {
  actor: Actor;
  services: { policy: { get(): Promise<SecurityPolicy> } };
  scope(permission: Permission): Scope;
  audit(db: Queryable, entry: AuditEntry): Promise<void>;
}

/** One "held elsewhere" answer: the masked number, and the ledger row when it came from a file. */
export interface ElsewhereAnswer {
  idNumberMasked: string;
  row?: number;
}

/**
 * A refusal whose security event must be stored although the request fails. Thrown from anywhere (inside a
 * savepoint too); {@link withIdChecks} at the handler records it once the savepoints have unwound.
 */
export class IdCheckRefusal extends Error {
  constructor(
    readonly error: AppError,
    readonly operation: string,
    readonly answers: readonly ElsewhereAnswer[],
    readonly refused: boolean,
  ) {
    super(error.code);
  }
}

/** The generic answer for an ID number held outside the caller's area. */
export function elsewhereError(field: string): AppError {
  return new AppError('ID_NUMBER_UNAVAILABLE', { field });
}

export const ELSEWHERE_MESSAGE = errorMessage('ID_NUMBER_UNAVAILABLE', 'zh-CN');

function rowsOf<T>(result: unknown): T[] {
  if (typeof result === 'object' && result !== null && 'rows' in result && Array.isArray(result.rows))
    return result.rows as T[];
  throw new Error('unexpected result shape from the database driver');
}

/** Which of these blind indexes a child holds anywhere in the city (indexes only). */
export async function takenIdIndexes(db: Queryable, indexes: readonly string[]): Promise<Set<string>> {
  if (indexes.length === 0) return new Set();
  const result = await db.execute(sql`select hehu_child_id_taken(${sql.param([...indexes])}::text[]) as "index"`);
  return new Set(rowsOf<{ index: string }>(result).map((r) => r.index));
}

export interface IdLocation {
  /** Index → the child holding it, inside the caller's read scope. */
  inScope: Map<string, string>;
  /** Indexes held by a child the caller may not read. */
  elsewhere: Set<string>;
}

/** Where each of these ID numbers is held: in the caller's area, elsewhere, or (absent from both) nowhere. */
export async function locateIdNumbers(db: Queryable, scope: Scope, indexes: readonly string[]): Promise<IdLocation> {
  const taken = await takenIdIndexes(db, indexes);
  const inScope = new Map<string, string>();
  if (taken.size === 0) return { inScope, elsewhere: new Set() };
  const rows = await db
    .select({ id: children.id, index: children.idNumberIndex })
    .from(children)
    .where(
      and(
        sql`${children.idNumberIndex} = any(${sql.param([...taken])}::text[])`,
        scopeCondition(scope, children.divisionCode, children.institutionId),
      ),
    );
  for (const r of rows) if (r.index) inScope.set(r.index, r.id);
  return { inScope, elsewhere: new Set([...taken].filter((i) => !inScope.has(i))) };
}

/** The start of today in Leshan: the daily limit counts from there. */
function startOfServiceDay(now = new Date()): Date {
  return new Date(`${serviceDate(now)}T00:00:00+08:00`);
}

/** "Elsewhere" answers given to this user today. */
export async function elsewhereAnswersToday(db: Queryable, actor: Actor): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`coalesce(sum((${auditLog.details}->>'count')::int), 0)::int` })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.actorUsername, actor.username),
        eq(auditLog.actorId, actor.userId),
        eq(auditLog.action, ELSEWHERE_ACTION),
        gte(auditLog.at, startOfServiceDay()),
      ),
    );
  return row?.n ?? 0;
}

/**
 * How many more "elsewhere" answers this user may get today; refuses the check (recorded) when none.
 * Every check of an ID number against the registry calls this first, whatever its outcome would be: a
 * refused user must not learn even that a number is free.
 */
export async function requireIdChecksLeft(ctx: IdCheckContext, operation: string, db: Queryable): Promise<number> {
  const { idCheckDailyLimit } = await ctx.services.policy.get();
  const left = idCheckDailyLimit - (await elsewhereAnswersToday(db, ctx.actor));
  if (left <= 0)
    throw new IdCheckRefusal(new AppError('ID_CHECK_LIMIT', { limit: idCheckDailyLimit }), operation, [], true);
  return left;
}

/** Audits the answers (one row per request) and raises or updates the day's alert once the limit is reached. */
export async function recordIdCheck(
  ctx: IdCheckContext,
  db: Queryable,
  operation: string,
  answers: readonly ElsewhereAnswer[],
  refused: boolean,
): Promise<void> {
  if (answers.length > 0) {
    await ctx.audit(db, {
      action: ELSEWHERE_ACTION,
      targetType: 'user',
      targetId: ctx.actor.userId,
      outcome: 'failure',
      details: { operation, count: answers.length, answers },
    });
  }
  if (refused) {
    await ctx.audit(db, {
      action: REFUSED_ACTION,
      targetType: 'user',
      targetId: ctx.actor.userId,
      outcome: 'failure',
      details: { operation },
    });
  }
  const { idCheckDailyLimit } = await ctx.services.policy.get();
  const total = await elsewhereAnswersToday(db, ctx.actor);
  if (!refused && total < idCheckDailyLimit) return;
  const now = new Date();
  await db
    .insert(securityAlerts)
    .values({
      kind: ID_CHECK_ALERT,
      userId: ctx.actor.userId,
      username: ctx.actor.username,
      displayName: ctx.actor.displayName,
      day: serviceDate(now),
      events: total,
      refused: refused ? 1 : 0,
      firstAt: now,
      lastAt: now,
    })
    .onConflictDoUpdate({
      target: [securityAlerts.userId, securityAlerts.day, securityAlerts.kind],
      set: {
        events: total,
        refused: sql`${securityAlerts.refused} + ${refused ? 1 : 0}`,
        lastAt: now,
      },
    });
}

/**
 * Runs a handler whose ID-number checks may be refused. A refusal's security event is written once the
 * savepoints have unwound, then the request layer commits it and answers with the error (a plain throw would
 * roll the event back with the request).
 */
export async function withIdChecks<T>(ctx: IdCheckContext & { db: Queryable }, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (!(e instanceof IdCheckRefusal)) throw e;
    await recordIdCheck(ctx, ctx.db, e.operation, e.answers, e.refused);
    return recordThenFail(e.error);
  }
}
