import { PageContainer, ProTable } from '@ant-design/pro-components';
import type { ProColumns } from '@ant-design/pro-components';
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { api } from '../../api/client';
import type { AuditEntry, DataResponse } from '../../api/types';
import { useCursorRequest } from '../../api/useCursorRequest';
import { useIsPhone } from '../../hooks/useIsPhone';
import { AuditDiff } from './AuditDiff';
import { ChainStatus } from './ChainStatus';

interface AuditFilters {
  actor?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  outcome?: string;
  from?: string;
  to?: string;
}

const loadActions = async () => {
  const answer = await api.get<DataResponse<{ action: string; label: string }>>('/api/audit/actions');
  return answer.data.map(({ action, label }) => ({ label, value: action }));
};

export default function AuditPage() {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const request = useCursorRequest<AuditEntry>('/api/audit');

  const columns: ProColumns<AuditEntry>[] = [
    {
      title: t('audit.at'),
      dataIndex: 'at',
      width: 160,
      // Pinned so the expanded before/after panel is laid out in the visible width, not the scroll width.
      fixed: 'left',
      search: false,
      render: (_dom, entry) => dayjs(entry.at).format('YYYY-MM-DD HH:mm:ss'),
    },
    {
      title: t('audit.range'),
      dataIndex: 'range',
      valueType: 'dateRange',
      hideInTable: true,
      colSize: phone ? 1 : 1.5,
      // Whole days in the user's time zone, sent as instants.
      search: {
        transform: (value: [string, string]) => ({
          from: dayjs(value[0]).startOf('day').toISOString(),
          to: dayjs(value[1]).endOf('day').toISOString(),
        }),
      },
    },
    {
      title: t('audit.actor'),
      dataIndex: 'actorUsername',
      width: 150,
      search: { transform: (value: string) => ({ actor: value }) },
      // The operator's name, with the account it used (the account is what the trail records).
      render: (_dom, entry) =>
        entry.actorUsername ? (
          <span>
            {entry.actorName ?? entry.actorUsername}
            {entry.actorName ? <Typography.Text type="secondary"> ({entry.actorUsername})</Typography.Text> : null}
          </span>
        ) : (
          '—'
        ),
    },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      valueType: 'select',
      width: 180,
      request: loadActions,
      fieldProps: { showSearch: true },
      render: (_dom, entry) => <span title={entry.action}>{entry.actionLabel}</span>,
    },
    {
      title: t('audit.targetType'),
      dataIndex: 'targetType',
      width: 110,
      render: (_dom, entry) => entry.targetType ?? '—',
    },
    {
      title: t('audit.targetId'),
      dataIndex: 'targetId',
      ellipsis: true,
      render: (_dom, entry) => entry.targetId ?? '—',
    },
    {
      title: t('audit.outcome'),
      dataIndex: 'outcome',
      valueType: 'select',
      width: 80,
      valueEnum: {
        success: { text: t('audit.outcomeValue.success') },
        failure: { text: t('audit.outcomeValue.failure') },
      },
      render: (_dom, entry) => (
        <Tag color={entry.outcome === 'success' ? 'green' : 'red'}>{t(`audit.outcomeValue.${entry.outcome}`)}</Tag>
      ),
    },
    { title: t('audit.ip'), dataIndex: 'ip', width: 120, search: false, render: (_dom, entry) => entry.ip ?? '—' },
  ];

  return (
    <PageContainer title={t('audit.title')} className="hehu-page">
      <ChainStatus />
      <ProTable<AuditEntry, AuditFilters>
        rowKey="id"
        columns={columns}
        request={request}
        search={{
          labelWidth: 'auto',
          defaultCollapsed: true,
          span: phone ? 24 : { xs: 24, sm: 12, md: 12, lg: 8, xl: 8, xxl: 6 },
        }}
        options={false}
        scroll={{ x: 960 }}
        pagination={{ defaultPageSize: 20, showSizeChanger: true, pageSizeOptions: [20, 50, 100] }}
        expandable={{ expandedRowRender: (entry) => <AuditDiff entry={entry} /> }}
      />
    </PageContainer>
  );
}
