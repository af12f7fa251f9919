import { Suspense, lazy } from 'react';
import { Outlet, createBrowserRouter } from 'react-router-dom';
import { AuthProvider } from './auth/AuthContext';
import { FullPageSpin, RequirePermission, RequireReady, RequireSignedIn } from './auth/guards';
import { pageRoutes } from './routes';
import RouteError from './pages/errors/RouteError';
import LoginPage from './pages/login/LoginPage';

// The sign-in page is part of the first download (it is the first screen of most visits; the form's parts are
// what signed-in pages use too), so it comes with the entry rather than one round trip after it. The account
// pages stay outside the layout so they do not pull in ProLayout.
const NotFoundPage = lazy(() => import('./pages/errors/NotFoundPage'));
const ChangePasswordPage = lazy(() => import('./pages/account/ChangePasswordPage'));
const TotpEnrolPage = lazy(() => import('./pages/account/TotpEnrolPage'));
const loadAppLayout = () => import('./layout/AppLayout');
// Once signed in, the frame and (but on the account pages) the layout are fetched together, not one after the other.
const SignedInFrame = lazy(() => {
  if (!window.location.pathname.startsWith('/account/')) void loadAppLayout();
  return import('./layout/SignedInFrame');
});
const AppLayout = lazy(loadAppLayout);

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
        element: (
          <RequireSignedIn>
            <SignedInFrame />
          </RequireSignedIn>
        ),
        children: [
          { path: '/account/password', element: <ChangePasswordPage /> },
          { path: '/account/totp', element: <TotpEnrolPage /> },
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
    ],
  },
]);
