// 转介事项: the partner unit's inbox of matters referred by civil affairs — what is asked, the child's name and age,
// the deadline (overdue in red) and the status; each opens to accept, decline or report the result.
import { Link } from 'react-router-dom';
import { PageContainer } from '@ant-design/pro-components';
import { Card, Empty, Flex, Skeleton, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { RightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useApiGet } from '../../api/useApiGet';
import { LoadProblem } from '../../components/LoadProblem';
import { useIsPhone } from '../../hooks/useIsPhone';
import { ReferralStatusTag, TierTag, useAt } from './caseFormat';
import type { Items, Referral } from './types';
import '../../i18n/cases.zh-CN';

const referralPath = (id: string) => `/referrals/${id}`;

function childText(r: Referral, ageText: (age: number) => string): string {
  return r.childAge === null ? r.childName : `${r.childName} · ${ageText(r.childAge)}`;
}

function DueOn({ referral }: { referral: Referral }) {
  const { t } = useTranslation();
  return (
    <Space size={4}>
      <Typography.Text type={referral.overdue ? 'danger' : undefined}>{referral.dueOn}</Typography.Text>
      {referral.overdue && <Tag color="red">{t('cases.referrals.overdue')}</Tag>}
    </Space>
  );
}

function ReferralCard({ referral }: { referral: Referral }) {
  const { t } = useTranslation();
  const at = useAt();
  return (
    <Card size="small" data-testid="referral-card">
      <Link to={referralPath(referral.id)} style={{ display: 'block', minHeight: 44 }}>
        <Flex justify="space-between" align="center" style={{ minHeight: 44 }} gap={8}>
          <Typography.Text strong style={{ fontSize: 16 }}>
            {referral.receiptNo}
          </Typography.Text>
          <Space size={4}>
            <TierTag tier={referral.tier} />
            <ReferralStatusTag status={referral.status} />
            <RightOutlined style={{ color: '#8c8c8c' }} />
          </Space>
        </Flex>
      </Link>
      <Flex vertical gap={4}>
        <span>{childText(referral, (age) => t('cases.ageValue', { age }))}</span>
        <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
          {referral.request}
        </Typography.Paragraph>
        <Typography.Text type="secondary">
          {referral.sentBy} · {at(referral.sentAt)}
        </Typography.Text>
        <span>
          {t('cases.inbox.dueOn')}：<DueOn referral={referral} />
        </span>
      </Flex>
    </Card>
  );
}

export default function ReferralsPage() {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const at = useAt();
  const list = useApiGet<Items<Referral>>('/api/referrals');
  const rows = list.data?.items ?? [];
  const columns: TableColumnsType<Referral> = [
    {
      title: t('cases.list.receipt'),
      dataIndex: 'receiptNo',
      width: 170,
      render: (receiptNo: string, r) => <Link to={referralPath(r.id)}>{receiptNo}</Link>,
    },
    { title: t('cases.list.tier'), key: 'tier', width: 70, render: (_v, r) => <TierTag tier={r.tier} /> },
    {
      title: t('cases.inbox.child'),
      key: 'child',
      width: 140,
      render: (_v, r) => childText(r, (age) => t('cases.ageValue', { age })),
    },
    { title: t('cases.inbox.request'), dataIndex: 'request', ellipsis: true },
    { title: t('cases.inbox.sentBy'), dataIndex: 'sentBy', width: 100 },
    { title: t('cases.inbox.sentAt'), dataIndex: 'sentAt', width: 150, render: (v: string) => at(v) },
    { title: t('cases.inbox.dueOn'), key: 'due', width: 160, render: (_v, r) => <DueOn referral={r} /> },
    {
      title: t('cases.inbox.status'),
      key: 'status',
      width: 90,
      render: (_v, r) => <ReferralStatusTag status={r.status} />,
    },
  ];
  return (
    <PageContainer
      title={t('cases.inbox.title')}
      className="hehu-page"
      content={<Typography.Text type="secondary">{t('cases.inbox.intro')}</Typography.Text>}
    >
      {list.error !== undefined && !list.data ? (
        <LoadProblem error={list.error} />
      ) : !list.data ? (
        <Skeleton active />
      ) : rows.length === 0 ? (
        <Empty description={t('cases.inbox.empty')} />
      ) : phone ? (
        <Flex vertical gap={8}>
          {rows.map((r) => (
            <ReferralCard key={r.id} referral={r} />
          ))}
        </Flex>
      ) : (
        <Table<Referral>
          rowKey="id"
          data-testid="referrals-table"
          columns={columns}
          dataSource={rows}
          loading={list.loading}
          pagination={false}
          scroll={{ x: 1000 }}
        />
      )}
    </PageContainer>
  );
}
