// 分级时限设置: the tiers' response and first-assessment limits (hours or working days) and the referral answer
// limit, as the city publishes them. The version in force is shown first, then every version with its effective
// date and source. With rules:manage a new version is published from a form filled in from the one in force
// (versions are never edited: each case keeps the version it was received under); the server's field errors land
// on the field they name, and its rule violations are listed above the buttons.
import { useState } from 'react';
import { PageContainer } from '@ant-design/pro-components';
import {
  Button,
  Card,
  DatePicker,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { FormInstance, TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CASE_TIERS } from '@hehu/domain';
import { ApiError, api } from '../../api/client';
import type { Answer, RequestBody } from '../../api/types';
import { useApiGet } from '../../api/useApiGet';
import { useAccess } from '../../auth/access';
import { FormDialog } from '../../components/FormDialog';
import { LoadProblem } from '../../components/LoadProblem';
import { useIsPhone } from '../../hooks/useIsPhone';
import { TierTag } from './caseFormat';
import type { CaseTier } from './types';
import '../../i18n/caseSettings.zh-CN';

type TierView = Answer<'getCasesTiers'>;
type TierSettings = TierView['inForce'];
type TierInput = RequestBody<'postCasesTiers'>;
type Limit = TierSettings['tiers']['urgent']['respond'];

/** The form holds the body as the server takes it, with the date as a picker value. */
type PublishValues = Omit<TierInput, 'effectiveFrom'> & { effectiveFrom: Dayjs };

/** The next version number after the one in force: "2026-1" → "2026-2"; anything else is left to the user. */
function nextVersion(version: string): string {
  const m = /^(.*?)(\d+)$/.exec(version);
  return m ? `${m[1]}${Number(m[2]) + 1}` : '';
}

function useLimitText() {
  const { t } = useTranslation();
  return (limit: Limit) => `${limit.amount} ${t(`caseSettings.tiers.units.${limit.unit}`)}`;
}

/** The three tiers of one version: a small table on a wide screen, lines on a phone. */
function TierLimits({ settings }: { settings: TierSettings }) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const text = useLimitText();
  const rows = CASE_TIERS.map((tier) => ({ tier, ...settings.tiers[tier] }));
  if (phone)
    return (
      <Flex vertical gap={8} data-testid="tier-limits">
        {rows.map((row) => (
          <Flex key={row.tier} gap={8} align="start">
            <TierTag tier={row.tier} />
            <Typography.Text style={{ flex: 1 }}>
              {t('caseSettings.tiers.respond')} {text(row.respond)}
              <br />
              {t('caseSettings.tiers.assess')} {text(row.assess)}
            </Typography.Text>
          </Flex>
        ))}
      </Flex>
    );
  const columns: TableColumnsType<(typeof rows)[number]> = [
    {
      title: t('caseSettings.tiers.tier'),
      dataIndex: 'tier',
      width: 100,
      render: (tier: CaseTier) => <TierTag tier={tier} />,
    },
    { title: t('caseSettings.tiers.respond'), key: 'respond', render: (_v, row) => text(row.respond) },
    { title: t('caseSettings.tiers.assess'), key: 'assess', render: (_v, row) => text(row.assess) },
  ];
  return (
    <Table
      rowKey="tier"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={false}
      data-testid="tier-limits"
    />
  );
}

function VersionList({ versions, inForce }: { versions: TierSettings[]; inForce: TierSettings }) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const text = useLimitText();
  const today = dayjs().format('YYYY-MM-DD');
  const sorted = [...versions].sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
  const state = (v: TierSettings) =>
    v.version === inForce.version ? (
      <Tag color="green">{t('caseSettings.tiers.current')}</Tag>
    ) : v.effectiveFrom > today ? (
      <Tag color="blue">{t('caseSettings.tiers.future')}</Tag>
    ) : null;
  if (phone)
    return (
      <Flex vertical gap={12}>
        {sorted.map((v) => (
          <div
            key={v.version}
            data-testid="tier-version"
            style={{ borderInlineStart: '3px solid #d9d9d9', paddingInlineStart: 8 }}
          >
            <Flex justify="space-between" align="center" gap={8}>
              <Typography.Text strong>
                {v.version} · {v.effectiveFrom}
              </Typography.Text>
              {state(v)}
            </Flex>
            {CASE_TIERS.map((tier) => (
              <div key={tier} style={{ fontSize: 13 }}>
                <TierTag tier={tier} /> {text(v.tiers[tier].respond)} / {text(v.tiers[tier].assess)}
              </div>
            ))}
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {t('caseSettings.tiers.referral')}{' '}
              {t('caseSettings.tiers.referralValue', { count: v.referralWorkingDays })}
              {' · '}
              {v.source}
            </Typography.Text>
          </div>
        ))}
      </Flex>
    );
  const columns: TableColumnsType<TierSettings> = [
    {
      title: t('caseSettings.tiers.version'),
      dataIndex: 'version',
      width: 170,
      render: (version: string, v) => (
        <Space size={4}>
          {version}
          {state(v)}
        </Space>
      ),
    },
    { title: t('caseSettings.tiers.effectiveFrom'), dataIndex: 'effectiveFrom', width: 110 },
    ...CASE_TIERS.map((tier) => ({
      title: <TierTag tier={tier} />,
      key: tier,
      width: 170,
      render: (_v: unknown, v: TierSettings) => `${text(v.tiers[tier].respond)} / ${text(v.tiers[tier].assess)}`,
    })),
    {
      title: t('caseSettings.tiers.referral'),
      dataIndex: 'referralWorkingDays',
      width: 110,
      render: (n: number) => t('caseSettings.tiers.referralValue', { count: n }),
    },
    { title: t('caseSettings.tiers.source'), dataIndex: 'source', ellipsis: true },
  ];
  return (
    <Table<TierSettings>
      rowKey="version"
      size="small"
      columns={columns}
      dataSource={sorted}
      pagination={false}
      scroll={{ x: 1000 }}
      onRow={() => ({ 'data-testid': 'tier-version' }) as React.HTMLAttributes<HTMLElement>}
    />
  );
}

/** One limit: a whole number and its unit, under the body's own path so the server's issues can find it. */
function LimitInput({ tier, field }: { tier: string; field: 'respond' | 'assess' }) {
  const { t } = useTranslation();
  return (
    <Form.Item label={t(`caseSettings.tiers.${field}`)} required style={{ marginBottom: 12 }}>
      <Space.Compact style={{ width: '100%' }}>
        <Form.Item
          noStyle
          name={['tiers', tier, field, 'amount']}
          rules={[{ required: true, message: t('caseSettings.tiers.amountRequired') }]}
        >
          <InputNumber min={1} precision={0} style={{ width: '55%' }} data-testid={`tier-${tier}-${field}`} />
        </Form.Item>
        <Form.Item noStyle name={['tiers', tier, field, 'unit']}>
          <Select
            style={{ width: '45%' }}
            options={(['hours', 'working_days'] as const).map((u) => ({
              value: u,
              label: t(`caseSettings.tiers.units.${u}`),
            }))}
          />
        </Form.Item>
      </Space.Compact>
    </Form.Item>
  );
}

/**
 * The server's issues and rule violations: an issue with a path goes on that field; every violation is listed in
 * the one message the dialog shows above its buttons.
 */
function placeServerErrors(caught: unknown, form: FormInstance<PublishValues>): unknown {
  if (!(caught instanceof ApiError)) return caught;
  const issues = caught.details.issues;
  if (Array.isArray(issues)) {
    const placed = (issues as { path?: unknown; message?: unknown }[]).filter(
      (i): i is { path: string; message: string } => typeof i.path === 'string' && typeof i.message === 'string',
    );
    form.setFields(placed.map((i) => ({ name: i.path.split('.') as never, errors: [i.message] })));
  }
  const violations = caught.details.violations;
  if (Array.isArray(violations) && violations.length > 1) {
    const lines = (violations as { message?: unknown }[]).map((v) => String(v.message)).join('；');
    return new ApiError(caught.status, caught.code, lines, caught.details, caught.requestId);
  }
  return caught;
}

export default function TierSettingsPage() {
  const { t } = useTranslation();
  const { can } = useAccess();
  const phone = useIsPhone();
  const view = useApiGet<TierView>('/api/cases/tiers');
  const [publishing, setPublishing] = useState(false);
  const inForce = view.data?.inForce;

  const publish = async (values: PublishValues, form: FormInstance<PublishValues>) => {
    const body: TierInput = {
      version: values.version.trim(),
      effectiveFrom: values.effectiveFrom.format('YYYY-MM-DD'),
      source: values.source.trim(),
      tiers: values.tiers,
      referralWorkingDays: values.referralWorkingDays,
    };
    try {
      await api.post('/api/cases/tiers', body);
    } catch (caught) {
      throw placeServerErrors(caught, form);
    }
    setPublishing(false);
    view.reload();
  };

  return (
    <PageContainer
      title={t('caseSettings.tiers.title')}
      className="hehu-page"
      content={<Typography.Text type="secondary">{t('caseSettings.tiers.intro')}</Typography.Text>}
      extra={
        can('rules:manage') &&
        inForce && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setPublishing(true)}
            data-testid="tier-publish"
            style={phone ? { minHeight: 44 } : undefined}
          >
            {t('caseSettings.tiers.publish')}
          </Button>
        )
      }
    >
      {view.error !== undefined && !view.data ? (
        <LoadProblem error={view.error} />
      ) : !view.data || !inForce ? (
        <Skeleton active />
      ) : (
        <Flex vertical gap={12}>
          <Card size="small" title={t('caseSettings.tiers.inForce')} data-testid="tier-in-force">
            <Descriptions size="small" column={phone ? 1 : 3} style={{ marginBottom: 12 }}>
              <Descriptions.Item label={t('caseSettings.tiers.version')}>{inForce.version}</Descriptions.Item>
              <Descriptions.Item label={t('caseSettings.tiers.effectiveFrom')}>
                {inForce.effectiveFrom}
              </Descriptions.Item>
              <Descriptions.Item label={t('caseSettings.tiers.referral')}>
                {t('caseSettings.tiers.referralValue', { count: inForce.referralWorkingDays })}
              </Descriptions.Item>
              <Descriptions.Item label={t('caseSettings.tiers.source')} span={phone ? 1 : 3}>
                {inForce.source}
              </Descriptions.Item>
            </Descriptions>
            <TierLimits settings={inForce} />
          </Card>
          <Card size="small" title={t('caseSettings.tiers.history')} data-testid="tier-versions">
            <VersionList versions={view.data.versions} inForce={inForce} />
          </Card>
        </Flex>
      )}
      {inForce && (
        <FormDialog<PublishValues>
          open={publishing}
          title={t('caseSettings.tiers.publishTitle')}
          okText={t('caseSettings.tiers.publishOk')}
          doneText={t('caseSettings.tiers.published')}
          onCancel={() => setPublishing(false)}
          onSubmit={publish}
          width={640}
          initialValues={{
            version: nextVersion(inForce.version),
            effectiveFrom: dayjs(),
            source: inForce.source,
            tiers: inForce.tiers,
            referralWorkingDays: inForce.referralWorkingDays,
          }}
          testId="tier-form"
        >
          <Typography.Paragraph type="secondary">{t('caseSettings.tiers.publishHint')}</Typography.Paragraph>
          <Flex gap={12} wrap>
            <Form.Item
              name="version"
              label={t('caseSettings.tiers.version')}
              rules={[{ required: true, whitespace: true, message: t('caseSettings.tiers.versionRequired') }]}
              style={{ flex: '1 1 160px' }}
            >
              <Input maxLength={20} autoComplete="off" />
            </Form.Item>
            <Form.Item
              name="effectiveFrom"
              label={t('caseSettings.tiers.effectiveFrom')}
              rules={[{ required: true, message: t('caseSettings.tiers.dateRequired') }]}
              style={{ flex: '1 1 160px' }}
            >
              <DatePicker style={{ width: '100%' }} inputReadOnly={phone} />
            </Form.Item>
          </Flex>
          <Form.Item
            name="source"
            label={t('caseSettings.tiers.source')}
            rules={[{ required: true, whitespace: true, message: t('caseSettings.tiers.sourceRequired') }]}
          >
            <Input.TextArea
              maxLength={300}
              autoSize={{ minRows: 1, maxRows: 3 }}
              placeholder={t('caseSettings.tiers.sourcePlaceholder')}
            />
          </Form.Item>
          {CASE_TIERS.map((tier) => (
            <fieldset key={tier} style={{ border: 0, padding: 0, margin: 0 }}>
              <legend style={{ fontSize: 14, marginBottom: 4 }}>
                <TierTag tier={tier} />
              </legend>
              <Flex gap={12} wrap>
                <div style={{ flex: '1 1 240px' }}>
                  <LimitInput tier={tier} field="respond" />
                </div>
                <div style={{ flex: '1 1 240px' }}>
                  <LimitInput tier={tier} field="assess" />
                </div>
              </Flex>
            </fieldset>
          ))}
          <Form.Item
            name="referralWorkingDays"
            label={`${t('caseSettings.tiers.referral')}（${t('caseSettings.tiers.units.working_days')}）`}
            rules={[{ required: true, message: t('caseSettings.tiers.amountRequired') }]}
          >
            <InputNumber min={1} precision={0} style={{ width: 160 }} data-testid="tier-referral" />
          </Form.Item>
        </FormDialog>
      )}
    </PageContainer>
  );
}
