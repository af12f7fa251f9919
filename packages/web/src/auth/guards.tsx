// Route guards: signed in, then forced password change and TOTP enrolment, then the permission.
import { lazy } from 'react';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from './AuthContext';
import type { SignInRedirectState } from './AuthContext';
import { useAccess } from './access';
import { ProblemNotice } from '../components/ProblemNotice';

// Shown inside the layout only (whose Suspense waits for it): not part of the first download.
const ForbiddenPage = lazy(() => import('../pages/errors/ForbiddenPage'));

export function FullPageSpin() {
  const { t } = useTranslation();
  return (
    <div
      className="hehu-loading"
      role="status"
      style={{ minHeight: '60vh', display: 'grid', placeItems: 'center', alignContent: 'center', gap: 12 }}
    >
      <div className="hehu-loading-ring" />
      <span style={{ color: 'rgba(0, 0, 0, 0.65)' }}>{t('common.loading')}</span>
    </div>
  );
}

function BootFailed() {
  const { t } = useTranslation();
  const { bootError, refresh } = useAuth();
  return (
    <ProblemNotice
      status="warning"
      title={t('layout.bootFailed')}
      subTitle={bootError?.message}
      extra={
        <Button type="primary" size="large" onClick={() => void refresh().catch(() => undefined)}>
          {t('common.retry')}
        </Button>
      }
    />
  );
}

/** Signed in at all (the password and TOTP pages need no more than this). */
export function RequireSignedIn({ children }: { children: ReactNode }) {
  const { me, loading, bootError } = useAuth();
  const location = useLocation();
  if (loading) return <FullPageSpin />;
  if (bootError) return <BootFailed />;
  if (!me) {
    const state: SignInRedirectState = { from: location.pathname + location.search };
    return <Navigate to="/login" replace state={state} />;
  }
  return <>{children}</>;
}

/** Signed in and no pending password change or TOTP enrolment (the server refuses other calls until then). */
export function RequireReady({ children }: { children: ReactNode }) {
  const { me } = useAuth();
  return (
    <RequireSignedIn>
      {me?.user.mustChangePassword ? (
        <Navigate to="/account/password" replace />
      ) : me?.user.mustEnrolTotp ? (
        <Navigate to="/account/totp" replace />
      ) : (
        children
      )}
    </RequireSignedIn>
  );
}

/** A direct URL without the permission shows 403 instead of the page. */
export function RequirePermission({ permission, children }: { permission?: string; children: ReactNode }) {
  const { can } = useAccess();
  return <>{can(permission) ? children : <ForbiddenPage />}</>;
}
