// The header's user menu: who I am and where my grants apply, password change, sign-out.
import type { ReactNode } from 'react';
import { Dropdown } from 'antd';
import type { MenuProps } from 'antd';
import { KeyOutlined, LogoutOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthContext';
import { grantLabel } from '../auth/grantLabel';

export function UserMenu({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { me, logout } = useAuth();
  const navigate = useNavigate();
  const grants = me?.grants ?? [];

  const items: MenuProps['items'] = [
    {
      key: 'who',
      type: 'group',
      label: me?.user.displayName,
      children:
        grants.length === 0
          ? [{ key: 'no-grant', label: t('layout.noGrant'), disabled: true }]
          : grants.map((grant) => ({ key: `grant-${grant.id}`, label: grantLabel(grant, t), disabled: true })),
    },
    { type: 'divider' },
    { key: 'password', icon: <KeyOutlined />, label: t('layout.changePassword') },
    {
      key: 'logout',
      icon: <LogoutOutlined />,
      danger: true,
      label: <span data-testid="logout">{t('layout.signOut')}</span>,
    },
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'logout') void logout();
    if (key === 'password') void navigate('/account/password');
  };

  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
      <span
        data-testid="user-menu"
        role="button"
        tabIndex={0}
        aria-label={t('layout.userMenu')}
        style={{ cursor: 'pointer', display: 'inline-flex', alignItems: 'center', minHeight: 44 }}
      >
        {children}
      </span>
    </Dropdown>
  );
}
