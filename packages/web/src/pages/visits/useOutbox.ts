// The outboxes in React: the waiting count for the header (visits and assessments), the waiting items for the
// visits page, and the sending itself (at start, when the browser is back online, and every minute while anything
// waits).
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { assessmentOutbox } from '../../api/assessmentOutbox';
import type { Outbox, OutboxEntry } from '../../api/outbox';
import { visitOutbox } from '../../api/visitOutbox';

const RETRY_EVERY_MS = 60_000;

/** Visits and assessments waiting on this device. */
export function useOutboxCount(): number {
  const visits = visitOutbox();
  const assessments = assessmentOutbox();
  return useSyncExternalStore(
    (listener) => {
      const stopVisits = visits.subscribe(listener);
      const stopAssessments = assessments.subscribe(listener);
      return () => {
        stopVisits();
        stopAssessments();
      };
    },
    () => visits.pendingCount() + assessments.pendingCount(),
  );
}

/** Mounted once in the layout for a user who records visits. */
export function useOutboxSender(owner: string | undefined): void {
  useEffect(() => {
    if (owner === undefined) return;
    const outboxes = [visitOutbox(), assessmentOutbox()];
    const send = () => {
      if (navigator.onLine) for (const outbox of outboxes) void outbox.flush(owner);
    };
    void Promise.all(outboxes.map((outbox) => outbox.refresh())).then(send);
    window.addEventListener('online', send);
    const timer = window.setInterval(() => {
      if (outboxes.some((outbox) => outbox.pendingCount() > 0)) send();
    }, RETRY_EVERY_MS);
    return () => {
      window.removeEventListener('online', send);
      window.clearInterval(timer);
    };
  }, [owner]);
}

/** The waiting records of one outbox kept by `owner`, read again whenever that outbox changes. */
export function useOutboxItems<Item extends OutboxEntry>(
  outbox: Outbox<Item, unknown>,
  owner: string | undefined,
): { items: Item[]; discard: (id: string) => void } {
  const [items, setItems] = useState<Item[]>([]);
  const reload = useCallback(() => {
    void outbox.items(owner).then(setItems, () => setItems([]));
  }, [outbox, owner]);
  useEffect(() => {
    reload();
    return outbox.subscribe(reload);
  }, [outbox, reload]);
  const discard = useCallback((id: string) => void outbox.discard(id), [outbox]);
  return { items, discard };
}
