// Ant Design Pro's access glue without Umi: `can(permission)` from the signed-in user's permissions.
// Hiding a button or menu item is convenience only; the server checks every request.
import { useMemo } from 'react';
import type { ReactNode } from 'react';
import { useAuth } from './AuthContext';

export interface AccessApi {
  /** No permission means "any signed-in user". */
  can: (permission?: string) => boolean;
}

export function useAccess(): AccessApi {
  const { me } = useAuth();
  const permissions = me?.permissions;
  return useMemo(() => {
    const granted = new Set(permissions ?? []);
    return { can: (permission?: string) => permission === undefined || granted.has(permission) };
  }, [permissions]);
}

export function Access({
  permission,
  fallback = null,
  children,
}: {
  permission?: string;
  fallback?: ReactNode;
  children: ReactNode;
}) {
  const { can } = useAccess();
  return <>{can(permission) ? children : fallback}</>;
}
