// The families the demo accounts meet first, written before the rest of the city: in the demo village, the second
// demo county's village and the welfare home, each page and each home-page task has something to show — an
// orphan with the decision on file, a de facto unsupported child, a child 主动发现 finds, one about to turn 18, a
// term that ran out, a transfer, a suspected duplicate, a person another county asks to link.
import { lastDayOf, monthOf } from '@hehu/domain';
import { PHOTO_TITLE } from '../../modules/children/photo.service.ts';
import { carer, draftFamily, type Draft, type FamilyShape, type RunContext, type Village } from './families.ts';
import { misspelled, personName } from './people.ts';
import { applyProfile, settleCreation, type ProfileOptions } from './profiles.ts';
import type { Profile } from './proportions.ts';
import { addDays, addMonths, addYears, daysBetween } from './random.ts';
import type { SituationContext } from './situations.ts';
import type { DemoActor, PlannedChild, PlannedFamily, PlannedPerson } from './types.ts';

/** The villages the demo accounts work in, and the places their transfers and link requests come from or go to. */
export interface DemoAreas {
  /** demo_village's community, in demo_township's township. */
  village: Village;
  /** demo_village2's community, in the other demo county. */
  village2: Village;
  /** demo_township's township code. */
  township: string;
  /** The community of the city welfare home, where its children's household registration is kept. */
  welfareVillage: Village;
  /** A village of demo_township's township that a family from the other county moves to. */
  intoTownship: Village;
  /** A village of the demo county in another township, where a family from the demo village moves. */
  elsewhereInCounty: Village;
  /** A village in another county where an orphan now in the welfare home is still registered. */
  welfareOrigin: Village;
  /** A village in a third county whose director asks to link a parent the welfare home holds. */
  linkOrigin: Village;
}

export interface FeaturedContext {
  run: RunContext;
  areas: DemoAreas;
  situations: (village: Village, withDocuments: boolean) => SituationContext;
}

function family(
  ctx: FeaturedContext,
  shape: FamilyShape,
  profile: Profile,
  options: Partial<ProfileOptions> = {},
): Draft {
  const draft = draftFamily(ctx.run, { withDocuments: true, ...shape }, ctx.situations);
  applyProfile(draft, profile, { decided: true, ...options });
  settleCreation(draft);
  return draft;
}

function photo(child: PlannedChild, on: string): void {
  child.photo = { kind: 'photo', title: PHOTO_TITLE, uploadedOn: on, lines: [child.name] };
}

/** The same child recorded a second time (a school's list typed in again): no ID number, the name as heard. */
function secondFile(ctx: FeaturedContext, child: PlannedChild, sameName: boolean): PlannedChild {
  const { rng, asOf } = ctx.run;
  // Only what a list gives: who the child is and where; none of the family's facts.
  return {
    ...child,
    name: sameName ? child.name : misspelled(rng, child.name, child.sex),
    idNumber: null,
    noIdReason: '户口登记办理中',
    parentsUnknown: false,
    familyEconomicHardship: false,
    guardianshipHarm: false,
    healthStatus: 'healthy',
    disabilityType: null,
    disabilityGrade: null,
    illness: null,
    relations: [],
    categories: [],
    documents: [],
    photo: null,
    transfer: null,
    linkRequest: null,
    createdOn: addDays(asOf, -rng.int(3, 20)),
    id: undefined,
  };
}

/** Three-character names, so that one character typed differently still reads as the same child. */
function threeCharacterName(ctx: FeaturedContext, child: PlannedChild): void {
  const family = Array.from(child.name)[0];
  while (Array.from(child.name).length !== 3) child.name = personName(ctx.run.rng, child.sex, family);
}

const first = (draft: Draft): PlannedChild => {
  const kid = draft.kids[0];
  if (!kid) throw new Error('a featured family without children');
  return kid;
};

interface Kin {
  person: PlannedPerson;
  label: string | null;
}

function villageFamilies(ctx: FeaturedContext): { families: PlannedFamily[]; grandmother: Kin | null } {
  const { asOf } = ctx.run;
  const v = ctx.areas.village;
  const by: DemoActor = 'demo_village';
  const shape = (extra: Partial<FamilyShape> = {}): FamilyShape => ({
    village: v,
    recordedBy: by,
    children: 1,
    ...extra,
  });
  const out: PlannedFamily[] = [];

  // Two orphans raised by a grandparent (or an aunt or uncle), one of them recorded twice.
  const orphans = family(ctx, shape({ children: 2 }), 'orphan', { orphan: 'scattered' });
  const guardian = orphans.kids[0]?.relations.find((r) => r.kind === 'guardian') ?? null;
  const grandmother = guardian?.person ?? null;
  if (grandmother && !grandmother.idNumber)
    grandmother.idNumber = ctx.run.ids.next('511102', grandmother.birthDate, grandmother.sex);
  photo(first(orphans), addMonths(asOf, -5));
  first(orphans).documents.push({
    kind: 'household_register',
    title: '户口簿（本人页）',
    uploadedOn: first(orphans).createdOn,
    lines: ['居民户口簿', `姓名：${first(orphans).name}`],
  });
  const last = orphans.kids.at(-1) ?? first(orphans);
  out.push({ children: [...orphans.kids, secondFile(ctx, last, true)] });

  const deFacto = family(ctx, shape(), 'de_facto', { deFacto: 'prison_lost' });
  photo(first(deFacto), addMonths(asOf, -3));
  out.push({ children: deFacto.kids });
  out.push({ children: family(ctx, shape(), 'de_facto', { decided: false, deFacto: 'dead_disabled' }).kids });
  out.push({ children: family(ctx, shape({ children: 2 }), 'left_behind', { leftBehind: 'both_away' }).kids });
  out.push({ children: family(ctx, shape(), 'disability', { economic: true }).kids });
  out.push({ children: family(ctx, shape(), 'economic', { decided: false }).kids });
  // Turns 18 later this month (today on a month's last day): the category ends with the month, so the village
  // and the township meet the termination item the rules derive from the birthday.
  const monthEnd = lastDayOf(monthOf(asOf));
  const adult = addYears(addDays(asOf, Math.min(20, daysBetween(asOf, monthEnd))), -18);
  out.push({ children: family(ctx, shape({ birthDate: adult }), 'orphan', { orphan: 'scattered' }).kids });
  // Old enough for a father's three-year term to have run out since.
  const schoolAge = addYears(asOf, -9);
  out.push({ children: family(ctx, shape({ birthDate: schoolAge }), 'de_facto', { deFacto: 'release_due' }).kids });
  out.push({ children: family(ctx, shape({ children: 2 }), 'ended').kids });
  const moving = family(ctx, shape(), 'monitored');
  first(moving).transfer = {
    toDivision: ctx.areas.elsewhereInCounty.code,
    reason: '随母亲迁居，户籍迁往新住址',
    requestedBy: by,
    requestedOn: addDays(asOf, -4),
  };
  out.push({ children: moving.kids });
  out.push({ children: family(ctx, shape({ birthDate: addYears(asOf, -7) }), 'guardianship').kids });
  out.push({ children: family(ctx, shape({ children: 2 }), 'economic').kids });
  return { families: out, grandmother: grandmother && { person: grandmother, label: guardian?.relationLabel ?? null } };
}

function village2Families(ctx: FeaturedContext, grandmother: Kin | null): PlannedFamily[] {
  const { asOf, rng } = ctx.run;
  const v = ctx.areas.village2;
  const by: DemoActor = 'demo_village2';
  const shape = (extra: Partial<FamilyShape> = {}): FamilyShape => ({
    village: v,
    recordedBy: by,
    children: 1,
    ...extra,
  });
  const out: PlannedFamily[] = [];

  // Parents away; their carer is the grandmother the demo county already holds, so the village asks to link her.
  const away = family(ctx, shape({ children: 2 }), 'left_behind', { leftBehind: 'both_away' });
  if (grandmother) {
    const carerPerson = first(away).relations.find((r) => r.kind === 'entrusted_carer')?.person;
    for (const kid of away.kids) kid.relations = kid.relations.filter((r) => r.person !== carerPerson);
    first(away).linkRequest = {
      person: grandmother.person,
      kind: 'entrusted_carer',
      relationLabel: grandmother.label,
      startDate: addDays(asOf, -30),
      typedName: grandmother.person.name,
      typedPhone: grandmother.person.phone,
      typedWorkPlace: null,
      // The county office types the grandmother's ID number on the village's behalf.
      requestedBy: 'zhou.min',
      requestedOn: addDays(asOf, -2),
    };
  }
  photo(first(away), addMonths(asOf, -2));
  out.push({ children: away.kids });
  const schoolAge = addYears(asOf, -9);
  out.push({
    children: family(ctx, shape({ birthDate: schoolAge }), 'left_behind', { decided: false, leftBehind: 'both_away' })
      .kids,
  });
  out.push({
    children: family(ctx, shape({ birthDate: addYears(asOf, -11) }), 'de_facto', { deFacto: 'release_due' }).kids,
  });
  const moving = family(ctx, shape(), 'monitored');
  first(moving).transfer = {
    toDivision: ctx.areas.intoTownship.code,
    reason: '随父母迁居市中区，户籍迁入',
    requestedBy: by,
    requestedOn: addDays(asOf, -rng.int(2, 6)),
  };
  out.push({ children: moving.kids });
  const orphans = family(ctx, shape(), 'orphan', { orphan: 'scattered' });
  threeCharacterName(ctx, first(orphans));
  out.push({ children: [...orphans.kids, secondFile(ctx, first(orphans), false)] });
  out.push({ children: family(ctx, shape(), 'disability').kids });
  return out;
}

function welfareFamilies(ctx: FeaturedContext): PlannedFamily[] {
  const { asOf } = ctx.run;
  const home = ctx.areas.welfareVillage;
  const by: DemoActor = 'demo_welfare';
  const shape = (extra: Partial<FamilyShape> = {}): FamilyShape => ({
    village: home,
    recordedBy: by,
    children: 1,
    ...extra,
  });
  const out: PlannedFamily[] = [];

  const baby = family(ctx, shape(), 'orphan', { orphan: 'foundling' });
  photo(first(baby), addMonths(asOf, -1));
  out.push({ children: baby.kids });
  // Recorded once by the protection centre on intake and again by the home.
  const twice = family(ctx, shape(), 'orphan', { orphan: 'foundling' });
  threeCharacterName(ctx, first(twice));
  out.push({ children: [...twice.kids, secondFile(ctx, first(twice), false)] });
  // Admitted weeks ago: the county has not decided yet.
  const admitted = family(ctx, shape({ birthDate: addMonths(asOf, -3) }), 'orphan', {
    orphan: 'foundling',
    decided: false,
  });
  out.push({ children: admitted.kids });
  const adult = addDays(addYears(asOf, -18), 45);
  out.push({ children: family(ctx, shape({ birthDate: adult }), 'orphan', { orphan: 'institution' }).kids });
  const registeredAway = family(ctx, { ...shape(), village: ctx.areas.welfareOrigin, recordedBy: null }, 'orphan', {
    orphan: 'institution',
  });
  first(registeredAway).transfer = {
    toDivision: home.code,
    reason: '入住市儿童福利院，户籍迁入福利院集体户',
    requestedBy: by,
    requestedOn: addDays(asOf, -6),
  };
  out.push({ children: registeredAway.kids });

  // Placed in the home (机构代养): father in prison, mother dead. Her sibling lives with the grandmother in a
  // third county, whose village asks to link the father the home already holds.
  const placed = family(ctx, shape(), 'de_facto', { deFacto: 'dead_prison' });
  const kid = first(placed);
  kid.institutionSince = addMonths(asOf, -14);
  kid.healthStatus = 'disabled';
  kid.disabilityType = '肢体残疾';
  kid.disabilityGrade = 2;
  kid.relations = kid.relations.filter((r) => r.kind === 'father' || r.kind === 'mother');
  if (!placed.father.idNumber) placed.father.idNumber = ctx.run.ids.next('511102', placed.father.birthDate, 'M');
  out.push({ children: placed.kids });

  const later = addDays(kid.birthDate, 700);
  const siblingBirth = later < addDays(asOf, -60) ? later : addDays(kid.birthDate, -500);
  const sibling = draftFamily(
    ctx.run,
    { village: ctx.areas.linkOrigin, children: 1, withDocuments: false, birthDate: siblingBirth },
    ctx.situations,
  );
  const s = first(sibling);
  s.relations = [];
  carer({ ...sibling, father: placed.father }, 'guardian', addMonths(asOf, -20), true);
  s.linkRequest = {
    person: placed.father,
    kind: 'father',
    relationLabel: null,
    startDate: s.birthDate,
    typedName: placed.father.name,
    typedPhone: null,
    typedWorkPlace: null,
    requestedBy: 'zhang.hua',
    requestedOn: addDays(asOf, -3),
  };
  out.push({ children: [s] });
  return out;
}

/** Every featured family, in the order they are written (a link request's person is written before it). */
export function featuredFamilies(ctx: FeaturedContext): PlannedFamily[] {
  const village = villageFamilies(ctx);
  return [...village.families, ...village2Families(ctx, village.grandmother), ...welfareFamilies(ctx)];
}
