import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, App, Button, Flex, Form, Input, Skeleton, Typography } from 'antd';
import { QRCodeSVG } from 'qrcode.react';
import { useTranslation } from 'react-i18next';
import { api, errorText } from '../../api/client';
import type { TotpSetup } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { CenteredCard } from '../../components/CenteredCard';

export default function TotpEnrolPage() {
  const { t } = useTranslation();
  const { refresh, logout } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<{ code: string }>();
  const [setup, setSetup] = useState<TotpSetup | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [submitting, setSubmitting] = useState(false);

  useEffect(() => {
    let current = true;
    api.post<TotpSetup>('/api/auth/totp/setup').then(
      (answer) => {
        if (current) setSetup(answer);
      },
      (caught: unknown) => {
        if (current) setError(errorText(caught));
      },
    );
    return () => {
      current = false;
    };
  }, [attempt]);

  const enable = async ({ code }: { code: string }) => {
    setSubmitting(true);
    setError(null);
    try {
      await api.post('/api/auth/totp/enable', { code });
      message.success(t('totp.enabled'));
      await refresh();
      await navigate('/', { replace: true });
    } catch (caught) {
      setError(errorText(caught));
      form.resetFields();
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <CenteredCard title={t('totp.title')} width={440}>
      <Typography.Paragraph>{t('totp.intro')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginBottom: 16 }} />}
      {setup ? (
        <Flex vertical align="center" gap={12} style={{ marginBottom: 16 }}>
          <div style={{ padding: 12, background: '#fff', border: '1px solid #f0f0f0', borderRadius: 8 }}>
            <QRCodeSVG value={setup.otpauthUrl} size={200} title={t('totp.qrLabel')} />
          </div>
          <Typography.Text type="secondary">{t('totp.secret')}</Typography.Text>
          <Typography.Text code copyable style={{ fontSize: 16, wordBreak: 'break-all', textAlign: 'center' }}>
            {setup.secret}
          </Typography.Text>
        </Flex>
      ) : error ? (
        <Button
          block
          onClick={() => {
            setError(null);
            setAttempt((n) => n + 1);
          }}
          style={{ marginBottom: 16 }}
        >
          {t('common.retry')}
        </Button>
      ) : (
        <Skeleton.Image active style={{ width: 200, height: 200, display: 'block', margin: '0 auto 16px' }} />
      )}
      <Form form={form} layout="vertical" size="large" onFinish={(values) => void enable(values)} disabled={!setup}>
        <Form.Item
          name="code"
          label={t('totp.code')}
          rules={[{ required: true, pattern: /^\d{6}$/, message: t('totp.codeRequired') }]}
        >
          <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={submitting}>
          {t('totp.submit')}
        </Button>
      </Form>
      <Button type="link" block onClick={() => void logout()}>
        {t('layout.signOut')}
      </Button>
    </CenteredCard>
  );
}
