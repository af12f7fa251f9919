// Editing a family member's name and contact details. Checked in the browser with the server's rules;
// a refusal from the server lands on the field it names. Phone and address are masked on the page, so
// unless they were shown in full first, a blank field keeps what is stored.
import { App, Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/client';
import type { Person } from '../../../api/registry';
import { FormDialog } from '../../../components/FormDialog';
import { contactInitialValues, contactPatch, keepsWhenBlank } from './personContact';
import { PersonNameField, PhoneField } from './PersonFields';
import type { ContactValues, Revealed } from './personContact';
import '../../../i18n/childTabs.zh-CN';

interface Props {
  childId: string;
  person: Person | null;
  /** Full values already shown on the card: the form starts with them. */
  revealed?: Revealed;
  onClose: () => void;
  onDone: (person: Person) => void;
}

export function PersonContactDialog({ childId, person, revealed, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();

  const hint = (field: 'phone' | 'address') => {
    if (!person) return undefined;
    if (keepsWhenBlank(field, person, revealed))
      return t('family.keepMasked', { value: field === 'phone' ? person.phoneMasked : person.addressMasked });
    return revealed?.[field] ? t('family.clearToRemove') : undefined;
  };

  return (
    <FormDialog<ContactValues>
      // A new form per person, so the initial values are that person's.
      key={person?.id ?? 'none'}
      open={person !== null}
      title={t('family.editContactTitle', { name: person?.name ?? '' })}
      width={560}
      testId="person-contact"
      initialValues={person ? contactInitialValues(person, revealed) : undefined}
      onCancel={onClose}
      onSubmit={async (values) => {
        if (!person) return;
        const patch = contactPatch(person, values, revealed);
        if (Object.keys(patch).length === 0) {
          onClose();
          return;
        }
        const updated = await api.patch<Person>(`/api/children/${childId}/persons/${person.id}`, patch);
        void message.success(t('family.saved'));
        onDone(updated);
      }}
    >
      <Row gutter={12}>
        <PersonNameField />
        <PhoneField extra={hint('phone')} />
        <Col span={24}>
          <Form.Item name="address" label={t('family.address')} extra={hint('address')}>
            <Input maxLength={200} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="workPlace" label={t('family.workPlace')}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
      </Row>
    </FormDialog>
  );
}
