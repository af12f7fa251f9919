// The audit trail as a workbook, with the filters of the page: one row per entry, in words, watermarked with the
// exporter and the time like every export.
import { serviceDate } from '@hehu/domain';
import ExcelJS from 'exceljs';
import { desc } from 'drizzle-orm';
import { auditLog } from '../../db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import type { FileReply, RouteContext } from '../../platform/http.ts';
import type { Actor } from '../../platform/access.ts';
import type { RouteAccess } from '../../platform/permissions.ts';
import { auditWhere, nameRows, type AuditFilter, type NamedRow } from './audit.query.ts';

export const AUDIT_EXPORT_LIMIT = 50_000;
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Excel holds at most 32,767 characters in a cell. */
const CELL_LIMIT = 32_000;

type ExportContext = RouteContext<unknown, unknown, AuditFilter, RouteAccess> & { actor: Actor };

function objectText(r: NamedRow): string {
  const parts = [r.targetTypeLabel, r.targetName ?? r.divisionName].filter((p): p is string => Boolean(p));
  if (r.childCount > 0 && r.targetType !== 'child') parts.push(`涉及儿童 ${r.childCount} 人`);
  return parts.join(' ');
}

function json(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = JSON.stringify(value);
  return text.length > CELL_LIMIT ? `${text.slice(0, CELL_LIMIT)}…` : text;
}

async function workbook(rows: readonly NamedRow[], watermark: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = watermark;
  const ws = wb.addWorksheet('审计日志');
  ws.headerFooter.oddHeader = `&C${watermark}`;
  ws.headerFooter.oddFooter = `&C${watermark}  第 &P 页，共 &N 页`;
  ws.mergeCells('A1:N1');
  ws.getCell('A1').value = watermark;
  ws.getCell('A1').font = { color: { argb: 'FF999999' }, italic: true };
  const header = ['序号', '时间', '操作人', '账号', '单位', '操作', '对象', '对象编号', '结果', 'IP 地址', '请求编号'];
  ws.addRow([...header, '变更前', '变更后', '详情']).font = { bold: true };
  rows.forEach((r, i) => {
    ws.addRow([
      i + 1,
      new Date(r.at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }),
      r.actorName ?? r.actorUsername ?? '',
      r.actorUsername ?? '',
      r.actorUnit ?? '',
      r.actionLabel,
      objectText(r),
      r.targetId ?? '',
      r.outcome === 'success' ? '成功' : '失败',
      r.ip ?? '',
      r.requestId ?? '',
      json(r.before),
      json(r.after),
      json(r.details),
    ]);
  });
  ws.columns = [6, 20, 12, 16, 24, 20, 28, 38, 6, 16, 24, 30, 30, 40].map((width) => ({ width }));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The filtered trail, newest first; the export's own row is written in the request's transaction. */
export async function exportAudit(ctx: ExportContext): Promise<FileReply> {
  const filter = ctx.body;
  const rows = await ctx.db
    .select()
    .from(auditLog)
    .where(auditWhere(filter))
    .orderBy(desc(auditLog.id))
    .limit(AUDIT_EXPORT_LIMIT + 1);
  if (rows.length > AUDIT_EXPORT_LIMIT) {
    throw AppError.rule(
      'EXPORT_TOO_LARGE',
      `一次最多导出 ${AUDIT_EXPORT_LIMIT} 条审计记录，请缩小时间范围或增加筛选条件`,
      `At most ${AUDIT_EXPORT_LIMIT} audit rows per export`,
    );
  }
  const named = await nameRows(ctx.db, rows, 'zh-CN', true);
  const now = new Date();
  const stamp = now.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
  const watermark = `导出人：${ctx.actor.displayName}（${ctx.actor.username}） 导出时间：${stamp} 仅限审计工作使用，不得外传`;
  const bytes = await workbook(named, watermark);
  await ctx.audit(ctx.db, { action: 'audit.export', details: { filter, rows: rows.length } });
  const fileName = `审计日志-${serviceDate(now)}.xlsx`;
  return {
    bytes,
    contentType: XLSX_MIME,
    disposition: `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    sandboxed: false,
  };
}
