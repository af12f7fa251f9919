// 个案: the one queue of cases in the user's area — open ones by default or one stage, by tier, overdue only, mine
// only. A case the user is not on the team of shows no child's name. Overdue deadlines are red; cards on a phone.
import { Link, useSearchParams } from 'react-router-dom';
import { PageContainer } from '@ant-design/pro-components';
import { Badge, Card, Checkbox, Empty, Flex, Pagination, Select, Skeleton, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { RightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { CASE_STAGES, CASE_TIERS } from '@hehu/domain';
import { useApiGet } from '../../api/useApiGet';
import { LoadProblem } from '../../components/LoadProblem';
import { useIsPhone } from '../../hooks/useIsPhone';
import { Due, StageTag, TierTag, useAt, useCaseLabels } from './caseFormat';
import type { CaseList, CaseRow } from './types';
import '../../i18n/cases.zh-CN';

const PAGE_SIZE = 50;
const casePath = (id: string) => `/cases/${id}`;

function ChildName({ row }: { row: CaseRow }) {
  const { t } = useTranslation();
  return row.open ? (
    <span>{row.childName}</span>
  ) : (
    <Typography.Text type="secondary" data-testid="case-hidden">
      {t('cases.hidden')}
    </Typography.Text>
  );
}

function CaseCard({ row }: { row: CaseRow }) {
  const { t } = useTranslation();
  const at = useAt();
  return (
    <Card size="small" data-testid="case-card">
      <Link to={casePath(row.id)} style={{ display: 'block', minHeight: 44 }}>
        <Flex justify="space-between" align="center" style={{ minHeight: 44 }} gap={8}>
          <Typography.Text strong style={{ fontSize: 16 }}>
            {row.receiptNo}
          </Typography.Text>
          <Space size={4}>
            <TierTag tier={row.tier} />
            <RightOutlined style={{ color: '#8c8c8c' }} />
          </Space>
        </Flex>
      </Link>
      <Flex vertical gap={4}>
        <Flex justify="space-between" wrap gap={8}>
          <ChildName row={row} />
          <StageTag stage={row.stage} />
        </Flex>
        <Typography.Text type="secondary">
          {row.divisionName} · {at(row.receivedAt)}
        </Typography.Text>
        <span>
          {t('cases.list.due')}：<Due dueAt={row.dueAt} overdueMinutes={row.overdueMinutes} />
        </span>
        <Flex justify="space-between" wrap gap={8}>
          <span>
            {t('cases.list.owner')}：{row.ownerName ?? t('cases.list.noOwner')}
          </span>
          {row.openReferrals > 0 && (
            <Badge status="processing" text={`${t('cases.list.referrals')} ${row.openReferrals}`} />
          )}
        </Flex>
      </Flex>
    </Card>
  );
}

export default function CasesPage() {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const labels = useCaseLabels();
  const at = useAt();
  const [search, setSearch] = useSearchParams();
  const stage = search.get('stage') ?? 'open';
  const tier = search.get('tier') ?? undefined;
  const overdue = search.get('overdue') === 'true';
  const mine = search.get('mine') === 'true';
  const page = Math.max(1, Number(search.get('page')) || 1);
  const list = useApiGet<CaseList>('/api/cases', {
    stage,
    tier,
    overdue: overdue ? 'true' : undefined,
    mine: mine ? 'true' : undefined,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(search);
    for (const [key, value] of Object.entries(changes))
      if (value === undefined) next.delete(key);
      else next.set(key, value);
    if (!('page' in changes)) next.delete('page');
    setSearch(next, { replace: true });
  };

  const rows = list.data?.items ?? [];
  const columns: TableColumnsType<CaseRow> = [
    {
      title: t('cases.list.receipt'),
      dataIndex: 'receiptNo',
      width: 170,
      render: (receiptNo: string, row) => <Link to={casePath(row.id)}>{receiptNo}</Link>,
    },
    { title: t('cases.list.tier'), key: 'tier', width: 64, render: (_v, row) => <TierTag tier={row.tier} /> },
    { title: t('cases.list.stage'), key: 'stage', width: 124, render: (_v, row) => <StageTag stage={row.stage} /> },
    { title: t('cases.list.child'), key: 'child', width: 120, render: (_v, row) => <ChildName row={row} /> },
    { title: t('cases.list.area'), dataIndex: 'divisionName', width: 140, ellipsis: true },
    { title: t('cases.list.received'), dataIndex: 'receivedAt', width: 140, render: (v: string) => at(v) },
    {
      title: t('cases.list.due'),
      key: 'due',
      width: 180,
      render: (_v, row) => <Due dueAt={row.dueAt} overdueMinutes={row.overdueMinutes} />,
    },
    {
      title: t('cases.list.owner'),
      dataIndex: 'ownerName',
      ellipsis: true,
      render: (name: string | null) =>
        name ?? <Typography.Text type="secondary">{t('cases.list.noOwner')}</Typography.Text>,
    },
    {
      title: t('cases.list.referrals'),
      dataIndex: 'openReferrals',
      width: 96,
      align: 'right',
      render: (n: number) => (n > 0 ? <Badge count={n} color="blue" /> : '—'),
    },
  ];

  const size = phone ? 'large' : 'middle';
  return (
    <PageContainer
      title={t('cases.list.title')}
      className="hehu-page"
      content={<Typography.Text type="secondary">{t('cases.list.intro')}</Typography.Text>}
    >
      <Flex vertical gap={12}>
        <Flex wrap gap={8} align="center">
          <Select
            aria-label={t('cases.list.stage')}
            value={stage}
            onChange={(value: string) => update({ stage: value === 'open' ? undefined : value })}
            options={[
              { value: 'open', label: t('cases.list.open') },
              ...CASE_STAGES.map((s) => ({ value: s, label: labels.stage(s) })),
            ]}
            style={{ minWidth: 150 }}
            size={size}
            data-testid="cases-stage"
          />
          <Select
            aria-label={t('cases.list.tier')}
            allowClear
            placeholder={t('cases.list.allTiers')}
            value={tier}
            onChange={(value: string | undefined) => update({ tier: value })}
            options={CASE_TIERS.map((x) => ({ value: x, label: labels.tier(x) }))}
            style={{ minWidth: 110 }}
            size={size}
          />
          <Checkbox
            checked={overdue}
            onChange={(e) => update({ overdue: e.target.checked ? 'true' : undefined })}
            style={phone ? { minHeight: 44, alignItems: 'center' } : undefined}
            data-testid="cases-overdue"
          >
            {t('cases.list.overdueOnly')}
          </Checkbox>
          <Checkbox
            checked={mine}
            onChange={(e) => update({ mine: e.target.checked ? 'true' : undefined })}
            style={phone ? { minHeight: 44, alignItems: 'center' } : undefined}
            data-testid="cases-mine"
          >
            {t('cases.list.mineOnly')}
          </Checkbox>
        </Flex>
        {list.error !== undefined && !list.data ? (
          <LoadProblem error={list.error} />
        ) : !list.data ? (
          <Skeleton active />
        ) : rows.length === 0 ? (
          <Empty description={t('cases.list.empty')} />
        ) : phone ? (
          <Flex vertical gap={8}>
            {rows.map((row) => (
              <CaseCard key={row.id} row={row} />
            ))}
            {list.data.total > PAGE_SIZE && (
              <Pagination
                simple
                align="center"
                current={page}
                pageSize={PAGE_SIZE}
                total={list.data.total}
                onChange={(p) => update({ page: p === 1 ? undefined : String(p) })}
              />
            )}
          </Flex>
        ) : (
          <Table<CaseRow>
            rowKey="id"
            data-testid="cases-table"
            columns={columns}
            dataSource={rows}
            loading={list.loading}
            scroll={{ x: 1180 }}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: list.data.total,
              showSizeChanger: false,
              showTotal: (total) => t('common.total', { count: total }),
              onChange: (p) => update({ page: p === 1 ? undefined : String(p) }),
            }}
          />
        )}
      </Flex>
    </PageContainer>
  );
}
