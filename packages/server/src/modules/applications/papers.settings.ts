// The papers checklist (RULES §1–§2) as versioned settings the city publishes like its other rules: a submission is
// checked against the list in force on its day and every decision stores that list's version.
import {
  APPLICATION_CATEGORIES,
  DEFAULT_PAPER_CHECKLIST,
  checkPaperChecklist,
  type PaperChecklist,
} from '@hehu/domain';
import { z } from 'zod';
import type { Queryable } from '../../db/connection.ts';
import { inForceOn, seedSettingsVersion, settingsVersions } from '../../db/settings-versions.ts';
import { SITUATION_CODES } from '../family/index.ts';

export const PAPERS_KEY = 'paper_checklist';

const bilingual = z.object({ zh: z.string(), en: z.string() });
const paper = z.object({
  code: z.string(),
  name: bilingual,
  match: z.union([
    z.object({ subject: z.literal('child'), title: z.string() }),
    z.object({
      subject: z.literal('situation'),
      situation: z.enum(SITUATION_CODES),
    }),
  ]),
});
/** A stored version as this code reads it (a row that does not parse is skipped). */
const stored = z.object({
  version: z.string(),
  effectiveFrom: z.string(),
  source: z.string(),
  byCategory: z.partialRecord(z.enum(APPLICATION_CATEGORIES), z.array(paper)),
  bySituation: z.partialRecord(z.enum(SITUATION_CODES), bilingual),
  terminate: z.array(paper),
});

function readable(value: unknown): PaperChecklist | null {
  const parsed = stored.safeParse(value);
  return parsed.success && checkPaperChecklist(parsed.data).length === 0 ? parsed.data : null;
}

/** Every readable publication with who published it and when, in publication order. */
export const publishedPapers = (db: Queryable) => settingsVersions(db, PAPERS_KEY, readable);

/** The list in force on a date: the latest whose effective date has come; the default when none is stored. */
export async function papersOn(db: Queryable, asOf: string): Promise<PaperChecklist> {
  const versions = (await publishedPapers(db)).map((v) => v.value);
  return inForceOn(versions, asOf, DEFAULT_PAPER_CHECKLIST);
}

/** The default, stored once so that it is data like any later version. */
export const seedPapers = (db: Queryable): Promise<void> =>
  seedSettingsVersion(db, PAPERS_KEY, DEFAULT_PAPER_CHECKLIST);
