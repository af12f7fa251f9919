// The villages a ledger may name: those in the importer's scope. The template lists them with their codes, and a
// village's name is accepted in place of its code when it is unambiguous within that scope.
import { and, asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../db/connection.ts';
import { divisions } from '../../db/schema.ts';
import { scopeCondition, type Scope } from '../../platform/access.ts';

export interface ScopeVillage {
  code: string;
  name: string;
  township: string;
  county: string;
}

const township = alias(divisions, 'township');
const county = alias(divisions, 'county');

export async function villagesInScope(db: Queryable, scope: Scope): Promise<ScopeVillage[]> {
  return db
    .select({ code: divisions.code, name: divisions.name, township: township.name, county: county.name })
    .from(divisions)
    .innerJoin(township, eq(township.code, divisions.parentCode))
    .innerJoin(county, eq(county.code, township.parentCode))
    .where(and(eq(divisions.level, 'village'), scopeCondition(scope, divisions.code)))
    .orderBy(asc(divisions.code));
}

/**
 * A village's name as people write it: the official names end in 村委会 / 社区居委会 (村民委员会, 居民委员会),
 * ledgers usually say 永安村 or 篦子街社区. Both forms match.
 */
export function villageKey(name: string): string {
  return name
    .replace(/\s/g, '')
    .replace(/(村民委员会|村委会)$/, '村')
    .replace(/(居民委员会|居委会)$/, '');
}

/** Names (as typed) to the codes of the villages in scope that carry them: one code is a match, more ambiguous. */
export function matchVillageNames(villages: readonly ScopeVillage[], names: Iterable<string>): Map<string, string[]> {
  const byKey = new Map<string, string[]>();
  for (const v of villages) {
    const key = villageKey(v.name);
    byKey.set(key, [...(byKey.get(key) ?? []), v.code]);
  }
  const out = new Map<string, string[]>();
  for (const name of names) out.set(name, byKey.get(villageKey(name)) ?? []);
  return out;
}
