// 留守儿童: the caller's left-behind children with their alerts (filter in the URL, ?alert=, so the home page's
// tasks land here filtered), the agreement signing rate by area, and the registration form to download.
import { Link, useSearchParams } from 'react-router-dom';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, Button, Card, Empty, Flex, Segmented, Skeleton, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { RightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { CARE_ALERTS, type CareAlert, type CareList, type CareListItem } from '../../api/care';
import { useApiGet } from '../../api/useApiGet';
import { useAccess } from '../../auth/access';
import { DivisionPicker } from '../../components/DivisionPicker';
import { ExportButton } from '../../components/ExportButton';
import { LoadProblem } from '../../components/LoadProblem';
import { useIsPhone } from '../../hooks/useIsPhone';
import { CareAlertTags, LivingText } from './careFormat';
import { SigningRates } from './SigningRates';
import '../../i18n/care.zh-CN';
import '../../i18n/children.zh-CN';

const isAlert = (value: string | null): value is CareAlert =>
  (CARE_ALERTS as readonly (string | null)[]).includes(value);
const carePath = (id: string) => `/children/${id}?tab=care`;

function LastContact({ row }: { row: CareListItem }) {
  const { t } = useTranslation();
  return (
    <Typography.Text type={row.contactOverdue ? 'danger' : undefined}>
      {row.lastContact
        ? t('care.lastContactValue', {
            date: row.lastContact,
            ago: row.daysSinceContact === 0 ? t('care.today') : t('care.daysAgo', { count: row.daysSinceContact }),
          })
        : t('care.neverContacted', { count: row.daysSinceContact })}
    </Typography.Text>
  );
}

function CareCard({ row }: { row: CareListItem }) {
  const { t } = useTranslation();
  return (
    <Card size="small" data-testid="care-card">
      <Link to={carePath(row.id)} style={{ display: 'block', minHeight: 44 }}>
        <Flex justify="space-between" align="center" style={{ minHeight: 44 }}>
          <Typography.Text strong style={{ fontSize: 16 }}>
            {row.name} · {t('care.ageValue', { age: row.age })}
          </Typography.Text>
          <RightOutlined style={{ color: '#8c8c8c' }} />
        </Flex>
      </Link>
      <Typography.Text type="secondary" style={{ display: 'block' }}>
        {row.divisionName ?? row.divisionCode}
      </Typography.Text>
      <div>
        {t('care.labelled', { label: t('care.columns.living') })}
        <LivingText value={row.livingArrangement} />
      </div>
      <div>
        {t('care.labelled', { label: t('care.columns.lastContact') })}
        <LastContact row={row} />
      </div>
      <Flex wrap gap={4} style={{ marginTop: 4 }}>
        <CareAlertTags row={row} />
      </Flex>
    </Card>
  );
}

function CareChildren({ alert, division }: { alert: CareAlert | undefined; division: string | undefined }) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const list = useApiGet<CareList>('/api/left-behind/children', { alert, division });
  if (list.error !== undefined && !list.data) return <LoadProblem error={list.error} />;
  if (!list.data || list.loading) return <Skeleton active />;
  const rows = list.data.data;
  if (rows.length === 0) return <Empty description={t('care.empty')} />;
  const columns: TableColumnsType<CareListItem> = [
    {
      title: t('care.columns.name'),
      dataIndex: 'name',
      width: 110,
      render: (name: string, row) => <Link to={carePath(row.id)}>{name}</Link>,
    },
    { title: t('care.columns.age'), dataIndex: 'age', width: 70, render: (age: number) => t('care.ageValue', { age }) },
    {
      title: t('care.columns.division'),
      dataIndex: 'divisionName',
      width: 200,
      ellipsis: true,
      render: (name: string | null, row) => name ?? row.divisionCode,
    },
    {
      title: t('care.columns.living'),
      dataIndex: 'livingArrangement',
      width: 150,
      render: (value: string | null) => <LivingText value={value} />,
    },
    {
      title: t('care.columns.lastContact'),
      key: 'lastContact',
      width: 200,
      render: (_v, row) => <LastContact row={row} />,
    },
    {
      title: t('care.columns.agreement'),
      dataIndex: 'agreementSignedOn',
      width: 140,
      render: (date: string | null) => (date ? t('care.signedOn', { date }) : t('care.unsigned')),
    },
    { title: t('care.columns.alerts'), key: 'alerts', render: (_v, row) => <CareAlertTags row={row} /> },
  ];
  return (
    <Flex vertical gap={8}>
      {list.data.truncated && <Alert type="warning" showIcon message={t('care.truncated')} />}
      {phone ? (
        rows.map((row) => <CareCard key={row.id} row={row} />)
      ) : (
        <Table<CareListItem>
          rowKey="id"
          data-testid="care-table"
          columns={columns}
          dataSource={rows}
          pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          scroll={{ x: 1000 }}
        />
      )}
    </Flex>
  );
}

export default function LeftBehindPage() {
  const { t } = useTranslation();
  const { can } = useAccess();
  const phone = useIsPhone();
  const [search, setSearch] = useSearchParams();
  const alertParam = search.get('alert');
  const alert = isAlert(alertParam) ? alertParam : undefined;
  const division = search.get('division') ?? undefined;
  const view = search.get('view') === 'signing' ? 'signing' : 'list';
  // Every filter lives in the URL: a reload, the back button and a task's link all show the same list.
  const update = (changes: Record<string, string | undefined>) => {
    const next = new URLSearchParams(search);
    for (const [key, value] of Object.entries(changes))
      if (value === undefined) next.delete(key);
      else next.set(key, value);
    setSearch(next, { replace: true });
  };

  return (
    <PageContainer
      title={t('care.title')}
      className="hehu-page"
      content={<Typography.Text type="secondary">{t('care.intro')}</Typography.Text>}
      extra={
        can('children:export') && (
          <ExportButton
            path="/api/left-behind/registration.xlsx"
            query={{ division }}
            fallbackName="left-behind-registration.xlsx"
            label={t('care.download')}
            doneMessage={t('care.downloadDone')}
            testId="care-registration"
            style={phone ? { minHeight: 44 } : undefined}
          />
        )
      }
    >
      <Flex vertical gap={12}>
        <Segmented
          value={view}
          onChange={(v) => update({ view: v === 'signing' ? 'signing' : undefined })}
          options={[
            { value: 'list', label: t('care.tabList') },
            { value: 'signing', label: t('care.tabSigning') },
          ]}
          size={phone ? 'large' : 'middle'}
          style={{ alignSelf: 'flex-start' }}
          data-testid="care-view"
        />
        {can('divisions:read') && (
          <DivisionPicker
            style={{ maxWidth: 480, width: '100%' }}
            placeholder={t('children.filterDivision')}
            value={division}
            onChange={(code) => update({ division: code })}
          />
        )}
        {view === 'signing' ? (
          <SigningRates division={division} />
        ) : (
          <>
            <Flex wrap gap={8} role="group" aria-label={t('care.columns.alerts')} data-testid="care-filters">
              {(['all', ...CARE_ALERTS] as const).map((key) => {
                const active = (alert ?? 'all') === key;
                return (
                  <Button
                    key={key}
                    shape="round"
                    type={active ? 'primary' : 'default'}
                    aria-pressed={active}
                    data-testid={`care-filter-${key}`}
                    style={{ minHeight: 44 }}
                    autoInsertSpace={false}
                    onClick={() => update({ alert: key === 'all' ? undefined : key })}
                  >
                    {t(`care.filter.${key}`)}
                  </Button>
                );
              })}
            </Flex>
            <CareChildren alert={alert} division={division} />
          </>
        )}
      </Flex>
    </PageContainer>
  );
}
