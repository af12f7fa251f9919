// 签订率: the share of left-behind children with a signed entrusted-care agreement, area by area (lowest first,
// as the server orders them), with the total of the caller's area.
import { Empty, Skeleton, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SigningRates as Rates, SigningRow } from '../../api/care';
import { useApiGet } from '../../api/useApiGet';
import { LoadProblem } from '../../components/LoadProblem';
import '../../i18n/care.zh-CN';

const percent = (rate: number | null, none: string) => (rate === null ? none : `${(rate * 100).toFixed(1)}%`);

export function SigningRates({ division }: { division: string | undefined }) {
  const { t } = useTranslation();
  const rates = useApiGet<Rates>('/api/left-behind/signing', { division });
  if (rates.error !== undefined && !rates.data) return <LoadProblem error={rates.error} />;
  if (!rates.data) return <Skeleton active />;
  if (rates.data.data.length === 0) return <Empty description={t('care.signing.empty')} />;
  const none = t('care.signing.none');
  const columns: TableColumnsType<SigningRow> = [
    { title: t('care.signing.area'), dataIndex: 'name' },
    { title: t('care.signing.leftBehind'), dataIndex: 'leftBehind', align: 'right', width: 100 },
    { title: t('care.signing.signed'), dataIndex: 'signed', align: 'right', width: 100 },
    {
      title: t('care.signing.rate'),
      dataIndex: 'rate',
      align: 'right',
      width: 100,
      render: (rate: number | null) => percent(rate, none),
    },
  ];
  const total = rates.data.total;
  return (
    <Table<SigningRow>
      rowKey="code"
      size="middle"
      data-testid="signing-table"
      columns={columns}
      dataSource={rates.data.data}
      loading={rates.loading}
      pagination={false}
      summary={() => (
        <Table.Summary.Row data-testid="signing-total">
          <Table.Summary.Cell index={0}>
            <Typography.Text strong>{t('care.signing.total')}</Typography.Text>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right">
            {total.leftBehind}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={2} align="right">
            {total.signed}
          </Table.Summary.Cell>
          <Table.Summary.Cell index={3} align="right">
            <Typography.Text strong>{percent(total.rate, none)}</Typography.Text>
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}
