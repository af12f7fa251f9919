// The township supervisor's villages at a glance: a row per village (children, categories, open work, files
// behind), the villages with most files behind first, each number a link into the children list of that village.
import { Link } from 'react-router-dom';
import { Alert, Button, Card, Flex, Skeleton, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { CATEGORY_CODES } from '@hehu/domain';
import { errorText } from '../../api/client';
import type { BehindReason, DataResponse, VillageOverviewRow } from '../../api/types';
import { useApiGet } from '../../api/useApiGet';
import { useIsPhone } from '../../hooks/useIsPhone';
import { categoryLabel, useLang } from '../children/childFormat';
import '../../i18n/villages.zh-CN';

const REASONS: readonly BehindReason[] = ['noFamily', 'noGuardian', 'unreviewed', 'duplicate', 'transferring'];

/** The children list of one village, optionally narrowed to one category. */
const listOf = (code: string, category?: string) =>
  `/children?${new URLSearchParams({ division: code, status: 'active', ...(category ? { category } : {}) })}`;

function CategoryCounts({ row }: { row: VillageOverviewRow }) {
  const lang = useLang();
  const { t } = useTranslation();
  const held = CATEGORY_CODES.filter((code) => row.categories[code] > 0);
  if (held.length === 0) return <Typography.Text type="secondary">{t('villages.none')}</Typography.Text>;
  return (
    <Flex wrap gap={4}>
      {held.map((code) => (
        <Link key={code} to={listOf(row.code, code)} className="hehu-chip-link">
          <Tag bordered={false}>
            {categoryLabel(code, lang)} {row.categories[code]}
          </Tag>
        </Link>
      ))}
    </Flex>
  );
}

function BehindReasons({ row }: { row: VillageOverviewRow }) {
  const { t } = useTranslation();
  const reasons = REASONS.filter((r) => row.reasons[r] > 0);
  return (
    <Flex wrap gap={4}>
      {reasons.map((r) => (
        <Tag key={r} color="warning" bordered={false}>
          {t(`villages.reason.${r}`)} {row.reasons[r]}
        </Tag>
      ))}
      {row.incomingTransfers > 0 && (
        <Tag color="processing" bordered={false}>
          {t('villages.incoming', { count: row.incomingTransfers })}
        </Tag>
      )}
    </Flex>
  );
}

function VillageCard({ row }: { row: VillageOverviewRow }) {
  const { t } = useTranslation();
  return (
    <Card size="small" data-testid="village-row" style={row.behind > 0 ? { borderLeft: '4px solid #d46b08' } : {}}>
      <Flex justify="space-between" align="center" gap={8}>
        <Link to={listOf(row.code)} className="hehu-row-link">
          <Typography.Text strong>{row.name}</Typography.Text>
        </Link>
        <Typography.Text>
          {t('villages.children')} {row.children}
        </Typography.Text>
      </Flex>
      <Flex gap={12} style={{ margin: '4px 0' }}>
        <Typography.Text type={row.behind > 0 ? 'warning' : 'secondary'} strong={row.behind > 0}>
          {t('villages.behind')} {row.behind}
        </Typography.Text>
        <Typography.Text type="secondary">
          {t('villages.openTasks')} {row.openTasks}
        </Typography.Text>
      </Flex>
      <BehindReasons row={row} />
      <div style={{ marginTop: 4 }}>
        <CategoryCounts row={row} />
      </div>
    </Card>
  );
}

export function VillageOverview() {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const { data, error, loading, reload } = useApiGet<DataResponse<VillageOverviewRow>>('/api/overview/villages');
  const all = data?.data ?? [];
  // Villages with no child and no work are counted, not listed: a township has many.
  const rows = all.filter((r) => r.children > 0 || r.openTasks > 0);
  const quiet = all.length - rows.length;
  const total = (key: 'children' | 'behind') => all.reduce((s, r) => s + r[key], 0);

  const columns: TableColumnsType<VillageOverviewRow> = [
    {
      title: t('villages.village'),
      dataIndex: 'name',
      width: 180,
      render: (_v, row) => <Link to={listOf(row.code)}>{row.name}</Link>,
    },
    { title: t('villages.children'), dataIndex: 'children', align: 'right', width: 100 },
    {
      title: t('villages.behind'),
      dataIndex: 'behind',
      align: 'right',
      width: 100,
      render: (_v, row) => (
        <Typography.Text type={row.behind > 0 ? 'warning' : undefined} strong={row.behind > 0}>
          {row.behind}
        </Typography.Text>
      ),
    },
    { title: t('villages.openTasks'), dataIndex: 'openTasks', align: 'right', width: 80 },
    { title: '', key: 'reasons', render: (_v, row) => <BehindReasons row={row} /> },
    { title: t('villages.categories'), key: 'categories', render: (_v, row) => <CategoryCounts row={row} /> },
  ];

  return (
    <Card
      title={t('villages.title')}
      data-testid="village-overview"
      style={{ marginBottom: 16 }}
      styles={{ body: phone ? { padding: 12 } : {} }}
    >
      {error !== undefined && (
        <Alert
          type="error"
          showIcon
          message={errorText(error)}
          action={<Button onClick={reload}>{t('common.retry')}</Button>}
        />
      )}
      {loading && !data ? (
        <Skeleton active />
      ) : (
        data && (
          <Flex vertical gap={12}>
            <div>
              <Typography.Text strong data-testid="village-summary">
                {t('villages.summary', { villages: all.length, children: total('children'), behind: total('behind') })}
              </Typography.Text>
              <br />
              <Typography.Text type="secondary">{t('villages.hint')}</Typography.Text>
            </div>
            {phone ? (
              rows.map((row) => <VillageCard key={row.code} row={row} />)
            ) : (
              <Table
                rowKey="code"
                size="small"
                columns={columns}
                dataSource={rows}
                pagination={false}
                // The rows' `children` is a count, not nested rows.
                expandable={{ childrenColumnName: 'nestedRows' }}
                onRow={() => ({ 'data-testid': 'village-row' }) as React.HTMLAttributes<HTMLElement>}
              />
            )}
            {quiet > 0 && (
              <Typography.Text type="secondary">{t('villages.showEmpty', { count: quiet })}</Typography.Text>
            )}
          </Flex>
        )
      )}
    </Card>
  );
}
