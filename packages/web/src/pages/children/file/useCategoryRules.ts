// The category rules version in force (the serious-illness list and the thresholds), as the server evaluates
// with it. Fetched once a minute at most for every component that shows situations; until it has loaded, the
// seeded defaults stand in.
import { useEffect, useState } from 'react';
import { DEFAULT_CATEGORY_RULES } from '@hehu/domain';
import type { CategoryRulesConfig } from '@hehu/domain';
import { request } from '../../../api/client';

export interface RulesVersion extends CategoryRulesConfig {
  basis: string;
  sequence: number;
  publishedAt: string;
  publishedBy: string | null;
}

export interface RulesView {
  inForce: RulesVersion;
  versions: RulesVersion[];
}

let pending: Promise<CategoryRulesConfig> | undefined;
let loadedAt = 0;

function load(): Promise<CategoryRulesConfig> {
  if (pending === undefined || Date.now() - loadedAt > 60_000) {
    loadedAt = Date.now();
    const next = request<RulesView>('GET', '/api/category-rules').then((view) => view.inForce);
    next.catch(() => {
      if (pending === next) pending = undefined;
    });
    pending = next;
  }
  return pending;
}

export function useCategoryRules(): CategoryRulesConfig {
  const [rules, setRules] = useState<CategoryRulesConfig>(DEFAULT_CATEGORY_RULES);
  useEffect(() => {
    let live = true;
    load().then(
      (r) => {
        if (live) setRules(r);
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return rules;
}
