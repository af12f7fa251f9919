// A family on the registry: one to three children of the same parents, the parents, and later (by profile, in
// profiles.ts) their situations, a guardian or an entrusted carer, and the categories decided from those facts.
import { ageOn, type CategoryRulesConfig, type SchoolingStage } from '@hehu/domain';
import type { RulesAt } from './categories.ts';
import { DecisionNumbers } from './categories.ts';
import {
  GRANDPARENTS,
  IdNumbers,
  OTHER_REGIONS,
  RELATIVES,
  ethnicity,
  homeAddress,
  mobile,
  personName,
  surname,
  type Sex,
} from './people.ts';
import { NO_ID_NUMBER, SIBLINGS, TURNING_ADULT } from './proportions.ts';
import { addDays, addMonths, addYears, earliest, latest, type Rng } from './random.ts';
import type { SituationContext } from './situations.ts';
import type { DemoActor, PlannedChild, PlannedPerson, PlannedRelation, RelationKind } from './types.ts';

export interface Village {
  code: string;
  name: string;
  townshipName: string;
  countyName: string;
  /** A residents' committee (居委会) rather than a villagers' committee (村委会). */
  urban: boolean;
}

/** What every family needs from the run: chance, the anchor date, the rules, and the numbering of decisions. */
export interface RunContext {
  rng: Rng;
  ids: IdNumbers;
  numbers: DecisionNumbers;
  asOf: string;
  rulesAt: RulesAt;
  /** The share of families whose evidence and decisions come with generated documents. */
  documentRate: number;
  /** Every Leshan county code, for parents registered in a neighbouring county. */
  counties: readonly string[];
}

export interface FamilyShape {
  village: Village;
  /** How many children of these parents are on the registry. */
  children?: number | undefined;
  /** The eldest child's birth date. */
  birthDate?: string | undefined;
  recordedBy?: DemoActor | null | undefined;
  withDocuments?: boolean | undefined;
}

/** A family being built: the profile code adds situations, carers and decisions to it. */
export interface Draft {
  run: RunContext;
  village: Village;
  kids: PlannedChild[];
  father: PlannedPerson;
  mother: PlannedPerson;
  /** The youngest child's birth date: parents' situations that matter start after it. */
  youngest: string;
  eldest: string;
  situations: SituationContext;
  withDocuments: boolean;
  rules: CategoryRulesConfig;
}

function siblingCount(rng: Rng): number {
  const x = rng.float();
  return x < SIBLINGS.three ? 3 : x < SIBLINGS.three + SIBLINGS.two ? 2 : 1;
}

/**
 * The eldest child is 2 to 17 (a few weeks from 18 for some); younger brothers and sisters fill the early years,
 * so a baby is on the registry as a sibling far more often than alone.
 */
export function eldestBirth(rng: Rng, asOf: string): string {
  if (rng.chance(TURNING_ADULT)) return addDays(addYears(asOf, -18), rng.int(5, 60));
  const youngest = rng.chance(0.1) ? addDays(asOf, -30) : addYears(asOf, -2);
  return rng.date(addDays(addYears(asOf, -18), 61), youngest);
}

function schooling(rng: Rng, age: number): SchoolingStage {
  if (age < 3) return 'not_in_kindergarten';
  if (age < 6) return rng.chance(0.85) ? 'kindergarten' : 'not_in_kindergarten';
  if (age < 12) return 'primary';
  if (age < 15) return rng.chance(0.98) ? 'junior' : 'dropped_out';
  const x = rng.float();
  return x < 0.68 ? 'senior' : x < 0.9 ? 'vocational' : x < 0.95 ? 'dropped_out' : 'not_in_school';
}

const SCHOOL_SUFFIX: Partial<Record<SchoolingStage, string>> = {
  kindergarten: '中心幼儿园',
  primary: '中心小学',
  junior: '初级中学',
  senior: '高级中学',
  vocational: '职业高级中学',
};

function schoolName(village: Village, stage: SchoolingStage): string | null {
  const suffix = SCHOOL_SUFFIX[stage];
  if (!suffix) return null;
  const place = stage === 'senior' || stage === 'vocational' ? village.countyName : village.townshipName;
  return place.replace(/(街道|镇|乡|彝族自治县|区|县|市)$/, '') + suffix;
}

export function idRegion(run: RunContext, county: string, elsewhere: number, otherProvince: number): string {
  const x = run.rng.float();
  if (x < otherProvince) return run.rng.pick(OTHER_REGIONS);
  if (x < otherProvince + elsewhere) return run.rng.pick(run.counties);
  return county;
}

export interface NewPerson {
  sex: Sex;
  birthDate: string;
  family?: string | undefined;
  county: string;
  idShare: number;
  phoneShare: number;
  address: string | null;
}

export function newPerson(run: RunContext, p: NewPerson): PlannedPerson {
  const { rng } = run;
  const name = personName(rng, p.sex, p.family);
  const region = idRegion(run, p.county, 0.1, p.sex === 'F' ? 0.12 : 0.04);
  return {
    name,
    sex: p.sex,
    birthDate: p.birthDate,
    idNumber: rng.chance(p.idShare) ? run.ids.next(region, p.birthDate, p.sex) : null,
    phone: rng.chance(p.phoneShare) ? mobile(rng) : null,
    address: p.address,
    workPlace: null,
    situations: [],
    documents: [],
  };
}

function newChild(
  run: RunContext,
  village: Village,
  birthDate: string,
  family: string,
  address: string,
  createdOn: string,
  recordedBy: DemoActor | null,
): PlannedChild {
  const { rng } = run;
  const sex: Sex = rng.chance(0.52) ? 'M' : 'F';
  const county = village.code.slice(0, 6);
  const withId = !rng.chance(NO_ID_NUMBER);
  const stage = schooling(rng, ageOn(birthDate, run.asOf));
  const rural = village.urban ? rng.chance(0.3) : rng.chance(0.95);
  return {
    name: personName(rng, sex, family),
    sex,
    birthDate,
    idNumber: withId ? run.ids.next(county, birthDate, sex) : null,
    noIdReason: withId ? null : '户口登记办理中',
    divisionCode: village.code,
    householdType: rural ? 'rural' : 'urban',
    ethnicity: ethnicity(rng, county),
    address,
    schoolingStage: stage,
    schoolName: schoolName(village, stage),
    boarding: stage === 'junior' || stage === 'senior' ? !village.urban && rng.chance(0.5) : null,
    healthStatus: 'healthy',
    disabilityType: null,
    disabilityGrade: null,
    illness: null,
    familyEconomicHardship: false,
    guardianshipHarm: false,
    parentsUnknown: false,
    institutionSince: null,
    createdOn,
    recordedBy,
    relations: [],
    categories: [],
    documents: [],
    photo: null,
    transfer: null,
    linkRequest: null,
  };
}

export function relate(
  child: PlannedChild,
  person: PlannedPerson,
  kind: RelationKind,
  startDate: string,
  relationLabel: string | null = null,
): PlannedRelation {
  const relation: PlannedRelation = {
    person,
    kind,
    relationLabel,
    startDate: latest(startDate, child.birthDate),
    endDate: null,
    endReason: null,
  };
  child.relations.push(relation);
  return relation;
}

/** Father, mother and children: the household every profile starts from. */
export function draftFamily(
  run: RunContext,
  shape: FamilyShape,
  situations: (village: Village, withDocuments: boolean) => SituationContext,
): Draft {
  const { rng, asOf } = run;
  const village = shape.village;
  const county = village.code.slice(0, 6);
  const withDocuments = shape.withDocuments ?? rng.chance(run.documentRate);
  const count = shape.children ?? siblingCount(rng);
  const births = [shape.birthDate ?? eldestBirth(rng, asOf)];
  for (let i = 1; i < count; i++) {
    const next = addDays(births[i - 1] ?? asOf, rng.int(400, 2200));
    if (next > addDays(asOf, -30)) break;
    births.push(next);
  }
  const eldest = births[0] ?? asOf;
  const youngest = births.at(-1) ?? eldest;
  const family = surname(rng);
  const address = homeAddress(rng, {
    county: village.countyName,
    township: village.townshipName,
    village: village.name,
  });
  const father = newPerson(run, {
    sex: 'M',
    birthDate: addDays(eldest, -rng.int(22 * 365, 38 * 365)),
    family,
    county,
    idShare: 0.88,
    phoneShare: 0.8,
    address,
  });
  const mother = newPerson(run, {
    sex: 'F',
    birthDate: addDays(eldest, -rng.int(20 * 365, 35 * 365)),
    county,
    idShare: 0.88,
    phoneShare: 0.8,
    address,
  });
  const createdOn = rng.date(latest(eldest, addYears(asOf, -6)), addDays(asOf, -10));
  const kids = births.map((b) =>
    newChild(
      run,
      village,
      b,
      rng.chance(0.95) ? family : (Array.from(mother.name)[0] ?? family),
      address,
      createdOn,
      shape.recordedBy ?? null,
    ),
  );
  for (const kid of kids) {
    relate(kid, father, 'father', kid.birthDate);
    relate(kid, mother, 'mother', kid.birthDate);
  }
  return {
    run,
    village,
    kids,
    father,
    mother,
    youngest,
    eldest,
    situations: situations(village, withDocuments),
    withDocuments,
    rules: run.rulesAt(asOf),
  };
}

/** A grandparent (or an aunt or uncle) who takes the children in: as guardian or as entrusted carer. */
export function carer(
  draft: Draft,
  kind: 'guardian' | 'entrusted_carer',
  since: string,
  paternal = true,
): PlannedPerson {
  const { run } = draft;
  const { rng } = run;
  const grand = rng.chance(0.8);
  const side = paternal ? GRANDPARENTS.paternal : GRANDPARENTS.maternal;
  const relative = grand ? rng.pick(side) : rng.pick(RELATIVES);
  const parent = paternal ? draft.father : draft.mother;
  const parentFamily = Array.from(parent.name)[0] ?? '';
  // A paternal grandfather, uncle or aunt shares the father's surname.
  const sameFamily = relative.sex === 'M' || relative.label === '姑姑' ? paternal : false;
  const birthDate = grand
    ? addDays(parent.birthDate, -rng.int(21 * 365, 30 * 365))
    : addDays(parent.birthDate, rng.int(-8 * 365, 8 * 365));
  const person = newPerson(run, {
    sex: relative.sex,
    birthDate,
    family: sameFamily ? parentFamily : undefined,
    county: draft.village.code.slice(0, 6),
    idShare: 0.8,
    phoneShare: grand ? 0.6 : 0.9,
    address: draft.father.address,
  });
  for (const kid of draft.kids) relate(kid, person, kind, since, relative.label);
  return person;
}

/** The last day any situation of the family may start on: a few weeks before the anchor date. */
export function lastStart(draft: Draft, weeks = 4): string {
  return addDays(draft.run.asOf, -7 * weeks);
}

/** A date after the youngest child's birth and before `to` (or the family's last start). */
export function afterBirth(draft: Draft, months: number, to?: string): string {
  const end = to ?? lastStart(draft);
  // A family whose youngest is a baby: the situation is recent rather than in the future.
  const from = earliest(addMonths(draft.youngest, months), end);
  return draft.run.rng.date(from, end);
}
