// Load one GET resource for a page. `loading` is derived (answer for a different URL or reload
// than the one on screen), so no state is set synchronously inside the effect.
import { useCallback, useEffect, useState } from 'react';
import { buildUrl, request } from './client';

type Query = Parameters<typeof buildUrl>[1];

interface Result<T> {
  key: string;
  data?: T;
  error?: unknown;
}

export interface ApiGet<T> {
  data: T | undefined;
  error: unknown;
  loading: boolean;
  reload: () => void;
}

export function useApiGet<T>(path: string | null, query?: Query): ApiGet<T> {
  const [nonce, setNonce] = useState(0);
  const url = path === null ? null : buildUrl(path, query);
  const key = `${nonce}|${url ?? ''}`;
  const [result, setResult] = useState<Result<T> | null>(null);

  useEffect(() => {
    if (url === null) return;
    const controller = new AbortController();
    const resultKey = `${nonce}|${url}`;
    request<T>('GET', url, { signal: controller.signal }).then(
      (data) => setResult({ key: resultKey, data }),
      (error: unknown) => {
        if (!controller.signal.aborted) setResult({ key: resultKey, error });
      },
    );
    return () => controller.abort();
  }, [url, nonce]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  const fresh = result?.key === key;
  return {
    // A reload keeps showing the previous answer instead of flashing empty.
    data: result?.data,
    error: fresh ? result.error : undefined,
    loading: url !== null && !fresh,
    reload,
  };
}
