// The audit administrator's view of who reported a case (RULES §6: the reporter's identity is for the case team and
// the audit administrator). Found by a receipt number; the answer holds the reporter and the case's place and stage,
// never the case itself, and the lookup is recorded against the case.
import { CASE_CHANNEL_LABELS, CASE_STAGE_LABELS, type CaseChannel, type CaseStage } from '@hehu/domain';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { AppError } from '../../platform/errors.ts';
import type { RouteContext } from '../../platform/http.ts';
import type { RouteAccess } from '../../platform/permissions.ts';
import { recordThenFail } from '../../platform/unit-of-work.ts';
import { divisionPaths } from '../divisions/index.ts';
import { rowsOf } from './audit.query.ts';

export const caseReporterBody = z.strictObject({
  receiptNo: z
    .string()
    .trim()
    .regex(/^SB\d{8}\d{1,10}$/, '受理编号格式应为 SB + 日期 + 序号，例如 SB20261201000123'),
});

export const caseReportersView = z.object({
  caseId: z.string(),
  caseReceiptNo: z.string(),
  countyName: z.string(),
  stage: z.string(),
  intakes: z.array(
    z.object({
      receiptNo: z.string(),
      channel: z.string(),
      receivedAt: z.string(),
      reporterName: z.string().nullable(),
      reporterPhone: z.string().nullable(),
      reporterRelation: z.string().nullable(),
      /** The reporting organisation (a school, a hospital …) for a mandatory report. */
      reporterUnit: z.string().nullable(),
      /** The account that filed it, for reports filed in the system. */
      reporterUsername: z.string().nullable(),
      /** The sending system of a 12345 work order. */
      sendingSystem: z.string().nullable(),
    }),
  ),
});

interface ReporterRow {
  case_id: string;
  case_receipt_no: string;
  county_code: string;
  stage: string;
  receipt_no: string;
  channel: string;
  received_at: string | Date;
  reporter_name: string | null;
  reporter_phone: string | null;
  reporter_relation: string | null;
  reporter_unit: string | null;
  reporter_username: string | null;
  api_client: string | null;
}

type Ctx = RouteContext<unknown, unknown, z.infer<typeof caseReporterBody>, RouteAccess>;

const label = <K extends string>(labels: Record<K, { zh: string; en: string }>, key: string, locale: string) => {
  const found = (labels as Record<string, { zh: string; en: string } | undefined>)[key];
  return found ? (locale === 'en' ? found.en : found.zh) : key;
};

export async function lookupCaseReporters(ctx: Ctx): Promise<z.infer<typeof caseReportersView>> {
  const receiptNo = ctx.body.receiptNo;
  const rows = rowsOf<ReporterRow>(await ctx.db.execute(sql`select * from hehu_audit_case_reporters(${receiptNo})`));
  const first = rows[0];
  // A miss is recorded too: the trail shows what the administrator looked for.
  await ctx.audit(ctx.db, {
    action: 'audit.case_reporter_lookup',
    outcome: first ? 'success' : 'failure',
    targetType: 'case',
    targetId: first?.case_id ?? null,
    details: { receiptNo, intakes: rows.length },
  });
  if (!first) recordThenFail(new AppError('CASE_RECEIPT_NOT_FOUND', { field: 'receiptNo', receiptNo }));
  const path = (await divisionPaths(ctx.db, [first.county_code])).get(first.county_code);
  return {
    caseId: first.case_id,
    caseReceiptNo: first.case_receipt_no,
    countyName: path?.map((d) => d.name).join('') || first.county_code,
    stage: label(CASE_STAGE_LABELS as Record<CaseStage, { zh: string; en: string }>, first.stage, ctx.locale),
    intakes: rows.map((r) => ({
      receiptNo: r.receipt_no,
      channel: label(CASE_CHANNEL_LABELS as Record<CaseChannel, { zh: string; en: string }>, r.channel, ctx.locale),
      receivedAt: new Date(r.received_at).toISOString(),
      reporterName: r.reporter_name,
      reporterPhone: r.reporter_phone,
      reporterRelation: r.reporter_relation,
      reporterUnit: r.reporter_unit,
      reporterUsername: r.reporter_username,
      sendingSystem: r.api_client,
    })),
  };
}
