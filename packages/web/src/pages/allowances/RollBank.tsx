// The roll's way to the bank and back: the payment file in the county bank's layout (xlsx or csv), the bank's
// return file uploaded with a progress bar (a refused file lists its problems by row), and the reconciliation —
// expected, paid, failed, awaiting return — with the failed payments and the files loaded so far.
import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Dropdown,
  Empty,
  Flex,
  Modal,
  Progress,
  Row,
  Skeleton,
  Statistic,
  Table,
  Typography,
} from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { BankReturnAnswer, BankReturnProblem, Reconciliation, RollView } from '../../api/allowances';
import { ApiError, errorText } from '../../api/client';
import { downloadFile, uploadRaw } from '../../api/files';
import { useApiGet } from '../../api/useApiGet';
import { ExportButton } from '../../components/ExportButton';
import { LoadProblem } from '../../components/LoadProblem';
import { useIsPhone } from '../../hooks/useIsPhone';
import { useLang } from '../children/childFormat';
import { Yuan, useYuan } from './allowanceFormat';
import '../../i18n/allowances.zh-CN';

/** The problems of a refused return file, when the answer carries them. */
function problemsOf(caught: unknown): BankReturnProblem[] | null {
  if (!(caught instanceof ApiError) || !Array.isArray(caught.details.problems)) return null;
  return (caught.details.problems as unknown[]).filter(
    (p): p is BankReturnProblem =>
      typeof p === 'object' && p !== null && 'row' in p && 'zh' in p && typeof (p as { zh: unknown }).zh === 'string',
  );
}

export function ExportBankButton({ roll }: { roll: RollView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const phone = useIsPhone();
  const [busy, setBusy] = useState(false);
  const run = async (format: 'xlsx' | 'csv') => {
    setBusy(true);
    try {
      await downloadFile(
        `/api/allowances/rolls/${roll.id}/bank-file`,
        { format },
        `bank-${roll.countyCode}-${roll.month}.${format}`,
      );
      void message.success(t('allowances.roll.exportDone'));
    } catch (caught) {
      void message.error(errorText(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'xlsx', label: t('allowances.roll.exportXlsx'), style: phone ? { minHeight: 44 } : undefined },
          { key: 'csv', label: t('allowances.roll.exportCsv'), style: phone ? { minHeight: 44 } : undefined },
        ],
        onClick: ({ key }) => void run(key === 'csv' ? 'csv' : 'xlsx'),
      }}
    >
      <Button
        icon={<DownloadOutlined />}
        loading={busy}
        data-testid="bank-export"
        style={phone ? { minHeight: 44 } : undefined}
      >
        {t('allowances.roll.exportBank')}
      </Button>
    </Dropdown>
  );
}

export function BankReturnButton({ roll, onLoaded }: { roll: RollView; onLoaded: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const lang = useLang();
  const phone = useIsPhone();
  const input = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const [percent, setPercent] = useState<number | null>(null);
  const [problems, setProblems] = useState<BankReturnProblem[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const send = async (file: File) => {
    setPercent(0);
    setProblems(null);
    setFailure(null);
    try {
      const answer = await uploadRaw<BankReturnAnswer>(`/api/allowances/rolls/${roll.id}/bank-return`, file, {
        query: { fileName: file.name },
        onProgress: setPercent,
      });
      void message.success(
        t('allowances.bank.uploaded', { paid: answer.summary.paidCount, failed: answer.summary.failedCount }),
      );
      setOpen(false);
      onLoaded();
    } catch (caught) {
      const listed = problemsOf(caught);
      if (listed && listed.length > 0) setProblems(listed);
      else
        setFailure(
          caught instanceof ApiError && caught.status === 404 ? t('allowances.bank.notAvailable') : errorText(caught),
        );
    } finally {
      setPercent(null);
    }
  };

  return (
    <>
      <Button
        icon={<UploadOutlined />}
        onClick={() => setOpen(true)}
        data-testid="bank-return"
        style={phone ? { minHeight: 44 } : undefined}
      >
        {t('allowances.roll.loadReturn')}
      </Button>
      <Modal
        open={open}
        title={t('allowances.bank.uploadTitle')}
        onCancel={() => setOpen(false)}
        footer={null}
        destroyOnHidden
        afterOpenChange={(visible) => {
          if (!visible) {
            setProblems(null);
            setFailure(null);
          }
        }}
      >
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">{t('allowances.bank.uploadHint')}</Typography.Text>
          <input
            ref={input}
            type="file"
            accept=".xlsx,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            style={{ display: 'none' }}
            data-testid="bank-return-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = '';
              if (file) void send(file);
            }}
          />
          <Button
            type="primary"
            icon={<UploadOutlined />}
            loading={percent !== null}
            onClick={() => input.current?.click()}
            style={{ minHeight: 44 }}
          >
            {t('allowances.bank.choose')}
          </Button>
          {percent !== null && (
            <Progress percent={percent} status="active" aria-label={t('allowances.bank.uploading', { percent })} />
          )}
          {failure && <Alert type="error" showIcon message={failure} />}
          {problems && (
            <>
              <Alert type="error" showIcon message={t('allowances.bank.problems')} />
              <Table<BankReturnProblem>
                size="small"
                rowKey={(p) => `${p.row ?? 0}-${p.code}-${p.zh}`}
                data-testid="bank-return-problems"
                dataSource={problems}
                pagination={problems.length > 20 ? { pageSize: 20, simple: true } : false}
                columns={[
                  {
                    title: t('allowances.bank.row'),
                    dataIndex: 'row',
                    width: 60,
                    render: (row: number | null) => row ?? '—',
                  },
                  { title: t('allowances.bank.problem'), key: 'text', render: (_v, p) => p[lang] },
                ]}
              />
            </>
          )}
        </Flex>
      </Modal>
    </>
  );
}

function SummaryCards({ summary }: { summary: Reconciliation['summary'] }) {
  const { t } = useTranslation();
  const yuan = useYuan();
  const cards: { key: string; title: string; count: number; fen?: number; color?: string }[] = [
    { key: 'expected', title: t('allowances.bank.expected'), count: summary.expectedCount, fen: summary.expectedFen },
    { key: 'paid', title: t('allowances.bank.paid'), count: summary.paidCount, fen: summary.paidFen, color: '#389e0d' },
    {
      key: 'failed',
      title: t('allowances.bank.failed'),
      count: summary.failedCount,
      fen: summary.failedFen,
      color: summary.failedCount > 0 ? '#cf1322' : undefined,
    },
    { key: 'pending', title: t('allowances.bank.pending'), count: summary.pendingCount },
    { key: 'unsent', title: t('allowances.bank.unsent'), count: summary.unsentCount },
  ];
  return (
    <Row gutter={[8, 8]} data-testid="reconciliation-summary">
      {cards.map((c) => (
        <Col key={c.key} xs={12} sm={8} lg={c.fen === undefined ? 3 : 6}>
          <Card size="small" style={{ height: '100%' }}>
            <Statistic title={c.title} value={c.count} valueStyle={{ color: c.color, fontSize: 20 }} />
            {c.fen !== undefined && <Typography.Text type="secondary">{yuan(c.fen)}</Typography.Text>}
          </Card>
        </Col>
      ))}
    </Row>
  );
}

export function RollReconciliation({ roll }: { roll: RollView }) {
  const { t, i18n } = useTranslation();
  const sent = roll.status !== 'draft';
  const data = useApiGet<Reconciliation>(sent ? `/api/allowances/rolls/${roll.id}/reconciliation` : null);
  if (!sent) return <Empty description={t('allowances.bank.empty')} />;
  if (data.error !== undefined && !data.data)
    return data.error instanceof ApiError && data.error.status === 404 ? (
      <Alert type="info" showIcon message={t('allowances.bank.notAvailable')} />
    ) : (
      <LoadProblem error={data.error} />
    );
  if (!data.data) return <Skeleton active />;
  const view = data.data;
  return (
    <Flex vertical gap={12} data-testid="reconciliation">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('allowances.bank.summary')}
        </Typography.Title>
        <ExportButton
          path={`/api/allowances/rolls/${roll.id}/reconciliation.xlsx`}
          fallbackName={`reconciliation-${roll.countyCode}-${roll.month}.xlsx`}
          label={t('allowances.bank.download')}
          doneMessage={t('allowances.bank.downloadDone')}
          testId="reconciliation-download"
          style={{ minHeight: 44 }}
        />
      </Flex>
      <SummaryCards summary={view.summary} />
      <Card size="small" title={t('allowances.bank.failedList')}>
        {view.failed.length === 0 ? (
          <Typography.Text type="secondary">{t('allowances.bank.noFailed')}</Typography.Text>
        ) : (
          <Table
            size="small"
            rowKey="reference"
            dataSource={view.failed}
            pagination={view.failed.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
            scroll={{ x: 600 }}
            data-testid="reconciliation-failed"
            columns={[
              {
                title: t('allowances.lines.name'),
                dataIndex: 'childName',
                width: 100,
                render: (name: string, row) => <Link to={`/children/${row.childId}?tab=allowance`}>{name}</Link>,
              },
              { title: t('allowances.lines.reference'), dataIndex: 'reference', width: 170 },
              {
                title: t('allowances.lines.amount'),
                dataIndex: 'amountFen',
                width: 110,
                align: 'right',
                render: (fen: number) => <Yuan fen={fen} />,
              },
              { title: t('allowances.bank.failedReason'), dataIndex: 'reason' },
            ]}
          />
        )}
      </Card>
      {view.imports.length > 0 && (
        <Card size="small" title={t('allowances.bank.imports')}>
          <Flex vertical gap={4}>
            {view.imports.map((file) => (
              <Typography.Text key={`${file.fileName}-${file.uploadedAt}`}>
                {new Date(file.uploadedAt).toLocaleString(i18n.language)} · {file.fileName}
                {file.uploadedBy ? ` · ${file.uploadedBy}` : ''} · {t('allowances.bank.paid')}{' '}
                {file.summary.paidCount ?? 0} · {t('allowances.bank.failed')} {file.summary.failedCount ?? 0}
              </Typography.Text>
            ))}
          </Flex>
        </Card>
      )}
    </Flex>
  );
}
