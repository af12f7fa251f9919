// Adding and ending a family relation. Nothing is overwritten: a change of guardian ends one relation
// and adds another. The person's ID number is checked with the domain rule while typing.
import { Alert, App, Col, DatePicker, Form, Input, Radio, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { parseIdNumber } from '@hehu/domain';
import { api } from '../../../api/client';
import type { AddRelationResult, Relation, RelationKind } from '../../../api/registry';
import type { Sex } from '../../../api/types';
import { FormDialog } from '../../../components/FormDialog';
import { IdNumberInput } from '../../../components/IdNumberInput';
import { useLang } from '../childFormat';
import { idNumberRule, normalizeIdNumber } from '../form/formRules';
import { PersonNameField, PhoneField } from './PersonFields';
import '../../../i18n/childTabs.zh-CN';
import '../../../i18n/children.zh-CN';
import '../../../i18n/personLinks.zh-CN';

export const RELATION_KINDS: readonly RelationKind[] = ['father', 'mother', 'guardian', 'entrusted_carer'];
export const iso = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : undefined);
export const notFuture = (d: Dayjs) => d.isAfter(dayjs(), 'day');
const trimmed = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);

interface AddValues {
  kind: RelationKind;
  relationLabel?: string;
  startDate: Dayjs;
  name: string;
  idNumber?: string;
  sex?: Sex;
  birthDate?: Dayjs;
  phone?: string;
  address?: string;
  workPlace?: string;
}

interface AddProps {
  childId: string;
  open: boolean;
  /** Change of guardian: the kind is fixed. */
  fixedKind?: RelationKind;
  title?: string;
  onClose: () => void;
  onDone: () => void;
}

export function AddRelationDialog({ childId, open, fixedKind, title, onClose, onDone }: AddProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const lang = useLang();
  return (
    <FormDialog<AddValues>
      open={open}
      title={title ?? t('family.addTitle')}
      width={640}
      testId="add-relation"
      doneText={t('family.relationAdded')}
      initialValues={{ kind: fixedKind, startDate: dayjs() }}
      onCancel={onClose}
      onSubmit={async (v) => {
        const parsed = v.idNumber ? parseIdNumber(v.idNumber) : null;
        const result = await api.post<AddRelationResult>(`/api/children/${childId}/relations`, {
          kind: v.kind,
          relationLabel: trimmed(v.relationLabel),
          startDate: iso(v.startDate),
          person: {
            name: v.name.trim(),
            idNumber: parsed?.ok ? parsed.value.normalized : undefined,
            sex: parsed?.ok ? undefined : v.sex,
            birthDate: parsed?.ok ? undefined : iso(v.birthDate),
            phone: trimmed(v.phone),
            address: trimmed(v.address),
            workPlace: trimmed(v.workPlace),
          },
        });
        // A person another area holds is linked once that area confirms: say so, the family shows the request.
        if ('linkRequest' in result) void message.info(t('personLinks.requested'), 8);
        onDone();
      }}
    >
      {(form) => (
        <Row gutter={12}>
          <Col xs={24} sm={12}>
            <Form.Item name="kind" label={t('family.kind')} rules={[{ required: true, message: t('family.required') }]}>
              <Select
                disabled={fixedKind !== undefined}
                options={RELATION_KINDS.map((k) => ({ value: k, label: t(`family.kindValue.${k}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="relationLabel" label={t('family.relationLabel')} tooltip={t('family.relationLabelHint')}>
              <Input maxLength={20} placeholder={t('family.relationLabelHint')} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="startDate"
              label={t('family.startDate')}
              rules={[{ required: true, message: t('family.required') }]}
            >
              <DatePicker style={{ width: '100%' }} disabledDate={notFuture} />
            </Form.Item>
          </Col>
          <PersonNameField />
          <Col span={24}>
            <Form.Item
              name="idNumber"
              label={t('family.personIdNumber')}
              extra={t('family.personIdHint')}
              normalize={normalizeIdNumber}
              validateTrigger={['onChange', 'onBlur']}
              rules={[idNumberRule(lang)]}
            >
              <IdNumberInput
                onValue={(value) => {
                  const parsed = parseIdNumber(normalizeIdNumber(value));
                  if (parsed.ok)
                    form.setFieldsValue({ sex: parsed.value.sex, birthDate: dayjs(parsed.value.birthDate) });
                }}
              />
            </Form.Item>
          </Col>
          <Form.Item noStyle dependencies={['idNumber']}>
            {() => {
              const fromId = parseIdNumber(normalizeIdNumber(form.getFieldValue('idNumber') as string)).ok;
              return (
                <>
                  <Col xs={24} sm={12}>
                    <Form.Item name="sex" label={t('family.sex')}>
                      <Radio.Group disabled={fromId} optionType="button">
                        <Radio.Button value="M">{t('children.sexValue.M')}</Radio.Button>
                        <Radio.Button value="F">{t('children.sexValue.F')}</Radio.Button>
                      </Radio.Group>
                    </Form.Item>
                  </Col>
                  <Col xs={24} sm={12}>
                    <Form.Item name="birthDate" label={t('family.birthDate')}>
                      <DatePicker style={{ width: '100%' }} disabled={fromId} disabledDate={notFuture} />
                    </Form.Item>
                  </Col>
                </>
              );
            }}
          </Form.Item>
          <PhoneField />
          <Col xs={24} sm={12}>
            <Form.Item name="workPlace" label={t('family.workPlace')}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="address" label={t('family.address')}>
              <Input maxLength={200} autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
      )}
    </FormDialog>
  );
}

interface EndValues {
  endDate: Dayjs;
  endReason: string;
}

interface EndProps {
  childId: string;
  relation: Relation | null;
  /** Change of guardian, step 1. */
  changingGuardian?: boolean;
  onClose: () => void;
  onDone: () => void;
}

export function EndRelationDialog({ childId, relation, changingGuardian, onClose, onDone }: EndProps) {
  const { t } = useTranslation();
  return (
    <FormDialog<EndValues>
      open={relation !== null}
      title={changingGuardian ? t('family.changeStep1') : t('family.endTitle', { name: relation?.person.name ?? '' })}
      okText={changingGuardian ? t('common.next') : t('family.end')}
      testId="end-relation"
      doneText={t('family.relationEnded')}
      initialValues={{ endDate: dayjs() }}
      onCancel={onClose}
      onSubmit={async (v) => {
        if (!relation) return;
        await api.post<Relation>(`/api/children/${childId}/relations/${relation.id}/end`, {
          endDate: iso(v.endDate),
          endReason: v.endReason.trim(),
        });
        onDone();
      }}
    >
      {changingGuardian && (
        <Alert type="info" showIcon message={t('family.changeGuardianHint')} style={{ marginBottom: 16 }} />
      )}
      <Form.Item name="endDate" label={t('family.endDate')} rules={[{ required: true, message: t('family.required') }]}>
        <DatePicker style={{ width: '100%' }} disabledDate={notFuture} />
      </Form.Item>
      <Form.Item
        name="endReason"
        label={t('family.endReason')}
        rules={[{ required: true, whitespace: true, message: t('family.required') }]}
      >
        <Input.TextArea maxLength={200} autoSize={{ minRows: 2 }} />
      </Form.Item>
    </FormDialog>
  );
}
