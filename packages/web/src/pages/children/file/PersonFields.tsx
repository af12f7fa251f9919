// A family member's name and phone fields, the same in the add-relation and the edit-contact dialogs:
// the name is required, and the phone is checked with the server's rule when leaving the field and then
// with every key once it is wrong, so the message goes as soon as the number is right.
import type { ReactNode } from 'react';
import { Col, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { isPhone } from './personContact';
import '../../../i18n/childTabs.zh-CN';

export function PersonNameField() {
  const { t } = useTranslation();
  return (
    <Col xs={24} sm={12}>
      <Form.Item
        name="name"
        label={t('family.personName')}
        rules={[{ required: true, whitespace: true, message: t('family.required') }]}
      >
        <Input maxLength={30} autoComplete="off" />
      </Form.Item>
    </Col>
  );
}

export function PhoneField({ extra }: { extra?: ReactNode }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  return (
    <Col xs={24} sm={12}>
      <Form.Item
        name="phone"
        label={t('family.phone')}
        extra={extra}
        validateTrigger="onBlur"
        rules={[
          {
            validator: (_, value: string | undefined) =>
              isPhone(value) ? Promise.resolve() : Promise.reject(new Error(t('family.phoneInvalid'))),
          },
        ]}
      >
        <Input
          maxLength={24}
          inputMode="tel"
          autoComplete="off"
          onChange={() => {
            if (form.getFieldError('phone').length > 0) void form.validateFields(['phone']).catch(() => {});
          }}
        />
      </Form.Item>
    </Col>
  );
}
