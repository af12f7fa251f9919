// The tiers' deadlines as versioned settings (统一受理、分级介入、限时办理): the city may publish new figures; each
// case keeps the version it was received under.
import { DEFAULT_CASE_TIER_SETTINGS, checkCaseTierSettings, type CaseTierSettings } from '@hehu/domain';
import { asc, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../../db/connection.ts';
import { settings } from '../../db/schema.ts';

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
  return versions.filter((v) => v.effectiveFrom <= asOf).at(-1) ?? versions[0] ?? DEFAULT_CASE_TIER_SETTINGS;
}

export async function seedCaseTiers(db: Queryable): Promise<void> {
  const [row] = await db
    .select({ v: settings.version })
    .from(settings)
    .where(eq(settings.key, CASE_TIERS_KEY))
    .limit(1);
  if (row) return;
  await db
    .insert(settings)
    .values({ key: CASE_TIERS_KEY, version: 1, value: DEFAULT_CASE_TIER_SETTINGS, changedBy: null });
}

/** Every readable published version, oldest first (the default when none is stored). */
export async function tierVersions(db: Queryable): Promise<CaseTierSettings[]> {
  const rows = await db
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, CASE_TIERS_KEY))
    .orderBy(asc(settings.version));
  const out = rows.flatMap((r) => {
    const parsed = stored.safeParse(r.value);
    return parsed.success && checkCaseTierSettings(parsed.data).length === 0 ? [parsed.data] : [];
  });
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
  const [last] = await db
    .select({ version: settings.version })
    .from(settings)
    .where(eq(settings.key, CASE_TIERS_KEY))
    .orderBy(desc(settings.version))
    .limit(1);
  const version = (last?.version ?? 0) + 1;
  await db.insert(settings).values({ key: CASE_TIERS_KEY, version, value, changedBy });
  return { version, violations: [] };
}

export const tierSettingsSchema = stored;
