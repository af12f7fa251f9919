import { useSyncExternalStore } from 'react';

// antd's xs breakpoint: below 576 px lists become cards and controls grow for thumbs.
const QUERY = '(max-width: 575.98px)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(QUERY);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

export function useIsPhone(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(QUERY).matches,
    () => false,
  );
}
