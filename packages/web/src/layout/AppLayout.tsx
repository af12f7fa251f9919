// The signed-in frame: ProLayout with the menu from the route table (filtered by permission),
// the user's name and scope in the header, a language switch and sign-out. Phones get a drawer menu.
import { Suspense, useMemo, useState } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { ProConfigProvider, ProLayout, enUSIntl, zhCNIntl } from '@ant-design/pro-components';
import { Typography } from 'antd';
import { HeartFilled, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../auth/AuthContext';
import { useAccess } from '../auth/access';
import { grantLabel } from '../auth/grantLabel';
import { FullPageSpin } from '../auth/guards';
import { LanguageSwitch } from '../components/CenteredCard';
import { useIsPhone } from '../hooks/useIsPhone';
import { menuFor, selectedMenuPath } from '../routes';
import { withIcons } from './menuIcons';
import { OutboxIndicator } from './OutboxIndicator';
import { UserMenu } from './UserMenu';

export default function AppLayout() {
  const { t, i18n } = useTranslation();
  const { me } = useAuth();
  const { can } = useAccess();
  const location = useLocation();
  const navigate = useNavigate();
  const phone = useIsPhone();
  // On a phone the menu is a drawer: it closes once a page is chosen, and opens only from the menu button.
  const [drawerClosed, setDrawerClosed] = useState(true);
  const [siderCollapsed, setSiderCollapsed] = useState(false);
  const menu = useMemo(() => menuFor(can, (key) => t(key)), [can, t]);
  const drawnMenu = useMemo(() => withIcons(menu), [menu]);
  const selected = selectedMenuPath(menu, location.pathname);

  const firstGrant = me?.grants[0];
  const scope = firstGrant
    ? grantLabel(firstGrant, t) + (me.grants.length > 1 ? t('layout.moreGrants', { count: me.grants.length - 1 }) : '')
    : t('layout.noGrant');

  return (
    // Pro components otherwise guess their language from the browser; follow the user's choice.
    <ProConfigProvider intl={i18n.language === 'en' ? enUSIntl : zhCNIntl}>
      <ProLayout
        title={t('app.name')}
        logo={<HeartFilled style={{ color: '#eb2f96', fontSize: 24 }} />}
        layout="mix"
        fixSiderbar
        fixedHeader
        siderWidth={216}
        location={{ pathname: location.pathname }}
        selectedKeys={selected ? [selected] : []}
        route={{ path: '/', routes: drawnMenu }}
        menu={{ locale: false }}
        token={{ pageContainer: { paddingInlinePageContainerContent: phone ? 8 : 24 } }}
        collapsed={phone ? drawerClosed : siderCollapsed}
        onCollapse={phone ? setDrawerClosed : setSiderCollapsed}
        onMenuHeaderClick={() => {
          if (phone) setDrawerClosed(true);
          void navigate('/');
        }}
        menuItemRender={(item, dom) =>
          item.path ? (
            <Link to={item.path} onClick={() => phone && setDrawerClosed(true)}>
              {dom}
            </Link>
          ) : (
            dom
          )
        }
        actionsRender={() => [
          // Only users who record visits have an outbox to send.
          <OutboxIndicator key="outbox" owner={can('visits:record') ? me?.user.id : undefined} />,
          <LanguageSwitch key="lang" />,
        ]}
        avatarProps={{
          icon: <UserOutlined />,
          size: 'small',
          // On a phone the header has room for the avatar only; the name and scope are in the menu.
          title: phone ? undefined : (
            <span style={{ display: 'inline-flex', flexDirection: 'column', lineHeight: 1.2 }}>
              <span>{me?.user.displayName}</span>
              <Typography.Text type="secondary" style={{ fontSize: 12, maxWidth: 260 }} ellipsis>
                {scope}
              </Typography.Text>
            </span>
          ),
          render: (_props, dom) => <UserMenu>{dom}</UserMenu>,
        }}
      >
        <Suspense fallback={<FullPageSpin />}>
          <Outlet />
        </Suspense>
      </ProLayout>
    </ProConfigProvider>
  );
}
