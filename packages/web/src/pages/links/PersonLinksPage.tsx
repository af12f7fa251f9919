// 人员关联申请: linking a person another area holds. Incoming requests wait for this area to compare what the
// requester typed with the person recorded here, then confirm or reject; outgoing ones can be withdrawn while
// pending. The requesting side never sees the recorded person before confirmation.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { PageContainer } from '@ant-design/pro-components';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Flex,
  Form,
  Input,
  Segmented,
  Skeleton,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { api } from '../../api/client';
import type { LinkRequest, LinkStatus } from '../../api/registry';
import { useCursorList } from '../../api/useCursorList';
import { FormDialog } from '../../components/FormDialog';
import { LoadProblem } from '../../components/LoadProblem';
import { useIsPhone } from '../../hooks/useIsPhone';
import { LINK_STATUS_COLOUR } from './linkStatus';
import '../../i18n/childTabs.zh-CN';
import '../../i18n/personLinks.zh-CN';

type Direction = 'incoming' | 'outgoing';
type Decision = 'confirm' | 'reject' | 'cancel';
const time = (iso: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—');

export default function PersonLinksPage() {
  const { t } = useTranslation();
  const [direction, setDirection] = useState<Direction>('incoming');
  return (
    <PageContainer title={t('personLinks.title')} className="hehu-page">
      <Alert type="info" showIcon message={t('personLinks.intro')} style={{ marginBottom: 12 }} />
      <Tabs
        activeKey={direction}
        onChange={(key) => setDirection(key === 'outgoing' ? 'outgoing' : 'incoming')}
        items={(['incoming', 'outgoing'] as const).map((d) => ({
          key: d,
          label: t(`personLinks.${d}`),
          children: <LinkList direction={d} />,
        }))}
      />
    </PageContainer>
  );
}

function LinkList({ direction }: { direction: Direction }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const phone = useIsPhone();
  const [status, setStatus] = useState<'pending' | 'all'>(direction === 'incoming' ? 'pending' : 'all');
  const list = useCursorList<LinkRequest>('/api/person-links', { direction, status });
  const [deciding, setDeciding] = useState<{ link: LinkRequest; decision: Decision } | null>(null);

  const typed = (row: LinkRequest) => `${row.typed.name}（${row.typed.idNumberMasked}）`;
  const actions = (row: LinkRequest) => {
    if (row.status !== 'pending') return null;
    const button = (decision: Decision, primary = false) => (
      <Button
        key={decision}
        size={phone ? 'middle' : 'small'}
        type={primary ? 'primary' : 'default'}
        danger={decision !== 'confirm'}
        onClick={() => setDeciding({ link: row, decision })}
      >
        {t(`personLinks.${decision}`)}
      </Button>
    );
    return (
      <Flex gap={8} wrap>
        {direction === 'incoming' ? [button('confirm', true), button('reject')] : button('cancel')}
      </Flex>
    );
  };
  const statusTag = (s: LinkStatus) => <Tag color={LINK_STATUS_COLOUR[s]}>{t(`personLinks.statusValue.${s}`)}</Tag>;
  const childCell = (row: LinkRequest) =>
    // The requesting side opens its own child; the confirming side cannot, so it sees the name and village.
    direction === 'outgoing' ? (
      <Link to={`/children/${row.childId}`}>{row.childName}</Link>
    ) : (
      <span>
        {row.childName}
        <Typography.Text type="secondary"> · {row.divisionName}</Typography.Text>
      </span>
    );

  const columns: TableColumnsType<LinkRequest> = [
    { title: t('personLinks.requestingChild'), key: 'child', width: 200, render: (_v, row) => childCell(row) },
    {
      title: t('personLinks.kind'),
      dataIndex: 'kind',
      width: 100,
      render: (_v, row) => row.relationLabel ?? t(`family.kindValue.${row.kind}`),
    },
    { title: t('personLinks.typed'), key: 'typed', ellipsis: true, render: (_v, row) => typed(row) },
    ...(direction === 'incoming'
      ? [
          {
            title: t('personLinks.recorded'),
            key: 'recorded',
            ellipsis: true,
            render: (_v: unknown, row: LinkRequest) => row.recorded?.name ?? '—',
          },
        ]
      : []),
    { title: t('personLinks.requestedBy'), dataIndex: 'requestedByName', width: 150, ellipsis: true },
    { title: t('personLinks.requestedAt'), dataIndex: 'requestedAt', width: 150, render: time },
    { title: t('personLinks.status'), dataIndex: 'status', width: 90, render: statusTag },
    {
      title: t('personLinks.decision'),
      dataIndex: 'decisionNote',
      ellipsis: true,
      render: (v: string | null, row) => (row.decidedAt ? `${time(row.decidedAt)} ${v ?? ''}` : '—'),
    },
    { title: t('common.actions'), key: 'actions', width: 170, render: (_v, row) => actions(row) },
  ];

  let body;
  if (list.error !== undefined && list.items.length === 0) body = <LoadProblem error={list.error} />;
  else if (list.loading) body = <Skeleton active />;
  else if (list.items.length === 0) body = <Empty description={t('personLinks.empty')} />;
  else if (phone)
    body = (
      <Flex vertical gap={8}>
        {list.items.map((row) => (
          <Card key={row.id} size="small" data-testid="link-card">
            <Flex justify="space-between" align="center" gap={8}>
              <Typography.Text strong style={{ fontSize: 16 }}>
                {childCell(row)}
              </Typography.Text>
              {statusTag(row.status)}
            </Flex>
            <Typography.Paragraph style={{ margin: '4px 0' }} className="hehu-break">
              {row.relationLabel ?? t(`family.kindValue.${row.kind}`)}：{typed(row)}
            </Typography.Paragraph>
            {row.recorded && (
              <Typography.Paragraph type="secondary" style={{ margin: '0 0 4px' }}>
                {t('personLinks.recorded')}：{row.recorded.name}
              </Typography.Paragraph>
            )}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {row.requestedByName} · {time(row.requestedAt)}
            </Typography.Text>
            {row.decisionNote && <Typography.Paragraph type="secondary">{row.decisionNote}</Typography.Paragraph>}
            <div style={{ marginTop: 8 }}>{actions(row)}</div>
          </Card>
        ))}
      </Flex>
    );
  else
    body = (
      <Table<LinkRequest>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.items}
        pagination={false}
        scroll={{ x: 1100 }}
      />
    );

  const title = (d: { link: LinkRequest; decision: Decision }) =>
    t(`personLinks.${d.decision}Title`, { typed: d.link.typed.name, recorded: d.link.recorded?.name ?? '—' });

  return (
    <Flex vertical gap={12}>
      <Segmented
        value={status}
        onChange={(v) => setStatus(v === 'all' ? 'all' : 'pending')}
        options={[
          { value: 'pending', label: t('personLinks.pending') },
          { value: 'all', label: t('personLinks.all') },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      {body}
      {list.hasMore && (
        <Button block loading={list.loadingMore} onClick={() => void list.loadMore()}>
          {t('common.loadMore')}
        </Button>
      )}
      <FormDialog<{ note?: string }>
        open={deciding !== null}
        title={deciding ? title(deciding) : ''}
        okText={deciding ? t(`personLinks.${deciding.decision}`) : undefined}
        danger={deciding?.decision !== 'confirm'}
        onCancel={() => setDeciding(null)}
        onSubmit={async (v) => {
          if (!deciding) return;
          await api.post<LinkRequest>(`/api/person-links/${deciding.link.id}/${deciding.decision}`, {
            note: v.note?.trim() || undefined,
          });
          message.success(t('personLinks.done'));
          setDeciding(null);
          list.reload();
        }}
      >
        {deciding?.decision === 'confirm' && (
          <Typography.Paragraph type="secondary">{t('personLinks.confirmHint')}</Typography.Paragraph>
        )}
        <Form.Item
          name="note"
          label={deciding?.decision === 'reject' ? t('personLinks.rejectNote') : t('personLinks.note')}
          rules={[
            { required: deciding?.decision === 'reject', whitespace: true, message: t('personLinks.rejectNote') },
          ]}
        >
          <Input.TextArea maxLength={200} autoSize={{ minRows: 2 }} />
        </Form.Item>
      </FormDialog>
    </Flex>
  );
}
