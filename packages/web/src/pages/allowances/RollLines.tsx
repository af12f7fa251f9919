// The lines of a roll, paged by the server and filtered by kind, township and name. Each line carries its
// explanation in words (e.g. "补发 2026年1月：标准调整 900 → 1000（…）"); the kind is a coloured tag and a coloured
// edge, so a child's base payment, arrears and recoveries read as groups. A phone shows cards instead of a table.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Card, Empty, Flex, Input, Pagination, Segmented, Select, Skeleton, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { LINE_KINDS, type LineKind, type RollLine, type RollLinesPage, type RollView } from '../../api/allowances';
import { useApiGet } from '../../api/useApiGet';
import { LoadProblem } from '../../components/LoadProblem';
import { useIsPhone } from '../../hooks/useIsPhone';
import { KindTag, PaymentTag, Yuan, useCategoryName, useMonthLabel } from './allowanceFormat';
import '../../i18n/allowances.zh-CN';

const PAGE_SIZE = 50;
const EDGE: Record<LineKind, string> = { base: '#d9d9d9', arrears: '#1677ff', retry: '#fa8c16', recovery: '#f5222d' };

function LineCard({ line }: { line: RollLine }) {
  const monthLabel = useMonthLabel();
  return (
    <Card
      size="small"
      data-testid="roll-line"
      style={{ borderInlineStart: `4px solid ${EDGE[line.kind]}` }}
      styles={{ body: { padding: 12 } }}
    >
      <Flex justify="space-between" align="center" gap={8} style={{ minHeight: 44 }}>
        <Link to={`/children/${line.childId}?tab=allowance`} style={{ fontSize: 16, fontWeight: 600 }}>
          {line.childName}
        </Link>
        <Yuan fen={line.amountFen} strong colored />
      </Flex>
      <Flex wrap gap={4} align="center">
        <KindTag kind={line.kind} />
        <Typography.Text type="secondary">{monthLabel(line.forMonth)}</Typography.Text>
        <Typography.Text type="secondary">· {line.townshipName}</Typography.Text>
        <PaymentTag status={line.paymentStatus} />
      </Flex>
      <Typography.Paragraph style={{ margin: '6px 0 0' }} data-testid="line-explanation">
        {line.explanation}
      </Typography.Paragraph>
      {line.failureReason && <Typography.Text type="danger">{line.failureReason}</Typography.Text>}
    </Card>
  );
}

export function RollLines({ roll }: { roll: RollView }) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const monthLabel = useMonthLabel();
  const categoryName = useCategoryName();
  const [kind, setKind] = useState<LineKind | 'all'>('all');
  const [township, setTownship] = useState<string | undefined>(undefined);
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const lines = useApiGet<RollLinesPage>(`/api/allowances/rolls/${roll.id}/lines`, {
    kind: kind === 'all' ? undefined : kind,
    township,
    q: q || undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  const kindCount = (k: LineKind) => roll.totals.byKind.find((row) => row.key === k)?.count ?? 0;
  const townships = roll.totals.byTownship.filter((row) => /^\d{9}$/.test(row.key));

  const columns: TableColumnsType<RollLine> = [
    {
      title: t('allowances.lines.name'),
      dataIndex: 'childName',
      width: 110,
      fixed: 'left',
      render: (name: string, line) => <Link to={`/children/${line.childId}?tab=allowance`}>{name}</Link>,
    },
    { title: t('allowances.lines.kind'), dataIndex: 'kind', width: 100, render: (k: LineKind) => <KindTag kind={k} /> },
    { title: t('allowances.lines.forMonth'), dataIndex: 'forMonth', width: 110, render: (m: string) => monthLabel(m) },
    {
      title: t('allowances.lines.amount'),
      dataIndex: 'amountFen',
      width: 120,
      align: 'right',
      render: (fen: number) => <Yuan fen={fen} strong colored />,
    },
    {
      title: t('allowances.lines.explanation'),
      dataIndex: 'explanation',
      render: (text: string, line) => (
        <>
          <span data-testid="line-explanation">{text}</span>
          {line.failureReason && (
            <Typography.Text type="danger" style={{ display: 'block' }}>
              {line.failureReason}
            </Typography.Text>
          )}
        </>
      ),
    },
    {
      title: t('allowances.lines.category'),
      dataIndex: 'category',
      width: 150,
      ellipsis: true,
      render: (c: string | null) => categoryName(c),
    },
    { title: t('allowances.lines.township'), dataIndex: 'townshipName', width: 130, ellipsis: true },
    {
      title: t('allowances.lines.payment'),
      dataIndex: 'paymentStatus',
      width: 100,
      render: (s: RollLine['paymentStatus']) => <PaymentTag status={s} />,
    },
    { title: t('allowances.lines.reference'), dataIndex: 'paymentReference', width: 170, ellipsis: true },
  ];

  const data = lines.data?.data ?? [];
  const total = lines.data?.total ?? 0;
  return (
    <Flex vertical gap={12} data-testid="roll-lines">
      <Segmented<LineKind | 'all'>
        value={kind}
        onChange={(value) => {
          setKind(value);
          setPage(1);
        }}
        options={[
          { value: 'all', label: t('allowances.lines.allKinds') },
          ...LINE_KINDS.filter((k) => kindCount(k) > 0 || k === kind).map((k) => ({
            value: k,
            label: `${t(`allowances.kind.${k}`)} ${kindCount(k)}`,
          })),
        ]}
        size={phone ? 'large' : 'middle'}
        style={{ alignSelf: 'flex-start', maxWidth: '100%', overflowX: 'auto' }}
        data-testid="line-kind"
      />
      <Flex wrap gap={8}>
        {townships.length > 1 && (
          <Select
            aria-label={t('allowances.lines.township')}
            allowClear
            placeholder={t('allowances.lines.allTownships')}
            value={township}
            onChange={(code: string | undefined) => {
              setTownship(code);
              setPage(1);
            }}
            options={townships.map((row) => ({ value: row.key, label: `${row.name}（${row.count}）` }))}
            style={{ minWidth: 180, flex: phone ? '1 1 100%' : undefined }}
            size={phone ? 'large' : 'middle'}
          />
        )}
        <Input.Search
          aria-label={t('allowances.lines.search')}
          placeholder={t('allowances.lines.searchPlaceholder')}
          allowClear
          maxLength={30}
          onSearch={(value) => {
            setQ(value.trim());
            setPage(1);
          }}
          style={{ maxWidth: phone ? undefined : 240 }}
          size={phone ? 'large' : 'middle'}
          data-testid="line-search"
        />
      </Flex>
      {lines.error !== undefined && !lines.data ? (
        <LoadProblem error={lines.error} />
      ) : !lines.data ? (
        <Skeleton active />
      ) : data.length === 0 ? (
        <Empty description={t('allowances.lines.empty')} />
      ) : phone ? (
        <>
          {data.map((line) => (
            <LineCard key={line.id} line={line} />
          ))}
          {total > PAGE_SIZE && (
            <Pagination
              current={page}
              pageSize={PAGE_SIZE}
              total={total}
              simple
              onChange={setPage}
              style={{ alignSelf: 'center' }}
            />
          )}
        </>
      ) : (
        <Table<RollLine>
          rowKey="id"
          size="middle"
          data-testid="roll-lines-table"
          columns={columns}
          dataSource={data}
          loading={lines.loading}
          onRow={(line) => ({ style: { boxShadow: `inset 4px 0 0 ${EDGE[line.kind]}` } })}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total,
            showSizeChanger: false,
            showTotal: (count) => t('allowances.lines.total', { count }),
            onChange: setPage,
          }}
          scroll={{ x: 1300 }}
        />
      )}
    </Flex>
  );
}
