// The guardianship risk instrument (RULES §5) as versioned settings data: the city may publish a revised
// instrument; every assessment is scored under the version in force on its date and stores that version's name.
import { DEFAULT_RISK_INSTRUMENT, checkRiskInstrument, type RiskInstrument } from '@hehu/domain';
import { z } from 'zod';
import type { Queryable } from '../../db/connection.ts';
import { inForceOn, seedSettingsVersion, settingsVersions } from '../../db/settings-versions.ts';

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

/** A stored version this code can read and the domain accepts; null for any other (left out, never guessed at). */
function readable(value: unknown): RiskInstrument | null {
  const parsed = storedInstrument.safeParse(value);
  return parsed.success && checkRiskInstrument(parsed.data).length === 0 ? parsed.data : null;
}

/** Every readable publication with who published it and when, in publication order. */
export const publishedInstruments = (db: Queryable) => settingsVersions(db, RISK_INSTRUMENT_KEY, readable);

/** Every readable published version in publication order; the domain's default when none is stored. */
export async function instrumentVersions(db: Queryable): Promise<RiskInstrument[]> {
  const out = (await publishedInstruments(db)).map((v) => v.value);
  return out.length > 0 ? out : [DEFAULT_RISK_INSTRUMENT];
}

export async function instrumentOn(db: Queryable, asOf: string): Promise<RiskInstrument> {
  const versions = await instrumentVersions(db);
  return inForceOn(versions, asOf, DEFAULT_RISK_INSTRUMENT);
}

export const seedRiskInstrument = (db: Queryable): Promise<void> =>
  seedSettingsVersion(db, RISK_INSTRUMENT_KEY, DEFAULT_RISK_INSTRUMENT);
