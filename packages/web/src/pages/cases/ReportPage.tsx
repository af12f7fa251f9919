// 强制报告: a school's or hospital's account reports what it found. The situation is required and each of the
// nine is given in full words; the receipt number is shown once sent, and the report is followed in 我的报告.
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { PageContainer } from '@ant-design/pro-components';
import { Alert, Button, Card, Col, Flex, Form, Input, InputNumber, Radio, Row, Space, Switch, Typography } from 'antd';
import { CheckCircleFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { REPORT_TRIGGERS } from '@hehu/domain';
import { api } from '../../api/client';
import { DivisionPicker } from '../../components/DivisionPicker';
import { useIsPhone } from '../../hooks/useIsPhone';
import { TierTag, useAt, useCaseLabels } from './caseFormat';
import { placeError } from './formHelpers';
import type { Receipt, ReportInput, ReportTrigger, Sex } from './types';
import '../../i18n/cases.zh-CN';

interface Values {
  trigger?: ReportTrigger;
  childName: string;
  childSex?: Sex;
  childAge?: number | null;
  divisionCode?: string;
  location?: string;
  description: string;
  immediateDanger: boolean;
  reporterPhone?: string;
}

export default function ReportPage() {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const labels = useCaseLabels();
  const at = useAt();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [receipt, setReceipt] = useState<Receipt | null>(null);

  const submit = async (values: Values) => {
    if (!values.trigger) return;
    setBusy(true);
    setFailure(null);
    const body: ReportInput = {
      trigger: values.trigger,
      childName: values.childName.trim(),
      childSex: values.childSex ?? null,
      childAge: values.childAge ?? null,
      divisionCode: values.divisionCode ?? null,
      location: values.location?.trim() ?? '',
      description: values.description.trim(),
      immediateDanger: values.immediateDanger,
      reporterPhone: values.reporterPhone?.trim() ? values.reporterPhone.trim() : null,
    };
    try {
      setReceipt(await api.post<Receipt>('/api/cases/reports', body));
    } catch (caught) {
      setFailure(placeError(form, caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <PageContainer
      title={t('cases.report.title')}
      className="hehu-page"
      content={<Typography.Text type="secondary">{t('cases.report.intro')}</Typography.Text>}
      extra={
        <Link to="/cases/my-reports">
          <Button style={phone ? { minHeight: 44 } : undefined}>{t('cases.report.mine')}</Button>
        </Link>
      }
    >
      {receipt ? (
        <Card data-testid="report-receipt" style={{ maxWidth: 640 }}>
          <Flex vertical gap={12}>
            <Space align="center">
              <CheckCircleFilled style={{ color: '#52c41a', fontSize: 28 }} />
              <Typography.Title level={4} style={{ margin: 0 }}>
                {t('cases.report.done', { receiptNo: receipt.receiptNo })}
              </Typography.Title>
            </Space>
            <Typography.Text strong style={{ fontSize: 32 }} copyable data-testid="receipt-no">
              {receipt.receiptNo}
            </Typography.Text>
            <Space wrap>
              <TierTag tier={receipt.tier} large />
              <Typography.Text>
                {t('cases.intake.respondBy')}：{at(receipt.respondBy)}
              </Typography.Text>
            </Space>
            <Flex wrap gap={8}>
              <Button
                type="primary"
                style={{ minHeight: 44 }}
                onClick={() => {
                  form.resetFields();
                  setReceipt(null);
                }}
              >
                {t('cases.intake.again')}
              </Button>
              <Link to="/cases/my-reports">
                <Button style={{ minHeight: 44 }}>{t('cases.report.mine')}</Button>
              </Link>
            </Flex>
          </Flex>
        </Card>
      ) : (
        <Card style={{ maxWidth: 960 }}>
          <Form<Values>
            form={form}
            layout="vertical"
            initialValues={{ immediateDanger: false }}
            onFinish={(values) => void submit(values)}
            size={phone ? 'large' : 'middle'}
            data-testid="report-form"
          >
            <Form.Item
              name="trigger"
              label={t('cases.report.trigger')}
              rules={[{ required: true, message: t('cases.report.triggerRequired') }]}
            >
              <Radio.Group style={{ width: '100%' }}>
                <Flex vertical gap={4}>
                  {REPORT_TRIGGERS.map((code, i) => (
                    <Radio key={code} value={code} style={{ minHeight: 44, alignItems: 'center' }}>
                      {i + 1}. {labels.trigger(code)}
                    </Radio>
                  ))}
                </Flex>
              </Radio.Group>
            </Form.Item>
            <Row gutter={12}>
              <Col xs={24} sm={12} md={10}>
                <Form.Item
                  name="childName"
                  label={t('cases.intake.childName')}
                  extra={t('cases.intake.childNameHelp')}
                  rules={[{ required: true, whitespace: true, message: t('cases.intake.childNameHelp') }]}
                >
                  <Input maxLength={40} autoComplete="off" />
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
                <Form.Item name="divisionCode" label={t('cases.report.area')}>
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
              name="description"
              label={t('cases.report.description')}
              rules={[{ required: true, whitespace: true, message: t('cases.report.descriptionRequired') }]}
            >
              <Input.TextArea autoSize={{ minRows: 4, maxRows: 10 }} maxLength={2000} showCount />
            </Form.Item>
            <Flex wrap gap={24}>
              <Form.Item
                name="immediateDanger"
                label={t('cases.intake.immediateDanger')}
                valuePropName="checked"
                extra={t('cases.intake.immediateDangerHelp')}
              >
                <Switch />
              </Form.Item>
              <Form.Item name="reporterPhone" label={t('cases.report.reporterPhone')}>
                <Input maxLength={20} inputMode="tel" autoComplete="tel" />
              </Form.Item>
            </Flex>
            {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} />}
            <Button
              type="primary"
              htmlType="submit"
              size="large"
              loading={busy}
              block={phone}
              data-testid="report-submit"
              style={{ minHeight: 44, minWidth: 160 }}
            >
              {t('cases.report.submit')}
            </Button>
          </Form>
        </Card>
      )}
    </PageContainer>
  );
}
