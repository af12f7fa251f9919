// The tiers' deadlines as versioned settings (统一受理、分级介入、限时办理): the city may publish new figures; each
// case keeps the version it was received under.
import { DEFAULT_CASE_TIER_SETTINGS, checkCaseTierSettings, type CaseTierSettings } from '@hehu/domain';
import { z } from 'zod';
import type { Queryable } from '../../db/connection.ts';
import {
  inForceOn,
  publishSettingsVersion,
  seedSettingsVersion,
  settingsVersions,
} from '../../db/settings-versions.ts';

export const CASE_TIERS_KEY = 'case_tiers';

const limit = z.object({ unit: z.enum(['hours', 'working_days']), amount: z.number() });
const tier = z.object({ respond: limit, assess: limit });
const stored = z.object({
  version: z.string(),
  effectiveFrom: z.string(),
  source: z.string(),
  tiers: z.object({ urgent: tier, general: tier, consult: tier }),
  referralWorkingDays: z.number(),
});

/** The version in force on `asOf` (a YYYY-MM-DD date); the domain's default when none is stored. */
export async function tierSettingsOn(db: Queryable, asOf: string): Promise<CaseTierSettings> {
  const versions = await tierVersions(db);
  return inForceOn(versions, asOf, DEFAULT_CASE_TIER_SETTINGS);
}

export const seedCaseTiers = (db: Queryable): Promise<void> =>
  seedSettingsVersion(db, CASE_TIERS_KEY, DEFAULT_CASE_TIER_SETTINGS);

/** Every readable published version, oldest first (the default when none is stored). */
export async function tierVersions(db: Queryable): Promise<CaseTierSettings[]> {
  const published = await settingsVersions(db, CASE_TIERS_KEY, (value) => {
    const parsed = stored.safeParse(value);
    return parsed.success && checkCaseTierSettings(parsed.data).length === 0 ? parsed.data : null;
  });
  const out = published.map((v) => v.value);
  return out.length > 0 ? out : [DEFAULT_CASE_TIER_SETTINGS];
}

/**
 * The city publishes new figures as a new version (never an edit): checked by the domain's rules, effective from a
 * date not before the version in force, so a case keeps the figures it was received under.
 */
export async function publishTiers(
  db: Queryable,
  value: CaseTierSettings,
  changedBy: string,
): Promise<{ version: number; violations: ReturnType<typeof checkCaseTierSettings> }> {
  const violations = checkCaseTierSettings(value);
  if (violations.length > 0) return { version: 0, violations };
  // A publication that took the number a moment earlier answers 409, not a failed insert.
  const { revision: version } = await publishSettingsVersion(db, CASE_TIERS_KEY, () => value, changedBy);
  return { version, violations: [] };
}

export const tierSettingsSchema = stored;
