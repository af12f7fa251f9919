// A cursor list shown as "load more" (timelines, cards): the first page loads with the component,
// later pages append. `path` null waits. Changing the path or query starts over.
import { useCallback, useEffect, useState } from 'react';
import { api, buildUrl } from './client';
import type { Query } from './client';
import type { ListResponse } from './types';

interface Loaded<T> {
  key: string;
  items: T[];
  total: number;
  nextCursor: string | null;
}

export interface CursorList<T> {
  items: T[];
  total: number;
  hasMore: boolean;
  /** The first page is on its way. */
  loading: boolean;
  loadingMore: boolean;
  error: unknown;
  loadMore: () => Promise<void>;
  reload: () => void;
}

export function useCursorList<T>(path: string | null, query: Query = {}, pageSize = 20): CursorList<T> {
  const [nonce, setNonce] = useState(0);
  const key = path === null ? '' : `${nonce}|${buildUrl(path, { ...query, limit: pageSize })}`;
  const [loaded, setLoaded] = useState<Loaded<T> | null>(null);
  const [failed, setFailed] = useState<{ key: string; error: unknown } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);

  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    const url = key.slice(key.indexOf('|') + 1);
    api.get<ListResponse<T>>(url, undefined, { signal: controller.signal }).then(
      (answer) => setLoaded({ key, items: answer.data, total: answer.total, nextCursor: answer.nextCursor ?? null }),
      (error: unknown) => {
        if (!controller.signal.aborted) setFailed({ key, error });
      },
    );
    return () => controller.abort();
  }, [path, key]);

  const current = loaded?.key === key ? loaded : null;
  const loadMore = useCallback(async () => {
    if (!current?.nextCursor || path === null) return;
    setLoadingMore(true);
    try {
      const answer = await api.get<ListResponse<T>>(path, { ...query, limit: pageSize, cursor: current.nextCursor });
      setLoaded({
        key: current.key,
        items: [...current.items, ...answer.data],
        total: answer.total,
        nextCursor: answer.nextCursor ?? null,
      });
    } catch (error) {
      setFailed({ key: current.key, error });
    } finally {
      setLoadingMore(false);
    }
  }, [current, path, query, pageSize]);

  const error = failed?.key === key ? failed.error : undefined;
  return {
    items: current?.items ?? [],
    total: current?.total ?? 0,
    hasMore: Boolean(current?.nextCursor),
    loading: path !== null && current === null && error === undefined,
    loadingMore,
    error,
    loadMore,
    reload: useCallback(() => setNonce((n) => n + 1), []),
  };
}
