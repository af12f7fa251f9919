// The parents' contacts with the child, latest first, and the form to record one. A contact carries an id made
// when the dialog opens, so a save retried after a lost answer is stored once (the server answers it replayed).
import { useState } from 'react';
import { Button, Card, DatePicker, Empty, Flex, Form, Input, List, Select, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { CareView, ContactChannel, ContactInput, ContactParent } from '../../api/care';
import { api } from '../../api/client';
import { FormDialog } from '../../components/FormDialog';
import { useIsPhone } from '../../hooks/useIsPhone';
import '../../i18n/care.zh-CN';

const CHANNELS: ContactChannel[] = ['phone', 'video', 'home_visit', 'other'];
const PARENTS: ContactParent[] = ['father', 'mother', 'both'];
/** The latest few answer "when did they last call"; the rest is one tap away. */
const SHOWN_FIRST = 5;

interface ContactValues {
  contactDate: Dayjs;
  channel: ContactChannel;
  parent: ContactParent;
  note?: string;
}

/** A v4 UUID; `crypto.randomUUID` exists only on secure origins, and the county LAN may serve plain http. */
function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

interface Props {
  childId: string;
  view: CareView;
  canRecord: boolean;
  onRecorded: () => void;
}

export function ParentContacts({ childId, view, canRecord, onRecorded }: Props) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const [contactId, setContactId] = useState<string | null>(null);
  const [showAll, setShowAll] = useState(false);
  const standing = view.contact;

  const save = async (values: ContactValues) => {
    if (contactId === null) return;
    const body: ContactInput = {
      id: contactId,
      contactDate: values.contactDate.format('YYYY-MM-DD'),
      channel: values.channel,
      parent: values.parent,
      note: values.note ?? '',
    };
    await api.post(`/api/children/${encodeURIComponent(childId)}/contacts`, body);
    setContactId(null);
    onRecorded();
  };

  return (
    <Card
      size="small"
      title={t('care.contacts')}
      data-testid="care-contacts"
      extra={
        canRecord && (
          <Button
            icon={<PlusOutlined />}
            type="primary"
            style={phone ? { minHeight: 44 } : undefined}
            onClick={() => setContactId(newId())}
            data-testid="contact-add"
          >
            {t('care.addContact')}
          </Button>
        )
      }
    >
      {standing.daysSince !== null && standing.due !== null && (
        <Typography.Paragraph type={standing.daysSince > 7 ? 'danger' : 'secondary'} data-testid="contact-standing">
          {standing.daysSince === 0
            ? t('care.contactToday', { due: standing.due })
            : t('care.contactStanding', { count: standing.daysSince, due: standing.due })}
        </Typography.Paragraph>
      )}
      {view.contacts.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('care.contactsEmpty')} />
      ) : (
        <List
          size="small"
          dataSource={showAll ? view.contacts : view.contacts.slice(0, SHOWN_FIRST)}
          renderItem={(c) => (
            <List.Item data-testid="contact-item" style={{ paddingInline: 0 }}>
              <Flex vertical style={{ width: '100%' }}>
                <Flex gap={8} wrap>
                  <Typography.Text strong>{c.contactDate}</Typography.Text>
                  <Typography.Text>{t(`care.parentValue.${c.parent}`)}</Typography.Text>
                  <Typography.Text>{t(`care.channelValue.${c.channel}`)}</Typography.Text>
                </Flex>
                {c.note && <Typography.Text>{c.note}</Typography.Text>}
                {c.recordedName && (
                  <Typography.Text type="secondary">{t('care.recordedBy', { name: c.recordedName })}</Typography.Text>
                )}
              </Flex>
            </List.Item>
          )}
        />
      )}
      {!showAll && view.contacts.length > SHOWN_FIRST && (
        <Button type="link" block onClick={() => setShowAll(true)} style={{ minHeight: 44 }} data-testid="contacts-all">
          {t('care.contactsAll', { count: view.contacts.length })}
        </Button>
      )}
      <FormDialog<ContactValues>
        open={contactId !== null}
        title={t('care.addContact')}
        doneText={t('care.contactSaved')}
        initialValues={{ contactDate: dayjs(), channel: 'phone', parent: 'both' }}
        onCancel={() => setContactId(null)}
        onSubmit={save}
        testId="contact-form"
      >
        <Form.Item
          name="contactDate"
          label={t('care.contactDate')}
          rules={[
            { required: true, message: t('care.required') },
            {
              validator: (_rule, value: Dayjs | undefined) =>
                value?.isAfter(dayjs(), 'day') ? Promise.reject(new Error(t('care.futureDate'))) : Promise.resolve(),
            },
          ]}
        >
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} inputReadOnly={phone} />
        </Form.Item>
        <Form.Item name="channel" label={t('care.channel')} rules={[{ required: true, message: t('care.required') }]}>
          <Select options={CHANNELS.map((c) => ({ value: c, label: t(`care.channelValue.${c}`) }))} />
        </Form.Item>
        <Form.Item name="parent" label={t('care.parent')} rules={[{ required: true, message: t('care.required') }]}>
          <Select options={PARENTS.map((p) => ({ value: p, label: t(`care.parentValue.${p}`) }))} />
        </Form.Item>
        <Form.Item name="note" label={t('care.note')}>
          <Input.TextArea rows={2} maxLength={300} placeholder={t('care.notePlaceholder')} />
        </Form.Item>
      </FormDialog>
    </Card>
  );
}
