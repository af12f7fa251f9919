import { Suspense, lazy } from 'react';
import { Outlet, createBrowserRouter } from 'react-router-dom';
import { AuthProvider } from './auth/AuthContext';
import { FullPageSpin, RequirePermission, RequireReady, RequireSignedIn } from './auth/guards';
import { pageRoutes } from './routes';
import NotFoundPage from './pages/errors/NotFoundPage';
import RouteError from './pages/errors/RouteError';

// The sign-in and account pages stay outside the layout so the first screen does not pull in ProLayout.
const loadLoginPage = () => import('./pages/login/LoginPage');
// Opened at the sign-in address, its code is fetched while the session check is still on its way (on a slow,
// distant network one round trip less before the form can be used).
if (window.location.pathname === '/login') void loadLoginPage();
const LoginPage = lazy(loadLoginPage);
const ChangePasswordPage = lazy(() => import('./pages/account/ChangePasswordPage'));
const TotpEnrolPage = lazy(() => import('./pages/account/TotpEnrolPage'));
const AppLayout = lazy(() => import('./layout/AppLayout'));

function Root() {
  return (
    <AuthProvider>
      <Suspense fallback={<FullPageSpin />}>
        <Outlet />
      </Suspense>
    </AuthProvider>
  );
}

export const router = createBrowserRouter([
  {
    element: <Root />,
    errorElement: <RouteError />,
    children: [
      { path: '/login', element: <LoginPage /> },
      {
        path: '/account/password',
        element: (
          <RequireSignedIn>
            <ChangePasswordPage />
          </RequireSignedIn>
        ),
      },
      {
        path: '/account/totp',
        element: (
          <RequireSignedIn>
            <TotpEnrolPage />
          </RequireSignedIn>
        ),
      },
      {
        element: (
          <RequireReady>
            <AppLayout />
          </RequireReady>
        ),
        children: [
          ...pageRoutes().map(({ path, permission, page: Page }) => ({
            path,
            // Keeps the layout and menu when one page fails.
            errorElement: <RouteError />,
            element: <RequirePermission permission={permission}>{Page ? <Page /> : null}</RequirePermission>,
          })),
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
