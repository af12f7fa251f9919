// 资金使用报表: what was actually paid in a year, by county and category — a bar per county (plain bars: the app
// carries no chart library), the table by county, month and category with totals, and the Excel download.
import { useSearchParams } from 'react-router-dom';
import { PageContainer } from '@ant-design/pro-components';
import { Card, Empty, Flex, Select, Skeleton, Table, Tooltip, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { ALLOWANCE_CATEGORIES } from '@hehu/domain';
import type { FundUse, FundUseRow } from '../../api/allowances';
import { ApiError } from '../../api/client';
import { useApiGet } from '../../api/useApiGet';
import { ExportButton } from '../../components/ExportButton';
import { LoadProblem } from '../../components/LoadProblem';
import { useIsPhone } from '../../hooks/useIsPhone';
import { Yuan, useCategoryName, useMonthLabel, useYuan } from './allowanceFormat';
import { barPercents } from './allowanceRules';
import '../../i18n/allowances.zh-CN';

const CATEGORY_COLOR = ['#1677ff', '#13c2c2', '#722ed1', '#fa8c16', '#eb2f96', '#52c41a'];

interface CountyBar {
  code: string;
  name: string;
  total: number;
  parts: { category: string; fen: number }[];
}

function countyBars(rows: FundUseRow[]): CountyBar[] {
  const map = new Map<string, CountyBar>();
  for (const row of rows) {
    const bar = map.get(row.countyCode) ?? { code: row.countyCode, name: row.countyName, total: 0, parts: [] };
    bar.total += row.paidFen;
    // The bar stacks what was paid per category; recoveries without a category lower the total, not a segment.
    if (row.category === null) {
      map.set(row.countyCode, bar);
      continue;
    }
    const part = bar.parts.find((p) => p.category === row.category);
    if (part) part.fen += row.paidFen;
    else bar.parts.push({ category: row.category, fen: row.paidFen });
    map.set(row.countyCode, bar);
  }
  return [...map.values()].sort((a, b) => b.total - a.total);
}

function Bars({ rows }: { rows: FundUseRow[] }) {
  const { t } = useTranslation();
  const categoryName = useCategoryName();
  const yuan = useYuan();
  const bars = countyBars(rows);
  const widths = barPercents(bars.map((b) => b.total));
  const used = ALLOWANCE_CATEGORIES.filter((c) => rows.some((r) => r.category === c));
  const color = (category: string) =>
    CATEGORY_COLOR[Math.max(0, (ALLOWANCE_CATEGORIES as readonly string[]).indexOf(category))] ?? '#1677ff';
  return (
    <Card size="small" title={t('allowances.fundUse.byCounty')} data-testid="fund-use-chart">
      <Flex vertical gap={8}>
        {bars.map((bar, index) => (
          <Flex key={bar.code} gap={8} align="center" wrap>
            <Typography.Text style={{ width: 84, flexShrink: 0 }} ellipsis>
              {bar.name}
            </Typography.Text>
            <div
              role="img"
              aria-label={`${bar.name} ${yuan(bar.total)}`}
              style={{ flex: '1 1 160px', display: 'flex', height: 18, background: '#f5f5f5', borderRadius: 4 }}
            >
              <div style={{ width: `${widths[index] ?? 0}%`, display: 'flex', borderRadius: 4, overflow: 'hidden' }}>
                {bar.parts
                  .filter((part) => part.fen > 0)
                  .map((part) => (
                    <Tooltip key={part.category} title={`${categoryName(part.category)} ${yuan(part.fen)}`}>
                      <div style={{ flexGrow: part.fen, background: color(part.category) }} />
                    </Tooltip>
                  ))}
              </div>
            </div>
            <Yuan fen={bar.total} strong />
          </Flex>
        ))}
        <Flex wrap gap={12} style={{ marginTop: 4 }}>
          {used.map((c) => (
            <Flex key={c} gap={4} align="center">
              <span style={{ width: 10, height: 10, borderRadius: 2, background: color(c), display: 'inline-block' }} />
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {categoryName(c)}
              </Typography.Text>
            </Flex>
          ))}
        </Flex>
      </Flex>
    </Card>
  );
}

export default function FundUsePage() {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const monthLabel = useMonthLabel();
  const [search, setSearch] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const year = Number(search.get('year')) || thisYear;
  const report = useApiGet<FundUse>('/api/allowances/fund-use', { year });
  const rows = report.data?.data ?? [];

  const columns: TableColumnsType<FundUseRow> = [
    { title: t('allowances.fundUse.county'), dataIndex: 'countyName', width: 110 },
    { title: t('allowances.fundUse.month'), dataIndex: 'month', width: 110, render: (m: string) => monthLabel(m) },
    { title: t('allowances.fundUse.category'), dataIndex: 'categoryName', ellipsis: true },
    { title: t('allowances.fundUse.children'), dataIndex: 'children', width: 80, align: 'right' },
    {
      title: t('allowances.fundUse.paid'),
      dataIndex: 'paidFen',
      width: 140,
      align: 'right',
      render: (fen: number) => <Yuan fen={fen} />,
    },
  ];

  return (
    <PageContainer
      title={t('allowances.fundUse.title')}
      className="hehu-page"
      content={<Typography.Text type="secondary">{t('allowances.fundUse.intro')}</Typography.Text>}
      extra={
        <ExportButton
          path="/api/allowances/fund-use.xlsx"
          query={{ year }}
          fallbackName={`fund-use-${year}.xlsx`}
          label={t('allowances.fundUse.download')}
          doneMessage={t('allowances.fundUse.downloadDone')}
          testId="fund-use-download"
          style={phone ? { minHeight: 44 } : undefined}
        />
      }
    >
      <Flex vertical gap={12}>
        <Select
          aria-label={t('allowances.fundUse.year')}
          value={year}
          onChange={(y: number) => setSearch(y === thisYear ? {} : { year: String(y) }, { replace: true })}
          options={[thisYear, thisYear - 1, thisYear - 2, thisYear - 3].map((y) => ({ value: y, label: String(y) }))}
          style={{ width: 110 }}
          size={phone ? 'large' : 'middle'}
        />
        {report.error !== undefined && !report.data ? (
          report.error instanceof ApiError && report.error.status === 404 ? (
            <Empty description={t('allowances.bank.notAvailable')} />
          ) : (
            <LoadProblem error={report.error} />
          )
        ) : !report.data ? (
          <Skeleton active />
        ) : rows.length === 0 ? (
          <Empty description={t('allowances.fundUse.empty')} />
        ) : (
          <>
            <Bars rows={rows} />
            <Table<FundUseRow>
              rowKey={(r) => `${r.countyCode}-${r.month}-${r.category}`}
              size="small"
              columns={columns}
              dataSource={rows}
              loading={report.loading}
              pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
              scroll={{ x: 560 }}
              // Each row's `children` is a head count, not nested rows.
              expandable={{ childrenColumnName: 'nestedRows' }}
              data-testid="fund-use-table"
              summary={() => (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0} colSpan={3}>
                    <Typography.Text strong>{t('allowances.fundUse.total')}</Typography.Text>
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={3} align="right">
                    {rows.reduce((sum, r) => sum + r.children, 0)}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={4} align="right">
                    <Yuan fen={report.data?.totalFen ?? 0} strong />
                  </Table.Summary.Cell>
                </Table.Summary.Row>
              )}
            />
          </>
        )}
      </Flex>
    </PageContainer>
  );
}
