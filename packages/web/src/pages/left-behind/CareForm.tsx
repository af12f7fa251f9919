// The care record's edit form. It saves with the version it was opened on: a stale version answers 409 and the
// record is loaded again; a carer the law excludes answers with details.field, and the server's message is put
// next to that field (carer.birthDate belongs to the carer chosen, carer.exclusions.<code> to its checkbox).
import { useState } from 'react';
import { Alert, App, Button, Checkbox, DatePicker, Flex, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { CARER_EXCLUSION_CODES, LIVING_ARRANGEMENTS } from '@hehu/domain';
import type { CareInput, CareView } from '../../api/care';
import { api, ApiError, errorText } from '../../api/client';
import { useIsPhone } from '../../hooks/useIsPhone';
import { DATE_FIELDS, formFieldOf, type CareFormValues, type DateField } from './careFields';
import '../../i18n/care.zh-CN';

const dateOrNull = (value: Dayjs | null | undefined) => (value ? value.format('YYYY-MM-DD') : null);
const notFuture = (value: Dayjs | null | undefined) => value?.isAfter(dayjs(), 'day') === true;

interface Props {
  childId: string;
  view: CareView;
  onSaved: () => void;
  /** Someone else saved first: load the record again and leave the form. */
  onStale: () => void;
  onCancel: () => void;
}

export function CareForm({ childId, view, onSaved, onStale, onCancel }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const phone = useIsPhone();
  const [form] = Form.useForm<CareFormValues>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const care = view.care;
  const initialValues: CareFormValues = {
    livingArrangement: care?.livingArrangement,
    carerRelationId: care?.carerRelationId ?? undefined,
    carerFullCapacity: care?.carerFullCapacity === true,
    carerExclusions: care?.carerExclusions ?? {},
    carerEvidence: care?.carerEvidence ?? '',
    agreementSignedOn: care?.agreementSignedOn ? dayjs(care.agreementSignedOn) : null,
    schoolNotifiedOn: care?.schoolNotifiedOn ? dayjs(care.schoolNotifiedOn) : null,
    villageNotifiedOn: care?.villageNotifiedOn ? dayjs(care.villageNotifiedOn) : null,
  };

  const save = async (values: CareFormValues) => {
    if (!values.livingArrangement) return;
    const carerChosen = values.carerRelationId !== undefined;
    const body: CareInput = {
      version: care?.version ?? 0,
      livingArrangement: values.livingArrangement,
      carerRelationId: values.carerRelationId ?? null,
      carerFullCapacity: carerChosen ? values.carerFullCapacity : null,
      carerExclusions: Object.fromEntries(
        CARER_EXCLUSION_CODES.map((code) => [code, values.carerExclusions[code] === true]),
      ),
      carerEvidence: values.carerEvidence,
      agreementSignedOn: dateOrNull(values.agreementSignedOn),
      schoolNotifiedOn: dateOrNull(values.schoolNotifiedOn),
      villageNotifiedOn: dateOrNull(values.villageNotifiedOn),
      agreementDocumentId: care?.agreementDocumentId ?? null,
    };
    setBusy(true);
    setFailure(null);
    try {
      await api.put(`/api/children/${encodeURIComponent(childId)}/care`, body);
      void message.success(t('care.saved'));
      onSaved();
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 409) {
        void message.warning(t('care.changedByOther'));
        onStale();
        return;
      }
      const field =
        caught instanceof ApiError && typeof caught.details.field === 'string'
          ? formFieldOf(caught.details.field)
          : undefined;
      if (field !== undefined) form.setFields([{ name: field, errors: [errorText(caught)] }]);
      else setFailure(errorText(caught));
    } finally {
      setBusy(false);
    }
  };

  const dateItem = (name: DateField) => (
    <Form.Item
      name={name}
      label={t(`care.${name}`)}
      rules={[
        {
          validator: (_rule, value: Dayjs | null | undefined) =>
            notFuture(value) ? Promise.reject(new Error(t('care.futureDate'))) : Promise.resolve(),
        },
      ]}
      style={{ flex: '1 1 200px' }}
    >
      <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} inputReadOnly={phone} />
    </Form.Item>
  );

  return (
    <Form<CareFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={(values) => void save(values)}
      data-testid="care-form"
      // A changed field drops the server's error on it, so a fixed answer is not shown as still wrong.
      onValuesChange={() => setFailure(null)}
    >
      <Form.Item
        name="livingArrangement"
        label={t('care.living')}
        rules={[{ required: true, message: t('care.required') }]}
      >
        <Select options={LIVING_ARRANGEMENTS.map((code) => ({ value: code, label: t(`care.livingValue.${code}`) }))} />
      </Form.Item>
      <Form.Item name="carerRelationId" label={t('care.carer')} extra={t('care.carerHint')}>
        <Select
          allowClear
          placeholder={t('care.carerNone')}
          options={view.carers.map((c) => ({
            value: c.relationId,
            label: [
              c.name,
              c.relationLabel ?? t(`care.parentKind.${c.kind === 'guardian' ? 'guardian' : 'entrusted_carer'}`),
              c.age === null ? t('care.carerAgeUnknown') : t('care.carerAge', { age: c.age }),
            ].join(' · '),
          }))}
        />
      </Form.Item>
      <Form.Item name="carerFullCapacity" valuePropName="checked">
        <Checkbox>{t('care.fullCapacity')}</Checkbox>
      </Form.Item>
      <Form.Item label={t('care.exclusionsTitle')} style={{ marginBottom: 8 }}>
        {CARER_EXCLUSION_CODES.map((code) => (
          <Form.Item key={code} name={['carerExclusions', code]} valuePropName="checked" style={{ marginBottom: 4 }}>
            <Checkbox style={{ minHeight: phone ? 44 : 32, alignItems: 'center' }}>
              {t(`care.exclusion.${code}`)}
            </Checkbox>
          </Form.Item>
        ))}
      </Form.Item>
      <Form.Item name="carerEvidence" label={t('care.evidence')}>
        <Input.TextArea rows={2} maxLength={500} placeholder={t('care.evidencePlaceholder')} />
      </Form.Item>
      <Flex gap={12} wrap>
        {DATE_FIELDS.map((name) => (
          <span key={name} style={{ display: 'contents' }}>
            {dateItem(name)}
          </span>
        ))}
      </Flex>
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      <Flex gap={8} justify="flex-end">
        <Button onClick={onCancel} style={{ minHeight: 44 }}>
          {t('common.cancel')}
        </Button>
        <Button type="primary" htmlType="submit" loading={busy} style={{ minHeight: 44 }} data-testid="care-save">
          {t('common.save')}
        </Button>
      </Flex>
    </Form>
  );
}
