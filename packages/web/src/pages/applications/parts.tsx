// Shared by the applications pages: the deadline of the waiting step and the status tag.
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicationItem } from '../../api/applications';
import '../../i18n/applications.zh-CN';

export function Deadline({ waiting }: { waiting: ApplicationItem['waiting'] }) {
  const { t } = useTranslation();
  if (waiting === null) return <Typography.Text type="secondary">{t('common.empty')}</Typography.Text>;
  const step = t(`applications.stepValue.${waiting.step}`);
  if (waiting.calendarMissing !== null)
    return (
      <Tag color="orange">{`${step} · ${t('applications.calendarMissing', { year: waiting.calendarMissing })}`}</Tag>
    );
  const left = waiting.workingDaysLeft ?? 0;
  const text = waiting.overdue
    ? t('applications.overdue', { count: -left })
    : t('applications.daysLeft', { count: left });
  return (
    <span data-testid="deadline">
      <Tag color={waiting.overdue ? 'red' : left <= 2 ? 'orange' : 'blue'}>{`${step} · ${text}`}</Tag>
      <Typography.Text type="secondary">{t('applications.dueOn', { date: waiting.due })}</Typography.Text>
    </span>
  );
}

const STATUS_COLOUR: Record<string, string> = {
  draft: 'default',
  intake: 'processing',
  submitted: 'processing',
  verified: 'processing',
  returned: 'warning',
  approved: 'success',
  rejected: 'error',
  withdrawn: 'default',
};

export function StatusTag({ status }: { status: ApplicationItem['status'] }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOUR[status] ?? 'default'}>{t(`applications.statusValue.${status}`)}</Tag>;
}
