// The outbox in React: the waiting count for the header, the waiting items for the visits page, and the
// sending itself (at start, when the browser is back online, and every minute while anything waits).
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { visitOutbox, type OutboxItem } from '../../api/visitOutbox';

const RETRY_EVERY_MS = 60_000;

export function useOutboxCount(): number {
  const outbox = visitOutbox();
  return useSyncExternalStore(
    (listener) => outbox.subscribe(listener),
    () => outbox.pendingCount(),
  );
}

/** Mounted once in the layout for a user who records visits. */
export function useOutboxSender(owner: string | undefined): void {
  useEffect(() => {
    if (owner === undefined) return;
    const outbox = visitOutbox();
    const send = () => {
      if (navigator.onLine) void outbox.flush(owner);
    };
    void outbox.refresh().then(send);
    window.addEventListener('online', send);
    const timer = window.setInterval(() => {
      if (outbox.pendingCount() > 0) send();
    }, RETRY_EVERY_MS);
    return () => {
      window.removeEventListener('online', send);
      window.clearInterval(timer);
    };
  }, [owner]);
}

export function useOutboxItems(owner: string | undefined): { items: OutboxItem[]; discard: (id: string) => void } {
  const [items, setItems] = useState<OutboxItem[]>([]);
  const reload = useCallback(() => {
    void visitOutbox()
      .items(owner)
      .then(setItems, () => setItems([]));
  }, [owner]);
  useEffect(() => {
    reload();
    return visitOutbox().subscribe(reload);
  }, [reload]);
  const discard = useCallback((id: string) => void visitOutbox().discard(id), []);
  return { items, discard };
}
