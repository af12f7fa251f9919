import { useEffect, useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { Alert, Button, Form, Input, theme } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ApiError, api, errorText } from '../../api/client';
import type { Health, LoginRequest, Me } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import type { SignInRedirectState } from '../../auth/AuthContext';
import { CenteredCard } from '../../components/CenteredCard';
import { DemoAccounts } from './DemoAccounts';

interface Credentials {
  username: string;
  password: string;
}

function describeError(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    // The server gives one answer for an unknown user, a wrong password and a locked account: the hint covers
    // the lock without saying whether it applies.
    if (error.code === 'INVALID_CREDENTIALS') return t('login.invalid', { message: error.message });
    if (error.code === 'RATE_LIMITED' && typeof error.details.retryAfterSeconds === 'number') {
      return t('login.rateLimited', { minutes: Math.max(1, Math.ceil(error.details.retryAfterSeconds / 60)) });
    }
  }
  return errorText(error);
}

export default function LoginPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { me, loading, sessionEnded, signIn } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const redirect = (location.state ?? {}) as SignInRedirectState;
  const [form] = Form.useForm<Credentials>();
  const [totpForm] = Form.useForm<{ totpCode: string }>();
  const [pending, setPending] = useState<Credentials | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [demo, setDemo] = useState(import.meta.env.DEV);

  useEffect(() => {
    api.get<Health>('/api/health').then(
      (health) => {
        if (health.demoMode) setDemo(true);
      },
      () => undefined,
    );
  }, []);

  if (!loading && me) return <Navigate to={redirect.from ?? '/'} replace />;

  const submit = async (body: LoginRequest) => {
    setSubmitting(true);
    setError(null);
    try {
      const next = await api.post<Me>('/api/auth/login', body, { expectUnauthenticated: true });
      signIn(next);
      await navigate(redirect.from ?? '/', { replace: true });
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'TOTP_REQUIRED') {
        setPending({ username: body.username, password: body.password });
      } else {
        if (caught instanceof ApiError && caught.code === 'TOTP_INVALID') totpForm.resetFields();
        setError(describeError(caught, t));
      }
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <CenteredCard title={t('login.title')}>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} role="alert" />}
      {/* Shown here rather than as a floating notice, which would bring antd's notifications to this page. */}
      {sessionEnded && !error && (
        <Alert
          type="warning"
          showIcon
          message={t('layout.sessionEndedTitle')}
          description={t('layout.sessionEnded')}
          style={{ marginBottom: 16 }}
          role="status"
          data-testid="session-ended"
        />
      )}
      {pending ? (
        <Form
          form={totpForm}
          layout="vertical"
          size="large"
          data-testid="login-form"
          onFinish={(values) => void submit({ ...pending, totpCode: values.totpCode })}
        >
          <p style={{ marginTop: 0, color: token.colorTextSecondary }}>{t('login.totpHint')}</p>
          <Form.Item
            name="totpCode"
            label={t('login.totpCode')}
            rules={[{ required: true, pattern: /^\d{6}$/, message: t('login.totpRequired') }]}
          >
            <Input inputMode="numeric" autoComplete="one-time-code" maxLength={6} autoFocus />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={submitting}>
            {t('login.verify')}
          </Button>
          <Button
            type="link"
            block
            onClick={() => {
              setPending(null);
              setError(null);
            }}
          >
            {t('login.useOtherAccount')}
          </Button>
        </Form>
      ) : (
        <Form
          form={form}
          layout="vertical"
          size="large"
          data-testid="login-form"
          onFinish={(values) => void submit(values)}
        >
          <Form.Item
            name="username"
            label={t('login.username')}
            rules={[{ required: true, message: t('login.usernameRequired') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoCapitalize="off" spellCheck={false} />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={submitting}>
            {t('login.submit')}
          </Button>
        </Form>
      )}
      {demo && !pending && <DemoAccounts onPick={(values) => form.setFieldsValue(values)} />}
    </CenteredCard>
  );
}
