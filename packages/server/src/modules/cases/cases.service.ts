// Working a case: the manual actions of the domain's state table, assignment, linking the child's file and
// break-the-glass (help-plan tasks and referrals: cases.plan.ts). Every change appends to the case's log,
// recomputes the stage from it, bumps the version the caller saw (409 when someone else acted first) and writes its
// audit row in the same transaction.
import {
  caseStage,
  refuseCaseAction,
  serviceDate,
  type CaseActionCode,
  type CaseStage,
  type RuleViolation,
} from '@hehu/domain';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../db/connection.ts';
import {
  caseAccessBreaks,
  caseActions,
  caseGuardianships,
  caseIntakes,
  caseMembers,
  cases,
  children,
  grants,
  outbox,
  roles,
  users,
} from '../../db/schema.ts';
import { scopeCondition, type Actor } from '../../platform/access.ts';
import { CASE_ERRORS } from '../../platform/error-catalogue.cases.ts';
import { AppError, type ErrorCode } from '../../platform/errors.ts';
import type { RouteContext } from '../../platform/http.ts';
import type { ActionInput } from './cases.schemas.ts';
import {
  caseAccess,
  caseDetail,
  caseLog,
  closureFacts,
  dutiesOf,
  logLine,
  openCase,
  type CaseAccess,
} from './cases.store.ts';

export type Ctx = Pick<
  RouteContext<unknown, unknown, unknown, 'cases:read'>,
  'db' | 'actor' | 'audit' | 'transaction' | 'scope'
>;

const GLASS_HOURS = 24;

export const scopesOf = (ctx: Ctx) => ({
  read: ctx.scope('cases:read'),
  supervise: ctx.scope('cases:supervise'),
  work: ctx.scope('cases:work'),
});

export async function readCase(ctx: Ctx, id: string) {
  const now = new Date();
  const access = await openCase(ctx.db, ctx.actor, scopesOf(ctx), id, now);
  await ctx.audit(ctx.db, { action: 'case.read', targetType: 'case', targetId: id });
  return caseDetail(ctx.db, ctx.actor, access, now);
}

/** The domain's refusal as the catalogue's code (each has its status there) with the rule's own words. */
function refusal(v: RuleViolation): AppError {
  if (!Object.hasOwn(CASE_ERRORS, v.code)) return new AppError('INTERNAL');
  const args = [v.code as ErrorCode, undefined, { zh: v.message, en: v.messageEn }];
  return new AppError(...(args as unknown as ConstructorParameters<typeof AppError>));
}

/** Appends one line to the log and moves the case to the stage the whole log folds to. */
async function append(
  tx: Tx,
  actor: Actor,
  access: CaseAccess,
  version: number,
  line: { action: CaseActionCode; note?: string | null; data?: Record<string, unknown> },
  changes: Partial<typeof cases.$inferInsert> = {},
): Promise<CaseStage> {
  if (access.record.version !== version) throw new AppError('CASE_CHANGED', { version: access.record.version });
  const log = await caseLog(tx, access.record.id);
  const stage = caseStage([...log.map((l) => ({ action: l.action as CaseActionCode })), { action: line.action }]);
  await tx.insert(caseActions).values({
    caseId: access.record.id,
    seq: (log.at(-1)?.seq ?? 0) + 1,
    action: line.action,
    note: line.note ?? null,
    data: line.data ?? {},
    actorId: actor.userId,
    actorName: actor.displayName,
  });
  const updated = await tx
    .update(cases)
    .set({ ...changes, stage, version: sql`${cases.version} + 1` })
    .where(and(eq(cases.id, access.record.id), eq(cases.version, version)))
    .returning({ id: cases.id });
  if (updated.length === 0) throw new AppError('CASE_CHANGED');
  return stage;
}

export async function reread(ctx: Ctx, tx: Tx, id: string) {
  const now = new Date();
  const access = await openCase(tx, ctx.actor, scopesOf(ctx), id, now);
  return caseDetail(tx, ctx.actor, access, now);
}

/** What a manual action needs beyond the table: its own fields and its side effects. */
async function effects(tx: Tx, ctx: Ctx, access: CaseAccess, input: ActionInput, today: string) {
  const c = access.record;
  const changes: Partial<typeof cases.$inferInsert> = {};
  let data: Record<string, unknown> = {};
  switch (input.action) {
    case 'accept':
      if (!c.ownerId) {
        changes.ownerId = ctx.actor.userId;
        await tx
          .insert(caseMembers)
          .values({ caseId: c.id, userId: ctx.actor.userId, role: 'owner', addedBy: ctx.actor.userId })
          .onConflictDoUpdate({ target: [caseMembers.caseId, caseMembers.userId], set: { role: 'owner' } });
      }
      break;
    case 'verify':
      if (!input.verification)
        throw AppError.rule('VALIDATION_FAILED', '请填写核查情况', 'Give the verification', { field: 'verification' });
      data = { ...input.verification };
      break;
    case 'temporary_guardianship':
      if (!input.temporaryTrigger || !input.placement)
        throw AppError.rule(
          'VALIDATION_FAILED',
          '请选择临时监护的情形和安置方式',
          'Choose the trigger and the placement',
          {
            field: input.temporaryTrigger ? 'placement' : 'temporaryTrigger',
          },
        );
      await tx.insert(caseGuardianships).values({
        caseId: c.id,
        kind: 'temporary',
        trigger: input.temporaryTrigger,
        placement: input.placement,
        placementDetail: input.placementDetail,
        startedOn: today,
        createdBy: ctx.actor.userId,
      });
      changes.guardianship = 'temporary';
      data = { trigger: input.temporaryTrigger, placement: input.placement, placementDetail: input.placementDetail };
      break;
    case 'end_temporary_guardianship':
      await tx
        .update(caseGuardianships)
        .set({ endedOn: today, returnAssessment: input.note })
        .where(
          and(
            eq(caseGuardianships.caseId, c.id),
            eq(caseGuardianships.kind, 'temporary'),
            isNull(caseGuardianships.endedOn),
          ),
        );
      changes.guardianship = null;
      break;
    case 'long_term_guardianship':
      if (!input.longTermTrigger)
        throw AppError.rule('VALIDATION_FAILED', '请选择长期监护的情形', 'Choose the long-term trigger', {
          field: 'longTermTrigger',
        });
      await tx.insert(caseGuardianships).values({
        caseId: c.id,
        kind: 'long_term',
        trigger: input.longTermTrigger,
        placement: 'welfare_institution',
        placementDetail: input.placementDetail,
        startedOn: today,
        createdBy: ctx.actor.userId,
      });
      changes.guardianship = 'long_term';
      data = { trigger: input.longTermTrigger };
      break;
    case 'approve_closure':
      changes.closedAt = new Date();
      break;
    case 'reopen':
      changes.closedAt = null;
      break;
    default:
      break;
  }
  return { changes, data };
}

/**
 * Closure told to every reporter (RULES §6.24): the outcome on each intake; a sending system gets it through
 * the outbox, after commit.
 */
async function tellReporters(tx: Tx, caseId: string, receiptNo: string, outcome: string) {
  const now = new Date();
  const intakes = await tx
    .update(caseIntakes)
    .set({ outcome, toldAt: now })
    .where(eq(caseIntakes.caseId, caseId))
    .returning({
      apiClientId: caseIntakes.apiClientId,
      externalId: caseIntakes.externalId,
      receiptNo: caseIntakes.receiptNo,
    });
  for (const i of intakes) {
    if (!i.apiClientId || !i.externalId) continue;
    await tx.insert(outbox).values({
      topic: 'case.outcome',
      apiClientId: i.apiClientId,
      payload: {
        workOrderNo: i.externalId,
        receiptNo: i.receiptNo,
        caseReceiptNo: receiptNo,
        outcome,
        closedAt: now.toISOString(),
      },
    });
  }
}

export async function actOnCase(ctx: Ctx, id: string, input: ActionInput) {
  return ctx.transaction(async (tx) => {
    const now = new Date();
    const today = serviceDate(now);
    const access = await openCase(tx, ctx.actor, scopesOf(ctx), id, now);
    const facts = await closureFacts(tx, id);
    const violation = refuseCaseAction({
      stage: access.record.stage,
      action: input.action,
      duties: dutiesOf(ctx.actor, access),
      note: input.note,
      ...facts,
      returnAssessed: (input.note ?? '').trim().length >= 10,
    });
    if (violation) throw refusal(violation);
    if (input.action === 'approve_closure') {
      // Four eyes: whoever asked to close does not approve.
      const [asked] = await tx
        .select({ actorId: caseActions.actorId })
        .from(caseActions)
        .where(and(eq(caseActions.caseId, id), eq(caseActions.action, 'request_closure')))
        .orderBy(desc(caseActions.seq))
        .limit(1);
      if (asked?.actorId === ctx.actor.userId) throw new AppError('CASE_SELF_REVIEW');
    }
    const { changes, data } = await effects(tx, ctx, access, input, today);
    const stage = await append(
      tx,
      ctx.actor,
      access,
      input.version,
      { action: input.action, note: input.note, data },
      changes,
    );
    if (input.action === 'approve_closure') {
      const log = await caseLog(tx, id);
      const summary = [...log].reverse().find((l) => l.action === 'request_closure')?.note ?? input.note ?? '';
      await tellReporters(tx, id, access.record.receiptNo, summary || '已办结');
    }
    await ctx.audit(tx, {
      action: 'case.action',
      targetType: 'case',
      targetId: id,
      details: { action: input.action, from: access.record.stage, to: stage },
    });
    return reread(ctx, tx, id);
  });
}

/** Case workers a supervisor may assign: accounts holding cases:work whose scope covers the case. */
export async function assignable(ctx: Ctx, id: string) {
  const access = await openCase(ctx.db, ctx.actor, scopesOf(ctx), id, new Date());
  if (!access.supervise) throw new AppError('CASE_NOT_YOUR_DUTY');
  const c = access.record;
  const rows = await ctx.db
    .selectDistinct({
      userId: users.id,
      name: users.displayName,
      division: grants.divisionCode,
      institution: grants.institutionId,
    })
    .from(grants)
    .innerJoin(roles, eq(roles.code, grants.roleCode))
    .innerJoin(users, eq(users.id, grants.userId))
    .where(
      and(
        sql`'cases:work' = any(${roles.permissions})`,
        eq(users.status, 'active'),
        sql`(${c.divisionCode} ^@ ${grants.divisionCode} or ${grants.institutionId} is not distinct from ${c.institutionId}::uuid and ${grants.institutionId} is not null)`,
      ),
    );
  const seen = new Map<string, { userId: string; name: string; unit: string }>();
  for (const r of rows)
    seen.set(r.userId, {
      userId: r.userId,
      name: r.name,
      unit: r.institution ? '未成年人救助保护机构' : (r.division ?? ''),
    });
  return [...seen.values()];
}

export async function assignCase(ctx: Ctx, id: string, input: { userId: string; version: number }) {
  return ctx.transaction(async (tx) => {
    const access = await openCase(tx, ctx.actor, scopesOf(ctx), id, new Date());
    if (!access.supervise) throw new AppError('CASE_NOT_YOUR_DUTY');
    const candidates = await assignable({ ...ctx, db: tx }, id);
    const chosen = candidates.find((c) => c.userId === input.userId);
    if (!chosen) throw new AppError('CASE_MEMBER_INVALID', { field: 'userId' });
    // One owner at every moment: the previous owner stays on the team as a member.
    await tx
      .update(caseMembers)
      .set({ role: 'member' })
      .where(and(eq(caseMembers.caseId, id), eq(caseMembers.role, 'owner')));
    await tx
      .insert(caseMembers)
      .values({ caseId: id, userId: input.userId, role: 'owner', addedBy: ctx.actor.userId })
      .onConflictDoUpdate({ target: [caseMembers.caseId, caseMembers.userId], set: { role: 'owner' } });
    await append(
      tx,
      ctx.actor,
      access,
      input.version,
      { action: 'assign', data: { userId: chosen.userId, name: chosen.name } },
      { ownerId: input.userId },
    );
    await ctx.audit(tx, {
      action: 'case.assign',
      targetType: 'case',
      targetId: id,
      details: { ownerId: input.userId },
    });
    return reread(ctx, tx, id);
  });
}

/** Links the case to a child file the worker can reach in the registry. */
export async function matchChild(ctx: Ctx, id: string, input: { childId: string; version: number }) {
  return ctx.transaction(async (tx) => {
    const access = await openCase(tx, ctx.actor, scopesOf(ctx), id, new Date());
    if (!dutiesOf(ctx.actor, access).has('work')) throw new AppError('CASE_NOT_YOUR_DUTY');
    const [child] = await tx
      .select({ id: children.id, name: children.name })
      .from(children)
      .where(
        and(
          eq(children.id, input.childId),
          scopeCondition(ctx.scope('children:read'), children.divisionCode, children.institutionId),
        ),
      );
    if (!child) throw new AppError('CASE_CHILD_NOT_FOUND', { field: 'childId' });
    await append(
      tx,
      ctx.actor,
      access,
      input.version,
      { action: 'note', note: `关联儿童档案：${child.name}`, data: { childId: child.id } },
      {
        childId: child.id,
        childName: child.name,
      },
    );
    await ctx.audit(tx, { action: 'case.match', targetType: 'case', targetId: id, details: { childId: child.id } });
    return reread(ctx, tx, id);
  });
}

/** Break the glass: a written reason opens the case for a day; the owner sees who and why. */
export async function breakGlass(ctx: Ctx, id: string, reason: string) {
  return ctx.transaction(async (tx) => {
    const now = new Date();
    const access = await caseAccess(tx, ctx.actor, scopesOf(ctx), id, now);
    if (!access.open) {
      await tx.insert(caseAccessBreaks).values({
        caseId: id,
        userId: ctx.actor.userId,
        reason,
        expiresAt: new Date(now.getTime() + GLASS_HOURS * 3600_000),
      });
      await logLine(tx, id, {
        action: 'break_glass',
        note: reason,
        actorId: ctx.actor.userId,
        actorName: ctx.actor.displayName,
      });
      await ctx.audit(tx, { action: 'case.break_glass', targetType: 'case', targetId: id, details: { reason } });
    }
    return reread(ctx, tx, id);
  });
}
