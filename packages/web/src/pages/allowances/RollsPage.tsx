// 发放名册: each county's monthly rolls of the chosen year with status, totals and supervision findings; a county
// officer generates this month's roll (county and month chosen, the current month by default). A refusal (the
// previous month not locked, the roll already approved) is the server's own message in the dialog.
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { PageContainer } from '@ant-design/pro-components';
import { Badge, Button, Card, DatePicker, Empty, Flex, Form, Select, Skeleton, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined, RightOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { RollList, RollSummary, RollView } from '../../api/allowances';
import { api } from '../../api/client';
import { useApiGet } from '../../api/useApiGet';
import { useAccess } from '../../auth/access';
import { FormDialog } from '../../components/FormDialog';
import { LoadProblem } from '../../components/LoadProblem';
import { useIsPhone } from '../../hooks/useIsPhone';
import { RollStatusTag, Yuan, useMonthLabel, useMyCounties } from './allowanceFormat';
import '../../i18n/allowances.zh-CN';

const rollPath = (id: string) => `/allowances/rolls/${id}`;

function FindingsBadge({ roll }: { roll: RollSummary }) {
  const { t } = useTranslation();
  const { blocking, warnings } = roll.findings;
  if (blocking === 0 && warnings === 0)
    return <Typography.Text type="secondary">{t('allowances.rolls.noFindings')}</Typography.Text>;
  return (
    <Space size={8} wrap data-testid="roll-findings">
      {blocking > 0 && <Badge status="error" text={t('allowances.rolls.blocking', { count: blocking })} />}
      {warnings > 0 && <Badge status="warning" text={t('allowances.rolls.warnings', { count: warnings })} />}
    </Space>
  );
}

function RollCard({ roll }: { roll: RollSummary }) {
  const { t } = useTranslation();
  const monthLabel = useMonthLabel();
  return (
    <Card size="small" data-testid="roll-card">
      <Link to={rollPath(roll.id)} style={{ display: 'block', minHeight: 44 }}>
        <Flex justify="space-between" align="center" style={{ minHeight: 44 }} gap={8}>
          <Typography.Text strong style={{ fontSize: 16 }}>
            {monthLabel(roll.month)} · {roll.countyName}
          </Typography.Text>
          <Space size={4}>
            <RollStatusTag status={roll.status} />
            <RightOutlined style={{ color: '#8c8c8c' }} />
          </Space>
        </Flex>
      </Link>
      <Flex justify="space-between" wrap gap={8}>
        <span>
          {t('allowances.rolls.children')}：{roll.totals.children}
        </span>
        <span>
          {t('allowances.rolls.amount')}：<Yuan fen={roll.totals.totalFen} strong />
        </span>
      </Flex>
      <FindingsBadge roll={roll} />
    </Card>
  );
}

interface GenerateValues {
  countyCode: string;
  month: Dayjs;
}

export default function RollsPage() {
  const { t, i18n } = useTranslation();
  const { can } = useAccess();
  const phone = useIsPhone();
  const navigate = useNavigate();
  const monthLabel = useMonthLabel();
  const counties = useMyCounties();
  const [search, setSearch] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const year = Number(search.get('year')) || thisYear;
  const county = search.get('county') ?? undefined;
  const [generating, setGenerating] = useState(false);
  const list = useApiGet<RollList>('/api/allowances/rolls', { year, county });

  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(search);
    for (const [key, value] of Object.entries(changes))
      if (value === undefined) next.delete(key);
      else next.set(key, value);
    setSearch(next, { replace: true });
  };

  const rows = list.data?.data ?? [];
  const columns: TableColumnsType<RollSummary> = [
    {
      title: t('allowances.rolls.month'),
      dataIndex: 'month',
      width: 120,
      render: (month: string, roll) => <Link to={rollPath(roll.id)}>{monthLabel(month)}</Link>,
    },
    { title: t('allowances.rolls.county'), dataIndex: 'countyName', width: 120 },
    {
      title: t('allowances.rolls.statusTitle'),
      key: 'status',
      width: 90,
      render: (_v, roll) => <RollStatusTag status={roll.status} />,
    },
    {
      title: t('allowances.rolls.children'),
      key: 'children',
      width: 80,
      align: 'right',
      render: (_v, roll) => roll.totals.children,
    },
    {
      title: t('allowances.rolls.amount'),
      key: 'amount',
      width: 140,
      align: 'right',
      render: (_v, roll) => <Yuan fen={roll.totals.totalFen} strong />,
    },
    {
      title: t('allowances.rolls.toBank'),
      key: 'toBank',
      width: 140,
      align: 'right',
      render: (_v, roll) => <Yuan fen={roll.totals.toBankFen} />,
    },
    { title: t('allowances.rolls.findings'), key: 'findings', render: (_v, roll) => <FindingsBadge roll={roll} /> },
    {
      title: t('allowances.rolls.generatedAt'),
      dataIndex: 'generatedAt',
      width: 170,
      render: (at: string) => new Date(at).toLocaleString(i18n.language),
    },
  ];

  const generate = async (values: GenerateValues) => {
    const roll = await api.post<RollView>('/api/allowances/rolls', {
      countyCode: values.countyCode,
      month: values.month.format('YYYY-MM'),
    });
    setGenerating(false);
    void navigate(rollPath(roll.id));
  };

  return (
    <PageContainer
      title={t('allowances.rolls.title')}
      className="hehu-page"
      content={<Typography.Text type="secondary">{t('allowances.rolls.intro')}</Typography.Text>}
      extra={
        can('allowances:prepare') && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setGenerating(true)}
            data-testid="roll-generate"
            style={phone ? { minHeight: 44 } : undefined}
          >
            {t('allowances.rolls.generate')}
          </Button>
        )
      }
    >
      <Flex vertical gap={12}>
        <Flex wrap gap={8}>
          <Select
            aria-label={t('allowances.rolls.year')}
            value={year}
            onChange={(y: number) => update({ year: y === thisYear ? undefined : String(y) })}
            options={[thisYear + 1, thisYear, thisYear - 1, thisYear - 2, thisYear - 3].map((y) => ({
              value: y,
              label: String(y),
            }))}
            style={{ width: 110 }}
            size={phone ? 'large' : 'middle'}
          />
          {counties && counties.length > 1 && (
            <Select
              aria-label={t('allowances.rolls.county')}
              allowClear
              placeholder={t('allowances.rolls.allCounties')}
              value={county}
              onChange={(code: string | undefined) => update({ county: code })}
              options={counties.map((c) => ({ value: c.code, label: c.name }))}
              style={{ minWidth: 160 }}
              size={phone ? 'large' : 'middle'}
            />
          )}
        </Flex>
        {list.error !== undefined && !list.data ? (
          <LoadProblem error={list.error} />
        ) : !list.data ? (
          <Skeleton active />
        ) : rows.length === 0 ? (
          <Empty description={t('allowances.rolls.empty')} />
        ) : phone ? (
          rows.map((roll) => <RollCard key={roll.id} roll={roll} />)
        ) : (
          <Table<RollSummary>
            rowKey="id"
            data-testid="rolls-table"
            columns={columns}
            dataSource={rows}
            loading={list.loading}
            pagination={false}
            scroll={{ x: 1000 }}
          />
        )}
      </Flex>
      <FormDialog<GenerateValues>
        open={generating}
        title={t('allowances.rolls.generateTitle')}
        okText={t('allowances.rolls.generateOk')}
        onCancel={() => setGenerating(false)}
        onSubmit={generate}
        initialValues={{
          countyCode: counties?.length === 1 ? counties[0]?.code : undefined,
          month: dayjs().startOf('month'),
        }}
        testId="roll-generate-form"
      >
        <Form.Item
          name="countyCode"
          label={t('allowances.rolls.county')}
          rules={[{ required: true, message: t('allowances.rolls.countyRequired') }]}
        >
          <Select
            options={(counties ?? []).map((c) => ({ value: c.code, label: c.name }))}
            loading={counties === null}
          />
        </Form.Item>
        <Form.Item
          name="month"
          label={t('allowances.rolls.month')}
          rules={[{ required: true, message: t('allowances.rolls.monthRequired') }]}
        >
          <DatePicker picker="month" style={{ width: '100%' }} inputReadOnly={phone} />
        </Form.Item>
      </FormDialog>
    </PageContainer>
  );
}
