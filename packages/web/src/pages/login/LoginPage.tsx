import { Suspense, lazy, useEffect, useState } from 'react';
import type { SubmitEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router-dom';
import { Alert, Button, theme } from 'antd';
// Input's own modules, not antd's Input with TextArea, Search and OTP attached: ~10 KB less on the first download.
import Input from 'antd/es/input/Input';
import Password from 'antd/es/input/Password';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { ApiError, api, errorText } from '../../api/client';
import type { Health, LoginRequest, Me } from '../../api/types';
import { useAuth } from '../../auth/AuthContext';
import type { SignInRedirectState } from '../../auth/AuthContext';
import { CenteredCard } from '../../components/CenteredCard';
import { SignInField } from './SignInField';

// Only demo installations list their accounts: fetched when the server says it is one.
const DemoAccounts = lazy(() => import('./DemoAccounts'));

interface Credentials {
  username: string;
  password: string;
}

type FieldErrors = Partial<Record<'username' | 'password' | 'totpCode', string>>;

const TOTP_CODE = /^\d{6}$/;

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
  const [credentials, setCredentials] = useState<Credentials>({ username: '', password: '' });
  const [totpCode, setTotpCode] = useState('');
  // A field's error shows once the form was sent, and follows the field's value from then on.
  const [sent, setSent] = useState(false);
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

  const fieldErrors: FieldErrors = !sent
    ? {}
    : pending
      ? { totpCode: TOTP_CODE.test(totpCode) ? undefined : t('login.totpRequired') }
      : {
          username: credentials.username.trim() ? undefined : t('login.usernameRequired'),
          password: credentials.password ? undefined : t('login.passwordRequired'),
        };

  const submit = async (body: LoginRequest) => {
    setSubmitting(true);
    setError(null);
    try {
      const next = await api.post<Me>('/api/auth/login', body, { expectUnauthenticated: true });
      signIn(next);
      await navigate(redirect.from ?? '/', { replace: true });
    } catch (caught) {
      if (caught instanceof ApiError && caught.code === 'TOTP_REQUIRED') {
        setSent(false);
        setPending({ username: body.username, password: body.password });
      } else {
        if (caught instanceof ApiError && caught.code === 'TOTP_INVALID') {
          setTotpCode('');
          setSent(false);
        }
        setError(describeError(caught, t));
      }
    } finally {
      setSubmitting(false);
    }
  };

  const send = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSent(true);
    if (pending) {
      if (TOTP_CODE.test(totpCode)) void submit({ ...pending, totpCode });
      else document.getElementById('totpCode')?.focus();
      return;
    }
    const missing = !credentials.username.trim() ? 'username' : !credentials.password ? 'password' : null;
    if (missing) document.getElementById(missing)?.focus();
    else void submit(credentials);
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
        <form data-testid="login-form" noValidate onSubmit={send}>
          <p style={{ marginTop: 0, color: token.colorTextSecondary }}>{t('login.totpHint')}</p>
          <SignInField id="totpCode" label={t('login.totpCode')} error={fieldErrors.totpCode}>
            {(control) => (
              <Input
                {...control}
                size="large"
                value={totpCode}
                onChange={(event) => setTotpCode(event.target.value)}
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={6}
                autoFocus
              />
            )}
          </SignInField>
          <Button type="primary" htmlType="submit" size="large" block loading={submitting}>
            {t('login.verify')}
          </Button>
          <Button
            type="link"
            size="large"
            block
            onClick={() => {
              setPending(null);
              setError(null);
              setSent(false);
              setTotpCode('');
            }}
          >
            {t('login.useOtherAccount')}
          </Button>
        </form>
      ) : (
        <form data-testid="login-form" noValidate onSubmit={send}>
          <SignInField id="username" label={t('login.username')} error={fieldErrors.username}>
            {(control) => (
              <Input
                {...control}
                size="large"
                value={credentials.username}
                onChange={(event) => setCredentials({ ...credentials, username: event.target.value })}
                prefix={<UserOutlined />}
                autoComplete="username"
                autoCapitalize="off"
                spellCheck={false}
              />
            )}
          </SignInField>
          <SignInField id="password" label={t('login.password')} error={fieldErrors.password}>
            {(control) => (
              <Password
                {...control}
                size="large"
                value={credentials.password}
                onChange={(event) => setCredentials({ ...credentials, password: event.target.value })}
                prefix={<LockOutlined />}
                autoComplete="current-password"
              />
            )}
          </SignInField>
          <Button type="primary" htmlType="submit" size="large" block loading={submitting}>
            {t('login.submit')}
          </Button>
        </form>
      )}
      {demo && !pending && (
        <Suspense fallback={null}>
          <DemoAccounts onPick={setCredentials} />
        </Suspense>
      )}
    </CenteredCard>
  );
}
