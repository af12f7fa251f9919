// 主动发现: children in scope whose recorded facts meet a category they do not hold, for the township to act on.
// The prefilter is SQL; the rules run here in batches, so memory stays flat however large the scope.
import { CATEGORY_CODES, evaluateCategories, type CategoryCode, type CategoryEvaluation } from '@hehu/domain';
import type { Queryable } from '../../db/connection.ts';
import type { Scope } from '../../platform/access.ts';
import type { Locale } from '../../platform/errors.ts';
import type { PotentialItem } from './categories.schemas.ts';
import { candidateBatch, type Candidate, type CandidateFilter } from './categories.store.ts';
import { categoryRows, factsFor, heldCodes } from './facts.ts';
import { rulesOn } from './rules.ts';

const BATCH = 500;

export interface PotentialChild {
  child: Candidate;
  /** Eligible by the rules and not held, in CATEGORY_CODES order. */
  potential: CategoryEvaluation[];
}

export async function* scanPotential(
  db: Queryable,
  scope: Scope,
  filter: CandidateFilter,
  asOf: string,
): AsyncGenerator<PotentialChild> {
  let afterId: string | null = null;
  const rules = await rulesOn(db, asOf);
  for (;;) {
    const batch = await candidateBatch(db, scope, filter, asOf, { afterId, size: BATCH });
    if (batch.length === 0) return;
    const facts = await factsFor(db, batch, asOf);
    const rows = await categoryRows(
      db,
      batch.map((c) => c.id),
    );
    for (const child of batch) {
      const childFacts = facts.get(child.id);
      if (!childFacts) continue;
      const held = heldCodes(rows, child.id, asOf);
      const potential = evaluateCategories(childFacts, asOf, rules).filter((e) => e.eligible && !held.has(e.category));
      if (potential.length > 0) yield { child, potential };
    }
    if (batch.length < BATCH) return;
    afterId = batch[batch.length - 1]?.id ?? null;
  }
}

export interface PotentialPage {
  items: PotentialItem[];
  total: number;
  /** The last item's (child id, category index), when there are more. */
  next: [string, number] | null;
}

/** One page of (child, category) pairs ordered by child id then category; the total counts every pair. */
export async function listPotential(
  db: Queryable,
  scope: Scope,
  filter: CandidateFilter & { category?: CategoryCode | undefined },
  page: { limit: number; after: [string, number] | null; locale: Locale; asOf: string },
): Promise<PotentialPage> {
  const items: PotentialItem[] = [];
  let total = 0;
  let more = false;
  let lastKey: [string, number] | null = null;
  for await (const { child, potential } of scanPotential(db, scope, filter, page.asOf)) {
    for (const e of potential) {
      if (filter.category && e.category !== filter.category) continue;
      total += 1;
      const index = CATEGORY_CODES.indexOf(e.category);
      const after = page.after;
      if (after && (child.id < after[0] || (child.id === after[0] && index <= after[1]))) continue;
      if (items.length === page.limit) {
        more = true;
        continue;
      }
      items.push({
        childId: child.id,
        name: child.name,
        divisionCode: child.divisionCode,
        divisionName: child.divisionName,
        category: e.category,
        since: e.since,
        reasons: e.reasons.map((r) => (page.locale === 'en' ? r.en : r.zh)),
      });
      lastKey = [child.id, index];
    }
  }
  return { items, total, next: more ? lastKey : null };
}
