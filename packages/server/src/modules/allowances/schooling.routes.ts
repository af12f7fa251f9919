// Full-time schooling past the last paid age (在读证明): recorded per child with the school and the dates the
// certificate covers, withdrawn (never deleted) when entered in error. The allowance engine pays on for the whole
// months a period covers where the city's rules extend payment (allowance-rules.routes.ts).
import { serviceDate } from '@hehu/domain';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../../db/connection.ts';
import { childSchooling, users } from '../../db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { defineRoute } from '../../platform/http.ts';
import { recordHistory } from '../children/index.ts';
import { isoDate, requireChangeableChild, requireChild } from '../family/index.ts';
import { allowanceRules } from './standards.store.ts';

const uuid = z.uuid('应为 UUID');
const childParams = z.strictObject({ id: uuid });
const periodParams = z.strictObject({ id: uuid, periodId: uuid });

const addBody = z
  .strictObject({
    schoolName: z.string().trim().min(1, '请填写学校名称').max(100, '学校名称最多 100 字'),
    from: isoDate,
    until: isoDate,
    note: z.string().trim().max(300, '备注最多 300 字').optional(),
  })
  .refine((v) => v.until >= v.from, { path: ['until'], error: '在读截止日期不能早于开始日期' });

const withdrawBody = z.strictObject({
  reason: z.string().trim().min(2, '请填写撤销原因（至少 2 字）').max(200, '撤销原因最多 200 字'),
});

const periodView = z.object({
  id: z.string(),
  schoolName: z.string(),
  from: z.string(),
  until: z.string(),
  note: z.string().nullable(),
  recordedAt: z.string(),
  recordedBy: z.string().nullable(),
  withdrawnAt: z.string().nullable(),
  withdrawnReason: z.string().nullable(),
});

const schoolingView = z.object({
  /** The city's policy in words for the page: null when payment ends at 18 whatever the schooling. */
  policy: z.object({ untilAge: z.number(), since: z.string() }).nullable(),
  periods: z.array(periodView),
});

async function periodsOf(db: Queryable, childId: string): Promise<z.infer<typeof periodView>[]> {
  const rows = await db
    .select({ period: childSchooling, by: users.displayName })
    .from(childSchooling)
    .leftJoin(users, eq(users.id, childSchooling.recordedBy))
    .where(eq(childSchooling.childId, childId))
    .orderBy(asc(childSchooling.fromDate), asc(childSchooling.recordedAt));
  return rows.map(({ period: p, by }) => ({
    id: p.id,
    schoolName: p.schoolName,
    from: p.fromDate,
    until: p.untilDate,
    note: p.note,
    recordedAt: p.recordedAt.toISOString(),
    recordedBy: by ?? null,
    withdrawnAt: p.withdrawnAt ? p.withdrawnAt.toISOString() : null,
    withdrawnReason: p.withdrawnReason,
  }));
}

export const schoolingRoutes = [
  defineRoute({
    method: 'GET',
    url: '/api/children/:id/schooling',
    access: 'allowances:read',
    summary: '全日制在读登记（年满 18 周岁后延续发放的依据）Full-time schooling of a child',
    tags: ['allowances'],
    params: childParams,
    response: schoolingView,
    handler: async (ctx) => {
      const child = await requireChild(ctx.db, ctx.scope('allowances:read'), ctx.params.id);
      return { policy: (await allowanceRules(ctx.db)).schooling, periods: await periodsOf(ctx.db, child.id) };
    },
  }),
  defineRoute({
    method: 'POST',
    url: '/api/children/:id/schooling',
    access: 'allowances:prepare',
    status: 201,
    summary: '登记全日制在读证明 Record a full-time schooling certificate',
    tags: ['allowances'],
    params: childParams,
    body: addBody,
    response: schoolingView,
    handler: (ctx) =>
      ctx.transaction(async (tx) => {
        const child = await requireChangeableChild(tx, ctx.scope('allowances:prepare'), ctx.params.id);
        if (ctx.body.from < child.birthDate)
          throw AppError.rule(
            'SCHOOLING_INVALID',
            '在读开始日期不能早于出生日期',
            'Schooling cannot start before birth',
            {
              field: 'from',
            },
          );
        if (ctx.body.from > serviceDate())
          throw AppError.rule(
            'SCHOOLING_INVALID',
            '在读开始日期不能晚于今天：请在开学后凭在读证明登记',
            'Schooling cannot start in the future: record it once the certificate is issued',
            { field: 'from' },
          );
        const [saved] = await tx
          .insert(childSchooling)
          .values({
            childId: child.id,
            schoolName: ctx.body.schoolName,
            fromDate: ctx.body.from,
            untilDate: ctx.body.until,
            note: ctx.body.note || null,
            recordedBy: ctx.actor.userId,
          })
          .returning({ id: childSchooling.id });
        const period = `${ctx.body.schoolName} ${ctx.body.from} 至 ${ctx.body.until}`;
        await recordHistory(tx, ctx.actor, child.id, 'allowance.schooling.add', [
          { field: 'schooling', from: null, to: period },
        ]);
        await ctx.audit(tx, {
          action: 'allowance.schooling.add',
          targetType: 'child',
          targetId: child.id,
          after: { schoolName: ctx.body.schoolName, from: ctx.body.from, until: ctx.body.until },
          details: { periodId: saved?.id ?? null },
        });
        return { policy: (await allowanceRules(tx)).schooling, periods: await periodsOf(tx, child.id) };
      }),
  }),
  defineRoute({
    method: 'POST',
    url: '/api/children/:id/schooling/:periodId/withdraw',
    access: 'allowances:prepare',
    summary: '撤销登记有误的在读证明（保留记录）Withdraw a schooling record entered in error',
    tags: ['allowances'],
    params: periodParams,
    body: withdrawBody,
    response: schoolingView,
    handler: (ctx) =>
      ctx.transaction(async (tx) => {
        const child = await requireChangeableChild(tx, ctx.scope('allowances:prepare'), ctx.params.id);
        // Only a record still standing: a second withdrawal of the same one finds nothing and says so.
        const [withdrawn] = await tx
          .update(childSchooling)
          .set({ withdrawnAt: new Date(), withdrawnBy: ctx.actor.userId, withdrawnReason: ctx.body.reason })
          .where(
            and(
              eq(childSchooling.id, ctx.params.periodId),
              eq(childSchooling.childId, child.id),
              isNull(childSchooling.withdrawnAt),
            ),
          )
          .returning();
        if (!withdrawn) throw new AppError('NOT_FOUND');
        await recordHistory(tx, ctx.actor, child.id, 'allowance.schooling.withdraw', [
          {
            field: 'schooling',
            from: `${withdrawn.schoolName} ${withdrawn.fromDate} 至 ${withdrawn.untilDate}`,
            to: `已撤销：${ctx.body.reason}`,
          },
        ]);
        await ctx.audit(tx, {
          action: 'allowance.schooling.withdraw',
          targetType: 'child',
          targetId: child.id,
          before: { schoolName: withdrawn.schoolName, from: withdrawn.fromDate, until: withdrawn.untilDate },
          details: { periodId: withdrawn.id, reason: ctx.body.reason },
        });
        return { policy: (await allowanceRules(tx)).schooling, periods: await periodsOf(tx, child.id) };
      }),
  }),
];
