// 终止与复核事项: the children whose held category must be ended by a termination application (the 18th birthday this
// month, the schooling extension ended, or a parent's situation changed so the rule check no longer finds the child
// eligible). Nothing ends by itself: each item leads to a termination application, prefilled from the item.
import { Link, useNavigate } from 'react-router-dom';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, Button, Card, Empty, Flex, Skeleton, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TriggerItem, TriggerList } from '../../api/applications';
import { buildUrl } from '../../api/client';
import { useApiGet } from '../../api/useApiGet';
import { useAccess } from '../../auth/access';
import { LoadProblem } from '../../components/LoadProblem';
import { useIsPhone } from '../../hooks/useIsPhone';
import { CategoryTag, useLang } from '../children/childFormat';
import '../../i18n/reverification.zh-CN';

const KIND_COLOUR: Record<TriggerItem['kind'], string> = {
  adulthood: 'blue',
  schooling_ended: 'purple',
  eligibility_lost: 'orange',
  // A fact to confirm first (a term ran out, no release recorded): checked, then terminated or corrected.
  needs_review: 'gold',
};

/** The termination form, filled in from the item. */
export function terminationPath(item: Pick<TriggerItem, 'childId' | 'category' | 'eventDate'>): string {
  return buildUrl('/applications/new', {
    childId: item.childId,
    kind: 'terminate',
    category: item.category,
    eventDate: item.eventDate,
  });
}

function FileButton({ item, block }: { item: TriggerItem; block?: boolean }) {
  const { t } = useTranslation();
  const { can } = useAccess();
  const navigate = useNavigate();
  if (!can('applications:file')) return null;
  return (
    <Button
      type="primary"
      block={block}
      onClick={() => void navigate(terminationPath(item))}
      data-testid="trigger-file"
    >
      {t('triggers.file')}
    </Button>
  );
}

function Reasons({ item }: { item: TriggerItem }) {
  const lang = useLang();
  return (
    <Flex vertical gap={2}>
      {item.reasons.map((r, i) => (
        <Typography.Text key={i} type="secondary" style={{ fontSize: 13 }}>
          {lang === 'en' ? r.en : r.zh}
        </Typography.Text>
      ))}
    </Flex>
  );
}

function KindTag({ item }: { item: TriggerItem }) {
  const lang = useLang();
  return <Tag color={KIND_COLOUR[item.kind]}>{lang === 'en' ? item.kindLabel.en : item.kindLabel.zh}</Tag>;
}

function TriggerCard({ item }: { item: TriggerItem }) {
  const { t } = useTranslation();
  return (
    <Card size="small" data-testid="trigger-card">
      <Flex justify="space-between" align="center" gap={8} wrap style={{ minHeight: 44 }}>
        <Link to={`/children/${item.childId}`} data-testid="trigger-child">
          <Typography.Text strong style={{ fontSize: 16, color: 'inherit' }}>
            {item.childName}
          </Typography.Text>
        </Link>
        <KindTag item={item} />
      </Flex>
      <Typography.Text type="secondary" className="hehu-break" style={{ display: 'block' }}>
        {item.divisionPath}
      </Typography.Text>
      <div style={{ margin: '4px 0' }}>
        <CategoryTag code={item.category} />
        <Typography.Text type="secondary">{t('triggers.since', { date: item.categoryStart })}</Typography.Text>
      </div>
      <div>{t('common.labelValue', { label: t('triggers.eventDate'), value: item.eventDate })}</div>
      <div>{t('common.labelValue', { label: t('triggers.endDate'), value: item.endDate })}</div>
      <div style={{ margin: '4px 0 8px' }}>
        <Reasons item={item} />
      </div>
      <FileButton item={item} block />
    </Card>
  );
}

export default function TriggersPage() {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const { can } = useAccess();
  const list = useApiGet<TriggerList>('/api/applications/triggers');

  const columns: TableColumnsType<TriggerItem> = [
    {
      title: t('triggers.child'),
      dataIndex: 'childName',
      width: 200,
      render: (name: string, row) => (
        <Flex vertical gap={2} align="flex-start">
          <Link to={`/children/${row.childId}`} data-testid="trigger-child">
            {name}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {row.divisionPath}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('triggers.category'),
      dataIndex: 'category',
      width: 170,
      render: (c: string, row) => (
        <Flex vertical gap={2} align="flex-start">
          <CategoryTag code={c} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('triggers.since', { date: row.categoryStart })}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('triggers.kind'), key: 'kind', width: 180, render: (_v, row) => <KindTag item={row} /> },
    {
      title: t('triggers.dates'),
      key: 'dates',
      width: 170,
      render: (_v, row) => (
        <Flex vertical gap={2} style={{ whiteSpace: 'nowrap' }}>
          <span>{t('common.labelValue', { label: t('triggers.eventShort'), value: row.eventDate })}</span>
          <span>{t('common.labelValue', { label: t('triggers.endShort'), value: row.endDate })}</span>
        </Flex>
      ),
    },
    { title: t('triggers.reasons'), key: 'reasons', width: 250, render: (_v, row) => <Reasons item={row} /> },
    ...(can('applications:file')
      ? [
          {
            title: t('common.actions'),
            key: 'file',
            width: 130,
            fixed: 'right' as const,
            render: (_v: unknown, row: TriggerItem) => <FileButton item={row} />,
          },
        ]
      : []),
  ];

  let body;
  if (list.error !== undefined && !list.data) body = <LoadProblem error={list.error} />;
  else if (!list.data) body = <Skeleton active />;
  else if (list.data.items.length === 0)
    body = (
      <Card>
        <Empty description={t('triggers.empty')} data-testid="triggers-empty" />
      </Card>
    );
  else if (phone)
    body = list.data.items.map((item) => <TriggerCard key={`${item.childId}-${item.category}`} item={item} />);
  else
    body = (
      <Table<TriggerItem>
        rowKey={(row) => `${row.childId}-${row.category}`}
        columns={columns}
        dataSource={list.data.items}
        pagination={list.data.items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        scroll={{ x: 1100 }}
        data-testid="triggers-table"
      />
    );

  return (
    <PageContainer
      title={t('triggers.title')}
      className="hehu-page"
      content={<Typography.Text type="secondary">{t('triggers.intro')}</Typography.Text>}
    >
      <Flex vertical gap={8}>
        {list.data?.truncated && <Alert type="warning" showIcon message={t('triggers.truncated')} />}
        {body}
      </Flex>
    </PageContainer>
  );
}
