// 监护风险评估: the form is drawn from the instrument in force (indicators, their areas, each item's options), the
// level is computed here with the same domain function the server uses as soon as every item is answered, and
// the server's result is shown after saving, including a referral it opened for 监护缺失. The assessment is kept on
// the device before it is sent: where the signal drops it waits in the outbox (shown on 我的走访) and goes later, once.
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, Button, Card, DatePicker, Form, Input, Radio, Result, Skeleton, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { RISK_LEVEL_LABELS, scoreAssessment, serviceDate } from '@hehu/domain';
import { assessmentOutbox } from '../../api/assessmentOutbox';
import { errorText } from '../../api/client';
import type { ChildFile } from '../../api/registry';
import { useApiGet } from '../../api/useApiGet';
import { useAuth } from '../../auth/AuthContext';
import { newRecordId, type Assessment, type AssessmentInput, type RiskInstrumentView } from '../../api/visits';
import { useIsPhone } from '../../hooks/useIsPhone';
import { useLang } from '../children/childFormat';
import { RiskLevelTag } from './riskLevel';
import { notAfterTodayRules } from './dateRules';
import '../../i18n/visits.zh-CN';

interface FormValues {
  assessedOn: Dayjs | null;
  answers: Record<string, string | undefined>;
  note?: string;
}

function AssessmentResult({ result, childId }: { result: Assessment; childId: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <div data-testid="assessment-result">
      <Result
        status={result.level === 'normal' ? 'success' : 'warning'}
        title={t('visits.risk.resultTitle', { level: RISK_LEVEL_LABELS[result.level][lang] })}
        subTitle={t('visits.risk.total', { total: result.total })}
        extra={
          <Link to={`/children/${childId}?tab=visits`}>
            <Button type="primary" style={{ minHeight: 44 }}>
              {t('visits.risk.backToFile')}
            </Button>
          </Link>
        }
      >
        <Space direction="vertical">
          {result.referralId !== null && (
            <Alert type="error" showIcon message={t('visits.risk.referralOpened')} data-testid="referral-opened" />
          )}
          {result.droppedTwoLevels && <Alert type="warning" showIcon message={t('visits.risk.droppedTwoLevels')} />}
        </Space>
      </Result>
    </div>
  );
}

export default function AssessmentFormPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const phone = useIsPhone();
  const { me } = useAuth();
  const { id: childId = '' } = useParams();
  const child = useApiGet<ChildFile>(`/api/children/${encodeURIComponent(childId)}`);
  const instrument = useApiGet<RiskInstrumentView>('/api/risk/instrument');
  const [form] = Form.useForm<FormValues>();
  const answers = Form.useWatch('answers', form);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [result, setResult] = useState<Assessment | null>(null);
  // Kept on the device, not yet sent: the page says so where it is (the visits page may not load offline).
  const [queued, setQueued] = useState(false);
  // One id per opened form: a second press after a lost answer finds the first copy on the server.
  const assessmentId = useMemo(() => newRecordId(), []);
  const today = serviceDate();

  const def = instrument.data;
  const items = def ? def.indicators.flatMap((i) => i.areas.flatMap((a) => a.items)) : [];
  const given: Record<string, string> = {};
  for (const [code, value] of Object.entries(answers ?? {})) if (value) given[code] = value;
  const answered = items.filter((item) => given[item.code] !== undefined).length;
  const score = def && answered === items.length && items.length > 0 ? scoreAssessment(def, given) : null;
  const labelOf = (code: string) => items.find((i) => i.code === code)?.label[lang] ?? code;

  const save = async (values: FormValues) => {
    if (!values.assessedOn) return;
    setSaving(true);
    setProblem(null);
    const body: AssessmentInput = {
      id: assessmentId,
      assessedOn: values.assessedOn.format('YYYY-MM-DD'),
      answers: given,
      note: values.note?.trim() ?? '',
    };
    try {
      if (!me || !child.data) return;
      const sent = await assessmentOutbox().submit({
        childId,
        assessment: body,
        childName: child.data.name,
        owner: me.user.id,
      });
      if (sent.outcome === 'sent') setResult(sent.result);
      else if (sent.outcome === 'refused') setProblem(errorText(sent.error));
      else setQueued(true);
    } catch (error) {
      // The device's storage refused it (private mode, disk full): say so rather than pretend it is kept.
      setProblem(errorText(error));
    } finally {
      setSaving(false);
    }
  };

  const error = child.error ?? instrument.error;
  return (
    <PageContainer title={t('visits.risk.title')} className="hehu-page" subTitle={child.data?.name}>
      {error !== undefined && <Alert type="error" showIcon message={errorText(error)} style={{ marginBottom: 12 }} />}
      {result ? (
        <AssessmentResult result={result} childId={childId} />
      ) : queued ? (
        <div data-testid="assessment-queued">
          <Result
            status="info"
            title={t('visits.risk.queuedTitle')}
            subTitle={t('visits.risk.queued')}
            extra={
              <Link to="/visits">
                <Button type="primary" style={{ minHeight: 44 }}>
                  {t('menu.myVisits')}
                </Button>
              </Link>
            }
          />
        </div>
      ) : !def || !child.data ? (
        <Skeleton active />
      ) : (
        <Form<FormValues>
          form={form}
          layout="vertical"
          data-testid="assessment-form"
          initialValues={{ assessedOn: dayjs(today), answers: {} }}
          onFinish={(values) => void save(values)}
          style={{ maxWidth: 860 }}
        >
          <Typography.Paragraph type="secondary">
            {t('visits.risk.instrument', { version: def.version, date: def.effectiveFrom })}
          </Typography.Paragraph>
          <Form.Item name="assessedOn" label={t('visits.risk.assessedOn')} rules={notAfterTodayRules(t, today)}>
            <DatePicker style={{ minHeight: 44 }} allowClear={false} />
          </Form.Item>
          {def.indicators.map((indicator) => (
            <Card key={indicator.code} title={indicator.label[lang]} size="small" style={{ marginBottom: 16 }}>
              {indicator.areas.map((area) => (
                <div key={area.code}>
                  <Typography.Title level={5}>{area.label[lang]}</Typography.Title>
                  {area.items.map((item) => (
                    <Form.Item
                      key={item.code}
                      name={['answers', item.code]}
                      label={item.label[lang]}
                      rules={[{ required: true, message: t('visits.risk.answerRequired') }]}
                    >
                      <Radio.Group data-testid={`risk-item-${item.code}`}>
                        <Space direction={phone ? 'vertical' : 'horizontal'} wrap>
                          {item.options.map((option) => (
                            <Radio
                              key={option.value}
                              value={option.value}
                              style={{ minHeight: phone ? 44 : 32, alignItems: 'center' }}
                            >
                              {option.label[lang]}
                            </Radio>
                          ))}
                        </Space>
                      </Radio.Group>
                    </Form.Item>
                  ))}
                </div>
              ))}
            </Card>
          ))}
          <Form.Item name="note" label={t('visits.risk.note')}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
          </Form.Item>
          {problem && <Alert type="error" showIcon message={problem} style={{ marginBottom: 12 }} />}
          {/* The running result stays in sight at the foot of the screen while the items are answered. */}
          {/* Sticky rather than antd's Affix, which keeps the height it measured first and lets the grown card
              (level, red flags) push the submit button off a phone's screen. */}
          <div style={{ position: 'sticky', bottom: 0, zIndex: 10 }}>
            <Card size="small" data-testid="risk-preview" style={{ boxShadow: '0 -2px 8px rgba(0,0,0,0.08)' }}>
              <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
                <Space wrap>
                  <Typography.Text>{t('visits.risk.answered', { answered, total: items.length })}</Typography.Text>
                  {score?.ok ? (
                    <>
                      <Typography.Text>{t('visits.risk.preview')}</Typography.Text>
                      <RiskLevelTag level={score.level} />
                      <Typography.Text type="secondary">
                        {t('visits.risk.total', { total: score.total })}
                      </Typography.Text>
                      {score.redFlags.length > 0 && (
                        <Typography.Text type="danger">
                          {t('visits.risk.redFlags', { items: score.redFlags.map(labelOf).join('、') })}
                        </Typography.Text>
                      )}
                    </>
                  ) : (
                    <Typography.Text type="secondary">{t('visits.risk.previewPending')}</Typography.Text>
                  )}
                </Space>
                <Button type="primary" htmlType="submit" loading={saving} style={{ minHeight: 44 }}>
                  {t('visits.risk.submit')}
                </Button>
              </Space>
            </Card>
          </div>
        </Form>
      )}
    </PageContainer>
  );
}
