// The dry-run result: counts, columns the server did not recognise, and every row with its problems.
// The table pages (only one page is rendered), so a 10,000-row ledger stays responsive.
import { useMemo, useState } from 'react';
import { Alert, Button, Card, Col, Flex, List, Row, Space, Statistic, Switch, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportCheck, ImportRow, ImportRowStatus } from '../../../api/registry';
import { ExportButton } from '../../../components/ExportButton';
import { useIsPhone } from '../../../hooks/useIsPhone';
import { fieldName } from '../file/historyFormat';
import { monospace } from '../childFormat';
import '../../../i18n/registryPages.zh-CN';

const STATUS_COLOUR: Record<ImportRowStatus, string> = {
  valid: 'green',
  error: 'red',
  duplicate_in_file: 'orange',
  exists: 'gold',
};

interface Props {
  check: ImportCheck;
  onBack: () => void;
  onNext: () => void;
}

export function ImportCheckResult({ check, onBack, onNext }: Props) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const invalid = check.totalRows - check.validRows;
  // Rows to fix (errors, repeats in the file); rows already on record are skipped, not refused.
  const refused = check.rows.filter((r) => r.status === 'error' || r.status === 'duplicate_in_file').length;
  const [onlyProblems, setOnlyProblems] = useState(invalid > 0);
  const rows = useMemo(
    () => (onlyProblems ? check.rows.filter((r) => r.status !== 'valid') : check.rows),
    [check.rows, onlyProblems],
  );

  const problemRowsButton = (
    <ExportButton
      path={`/api/children/import/${encodeURIComponent(check.jobId)}/problems`}
      fallbackName="problem-rows.xlsx"
      label={t('listExport.problemRows')}
      testId="import-problem-rows"
      style={phone ? { width: '100%', marginTop: 4 } : undefined}
    />
  );

  const columns: TableColumnsType<ImportRow> = [
    { title: t('importWizard.row'), dataIndex: 'row', width: 72 },
    {
      title: t('importWizard.name'),
      dataIndex: 'name',
      width: 110,
      render: (v: string | null) => v ?? t('common.empty'),
    },
    {
      title: t('importWizard.idNumber'),
      dataIndex: 'idNumberMasked',
      width: 190,
      responsive: ['md'],
      render: (v: string | null) => <span style={monospace}>{v ?? t('common.empty')}</span>,
    },
    {
      title: t('importWizard.status'),
      dataIndex: 'status',
      width: 110,
      render: (s: ImportRowStatus) => <Tag color={STATUS_COLOUR[s]}>{t(`importWizard.statusValue.${s}`)}</Tag>,
    },
    {
      title: t('importWizard.problems'),
      dataIndex: 'errors',
      render: (_v, row) =>
        row.errors.length === 0 ? (
          t('common.empty')
        ) : (
          <Flex vertical gap={2}>
            {row.errors.map((e, i) => (
              <Typography.Text key={`${e.field}-${i}`} className="hehu-break">
                <Typography.Text type="secondary">
                  {t('common.labelValue', { label: fieldName(e.field, t), value: '' })}
                </Typography.Text>
                {e.message}
              </Typography.Text>
            ))}
          </Flex>
        ),
    },
  ];

  return (
    <Flex vertical gap={16} data-testid="import-check">
      <Row gutter={[12, 12]}>
        <Col xs={8}>
          <Card size="small">
            <Statistic title={t('importWizard.total')} value={check.totalRows} />
          </Card>
        </Col>
        <Col xs={8}>
          <Card size="small">
            <Statistic title={t('importWizard.valid')} value={check.validRows} valueStyle={{ color: '#389e0d' }} />
          </Card>
        </Col>
        <Col xs={8}>
          <Card size="small">
            <Statistic
              title={t('importWizard.invalid')}
              value={invalid}
              valueStyle={{ color: invalid > 0 ? '#cf1322' : undefined }}
            />
          </Card>
        </Col>
      </Row>
      {(check.notes ?? []).map((note) => (
        <Alert key={note} type="info" showIcon message={note} />
      ))}
      {check.unknownColumns.length > 0 && (
        <Alert
          type="warning"
          showIcon
          message={t('importWizard.unknownColumns')}
          description={
            <Space size={[4, 4]} wrap>
              {check.unknownColumns.map((c) => (
                <Tag key={c}>{c}</Tag>
              ))}
            </Space>
          }
        />
      )}
      {refused > 0 && (
        // On a phone the button goes under the text at full width; beside it the text would be a narrow column.
        <Alert
          type="warning"
          showIcon
          message={t('listExport.problemRowsHint')}
          description={phone ? problemRowsButton : undefined}
          action={phone ? undefined : problemRowsButton}
        />
      )}
      <Flex align="center" gap={8}>
        <Switch checked={onlyProblems} onChange={setOnlyProblems} aria-label={t('importWizard.onlyProblems')} />
        <Typography.Text>{t('importWizard.onlyProblems')}</Typography.Text>
      </Flex>
      {phone ? (
        // A phone gets one card-like row per ledger row; the list pages like the table does.
        <List<ImportRow>
          size="small"
          bordered
          dataSource={rows}
          rowKey="row"
          pagination={{ pageSize: 20, simple: true, align: 'center' }}
          renderItem={(row) => (
            <List.Item>
              <Flex vertical gap={2} style={{ width: '100%' }}>
                <Flex gap={8} align="center" wrap>
                  <Typography.Text type="secondary">
                    {t('common.labelValue', { label: t('importWizard.row'), value: row.row })}
                  </Typography.Text>
                  <Typography.Text strong>{row.name ?? t('common.empty')}</Typography.Text>
                  <Tag color={STATUS_COLOUR[row.status]}>{t(`importWizard.statusValue.${row.status}`)}</Tag>
                </Flex>
                {row.errors.map((e, i) => (
                  <Typography.Text key={`${e.field}-${i}`} className="hehu-break">
                    <Typography.Text type="secondary">
                      {t('common.labelValue', { label: fieldName(e.field, t), value: '' })}
                    </Typography.Text>
                    {e.message}
                  </Typography.Text>
                ))}
              </Flex>
            </List.Item>
          )}
        />
      ) : (
        <Table<ImportRow>
          rowKey="row"
          size="small"
          columns={columns}
          dataSource={rows}
          pagination={{ defaultPageSize: 50, showSizeChanger: true, pageSizeOptions: [20, 50, 100] }}
          scroll={{ x: 760 }}
        />
      )}
      <Flex gap={8}>
        <Button onClick={onBack}>{t('importWizard.prev')}</Button>
        <Button type="primary" onClick={onNext} disabled={check.validRows === 0}>
          {t('importWizard.next')}
        </Button>
      </Flex>
    </Flex>
  );
}
