// ProTable pages over a cursor-paginated list. The server hands out `nextCursor` per page, so we
// remember the cursor of every page seen (per filter set and page size) and, when the user jumps
// ahead, walk forward from the nearest page we know.
import { useCallback, useRef } from 'react';
import { api } from './client';
import type { ListResponse } from './types';

type QueryValue = string | number | boolean | null | undefined;

export interface PageParams {
  current?: number;
  pageSize?: number;
}

export interface TableAnswer<T> {
  data: T[];
  total: number;
  success: boolean;
}

function toQuery(filters: object): Record<string, QueryValue> {
  const query: Record<string, QueryValue> = {};
  for (const [key, value] of Object.entries(filters)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') query[key] = value;
  }
  return query;
}

/** `POST` sends the filters in the body (a search that may hold an ID number keeps it out of the URL). */
export function useCursorRequest<T>(
  path: string,
  method: 'GET' | 'POST' = 'GET',
): (params: PageParams) => Promise<TableAnswer<T>> {
  // cursors.get(signature)[i] is the cursor that starts page i + 1 (page 1 starts at null).
  const cursors = useRef(new Map<string, (string | null)[]>());

  return useCallback(
    async (params: PageParams) => {
      const { current = 1, pageSize = 20, ...rest } = params;
      const filters = toQuery(rest);
      const signature = JSON.stringify([path, filters, pageSize]);
      let known = cursors.current.get(signature);
      if (!known) {
        known = [null];
        cursors.current.set(signature, known);
      }
      let index = Math.min(current - 1, known.length - 1);
      for (;;) {
        const page = { ...filters, limit: pageSize, cursor: known[index] ?? undefined };
        const answer =
          method === 'POST' ? await api.post<ListResponse<T>>(path, page) : await api.get<ListResponse<T>>(path, page);
        if (answer.nextCursor) known[index + 1] = answer.nextCursor;
        if (index >= current - 1 || !answer.nextCursor)
          return { data: answer.data, total: answer.total, success: true };
        index += 1;
      }
    },
    [path, method],
  );
}
