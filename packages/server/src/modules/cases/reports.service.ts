// The reporter's own reports: received or handled, the outcome told (RULES §6.24), and a satisfaction score —
// never the case. Row-level security lets a reporter read only the intakes it filed.
import { and, desc, eq, isNotNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { Queryable } from '../../db/connection.ts';
import { caseIntakes } from '../../db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import type { RouteContext } from '../../platform/http.ts';
import type { myReportView } from './cases.schemas.ts';

type Ctx = Pick<RouteContext<unknown, unknown, unknown, 'cases:report'>, 'db' | 'actor' | 'audit' | 'transaction'>;
type MyReport = z.infer<typeof myReportView>;

async function reportsOf(db: Queryable, userId: string, id?: string): Promise<MyReport[]> {
  const rows = await db
    .select({ i: caseIntakes })
    .from(caseIntakes)
    .where(and(eq(caseIntakes.reporterUserId, userId), id ? eq(caseIntakes.id, id) : undefined))
    .orderBy(desc(caseIntakes.receivedAt))
    .limit(200);
  return rows.map(({ i }) => ({
    id: i.id,
    receiptNo: i.receiptNo,
    trigger: i.trigger as MyReport['trigger'],
    childName: i.childName,
    receivedAt: i.receivedAt.toISOString(),
    status: i.toldAt ? 'handled' : 'received',
    outcome: i.toldAt ? i.outcome : null,
    toldAt: i.toldAt?.toISOString() ?? null,
    satisfaction: i.satisfaction,
  }));
}

export async function myReports(ctx: Ctx) {
  return { items: await reportsOf(ctx.db, ctx.actor.userId) };
}

export async function rateReport(ctx: Ctx, id: string, score: number) {
  return ctx.transaction(async (tx) => {
    const [report] = await reportsOf(tx, ctx.actor.userId, id);
    if (!report) throw new AppError('NOT_FOUND');
    if (report.status !== 'handled')
      throw AppError.conflict('CONFLICT', '报告办结后才能评价', 'A report is rated once it is handled');
    await tx
      .update(caseIntakes)
      .set({ satisfaction: score })
      .where(
        and(eq(caseIntakes.id, id), eq(caseIntakes.reporterUserId, ctx.actor.userId), isNotNull(caseIntakes.toldAt)),
      );
    await ctx.audit(tx, { action: 'case.report.satisfaction', targetType: 'intake', targetId: id, details: { score } });
    const [after] = await reportsOf(tx, ctx.actor.userId, id);
    if (!after) throw new AppError('NOT_FOUND');
    return after;
  });
}
