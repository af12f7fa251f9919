// A roll's life: generated as a draft (again and again until it is right), approved by someone other than its
// generator once supervision has nothing blocking and every warning carries a note, locked when the bank file
// has gone. Generating month M needs month M−1 locked. Each step checks the version the user saw.
import { isAllowanceCategory, monthOf, shiftMonth, superviseRoll, type Month } from '@hehu/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/connection.ts';
import { queryRows } from '../../db/raw.ts';
import { allowanceFindings, allowanceRolls, divisions } from '../../db/schema.ts';
import type { Actor } from '../../platform/access.ts';
import { AppError } from '../../platform/errors.ts';
import type { RouteContext } from '../../platform/http.ts';
import { recordThenFail } from '../../platform/unit-of-work.ts';
import type { Permission } from '../../platform/permissions.ts';
import { beneficiariesById, countyBeneficiaries, supervisedChild } from './facts.ts';
import { approvalBlockers, type ApprovalBlocker } from './rolls.approval.ts';
import { factsReadAt } from './rolls.freshness.ts';
import { writeRoll, storeFindings, type GeneratedRoll } from './rolls.generate.ts';
import { allowanceRules, allStandards } from './standards.store.ts';

type Ctx = RouteContext<unknown, unknown, unknown, Permission>;
export type RollRow = typeof allowanceRolls.$inferSelect;

/** A county in the caller's reach for `permission`, else 404 (a county beside the reach does not exist for it). */
export function requireCounty(ctx: Ctx, permission: Permission, countyCode: string): void {
  if (!ctx.scope(permission).prefixes.some((p) => countyCode.startsWith(p))) throw new AppError('NOT_FOUND');
}

async function lockRollRow(tx: Tx, id: string): Promise<RollRow> {
  const [row] = await tx.select().from(allowanceRolls).where(eq(allowanceRolls.id, id)).for('update');
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export async function generateRoll(ctx: Ctx, countyCode: string, month: Month, today: string): Promise<GeneratedRoll> {
  requireCounty(ctx, 'allowances:prepare', countyCode);
  if (month > monthOf(today)) {
    throw AppError.rule('ROLL_MONTH_INVALID', '只能生成本月及以前月份的名册', 'Only the current month or earlier', {
      field: 'month',
    });
  }
  const [county] = await ctx.db
    .select({ level: divisions.level })
    .from(divisions)
    .where(eq(divisions.code, countyCode));
  if (!county) throw new AppError('NOT_FOUND');
  if (county.level !== 'county') {
    throw AppError.rule('ROLL_COUNTY_INVALID', '名册须按县（市、区）生成', 'A roll is generated per county', {
      field: 'countyCode',
    });
  }
  return ctx.transaction(async (tx) => {
    // One generator per county and month at a time; the second waits and then sees the first one's draft.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`allowance-roll:${countyCode}`}))`);
    const earlier = await queryRows<{ month: string; status: string }>(
      tx,
      sql`select to_char(month, 'YYYY-MM') as month, status from allowance_rolls
        where county_code = ${countyCode} and month <= ${`${month}-01`}::date order by month desc limit 2`,
    );
    const same = earlier.find((r) => r.month === month);
    const previous = earlier.find((r) => r.month < month);
    if (same && same.status !== 'draft') {
      throw AppError.conflict(
        'ROLL_NOT_DRAFT',
        '该月名册已审批或锁定，不能重新生成',
        'That roll is approved or locked',
        {
          month,
        },
      );
    }
    if (previous && (previous.month !== shiftMonth(month, -1) || previous.status !== 'locked')) {
      const wanted = shiftMonth(month, -1);
      throw AppError.conflict(
        'ROLL_PREVIOUS_NOT_LOCKED',
        previous.month === wanted ? `${wanted} 名册尚未锁定，不能生成 ${month} 名册` : `请先生成并锁定 ${wanted} 名册`,
        previous.month === wanted
          ? `The ${wanted} roll is not locked yet`
          : `Generate and lock the ${wanted} roll first`,
        { month: wanted },
      );
    }
    if (same)
      await tx.execute(
        sql`delete from allowance_rolls where county_code = ${countyCode} and month = ${`${month}-01`}::date`,
      );
    const readAt = await factsReadAt(tx, today);
    const rules = await allowanceRules(tx);
    const [standards, beneficiaries] = await Promise.all([
      allStandards(tx),
      countyBeneficiaries(tx, countyCode, month, rules.lookbackMonths, today),
    ]);
    const generated = await writeRoll(tx, {
      countyCode,
      month,
      generatedBy: ctx.actor.userId,
      beneficiaries,
      standards,
      rules,
      factsReadAt: readAt,
    });
    await ctx.audit(tx, {
      action: 'allowance.roll.generate',
      targetType: 'roll',
      targetId: generated.rollId,
      details: {
        countyCode,
        month,
        replacedDraft: same !== undefined,
        children: generated.totals.children,
        totalFen: generated.totals.totalFen,
        findings: generated.findings.length,
      },
    });
    return generated;
  });
}

/**
 * Runs the checks again on the stored lines and today's facts; notes on warnings still found are kept, and the
 * roll records when its findings were read (rolls.freshness.ts). The caller holds the roll's row lock.
 */
export async function resupervise(tx: Tx, roll: RollRow, today: string) {
  const readAt = await factsReadAt(tx, today);
  const lines = await queryRows<{
    id: string;
    child_id: string;
    kind: 'base' | 'arrears' | 'retry' | 'recovery';
    month: string;
    category: string | null;
    amount_fen: number;
  }>(
    tx,
    sql`select id, child_id, kind, to_char(for_month, 'YYYY-MM') as month, category, amount_fen
      from allowance_lines where roll_id = ${roll.id}`,
  );
  const childIds = [...new Set(lines.map((l) => l.child_id))];
  const [beneficiaries, standards, rules, noted] = await Promise.all([
    beneficiariesById(tx, childIds, today),
    allStandards(tx),
    allowanceRules(tx),
    tx
      .select({
        check: allowanceFindings.checkCode,
        childId: allowanceFindings.childId,
        note: allowanceFindings.note,
        notedBy: allowanceFindings.notedBy,
        notedAt: allowanceFindings.notedAt,
      })
      .from(allowanceFindings)
      .where(and(eq(allowanceFindings.rollId, roll.id), sql`${allowanceFindings.note} is not null`)),
  ]);
  const children = new Map(
    beneficiaries.map((b) => [
      b.facts.childId,
      supervisedChild({ ...b, facts: { ...b.facts, countyCode: roll.countyCode } }),
    ]),
  );
  const findings = superviseRoll(
    lines.map((l) => ({
      lineId: l.id,
      childId: l.child_id,
      kind: l.kind,
      forMonth: l.month,
      // A line's category is written from the engine's own list; anything else is no category.
      category: l.category !== null && isAllowanceCategory(l.category) ? l.category : null,
      amountFen: l.amount_fen,
    })),
    children,
    standards,
    rules,
  );
  const notes = new Map(
    noted.map((n) => [`${n.check}:${n.childId}`, { note: n.note ?? '', notedBy: n.notedBy, notedAt: n.notedAt }]),
  );
  await storeFindings(tx, roll.id, findings, notes);
  await tx
    .update(allowanceRolls)
    .set({
      findingsSnapshot: readAt.snapshot,
      findingsXact: readAt.xact,
      findingsCheckedOn: readAt.day,
      findingsCheckedAt: new Date(),
    })
    .where(eq(allowanceRolls.id, roll.id));
  return findings.map((f) => ({ ...f, noted: f.severity === 'warning' && notes.has(`${f.check}:${f.childId}`) }));
}

function checkVersion(roll: RollRow, version: number) {
  if (roll.version !== version) {
    throw AppError.conflict('ROLL_CHANGED', '名册已被他人处理，请刷新', 'The roll changed; reload it', {
      version: roll.version,
    });
  }
}

function refusal(blocker: ApprovalBlocker, details?: Record<string, unknown>): AppError {
  return AppError.conflict(blocker.code, blocker.zh, blocker.en, details);
}

/**
 * Approval re-runs the checks on today's facts. A refusal for findings still stores them (the approver then
 * sees what blocks), so it commits the findings and answers with the error.
 */
export async function approveRoll(ctx: Ctx, id: string, version: number, today: string): Promise<RollRow> {
  const outcome = await ctx.transaction(async (tx): Promise<{ refused: AppError } | { approved: RollRow }> => {
    const roll = await lockRollRow(tx, id);
    requireCounty(ctx, 'allowances:approve', roll.countyCode);
    checkVersion(roll, version);
    // The roll page's rule (rolls.approval.ts): first on the roll as it stands, then on today's findings.
    const state = {
      status: roll.status,
      generatedBy: roll.generatedBy,
      blocking: 0,
      unnotedWarnings: 0,
      factChanges: [],
    };
    const [standing] = approvalBlockers(state, ctx.actor.userId);
    if (standing) throw refusal(standing);
    const findings = await resupervise(tx, roll, today);
    const blocking = findings.filter((f) => f.severity === 'blocking');
    const unnoted = findings.filter((f) => f.severity === 'warning' && !f.noted);
    const [found] = approvalBlockers(
      { ...state, blocking: blocking.length, unnotedWarnings: unnoted.length },
      ctx.actor.userId,
    );
    if (found) {
      return {
        refused: refusal(found, {
          blocking: blocking.length,
          unnoted: unnoted.length,
          ...(blocking[0] ? { first: blocking[0].message } : {}),
        }),
      };
    }
    const [balance] = await queryRows<{ unbalanced: number }>(
      tx,
      sql`select count(*)::int as unbalanced from allowance_payments p
        where p.roll_id = ${id} and p.amount_fen <> (select coalesce(sum(l.amount_fen), 0) from allowance_lines l where l.payment_id = p.id)`,
    );
    if ((balance?.unbalanced ?? 0) > 0) {
      throw AppError.conflict(
        'ROLL_UNBALANCED',
        `${balance?.unbalanced ?? 0} 笔银行发放金额与明细合计不符`,
        `${balance?.unbalanced ?? 0} payment(s) differ from their lines`,
        { payments: balance?.unbalanced ?? 0 },
      );
    }
    const [updated] = await tx
      .update(allowanceRolls)
      .set({ status: 'approved', approvedBy: ctx.actor.userId, approvedAt: new Date(), version: roll.version + 1 })
      .where(and(eq(allowanceRolls.id, id), eq(allowanceRolls.version, roll.version)))
      .returning();
    if (!updated) throw new AppError('ROLL_CHANGED');
    await ctx.audit(tx, {
      action: 'allowance.roll.approve',
      targetType: 'roll',
      targetId: id,
      before: { status: roll.status },
      after: { status: 'approved' },
      details: { countyCode: roll.countyCode, month: roll.month.slice(0, 7), warningsNoted: findings.length },
    });
    return { approved: updated };
  });
  if ('refused' in outcome) return recordThenFail(outcome.refused);
  return outcome.approved;
}

/**
 * Checks a draft again on today's facts (重新检查), for whoever prepares or approves the county's rolls: the
 * findings and the snapshot they were read in are replaced, notes on warnings still found kept.
 */
export async function recheckRoll(ctx: Ctx, id: string, version: number, today: string): Promise<void> {
  await ctx.transaction(async (tx) => {
    const roll = await lockRollRow(tx, id);
    const may = (p: Permission) => ctx.scope(p).prefixes.some((prefix) => roll.countyCode.startsWith(prefix));
    if (!may('allowances:prepare') && !may('allowances:approve')) {
      requireCounty(ctx, 'allowances:read', roll.countyCode);
      throw new AppError('FORBIDDEN');
    }
    checkVersion(roll, version);
    if (roll.status !== 'draft') throw new AppError('ROLL_NOT_DRAFT');
    const findings = await resupervise(tx, roll, today);
    await ctx.audit(tx, {
      action: 'allowance.roll.check',
      targetType: 'roll',
      targetId: id,
      details: {
        countyCode: roll.countyCode,
        month: roll.month.slice(0, 7),
        blocking: findings.filter((f) => f.severity === 'blocking').length,
        warnings: findings.filter((f) => f.severity === 'warning').length,
      },
    });
  });
}

export async function lockRoll(ctx: Ctx, id: string, version: number): Promise<RollRow> {
  return ctx.transaction(async (tx) => {
    const roll = await lockRollRow(tx, id);
    requireCounty(ctx, 'allowances:prepare', roll.countyCode);
    checkVersion(roll, version);
    if (roll.status !== 'approved') throw new AppError('ROLL_NOT_APPROVED');
    const [updated] = await tx
      .update(allowanceRolls)
      .set({ status: 'locked', lockedBy: ctx.actor.userId, lockedAt: new Date(), version: roll.version + 1 })
      .where(and(eq(allowanceRolls.id, id), eq(allowanceRolls.version, roll.version)))
      .returning();
    if (!updated) throw new AppError('ROLL_CHANGED');
    await ctx.audit(tx, {
      action: 'allowance.roll.lock',
      targetType: 'roll',
      targetId: id,
      before: { status: roll.status },
      after: { status: 'locked' },
      details: { countyCode: roll.countyCode, month: roll.month.slice(0, 7) },
    });
    return updated;
  });
}

export async function noteFinding(ctx: Ctx, rollId: string, findingId: string, note: string): Promise<void> {
  await ctx.transaction(async (tx) => {
    const roll = await lockRollRow(tx, rollId);
    requireCounty(ctx, 'allowances:prepare', roll.countyCode);
    if (roll.status !== 'draft') throw new AppError('ROLL_NOT_DRAFT');
    const [finding] = await tx
      .select()
      .from(allowanceFindings)
      .where(and(eq(allowanceFindings.id, findingId), eq(allowanceFindings.rollId, rollId)));
    if (!finding) throw new AppError('NOT_FOUND');
    if (finding.severity !== 'warning') throw new AppError('FINDING_NOT_WARNING');
    await tx
      .update(allowanceFindings)
      .set({ note, notedBy: ctx.actor.userId, notedAt: new Date() })
      .where(eq(allowanceFindings.id, findingId));
    await ctx.audit(tx, {
      action: 'allowance.finding.note',
      targetType: 'roll',
      targetId: rollId,
      details: { findingId, check: finding.checkCode, childId: finding.childId, note },
    });
  });
}

export type { Actor };
