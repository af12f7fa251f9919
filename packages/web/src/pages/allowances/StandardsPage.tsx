// 发放标准: per category, every standard issued — from which month, how much a month (or which standard it
// follows), the notice it comes from, its version and who issued it; the one in force now is marked. The city
// issues a new one (rules:manage): the amount is typed in yuan and read into integer fen as text, a county may be
// chosen for its own standard, and 事实无人抚养 may follow the 散居 orphan standard. The server's field errors
// land on the field they name.
import { useState } from 'react';
import { PageContainer } from '@ant-design/pro-components';
import { Button, Card, DatePicker, Empty, Flex, Form, Input, Select, Skeleton, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ALLOWANCE_CATEGORIES } from '@hehu/domain';
import type { AllowanceCategory, Standard, StandardInput, StandardList } from '../../api/allowances';
import { api } from '../../api/client';
import { useApiGet } from '../../api/useApiGet';
import { useAccess } from '../../auth/access';
import { FormDialog } from '../../components/FormDialog';
import { AllowanceRulesCard } from './AllowanceRulesCard';
import { LoadProblem } from '../../components/LoadProblem';
import { useIsPhone } from '../../hooks/useIsPhone';
import { Yuan, useCategoryName, useMonthLabel, useMyCounties } from './allowanceFormat';
import { monthOf, parseYuanToFen } from './allowanceRules';
import '../../i18n/allowances.zh-CN';

/** The categories another may follow: 事实无人抚养 → 散居孤儿 (national FAQ). */
const FOLLOWABLE: Partial<Record<AllowanceCategory, AllowanceCategory[]>> = {
  de_facto_unsupported: ['orphan_scattered'],
};

interface IssueValues {
  category: AllowanceCategory;
  countyCode?: string;
  effectiveMonth: Dayjs;
  /** Yuan as typed; named as the server's field so its error lands here. */
  amountFen?: string;
  followsCategory?: AllowanceCategory;
  notice: string;
}

/** The standards in force this month: per category and county, the latest month not after now, then the latest version. */
function inForce(rows: Standard[], now: string): Set<string> {
  const best = new Map<string, Standard>();
  for (const row of rows) {
    if (row.effectiveMonth > now) continue;
    const key = `${row.category}|${row.countyCode ?? ''}`;
    const seen = best.get(key);
    if (
      !seen ||
      row.effectiveMonth > seen.effectiveMonth ||
      (row.effectiveMonth === seen.effectiveMonth && row.version > seen.version)
    )
      best.set(key, row);
  }
  return new Set([...best.values()].map((r) => r.id));
}

function Amount({ row }: { row: Standard }) {
  const { t } = useTranslation();
  const categoryName = useCategoryName();
  if (row.amountFen !== null) return <Yuan fen={row.amountFen} strong />;
  return (
    <Typography.Text>
      {t('allowances.standards.followsValue', { category: categoryName(row.followsCategory) })}
    </Typography.Text>
  );
}

function CategoryStandards({ rows, current }: { rows: Standard[]; current: Set<string> }) {
  const { t, i18n } = useTranslation();
  const phone = useIsPhone();
  const monthLabel = useMonthLabel();
  const scope = (row: Standard) => row.countyName ?? t('allowances.standards.cityWide');
  if (phone)
    return (
      <Flex vertical gap={8}>
        {rows.map((row) => (
          <div
            key={row.id}
            data-testid="standard-row"
            style={{
              borderInlineStart: `3px solid ${current.has(row.id) ? '#52c41a' : '#d9d9d9'}`,
              paddingInlineStart: 8,
            }}
          >
            <Flex justify="space-between" align="center" gap={8}>
              <Typography.Text strong>
                {monthLabel(row.effectiveMonth)} · {scope(row)}
              </Typography.Text>
              <Amount row={row} />
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {row.notice} · v{row.version}
              {row.createdBy ? ` · ${row.createdBy}` : ''}
            </Typography.Text>
            {current.has(row.id) && (
              <Tag color="green" style={{ marginInlineStart: 6 }}>
                {t('allowances.standards.current')}
              </Tag>
            )}
          </div>
        ))}
      </Flex>
    );
  const columns: TableColumnsType<Standard> = [
    {
      title: t('allowances.standards.effectiveMonth'),
      dataIndex: 'effectiveMonth',
      width: 150,
      render: (month: string, row) => (
        <Flex gap={6} align="center">
          {monthLabel(month)}
          {current.has(row.id) && <Tag color="green">{t('allowances.standards.current')}</Tag>}
        </Flex>
      ),
    },
    { title: t('allowances.standards.scope'), key: 'scope', width: 110, render: (_v, row) => scope(row) },
    { title: t('allowances.standards.amount'), key: 'amount', width: 200, render: (_v, row) => <Amount row={row} /> },
    { title: t('allowances.standards.notice'), dataIndex: 'notice', ellipsis: true },
    { title: t('allowances.standards.version'), dataIndex: 'version', width: 70, render: (v: number) => `v${v}` },
    {
      title: t('allowances.standards.issuedBy'),
      dataIndex: 'createdBy',
      width: 120,
      render: (n: string | null) => n ?? '—',
    },
    {
      title: t('allowances.standards.issuedAt'),
      dataIndex: 'createdAt',
      width: 170,
      render: (at: string) => new Date(at).toLocaleString(i18n.language),
    },
  ];
  return (
    <Table<Standard>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={false}
      onRow={() => ({ 'data-testid': 'standard-row' }) as React.HTMLAttributes<HTMLElement>}
    />
  );
}

export default function StandardsPage() {
  const { t } = useTranslation();
  const { can } = useAccess();
  const phone = useIsPhone();
  const categoryName = useCategoryName();
  const counties = useMyCounties();
  const list = useApiGet<StandardList>('/api/allowances/standards');
  const [issuing, setIssuing] = useState(false);
  const now = monthOf(new Date());
  const rows = list.data?.data ?? [];
  const current = inForce(rows, now);
  const byCategory = ALLOWANCE_CATEGORIES.map((category) => ({
    category,
    rows: rows
      .filter((r) => r.category === category)
      .sort((a, b) =>
        a.effectiveMonth === b.effectiveMonth
          ? b.version - a.version
          : b.effectiveMonth.localeCompare(a.effectiveMonth),
      ),
  })).filter((group) => group.rows.length > 0);

  const issue = async (values: IssueValues) => {
    const follows = values.followsCategory ?? null;
    const body: StandardInput = {
      category: values.category,
      countyCode: values.countyCode ?? null,
      effectiveMonth: values.effectiveMonth.format('YYYY-MM'),
      amountFen: follows ? null : parseYuanToFen(values.amountFen ?? ''),
      followsCategory: follows,
      notice: values.notice.trim(),
    };
    await api.post('/api/allowances/standards', body);
    setIssuing(false);
    list.reload();
  };

  return (
    <PageContainer
      title={t('allowances.standards.title')}
      className="hehu-page"
      content={<Typography.Text type="secondary">{t('allowances.standards.intro')}</Typography.Text>}
      extra={
        can('rules:manage') && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setIssuing(true)}
            data-testid="standard-issue"
            style={phone ? { minHeight: 44 } : undefined}
          >
            {t('allowances.standards.issue')}
          </Button>
        )
      }
    >
      {list.error !== undefined && !list.data ? (
        <LoadProblem error={list.error} />
      ) : !list.data ? (
        <Skeleton active />
      ) : byCategory.length === 0 ? (
        <Empty description={t('allowances.standards.empty')} />
      ) : (
        <Flex vertical gap={12} data-testid="standards">
          <AllowanceRulesCard />
          {byCategory.map((group) => (
            <Card key={group.category} size="small" title={categoryName(group.category)}>
              <CategoryStandards rows={group.rows} current={current} />
            </Card>
          ))}
        </Flex>
      )}
      <FormDialog<IssueValues>
        open={issuing}
        title={t('allowances.standards.issueTitle')}
        okText={t('allowances.standards.issueOk')}
        doneText={t('allowances.standards.issued')}
        onCancel={() => setIssuing(false)}
        onSubmit={issue}
        initialValues={{ effectiveMonth: dayjs().startOf('month') }}
        testId="standard-form"
      >
        {(form) => (
          <>
            <Form.Item
              name="category"
              label={t('allowances.standards.category')}
              rules={[{ required: true, message: t('allowances.standards.categoryRequired') }]}
            >
              <Select
                options={ALLOWANCE_CATEGORIES.map((c) => ({ value: c, label: categoryName(c) }))}
                onChange={() => form.setFieldValue('followsCategory', undefined)}
              />
            </Form.Item>
            <Form.Item
              name="countyCode"
              label={t('allowances.standards.county')}
              extra={t('allowances.standards.countyHint')}
            >
              <Select
                allowClear
                placeholder={t('allowances.standards.cityWide')}
                options={(counties ?? []).map((c) => ({ value: c.code, label: c.name }))}
              />
            </Form.Item>
            <Form.Item
              name="effectiveMonth"
              label={t('allowances.standards.effectiveMonth')}
              rules={[{ required: true, message: t('allowances.standards.monthRequired') }]}
            >
              <DatePicker picker="month" style={{ width: '100%' }} inputReadOnly={phone} />
            </Form.Item>
            <Form.Item noStyle shouldUpdate={(a: IssueValues, b: IssueValues) => a.category !== b.category}>
              {() => {
                const followable = FOLLOWABLE[form.getFieldValue('category') as AllowanceCategory] ?? [];
                return (
                  followable.length > 0 && (
                    <Form.Item
                      name="followsCategory"
                      label={t('allowances.standards.follows')}
                      extra={t('allowances.standards.followsHint')}
                    >
                      <Select
                        allowClear
                        placeholder={t('allowances.standards.noFollows')}
                        options={followable.map((c) => ({ value: c, label: categoryName(c) }))}
                        onChange={() => form.setFields([{ name: 'amountFen', errors: [] }])}
                      />
                    </Form.Item>
                  )
                );
              }}
            </Form.Item>
            <Form.Item
              noStyle
              shouldUpdate={(a: IssueValues, b: IssueValues) => a.followsCategory !== b.followsCategory}
            >
              {() =>
                !form.getFieldValue('followsCategory') && (
                  <Form.Item
                    name="amountFen"
                    label={t('allowances.standards.amountYuan')}
                    required
                    rules={[
                      {
                        validator: (_rule, value: string | undefined) =>
                          parseYuanToFen(value ?? '') === null
                            ? Promise.reject(new Error(t('allowances.standards.amountInvalid')))
                            : Promise.resolve(),
                      },
                    ]}
                  >
                    <Input inputMode="decimal" autoComplete="off" prefix="¥" placeholder="1400.00" />
                  </Form.Item>
                )
              }
            </Form.Item>
            <Form.Item
              name="notice"
              label={t('allowances.standards.notice')}
              rules={[{ required: true, whitespace: true, message: t('allowances.standards.noticeRequired') }]}
            >
              <Input maxLength={200} placeholder={t('allowances.standards.noticePlaceholder')} />
            </Form.Item>
          </>
        )}
      </FormDialog>
    </PageContainer>
  );
}
