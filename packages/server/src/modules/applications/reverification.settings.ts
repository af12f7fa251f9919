// The months re-verification rounds open in (RULES §2.12: January and July are common practice), as versioned
// settings the city publishes like its other rules: a round opens under the version in force on its first day.
import { DEFAULT_REVERIFICATION, checkReverificationMonths, type ReverificationSettings } from '@hehu/domain';
import { z } from 'zod';
import type { Queryable } from '../../db/connection.ts';
import { inForceOn, seedSettingsVersion, settingsVersions } from '../../db/settings-versions.ts';

export const REVERIFICATION_KEY = 'reverification_rounds';

const stored = z.object({
  version: z.string(),
  effectiveFrom: z.string(),
  source: z.string(),
  months: z.array(z.number().int()),
});

function readable(value: unknown): ReverificationSettings | null {
  const parsed = stored.safeParse(value);
  return parsed.success && checkReverificationMonths(parsed.data.months).length === 0 ? parsed.data : null;
}

/** Every readable publication with who published it and when, in publication order. */
export const publishedReverification = (db: Queryable) => settingsVersions(db, REVERIFICATION_KEY, readable);

/** The version in force on a date: the latest whose effective date has come; the default when none is stored. */
export async function reverificationOn(db: Queryable, asOf: string): Promise<ReverificationSettings> {
  const versions = (await publishedReverification(db)).map((v) => v.value);
  return inForceOn(versions, asOf, DEFAULT_REVERIFICATION);
}

/** The default, stored once so that it is data like any later version. */
export const seedReverification = (db: Queryable): Promise<void> =>
  seedSettingsVersion(db, REVERIFICATION_KEY, DEFAULT_REVERIFICATION);
