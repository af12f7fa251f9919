import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, App, Button, Flex, Form, Input, Typography } from 'antd';
import { QRCodeSVG } from 'qrcode.react';
import { useTranslation } from 'react-i18next';
import { api, errorText } from '../../api/client';
import type { TotpSetup } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import { CenteredCard } from '../../components/CenteredCard';
import '../../i18n/accountSecurity.zh-CN';
import '../../i18n/accountSetup.zh-CN';

interface Proof {
  password: string;
  code?: string;
}

export default function TotpEnrolPage() {
  const { t } = useTranslation();
  const { me, refresh, logout } = useAuth();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<{ code: string }>();
  const [proofForm] = Form.useForm<Proof>();
  const [setup, setSetup] = useState<TotpSetup | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  // Replacing an enrolled authenticator also needs its current code; a first enrolment needs the password.
  const enrolled = me?.user.totpEnabled ?? false;

  const start = async (proof: Proof) => {
    setSubmitting(true);
    setError(null);
    try {
      setSetup(await api.post<TotpSetup>('/api/auth/totp/setup', proof));
    } catch (caught) {
      setError(errorText(caught));
      proofForm.resetFields();
    } finally {
      setSubmitting(false);
    }
  };

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
      {!setup && (
        <Form form={proofForm} layout="vertical" size="large" onFinish={(values) => void start(values)}>
          <Typography.Paragraph type="secondary">
            {enrolled ? t('totpReauth.introEnrolled') : t('totpReauth.intro')}
          </Typography.Paragraph>
          <input type="text" name="username" autoComplete="username" value={me?.user.username ?? ''} readOnly hidden />
          <Form.Item
            name="password"
            label={t('totpReauth.password')}
            rules={[{ required: true, message: t('totpReauth.passwordRequired') }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          {enrolled && (
            <Form.Item
              name="code"
              label={t('totpReauth.code')}
              rules={[{ required: true, pattern: /^\d{6}$/, message: t('totp.codeRequired') }]}
            >
              <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} />
            </Form.Item>
          )}
          <Button type="primary" htmlType="submit" block loading={submitting}>
            {t('totpReauth.continue')}
          </Button>
        </Form>
      )}
      {setup && (
        <Flex vertical align="center" gap={12} style={{ marginBottom: 16 }}>
          <div style={{ padding: 12, background: '#fff', border: '1px solid #f0f0f0', borderRadius: 8 }}>
            <QRCodeSVG value={setup.otpauthUrl} size={200} title={t('totp.qrLabel')} />
          </div>
          <Typography.Text type="secondary">{t('totp.secret')}</Typography.Text>
          <Typography.Text code copyable style={{ fontSize: 16, wordBreak: 'break-all', textAlign: 'center' }}>
            {setup.secret}
          </Typography.Text>
        </Flex>
      )}
      {setup && (
        <Form form={form} layout="vertical" size="large" onFinish={(values) => void enable(values)}>
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
      )}
      <Button type="link" block onClick={() => void logout()}>
        {t('layout.signOut')}
      </Button>
    </CenteredCard>
  );
}
