// Recording a risk assessment: scored under the instrument in force on its date, stored with that version and
// its answers, and acted on in the same transaction: 监护缺失 opens a protection referral (the county's
// notification) and files a discovery case for it in the minor-protection module at once, so nobody has to
// remember to report it.
import { RISK_EFFECTS, ageOn, droppedTwoLevels, scoreAssessment } from '@hehu/domain';
import { and, desc, eq, lte } from 'drizzle-orm';
import type { Queryable } from '../../db/connection.ts';
import { protectionReferrals, riskAssessments } from '../../db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { fileDiscovery } from '../cases/index.ts';
import { requireChangeableChild, type ChangeContext } from '../family/index.ts';
import { instrumentOn } from './risk.instrument.ts';
import type { AssessInput, AssessmentView } from './risk.schemas.ts';

type AssessmentRow = typeof riskAssessments.$inferSelect;

export function toAssessmentView(row: AssessmentRow, referralId: string | null, replayed: boolean): AssessmentView {
  return {
    id: row.id,
    childId: row.childId,
    assessedOn: row.assessedOn,
    instrumentVersion: row.instrumentVersion,
    answers: row.answers,
    total: row.total,
    byArea: row.byArea,
    redFlags: row.redFlags,
    level: row.level,
    previousLevel: row.previousLevel,
    droppedTwoLevels: row.previousLevel !== null && droppedTwoLevels(row.previousLevel, row.level),
    referralId,
    note: row.note,
    assessorName: row.assessorName,
    replayed,
  };
}

async function referralOf(db: Queryable, assessmentId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: protectionReferrals.id })
    .from(protectionReferrals)
    .where(eq(protectionReferrals.assessmentId, assessmentId))
    .limit(1);
  return row?.id ?? null;
}

export async function assessChild(
  ctx: ChangeContext,
  childId: string,
  input: AssessInput,
  today: string,
): Promise<AssessmentView> {
  const scope = ctx.scope('visits:record');
  return ctx.transaction(async (tx) => {
    const child = await requireChangeableChild(tx, scope, childId);
    if (input.assessedOn > today)
      throw AppError.rule(
        'RISK_DATE_FUTURE',
        `评估日期（assessedOn）${input.assessedOn} 晚于今天 ${today}`,
        `The assessment date (assessedOn) ${input.assessedOn} is after today, ${today}`,
        { field: 'assessedOn', max: today },
      );
    if (input.assessedOn < child.birthDate)
      throw AppError.rule(
        'RISK_DATE_BEFORE_BIRTH',
        `评估日期（assessedOn）${input.assessedOn} 早于儿童出生日期 ${child.birthDate}`,
        `The assessment date (assessedOn) ${input.assessedOn} is before the birth date ${child.birthDate}`,
        { field: 'assessedOn', min: child.birthDate },
      );
    const [earlier] = await tx.select().from(riskAssessments).where(eq(riskAssessments.id, input.id)).limit(1);
    if (earlier) {
      if (earlier.childId !== child.id) throw new AppError('RISK_ID_TAKEN', { field: 'id' });
      return toAssessmentView(earlier, await referralOf(tx, earlier.id), true);
    }
    const instrument = await instrumentOn(tx, input.assessedOn);
    const score = scoreAssessment(instrument, input.answers);
    if (!score.ok) {
      const [first] = score.problems;
      throw AppError.rule(
        'RISK_ANSWERS_INCOMPLETE',
        score.problems.length === 1 ? (first?.zh ?? '') : `${first?.zh ?? ''}（共 ${score.problems.length} 项需补正）`,
        score.problems.length === 1 ? (first?.en ?? '') : `${first?.en ?? ''} (${score.problems.length} items in all)`,
        { field: `answers.${first?.item ?? ''}`, items: score.problems.map((p) => p.item) },
      );
    }
    // The level before this one: the latest assessment on or before its date.
    const [previous] = await tx
      .select({ level: riskAssessments.level })
      .from(riskAssessments)
      .where(and(eq(riskAssessments.childId, child.id), lte(riskAssessments.assessedOn, input.assessedOn)))
      .orderBy(desc(riskAssessments.assessedOn), desc(riskAssessments.createdAt))
      .limit(1);
    const [row] = await tx
      .insert(riskAssessments)
      .values({
        id: input.id,
        childId: child.id,
        assessedOn: input.assessedOn,
        instrumentVersion: instrument.version,
        answers: input.answers,
        total: score.total,
        byArea: score.byArea,
        redFlags: score.redFlags,
        level: score.level,
        previousLevel: previous?.level ?? null,
        note: input.note,
        assessorId: ctx.actor.userId,
        assessorName: ctx.actor.displayName,
      })
      // A resend racing the first (the first not yet committed when this one looked): the insert waits for it
      // and then finds the id taken, so this answer is the first's assessment, never a second one or a 500.
      .onConflictDoNothing({ target: riskAssessments.id })
      .returning();
    if (!row) {
      const [first] = await tx.select().from(riskAssessments).where(eq(riskAssessments.id, input.id)).limit(1);
      if (first?.childId !== child.id) throw new AppError('RISK_ID_TAKEN', { field: 'id' });
      return toAssessmentView(first, await referralOf(tx, first.id), true);
    }
    let referralId: string | null = null;
    if (RISK_EFFECTS[row.level].openProtectionReferral) {
      const [opened] = await tx
        .insert(protectionReferrals)
        .values({
          childId: child.id,
          source: 'risk_assessment',
          assessmentId: row.id,
          openedOn: today,
          reason: `监护风险评估为监护缺失（${instrument.version}，总分 ${score.total}）`,
          createdBy: ctx.actor.userId,
        })
        .onConflictDoNothing()
        .returning({ id: protectionReferrals.id });
      referralId = opened?.id ?? null;
      if (opened) {
        // Red flags (a child alone, hurt, or without food) make it urgent: an hour to respond, not days.
        const receipt = await fileDiscovery(
          tx,
          ctx.services.config.city,
          { userId: ctx.actor.userId, name: ctx.actor.displayName },
          {
            childId: child.id,
            childName: child.name,
            childSex: child.sex === 'F' ? 'female' : 'male',
            childAge: Math.min(17, Math.max(0, ageOn(child.birthDate, today))),
            divisionCode: child.divisionCode,
            summary: `监护风险评估为监护缺失（${instrument.version}，总分 ${score.total}，评估日期 ${input.assessedOn}）${
              input.note ? `：${input.note}` : ''
            }`,
            urgent: score.redFlags.length > 0,
          },
        );
        await tx
          .update(protectionReferrals)
          .set({ caseId: receipt.caseId })
          .where(eq(protectionReferrals.id, opened.id));
        await ctx.audit(tx, {
          action: 'protection.referral.open',
          targetType: 'child',
          targetId: child.id,
          details: { referralId: opened.id, assessmentId: row.id, receiptNo: receipt.receiptNo },
        });
        await ctx.audit(tx, {
          action: 'case.intake',
          targetType: 'case',
          targetId: receipt.caseId,
          details: { receiptNo: receipt.receiptNo, channel: 'discovery', tier: receipt.tier, childId: child.id },
        });
      }
    }
    await ctx.audit(tx, {
      action: 'risk.assess',
      targetType: 'child',
      targetId: child.id,
      details: {
        assessmentId: row.id,
        level: row.level,
        previousLevel: row.previousLevel,
        total: row.total,
        instrumentVersion: row.instrumentVersion,
        referralId,
      },
    });
    return toAssessmentView(row, referralId, false);
  });
}

export async function assessmentsOf(db: Queryable, childId: string): Promise<AssessmentView[]> {
  const rows = await db
    .select()
    .from(riskAssessments)
    .where(eq(riskAssessments.childId, childId))
    .orderBy(desc(riskAssessments.assessedOn), desc(riskAssessments.createdAt));
  const referrals = await db
    .select({ id: protectionReferrals.id, assessmentId: protectionReferrals.assessmentId })
    .from(protectionReferrals)
    .where(eq(protectionReferrals.childId, childId));
  return rows.map((r) => toAssessmentView(r, referrals.find((x) => x.assessmentId === r.id)?.id ?? null, false));
}
