// What each kind of file holds: the parents' situations with their dates, who looks after the children, the
// children's own facts, and the categories the offices decided from them (categories.ts decides when).
import type { CategoryCode } from '@hehu/domain';
import { decide, leftBehindAgeEnd, type CategoryEnd } from './categories.ts';
import { afterBirth, carer, type Draft } from './families.ts';
import { WORK_PLACES, personName } from './people.ts';
import { ALSO_ECONOMIC, FOUNDLING_IN_INSTITUTION, ORPHAN_IN_INSTITUTION, type Profile } from './proportions.ts';
import { addDays, addMonths, earliest, latest } from './random.ts';
import {
  dead,
  declared,
  detained,
  longTerm,
  lostContact,
  plainSituation,
  seriousIllness,
  severeDisability,
  workingAway,
} from './situations.ts';

export type LeftBehindVariant =
  'both_away' | 'away_incapable' | 'away_ill' | 'away_disabled' | 'away_lost' | 'away_dead';
export type DeFactoVariant =
  | 'prison_lost'
  | 'dead_lost'
  | 'dead_prison'
  | 'dead_disabled'
  | 'ill_lost'
  | 'prison_disabled'
  | 'rehab_lost'
  | 'missing_ill'
  | 'revoked'
  | 'release_due';
export type OrphanVariant = 'scattered' | 'institution' | 'foundling';

export interface ProfileOptions {
  /** false: the facts are recorded but nobody has decided yet (主动发现 finds them). */
  decided: boolean;
  leftBehind?: LeftBehindVariant | undefined;
  deFacto?: DeFactoVariant | undefined;
  orphan?: OrphanVariant | undefined;
  /** The economic-hardship overlay, instead of drawing it. */
  economic?: boolean | undefined;
}

function decideKids(
  draft: Draft,
  options: ProfileOptions,
  category: CategoryCode,
  end?: (kid: Draft['kids'][number]) => CategoryEnd | undefined,
): void {
  if (!options.decided) return;
  for (const kid of draft.kids) {
    decide(kid, category, {
      rng: draft.run.rng,
      asOf: draft.run.asOf,
      rulesAt: draft.run.rulesAt,
      numbers: draft.run.numbers,
      withDocument: draft.withDocuments,
      end: end?.(kid),
    });
  }
}

/** 低保 or 特困: some families of other profiles are poor as well, and hold 困境 (经济) beside their category. */
function economicOverlay(draft: Draft, profile: Profile, options: ProfileOptions): void {
  const also = options.economic ?? draft.run.rng.chance(ALSO_ECONOMIC[profile] ?? 0);
  if (!also) return;
  for (const kid of draft.kids) kid.familyEconomicHardship = true;
  decideKids(draft, options, 'difficulty_economic');
}

const place = (draft: Draft) => draft.run.rng.pick(WORK_PLACES);

function leftBehind(draft: Draft, options: ProfileOptions): void {
  const { rng, asOf } = draft.run;
  const s = draft.situations;
  for (const kid of draft.kids) kid.householdType = 'rural';
  const variant =
    options.leftBehind ??
    rng.weighted<LeftBehindVariant>({
      both_away: 0.72,
      away_incapable: 0.07,
      away_ill: 0.07,
      away_disabled: 0.05,
      away_lost: 0.04,
      away_dead: 0.05,
    });
  const first = afterBirth(draft, 6, addMonths(asOf, -4));
  const [away, other] = variant === 'away_lost' ? [draft.mother, draft.father] : [draft.father, draft.mother];
  workingAway(s, away, first, place(draft));
  let since = first;
  if (variant === 'both_away') {
    since = rng.date(first, earliest(addMonths(first, 24), addMonths(asOf, -3)));
    workingAway(s, other, since, rng.chance(0.6) ? (away.workPlace ?? place(draft)) : place(draft));
  } else if (variant === 'away_incapable') {
    plainSituation(
      other,
      'no_guardianship_capacity',
      afterBirth(draft, 1, first),
      null,
      '患精神障碍，不能履行监护职责',
    );
  } else if (variant === 'away_ill') {
    seriousIllness(s, other, afterBirth(draft, 3));
  } else if (variant === 'away_disabled') {
    severeDisability(s, other, afterBirth(draft, 0, first));
  } else if (variant === 'away_lost') {
    lostContact(s, other, afterBirth(draft, 2, addMonths(asOf, -7)));
  } else {
    dead(s, other, afterBirth(draft, 2));
  }
  const carerFrom = latest(first, since);
  const person = carer(draft, 'entrusted_carer', carerFrom, rng.chance(0.75));
  if (draft.withDocuments) {
    person.documents.push({
      kind: 'care_agreement',
      title: '委托照护协议',
      uploadedOn: addDays(carerFrom, rng.int(3, 30)),
      lines: [
        '农村留守儿童委托照护协议',
        `委托人：${draft.father.name}、${draft.mother.name}`,
        `受托人：${person.name}`,
        `被照护儿童：${draft.kids.map((k) => k.name).join('、')}`,
        `委托期限：自 ${carerFrom} 起`,
        '外出务工父母每周至少与儿童和受托人联系一次',
      ],
    });
  }
  decideKids(draft, options, 'left_behind', (kid) => leftBehindAgeEnd(kid, draft.rules));
  economicOverlay(draft, 'left_behind', options);
}

function economic(draft: Draft, options: ProfileOptions): void {
  const { rng } = draft.run;
  const s = draft.situations;
  for (const kid of draft.kids) kid.familyEconomicHardship = true;
  // Poor because a parent is ill, disabled or gone; one parent only, so not 事实无人抚养.
  const x = rng.float();
  if (x < 0.15) seriousIllness(s, draft.father, afterBirth(draft, 1));
  else if (x < 0.25) severeDisability(s, draft.mother, afterBirth(draft, 0));
  else if (x < 0.35) dead(s, draft.father, afterBirth(draft, 1));
  else if (x < 0.4) dead(s, draft.mother, afterBirth(draft, 1));
  decideKids(draft, options, 'difficulty_economic');
}

const CHILD_DISABILITIES = ['肢体残疾', '智力残疾', '言语残疾', '听力残疾', '精神残疾', '视力残疾', '多重残疾'];

function disability(draft: Draft, options: ProfileOptions): void {
  const { rng } = draft.run;
  const kid = draft.kids[0];
  if (!kid) return;
  kid.healthStatus = 'disabled';
  kid.disabilityType = rng.pick(CHILD_DISABILITIES);
  const x = rng.float();
  kid.disabilityGrade = x < 0.15 ? 1 : x < 0.45 ? 2 : x < 0.75 ? 3 : 4;
  if (options.decided)
    decide(kid, 'difficulty_disability', {
      rng,
      asOf: draft.run.asOf,
      rulesAt: draft.run.rulesAt,
      numbers: draft.run.numbers,
      withDocument: draft.withDocuments,
    });
  economicOverlay(draft, 'disability', options);
}

function guardianship(draft: Draft, options: ProfileOptions): void {
  const { rng } = draft.run;
  for (const kid of draft.kids) kid.guardianshipHarm = true;
  if (rng.chance(0.6)) {
    plainSituation(draft.father, 'no_guardianship_capacity', afterBirth(draft, 6), null, '长期酗酒，多次殴打子女');
    workingAway(draft.situations, draft.mother, afterBirth(draft, 6), place(draft));
  } else {
    dead(draft.situations, draft.father, afterBirth(draft, 3));
  }
  carer(draft, 'guardian', afterBirth(draft, 8), rng.chance(0.5));
  decideKids(draft, options, 'difficulty_guardianship');
  // With a parent away and the other unable, the children are left behind as well.
  if (draft.kids.some((k) => k.householdType === 'rural'))
    decideKids(draft, options, 'left_behind', (kid) => leftBehindAgeEnd(kid, draft.rules));
}

function deFacto(draft: Draft, options: ProfileOptions): void {
  const { rng, asOf } = draft.run;
  const s = draft.situations;
  const variant =
    options.deFacto ??
    rng.weighted<DeFactoVariant>({
      prison_lost: 0.26,
      dead_lost: 0.14,
      dead_prison: 0.11,
      dead_disabled: 0.11,
      ill_lost: 0.09,
      prison_disabled: 0.07,
      rehab_lost: 0.05,
      missing_ill: 0.04,
      revoked: 0.04,
      release_due: 0.03,
    });
  const { father, mother } = draft;
  const reported = () => afterBirth(draft, 1, addMonths(asOf, -7));
  const prison = () => {
    const t = longTerm(s, asOf, addMonths(draft.youngest, 1));
    detained(s, father, 'imprisoned', t.since, t.months);
  };
  switch (variant) {
    case 'prison_lost':
      prison();
      lostContact(s, mother, reported());
      break;
    case 'dead_lost':
      dead(s, father, afterBirth(draft, 1));
      lostContact(s, mother, reported());
      break;
    case 'dead_prison':
      dead(s, mother, afterBirth(draft, 1));
      prison();
      break;
    case 'dead_disabled':
      dead(s, father, afterBirth(draft, 1));
      severeDisability(s, mother, afterBirth(draft, 0));
      break;
    case 'ill_lost':
      seriousIllness(s, father, afterBirth(draft, 1));
      lostContact(s, mother, reported());
      break;
    case 'prison_disabled':
      prison();
      severeDisability(s, mother, afterBirth(draft, 0));
      break;
    case 'rehab_lost':
      detained(s, father, 'compulsory_rehab', rng.date(addMonths(asOf, -18), addMonths(asOf, -2)), 24);
      lostContact(s, mother, reported());
      break;
    case 'missing_ill':
      declared(s, father, 'declared_missing', afterBirth(draft, 6));
      seriousIllness(s, mother, afterBirth(draft, 1));
      break;
    case 'revoked': {
      const on = afterBirth(draft, 12);
      plainSituation(father, 'guardianship_revoked', on, null, '人民法院判决撤销监护人资格');
      plainSituation(mother, 'guardianship_revoked', on, null, '人民法院判决撤销监护人资格');
      break;
    }
    case 'release_due': {
      // The term ran out a few months ago and nobody has recorded the release: the village is to confirm it.
      const months = rng.pick([24, 30, 36]);
      const since = addMonths(asOf, -months - rng.int(1, 4));
      detained(s, father, 'imprisoned', latest(since, addMonths(draft.youngest, 1)), months);
      lostContact(s, mother, latest(addDays(since, -rng.int(60, 400)), draft.youngest));
      break;
    }
  }
  const situations = [...father.situations, ...mother.situations].map((x) => x.since);
  carer(
    draft,
    'guardian',
    situations.reduce((a, b) => (b > a ? b : a), draft.youngest),
    variant !== 'dead_lost',
  );
  // A term that ran out: decided while it ran, not ended by anyone yet.
  const termEnd = father.situations.find(
    (x) => x.code === 'imprisoned' && x.until === null && variant === 'release_due',
  );
  const months = termEnd?.details.termMonths;
  const end: CategoryEnd | undefined =
    termEnd && months ? { factsUntil: addMonths(termEnd.since, months), date: null, reason: '' } : undefined;
  decideKids(draft, options, 'de_facto_unsupported', () => end);
  economicOverlay(draft, 'de_facto', options);
}

function orphan(draft: Draft, options: ProfileOptions): void {
  const { rng, asOf } = draft.run;
  const s = draft.situations;
  const inInstitution = rng.chance(ORPHAN_IN_INSTITUTION);
  const variant =
    options.orphan ??
    (inInstitution ? (rng.chance(FOUNDLING_IN_INSTITUTION) ? 'foundling' : 'institution') : 'scattered');
  if (variant === 'foundling') {
    foundling(draft, options);
    return;
  }
  const first = afterBirth(draft, 1, addMonths(asOf, -8));
  dead(s, draft.father, first);
  const second = afterBirth(draft, 2, addMonths(asOf, -3));
  if (rng.chance(0.1)) declared(s, draft.mother, 'declared_dead', latest(second, first));
  else dead(s, draft.mother, latest(second, first));
  const both = latest(first, second);
  if (variant === 'institution') {
    const placed = rng.date(addDays(both, 30), earliest(addDays(both, 180), addMonths(asOf, -2)));
    for (const kid of draft.kids) kid.institutionSince = latest(placed, both);
    decideKids(draft, options, 'orphan_institutional');
    return;
  }
  carer(draft, 'guardian', both, rng.chance(0.7));
  decideKids(draft, options, 'orphan_scattered');
  economicOverlay(draft, 'orphan', options);
}

/** Found as a baby, raised in the welfare home, registered in its collective household. */
function foundling(draft: Draft, options: ProfileOptions): void {
  const { rng } = draft.run;
  for (const kid of draft.kids) {
    kid.relations = [];
    kid.parentsUnknown = true;
    // The welfare home names its foundlings after the city.
    kid.name = personName(rng, kid.sex, '乐');
    kid.institutionSince = earliest(addDays(kid.birthDate, rng.int(3, 90)), addDays(draft.run.asOf, -20));
    kid.createdOn = earliest(
      latest(kid.createdOn, addDays(kid.institutionSince, rng.int(1, 20))),
      addDays(draft.run.asOf, -1),
    );
    if (rng.chance(0.7)) {
      kid.healthStatus = 'disabled';
      kid.disabilityType = rng.pick(['智力残疾', '肢体残疾', '多重残疾', '听力残疾']);
      kid.disabilityGrade = rng.int(1, 3);
    }
  }
  decideKids(draft, options, 'orphan_institutional');
  // Some counties also record a disabled child in the home as 困境 (自身残疾); others leave it to the orphan allowance.
  if (draft.run.rng.chance(0.5)) {
    for (const kid of draft.kids.filter((k) => k.healthStatus === 'disabled')) {
      if (options.decided)
        decide(kid, 'difficulty_disability', {
          rng,
          asOf: draft.run.asOf,
          rulesAt: draft.run.rulesAt,
          numbers: draft.run.numbers,
          withDocument: false,
        });
    }
  }
}

function ended(draft: Draft, options: ProfileOptions): void {
  const { rng, asOf } = draft.run;
  const s = draft.situations;
  for (const kid of draft.kids) kid.householdType = 'rural';
  if (rng.chance(0.6)) {
    // Both parents went away; the mother came home to look after the children.
    const first = afterBirth(draft, 6, addMonths(asOf, -30));
    workingAway(s, draft.father, first, place(draft));
    const second = rng.date(first, addMonths(first, 12));
    const back = rng.date(addMonths(second, 8), earliest(addMonths(second, 48), addMonths(asOf, -2)));
    workingAway(s, draft.mother, second, place(draft), latest(back, addDays(second, 1)));
    const carerPerson = carer(draft, 'entrusted_carer', second, true);
    for (const kid of draft.kids) {
      const relation = kid.relations.find((r) => r.person === carerPerson);
      if (relation)
        Object.assign(relation, { endDate: latest(back, relation.startDate), endReason: '母亲返乡照料，委托照护终止' });
    }
    const end = {
      factsUntil: back,
      date: addDays(back, rng.int(10, 40)),
      reason: '母亲返乡照料子女，不再符合农村留守儿童条件',
    };
    decideKids(draft, options, 'left_behind', (kid) => {
      const age = leftBehindAgeEnd(kid, draft.rules);
      return age.factsUntil < end.factsUntil ? age : { ...end, date: earliest(end.date, asOf) };
    });
    return;
  }
  // Father released at the end of his term; the category ended with it.
  const months = rng.pick([36, 48, 60]);
  const since = afterBirth(draft, 1, addMonths(asOf, -months - 2));
  const released = earliest(addMonths(since, months), addMonths(asOf, -1));
  detained(s, draft.father, 'imprisoned', since, months, released);
  lostContact(s, draft.mother, afterBirth(draft, 1, addMonths(since, 6)));
  carer(draft, 'guardian', since, true);
  const end = {
    factsUntil: released,
    date: earliest(addDays(released, rng.int(10, 40)), asOf),
    reason: '父亲刑满释放，恢复抚养能力',
  };
  decideKids(draft, options, 'de_facto_unsupported', () => end);
}

function monitored(draft: Draft): void {
  const { rng } = draft.run;
  const x = rng.float();
  if (x < 0.3) workingAway(draft.situations, draft.father, afterBirth(draft, 3), place(draft));
  else if (x < 0.38) dead(draft.situations, draft.father, afterBirth(draft, 6));
  if (rng.chance(0.04)) {
    const kid = draft.kids[0];
    if (kid) Object.assign(kid, { healthStatus: 'ill', illness: rng.pick(['哮喘', '癫痫', '1 型糖尿病']) });
  }
}

/** 主动发现: the facts of a category, recorded by the village, that no office has decided on yet. */
function potential(draft: Draft): void {
  const { rng } = draft.run;
  const rural = draft.kids.some((k) => k.householdType === 'rural') && !draft.village.urban;
  const target = rng.weighted({
    de_facto: 0.3,
    left_behind: rural ? 0.3 : 0,
    economic: 0.2,
    disability: 0.1,
    orphan: 0.1,
  });
  // Facts that qualify today: never a term that has already run out.
  const deFactoVariant = rng.pick<DeFactoVariant>([
    'prison_lost',
    'dead_lost',
    'dead_disabled',
    'ill_lost',
    'dead_prison',
  ]);
  applyProfile(draft, target, {
    decided: false,
    economic: false,
    orphan: target === 'orphan' ? 'scattered' : undefined,
    deFacto: deFactoVariant,
  });
}

export function applyProfile(draft: Draft, profile: Profile, options: ProfileOptions = { decided: true }): void {
  switch (profile) {
    case 'left_behind':
      return leftBehind(draft, options);
    case 'economic':
      return economic(draft, options);
    case 'disability':
      return disability(draft, options);
    case 'guardianship':
      return guardianship(draft, options);
    case 'de_facto':
      return deFacto(draft, options);
    case 'orphan':
      return orphan(draft, options);
    case 'ended':
      return ended(draft, options);
    case 'potential':
      return potential(draft);
    case 'monitored':
      return monitored(draft);
  }
}

/** The file is opened before the first decision on it. */
export function settleCreation(draft: Draft): void {
  const { rng } = draft.run;
  for (const kid of draft.kids) {
    const first = kid.categories.reduce((a, c) => (c.decidedOn < a ? c.decidedOn : a), kid.createdOn);
    if (first < kid.createdOn) kid.createdOn = latest(addDays(first, -rng.int(7, 40)), kid.birthDate);
  }
}
