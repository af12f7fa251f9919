// One county's roll for one month: status and who did what, totals by kind, category and township, why it cannot
// be approved yet (in words, from the server), the actions the server allows this user now, and three parts —
// the lines with their explanations, the supervision findings, and the bank file with its reconciliation.
import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, App, Badge, Button, Card, Col, Flex, Row, Skeleton, Statistic, Tabs, Typography } from 'antd';
import { ArrowLeftOutlined, CheckOutlined, LockOutlined, ReloadOutlined, SyncOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { AmountRow, RollView } from '../../api/allowances';
import { ApiError, api, errorText } from '../../api/client';
import { useApiGet } from '../../api/useApiGet';
import { useAccess } from '../../auth/access';
import { LoadProblem } from '../../components/LoadProblem';
import { useIsPhone } from '../../hooks/useIsPhone';
import { RollStatusTag, Yuan, useMonthLabel, useYuan } from './allowanceFormat';
import { BankReturnButton, ExportBankButton, RollReconciliation } from './RollBank';
import { RollFindings } from './RollFindings';
import { RollLines } from './RollLines';
import '../../i18n/allowances.zh-CN';

const TABS = ['lines', 'findings', 'bank'] as const;
type TabKey = (typeof TABS)[number];
const isTab = (value: string | null): value is TabKey => (TABS as readonly (string | null)[]).includes(value);

function Breakdown({ title, rows, label }: { title: string; rows: AmountRow[]; label?: (row: AmountRow) => string }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={title} style={{ height: '100%' }}>
      <Flex vertical gap={4}>
        {rows.length === 0 && <Typography.Text type="secondary">—</Typography.Text>}
        {rows.map((row) => (
          <Flex key={row.key} justify="space-between" gap={8}>
            <Typography.Text ellipsis style={{ flex: 1 }}>
              {label ? label(row) : row.name}
              <Typography.Text type="secondary">
                {' '}
                · {t('allowances.roll.countValue', { count: row.count })}
              </Typography.Text>
            </Typography.Text>
            <Yuan fen={row.fen} colored />
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}

function RollHeader({ roll }: { roll: RollView }) {
  const { t, i18n } = useTranslation();
  const yuan = useYuan();
  const at = (value: string) => new Date(value).toLocaleString(i18n.language);
  const kindLabel = (row: AmountRow) =>
    (['base', 'arrears', 'retry', 'recovery'] as const).some((k) => k === row.key)
      ? t(`allowances.kind.${row.key as 'base'}`)
      : row.name;
  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">
        {t('allowances.roll.version', { version: roll.version })} ·{' '}
        {t('allowances.roll.generatedBy', { name: roll.generatedBy ?? '—', at: at(roll.generatedAt) })}
        {roll.approvedAt && (
          <> · {t('allowances.roll.approvedBy', { name: roll.approvedBy ?? '—', at: at(roll.approvedAt) })}</>
        )}
        {roll.lockedAt && <> · {t('allowances.roll.lockedAt', { at: at(roll.lockedAt) })}</>}
      </Typography.Text>
      <Row gutter={[8, 8]} data-testid="roll-totals">
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('allowances.roll.children')} value={roll.totals.children} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('allowances.roll.lines')} value={roll.totals.lines} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('allowances.roll.total')} value={yuan(roll.totals.totalFen)} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={t('allowances.roll.toBank')}
              value={yuan(roll.totals.toBankFen)}
              suffix={
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('allowances.roll.toBankCount', { count: roll.totals.toBankCount })}
                </Typography.Text>
              }
            />
          </Card>
        </Col>
      </Row>
      <Row gutter={[8, 8]}>
        <Col xs={24} md={8}>
          <Breakdown title={t('allowances.roll.byKind')} rows={roll.totals.byKind} label={kindLabel} />
        </Col>
        <Col xs={24} md={8}>
          <Breakdown title={t('allowances.roll.byCategory')} rows={roll.totals.byCategory} />
        </Col>
        <Col xs={24} md={8}>
          <Breakdown title={t('allowances.roll.byTownship')} rows={roll.totals.byTownship} />
        </Col>
      </Row>
      {roll.status !== 'draft' && (
        <Typography.Text>
          {t('allowances.roll.payments')}：
          {t('allowances.roll.paymentsValue', {
            paid: roll.payments.paid,
            failed: roll.payments.failed,
            pending: roll.payments.pending,
            unsent: roll.payments.unsent,
          })}
        </Typography.Text>
      )}
    </Flex>
  );
}

export default function RollPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { can } = useAccess();
  const { message, modal } = App.useApp();
  const navigate = useNavigate();
  const phone = useIsPhone();
  const monthLabel = useMonthLabel();
  const [search, setSearch] = useSearchParams();
  const tab = isTab(search.get('tab')) ? (search.get('tab') as TabKey) : 'lines';
  const loaded = useApiGet<RollView>(`/api/allowances/rolls/${encodeURIComponent(id)}`);
  const [busy, setBusy] = useState<string | null>(null);
  const roll = loaded.data?.id === id ? loaded.data : undefined;

  const act = async (name: string, run: () => Promise<RollView>, done: string) => {
    setBusy(name);
    try {
      const next = await run();
      void message.success(done);
      if (next.id !== id) void navigate(`/allowances/rolls/${next.id}`, { replace: true });
      else loaded.reload();
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'ROLL_CHANGED') {
        void message.warning(t('allowances.roll.changed'));
        loaded.reload();
      } else {
        void message.error(errorText(caught));
        if (caught instanceof ApiError && caught.status === 409) loaded.reload();
      }
    } finally {
      setBusy(null);
    }
  };

  const buttonStyle = phone ? { minHeight: 44 } : undefined;
  const actions = roll && (
    <Flex wrap gap={8} data-testid="roll-actions">
      {roll.actions.regenerate && (
        <Button
          icon={<ReloadOutlined />}
          loading={busy === 'regenerate'}
          style={buttonStyle}
          data-testid="roll-regenerate"
          onClick={() =>
            void act(
              'regenerate',
              () => api.post<RollView>('/api/allowances/rolls', { countyCode: roll.countyCode, month: roll.month }),
              t('allowances.roll.regenerated'),
            )
          }
        >
          {t('allowances.roll.regenerate')}
        </Button>
      )}
      {roll.actions.recheck && (
        <Button
          type="primary"
          icon={<SyncOutlined />}
          loading={busy === 'recheck'}
          style={buttonStyle}
          data-testid="roll-recheck"
          onClick={() =>
            void act(
              'recheck',
              () => api.post<RollView>(`/api/allowances/rolls/${roll.id}/check`, { version: roll.version }),
              t('allowances.roll.rechecked'),
            )
          }
        >
          {t('allowances.roll.recheck')}
        </Button>
      )}
      {roll.actions.approve && (
        <Button
          type="primary"
          icon={<CheckOutlined />}
          loading={busy === 'approve'}
          style={buttonStyle}
          data-testid="roll-approve"
          onClick={() => {
            modal.confirm({
              title: t('allowances.roll.approveTitle'),
              content: t('allowances.roll.approveText'),
              okText: t('allowances.roll.approve'),
              cancelText: t('common.cancel'),
              onOk: () =>
                act(
                  'approve',
                  () => api.post<RollView>(`/api/allowances/rolls/${roll.id}/approve`, { version: roll.version }),
                  t('allowances.roll.approved'),
                ),
            });
          }}
        >
          {t('allowances.roll.approve')}
        </Button>
      )}
      {roll.actions.lock && (
        <Button
          type="primary"
          icon={<LockOutlined />}
          loading={busy === 'lock'}
          style={buttonStyle}
          data-testid="roll-lock"
          onClick={() => {
            modal.confirm({
              title: t('allowances.roll.lockTitle'),
              content: t('allowances.roll.lockText'),
              okText: t('allowances.roll.lock'),
              okButtonProps: { danger: true },
              cancelText: t('common.cancel'),
              onOk: () =>
                act(
                  'lock',
                  () => api.post<RollView>(`/api/allowances/rolls/${roll.id}/lock`, { version: roll.version }),
                  t('allowances.roll.locked'),
                ),
            });
          }}
        >
          {t('allowances.roll.lock')}
        </Button>
      )}
      {roll.actions.exportBank && <ExportBankButton roll={roll} />}
      {roll.actions.loadReturn && <BankReturnButton roll={roll} onLoaded={loaded.reload} />}
    </Flex>
  );

  const findingCount = roll ? roll.findings.blocking + roll.findings.warnings : 0;
  return (
    <PageContainer
      className="hehu-page"
      title={
        roll
          ? t('allowances.roll.title', { county: roll.countyName, month: monthLabel(roll.month) })
          : t('menu.allowanceRoll')
      }
      tags={roll ? <RollStatusTag status={roll.status} /> : undefined}
      extra={
        <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate('/allowances/rolls')} style={buttonStyle}>
          {t('allowances.roll.back')}
        </Button>
      }
    >
      {loaded.error !== undefined && !roll ? (
        <LoadProblem error={loaded.error} />
      ) : !roll ? (
        <Skeleton active />
      ) : (
        <Flex vertical gap={12}>
          {loaded.error !== undefined && <LoadProblem error={loaded.error} />}
          {roll.approvalBlockers.length > 0 && (
            <Alert
              type="warning"
              showIcon
              message={t('allowances.roll.blockers')}
              data-testid="roll-blockers"
              description={
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {roll.approvalBlockers.map((text) => (
                    <li key={text}>{text}</li>
                  ))}
                </ul>
              }
            />
          )}
          {actions}
          <RollHeader roll={roll} />
          <Tabs
            activeKey={tab}
            onChange={(key) => setSearch(key === 'lines' ? {} : { tab: key }, { replace: true })}
            style={{ background: '#fff', padding: phone ? '0 12px 12px' : '0 16px 16px', borderRadius: 8 }}
            items={[
              {
                key: 'lines',
                label: t('allowances.roll.tabLines'),
                children: <RollLines key={roll.version} roll={roll} />,
              },
              {
                key: 'findings',
                label: (
                  <Badge
                    count={findingCount}
                    size="small"
                    offset={[8, -2]}
                    color={roll.findings.blocking > 0 ? 'red' : 'gold'}
                  >
                    {t('allowances.roll.tabFindings')}
                  </Badge>
                ),
                children: (
                  <RollFindings
                    key={`${roll.version}-${roll.findingsCheck.checkedAt ?? ''}`}
                    roll={roll}
                    editable={roll.status === 'draft' && can('allowances:prepare')}
                    onChanged={loaded.reload}
                  />
                ),
              },
              {
                key: 'bank',
                label: t('allowances.roll.tabBank'),
                children: (
                  <RollReconciliation
                    key={`${roll.version}-${roll.payments.paid}-${roll.payments.failed}`}
                    roll={roll}
                  />
                ),
              },
            ]}
          />
        </Flex>
      )}
    </PageContainer>
  );
}
