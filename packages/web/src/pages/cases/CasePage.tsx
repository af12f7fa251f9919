// The case workspace: receipt, tier, the seven stages as steps and the deadline; who broke the glass; the actions
// the server allows now; then the timeline, the reports and their sources, the help plan, the referrals and the
// guardianship measures. A case in the user's area that they are not on the team of answers 403 CASE_TEAM_ONLY:
// the reason is shown with the break-the-glass form instead of the page.
import { useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { PageContainer } from '@ant-design/pro-components';
import {
  Alert,
  App,
  Badge,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  Skeleton,
  Space,
  Progress,
  Steps,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { ArrowLeftOutlined, EyeOutlined, WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { CASE_STAGES } from '@hehu/domain';
import { ApiError, api, errorText } from '../../api/client';
import { useApiGet } from '../../api/useApiGet';
import { LoadProblem } from '../../components/LoadProblem';
import { useIsPhone } from '../../hooks/useIsPhone';
import { CaseActionBar } from './CaseActions';
import { CaseDocuments } from './CaseDocuments';
import { CaseChildMatch } from './CaseChildMatch';
import { CaseGuardianships, CasePlan, CaseReferrals, CaseSources, CaseTimeline } from './CaseSections';
import { Due, STALE_CODE, StageTag, TierTag, useAt, useCaseLabels } from './caseFormat';
import { stageStep } from './caseRules';
import type { CaseDetail } from './types';
import '../../i18n/cases.zh-CN';

const TABS = ['timeline', 'sources', 'plan', 'referrals', 'guardianship', 'documents'] as const;
type TabKey = (typeof TABS)[number];
const isTab = (value: string | null): value is TabKey => (TABS as readonly (string | null)[]).includes(value);
const MIN_REASON = 10;

function BreakGlass({ caseId, reason, onOpened }: { caseId: string; reason: string; onOpened: () => void }) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const submit = async ({ reason: text }: { reason: string }) => {
    setBusy(true);
    setFailure(null);
    try {
      await api.post<CaseDetail>(`/api/cases/${caseId}/break-glass`, { reason: text.trim() });
      onOpened();
    } catch (caught) {
      setFailure(errorText(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card style={{ maxWidth: 720 }} data-testid="case-break-glass">
      <Flex vertical gap={12}>
        <Alert type="warning" showIcon message={t('cases.glass.title')} description={reason} />
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('cases.glass.help')}
        </Typography.Paragraph>
        <Form form={form} layout="vertical" onFinish={(values) => void submit(values)}>
          <Form.Item
            name="reason"
            label={t('cases.glass.reason')}
            rules={[
              {
                required: true,
                whitespace: true,
                validator: (_r, value: string | undefined) =>
                  Array.from((value ?? '').trim()).length >= MIN_REASON
                    ? Promise.resolve()
                    : Promise.reject(new Error(t('cases.glass.reasonRequired'))),
              },
            ]}
          >
            <Input.TextArea autoSize={{ minRows: 3 }} maxLength={500} showCount />
          </Form.Item>
          {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
          <Button
            type="primary"
            danger
            htmlType="submit"
            icon={<EyeOutlined />}
            loading={busy}
            data-testid="case-break-glass-submit"
            style={phone ? { minHeight: 44 } : undefined}
          >
            {t('cases.glass.submit')}
          </Button>
        </Form>
      </Flex>
    </Card>
  );
}

function CaseHeader({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const labels = useCaseLabels();
  const at = useAt();
  const child = detail.child;
  const childText = [
    child.name,
    child.sex && t(`cases.sex.${child.sex}`),
    child.age !== null && t('cases.ageValue', { age: child.age }),
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <Flex vertical gap={12}>
      <Card size="small">
        {phone ? (
          // Seven steps do not fit 375 px: the stage in words over a segmented bar.
          <Flex vertical gap={4} data-testid="case-steps">
            <Typography.Text>
              <Typography.Text strong>{labels.stage(detail.stage)}</Typography.Text>{' '}
              <Typography.Text type="secondary">
                {t('cases.stepOf', { step: stageStep(detail.stage) + 1, total: CASE_STAGES.length })}
              </Typography.Text>
            </Typography.Text>
            <Progress
              steps={CASE_STAGES.length}
              percent={Math.round(((stageStep(detail.stage) + 1) / CASE_STAGES.length) * 100)}
              showInfo={false}
              size={[36, 6]}
            />
          </Flex>
        ) : (
          <Steps
            size="small"
            current={stageStep(detail.stage)}
            status={detail.stage === 'closed' ? 'finish' : 'process'}
            items={CASE_STAGES.map((s) => ({ title: labels.stage(s) }))}
            data-testid="case-steps"
          />
        )}
      </Card>
      <Card size="small">
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 3 }}
          items={[
            {
              key: 'due',
              label: t('cases.detail.due'),
              children: <Due dueAt={detail.dueAt} overdueMinutes={detail.overdueMinutes} />,
            },
            { key: 'respondBy', label: t('cases.detail.respondBy'), children: at(detail.respondBy) },
            { key: 'assessBy', label: t('cases.detail.assessBy'), children: at(detail.assessBy) },
            {
              key: 'child',
              label: t('cases.detail.child'),
              children: (
                <Space wrap size={4}>
                  <span data-testid="case-child">{childText}</span>
                  {child.id && <Link to={`/children/${child.id}`}>{t('cases.detail.openChild')}</Link>}
                </Space>
              ),
            },
            { key: 'area', label: t('cases.detail.area'), children: detail.divisionName },
            { key: 'location', label: t('cases.detail.location'), children: detail.location || '—' },
            { key: 'channel', label: t('cases.detail.channel'), children: labels.channel(detail.channel) },
            {
              key: 'owner',
              label: t('cases.detail.owner'),
              children: detail.owner?.name ?? t('cases.list.noOwner'),
            },
            {
              key: 'team',
              label: t('cases.detail.team'),
              children: detail.team.map((m) => m.name).join('、') || '—',
            },
            {
              key: 'summary',
              label: t('cases.detail.summary'),
              span: 'filled',
              children: <span style={{ whiteSpace: 'pre-wrap' }}>{detail.summary}</span>,
            },
          ]}
        />
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('cases.detail.tierVersion', { version: detail.tierVersion })}
        </Typography.Text>
      </Card>
    </Flex>
  );
}

export default function CasePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const phone = useIsPhone();
  const [search, setSearch] = useSearchParams();
  const tab = isTab(search.get('tab')) ? (search.get('tab') as TabKey) : 'timeline';
  const loaded = useApiGet<CaseDetail>(`/api/cases/${encodeURIComponent(id)}`);
  const detail = loaded.data?.id === id ? loaded.data : undefined;
  const teamOnly =
    loaded.error instanceof ApiError && loaded.error.code === 'CASE_TEAM_ONLY' ? loaded.error : undefined;

  const change = async (run: () => Promise<unknown>) => {
    try {
      await run();
      loaded.reload();
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === STALE_CODE) {
        void message.warning(t('cases.detail.changed'));
        loaded.reload();
      } else if (caught instanceof ApiError && caught.status === 409) loaded.reload();
      throw caught;
    }
  };

  const openReferrals = detail?.referrals.filter((r) => r.status === 'sent' || r.status === 'accepted').length ?? 0;
  const openTasks = detail?.tasks.filter((task) => task.doneOn === null).length ?? 0;
  const buttonStyle = phone ? { minHeight: 44 } : undefined;

  return (
    <PageContainer
      className="hehu-page"
      title={
        detail
          ? phone
            ? detail.receiptNo
            : t('cases.detail.title', { receiptNo: detail.receiptNo })
          : t('cases.detail.fallbackTitle')
      }
      tags={
        detail ? (
          <Space size={4} wrap>
            <TierTag tier={detail.tier} />
            <StageTag stage={detail.stage} />
            {detail.immediateDanger && (
              <Tag color="red" icon={<WarningOutlined />}>
                {t('cases.detail.dangerNow')}
              </Tag>
            )}
            {detail.guardianship && (
              <Tag color="purple">
                {t('cases.guardianship.current', { kind: t(`cases.guardianship.kind.${detail.guardianship}`) })}
              </Tag>
            )}
          </Space>
        ) : undefined
      }
      extra={
        <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate('/cases')} style={buttonStyle}>
          {t('cases.detail.back')}
        </Button>
      }
    >
      {teamOnly && !detail ? (
        <BreakGlass caseId={id} reason={teamOnly.message} onOpened={loaded.reload} />
      ) : loaded.error !== undefined && !detail ? (
        <LoadProblem error={loaded.error} />
      ) : !detail ? (
        <Skeleton active />
      ) : (
        <Flex vertical gap={12} data-testid="case-workspace">
          {loaded.error !== undefined && <LoadProblem error={loaded.error} />}
          {detail.glassBreaks.length > 0 && (
            <Alert
              type="warning"
              showIcon
              data-testid="case-glass-breaks"
              message={t('cases.detail.glassTitle')}
              description={
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {detail.glassBreaks.map((g) => (
                    <li key={`${g.userName}-${g.at}`}>
                      {t('cases.detail.glassLine', {
                        name: g.userName,
                        at: new Date(g.at).toLocaleString(),
                        reason: g.reason,
                      })}
                    </li>
                  ))}
                </ul>
              }
            />
          )}
          <CaseActionBar detail={detail} change={change} />
          <CaseHeader detail={detail} />
          <CaseChildMatch detail={detail} change={change} />
          <Tabs
            activeKey={tab}
            onChange={(key) => setSearch(key === 'timeline' ? {} : { tab: key }, { replace: true })}
            style={{ background: '#fff', padding: phone ? '0 12px 12px' : '0 16px 16px', borderRadius: 8 }}
            items={[
              { key: 'timeline', label: t('cases.detail.tabs.timeline'), children: <CaseTimeline detail={detail} /> },
              {
                key: 'sources',
                label: (
                  <Badge count={detail.intakes.length > 1 ? detail.intakes.length : 0} size="small" offset={[8, -2]}>
                    {t('cases.detail.tabs.sources')}
                  </Badge>
                ),
                children: <CaseSources detail={detail} />,
              },
              {
                key: 'plan',
                label: (
                  <Badge count={openTasks} size="small" offset={[8, -2]} color="blue">
                    {t('cases.detail.tabs.plan')}
                  </Badge>
                ),
                children: <CasePlan detail={detail} change={change} />,
              },
              {
                key: 'referrals',
                label: (
                  <Badge
                    count={openReferrals}
                    size="small"
                    offset={[8, -2]}
                    color={detail.referrals.some((r) => r.overdue) ? 'red' : 'blue'}
                  >
                    {t('cases.detail.tabs.referrals')}
                  </Badge>
                ),
                children: <CaseReferrals detail={detail} change={change} />,
              },
              {
                key: 'guardianship',
                label: t('cases.detail.tabs.guardianship'),
                children: <CaseGuardianships detail={detail} />,
              },
              {
                key: 'documents',
                label: (
                  <Badge count={detail.documents.length} size="small" offset={[8, -2]} color="blue">
                    {t('cases.detail.tabs.documents')}
                  </Badge>
                ),
                // Whoever may write on the case (a note) may add its papers.
                children: (
                  <CaseDocuments detail={detail} change={change} canUpload={detail.allowedActions.includes('note')} />
                ),
              },
            ]}
          />
        </Flex>
      )}
    </PageContainer>
  );
}
