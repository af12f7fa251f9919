// The fields of a child's file, grouped as the paper ledger is: identity, registration and
// residence, schooling, health, family. Used by the create page and the edit drawer.
import { Col, Form, Input, Radio, Row, Select, Switch, Typography } from 'antd';
import type { FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SCHOOLING_STAGES } from '../../../api/registry';
import type { ChildFile } from '../../../api/registry';
import { DivisionPicker } from '../../../components/DivisionPicker';
import { useIsPhone } from '../../../hooks/useIsPhone';
import { IdentityFields } from './IdentityFields';
import { PlacementFields } from './PlacementFields';
import type { ChildFormValues } from './childFormModel';
import { villageRule } from './formRules';
import '../../../i18n/childFile.zh-CN';

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section style={{ marginBottom: 8 }}>
      <Typography.Title level={5} style={{ margin: '8px 0 12px' }}>
        {title}
      </Typography.Title>
      {children}
    </section>
  );
}

export function ChildFormFields({ form, child }: { form: FormInstance<ChildFormValues>; child?: ChildFile }) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const half = phone ? 24 : 12;
  const third = phone ? 24 : 8;
  const yesNo = [
    { value: true, label: t('values.yes') },
    { value: false, label: t('values.no') },
  ];

  return (
    <>
      <Section title={t('childFile.groups.identity')}>
        <IdentityFields form={form} maskedId={child ? child.idNumberMasked : undefined} phone={phone} />
        <Row gutter={16}>
          <Col span={half}>
            <Form.Item
              name="name"
              label={t('fields.name')}
              rules={[{ required: true, whitespace: true, message: t('childForm.nameRequired') }]}
            >
              <Input maxLength={30} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={half}>
            <Form.Item name="formerNames" label={t('fields.formerNames')} extra={t('childForm.formerNamesHint')}>
              <Select mode="tags" open={false} suffixIcon={null} maxCount={5} tokenSeparators={[',', '，']} />
            </Form.Item>
          </Col>
        </Row>
        {child ? (
          <Form.Item label={t('fields.divisionCode')} extra={t('childForm.villageLocked')}>
            <Typography.Text>{child.divisionPath}</Typography.Text>
          </Form.Item>
        ) : (
          <Form.Item
            name="divisionCode"
            label={t('fields.divisionCode')}
            rules={[
              { required: true, message: t('childForm.villageRequired') },
              villageRule(t('childForm.villageOnly')),
            ]}
          >
            <DivisionPicker placeholder={t('childForm.villageRequired')} />
          </Form.Item>
        )}
      </Section>

      <Section title={t('childFile.groups.household')}>
        <Row gutter={16}>
          <Col span={third}>
            <Form.Item name="householdType" label={t('fields.householdType')}>
              <Radio.Group optionType="button" buttonStyle="solid">
                <Radio.Button value="rural">{t('values.householdType.rural')}</Radio.Button>
                <Radio.Button value="urban">{t('values.householdType.urban')}</Radio.Button>
              </Radio.Group>
            </Form.Item>
          </Col>
          <Col span={third}>
            <Form.Item name="ethnicity" label={t('fields.ethnicity')}>
              <Input maxLength={20} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="currentAddress"
          label={t('fields.currentAddress')}
          extra={
            child?.currentAddressMasked ? t('childForm.addressKeep', { value: child.currentAddressMasked }) : undefined
          }
        >
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>
      </Section>

      <Section title={t('childFile.groups.schooling')}>
        <Row gutter={16}>
          <Col span={third}>
            <Form.Item name="schoolingStage" label={t('fields.schoolingStage')}>
              <Select
                allowClear
                options={SCHOOLING_STAGES.map((s) => ({ value: s, label: t(`values.schoolingStage.${s}`) }))}
              />
            </Form.Item>
          </Col>
          <Col span={third}>
            <Form.Item name="schoolName" label={t('fields.schoolName')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={third}>
            <Form.Item name="boarding" label={t('fields.boarding')}>
              <Radio.Group options={yesNo} optionType="button" />
            </Form.Item>
          </Col>
        </Row>
      </Section>

      <Section title={t('childFile.groups.health')}>
        <Row gutter={16}>
          <Col span={third}>
            <Form.Item name="healthStatus" label={t('fields.healthStatus')}>
              <Select
                allowClear
                options={(['healthy', 'disabled', 'ill'] as const).map((s) => ({
                  value: s,
                  label: t(`values.healthStatus.${s}`),
                }))}
              />
            </Form.Item>
          </Col>
          <Col span={third}>
            <Form.Item name="disabilityType" label={t('fields.disabilityType')}>
              <Input maxLength={30} />
            </Form.Item>
          </Col>
          <Col span={third}>
            <Form.Item name="disabilityGrade" label={t('fields.disabilityGrade')}>
              <Select
                allowClear
                options={(['1', '2', '3', '4'] as const).map((g) => ({
                  value: Number(g),
                  label: t(`values.disabilityGrade.${g}`),
                }))}
              />
            </Form.Item>
          </Col>
          <Col span={half}>
            <Form.Item
              name="disabilityCertNo"
              label={t('fields.disabilityCertNo')}
              extra={
                child?.disabilityCertNoMasked
                  ? t('childForm.certificateKeep', { value: child.disabilityCertNoMasked })
                  : undefined
              }
            >
              <Input maxLength={40} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={half}>
            <Form.Item name="illness" label={t('fields.illness')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
        </Row>
      </Section>

      <Section title={t('childFile.groups.family')}>
        <Row gutter={16}>
          <Col span={half}>
            <Form.Item name="familyEconomicHardship" label={t('fields.familyEconomicHardship')} valuePropName="checked">
              <Switch checkedChildren={t('values.yes')} unCheckedChildren={t('values.no')} />
            </Form.Item>
          </Col>
          <Col span={half}>
            <Form.Item
              name="guardianshipHarm"
              label={t('fields.guardianshipHarm')}
              extra={t('childForm.guardianshipHarmHint')}
              valuePropName="checked"
            >
              <Switch checkedChildren={t('values.yes')} unCheckedChildren={t('values.no')} />
            </Form.Item>
          </Col>
          <Col span={half}>
            <Form.Item
              name="parentsUnknown"
              label={t('fields.parentsUnknown')}
              extra={t('childForm.parentsUnknownHint')}
              valuePropName="checked"
            >
              <Switch checkedChildren={t('values.yes')} unCheckedChildren={t('values.no')} />
            </Form.Item>
          </Col>
        </Row>
        <PlacementFields half={half} />
      </Section>
    </>
  );
}
