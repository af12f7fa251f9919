// 安全告警: accounts whose ID-number checks reached the daily limit, or that were refused access many times. The
// alert names the account, the kind and the counts; what was asked is in the audit trail (the audit administrator's).
import { useState } from 'react';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, App, Button, Empty, Flex, Segmented, Skeleton, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { api, errorText } from '../../api/client';
import type { SecurityAlert } from '../../api/types';
import { useCursorList } from '../../api/useCursorList';
import { LoadProblem } from '../../components/LoadProblem';
import personLinksZh from '../../i18n/personLinks.zh-CN';
import { hasKey } from '../children/childFormat';

const time = (iso: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—');

export default function AlertsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [status, setStatus] = useState<'open' | 'all'>('open');
  const list = useCursorList<SecurityAlert>('/api/security/alerts', { status });
  const [busy, setBusy] = useState<string | null>(null);

  const acknowledge = async (alert: SecurityAlert) => {
    setBusy(alert.id);
    try {
      await api.post(`/api/security/alerts/${alert.id}/acknowledge`);
      message.success(t('securityAlerts.done'));
      list.reload();
    } catch (caught) {
      message.error(errorText(caught));
    } finally {
      setBusy(null);
    }
  };

  const columns: TableColumnsType<SecurityAlert> = [
    {
      title: t('securityAlerts.account'),
      key: 'account',
      render: (_v, row) => (
        <span>
          {row.displayName} <Typography.Text type="secondary">{row.username}</Typography.Text>
        </span>
      ),
    },
    {
      title: t('securityAlerts.kind'),
      dataIndex: 'kind',
      width: 200,
      render: (kind: string) =>
        hasKey(personLinksZh.securityAlerts.kindValue, kind) ? t(`securityAlerts.kindValue.${kind}`) : kind,
    },
    { title: t('securityAlerts.day'), dataIndex: 'day', width: 120 },
    { title: t('securityAlerts.events'), dataIndex: 'events', width: 90 },
    { title: t('securityAlerts.refused'), dataIndex: 'refused', width: 110 },
    { title: t('securityAlerts.lastAt'), dataIndex: 'lastAt', width: 150, render: time },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 220,
      render: (_v, row) =>
        row.acknowledgedAt ? (
          <Tag color="green">
            {t('securityAlerts.acknowledgedBy', {
              name: row.acknowledgedByName ?? '—',
              time: time(row.acknowledgedAt),
            })}
          </Tag>
        ) : (
          <Button size="small" loading={busy === row.id} onClick={() => void acknowledge(row)}>
            {t('securityAlerts.acknowledge')}
          </Button>
        ),
    },
  ];

  let body;
  if (list.error !== undefined && list.items.length === 0) body = <LoadProblem error={list.error} />;
  else if (list.loading) body = <Skeleton active />;
  else if (list.items.length === 0) body = <Empty description={t('securityAlerts.empty')} />;
  else
    body = (
      <Table<SecurityAlert>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.items}
        pagination={false}
        scroll={{ x: 900 }}
      />
    );

  return (
    <PageContainer title={t('securityAlerts.title')} className="hehu-page">
      <Flex vertical gap={12}>
        <Alert type="info" showIcon message={t('securityAlerts.intro')} />
        <Segmented
          value={status}
          onChange={(v) => setStatus(v === 'all' ? 'all' : 'open')}
          options={[
            { value: 'open', label: t('securityAlerts.open') },
            { value: 'all', label: t('securityAlerts.all') },
          ]}
          style={{ alignSelf: 'flex-start' }}
        />
        {body}
        {list.hasMore && (
          <Button block loading={list.loadingMore} onClick={() => void list.loadMore()}>
            {t('common.loadMore')}
          </Button>
        )}
      </Flex>
    </PageContainer>
  );
}
