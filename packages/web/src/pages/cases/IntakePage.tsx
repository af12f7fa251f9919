// 个案受理: the hotline operator's form, fast and keyboard-only — the child's name has the focus, Enter moves on,
// the channel starts at 热线, the tier follows the rules (suggestTier) until the operator picks another. The
// receipt number, tier and response deadline are then shown large, with "再受理一件" to start again.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { PageContainer } from '@ant-design/pro-components';
import {
  Alert,
  Button,
  Card,
  Col,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
  Switch,
  Typography,
} from 'antd';
import { CheckCircleFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { CASE_TIERS, REPORT_TRIGGERS, suggestTier } from '@hehu/domain';
import { api } from '../../api/client';
import { useAccess } from '../../auth/access';
import { DivisionPicker } from '../../components/DivisionPicker';
import { useIsPhone } from '../../hooks/useIsPhone';
import { TierTag, useAt, useCaseLabels } from './caseFormat';
import { enterMovesOn, placeError } from './formHelpers';
import type { CaseTier, IntakeChannel, IntakeInput, Receipt, ReportTrigger, Sex } from './types';
import '../../i18n/cases.zh-CN';

const CHANNELS: IntakeChannel[] = ['hotline', 'walk_in', 'police_transfer', 'discovery'];

interface Values {
  channel: IntakeChannel;
  childName: string;
  childSex?: Sex;
  childAge?: number | null;
  divisionCode?: string;
  location?: string;
  summary: string;
  trigger?: ReportTrigger;
  immediateDanger: boolean;
  consultationOnly: boolean;
  tier?: CaseTier | null;
  reporterName?: string;
  reporterPhone?: string;
  reporterRelation?: string;
}

const INITIAL: Partial<Values> = { channel: 'hotline', immediateDanger: false, consultationOnly: false, tier: null };

function ReceiptCard({ receipt, onAgain }: { receipt: Receipt; onAgain: () => void }) {
  const { t } = useTranslation();
  const { can } = useAccess();
  const at = useAt();
  const phone = useIsPhone();
  return (
    <Card data-testid="intake-receipt" style={{ maxWidth: 640 }}>
      <Flex vertical gap={16}>
        <Space align="center">
          <CheckCircleFilled style={{ color: '#52c41a', fontSize: 28 }} />
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('cases.intake.receiptTitle')}
          </Typography.Title>
        </Space>
        <div>
          <Typography.Text type="secondary">{t('cases.intake.receipt')}</Typography.Text>
          <Typography.Paragraph
            copyable
            strong
            data-testid="receipt-no"
            style={{ fontSize: phone ? 28 : 36, margin: 0, fontVariantNumeric: 'tabular-nums' }}
          >
            {receipt.receiptNo}
          </Typography.Paragraph>
        </div>
        <Flex wrap gap={24}>
          <div>
            <div>
              <Typography.Text type="secondary">{t('cases.list.tier')}</Typography.Text>
            </div>
            <TierTag tier={receipt.tier} large />
          </div>
          <div>
            <div>
              <Typography.Text type="secondary">{t('cases.intake.respondBy')}</Typography.Text>
            </div>
            <Typography.Text strong style={{ fontSize: 24 }} data-testid="receipt-respond-by">
              {at(receipt.respondBy)}
            </Typography.Text>
          </div>
          <div>
            <div>
              <Typography.Text type="secondary">{t('cases.intake.county')}</Typography.Text>
            </div>
            <Typography.Text style={{ fontSize: 18 }}>{receipt.countyName}</Typography.Text>
          </div>
        </Flex>
        {receipt.duplicate && <Alert type="info" showIcon message={t('cases.intake.duplicate')} />}
        <Flex wrap gap={8}>
          <Button
            type="primary"
            size="large"
            autoFocus
            onClick={onAgain}
            data-testid="intake-again"
            style={{ minHeight: 44 }}
          >
            {t('cases.intake.again')}
          </Button>
          {receipt.caseId && can('cases:read') && (
            <Link to={`/cases/${receipt.caseId}`}>
              <Button size="large" style={{ minHeight: 44 }}>
                {t('cases.intake.openCase')}
              </Button>
            </Link>
          )}
        </Flex>
      </Flex>
    </Card>
  );
}

export default function IntakePage() {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const labels = useCaseLabels();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const trigger = Form.useWatch('trigger', form);
  const immediateDanger = Form.useWatch('immediateDanger', form) ?? false;
  const consultationOnly = Form.useWatch('consultationOnly', form) ?? false;
  const chosenTier = Form.useWatch('tier', form) ?? null;
  const suggested = suggestTier({ trigger: trigger ?? null, immediateDanger, consultationOnly });
  const size = phone ? 'large' : 'middle';

  const submit = async (values: Values) => {
    setBusy(true);
    setFailure(null);
    const body: IntakeInput = {
      channel: values.channel,
      childName: values.childName.trim(),
      childSex: values.childSex ?? null,
      childAge: values.childAge ?? null,
      divisionCode: values.divisionCode ?? '',
      location: values.location?.trim() ?? '',
      summary: values.summary.trim(),
      trigger: values.trigger ?? null,
      immediateDanger: values.immediateDanger,
      consultationOnly: values.consultationOnly,
      // Left to the rules when the operator kept the suggestion.
      tier: values.tier && values.tier !== suggested ? values.tier : null,
      reporterName: values.reporterName?.trim() ?? '',
      reporterPhone: values.reporterPhone?.trim() ? values.reporterPhone.trim() : null,
      reporterRelation: values.reporterRelation?.trim() ?? '',
    };
    try {
      setReceipt(await api.post<Receipt>('/api/cases/intake', body));
    } catch (caught) {
      setFailure(placeError(form, caught));
    } finally {
      setBusy(false);
    }
  };

  const again = () => {
    form.resetFields();
    setReceipt(null);
    setFailure(null);
  };

  return (
    <PageContainer
      title={t('cases.intake.title')}
      className="hehu-page"
      content={<Typography.Text type="secondary">{t('cases.intake.intro')}</Typography.Text>}
    >
      {receipt ? (
        <ReceiptCard receipt={receipt} onAgain={again} />
      ) : (
        <Card style={{ maxWidth: 960 }}>
          <Form<Values>
            form={form}
            layout="vertical"
            initialValues={INITIAL}
            onFinish={(values) => void submit(values)}
            onKeyDown={enterMovesOn}
            data-testid="intake-form"
            size={size}
          >
            <Form.Item name="channel" label={t('cases.intake.channel')}>
              <Radio.Group
                optionType="button"
                buttonStyle="solid"
                options={CHANNELS.map((c) => ({ value: c, label: t(`cases.intake.channels.${c}`) }))}
              />
            </Form.Item>
            <Row gutter={12}>
              <Col xs={24} sm={12} md={10}>
                <Form.Item
                  name="childName"
                  label={t('cases.intake.childName')}
                  extra={t('cases.intake.childNameHelp')}
                  rules={[{ required: true, whitespace: true, message: t('cases.intake.childNameHelp') }]}
                >
                  <Input autoFocus maxLength={40} autoComplete="off" />
                </Form.Item>
              </Col>
              <Col xs={12} sm={6} md={7}>
                <Form.Item name="childSex" label={t('cases.intake.childSex')}>
                  <Radio.Group
                    optionType="button"
                    options={(['male', 'female'] as const).map((s) => ({ value: s, label: t(`cases.sex.${s}`) }))}
                  />
                </Form.Item>
              </Col>
              <Col xs={12} sm={6} md={7}>
                <Form.Item name="childAge" label={t('cases.intake.childAge')}>
                  <InputNumber
                    min={0}
                    max={17}
                    precision={0}
                    controls={!phone}
                    style={{ width: '100%' }}
                    inputMode="numeric"
                  />
                </Form.Item>
              </Col>
            </Row>
            <Row gutter={12}>
              <Col xs={24} md={12}>
                <Form.Item
                  name="divisionCode"
                  label={t('cases.intake.area')}
                  rules={[{ required: true, message: t('cases.intake.areaRequired') }]}
                >
                  <DivisionPicker wholeCity />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item name="location" label={t('cases.intake.location')}>
                  <Input maxLength={200} autoComplete="off" />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item
              name="summary"
              label={t('cases.intake.summary')}
              rules={[{ required: true, whitespace: true, message: t('cases.intake.summaryRequired') }]}
            >
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount />
            </Form.Item>
            <Form.Item name="trigger" label={t('cases.intake.trigger')}>
              <Select
                allowClear
                showSearch
                optionFilterProp="label"
                placeholder={t('cases.intake.triggerPlaceholder')}
                options={REPORT_TRIGGERS.map((code) => ({ value: code, label: labels.trigger(code) }))}
                popupMatchSelectWidth={phone ? true : 640}
                data-testid="intake-trigger"
              />
            </Form.Item>
            <Flex wrap gap={24}>
              <Form.Item
                name="immediateDanger"
                label={t('cases.intake.immediateDanger')}
                valuePropName="checked"
                extra={t('cases.intake.immediateDangerHelp')}
              >
                <Switch data-testid="intake-danger" />
              </Form.Item>
              <Form.Item name="consultationOnly" label={t('cases.intake.consultationOnly')} valuePropName="checked">
                <Switch />
              </Form.Item>
              <Form.Item
                name="tier"
                label={t('cases.intake.tier')}
                extra={t('cases.intake.tierSuggested', { tier: labels.tier(suggested) })}
                getValueProps={(value: CaseTier | null) => ({ value: value ?? suggested })}
              >
                <Radio.Group
                  optionType="button"
                  buttonStyle="solid"
                  data-testid="intake-tier"
                  options={CASE_TIERS.map((tier) => ({ value: tier, label: labels.tier(tier) }))}
                />
              </Form.Item>
            </Flex>
            {chosenTier !== null && chosenTier !== suggested && (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 16 }}
                message={t('cases.intake.tierSuggested', { tier: labels.tier(suggested) })}
              />
            )}
            <Row gutter={12}>
              <Col xs={24} sm={8}>
                <Form.Item name="reporterName" label={t('cases.intake.reporterName')}>
                  <Input maxLength={40} autoComplete="off" />
                </Form.Item>
              </Col>
              <Col xs={24} sm={8}>
                <Form.Item name="reporterPhone" label={t('cases.intake.reporterPhone')}>
                  <Input maxLength={20} inputMode="tel" autoComplete="off" />
                </Form.Item>
              </Col>
              <Col xs={24} sm={8}>
                <Form.Item name="reporterRelation" label={t('cases.intake.reporterRelation')}>
                  <Input maxLength={40} autoComplete="off" />
                </Form.Item>
              </Col>
            </Row>
            {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} />}
            <Button
              type="primary"
              htmlType="submit"
              size="large"
              loading={busy}
              block={phone}
              data-testid="intake-submit"
              style={{ minHeight: 44, minWidth: 160 }}
            >
              {t('cases.intake.submit')}
            </Button>
          </Form>
        </Card>
      )}
    </PageContainer>
  );
}
