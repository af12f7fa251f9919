// The dialogs of 保障复核: recording an item's outcome (the township supervisor; "no longer eligible" needs the
// findings and the event date, and files the termination), and publishing the round months (the city). The
// server's field errors land on the field they name.
import { Checkbox, ConfigProvider, DatePicker, Flex, Form, Input, Radio, Typography } from 'antd';
import type { FormInstance } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type {
  ReverificationItem,
  ReverificationOutcomeInput,
  ReverificationRounds,
  ReverificationSettingsInput,
} from '../../api/applications';
import { ApiError, api } from '../../api/client';
import { FormDialog } from '../../components/FormDialog';
import { placeServerErrors } from '../../components/serverFieldErrors';
import { useIsPhone } from '../../hooks/useIsPhone';
import { categoryLabel, useLang } from '../children/childFormat';
import '../../i18n/reverification.zh-CN';

interface OutcomeValues {
  outcome: ReverificationOutcomeInput['outcome'];
  note?: string;
  eventDate?: Dayjs;
}

export function OutcomeDialog({
  item,
  today,
  onCancel,
  onRecorded,
  onConflict,
}: {
  item: ReverificationItem | null;
  today: string;
  onCancel: () => void;
  onRecorded: (answer: ReverificationItem) => void;
  /** Someone recorded first: the list is read again. */
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const phone = useIsPhone();

  const record = async (values: OutcomeValues, form: FormInstance<OutcomeValues>) => {
    if (!item) return;
    const lost = values.outcome === 'not_eligible';
    const body: ReverificationOutcomeInput = {
      outcome: values.outcome,
      version: item.version,
      note: values.note?.trim() ?? '',
      ...(lost && values.eventDate ? { eventDate: values.eventDate.format('YYYY-MM-DD') } : {}),
    };
    try {
      const answer = await api.post<ReverificationItem>(`/api/reverifications/${item.id}/outcome`, body);
      onRecorded(answer);
    } catch (caught) {
      // Recorded by someone else first: the list is read again and the answer shown above the buttons.
      if (caught instanceof ApiError && caught.status === 409) {
        onConflict();
        throw caught;
      }
      throw placeServerErrors(caught, form);
    }
  };

  return (
    <FormDialog<OutcomeValues>
      open={item !== null}
      title={
        item
          ? `${t('reverification.recordTitle', { name: item.childName })} · ${categoryLabel(item.category, lang)}`
          : ''
      }
      okText={t('reverification.recordOk')}
      doneText={t('reverification.recordDone')}
      onCancel={onCancel}
      onSubmit={record}
      width={560}
      initialValues={{ note: '' }}
      testId="reverification-form"
    >
      <ConfigProvider theme={phone ? { token: { controlHeight: 44 } } : undefined}>
        <Form.Item
          name="outcome"
          label={t('reverification.outcome')}
          rules={[{ required: true, message: t('reverification.outcomeRequired') }]}
        >
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            data-testid="reverification-outcome"
            options={[
              { value: 'eligible', label: t('reverification.eligible') },
              { value: 'not_eligible', label: t('reverification.notEligible') },
            ]}
          />
        </Form.Item>
        <Form.Item noStyle shouldUpdate={(a: OutcomeValues, b: OutcomeValues) => a.outcome !== b.outcome}>
          {(form) => {
            const lost = form.getFieldValue('outcome') === 'not_eligible';
            return (
              <>
                <Form.Item
                  name="note"
                  label={t('reverification.note')}
                  rules={lost ? [{ required: true, whitespace: true, message: t('reverification.noteRequired') }] : []}
                >
                  <Input.TextArea
                    maxLength={500}
                    autoSize={{ minRows: 2 }}
                    placeholder={t('reverification.notePlaceholder')}
                  />
                </Form.Item>
                {lost && (
                  <Form.Item
                    name="eventDate"
                    label={t('reverification.eventDate')}
                    extra={t('reverification.eventDateHint')}
                    rules={[{ required: true, message: t('reverification.eventDateRequired') }]}
                  >
                    <DatePicker
                      style={{ width: '100%' }}
                      inputReadOnly={phone}
                      disabledDate={(d) => d.format('YYYY-MM-DD') > today}
                      data-testid="reverification-event-date"
                    />
                  </Form.Item>
                )}
              </>
            );
          }}
        </Form.Item>
      </ConfigProvider>
    </FormDialog>
  );
}

interface PublishValues {
  months: number[];
  effectiveFrom: Dayjs;
  source: string;
}

const MONTHS = Array.from({ length: 12 }, (_v, i) => i + 1);

export function PublishMonthsDialog({
  open,
  view,
  onCancel,
  onPublished,
}: {
  open: boolean;
  view: ReverificationRounds;
  onCancel: () => void;
  onPublished: () => void;
}) {
  const { t } = useTranslation();
  const phone = useIsPhone();

  const publish = async (values: PublishValues, form: FormInstance<PublishValues>) => {
    const body: ReverificationSettingsInput = {
      effectiveFrom: values.effectiveFrom.format('YYYY-MM-DD'),
      source: values.source.trim(),
      months: [...values.months].sort((a, b) => a - b),
    };
    try {
      await api.post('/api/reverifications/settings', body);
    } catch (caught) {
      throw placeServerErrors(caught, form);
    }
    onPublished();
  };

  return (
    <FormDialog<PublishValues>
      open={open}
      title={t('reverification.publishTitle')}
      okText={t('reverification.publishOk')}
      doneText={t('reverification.published')}
      onCancel={onCancel}
      onSubmit={publish}
      width={560}
      initialValues={{ months: view.settings.months, effectiveFrom: dayjs(view.today), source: '' }}
      testId="reverification-months-form"
    >
      <ConfigProvider theme={phone ? { token: { controlHeight: 44 } } : undefined}>
        <Typography.Paragraph type="secondary">{t('reverification.publishHint')}</Typography.Paragraph>
        <Form.Item
          name="months"
          label={t('reverification.settings')}
          rules={[{ required: true, type: 'array', min: 1, message: t('reverification.monthsRequired') }]}
        >
          <Checkbox.Group style={{ width: '100%' }}>
            <Flex wrap style={{ width: '100%' }}>
              {MONTHS.map((m) => (
                <Checkbox
                  key={m}
                  value={m}
                  style={{ width: phone ? '33%' : '16.6%', minHeight: 44, alignItems: 'center', marginInlineStart: 0 }}
                >
                  {t('reverification.monthLabel', { month: m })}
                </Checkbox>
              ))}
            </Flex>
          </Checkbox.Group>
        </Form.Item>
        <Form.Item
          name="effectiveFrom"
          label={t('reverification.effectiveFrom')}
          rules={[{ required: true, message: t('reverification.dateRequired') }]}
        >
          <DatePicker
            style={{ width: '100%' }}
            inputReadOnly={phone}
            allowClear={false}
            disabledDate={(d) => d.format('YYYY-MM-DD') < view.today}
          />
        </Form.Item>
        <Form.Item
          name="source"
          label={t('reverification.source')}
          rules={[{ required: true, whitespace: true, message: t('reverification.sourceRequired') }]}
        >
          <Input.TextArea
            maxLength={200}
            autoSize={{ minRows: 1, maxRows: 3 }}
            placeholder={t('reverification.sourcePlaceholder')}
          />
        </Form.Item>
      </ConfigProvider>
    </FormDialog>
  );
}
