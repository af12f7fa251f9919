// Demo accounts for trying the roles; shown only when the app is not a production deployment.
import { Button, Collapse, Flex, theme } from 'antd';
import { useTranslation } from 'react-i18next';

const DEMO_PASSWORD = 'Demo#2026';
const DEMO_ACCOUNTS = [
  'demo_city',
  'demo_county',
  'demo_township',
  'demo_village',
  'demo_village2',
  'demo_hotline',
  'demo_sysadmin',
  'demo_secadmin',
  'demo_auditor',
] as const;

export default function DemoAccounts({ onPick }: { onPick: (values: { username: string; password: string }) => void }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <Collapse
      size="small"
      ghost
      style={{ marginTop: 16 }}
      items={[
        {
          key: 'demo',
          label: t('login.demoTitle'),
          children: (
            <Flex vertical gap={4}>
              <span style={{ color: token.colorTextSecondary }}>
                {t('login.demoHint', { password: DEMO_PASSWORD })}
              </span>
              {DEMO_ACCOUNTS.map((username) => (
                <Button
                  key={username}
                  block
                  style={{
                    justifyContent: 'space-between',
                    height: 'auto',
                    minHeight: 44,
                    whiteSpace: 'normal',
                    gap: 8,
                  }}
                  onClick={() => onPick({ username, password: DEMO_PASSWORD })}
                >
                  <code
                    style={{
                      whiteSpace: 'nowrap',
                      flexShrink: 0,
                      padding: '0.2em 0.4em',
                      fontSize: '85%',
                      background: token.colorFillTertiary,
                      border: `1px solid ${token.colorBorderSecondary}`,
                      borderRadius: 3,
                    }}
                  >
                    {username}
                  </code>
                  <span style={{ textAlign: 'right', minWidth: 0 }}>{t(`login.demo.${username}`)}</span>
                </Button>
              ))}
            </Flex>
          ),
        },
      ]}
    />
  );
}
