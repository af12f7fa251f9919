// An audit row in words: who (name, unit, account), and about what (the child's or account's name, not an id).
import { Typography } from 'antd';
import type { TFunction } from 'i18next';
import type { AuditEntry } from '../../api/types';
import '../../i18n/auditTrail.zh-CN';

export function ActorText({ entry }: { entry: AuditEntry }) {
  if (!entry.actorUsername) return <>—</>;
  return (
    <span data-testid="audit-actor">
      {entry.actorName ?? entry.actorUsername}
      {entry.actorUnit ? <Typography.Text type="secondary">（{entry.actorUnit}）</Typography.Text> : null}
      {entry.actorName ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {' '}
          {entry.actorUsername}
        </Typography.Text>
      ) : null}
    </span>
  );
}

/** Children a row names besides its object: an export's or an import's list, both files of a merge. */
export function namesOtherChildren(entry: AuditEntry): boolean {
  return entry.childCount > 1 || (entry.childCount === 1 && entry.targetId === null);
}

/** "儿童档案 张三", "账号 李四", "涉及儿童 12 人：张三、李四…"; the id only when nothing names it. */
export function objectText(entry: AuditEntry, t: TFunction): string {
  const parts: string[] = [];
  const name = entry.targetName ?? entry.divisionName;
  if (entry.targetTypeLabel) parts.push(entry.targetTypeLabel);
  if (name) parts.push(name);
  else if (entry.targetId && entry.targetType !== 'child') parts.push(entry.targetId);
  if (namesOtherChildren(entry)) {
    const names = entry.children.map((c) => c.name).join('、');
    const more = entry.childCount > entry.children.length ? '…' : '';
    parts.push(`${t('auditTrail.heldChildren', { count: entry.childCount })}${names ? `：${names}${more}` : ''}`);
  }
  return parts.length ? parts.join(' ') : '—';
}
