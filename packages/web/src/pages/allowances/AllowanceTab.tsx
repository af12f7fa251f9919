// 发放台账 in a child's file: the payee account (masked; the full number on request for those who prepare rolls,
// which the server logs), changing it (holder from the child's guardians or the institution, bank, 联行行号,
// account number on a numeric keyboard, a reason), and the ledger month by month — entitled, paid, each line with
// its explanation, and the balance, owed or over-paid marked — with the Excel download.
import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Form,
  Input,
  Select,
  Skeleton,
  Switch,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { TableColumnsType } from 'antd';
import { EditOutlined, EyeOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type {
  AllowanceLedger,
  LedgerLine,
  LedgerMonth,
  PayeeAccountInput,
  PayeeAccountView,
} from '../../api/allowances';
import { ApiError, api, errorText } from '../../api/client';
import { useApiGet } from '../../api/useApiGet';
import { useAccess } from '../../auth/access';
import { ExportButton } from '../../components/ExportButton';
import { FormDialog } from '../../components/FormDialog';
import { LoadProblem } from '../../components/LoadProblem';
import { useIsPhone } from '../../hooks/useIsPhone';
import { KindTag, PaymentTag, Yuan, useCategoryName, useMonthLabel, useYuan } from './allowanceFormat';
import { accountDigits, balanceState } from './allowanceRules';
import { SchoolingCard } from './SchoolingCard';
import '../../i18n/allowances.zh-CN';

const INSTITUTION = 'institution';

interface AccountValues {
  /** A relation id, or INSTITUTION; named as the server's field so its error lands here. */
  holderRelationId: string;
  bankName: string;
  bankCode?: string;
  sameBank: boolean;
  accountNumber: string;
  reason: string;
}

function NotYet({ error, text }: { error: unknown; text: string }) {
  return error instanceof ApiError && error.status === 404 ? (
    <Alert type="info" showIcon message={text} />
  ) : (
    <LoadProblem error={error} />
  );
}

function PayeeAccount({ childId, canPrepare }: { childId: string; canPrepare: boolean }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const phone = useIsPhone();
  const path = `/api/children/${encodeURIComponent(childId)}/payee-account`;
  const account = useApiGet<PayeeAccountView>(path);
  const [full, setFull] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [unmasking, setUnmasking] = useState(false);
  if (account.error !== undefined && !account.data)
    return <NotYet error={account.error} text={t('allowances.tab.notAvailable')} />;
  if (!account.data) return <Skeleton active />;
  const view = account.data;
  const current = view.current;

  const unmask = async () => {
    setUnmasking(true);
    try {
      const answer = await api.post<{ accountNumber: string }>(`${path}/unmask`);
      setFull(answer.accountNumber);
      void message.info(t('allowances.tab.unmaskDone'));
    } catch (caught) {
      void message.error(errorText(caught));
    } finally {
      setUnmasking(false);
    }
  };

  const save = async (values: AccountValues) => {
    const institution = values.holderRelationId === INSTITUTION;
    const body: PayeeAccountInput = {
      holderKind: institution ? 'institution' : 'guardian',
      holderRelationId: institution ? null : values.holderRelationId,
      bankName: values.bankName.trim(),
      bankCode: values.bankCode?.trim() ?? '',
      sameBank: values.sameBank,
      accountNumber: accountDigits(values.accountNumber) ?? values.accountNumber,
      reason: values.reason.trim(),
    };
    await api.put(path, body);
    setEditing(false);
    setFull(null);
    account.reload();
  };

  const holderOptions = [
    ...view.candidates.map((c) => ({
      value: c.relationId,
      label: c.relationLabel ? `${c.name}（${c.relationLabel}）` : c.name,
    })),
    ...(view.institution
      ? [{ value: INSTITUTION, label: t('allowances.tab.holderInstitution', { name: view.institution.name }) }]
      : []),
  ];

  return (
    <Card
      size="small"
      title={t('allowances.tab.payee')}
      data-testid="payee-account"
      extra={
        canPrepare && (
          <Button
            icon={<EditOutlined />}
            onClick={() => setEditing(true)}
            style={phone ? { minHeight: 44 } : undefined}
            data-testid="payee-edit"
          >
            {current ? t('allowances.tab.edit') : t('allowances.tab.create')}
          </Button>
        )
      }
    >
      {view.payeeKind && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t(`allowances.tab.payeeKind.${view.payeeKind}`)}
        </Typography.Paragraph>
      )}
      {!current ? (
        <Alert type="warning" showIcon message={t('allowances.tab.noAccount')} />
      ) : (
        <Descriptions column={phone ? 1 : 2} size="small" bordered layout={phone ? 'vertical' : 'horizontal'}>
          <Descriptions.Item label={t('allowances.tab.holder')}>{current.holderName}</Descriptions.Item>
          <Descriptions.Item label={t('allowances.tab.bank')}>
            {current.bankName}{' '}
            <Tag>{current.sameBank ? t('allowances.tab.sameBankYes') : t('allowances.tab.sameBankNo')}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('allowances.tab.bankCode')}>{current.bankCode || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('allowances.tab.account')}>
            <Flex wrap gap={8} align="center">
              <Typography.Text
                copyable={full ? { text: full } : false}
                style={{ fontVariantNumeric: 'tabular-nums' }}
                data-testid="payee-number"
              >
                {full ?? current.accountMasked}
              </Typography.Text>
              {canPrepare && !full && (
                <Button
                  size={phone ? 'middle' : 'small'}
                  icon={<EyeOutlined />}
                  loading={unmasking}
                  onClick={() => void unmask()}
                  style={phone ? { minHeight: 44 } : undefined}
                  data-testid="payee-unmask"
                >
                  {t('allowances.tab.unmask')}
                </Button>
              )}
            </Flex>
          </Descriptions.Item>
        </Descriptions>
      )}
      {view.history.length > 0 && (
        <details style={{ marginTop: 8 }}>
          <summary style={{ cursor: 'pointer', minHeight: 32 }}>{t('allowances.tab.history')}</summary>
          <Flex vertical gap={2}>
            {view.history.map((h) => (
              <Typography.Text key={h.id} type="secondary">
                {t('allowances.tab.historyItem', {
                  at: new Date(h.createdAt).toLocaleString(i18n.language),
                  name: h.createdByName ?? '—',
                  holder: h.holderName,
                  bank: h.bankName,
                  account: h.accountMasked,
                })}
                {h.endedReason ? `（${h.endedReason}）` : ''}
              </Typography.Text>
            ))}
          </Flex>
        </details>
      )}
      <FormDialog<AccountValues>
        open={editing}
        title={t('allowances.tab.editTitle')}
        doneText={t('allowances.tab.saved')}
        onCancel={() => setEditing(false)}
        onSubmit={save}
        initialValues={{
          holderRelationId:
            current?.holderKind === 'institution' ? INSTITUTION : (current?.holderRelationId ?? undefined),
          bankName: current?.bankName ?? '',
          bankCode: current?.bankCode ?? '',
          sameBank: current?.sameBank ?? true,
          accountNumber: '',
          reason: '',
        }}
        testId="payee-form"
      >
        <Form.Item
          name="holderRelationId"
          label={t('allowances.tab.holderKind')}
          rules={[{ required: true, message: t('allowances.tab.holderRequired') }]}
        >
          <Select options={holderOptions} />
        </Form.Item>
        <Form.Item
          name="bankName"
          label={t('allowances.tab.bank')}
          rules={[{ required: true, whitespace: true, message: t('allowances.tab.bankRequired') }]}
        >
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item
          name="bankCode"
          label={t('allowances.tab.bankCode')}
          rules={[{ pattern: /^\d{12}$/, message: t('allowances.tab.bankCodeInvalid') }]}
        >
          <Input inputMode="numeric" maxLength={12} autoComplete="off" />
        </Form.Item>
        <Form.Item name="sameBank" label={t('allowances.tab.sameBank')} valuePropName="checked">
          <Switch
            checkedChildren={t('allowances.tab.sameBankYes')}
            unCheckedChildren={t('allowances.tab.sameBankNo')}
          />
        </Form.Item>
        <Form.Item
          name="accountNumber"
          label={t('allowances.tab.account')}
          rules={[
            { required: true, message: t('allowances.tab.accountRequired') },
            {
              validator: (_rule, value: string | undefined) =>
                !value || accountDigits(value) !== null
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('allowances.tab.accountInvalid'))),
            },
          ]}
        >
          <Input inputMode="numeric" autoComplete="off" maxLength={40} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('allowances.tab.reason')}
          rules={[{ required: true, whitespace: true, message: t('allowances.tab.reasonRequired') }]}
        >
          <Input.TextArea rows={2} maxLength={200} />
        </Form.Item>
      </FormDialog>
    </Card>
  );
}

function Balance({ fen }: { fen: number }) {
  const { t } = useTranslation();
  const yuan = useYuan();
  const state = balanceState(fen);
  if (state === 'even') return <Typography.Text type="secondary">{t('allowances.tab.even')}</Typography.Text>;
  return (
    <Tag color={state === 'owed' ? 'orange' : 'red'} data-testid={`balance-${state}`}>
      {t(`allowances.tab.${state}`, { amount: yuan(Math.abs(fen)) })}
    </Tag>
  );
}

function LedgerLines({ lines }: { lines: LedgerLine[] }) {
  const monthLabel = useMonthLabel();
  return (
    <Flex vertical gap={6}>
      {lines.map((line, index) => (
        <Flex key={`${line.rollMonth}-${line.kind}-${index}`} vertical gap={2}>
          <Flex wrap gap={6} align="center">
            <KindTag kind={line.kind} />
            <Typography.Text type="secondary">{monthLabel(line.rollMonth)}</Typography.Text>
            <Yuan fen={line.amountFen} colored />
            <PaymentTag status={line.paymentStatus} />
          </Flex>
          <Typography.Text>{line.explanation}</Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}

function Ledger({ childId }: { childId: string }) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const monthLabel = useMonthLabel();
  const categoryName = useCategoryName();
  const yuan = useYuan();
  const path = `/api/children/${encodeURIComponent(childId)}/allowance-ledger`;
  const ledger = useApiGet<AllowanceLedger>(path);
  const download = (
    <ExportButton
      path={`${path}.xlsx`}
      fallbackName="allowance-ledger.xlsx"
      label={t('allowances.tab.download')}
      doneMessage={t('allowances.tab.downloadDone')}
      testId="ledger-download"
      style={phone ? { minHeight: 44 } : undefined}
    />
  );
  if (ledger.error !== undefined && !ledger.data)
    return <NotYet error={ledger.error} text={t('allowances.tab.ledgerNotAvailable')} />;
  if (!ledger.data) return <Skeleton active />;
  const { data: months, totals } = ledger.data;
  const columns: TableColumnsType<LedgerMonth> = [
    { title: t('allowances.tab.month'), dataIndex: 'month', width: 110, render: (m: string) => monthLabel(m) },
    {
      title: t('allowances.lines.category'),
      dataIndex: 'category',
      width: 170,
      ellipsis: true,
      render: (c: string | null) => categoryName(c),
    },
    {
      title: t('allowances.tab.entitled'),
      dataIndex: 'entitledFen',
      width: 110,
      align: 'right',
      render: (f: number) => <Yuan fen={f} />,
    },
    {
      title: t('allowances.tab.paid'),
      dataIndex: 'paidFen',
      width: 110,
      align: 'right',
      render: (f: number) => <Yuan fen={f} />,
    },
    {
      title: t('allowances.tab.balance'),
      key: 'balance',
      width: 140,
      render: (_v, m) => <Balance fen={m.entitledFen - m.paidFen} />,
    },
    { title: t('allowances.lines.explanation'), key: 'lines', render: (_v, m) => <LedgerLines lines={m.lines} /> },
  ];
  return (
    <Card size="small" title={t('allowances.tab.ledger')} extra={download} data-testid="allowance-ledger">
      {months.length === 0 ? (
        <Empty description={t('allowances.tab.ledgerEmpty')} />
      ) : (
        <Flex vertical gap={8}>
          <Flex wrap gap={8} align="center">
            <Typography.Text strong>
              {t('allowances.tab.totals', { entitled: yuan(totals.entitledFen), paid: yuan(totals.paidFen) })}
            </Typography.Text>
            <Balance fen={totals.balanceFen} />
          </Flex>
          {phone ? (
            months.map((m) => (
              <Card
                key={m.month}
                size="small"
                style={{
                  borderInlineStart: `4px solid ${
                    balanceState(m.entitledFen - m.paidFen) === 'even'
                      ? '#d9d9d9'
                      : balanceState(m.entitledFen - m.paidFen) === 'owed'
                        ? '#fa8c16'
                        : '#f5222d'
                  }`,
                }}
              >
                <Flex justify="space-between" align="center" gap={8} style={{ minHeight: 32 }}>
                  <Typography.Text strong>{monthLabel(m.month)}</Typography.Text>
                  <Balance fen={m.entitledFen - m.paidFen} />
                </Flex>
                <Typography.Text type="secondary">
                  {categoryName(m.category)} · {t('allowances.tab.entitled')} {yuan(m.entitledFen)} ·{' '}
                  {t('allowances.tab.paid')} {yuan(m.paidFen)}
                </Typography.Text>
                <div style={{ marginTop: 6 }}>
                  <LedgerLines lines={m.lines} />
                </div>
              </Card>
            ))
          ) : (
            <Table<LedgerMonth>
              rowKey="month"
              size="small"
              columns={columns}
              dataSource={months}
              pagination={months.length > 24 ? { pageSize: 24, showSizeChanger: false } : false}
              rowClassName={(m) => (balanceState(m.entitledFen - m.paidFen) === 'even' ? '' : 'hehu-ledger-unsettled')}
              scroll={{ x: 900 }}
            />
          )}
        </Flex>
      )}
    </Card>
  );
}

export function AllowanceTab({ childId }: { childId: string }) {
  const { can } = useAccess();
  // A schooling record changes the months owed: the ledger is read again after one.
  const [revision, setRevision] = useState(0);
  return (
    <Flex vertical gap={12} style={{ paddingTop: 8 }} data-testid="allowance-tab">
      <PayeeAccount childId={childId} canPrepare={can('allowances:prepare')} />
      <SchoolingCard
        childId={childId}
        canPrepare={can('allowances:prepare')}
        onChanged={() => setRevision((n) => n + 1)}
      />
      <Ledger key={revision} childId={childId} />
    </Flex>
  );
}
