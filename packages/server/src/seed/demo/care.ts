// Left-behind children's care, the way a county's record looks while the plan's campaign is under way: most
// children have a care record naming their entrusted carer, most agreements signed (the demo village behind,
// so its director has work), parents in touch every few days for the last eight weeks with some gone quiet for
// more than a week, and a few children whose living arrangement the law forbids.
import { CARER_EXCLUSION_CODES, addInterval, ageOn } from '@hehu/domain';
import { and, eq, gt, inArray, isNull, lte, or } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { bulkInsert } from '../../db/bulk.ts';
import type { Queryable } from '../../db/connection.ts';
import { childCategories, childRelations, children, leftBehindCare, parentContacts, persons } from '../../db/schema.ts';
import { Rng } from './random.ts';
import type { Account } from './write.ts';

export interface CareSeedContext {
  db: Queryable;
  accounts: ReadonlyMap<string, Account>;
  asOf: string;
  seed: number;
  /** demo_village's village: its director keeps the records there. */
  village: string;
}

export interface CareSeedSummary {
  records: number;
  signed: number;
  contacts: number;
}

const CHANNELS = { phone: 55, video: 38, home_visit: 3, other: 4 } as const;
const PARENTS = { both: 40, mother: 35, father: 25 } as const;
const NOTES = ['', '', '询问学习情况', '叮嘱注意安全', '视频辅导作业', '了解身体状况', '商量春节回家'];
const EVIDENCE = '村委会走访核实：照护人身体健康，无不良记录';

const back = (date: string, n: number) => addInterval(date, { unit: 'day', count: -n });

interface LeftBehindChild {
  id: string;
  divisionCode: string;
  birthDate: string;
  since: string;
}

async function leftBehindChildren(db: Queryable, asOf: string): Promise<LeftBehindChild[]> {
  const rows = await db
    .select({
      id: children.id,
      divisionCode: children.divisionCode,
      birthDate: children.birthDate,
      since: childCategories.startDate,
    })
    .from(children)
    .innerJoin(childCategories, eq(childCategories.childId, children.id))
    .where(
      and(
        eq(children.status, 'active'),
        eq(childCategories.category, 'left_behind'),
        lte(childCategories.startDate, asOf),
        or(isNull(childCategories.endDate), gt(childCategories.endDate, asOf)),
      ),
    )
    // Random UUIDs would give a different order, so different draws, on every seed: order by what the seed made.
    .orderBy(children.divisionCode, children.birthDate, children.name, children.idNumberMasked);
  return rows;
}

/** Each child's current adult entrusted carer (else guardian), the one the care record names. */
async function carers(db: Queryable, childIds: string[], asOf: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (let i = 0; i < childIds.length; i += 1000) {
    const rows = await db
      .select({
        childId: childRelations.childId,
        relationId: childRelations.id,
        kind: childRelations.kind,
        birthDate: persons.birthDate,
      })
      .from(childRelations)
      .innerJoin(persons, eq(persons.id, childRelations.personId))
      .where(
        and(
          inArray(childRelations.childId, childIds.slice(i, i + 1000)),
          inArray(childRelations.kind, ['entrusted_carer', 'guardian']),
          or(isNull(childRelations.endDate), gt(childRelations.endDate, asOf)),
        ),
      )
      .orderBy(childRelations.childId, childRelations.kind, childRelations.id);
    for (const r of rows) {
      if (r.birthDate && ageOn(r.birthDate, asOf) < 18) continue;
      if (!found.has(r.childId) || r.kind === 'entrusted_carer') found.set(r.childId, r.relationId);
    }
  }
  return found;
}

export async function writeCare(ctx: CareSeedContext): Promise<CareSeedSummary> {
  const rng = new Rng(ctx.seed ^ 0xca4e);
  const kids = await leftBehindChildren(ctx.db, ctx.asOf);
  const carerOf = await carers(
    ctx.db,
    kids.map((k) => k.id),
    ctx.asOf,
  );
  const director = ctx.accounts.get('demo_village');
  const careRows: (typeof leftBehindCare.$inferInsert)[] = [];
  const contactRows: (typeof parentContacts.$inferInsert)[] = [];
  // The examples every demo role should meet: the law's forbidden living arrangements once each (in the demo
  // village when it has a child of the right age, else elsewhere in its township), and in the demo village an
  // unsigned agreement and a parent gone quiet, so its director's tasks show them.
  const township = ctx.village.slice(0, 9);
  const ageOf = (k: LeftBehindChild) => ageOn(k.birthDate, ctx.asOf);
  const example = (fits: (age: number) => boolean, not?: string) =>
    (
      kids.find((k) => k.divisionCode === ctx.village && k.id !== not && fits(ageOf(k))) ??
      kids.find((k) => k.divisionCode.startsWith(township) && k.id !== not && fits(ageOf(k)))
    )?.id;
  const unattendedId = example((age) => age < 8);
  const aloneId = example((age) => age >= 10 && age < 16, unattendedId);
  const ownKids = kids.filter((k) => k.divisionCode === ctx.village);
  const unsignedId = ownKids[0]?.id;
  const quietId = ownKids[ownKids.length - 1]?.id;

  // Rows go in every few thousand children, so a million-child seed keeps its memory flat.
  const written = { records: 0, signed: 0, contacts: 0 };
  const flush = async () => {
    if (careRows.length > 0) await bulkInsert(ctx.db, leftBehindCare, careRows);
    if (contactRows.length > 0) await bulkInsert(ctx.db, parentContacts, contactRows);
    written.records += careRows.length;
    written.signed += careRows.filter((r) => r.agreementSignedOn).length;
    written.contacts += contactRows.length;
    careRows.length = 0;
    contactRows.length = 0;
  };

  for (const kid of kids) {
    if (contactRows.length >= 20_000) await flush();
    const own = kid.divisionCode === ctx.village;
    const age = ageOn(kid.birthDate, ctx.asOf);
    const recorder = own && director ? { id: director.id, name: director.displayName } : null;
    const carer = carerOf.get(kid.id) ?? null;

    const forced = kid.id === unattendedId || kid.id === aloneId || kid.id === unsignedId;
    if (rng.chance(own ? 0.85 : 0.9) || forced) {
      let living: (typeof leftBehindCare.$inferInsert)['livingArrangement'] =
        age >= 12 && rng.chance(0.2) ? 'boarding_school' : 'with_carer';
      if (kid.id === unattendedId) living = 'unattended';
      else if (kid.id === aloneId) living = 'alone';
      const signed = kid.id !== unsignedId && rng.chance(own ? 0.7 : 0.86);
      const signedOn = signed ? back(ctx.asOf, rng.int(10, 600)) : null;
      const checkedOn = signedOn ?? back(ctx.asOf, rng.int(10, 200));
      careRows.push({
        childId: kid.id,
        livingArrangement: living,
        carerRelationId: carer,
        carerFullCapacity: carer ? true : null,
        carerExclusions: Object.fromEntries(CARER_EXCLUSION_CODES.map((c) => [c, false])),
        carerEvidence: carer ? EVIDENCE : '',
        carerCheckedOn: carer ? checkedOn : null,
        agreementSignedOn: signedOn,
        schoolNotifiedOn: signedOn && age >= 6 ? addInterval(signedOn, { unit: 'day', count: rng.int(1, 10) }) : null,
        villageNotifiedOn: signedOn,
        version: 1,
        updatedBy: recorder?.id ?? null,
        updatedAt: new Date(`${checkedOn}T11:00:00+08:00`),
      });
    }

    // Eight weeks of contact every few days; some parents gone quiet for longer than the week the law asks.
    const quiet = kid.id === quietId || rng.chance(own ? 0.2 : 0.12) ? rng.int(8, 30) : rng.int(0, 6);
    let day = back(ctx.asOf, quiet);
    const from = back(ctx.asOf, 56) > kid.since ? back(ctx.asOf, 56) : kid.since;
    while (day >= from) {
      contactRows.push({
        id: randomUUID(),
        childId: kid.id,
        contactDate: day,
        channel: rng.weighted(CHANNELS),
        parent: rng.weighted(PARENTS),
        note: rng.pick(NOTES),
        recordedBy: recorder?.id ?? null,
        recordedName: recorder?.name ?? '村儿童主任',
        createdAt: new Date(`${day}T20:00:00+08:00`),
      });
      day = back(day, rng.int(2, 7));
    }
  }
  await flush();
  return written;
}
