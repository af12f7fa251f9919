// My pending approvals and every application in reach: the step each waits on and its working days left, filtered
// by category, status, area and late steps (all in the URL, so the progress board's late counts land here).
import { Link } from 'react-router-dom';
import { PageContainer } from '@ant-design/pro-components';
import { Button, Card, Empty, Flex, Segmented, Skeleton, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { BarChartOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ApplicationItem } from '../../api/applications';
import { useCursorList } from '../../api/useCursorList';
import { LoadProblem } from '../../components/LoadProblem';
import { useIsPhone } from '../../hooks/useIsPhone';
import { CategoryTag } from '../children/childFormat';
import { ApplicationFilters, useApplicationFilters } from './ApplicationFilters';
import { Deadline, StatusTag } from './parts';
import '../../i18n/applications.zh-CN';

export default function ApplicationsPage() {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const { filters, view, update } = useApplicationFilters();
  const list = useCursorList<ApplicationItem>('/api/applications', {
    actionable: view === 'pending' ? 'true' : undefined,
    category: filters.category,
    status: filters.status,
    division: filters.division,
    overdue: filters.overdue ? 'true' : undefined,
  });

  const columns: TableColumnsType<ApplicationItem> = [
    {
      title: t('applications.child'),
      dataIndex: 'childName',
      width: 120,
      render: (_v, row) => <Link to={`/applications/${row.id}`}>{row.childName}</Link>,
    },
    {
      title: t('applications.kind'),
      dataIndex: 'kind',
      width: 80,
      render: (k: ApplicationItem['kind']) => t(`applications.kindValue.${k}`),
    },
    {
      title: t('applications.category'),
      dataIndex: 'category',
      width: 220,
      render: (c: string) => <CategoryTag code={c} />,
    },
    {
      title: t('applications.status'),
      dataIndex: 'status',
      width: 120,
      render: (s: ApplicationItem['status']) => <StatusTag status={s} />,
    },
    {
      title: t('applications.deadline'),
      dataIndex: 'waiting',
      render: (_v, row) => <Deadline waiting={row.waiting} />,
    },
  ];

  let body;
  if (list.error !== undefined && list.items.length === 0) body = <LoadProblem error={list.error} />;
  else if (list.loading) body = <Skeleton active />;
  else if (list.items.length === 0) body = <Empty description={t('applications.empty')} />;
  else if (phone)
    body = list.items.map((row) => (
      <Card key={row.id} size="small" data-testid="application-card">
        <Link to={`/applications/${row.id}`}>
          <Typography.Text strong style={{ fontSize: 16 }}>
            {row.childName}
          </Typography.Text>
        </Link>
        <div style={{ margin: '4px 0' }}>
          <CategoryTag code={row.category} /> <StatusTag status={row.status} />
        </div>
        <Deadline waiting={row.waiting} />
      </Card>
    ));
  else
    body = (
      <Table<ApplicationItem>
        rowKey="id"
        columns={columns}
        dataSource={list.items}
        pagination={false}
        scroll={{ x: 800 }}
      />
    );

  return (
    <PageContainer
      title={t('applications.title')}
      className="hehu-page"
      content={<Typography.Text type="secondary">{t('applications.intro')}</Typography.Text>}
      extra={
        // The link is the control (the button only draws it): as tall as the button, one stop for the keyboard.
        <Link to="/applications/board" data-testid="application-board-link" style={{ display: 'inline-flex' }}>
          <Button icon={<BarChartOutlined />} tabIndex={-1}>
            {t('applications.boardLink')}
          </Button>
        </Link>
      }
    >
      <Flex vertical gap={8}>
        <Segmented
          value={view}
          onChange={(v) => update({ actionable: v === 'all' ? 'false' : 'true' })}
          options={[
            { value: 'pending', label: t('applications.pending') },
            { value: 'all', label: t('applications.all') },
          ]}
          style={{ alignSelf: 'flex-start' }}
        />
        <ApplicationFilters filters={filters} update={update} />
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
