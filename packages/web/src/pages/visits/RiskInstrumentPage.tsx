// 风险评估量表: the guardianship risk instrument as the city publishes it (RULES §5.22). The version in force is
// shown as a readable list (indicator → area → item with each option's score, then the cut-offs and red flags in
// words), then every version with who published it. With rules:manage a new version is published from a form
// filled in from the one in force: only the option scores, the three cut-offs, the red flags, the effective date
// (today at the earliest) and the notice change. The server's field errors land on the field they name.
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
  Skeleton,
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
import { CutoffsText, InstrumentList, VersionList } from './RiskInstrumentTables';
import { RedFlagInputs, ScoreInputs } from './RiskInstrumentInputs';
import { CUTOFF_LEVELS, redFlagRows, scoresOf, type MinTotal, type RedFlagRow } from './riskInstrumentFormat';
import { placeServerErrors } from '../../components/serverFieldErrors';
import '../../i18n/riskInstrument.zh-CN';

type InstrumentView = Answer<'getRiskInstrumentVersions'>;
type InstrumentInput = RequestBody<'postRiskInstrument'>;

/** The form holds only what changes: each option's score, the cut-offs, the red flags, the date and the notice. */
interface PublishValues {
  effectiveFrom: Dayjs;
  source: string;
  scores: Record<string, Record<string, number>>;
  minTotal: MinTotal;
  redFlags: RedFlagRow[];
}

export default function RiskInstrumentPage() {
  const { t } = useTranslation();
  const { can } = useAccess();
  const phone = useIsPhone();
  const view = useApiGet<InstrumentView>('/api/risk/instrument/versions');
  const [publishing, setPublishing] = useState(false);
  const inForce = view.data?.inForce;
  const today = view.data?.today ?? dayjs().format('YYYY-MM-DD');
  const inForceVersion = view.data?.versions.find((v) => v.version === inForce?.version);

  const publish = async (values: PublishValues, form: FormInstance<PublishValues>) => {
    if (!inForce) return;
    const body: InstrumentInput = {
      effectiveFrom: values.effectiveFrom.format('YYYY-MM-DD'),
      source: values.source.trim(),
      scores: values.scores,
      minTotal: values.minTotal,
      redFlags: values.redFlags,
    };
    try {
      await api.post('/api/risk/instrument', body);
    } catch (caught) {
      throw placeServerErrors(caught, form);
    }
    setPublishing(false);
    view.reload();
  };

  return (
    <PageContainer
      title={t('riskInstrument.title')}
      className="hehu-page"
      content={<Typography.Text type="secondary">{t('riskInstrument.intro')}</Typography.Text>}
      extra={
        can('rules:manage') &&
        inForce && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setPublishing(true)}
            data-testid="risk-instrument-publish"
            style={phone ? { minHeight: 44 } : undefined}
          >
            {t('riskInstrument.publish')}
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
          <Card size="small" title={t('riskInstrument.inForce')} data-testid="risk-instrument-in-force">
            <Descriptions size="small" column={phone ? 1 : 3} style={{ marginBottom: 12 }}>
              <Descriptions.Item label={t('riskInstrument.version')}>{inForce.version}</Descriptions.Item>
              <Descriptions.Item label={t('riskInstrument.effectiveFrom')}>{inForce.effectiveFrom}</Descriptions.Item>
              <Descriptions.Item label={t('riskInstrument.publishedBy')}>
                {inForceVersion?.changedBy ?? t('riskInstrument.seeded')}
              </Descriptions.Item>
              <Descriptions.Item label={t('riskInstrument.source')} span={phone ? 1 : 3}>
                <span style={{ overflowWrap: 'anywhere' }}>{inForce.source}</span>
              </Descriptions.Item>
            </Descriptions>
            <CutoffsText instrument={inForce} />
          </Card>
          <Card size="small" title={t('riskInstrument.items')}>
            <InstrumentList instrument={inForce} />
          </Card>
          <Card size="small" title={t('riskInstrument.history')} data-testid="risk-instrument-versions">
            <VersionList versions={view.data.versions} inForce={inForce} today={today} />
          </Card>
        </Flex>
      )}
      {inForce && (
        <FormDialog<PublishValues>
          open={publishing}
          title={t('riskInstrument.publishTitle')}
          okText={t('riskInstrument.publishOk')}
          doneText={t('riskInstrument.published')}
          onCancel={() => setPublishing(false)}
          onSubmit={publish}
          width={760}
          initialValues={{
            effectiveFrom: dayjs(today),
            source: '',
            scores: scoresOf(inForce),
            minTotal: inForce.cutoffs.minTotal,
            redFlags: redFlagRows(inForce),
          }}
          testId="risk-instrument-form"
        >
          {/* On a phone every field is a 44 px target. */}
          <ConfigProvider theme={phone ? { token: { controlHeight: 44 } } : undefined}>
            <Typography.Paragraph type="secondary">{t('riskInstrument.publishHint')}</Typography.Paragraph>
            <Flex gap={12} wrap>
              <Form.Item
                name="effectiveFrom"
                label={t('riskInstrument.effectiveFrom')}
                rules={[{ required: true, message: t('riskInstrument.dateRequired') }]}
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
                label={t('riskInstrument.source')}
                rules={[{ required: true, whitespace: true, message: t('riskInstrument.sourceRequired') }]}
                style={{ flex: '2 1 260px' }}
              >
                <Input.TextArea
                  maxLength={200}
                  autoSize={{ minRows: 1, maxRows: 3 }}
                  placeholder={t('riskInstrument.sourcePlaceholder')}
                />
              </Form.Item>
            </Flex>
            <Typography.Text strong>{t('riskInstrument.minTotal')}</Typography.Text>
            <Flex gap={12} wrap>
              {CUTOFF_LEVELS.map((level) => (
                <Form.Item
                  key={level}
                  name={['minTotal', level]}
                  label={t(`riskInstrument.levels.${level}`)}
                  rules={[{ required: true, message: t('riskInstrument.minTotalRequired') }]}
                  style={{ flex: '1 1 120px' }}
                >
                  <InputNumber
                    min={1}
                    max={1000}
                    precision={0}
                    controls={!phone}
                    style={{ width: '100%' }}
                    data-testid={`risk-cutoff-${level}`}
                  />
                </Form.Item>
              ))}
            </Flex>
            <Typography.Paragraph strong style={{ marginBottom: 4 }}>
              {t('riskInstrument.redFlags')}
            </Typography.Paragraph>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
              {t('riskInstrument.redFlagsHint')}
            </Typography.Paragraph>
            <RedFlagInputs instrument={inForce} />
            <Typography.Paragraph strong style={{ marginBottom: 8 }}>
              {t('riskInstrument.items')}
            </Typography.Paragraph>
            <ScoreInputs instrument={inForce} />
          </ConfigProvider>
        </FormDialog>
      )}
    </PageContainer>
  );
}
