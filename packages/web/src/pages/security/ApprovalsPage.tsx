// The second administrator's desk (two-person rule): account changes the system administrator asked for wait
// here until the security administrator approves or rejects them. Cards, so the page works on a phone.
import { useState } from 'react';
import { PageContainer } from '@ant-design/pro-components';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  List,
  Popconfirm,
  Segmented,
  Tag,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { api, errorText } from '../../api/client';
import type { AccountRequest, DataResponse, PersonRef } from '../../api/types';
import { useApiGet } from '../../api/useApiGet';
import '../../i18n/accountSecurity.zh-CN';

const STATUS_COLOR = { pending: 'orange', approved: 'green', rejected: 'default' } as const;
const formatTime = (iso: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—');
const who = (person: PersonRef | null) => (person ? `${person.displayName}（${person.username}）` : '—');

export default function ApprovalsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [status, setStatus] = useState<'pending' | 'all'>('pending');
  const { data, error, loading, reload } = useApiGet<DataResponse<AccountRequest>>('/api/security/account-requests', {
    status,
  });
  const [busy, setBusy] = useState<string | null>(null);

  const decide = async (request: AccountRequest, decision: 'approve' | 'reject') => {
    setBusy(request.id);
    try {
      await api.post(`/api/security/account-requests/${request.id}/${decision}`);
      message.success(decision === 'approve' ? t('approvals.approved') : t('approvals.rejected'));
    } catch (caught) {
      message.error(errorText(caught));
    } finally {
      setBusy(null);
      reload();
    }
  };

  const confirm = (request: AccountRequest, decision: 'approve' | 'reject') => (
    <Popconfirm
      key={decision}
      title={t(decision === 'approve' ? 'approvals.approveConfirm' : 'approvals.rejectConfirm', {
        kind: t(`approvals.kind.${request.kind}`),
        name: request.target.displayName,
      })}
      okText={t('common.ok')}
      cancelText={t('common.cancel')}
      onConfirm={() => void decide(request, decision)}
    >
      <Button
        type={decision === 'approve' ? 'primary' : 'default'}
        danger={decision === 'reject'}
        loading={busy === request.id}
        style={{ minHeight: 44, minWidth: 88 }}
      >
        {t(decision === 'approve' ? 'approvals.approve' : 'approvals.reject')}
      </Button>
    </Popconfirm>
  );

  return (
    <PageContainer title={t('approvals.title')} className="hehu-page">
      <Alert type="info" showIcon message={t('approvals.intro')} style={{ marginBottom: 16 }} />
      <Segmented<'pending' | 'all'>
        value={status}
        onChange={setStatus}
        options={[
          { value: 'pending', label: t('approvals.pending') },
          { value: 'all', label: t('approvals.all') },
        ]}
        style={{ marginBottom: 16 }}
      />
      {error !== undefined && <Alert type="error" showIcon message={errorText(error)} style={{ marginBottom: 16 }} />}
      <List<AccountRequest>
        loading={loading}
        dataSource={data?.data ?? []}
        locale={{ emptyText: <Empty description={t('approvals.empty')} /> }}
        grid={{ gutter: 16, xs: 1, sm: 1, md: 2, lg: 2, xl: 3, xxl: 3 }}
        renderItem={(request) => (
          <List.Item>
            <Card
              size="small"
              title={
                <Flex gap={8} align="center" wrap>
                  <Typography.Text strong>{t(`approvals.kind.${request.kind}`)}</Typography.Text>
                  <Tag color={STATUS_COLOR[request.status]}>{t(`approvals.status.${request.status}`)}</Tag>
                </Flex>
              }
            >
              <Descriptions
                size="small"
                column={1}
                items={[
                  { key: 'target', label: t('approvals.target'), children: who(request.target) },
                  { key: 'by', label: t('approvals.requestedBy'), children: who(request.requestedBy) },
                  { key: 'at', label: t('approvals.requestedAt'), children: formatTime(request.requestedAt) },
                  ...(request.decidedBy
                    ? [
                        {
                          key: 'decided',
                          label: t('approvals.decidedBy'),
                          children: `${who(request.decidedBy)} · ${formatTime(request.decidedAt)}`,
                        },
                      ]
                    : []),
                ]}
              />
              {request.status === 'pending' &&
                (request.canDecide ? (
                  <Flex gap={8} justify="flex-end" wrap style={{ marginTop: 12 }}>
                    {confirm(request, 'reject')}
                    {confirm(request, 'approve')}
                  </Flex>
                ) : (
                  <Typography.Text type="secondary">{t('approvals.notYours')}</Typography.Text>
                ))}
            </Card>
          </List.Item>
        )}
      />
    </PageContainer>
  );
}
