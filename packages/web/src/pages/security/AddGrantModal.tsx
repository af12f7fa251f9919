// Add a grant: a role, and depending on the role's scope kind, a division, an institution or a partner unit.
import { ModalForm, ProFormDependency, ProFormSelect } from '@ant-design/pro-components';
import { App, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, errorText } from '../../api/client';
import type { Grant, GrantPartnerUnit, Institution, Role, SecurityUser } from '../../api/types';
import { DivisionPicker } from '../../components/DivisionPicker';
import '../../i18n/administration.zh-CN';

interface Values {
  role: string;
  divisionCode?: string;
  institutionId?: string;
  partnerUnitId?: string;
}

const UNIT_ROLES = ['partner', 'reporter'] as const;

export function AddGrantModal({
  user,
  roles,
  institutions,
  partnerUnits,
  onClose,
  onAdded,
}: {
  user: SecurityUser | null;
  roles: Role[];
  institutions: Institution[];
  partnerUnits: GrantPartnerUnit[];
  onClose: () => void;
  onAdded: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const scopeOf = (code: string | undefined) => roles.find((role) => role.code === code)?.scopeKind ?? 'none';

  const add = async (values: Values): Promise<boolean> => {
    if (!user) return false;
    const scope = scopeOf(values.role);
    try {
      await api.post<Grant>(`/api/security/users/${user.id}/grants`, {
        role: values.role,
        ...(scope === 'division' ? { divisionCode: values.divisionCode } : {}),
        ...(scope === 'institution' ? { institutionId: values.institutionId } : {}),
        ...(scope === 'partner' ? { partnerUnitId: values.partnerUnitId } : {}),
      });
      message.success(t('grants.added'));
      onAdded();
      return true;
    } catch (caught) {
      message.error(errorText(caught));
      return false;
    }
  };

  return (
    <ModalForm<Values>
      key={user?.id ?? 'none'}
      open={user !== null}
      title={t('grants.addTitle', { name: user?.displayName ?? '' })}
      width={560}
      modalProps={{ destroyOnHidden: true, onCancel: onClose }}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      onFinish={add}
    >
      <ProFormSelect
        name="role"
        label={t('grants.role')}
        showSearch
        options={roles.map((role) => ({
          value: role.code,
          label: `${role.name}（${t(`roles.scopeValue.${role.scopeKind}`)}）`,
        }))}
        rules={[{ required: true, message: t('grants.roleRequired') }]}
      />
      <ProFormDependency name={['role']}>
        {({ role }: { role?: string }) => {
          const scope = scopeOf(role);
          if (scope === 'division')
            return (
              <Form.Item
                name="divisionCode"
                label={t('grants.division')}
                rules={[{ required: true, message: t('grants.divisionRequired') }]}
              >
                <DivisionPicker />
              </Form.Item>
            );
          if (scope === 'institution')
            return (
              <ProFormSelect
                name="institutionId"
                label={t('grants.institution')}
                showSearch
                options={institutions.map((inst) => ({ value: inst.id, label: inst.name }))}
                rules={[{ required: true, message: t('grants.institutionRequired') }]}
              />
            );
          if (scope === 'partner')
            return (
              <ProFormSelect
                name="partnerUnitId"
                label={t('grants.partnerUnit')}
                showSearch
                fieldProps={{ optionFilterProp: 'label' }}
                // Grouped by what the unit does: partner units answer referrals, reporting units file reports.
                options={UNIT_ROLES.map((unitRole) => ({
                  label: t(`grants.partnerUnitRole.${unitRole}`),
                  title: t(`grants.partnerUnitRole.${unitRole}`),
                  options: partnerUnits
                    .filter((unit) => unit.role === unitRole)
                    .map((unit) => ({ value: unit.id, label: `${unit.name}（${unit.divisionName}）` })),
                })).filter((group) => group.options.length > 0)}
                rules={[{ required: true, message: t('grants.partnerUnitRequired') }]}
              />
            );
          return null;
        }}
      </ProFormDependency>
    </ModalForm>
  );
}
