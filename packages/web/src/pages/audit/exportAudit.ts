// The audit trail with the page's filters as a workbook; the server records the export before sending it.
import type { AuditFilterBody } from '../../api/types';
import { downloadFile } from '../../api/files';
import '../../i18n/audit.zh-CN';

/** Only the filter fields the export takes: ProTable's paging and empty values stay out. */
export function exportBody(filters: Record<string, unknown>): AuditFilterBody {
  const keys = ['actor', 'action', 'targetType', 'targetId', 'childId', 'outcome', 'from', 'to'] as const;
  const body: Record<string, string> = {};
  for (const key of keys) {
    const value = filters[key];
    if (typeof value === 'string' && value !== '') body[key] = value;
  }
  return body;
}

export function exportAudit(filters: Record<string, unknown>): Promise<void> {
  return downloadFile('/api/audit/export', undefined, 'audit.xlsx', { body: exportBody(filters) });
}
