// Create a custom role, edit one, or look at a built-in role (read-only).
import { ModalForm, ProFormSelect, ProFormText, ProFormTextArea } from '@ant-design/pro-components';
import { App, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, errorText } from '../../api/client';
import type { Permission, Role, ScopeKind } from '../../api/types';
import { PermissionChecklist } from './PermissionChecklist';
import '../../i18n/administration.zh-CN';

interface Values {
  code: string;
  name: string;
  description: string;
  scopeKind: ScopeKind;
  permissions: string[];
}

export type RoleModalState = { mode: 'create' } | { mode: 'edit' | 'view'; role: Role } | null;

export function RoleFormModal({
  state,
  permissions,
  onClose,
  onSaved,
}: {
  state: RoleModalState;
  permissions: Permission[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const role = state && state.mode !== 'create' ? state.role : undefined;
  const readOnly = state?.mode === 'view';
  const title =
    state?.mode === 'create'
      ? t('roles.create')
      : readOnly
        ? t('roles.viewTitle', { name: role?.name ?? '' })
        : t('roles.editTitle', { name: role?.name ?? '' });

  const save = async (values: Values): Promise<boolean> => {
    try {
      if (state?.mode === 'create') {
        await api.post('/api/security/roles', values);
      } else if (role) {
        await api.put(`/api/security/roles/${encodeURIComponent(role.code)}`, {
          name: values.name,
          description: values.description ?? '',
          permissions: values.permissions,
        });
      }
      message.success(t('roles.saved'));
      onSaved();
      return true;
    } catch (caught) {
      message.error(errorText(caught));
      return false;
    }
  };

  return (
    <ModalForm<Values>
      key={role?.code ?? 'new'}
      open={state !== null}
      title={title}
      width={720}
      disabled={readOnly}
      initialValues={role ?? { scopeKind: 'division', permissions: [], description: '' }}
      modalProps={{ destroyOnHidden: true, onCancel: onClose }}
      submitter={readOnly ? false : undefined}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      onFinish={save}
    >
      <ProFormText
        name="code"
        label={t('roles.code')}
        disabled={state?.mode !== 'create'}
        extra={state?.mode === 'create' ? t('roles.codeRule') : undefined}
        rules={[
          { required: true, message: t('roles.codeRequired') },
          { pattern: /^[a-z][a-z0-9_]{1,39}$/, message: t('roles.codeRule') },
        ]}
      />
      <ProFormText name="name" label={t('roles.name')} rules={[{ required: true, message: t('roles.nameRequired') }]} />
      <ProFormTextArea
        name="description"
        label={t('roles.description')}
        fieldProps={{ autoSize: { minRows: 2, maxRows: 4 } }}
      />
      <ProFormSelect<ScopeKind>
        name="scopeKind"
        label={t('roles.scopeKind')}
        disabled={state?.mode !== 'create'}
        options={(['division', 'institution', 'none'] as const).map((kind) => ({
          value: kind,
          label: t(`roles.scopeValue.${kind}`),
        }))}
        rules={[{ required: true }]}
      />
      <Form.Item
        name="permissions"
        label={t('roles.permissions')}
        rules={[{ required: true, type: 'array', min: 1, message: t('roles.permissionsRequired') }]}
      >
        <PermissionChecklist permissions={permissions} disabled={readOnly} />
      </Form.Item>
    </ModalForm>
  );
}
