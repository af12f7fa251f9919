// The termination application: the category to end, the date of its event (the category ends with that month) and
// a note, filled in from the address (?category=&eventDate=, as 终止与复核事项 opens it). The server's field errors land
// on the field they name.
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { App, Button, Card, ConfigProvider, DatePicker, Form, Input, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { APPLICATION_CATEGORIES, type ApplicationCategory } from '@hehu/domain';
import type { ApplicationCreateInput, ApplicationView } from '../../api/applications';
import { ApiError, api, errorText } from '../../api/client';
import { placeServerErrors } from '../../components/serverFieldErrors';
import { useIsPhone } from '../../hooks/useIsPhone';
import { categoryLabel, useLang } from '../children/childFormat';
import '../../i18n/applications.zh-CN';

interface Values {
  category?: ApplicationCategory;
  eventDate?: Dayjs;
  note?: string;
}

const isApplicationCategory = (code: string | null): code is ApplicationCategory =>
  (APPLICATION_CATEGORIES as readonly (string | null)[]).includes(code);

export function TerminationForm({
  childId,
  category,
  eventDate,
}: {
  childId: string;
  category: string | null;
  eventDate: string | null;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const phone = useIsPhone();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const initialDate = eventDate && dayjs(eventDate, 'YYYY-MM-DD', true).isValid() ? dayjs(eventDate) : undefined;

  // A date from the address is checked at once, so a date still to come is said before the button is pressed.
  useEffect(() => {
    if (eventDate) form.validateFields(['eventDate']).catch(() => undefined);
  }, [form, eventDate]);

  const submit = async (values: Values) => {
    if (!values.category || !values.eventDate) return;
    const body: ApplicationCreateInput = {
      childId,
      kind: 'terminate',
      category: values.category,
      eventDate: values.eventDate.format('YYYY-MM-DD'),
      note: values.note?.trim() ?? '',
    };
    setBusy(true);
    setFailure(null);
    try {
      const app = await api.post<ApplicationView>('/api/applications', body);
      message.success(t('applications.created'));
      void navigate(`/applications/${app.id}`);
    } catch (caught) {
      placeServerErrors(caught, form);
      // An answer that names no field of this form is shown above the button.
      const field = caught instanceof ApiError ? caught.details.field : undefined;
      if (!(typeof field === 'string' && ['category', 'eventDate', 'note'].includes(field)))
        setFailure(errorText(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card size="small" data-testid="termination-form" style={{ maxWidth: 720 }}>
      <ConfigProvider theme={phone ? { token: { controlHeight: 44 } } : undefined}>
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{
            category: isApplicationCategory(category) ? category : undefined,
            eventDate: initialDate,
            note: '',
          }}
          onFinish={(v) => void submit(v)}
        >
          <Form.Item label={t('applications.kind')}>
            <Typography.Text strong data-testid="termination-kind">
              {t('applications.kindValue.terminate')}
            </Typography.Text>
          </Form.Item>
          <Form.Item
            name="category"
            label={t('applications.category')}
            rules={[{ required: true, message: t('applications.categoryRequired') }]}
          >
            <Select
              data-testid="termination-category"
              options={APPLICATION_CATEGORIES.map((c) => ({ value: c, label: categoryLabel(c, lang) }))}
            />
          </Form.Item>
          <Form.Item
            name="eventDate"
            label={t('applications.eventDate')}
            extra={t('applications.eventDateHint')}
            rules={[
              { required: true, message: t('applications.eventDateRequired') },
              {
                // The server takes no event after today: an 18th birthday later this month is filed on the day.
                warningOnly: true,
                validator: (_r, v: Dayjs | undefined) =>
                  v && v.isAfter(dayjs(), 'day')
                    ? Promise.reject(new Error(t('applications.eventDateFuture', { date: v.format('YYYY-MM-DD') })))
                    : Promise.resolve(),
              },
            ]}
          >
            <DatePicker style={{ width: '100%' }} inputReadOnly={phone} data-testid="termination-event-date" />
          </Form.Item>
          <Form.Item name="note" label={t('applications.note')}>
            <Input.TextArea
              maxLength={500}
              autoSize={{ minRows: 2 }}
              placeholder={t('applications.terminateNotePlaceholder')}
            />
          </Form.Item>
          {failure && (
            <Typography.Paragraph type="danger" data-testid="termination-failure">
              {failure}
            </Typography.Paragraph>
          )}
          <Button type="primary" htmlType="submit" block={phone} loading={busy} data-testid="termination-submit">
            {t('applications.createTermination')}
          </Button>
        </Form>
      </ConfigProvider>
    </Card>
  );
}
