import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { PageContainer, ProTable } from '@ant-design/pro-components';
import type { ProColumns } from '@ant-design/pro-components';
import { Card, Flex, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ChildListItem } from '../../api/types';
import { useCursorRequest } from '../../api/useCursorRequest';
import { useAccess } from '../../auth/access';
import { DivisionPicker } from '../../components/DivisionPicker';
import { useIsPhone } from '../../hooks/useIsPhone';
import { ChildCards } from './ChildCards';
import { ChildStatusTag } from './childFormat';

export interface ChildFilters {
  division?: string;
  q?: string;
}

export default function ChildrenListPage() {
  const { t } = useTranslation();
  const { can } = useAccess();
  const phone = useIsPhone();
  const navigate = useNavigate();
  const [filters, setFilters] = useState<ChildFilters>({});
  const request = useCursorRequest<ChildListItem>('/api/children');

  const columns: ProColumns<ChildListItem>[] = [
    {
      title: t('children.name'),
      dataIndex: 'name',
      render: (_dom, row) => (
        <Link to={`/children/${row.id}`} onClick={(e) => e.stopPropagation()} data-testid="child-name">
          {row.name}
        </Link>
      ),
    },
    { title: t('children.sex'), dataIndex: 'sex', width: 72, render: (_dom, row) => t(`children.sexValue.${row.sex}`) },
    { title: t('children.birthDate'), dataIndex: 'birthDate', width: 120 },
    {
      title: t('children.idNumber'),
      dataIndex: 'idNumberMasked',
      width: 200,
      render: (_dom, row) => <span style={{ fontFamily: 'monospace' }}>{row.idNumberMasked ?? t('common.empty')}</span>,
    },
    { title: t('children.division'), dataIndex: 'divisionName', ellipsis: true },
    {
      title: t('children.status'),
      dataIndex: 'status',
      width: 96,
      render: (_dom, row) => <ChildStatusTag status={row.status} />,
    },
  ];

  const filterBar = (
    <Flex gap={8} wrap style={{ width: '100%' }}>
      {can('divisions:read') && (
        <DivisionPicker
          style={{ flex: '2 1 320px', minWidth: 0 }}
          placeholder={t('children.filterDivision')}
          value={filters.division}
          onChange={(division) => setFilters((prev) => ({ ...prev, division }))}
        />
      )}
      <Input.Search
        aria-label={t('children.search')}
        placeholder={t('children.search')}
        allowClear
        enterButton
        style={{ flex: '1 1 220px', minWidth: 0 }}
        onSearch={(q) => setFilters((prev) => ({ ...prev, q: q.trim() || undefined }))}
      />
    </Flex>
  );

  return (
    <PageContainer title={t('children.title')} className="hehu-page">
      <Card size="small" style={{ marginBottom: 12 }}>
        {filterBar}
      </Card>
      <div data-testid="children-list">
        {phone ? (
          <ChildCards key={JSON.stringify(filters)} filters={filters} />
        ) : (
          <ProTable<ChildListItem, ChildFilters>
            rowKey="id"
            columns={columns}
            params={filters}
            request={request}
            search={false}
            options={false}
            pagination={{ defaultPageSize: 20, showSizeChanger: true, pageSizeOptions: [20, 50, 100] }}
            locale={{ emptyText: t('children.empty') }}
            scroll={{ x: 760 }}
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
