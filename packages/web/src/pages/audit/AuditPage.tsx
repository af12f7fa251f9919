import { DownloadOutlined } from '@ant-design/icons';
import { PageContainer, ProTable } from '@ant-design/pro-components';
import type { ProColumns } from '@ant-design/pro-components';
import { App, Button, Tag, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import dayjs from 'dayjs';
import { api, errorText } from '../../api/client';
import type { AuditChild, AuditEntry, DataResponse } from '../../api/types';
import { useCursorRequest, type PageParams } from '../../api/useCursorRequest';
import { useIsPhone } from '../../hooks/useIsPhone';
import { AuditDiff } from './AuditDiff';
import { ActorText, objectText } from './auditText';
import { ChainStatus } from './ChainStatus';
import { CaseReporterLookup } from './CaseReporterLookup';
import { ChildLookup } from './ChildLookup';
import { ChildTrail } from './ChildTrail';
import { ExpandButton, TOUCH } from './ExpandButton';
import { exportAudit } from './exportAudit';
import '../../i18n/audit.zh-CN';
import '../../i18n/auditTrail.zh-CN';

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

/** The child whose trail is open, kept in the page's history state (back returns to the whole trail). */
function pickedChild(state: unknown): AuditChild | null {
  if (typeof state !== 'object' || state === null || !('auditChild' in state)) return null;
  return (state as { auditChild: AuditChild | null }).auditChild;
}

export default function AuditPage() {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const { message } = App.useApp();
  const location = useLocation();
  const navigate = useNavigate();
  const child = pickedChild(location.state);
  const load = useCursorRequest<AuditEntry>('/api/audit');
  // The filters of the last search, for the export button.
  const filters = useRef<Record<string, unknown>>({});
  const [exporting, setExporting] = useState(false);
  const request = (params: PageParams & AuditFilters) => {
    const { current: _current, pageSize: _pageSize, ...rest } = params;
    filters.current = { ...rest };
    return load(params);
  };
  const download = async () => {
    setExporting(true);
    try {
      await exportAudit(filters.current);
      message.success(t('auditTrail.exported'));
    } catch (caught) {
      message.error(errorText(caught));
    } finally {
      setExporting(false);
    }
  };

  // On a phone one column holds the row in words, so nothing needs a sideways scroll.
  const summary: ProColumns<AuditEntry> = {
    title: t('audit.title'),
    dataIndex: 'summary',
    search: false,
    render: (_dom, entry) => (
      <div className="hehu-break" data-testid="audit-row-summary">
        <Typography.Text type="secondary">{dayjs(entry.at).format('YYYY-MM-DD HH:mm:ss')}</Typography.Text>
        <div>
          <Typography.Text strong>{entry.actionLabel}</Typography.Text>
          {entry.outcome === 'failure' && (
            <Tag color="red" style={{ marginInlineStart: 8 }}>
              {t('audit.outcomeValue.failure')}
            </Tag>
          )}
        </div>
        <div>
          <ActorText entry={entry} />
        </div>
        <Typography.Text type="secondary">{objectText(entry, t)}</Typography.Text>
      </div>
    ),
  };
  const allColumns: ProColumns<AuditEntry>[] = [
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
      width: 220,
      search: { transform: (value: string) => ({ actor: value }) },
      // The operator's name and unit, with the account it used (the account is what the trail records).
      render: (_dom, entry) => <ActorText entry={entry} />,
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
      hideInTable: true,
    },
    {
      title: t('auditTrail.object'),
      dataIndex: 'object',
      search: false,
      ellipsis: true,
      render: (_dom, entry) => objectText(entry, t),
    },
    {
      title: t('audit.targetId'),
      dataIndex: 'targetId',
      hideInTable: true,
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
  // The filters stay (hidden in the table, shown in the form); the row itself becomes the summary.
  const columns = phone
    ? [summary, ...allColumns.map((c) => ({ ...c, hideInTable: true, fixed: undefined }))]
    : allColumns;

  return (
    <PageContainer title={t('audit.title')} className="hehu-page">
      <ChainStatus />
      {child ? (
        <ChildTrail child={child} onBack={() => void navigate(-1)} />
      ) : (
        <>
          <ChildLookup onPick={(picked) => void navigate(location.pathname, { state: { auditChild: picked } })} />
          <CaseReporterLookup />
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
            toolBarRender={() => [
              <Button
                key="export"
                icon={<DownloadOutlined />}
                loading={exporting}
                onClick={() => void download()}
                style={TOUCH}
                data-testid="audit-export"
              >
                {t('auditTrail.export')}
              </Button>,
            ]}
            scroll={phone ? undefined : { x: 960 }}
            pagination={{ defaultPageSize: 20, showSizeChanger: true, pageSizeOptions: [20, 50, 100] }}
            expandable={{
              expandedRowRender: (entry) => <AuditDiff entry={entry} />,
              columnWidth: 52,
              expandIcon: ({ expanded, record, onExpand }) => (
                <ExpandButton expanded={expanded} record={record} onExpand={onExpand} />
              ),
            }}
          />
        </>
      )}
    </PageContainer>
  );
}
