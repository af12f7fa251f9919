// 主动发现: children whose recorded facts meet a protection category they do not hold yet, with the
// rule's reasons, for the township to check and start the application.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { PageContainer } from '@ant-design/pro-components';
import { Button, Card, Empty, Flex, Select, Skeleton, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { RightOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { CATEGORY_CODES } from '@hehu/domain';
import type { PotentiallyEligible } from '../../api/registry';
import { useCursorList } from '../../api/useCursorList';
import { useAccess } from '../../auth/access';
import { DivisionPicker } from '../../components/DivisionPicker';
import { ExportButton } from '../../components/ExportButton';
import { LoadProblem } from '../../components/LoadProblem';
import { useIsPhone } from '../../hooks/useIsPhone';
import { CategoryTag, categoryLabel, useLang } from '../children/childFormat';
import '../../i18n/childFile.zh-CN';
import '../../i18n/children.zh-CN';
import '../../i18n/registryPages.zh-CN';

function Reasons({ reasons }: { reasons: string[] }) {
  return (
    <ul style={{ margin: 0, paddingInlineStart: 18 }}>
      {reasons.map((r, i) => (
        <li key={`${i}-${r}`}>{r}</li>
      ))}
    </ul>
  );
}

export default function PotentiallyEligiblePage() {
  const { t } = useTranslation();
  const { can } = useAccess();
  const lang = useLang();
  const phone = useIsPhone();
  const [division, setDivision] = useState<string | undefined>(undefined);
  const [category, setCategory] = useState<string | undefined>(undefined);
  const list = useCursorList<PotentiallyEligible>('/api/potentially-eligible', { division, category });

  const columns: TableColumnsType<PotentiallyEligible> = [
    {
      title: t('fields.name'),
      dataIndex: 'name',
      width: 110,
      render: (_v, row) => <Link to={`/children/${row.childId}?tab=categories`}>{row.name}</Link>,
    },
    { title: t('children.division'), dataIndex: 'divisionName', width: 180, ellipsis: true },
    {
      title: t('eligible.category'),
      dataIndex: 'category',
      width: 220,
      render: (code: string) => <CategoryTag code={code} />,
    },
    {
      title: t('eligible.since'),
      dataIndex: 'since',
      width: 110,
      render: (v: string | null) => v ?? t('common.empty'),
    },
    { title: t('eligible.reasons'), dataIndex: 'reasons', render: (r: string[]) => <Reasons reasons={r} /> },
  ];

  let body;
  if (list.error !== undefined && list.items.length === 0) body = <LoadProblem error={list.error} />;
  else if (list.loading) body = <Skeleton active />;
  else if (list.items.length === 0) body = <Empty description={t('eligible.empty')} />;
  else if (phone)
    body = list.items.map((row) => (
      <Card key={`${row.childId}-${row.category}`} size="small" data-testid="eligible-card">
        <Link to={`/children/${row.childId}?tab=categories`}>
          <Flex justify="space-between" align="center">
            <Typography.Text strong style={{ fontSize: 16 }}>
              {row.name}
            </Typography.Text>
            <RightOutlined style={{ color: '#bfbfbf' }} />
          </Flex>
        </Link>
        <Typography.Text type="secondary" style={{ display: 'block' }}>
          {row.divisionName}
        </Typography.Text>
        <div style={{ margin: '4px 0' }}>
          <CategoryTag code={row.category} />
        </div>
        <Reasons reasons={row.reasons} />
      </Card>
    ));
  else
    body = (
      <Table<PotentiallyEligible>
        rowKey={(row) => `${row.childId}-${row.category}`}
        columns={columns}
        dataSource={list.items}
        pagination={false}
        scroll={{ x: 900 }}
      />
    );

  return (
    <PageContainer
      title={t('eligible.title')}
      className="hehu-page"
      content={<Typography.Text type="secondary">{t('eligible.intro')}</Typography.Text>}
      extra={
        can('children:export') && (
          <ExportButton
            path="/api/potentially-eligible/export"
            query={{ division, category }}
            fallbackName="potentially-eligible.xlsx"
            testId="eligible-export"
          />
        )
      }
    >
      <Card size="small" style={{ marginBottom: 12 }}>
        <Flex gap={8} wrap>
          {can('divisions:read') && (
            <DivisionPicker
              style={{ flex: '2 1 320px', minWidth: 0 }}
              placeholder={t('children.filterDivision')}
              value={division}
              onChange={setDivision}
            />
          )}
          <Select
            aria-label={t('eligible.category')}
            placeholder={t('eligible.category')}
            allowClear
            style={{ flex: '1 1 220px', minWidth: 0 }}
            value={category}
            onChange={(v?: string) => setCategory(v)}
            options={CATEGORY_CODES.map((code) => ({ value: code, label: categoryLabel(code, lang) }))}
          />
        </Flex>
      </Card>
      <Flex vertical gap={8}>
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
