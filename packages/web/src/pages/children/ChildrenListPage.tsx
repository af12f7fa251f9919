import { useMemo, useState } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { PageContainer, ProTable } from '@ant-design/pro-components';
import type { ProColumns } from '@ant-design/pro-components';
import type { SortOrder } from 'antd/es/table/interface';
import { Alert, App, Button, Card, Dropdown, Flex, Typography } from 'antd';
import { DownOutlined, DownloadOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ageOn, isWithinDivision, parentDivisionCode, serviceDate } from '@hehu/domain';
import { errorText } from '../../api/client';
import { downloadFile } from '../../api/files';
import type { ChildListRow } from '../../api/types';
import { useCursorRequest } from '../../api/useCursorRequest';
import { useAuth } from '../../auth/AuthContext';
import { useAccess } from '../../auth/access';
import { useIsPhone } from '../../hooks/useIsPhone';
import { ChildCards } from './ChildCards';
import { CategoryTags, ChildStatusTag, monospace } from './childFormat';
import { ChildFilterBar } from './list/ChildFilterBar';
import { filtersFromLocation, queryOf, searchFromFilters, stateFromFilters } from './list/childFilters';
import type { ChildQuery, ListFilters } from './list/childFilters';
import { DivisionCounts, canBreakDown } from './list/DivisionCounts';
import '../../i18n/childFile.zh-CN';
import '../../i18n/children.zh-CN';
import '../../i18n/registryPages.zh-CN';

/** The table's sort, as the list's `sort` and `order` (the village column sorts by the division code). */
function serverSort(sort: Record<string, SortOrder> | undefined): { sort?: string; order?: 'asc' | 'desc' } {
  const [column, direction] = Object.entries(sort ?? {}).find(([, d]) => d) ?? [];
  if (!column || !direction) return {};
  const ascending = direction === 'ascend';
  if (column === 'age') return { sort: 'birthDate', order: ascending ? 'desc' : 'asc' };
  const key = column === 'divisionName' ? 'division' : column;
  return { sort: key, order: ascending ? 'asc' : 'desc' };
}

export default function ChildrenListPage() {
  const { t } = useTranslation();
  const { can } = useAccess();
  const { me } = useAuth();
  const { message, modal } = App.useApp();
  const phone = useIsPhone();
  const navigate = useNavigate();
  const location = useLocation();
  const [search, setSearch] = useSearchParams();
  const [exporting, setExporting] = useState(false);
  const listState: unknown = location.state;
  const filters = useMemo(() => filtersFromLocation(search, listState), [search, listState]);
  const query = useMemo(() => queryOf(filters), [filters]);
  // Filters go in the request body: an ID number typed in the search box is in no URL.
  const request = useCursorRequest<ChildListRow>('/api/children/search', 'POST');

  const roots = useMemo(
    () => [...new Set((me?.grants ?? []).flatMap((g) => (g.divisionCode ? [g.divisionCode] : [])))],
    [me],
  );
  const setFilters = (next: ListFilters) =>
    setSearch(searchFromFilters(next), { replace: true, state: stateFromFilters(next) });
  const pickDivision = (code: string | undefined) =>
    setFilters({ ...filters, division: code && !roots.includes(code) ? code : undefined });

  // Which areas to break down: the chosen one (a village shows its township's villages), else the user's own.
  const summaryParents = (() => {
    const chosen = filters.division;
    if (!chosen) return roots.filter(canBreakDown);
    if (canBreakDown(chosen)) return [chosen];
    const up = parentDivisionCode(chosen);
    return up && roots.some((root) => isWithinDivision(up, root)) ? [up] : [];
  })();
  const belowRoot = (code: string) => roots.some((root) => root !== code && isWithinDivision(code, root));

  const exportList = async (layout: 'list' | 'reimport') => {
    setExporting(true);
    try {
      await downloadFile('/api/children/export', undefined, 'children.xlsx', { body: { ...query, layout } });
      message.success(t('childList.exported'));
    } catch (caught) {
      message.error(errorText(caught));
    } finally {
      setExporting(false);
    }
  };

  // A file for re-import holds every template column; without the unmask permission its numbers are masked,
  // and those rows cannot come back: the user is told before the file is made.
  const confirmReimport = () =>
    void modal.confirm({
      title: t('listExport.reimportTitle'),
      content: (
        <Flex vertical gap={8} data-testid="reimport-confirm">
          <Typography.Text>{t('listExport.reimportOk')}</Typography.Text>
          {!can('children:unmask') && <Alert type="warning" showIcon message={t('listExport.reimportMasked')} />}
        </Flex>
      ),
      okText: t('listExport.confirm'),
      onOk: () => exportList('reimport'),
    });

  const today = serviceDate();
  const columns: ProColumns<ChildListRow>[] = [
    {
      title: t('children.name'),
      dataIndex: 'name',
      width: 120,
      sorter: true,
      render: (_dom, row) => (
        <Link to={`/children/${row.id}`} onClick={(e) => e.stopPropagation()} data-testid="child-name">
          {row.name}
        </Link>
      ),
    },
    { title: t('children.sex'), dataIndex: 'sex', width: 64, render: (_dom, row) => t(`children.sexValue.${row.sex}`) },
    {
      title: t('children.age'),
      // Not a field of the row: the name the sort reports (the table reports a sort by dataIndex).
      dataIndex: 'age',
      width: 72,
      sorter: true,
      render: (_dom, row) => t('children.ageValue', { count: ageOn(row.birthDate, today) }),
    },
    { title: t('children.birthDate'), dataIndex: 'birthDate', width: 112, sorter: true },
    {
      title: t('children.idNumber'),
      dataIndex: 'idNumberMasked',
      width: 190,
      render: (_dom, row) => <span style={monospace}>{row.idNumberMasked ?? t('common.empty')}</span>,
    },
    {
      title: t('children.township'),
      dataIndex: 'townshipName',
      width: 140,
      ellipsis: true,
      render: (_dom, row) => row.townshipName ?? t('common.empty'),
    },
    { title: t('children.division'), dataIndex: 'divisionName', ellipsis: true, sorter: true },
    {
      title: t('fields.categories'),
      dataIndex: 'categories',
      render: (_dom, row) => (row.categories.length ? <CategoryTags codes={row.categories} /> : t('common.empty')),
    },
    {
      title: t('children.status'),
      dataIndex: 'status',
      width: 88,
      render: (_dom, row) => <ChildStatusTag status={row.status} />,
    },
  ];

  const actions = [
    can('children:write') && (
      <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/children/new')}>
        {t('childList.create')}
      </Button>
    ),
    can('children:write') && !phone && (
      <Button key="import" icon={<ImportOutlined />} onClick={() => void navigate('/children/import')}>
        {t('childList.import')}
      </Button>
    ),
    can('children:export') && (
      <Dropdown
        key="export"
        trigger={['click']}
        menu={{
          items: [
            { key: 'list', label: <span data-testid="export-list">{t('listExport.list')}</span> },
            { key: 'reimport', label: <span data-testid="export-reimport">{t('listExport.reimport')}</span> },
          ],
          onClick: ({ key }) => (key === 'reimport' ? confirmReimport() : void exportList('list')),
        }}
      >
        <Button icon={<DownloadOutlined />} loading={exporting} data-testid="children-export">
          {t('childList.export')} <DownOutlined />
        </Button>
      </Dropdown>
    ),
  ].filter(Boolean);

  return (
    <PageContainer title={t('children.title')} className="hehu-page" extra={actions}>
      <Card size="small" style={{ marginBottom: 12 }}>
        <ChildFilterBar filters={filters} onChange={setFilters} />
      </Card>
      {summaryParents.map((parent) => (
        <DivisionCounts
          key={parent}
          parent={parent}
          query={query}
          canGoUp={filters.division !== undefined && belowRoot(parent)}
          onPick={pickDivision}
        />
      ))}
      <div data-testid="children-list">
        {phone ? (
          <ChildCards key={JSON.stringify(query)} filters={query} />
        ) : (
          <ProTable<ChildListRow, ChildQuery>
            rowKey="id"
            columns={columns}
            params={query}
            // The server sorts (the list pages by a cursor over the sort key); age is the birth date reversed.
            request={(params, sort) => request({ ...params, ...serverSort(sort) })}
            search={false}
            // Which columns show is remembered per user in this browser.
            options={{ setting: { listsHeight: 400 }, density: false, reload: false, fullScreen: false }}
            columnsState={{
              persistenceKey: `hehu.children.columns.${me?.user.id ?? ''}`,
              persistenceType: 'localStorage',
            }}
            pagination={{ defaultPageSize: 20, showSizeChanger: true, pageSizeOptions: [20, 50, 100] }}
            locale={{ emptyText: t('children.empty') }}
            scroll={{ x: 960 }}
            onRow={(row) => ({
              onClick: () => void navigate(`/children/${row.id}`),
              style: { cursor: 'pointer' },
              ...{ 'data-testid': 'child-row' },
            })}
          />
        )}
      </div>
    </PageContainer>
  );
}
