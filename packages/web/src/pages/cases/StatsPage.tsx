// 个案统计: cases received in a date range by channel, by tier and by county (with the share answered in time),
// open cases by stage, and reporters' satisfaction; the same figures download as Excel. Each breakdown is an
// ECharts chart (CaseChart, loaded lazily so ECharts stays out of the other pages' bundles) above a table with
// bars, which is the accessible version and what a phone can always read.
import { Suspense, lazy, type ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { PageContainer } from '@ant-design/pro-components';
import { Card, Col, DatePicker, Empty, Flex, Progress, Row, Skeleton, Statistic, Table, Typography, theme } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useApiGet } from '../../api/useApiGet';
import { ExportButton } from '../../components/ExportButton';
import { LoadProblem } from '../../components/LoadProblem';
import { useIsPhone } from '../../hooks/useIsPhone';
import { useCaseLabels } from './caseFormat';
import { percent } from './caseRules';
import type { CaseStats } from './types';
import type { CaseChartProps } from './CaseChart';
import '../../i18n/cases.zh-CN';

const CaseChart = lazy(() => import('./CaseChart'));

const CHART_HEIGHT = 260;

/** The lazy chart, with a box of the same height while ECharts downloads so the tables below do not jump. */
function Chart(props: CaseChartProps) {
  const { token } = theme.useToken();
  const colors = {
    series: [token.colorPrimary, token.colorSuccess, token.colorWarning, token.colorError, '#722ed1'],
    text: token.colorText,
    split: token.colorBorderSecondary,
  };
  return (
    <Suspense fallback={<div style={{ height: props.height ?? CHART_HEIGHT }} />}>
      <CaseChart height={CHART_HEIGHT} colors={colors} {...props} />
    </Suspense>
  );
}

/** What a chart shows, in words: its title and every category with its figures. */
function describe(title: string, categories: string[], series: CaseChartProps['series']): string {
  const parts = categories.map(
    (name, i) => `${name} ${series.map((s) => `${s.values[i] ?? 0}${s.percent ? '%' : ''}`).join(' / ')}`,
  );
  return `${title}: ${parts.join(', ')}`;
}

interface Bar {
  key: string;
  name: string;
  count: number;
}

function barChart(
  kind: CaseChartProps['kind'],
  title: string,
  rows: Bar[],
  testId: string,
  seriesName: string,
  categoryColors?: string[],
) {
  const categories = rows.map((r) => r.name);
  const series = [{ name: seriesName, values: rows.map((r) => r.count) }];
  return (
    <Chart
      kind={kind}
      categories={categories}
      series={series}
      testId={testId}
      ariaLabel={describe(title, categories, series)}
      categoryColors={categoryColors}
    />
  );
}

function BarTable({ title, rows, testId, chart }: { title: string; rows: Bar[]; testId: string; chart?: ReactNode }) {
  const { t } = useTranslation();
  const total = rows.reduce((sum, r) => sum + r.count, 0);
  const columns: TableColumnsType<Bar> = [
    { title: title, dataIndex: 'name' },
    { title: t('cases.stats.count'), dataIndex: 'count', width: 70, align: 'right' },
    {
      title: t('cases.stats.share'),
      key: 'share',
      width: 140,
      render: (_v, r) => <Progress percent={percent(r.count, total) ?? 0} size="small" />,
    },
  ];
  return (
    <Card size="small" title={title} style={{ height: '100%' }} data-testid={testId}>
      {chart}
      <Table<Bar> rowKey="key" size="small" columns={columns} dataSource={rows} pagination={false} showHeader={false} />
    </Card>
  );
}

const dayOr = (value: string | null, fallback: string) =>
  value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : fallback;

export default function StatsPage() {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const { token } = theme.useToken();
  const labels = useCaseLabels();
  const [search, setSearch] = useSearchParams();
  const from = dayOr(search.get('from'), dayjs().startOf('year').format('YYYY-MM-DD'));
  const to = dayOr(search.get('to'), dayjs().format('YYYY-MM-DD'));
  const stats = useApiGet<CaseStats>('/api/cases/stats', { from, to });
  const data = stats.data;
  const count = t('cases.stats.count');
  const byChannel: Bar[] = (data?.byChannel ?? []).map((r) => ({
    key: r.channel,
    name: labels.channel(r.channel),
    count: r.count,
  }));
  const byTier: Bar[] = (data?.byTier ?? []).map((r) => ({ key: r.tier, name: labels.tier(r.tier), count: r.count }));
  // The tier tags' colours: urgent red, general blue, consult grey.
  const tierColor: Record<string, string> = {
    urgent: token.colorError,
    general: token.colorPrimary,
    consult: token.colorTextQuaternary,
  };
  const tierColors = (data?.byTier ?? []).map((r) => tierColor[r.tier] ?? token.colorWarning);
  const byStage: Bar[] = (data?.openByStage ?? []).map((r) => ({
    key: r.stage,
    name: labels.stage(r.stage),
    count: r.count,
  }));
  const countyNames = (data?.byCounty ?? []).map((r) => r.name);
  const countySeries: CaseChartProps['series'] = [
    { name: count, values: (data?.byCounty ?? []).map((r) => r.count) },
    {
      name: t('cases.stats.inTimeShare'),
      values: (data?.byCounty ?? []).map((r) => percent(r.inTime, r.count) ?? 0),
      percent: true,
    },
  ];

  const countyColumns: TableColumnsType<CaseStats['byCounty'][number]> = [
    { title: t('cases.stats.county'), dataIndex: 'name' },
    { title: t('cases.stats.count'), dataIndex: 'count', width: 80, align: 'right' },
    { title: t('cases.stats.inTime'), dataIndex: 'inTime', width: 90, align: 'right' },
    {
      title: t('cases.stats.inTimeShare'),
      key: 'share',
      width: 160,
      render: (_v, r) => {
        const share = percent(r.inTime, r.count);
        return share === null ? (
          '—'
        ) : (
          <Progress percent={share} size="small" status={share < 80 ? 'exception' : 'success'} />
        );
      },
    },
  ];

  return (
    <PageContainer
      title={t('cases.stats.title')}
      className="hehu-page"
      content={<Typography.Text type="secondary">{t('cases.stats.intro')}</Typography.Text>}
      extra={
        <ExportButton
          path="/api/cases/stats/export"
          query={{ from, to }}
          fallbackName={`个案统计-${from}-${to}.xlsx`}
          label={t('cases.stats.export')}
          testId="case-stats-export"
          style={phone ? { minHeight: 44 } : undefined}
        />
      }
    >
      <Flex vertical gap={12}>
        <Flex wrap gap={8} align="center">
          <Typography.Text>{t('cases.stats.range')}</Typography.Text>
          <DatePicker.RangePicker
            value={[dayjs(from), dayjs(to)]}
            allowClear={false}
            inputReadOnly={phone}
            size={phone ? 'large' : 'middle'}
            onChange={(range) => {
              const [start, end] = range ?? [];
              if (!start || !end) return;
              setSearch({ from: start.format('YYYY-MM-DD'), to: end.format('YYYY-MM-DD') }, { replace: true });
            }}
          />
        </Flex>
        {stats.error !== undefined && !data ? (
          <LoadProblem error={stats.error} />
        ) : !data ? (
          <Skeleton active />
        ) : (
          <>
            <Row gutter={[8, 8]} data-testid="case-stats-totals">
              <Col xs={12} md={6}>
                <Card size="small">
                  <Statistic title={t('cases.stats.total')} value={data.byChannel.reduce((s, r) => s + r.count, 0)} />
                </Card>
              </Col>
              <Col xs={12} md={6}>
                <Card size="small">
                  <Statistic
                    title={t('cases.stats.responded')}
                    value={percent(data.respondedInTime, data.responded) ?? '—'}
                    suffix={data.responded > 0 ? '%' : undefined}
                  />
                  <Typography.Text type="secondary">
                    {t('cases.stats.respondedValue', { inTime: data.respondedInTime, total: data.responded })}
                  </Typography.Text>
                </Card>
              </Col>
              <Col xs={12} md={6}>
                <Card size="small">
                  <Statistic
                    title={t('cases.stats.average')}
                    value={data.satisfaction.average === null ? '—' : data.satisfaction.average.toFixed(1)}
                    suffix={data.satisfaction.average === null ? undefined : '/ 5'}
                  />
                </Card>
              </Col>
              <Col xs={12} md={6}>
                <Card size="small">
                  <Statistic title={t('cases.stats.answers')} value={data.satisfaction.answers} />
                </Card>
              </Col>
            </Row>
            {data.byChannel.length === 0 && data.openByStage.length === 0 ? (
              <Empty description={t('cases.stats.empty')} />
            ) : (
              <Row gutter={[8, 8]}>
                <Col xs={24} lg={12}>
                  <BarTable
                    title={t('cases.stats.byChannel')}
                    testId="case-stats-channel"
                    rows={byChannel}
                    chart={barChart('hbar', t('cases.stats.byChannel'), byChannel, 'case-chart-channel', count)}
                  />
                </Col>
                <Col xs={24} lg={12}>
                  <BarTable
                    title={t('cases.stats.byTier')}
                    testId="case-stats-tier"
                    rows={byTier}
                    chart={barChart('pie', t('cases.stats.byTier'), byTier, 'case-chart-tier', count, tierColors)}
                  />
                </Col>
                <Col xs={24} lg={12}>
                  <Card size="small" title={t('cases.stats.byCounty')} data-testid="case-stats-county">
                    <Chart
                      kind="bar"
                      categories={countyNames}
                      series={countySeries}
                      testId="case-chart-county"
                      ariaLabel={describe(t('cases.stats.byCounty'), countyNames, countySeries)}
                    />
                    <Table
                      rowKey="code"
                      size="small"
                      columns={countyColumns}
                      dataSource={data.byCounty}
                      pagination={false}
                      scroll={{ x: 420 }}
                    />
                  </Card>
                </Col>
                <Col xs={24} lg={12}>
                  <BarTable
                    title={t('cases.stats.openByStage')}
                    testId="case-stats-stage"
                    rows={byStage}
                    chart={barChart('hbar', t('cases.stats.openByStage'), byStage, 'case-chart-stage', count)}
                  />
                </Col>
              </Row>
            )}
          </>
        )}
      </Flex>
    </PageContainer>
  );
}
