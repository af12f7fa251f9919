// A modal with a form: validates, submits, keeps the dialog open on failure, and puts a server error
// on the field it names (details.field or details.issues) or shows it above the buttons.
import { useState } from 'react';
import type { ReactNode } from 'react';
import { Alert, App, Form, Modal } from 'antd';
import type { FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError, errorText } from '../api/client';
import { useIsPhone } from '../hooks/useIsPhone';

interface Props<T extends object> {
  open: boolean;
  title: ReactNode;
  okText?: string;
  danger?: boolean;
  width?: number;
  initialValues?: Partial<T>;
  onCancel: () => void;
  /** Said once the save succeeded (a record that is not confirmed is easily saved twice). */
  doneText?: string;
  /** Throws to keep the dialog open; an ApiError is shown. */
  onSubmit: (values: T, form: FormInstance<T>) => Promise<void>;
  children: ReactNode | ((form: FormInstance<T>) => ReactNode);
  testId?: string;
}

function fieldErrors(error: unknown): { name: string; errors: string[] }[] {
  if (!(error instanceof ApiError) || error.status !== 400) return [];
  const placed: { name: string; errors: string[] }[] = [];
  if (typeof error.details.field === 'string') placed.push({ name: error.details.field, errors: [error.message] });
  const issues = error.details.issues;
  if (Array.isArray(issues)) {
    for (const issue of issues as { path?: unknown; message?: unknown }[]) {
      if (typeof issue.path === 'string' && typeof issue.message === 'string')
        placed.push({ name: issue.path.split('.').at(-1) ?? issue.path, errors: [issue.message] });
    }
  }
  return placed;
}

export function FormDialog<T extends object>({
  open,
  title,
  okText,
  danger,
  width,
  initialValues,
  onCancel,
  onSubmit,
  doneText,
  children,
  testId,
}: Props<T>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const phone = useIsPhone();
  const [form] = Form.useForm<T>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async () => {
    let values: T;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      await onSubmit({ ...(form.getFieldsValue(true) as T), ...values }, form);
      if (doneText) void message.success(doneText);
    } catch (caught) {
      // Only fields on this form can carry the message; anything else shows above the buttons.
      const known = new Set(Object.keys(form.getFieldsValue()));
      const placed = fieldErrors(caught).filter((p) => known.has(p.name));
      if (placed.length > 0) form.setFields(placed.map((p) => ({ name: p.name as never, errors: p.errors })));
      else setFailure(errorText(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      okText={okText ?? t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger }}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={() => {
        setFailure(null);
        onCancel();
      }}
      width={phone ? undefined : width}
      destroyOnHidden
      afterOpenChange={(visible) => {
        if (!visible) form.resetFields();
      }}
    >
      <Form<T> form={form} layout="vertical" initialValues={initialValues} preserve={false} data-testid={testId}>
        {typeof children === 'function' ? children(form) : children}
      </Form>
      {failure && <Alert type="error" showIcon message={failure} />}
    </Modal>
  );
}
