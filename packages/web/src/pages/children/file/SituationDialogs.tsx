// A family member's situations (death, prison, working away…) with their dates: adding one asks for
// the details the category rules need for that kind (the illness from the list the server checks, the
// start date named for what it is, e.g. the day the police accepted a missing-person report); ending
// one records the date it stopped.
import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import { serviceDate } from '@hehu/domain';
import type { DisabilityKind, ParentSituationCode } from '@hehu/domain';
import { api } from '../../../api/client';
import type { Person, Situation } from '../../../api/registry';
import { FormDialog } from '../../../components/FormDialog';
import { SITUATION_CODES, situationLabel, useLang } from '../childFormat';
import { iso, notFuture } from './RelationDialogs';
import { WITH_TERM, illnessOptions, releaseDue, sinceLabel } from './situationFacts';
import { useCategoryRules } from './useCategoryRules';
import '../../../i18n/childFile.zh-CN';
import '../../../i18n/childTabs.zh-CN';

const DISABILITY_KINDS: readonly DisabilityKind[] = [
  'physical',
  'visual',
  'hearing',
  'speech',
  'mental',
  'intellectual',
  'multiple',
];

interface AddValues {
  code: ParentSituationCode;
  since: Dayjs;
  until?: Dayjs;
  disabilityGrade?: number;
  disabilityKind?: DisabilityKind;
  illnessCode?: string;
  termMonths?: number;
  note?: string;
}

interface AddProps {
  childId: string;
  person: Person | null;
  onClose: () => void;
  onDone: () => void;
}

export function AddSituationDialog({ childId, person, onClose, onDone }: AddProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const rules = useCategoryRules();
  return (
    <FormDialog<AddValues>
      open={person !== null}
      title={t('family.addSituationTitle', { name: person?.name ?? '' })}
      testId="add-situation"
      doneText={t('family.situationAdded')}
      onCancel={onClose}
      onSubmit={async (v) => {
        if (!person) return;
        const details = {
          ...(v.code === 'severe_disability'
            ? { disabilityGrade: v.disabilityGrade, disabilityKind: v.disabilityKind }
            : {}),
          ...(v.code === 'serious_illness' ? { illnessCode: v.illnessCode?.trim() } : {}),
          ...(WITH_TERM.has(v.code) ? { termMonths: v.termMonths } : {}),
        };
        await api.post<Situation>(`/api/children/${childId}/persons/${person.id}/situations`, {
          code: v.code,
          since: iso(v.since),
          until: iso(v.until),
          details: Object.keys(details).length > 0 ? details : undefined,
          note: v.note?.trim() || undefined,
        });
        onDone();
      }}
    >
      <Form.Item name="code" label={t('family.situation')} rules={[{ required: true, message: t('family.required') }]}>
        <Select
          showSearch
          optionFilterProp="label"
          options={SITUATION_CODES.map((code) => ({ value: code, label: situationLabel(code, lang) }))}
        />
      </Form.Item>
      <Form.Item noStyle dependencies={['code']}>
        {({ getFieldValue }) => {
          const code = getFieldValue('code') as ParentSituationCode | undefined;
          return (
            <Form.Item
              name="since"
              label={(code && sinceLabel(code, t)) ?? t('family.situationSince')}
              rules={[{ required: true, message: t('family.required') }]}
            >
              <DatePicker style={{ width: '100%' }} disabledDate={notFuture} />
            </Form.Item>
          );
        }}
      </Form.Item>
      <Form.Item name="until" label={t('family.situationUntil')}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item noStyle dependencies={['code']}>
        {({ getFieldValue }) => {
          const code = getFieldValue('code') as ParentSituationCode | undefined;
          if (code === 'severe_disability')
            return (
              <>
                <Form.Item
                  name="disabilityGrade"
                  label={t('family.disabilityGrade')}
                  rules={[{ required: true, message: t('family.required') }]}
                >
                  <Select
                    options={(['1', '2', '3', '4'] as const).map((g) => ({
                      value: Number(g),
                      label: t(`values.disabilityGrade.${g}`),
                    }))}
                  />
                </Form.Item>
                <Form.Item name="disabilityKind" label={t('family.disabilityKind')}>
                  <Select
                    allowClear
                    options={DISABILITY_KINDS.map((k) => ({ value: k, label: t(`family.disabilityKindValue.${k}`) }))}
                  />
                </Form.Item>
              </>
            );
          if (code === 'serious_illness')
            return (
              <Form.Item
                name="illnessCode"
                label={t('family.illnessCode')}
                extra={t('family.illnessHint', { version: rules.version })}
                rules={[{ required: true, message: t('family.required') }]}
              >
                <Select showSearch optionFilterProp="label" options={illnessOptions(lang, rules)} />
              </Form.Item>
            );
          if (code && WITH_TERM.has(code))
            return (
              <Form.Item
                name="termMonths"
                label={t('family.termMonths')}
                rules={[{ required: true, message: t('family.required') }]}
              >
                <InputNumber min={1} max={1200} style={{ width: '100%' }} />
              </Form.Item>
            );
          return null;
        }}
      </Form.Item>
      <Form.Item name="note" label={t('family.note')}>
        <Input.TextArea maxLength={200} autoSize={{ minRows: 2 }} />
      </Form.Item>
    </FormDialog>
  );
}

interface EndProps {
  childId: string;
  target: { person: Person; situation: Situation } | null;
  onClose: () => void;
  onDone: () => void;
}

export function EndSituationDialog({ childId, target, onClose, onDone }: EndProps) {
  const { t } = useTranslation();
  const lang = useLang();
  // A detention: the date is the release; once the term has run out, the term's end is the likely one.
  const detention = target !== null && WITH_TERM.has(target.situation.code);
  const due = target ? releaseDue(target.situation, serviceDate()) : null;
  return (
    <FormDialog<{ until: Dayjs }>
      open={target !== null}
      title={t('family.endSituationTitle', { situation: target ? situationLabel(target.situation.code, lang) : '' })}
      doneText={t('family.situationEnded')}
      okText={detention ? t('family.recordRelease') : t('family.endSituation')}
      initialValues={{ until: due ? dayjs(due) : dayjs() }}
      onCancel={onClose}
      onSubmit={async (v) => {
        if (!target) return;
        await api.post<Situation>(
          `/api/children/${childId}/persons/${target.person.id}/situations/${target.situation.id}/end`,
          { until: iso(v.until) },
        );
        onDone();
      }}
    >
      <Form.Item
        name="until"
        label={detention ? t('family.detail.released') : t('family.situationUntil')}
        extra={due ? t('family.releaseHint', { date: due }) : undefined}
        rules={[{ required: true, message: t('family.required') }]}
      >
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </FormDialog>
  );
}
