// The guardianship risk instrument (RULES §5) as versioned settings data: the city may publish a revised
// instrument; every assessment is scored under the version in force on its date and stores that version's name.
import { DEFAULT_RISK_INSTRUMENT, checkRiskInstrument, type RiskInstrument } from '@hehu/domain';
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../../db/connection.ts';
import { settings } from '../../db/schema.ts';

export const RISK_INSTRUMENT_KEY = 'risk_instrument';

const bilingual = z.object({ zh: z.string(), en: z.string() });
const level = z.enum(['absent', 'improper', 'insufficient']);
export const storedInstrument = z.object({
  version: z.string(),
  effectiveFrom: z.string(),
  source: z.string(),
  indicators: z.array(
    z.object({
      code: z.string(),
      label: bilingual,
      areas: z.array(
        z.object({
          code: z.string(),
          label: bilingual,
          items: z.array(
            z.object({
              code: z.string(),
              label: bilingual,
              options: z.array(z.object({ value: z.string(), label: bilingual, score: z.number() })),
            }),
          ),
        }),
      ),
    }),
  ),
  cutoffs: z.object({
    minTotal: z.object({ insufficient: z.number(), improper: z.number(), absent: z.number() }),
    redFlags: z.array(z.object({ item: z.string(), values: z.array(z.string()), level })),
  }),
});

/** Every readable published version in publication order; the domain's default when none is stored. */
export async function instrumentVersions(db: Queryable): Promise<RiskInstrument[]> {
  const rows = await db
    .select({ value: settings.value })
    .from(settings)
    .where(eq(settings.key, RISK_INSTRUMENT_KEY))
    .orderBy(asc(settings.version));
  const out: RiskInstrument[] = [];
  for (const r of rows) {
    const parsed = storedInstrument.safeParse(r.value);
    if (parsed.success && checkRiskInstrument(parsed.data).length === 0) out.push(parsed.data);
  }
  return out.length > 0 ? out : [DEFAULT_RISK_INSTRUMENT];
}

export async function instrumentOn(db: Queryable, asOf: string): Promise<RiskInstrument> {
  const versions = await instrumentVersions(db);
  return versions.filter((v) => v.effectiveFrom <= asOf).at(-1) ?? versions[0] ?? DEFAULT_RISK_INSTRUMENT;
}

export async function seedRiskInstrument(db: Queryable): Promise<void> {
  const [row] = await db
    .select({ v: settings.version })
    .from(settings)
    .where(eq(settings.key, RISK_INSTRUMENT_KEY))
    .limit(1);
  if (row) return;
  await db
    .insert(settings)
    .values({ key: RISK_INSTRUMENT_KEY, version: 1, value: DEFAULT_RISK_INSTRUMENT, changedBy: null });
}
