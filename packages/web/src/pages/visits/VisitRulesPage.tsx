// 走访频次设置: how often each group of children is visited, as the city publishes it (RULES §4.19). The version in
// force is shown as a table (who → how often, with its description), then every version with who published it.
// With rules:manage a new version is published from a form filled in from the one in force: only the intervals,
// the effective date (today at the earliest) and the notice change; an edited rule's description is written afresh.
// The server's field errors land on the field they name.
import { useState } from 'react';
import { PageContainer } from '@ant-design/pro-components';
import {
  Button,
  Card,
  ConfigProvider,
  DatePicker,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Skeleton,
  Space,
  Typography,
} from 'antd';
import type { FormInstance } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { Answer, RequestBody } from '../../api/types';
import { useApiGet } from '../../api/useApiGet';
import { useAccess } from '../../auth/access';
import { FormDialog } from '../../components/FormDialog';
import { LoadProblem } from '../../components/LoadProblem';
import { useIsPhone } from '../../hooks/useIsPhone';
import { useLang } from '../children/childFormat';
import { RulesTable, VersionList, otherwiseLabel } from './VisitRulesTables';
import { INTERVAL_MAX, isCategory, isRiskLevel, labelFor, whoText, type Interval } from './visitRulesFormat';
import { placeServerErrors } from '../../components/serverFieldErrors';
import '../../i18n/visitRules.zh-CN';

type RulesView = Answer<'getVisitsRules'>;
type RulesInput = RequestBody<'postVisitsRules'>;

/** The form holds only what changes: each rule's interval, the default interval, the date and the notice. */
interface PublishValues {
  effectiveFrom: Dayjs;
  source: string;
  rules: { interval: Interval }[];
  otherwise: Interval;
}

/** An interval: a whole number and its unit, under the body's own path so the server's issues find it. */
function IntervalInput({
  name,
  label,
  testId,
  describe,
}: {
  name: (string | number)[];
  label: string;
  testId: string;
  /** The rule's description at an interval, shown under the field as it will read. */
  describe: (interval: Interval) => string;
}) {
  const { t } = useTranslation();
  // On a phone the number is typed: the spinner's arrows are too small to touch.
  const phone = useIsPhone();
  return (
    <Form.Item label={label} required style={{ marginBottom: 12 }}>
      <Space.Compact style={{ width: '100%' }}>
        <Form.Item
          noStyle
          name={[...name, 'count']}
          rules={[{ required: true, message: t('visitRules.countRequired') }]}
        >
          <InputNumber
            min={1}
            max={366}
            precision={0}
            controls={!phone}
            style={{ width: '55%' }}
            data-testid={testId}
          />
        </Form.Item>
        <Form.Item noStyle name={[...name, 'unit']}>
          <Select
            style={{ width: '45%' }}
            aria-label={t('visitRules.interval')}
            options={(['day', 'month'] as const).map((u) => ({ value: u, label: t(`visitRules.units.${u}`) }))}
          />
        </Form.Item>
      </Space.Compact>
      <Form.Item noStyle shouldUpdate>
        {(form) => {
          const value = form.getFieldValue(name) as Partial<Interval> | undefined;
          const ok = value?.unit && value.count && value.count <= INTERVAL_MAX[value.unit];
          return ok ? (
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {t('visitRules.preview', { text: describe(value as Interval) })}
            </Typography.Text>
          ) : null;
        }}
      </Form.Item>
    </Form.Item>
  );
}

export default function VisitRulesPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { can } = useAccess();
  const phone = useIsPhone();
  const view = useApiGet<RulesView>('/api/visits/rules');
  const [publishing, setPublishing] = useState(false);
  const inForce = view.data?.inForce;
  const today = view.data?.today ?? dayjs().format('YYYY-MM-DD');
  const inForceVersion = view.data?.versions.find((v) => v.version === inForce?.version);

  const publish = async (values: PublishValues, form: FormInstance<PublishValues>) => {
    if (!inForce) return;
    const body: RulesInput = {
      effectiveFrom: values.effectiveFrom.format('YYYY-MM-DD'),
      source: values.source.trim(),
      rules: inForce.rules.map((rule, i) => {
        const interval = values.rules[i]?.interval ?? rule.interval;
        return {
          ...(rule.riskLevels ? { riskLevels: rule.riskLevels.filter(isRiskLevel) } : {}),
          ...(rule.categories ? { categories: rule.categories.filter(isCategory) } : {}),
          interval,
          label: labelFor(rule, interval),
        };
      }),
      otherwise: values.otherwise,
    };
    try {
      await api.post('/api/visits/rules', body);
    } catch (caught) {
      throw placeServerErrors(caught, form);
    }
    setPublishing(false);
    view.reload();
  };

  return (
    <PageContainer
      title={t('visitRules.title')}
      className="hehu-page"
      content={<Typography.Text type="secondary">{t('visitRules.intro')}</Typography.Text>}
      extra={
        can('rules:manage') &&
        inForce && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setPublishing(true)}
            data-testid="visit-rules-publish"
            style={phone ? { minHeight: 44 } : undefined}
          >
            {t('visitRules.publish')}
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
          <Card size="small" title={t('visitRules.inForce')} data-testid="visit-rules-in-force">
            <Descriptions size="small" column={phone ? 1 : 3} style={{ marginBottom: 12 }}>
              <Descriptions.Item label={t('visitRules.version')}>{inForce.version}</Descriptions.Item>
              <Descriptions.Item label={t('visitRules.effectiveFrom')}>{inForce.effectiveFrom}</Descriptions.Item>
              <Descriptions.Item label={t('visitRules.publishedBy')}>
                {inForceVersion?.changedBy ?? t('visitRules.seeded')}
              </Descriptions.Item>
              <Descriptions.Item label={t('visitRules.source')} span={phone ? 1 : 3}>
                {inForce.source}
              </Descriptions.Item>
            </Descriptions>
            <RulesTable rules={inForce} />
          </Card>
          <Card size="small" title={t('visitRules.history')} data-testid="visit-rules-versions">
            <VersionList versions={view.data.versions} inForce={inForce} today={today} />
          </Card>
        </Flex>
      )}
      {inForce && (
        <FormDialog<PublishValues>
          open={publishing}
          title={t('visitRules.publishTitle')}
          okText={t('visitRules.publishOk')}
          doneText={t('visitRules.published')}
          onCancel={() => setPublishing(false)}
          onSubmit={publish}
          width={640}
          initialValues={{
            effectiveFrom: dayjs(today),
            source: '',
            rules: inForce.rules.map((r) => ({ interval: r.interval })),
            otherwise: inForce.otherwise,
          }}
          testId="visit-rules-form"
        >
          {/* On a phone every field is a 44 px target. */}
          <ConfigProvider theme={phone ? { token: { controlHeight: 44 } } : undefined}>
            <Typography.Paragraph type="secondary">{t('visitRules.publishHint')}</Typography.Paragraph>
            <Flex gap={12} wrap>
              <Form.Item
                name="effectiveFrom"
                label={t('visitRules.effectiveFrom')}
                rules={[{ required: true, message: t('visitRules.dateRequired') }]}
                style={{ flex: '1 1 160px' }}
              >
                <DatePicker
                  style={{ width: '100%' }}
                  inputReadOnly={phone}
                  allowClear={false}
                  disabledDate={(d) => d.format('YYYY-MM-DD') < today}
                />
              </Form.Item>
              <Form.Item
                name="source"
                label={t('visitRules.source')}
                rules={[{ required: true, whitespace: true, message: t('visitRules.sourceRequired') }]}
                style={{ flex: '2 1 260px' }}
              >
                <Input.TextArea
                  maxLength={200}
                  autoSize={{ minRows: 1, maxRows: 3 }}
                  placeholder={t('visitRules.sourcePlaceholder')}
                />
              </Form.Item>
            </Flex>
            <Flex gap={12} wrap>
              {inForce.rules.map((rule, i) => (
                <div key={i} style={{ flex: '1 1 260px' }}>
                  <IntervalInput
                    name={['rules', i, 'interval']}
                    label={whoText(rule, lang)}
                    testId={`visit-rule-${String(i)}`}
                    describe={(interval) => labelFor(rule, interval)[lang]}
                  />
                </div>
              ))}
              <div style={{ flex: '1 1 260px' }}>
                <IntervalInput
                  name={['otherwise']}
                  label={t('visitRules.otherwise')}
                  testId="visit-rule-otherwise"
                  describe={(interval) => otherwiseLabel(t('visitRules.otherwise'), interval, lang)}
                />
              </div>
            </Flex>
          </ConfigProvider>
        </FormDialog>
      )}
    </PageContainer>
  );
}
