// The whole demo registry as a stream of families: the featured ones first, then families spread over every
// village of the city in the proportions of proportions.ts. Pure: the same input gives the same families, whatever
// the batch size, so `planDigest` of a plan equals `databaseDigest` of what was written from it.
import { createHash } from 'node:crypto';
import { DecisionNumbers, type RulesAt } from './categories.ts';
import { draftFamily, type RunContext, type Village } from './families.ts';
import { featuredFamilies, type DemoAreas } from './featured.ts';
import { IdNumbers } from './people.ts';
import { applyProfile, settleCreation } from './profiles.ts';
import {
  FOUNDLING_IN_INSTITUTION,
  ORPHAN_IN_INSTITUTION,
  RURAL_MIX,
  RURAL_VILLAGE_WEIGHT,
  URBAN_MIX,
} from './proportions.ts';
import { Rng } from './random.ts';
import type { SituationContext } from './situations.ts';
import type { PlannedChild, PlannedFamily } from './types.ts';

export const DEFAULT_DEMO_SEED = 20260101;

export interface PlanInput {
  total: number;
  seed: number;
  /** The date the data is anchored to (ages, "three months ago"): the service date of the run. */
  asOf: string;
  /** Every village of the city, in code order. */
  villages: readonly Village[];
  areas: DemoAreas;
  rulesAt: RulesAt;
}

const DEMO_VILLAGE_FILES = 30;
const DEMO_VILLAGE2_FILES = 20;

/** Documents for every featured family, and for about this many of the others whatever the size of the run. */
const RANDOM_DOCUMENT_FAMILIES = 40;

function villagePicker(villages: readonly Village[]): (rng: Rng) => Village {
  const cumulative: number[] = [];
  let sum = 0;
  for (const v of villages) {
    sum += v.urban ? 1 : RURAL_VILLAGE_WEIGHT;
    cumulative.push(sum);
  }
  return (rng) => {
    const x = rng.float() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) > x) hi = mid;
      else lo = mid + 1;
    }
    const v = villages[lo];
    if (!v) throw new Error('no villages to place demo children in');
    return v;
  };
}

export function* planDemo(input: PlanInput): Generator<PlannedFamily> {
  if (input.total <= 0) return;
  const rng = new Rng(input.seed);
  const counties = [...new Set(input.villages.map((v) => v.code.slice(0, 6)))];
  const run: RunContext = {
    rng,
    ids: new IdNumbers(),
    numbers: new DecisionNumbers(),
    asOf: input.asOf,
    rulesAt: input.rulesAt,
    documentRate: Math.min(1, RANDOM_DOCUMENT_FAMILIES / Math.max(1, input.total)),
    counties,
  };
  const rules = input.rulesAt(input.asOf);
  const situations = (village: Village, withDocuments: boolean): SituationContext => ({
    rng,
    rules,
    withDocuments,
    countyName: village.countyName,
    townshipName: village.townshipName,
  });
  let left = input.total;
  const take = (family: PlannedFamily): PlannedFamily => {
    const children = family.children.slice(0, left);
    left -= children.length;
    return { children };
  };
  const inVillage = new Map<string, number>();
  for (const family of featuredFamilies({ run, areas: input.areas, situations })) {
    const taken = take(family);
    for (const c of taken.children) inVillage.set(c.divisionCode, (inVillage.get(c.divisionCode) ?? 0) + 1);
    yield taken;
    if (left === 0) return;
  }
  // The two demo villages hold a few dozen files each, as a village director's list does.
  const fill = [
    { village: input.areas.village, upTo: DEMO_VILLAGE_FILES, recordedBy: 'demo_village' as const },
    { village: input.areas.village2, upTo: DEMO_VILLAGE2_FILES, recordedBy: 'demo_village2' as const },
  ];
  const pickVillage = villagePicker(input.villages);
  while (left > 0) {
    const due = fill.find((f) => (inVillage.get(f.village.code) ?? 0) < f.upTo);
    let village = due?.village ?? pickVillage(rng);
    const profile = rng.weighted(village.urban ? URBAN_MIX : RURAL_MIX);
    const orphan =
      profile === 'orphan'
        ? rng.chance(ORPHAN_IN_INSTITUTION)
          ? rng.chance(FOUNDLING_IN_INSTITUTION)
            ? 'foundling'
            : 'institution'
          : 'scattered'
        : undefined;
    // A foundling is registered in the welfare home's collective household.
    if (orphan === 'foundling') village = input.areas.welfareVillage;
    const draft = draftFamily(run, { village, recordedBy: due?.recordedBy }, situations);
    applyProfile(draft, profile, { decided: true, orphan });
    settleCreation(draft);
    const taken = take({ children: draft.kids });
    for (const c of taken.children) inVillage.set(c.divisionCode, (inVillage.get(c.divisionCode) ?? 0) + 1);
    yield taken;
  }
}

/** One line per child: what the digest of a plan and of a database compare. */
export function childLine(c: {
  name: string;
  sex: string;
  birthDate: string;
  divisionCode: string;
  categories: readonly { category: string; startDate: string; endDate: string | null }[];
}): string {
  const held = c.categories
    .map((k) => `${k.category}:${k.startDate}:${k.endDate ?? ''}`)
    .sort()
    .join(',');
  return `${c.name}|${c.sex}|${c.birthDate}|${c.divisionCode}|${held}`;
}

/** SHA-256 of the sorted lines: equal for the same children in any order. */
export function digestLines(lines: string[]): string {
  const hash = createHash('sha256');
  for (const line of lines.sort()) hash.update(line).update('\n');
  return hash.digest('hex');
}

export function planDigest(input: PlanInput): { digest: string; children: PlannedChild[] } {
  const children = [...planDemo(input)].flatMap((f) => f.children);
  return { digest: digestLines(children.map(childLine)), children };
}
