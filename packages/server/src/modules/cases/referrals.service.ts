// The partner's side of a referral (一门受理、协同处置): a partner account reads only the referrals sent to its
// unit — the request, the child's name and age, the place — and accepts, declines or answers in the system.
// Anything else (the case, another unit's referral) answers 404.
import { serviceDate } from '@hehu/domain';
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Queryable } from '../../db/connection.ts';
import { caseReferrals, cases, users } from '../../db/schema.ts';
import { partnerUnitsFor, type Actor } from '../../platform/access.ts';
import { AppError } from '../../platform/errors.ts';
import type { RouteContext } from '../../platform/http.ts';
import type { referralView } from './cases.schemas.ts';
import { logLine } from './cases.store.ts';

type Ctx = Pick<RouteContext<unknown, unknown, unknown, 'cases:referral'>, 'db' | 'actor' | 'audit' | 'transaction'>;
type ReferralView = z.infer<typeof referralView>;

async function referralsOf(db: Queryable, actor: Actor, id?: string): Promise<ReferralView[]> {
  const units = partnerUnitsFor(actor, 'cases:referral');
  if (units.length === 0) return [];
  const today = serviceDate();
  const rows = await db
    .select({ f: caseReferrals, c: cases, sentBy: users.displayName })
    .from(caseReferrals)
    .innerJoin(cases, eq(cases.id, caseReferrals.caseId))
    .leftJoin(users, eq(users.id, caseReferrals.createdBy))
    .where(and(inArray(caseReferrals.partnerUnitId, units), id ? eq(caseReferrals.id, id) : undefined))
    .orderBy(
      sql`case ${caseReferrals.status} when 'sent' then 0 when 'accepted' then 1 else 2 end`,
      desc(caseReferrals.createdAt),
    )
    .limit(500);
  return rows.map(({ f, c, sentBy }) => ({
    id: f.id,
    receiptNo: c.receiptNo,
    tier: c.tier,
    childName: c.childName,
    childAge: c.childAge,
    location: c.location,
    request: f.request,
    dueOn: f.dueOn,
    status: f.status,
    response: f.response,
    sentAt: f.createdAt.toISOString(),
    sentBy: sentBy ?? '',
    version: f.version,
    overdue: (f.status === 'sent' || f.status === 'accepted') && f.dueOn < today,
  }));
}

export async function partnerInbox(ctx: Ctx) {
  return { items: await referralsOf(ctx.db, ctx.actor) };
}

export async function partnerReferral(ctx: Ctx, id: string) {
  const [row] = await referralsOf(ctx.db, ctx.actor, id);
  if (!row) throw new AppError('NOT_FOUND');
  await ctx.audit(ctx.db, { action: 'case.referral.read', targetType: 'referral', targetId: id });
  return row;
}

const NEXT = { accept: 'accepted', decline: 'declined', answer: 'answered' } as const;

export async function answerReferral(
  ctx: Ctx,
  id: string,
  input: { decision: 'accept' | 'decline' | 'answer'; text: string; version: number },
) {
  return ctx.transaction(async (tx) => {
    const [current] = await referralsOf(tx, ctx.actor, id);
    if (!current) throw new AppError('NOT_FOUND');
    const open = current.status === 'sent' || (current.status === 'accepted' && input.decision !== 'accept');
    if (!open) throw new AppError('REFERRAL_NOT_OPEN');
    if (input.decision !== 'accept' && input.text.length < 4)
      throw AppError.rule(
        'VALIDATION_FAILED',
        input.decision === 'decline' ? '请写明拒收理由（至少 4 个字）' : '请填写办理结果（至少 4 个字）',
        'Write the reason or the result (at least 4 characters)',
        { field: 'text' },
      );
    const updated = await tx
      .update(caseReferrals)
      .set({
        status: NEXT[input.decision],
        response: input.text || null,
        respondedBy: ctx.actor.userId,
        respondedAt: new Date(),
        version: sql`${caseReferrals.version} + 1`,
      })
      .where(and(eq(caseReferrals.id, id), eq(caseReferrals.version, input.version)))
      .returning({ caseId: caseReferrals.caseId });
    const caseId = updated[0]?.caseId;
    if (!caseId) throw new AppError('CONFLICT');
    // The case owner sees the answer on the case's timeline.
    const unit = ctx.actor.grants.find((g) => g.partnerUnitId)?.partnerUnitName ?? '';
    await logLine(tx, caseId, {
      action: 'referral_answered',
      note: input.text || null,
      data: { referralId: id, decision: input.decision },
      actorId: ctx.actor.userId,
      actorName: `${unit} · ${ctx.actor.displayName}`,
    });
    await ctx.audit(tx, {
      action: 'case.referral.answer',
      targetType: 'referral',
      targetId: id,
      details: { decision: input.decision },
    });
    const [after] = await referralsOf(tx, ctx.actor, id);
    if (!after) throw new AppError('NOT_FOUND');
    return after;
  });
}
