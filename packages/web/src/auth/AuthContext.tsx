// Who is signed in. Loads GET /api/me once, keeps the CSRF token in the API client, and turns any
// 401 into a trip back to the sign-in page, which says the session ended (the server ends idle sessions).
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ApiError, api, lastRequestAt, setCsrfToken, setSessionErrorListener } from '../api/client';
import type { Me } from '../api/types';

export interface AuthState {
  me: Me | null;
  loading: boolean;
  /** Set when the first GET /api/me failed for a reason other than "not signed in". */
  bootError: ApiError | null;
  /** The session ended under the signed-in user (idle, signed out elsewhere): the sign-in page says so. */
  sessionEnded: boolean;
  refresh: () => Promise<Me | null>;
  signIn: (me: Me) => void;
  logout: () => Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

export interface SignInRedirectState {
  from?: string;
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [loading, setLoading] = useState(true);
  const [bootError, setBootError] = useState<ApiError | null>(null);
  const [sessionEnded, setSessionEnded] = useState(false);
  const navigate = useNavigate();
  const location = useLocation();
  const { i18n } = useTranslation();

  const applyMe = useCallback((next: Me | null) => {
    setCsrfToken(next?.csrfToken ?? null);
    setMe(next);
  }, []);

  const refresh = useCallback(async (): Promise<Me | null> => {
    try {
      const next = await api.get<Me>('/api/me', undefined, { expectUnauthenticated: true });
      applyMe(next);
      setBootError(null);
      return next;
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        applyMe(null);
        return null;
      }
      throw error;
    }
  }, [applyMe]);

  useEffect(() => {
    api
      .get<Me>('/api/me', undefined, { expectUnauthenticated: true })
      .then(applyMe, (error: unknown) => {
        if (error instanceof ApiError && error.status === 401) applyMe(null);
        else setBootError(error instanceof ApiError ? error : new ApiError(0, 'UNEXPECTED', String(error)));
      })
      .finally(() => setLoading(false));
  }, [applyMe]);

  // The listener reads the latest session and path through refs so it is registered once.
  const meRef = useRef(me);
  const pathRef = useRef(location.pathname + location.search);
  useEffect(() => {
    meRef.current = me;
    pathRef.current = location.pathname + location.search;
  });

  useEffect(() => {
    setSessionErrorListener((error) => {
      if (!meRef.current) return;
      if (error.code !== 'UNAUTHENTICATED') {
        // The guards route to the password or TOTP page once /api/me shows the flag.
        api.get<Me>('/api/me').then(applyMe, () => undefined);
        return;
      }
      // Kept here rather than in the navigation's state: the guards' own redirect to sign-in may come last.
      setSessionEnded(true);
      applyMe(null);
      const state: SignInRedirectState = { from: pathRef.current };
      void navigate('/login', { replace: true, state });
    });
    return () => setSessionErrorListener(null);
  }, [applyMe, navigate]);

  // When the idle limit has passed without a request, ask the server: its 401 clears the screen,
  // so a shared phone or office PC does not keep showing children's data.
  const idleMinutes = me?.idleTimeoutMinutes;
  useEffect(() => {
    if (!idleMinutes) return;
    const timer = window.setInterval(() => {
      if (Date.now() - lastRequestAt() > idleMinutes * 60_000 + 5_000) {
        api.get<Me>('/api/me').then(applyMe, () => undefined);
      }
    }, 30_000);
    return () => window.clearInterval(timer);
  }, [idleMinutes, applyMe]);

  // Role and scope names come from the server in the chosen language: fetch them again on a switch.
  useEffect(() => {
    const onLanguageChanged = () => {
      if (meRef.current) api.get<Me>('/api/me').then(applyMe, () => undefined);
    };
    i18n.on('languageChanged', onLanguageChanged);
    return () => i18n.off('languageChanged', onLanguageChanged);
  }, [i18n, applyMe]);

  const signIn = useCallback(
    (next: Me) => {
      setSessionEnded(false);
      applyMe(next);
    },
    [applyMe],
  );

  const logout = useCallback(async () => {
    try {
      await api.post('/api/auth/logout');
    } catch {
      // Signing out locally still matters when the server session is already gone.
    }
    applyMe(null);
    await navigate('/login', { replace: true });
  }, [applyMe, navigate]);

  const value = useMemo<AuthState>(
    () => ({ me, loading, bootError, sessionEnded, refresh, signIn, logout }),
    [me, loading, bootError, sessionEnded, refresh, signIn, logout],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside AuthProvider');
  return value;
}
