// Versioned settings (rules the city publishes: category rules, visit frequencies, the risk instrument, case tiers,
// allowance rules): each publication is a new row under its key with the next number, never an edit, so every
// decision can name the version it was made under. One place reads, publishes and seeds them.
import { asc, desc, eq } from 'drizzle-orm';
import { AppError } from '../platform/errors.ts';
import type { Queryable } from './connection.ts';
import { isUniqueViolation } from './raw.ts';
import { settings, users } from './schema.ts';

export interface SettingsVersion<T> {
  /** The row's number: the order of publication. */
  revision: number;
  value: T;
  changedAt: string;
  /** The publisher's name; null for the seeded default. */
  changedBy: string | null;
}

/**
 * Every publication under `key` that `parse` can read, in publication order. A row it cannot read (an older shape,
 * a hand edit) is left out rather than guessed at.
 */
export async function settingsVersions<T>(
  db: Queryable,
  key: string,
  parse: (value: unknown) => T | null,
): Promise<SettingsVersion<T>[]> {
  const rows = await db
    .select({ revision: settings.version, value: settings.value, at: settings.changedAt, by: users.displayName })
    .from(settings)
    .leftJoin(users, eq(users.id, settings.changedBy))
    .where(eq(settings.key, key))
    .orderBy(asc(settings.version));
  return rows.flatMap((r) => {
    const value = parse(r.value);
    return value === null ? [] : [{ revision: r.revision, value, changedAt: r.at.toISOString(), changedBy: r.by }];
  });
}

/**
 * Stores the next publication under `key`: `make` builds the value from its number (a version name may carry it)
 * and may refuse it by throwing; a publication that took the number first answers 409.
 */
export async function publishSettingsVersion<T>(
  tx: Queryable,
  key: string,
  make: (revision: number) => T,
  changedBy: string | null,
): Promise<{ revision: number; value: T }> {
  const [latest] = await tx
    .select({ version: settings.version })
    .from(settings)
    .where(eq(settings.key, key))
    .orderBy(desc(settings.version))
    .limit(1);
  const revision = (latest?.version ?? 0) + 1;
  const value = make(revision);
  try {
    await tx.insert(settings).values({ key, version: revision, value, changedBy });
  } catch (e) {
    if (isUniqueViolation(e)) throw new AppError('CONFLICT');
    throw e;
  }
  return { revision, value };
}

/** The seeded default, stored once as version 1 so that it is data like any later version. */
export async function seedSettingsVersion(db: Queryable, key: string, value: unknown): Promise<void> {
  const [row] = await db.select({ v: settings.version }).from(settings).where(eq(settings.key, key)).limit(1);
  if (row) return;
  await db.insert(settings).values({ key, version: 1, value, changedBy: null });
}

/**
 * The publication in force on `asOf`: the last one effective by then (publications are in order), else the first
 * (the seeded default, in force from the start), else `fallback` when nothing is stored yet.
 */
export function inForceOn<T extends { effectiveFrom: string }>(versions: readonly T[], asOf: string, fallback: T): T {
  return versions.filter((v) => v.effectiveFrom <= asOf).at(-1) ?? versions[0] ?? fallback;
}
