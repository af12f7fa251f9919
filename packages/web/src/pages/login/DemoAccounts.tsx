// Demo accounts for trying the roles; shown only when the app is not a production deployment.
import { Button, Collapse, Flex, Typography } from 'antd';
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

export function DemoAccounts({ onPick }: { onPick: (values: { username: string; password: string }) => void }) {
  const { t } = useTranslation();
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
              <Typography.Text type="secondary">{t('login.demoHint', { password: DEMO_PASSWORD })}</Typography.Text>
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
                  <Typography.Text code style={{ whiteSpace: 'nowrap', flexShrink: 0 }}>
                    {username}
                  </Typography.Text>
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
