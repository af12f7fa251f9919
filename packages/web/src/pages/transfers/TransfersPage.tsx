// 转移申请: files moving between villages. Incoming requests wait for this side to accept or reject;
// outgoing ones can be withdrawn while pending. The child's area changes only on acceptance.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { PageContainer } from '@ant-design/pro-components';
import { App, Button, Card, Empty, Flex, Form, Input, Segmented, Skeleton, Table, Tabs, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { api } from '../../api/client';
import type { Transfer, TransferStatus } from '../../api/registry';
import { useCursorList } from '../../api/useCursorList';
import { useAccess } from '../../auth/access';
import { ExportButton } from '../../components/ExportButton';
import { FormDialog } from '../../components/FormDialog';
import { LoadProblem } from '../../components/LoadProblem';
import { useIsPhone } from '../../hooks/useIsPhone';
import '../../i18n/childFile.zh-CN';
import '../../i18n/childTabs.zh-CN';
import '../../i18n/registryPages.zh-CN';

type Direction = 'incoming' | 'outgoing';
type Decision = 'accept' | 'reject' | 'cancel';
const STATUS_COLOUR: Record<TransferStatus, string> = {
  pending: 'orange',
  accepted: 'green',
  rejected: 'red',
  cancelled: 'default',
};
const time = (iso: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—');

export default function TransfersPage() {
  const { t } = useTranslation();
  const [direction, setDirection] = useState<Direction>('incoming');
  return (
    <PageContainer title={t('transfers.title')} className="hehu-page">
      <Tabs
        activeKey={direction}
        onChange={(key) => setDirection(key === 'outgoing' ? 'outgoing' : 'incoming')}
        items={(['incoming', 'outgoing'] as const).map((d) => ({
          key: d,
          label: t(`transfers.${d}`),
          children: <TransferList direction={d} />,
        }))}
      />
    </PageContainer>
  );
}

function TransferList({ direction }: { direction: Direction }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = useAccess();
  const phone = useIsPhone();
  // Incoming is the work list of what waits here; outgoing can also show how earlier requests ended.
  const [status, setStatus] = useState<'pending' | 'all'>(direction === 'incoming' ? 'pending' : 'all');
  const list = useCursorList<Transfer>('/api/transfers', {
    direction,
    status,
  });
  const [deciding, setDeciding] = useState<{ transfer: Transfer; decision: Decision } | null>(null);

  const actions = (row: Transfer) => {
    if (row.status !== 'pending') return null;
    const button = (decision: Decision, primary = false) => (
      <Button
        key={decision}
        size={phone ? 'middle' : 'small'}
        type={primary ? 'primary' : 'default'}
        danger={decision !== 'accept'}
        onClick={() => setDeciding({ transfer: row, decision })}
      >
        {t(`transfers.${decision}`)}
      </Button>
    );
    return (
      <Flex gap={8} wrap>
        {direction === 'incoming' ? [button('accept', true), button('reject')] : button('cancel')}
      </Flex>
    );
  };

  const columns: TableColumnsType<Transfer> = [
    {
      title: t('transfers.child'),
      dataIndex: 'childName',
      width: 110,
      render: (_v, row) => <Link to={`/children/${row.childId}`}>{row.childName}</Link>,
    },
    { title: t('transfers.from'), dataIndex: 'fromDivisionName', ellipsis: true },
    { title: t('transfers.to'), dataIndex: 'toDivisionName', ellipsis: true },
    { title: t('transfers.reason'), dataIndex: 'reason', ellipsis: true },
    {
      title: t('transfers.status'),
      dataIndex: 'status',
      width: 90,
      render: (s: TransferStatus) => <Tag color={STATUS_COLOUR[s]}>{t(`transfers.statusValue.${s}`)}</Tag>,
    },
    { title: t('transfers.requestedAt'), dataIndex: 'requestedAt', width: 150, render: time },
    {
      title: t('transfers.decisionNote'),
      dataIndex: 'decisionNote',
      ellipsis: true,
      render: (v: string | null, row) => (row.decidedAt ? `${time(row.decidedAt)} ${v ?? ''}` : '—'),
    },
    { title: t('common.actions'), key: 'actions', width: 150, render: (_v, row) => actions(row) },
  ];

  let body;
  if (list.error !== undefined && list.items.length === 0) body = <LoadProblem error={list.error} />;
  else if (list.loading) body = <Skeleton active />;
  else if (list.items.length === 0) body = <Empty description={t('transfers.empty')} />;
  else if (phone)
    body = (
      <Flex vertical gap={8}>
        {list.items.map((row) => (
          <Card key={row.id} size="small" data-testid="transfer-card">
            <Flex justify="space-between" align="center" gap={8}>
              <Link to={`/children/${row.childId}`}>
                <Typography.Text strong style={{ fontSize: 16 }}>
                  {row.childName}
                </Typography.Text>
              </Link>
              <Tag color={STATUS_COLOUR[row.status]}>{t(`transfers.statusValue.${row.status}`)}</Tag>
            </Flex>
            <Typography.Paragraph type="secondary" style={{ margin: '4px 0' }} className="hehu-break">
              {row.fromDivisionName} {t('history.arrow')} {row.toDivisionName}
            </Typography.Paragraph>
            <Typography.Paragraph style={{ margin: '0 0 4px' }}>{row.reason}</Typography.Paragraph>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {time(row.requestedAt)}
            </Typography.Text>
            {row.decisionNote && <Typography.Paragraph type="secondary">{row.decisionNote}</Typography.Paragraph>}
            <div style={{ marginTop: 8 }}>{actions(row)}</div>
          </Card>
        ))}
      </Flex>
    );
  else
    body = (
      <Table<Transfer>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.items}
        pagination={false}
        scroll={{ x: 1000 }}
      />
    );

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap justify="space-between">
        {direction === 'outgoing' ? (
          <Segmented
            value={status}
            onChange={(v) => setStatus(v === 'all' ? 'all' : 'pending')}
            options={[
              { value: 'pending', label: t('transfers.statusValue.pending') },
              { value: 'all', label: t('childList.any') },
            ]}
          />
        ) : (
          <span />
        )}
        {can('children:export') && (
          <ExportButton
            path="/api/transfers/export"
            query={{ direction, status }}
            fallbackName="transfers.xlsx"
            testId={`transfers-export-${direction}`}
          />
        )}
      </Flex>
      {body}
      {list.hasMore && (
        <Button block loading={list.loadingMore} onClick={() => void list.loadMore()}>
          {t('common.loadMore')}
        </Button>
      )}
      <FormDialog<{ note?: string }>
        open={deciding !== null}
        title={deciding ? t(`transfers.${deciding.decision}Title`, { name: deciding.transfer.childName }) : ''}
        okText={deciding ? t(`transfers.${deciding.decision}`) : undefined}
        danger={deciding?.decision !== 'accept'}
        onCancel={() => setDeciding(null)}
        onSubmit={async (v) => {
          if (!deciding) return;
          await api.post<Transfer>(`/api/transfers/${deciding.transfer.id}/${deciding.decision}`, {
            note: v.note?.trim() || undefined,
          });
          message.success(t('transfers.done'));
          setDeciding(null);
          list.reload();
        }}
      >
        <Form.Item
          name="note"
          label={deciding?.decision === 'reject' ? t('transfers.rejectNote') : t('transfers.note')}
          rules={[{ required: deciding?.decision === 'reject', whitespace: true, message: t('transfers.rejectNote') }]}
        >
          <Input.TextArea maxLength={200} autoSize={{ minRows: 2 }} />
        </Form.Item>
      </FormDialog>
    </Flex>
  );
}
