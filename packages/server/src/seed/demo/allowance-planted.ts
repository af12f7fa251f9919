// The children of the demo county's draft roll whose stories the approver meets, and what happened to them since
// last month's roll: a death recorded late (a recovery), a new guardian with the former one's account and a welfare
// home child still holding 散居 with no guardian recorded (both PAYEE_NOT_HOLDER), and an account the bank closed
// (a retry with nowhere to go: NO_ACCOUNT). Chosen by name and birth, so every seed picks the same children.
import { randomUUID } from 'node:crypto';
import { monthOf, shiftMonth, type Month } from '@hehu/domain';
import { and, eq, gt, inArray, isNull, like, or, sql } from 'drizzle-orm';
import { bulkInsert } from '../../db/bulk.ts';
import type { Queryable } from '../../db/connection.ts';
import { queryRows } from '../../db/raw.ts';
import {
  childCategories,
  childHistory,
  childRelations,
  children,
  institutions,
  payeeAccounts,
  persons,
} from '../../db/schema.ts';
import type { AllowanceSeedContext } from './allowances.ts';
import { personName } from './people.ts';
import { addDays, addYears, hashText, officeTime, Rng } from './random.ts';

export const CLOSED_ACCOUNT = '账户已销户';

const BANKS = [
  { prefix: '6228', name: '中国农业银行乐山分行' },
  { prefix: '6217', name: '乐山市商业银行' },
  { prefix: '6230', name: '四川农信' },
] as const;

function lastDayOf(month: Month): string {
  return addDays(`${shiftMonth(month, 1)}-01`, -1);
}

export interface Holder extends Record<string, unknown> {
  id: string;
  name: string;
  birth_date: string;
  division_code: string;
  status: string;
  institution_id: string | null;
  institution_name: string | null;
  institutional: boolean;
  /** A guardian category running now, held since this day. */
  running_since: string | null;
  /** Holds 散居 now (no parent whose release a task waits for, unlike the featured 事实无人抚养 families). */
  scattered: boolean;
  relation_id: string | null;
  relation_open: boolean | null;
  guardian_name: string | null;
}

/** The order-free name of a child: its place, birth and name (ids are random, this is not). */
export const keyOf = (h: Pick<Holder, 'division_code' | 'birth_date' | 'name'>) =>
  `${h.division_code}|${h.birth_date}|${h.name}`;

export function accountNumber(seed: number, text: string): { number: string; bank: string } {
  const rng = new Rng((hashText(text) ^ seed) >>> 0);
  const bank = rng.pick(BANKS);
  let digits: string = bank.prefix;
  while (digits.length < 19) digits += String(rng.int(0, 9));
  return { number: digits, bank: bank.name };
}

export const masked = (n: string) => `${n.slice(0, 4)}****${n.slice(-4)}`;

export async function holders(db: Queryable): Promise<Holder[]> {
  const rows = await queryRows<Holder>(
    db,
    sql`select c.id, c.name, c.birth_date::text as birth_date, c.division_code, c.status, c.institution_id,
        i.name as institution_name,
        bool_or(cc.category = 'orphan_institutional') as institutional,
        min(cc.start_date) filter (where cc.category <> 'orphan_institutional' and cc.end_date is null)::text
          as running_since,
        bool_or(cc.category = 'orphan_scattered' and cc.end_date is null) as scattered,
        g.id as relation_id, g.end_date is null as relation_open, p.name as guardian_name
      from children c
      join child_categories cc on cc.child_id = c.id
        and cc.category in ('orphan_institutional', 'orphan_scattered', 'de_facto_unsupported')
      left join institutions i on i.id = c.institution_id
      left join lateral (select r.id, r.person_id, r.end_date from child_relations r
        where r.child_id = c.id and r.kind = 'guardian'
        order by (r.end_date is null) desc, r.start_date desc limit 1) g on true
      left join persons p on p.id = g.person_id
      group by c.id, i.name, g.id, g.end_date, p.name`,
  );
  return rows.sort((a, b) => keyOf(a).localeCompare(keyOf(b)));
}

/** The children the demo county's draft needs, chosen by name and birth so every seed picks the same ones. */
export interface Planted {
  /** Died in the month before last; recorded after last month's roll paid them: a recovery. */
  died: Holder;
  /** A new guardian since last month, the account still the old one's: PAYEE_NOT_HOLDER. */
  newGuardian: Holder;
  /** The bank closed the account last month: a retry with no account to send it to (NO_ACCOUNT). */
  closed: Holder;
  /**
   * Placed in the county's welfare home last month when the guardian died, still holding 散居 with no guardian
   * recorded, the home's account registered for it: 散居 paid to an institution (PAYEE_NOT_HOLDER).
   */
  inHome: Holder;
}

export function choosePlanted(
  list: readonly Holder[],
  demoCounty: string,
  featuredVillage: string,
  current: Month,
): Planted | null {
  const since = `${shiftMonth(current, -3)}-01`;
  const fit = list.filter(
    (h) =>
      h.division_code.startsWith(demoCounty) &&
      h.status === 'active' &&
      !h.institutional &&
      h.relation_id !== null &&
      h.relation_open === true &&
      h.running_since !== null &&
      h.running_since <= since &&
      monthOf(addYears(h.birth_date, 18)) > shiftMonth(current, 1),
  );
  // 散居 orphans first: the featured 事实无人抚养 children carry other stories (a parent's release) the demo needs.
  const ordered = [...fit.filter((h) => h.scattered), ...fit.filter((h) => !h.scattered)];
  // The one who dies is not from the demo village, whose director's children carry the visit stories.
  const died = ordered.find((h) => h.division_code !== featuredVillage);
  const [newGuardian, closed, ...others] = ordered.filter((h) => h !== died);
  const inHome = others.find((h) => h.division_code !== featuredVillage);
  return died && newGuardian && closed && inHome ? { died, newGuardian, closed, inHome } : null;
}

/** What happened since last month's roll, recorded in the demo county before this month's draft. */
export async function plantEvents(ctx: AllowanceSeedContext, planted: Planted, accountOf: Map<string, string>) {
  const { db, asOf } = ctx;
  const current = monthOf(asOf);
  const county = ctx.accounts.get('demo_county');
  const actor = { actorId: county?.id ?? null, actorName: county?.displayName ?? '市中区民政局' };
  const recordedAt = new Date(Math.min(ctx.startedAt - 2 * 3_600_000, officeTime(asOf, 9, 30).getTime()));
  const history: (typeof childHistory.$inferInsert)[] = [];

  // A death in the month before last, reported only now: last month's allowance is recovered.
  const before = shiftMonth(current, -2);
  const diedOn = `${before}-${String(8 + (hashText(keyOf(planted.died)) % 15)).padStart(2, '0')}`;
  const endDate = lastDayOf(before);
  const endReason = '儿童死亡，终止保障';
  const running = await db
    .select({ id: childCategories.id, category: childCategories.category, endDate: childCategories.endDate })
    .from(childCategories)
    .where(
      and(
        eq(childCategories.childId, planted.died.id),
        or(isNull(childCategories.endDate), gt(childCategories.endDate, endDate)),
      ),
    );
  if (running.length > 0)
    await db
      .update(childCategories)
      .set({ endDate, endReason })
      .where(
        inArray(
          childCategories.id,
          running.map((c) => c.id),
        ),
      );
  await db
    .update(children)
    .set({
      status: 'terminated',
      terminationReason: 'death',
      terminationMonth: shiftMonth(before, 1),
      terminationDate: diedOn,
      version: sql`${children.version} + 1`,
      updatedAt: recordedAt,
    })
    .where(eq(children.id, planted.died.id));
  history.push({
    childId: planted.died.id,
    at: recordedAt,
    ...actor,
    action: 'lifecycle.terminate',
    changes: [
      { field: 'status', from: 'active', to: 'terminated' },
      { field: 'terminationReason', from: null, to: 'death' },
      { field: 'terminationMonth', from: null, to: shiftMonth(before, 1) },
      { field: 'eventDate', from: null, to: diedOn },
      { field: 'note', from: null, to: '村委会补报：上月名册发放时尚未获知' },
      ...running.map((c) => ({ field: `category.${c.category}.endDate`, from: c.endDate, to: endDate })),
    ],
  });

  // A new guardian since last month; the account is still the former guardian's.
  const child = planted.newGuardian;
  const changedOn = `${shiftMonth(current, -1)}-18`;
  const family = child.name.slice(0, 1);
  const rng = new Rng((hashText(keyOf(child)) ^ ctx.seed) >>> 0);
  const guardianName = personName(rng, 'F', family);
  await db
    .update(childRelations)
    .set({ endDate: addDays(changedOn, -1), endReason: '原监护人外出务工，经村委会协商变更监护人' })
    .where(eq(childRelations.id, child.relation_id ?? ''));
  const personId = randomUUID();
  await db.insert(persons).values({
    id: personId,
    name: guardianName,
    sex: 'F',
    birthDate: `${1968 + rng.int(0, 12)}-0${rng.int(1, 9)}-1${rng.int(0, 9)}`,
    createdBy: county?.id ?? null,
    createdAt: recordedAt,
    updatedAt: recordedAt,
  });
  await db.insert(childRelations).values({
    childId: child.id,
    personId,
    kind: 'guardian',
    relationLabel: '姑妈',
    startDate: changedOn,
    createdAt: recordedAt,
  });
  history.push(
    {
      childId: child.id,
      at: recordedAt,
      ...actor,
      action: 'family.relation_end',
      changes: [
        { field: 'relation.kind', from: 'guardian', to: 'guardian' },
        { field: 'person.name', from: child.guardian_name, to: child.guardian_name },
        { field: 'relation.endDate', from: null, to: addDays(changedOn, -1) },
        { field: 'relation.endReason', from: null, to: '原监护人外出务工，经村委会协商变更监护人' },
      ],
    },
    {
      childId: child.id,
      at: new Date(recordedAt.getTime() + 60_000),
      ...actor,
      action: 'family.relation_add',
      changes: [
        { field: 'relation.kind', from: null, to: 'guardian' },
        { field: 'relation.relationLabel', from: null, to: '姑妈' },
        { field: 'relation.startDate', from: null, to: changedOn },
        { field: 'person.name', from: null, to: guardianName },
      ],
    },
  );

  // The bank closed this account last month: ended, no new one yet.
  const closedAccount = accountOf.get(planted.closed.id);
  if (closedAccount)
    await db
      .update(payeeAccounts)
      .set({ endedAt: officeTime(`${shiftMonth(current, -1)}-21`, 10, 0), endedReason: `银行退回：${CLOSED_ACCOUNT}` })
      .where(eq(payeeAccounts.id, closedAccount));
  await placeInHome(ctx, planted.inHome, accountOf, recordedAt, actor, history);
  await bulkInsert(db, childHistory, history);
}

/** The welfare-home child of `Planted.inHome`: the guardian's relation ended, placed, the home's account in use. */
async function placeInHome(
  ctx: AllowanceSeedContext,
  child: Holder,
  accountOf: Map<string, string>,
  recordedAt: Date,
  actor: { actorId: string | null; actorName: string },
  history: (typeof childHistory.$inferInsert)[],
) {
  const { db } = ctx;
  const [home] = await db
    .select({ id: institutions.id, name: institutions.name })
    .from(institutions)
    .where(and(eq(institutions.kind, 'welfare_home'), like(institutions.divisionCode, `${ctx.demoCounty}%`)))
    .orderBy(institutions.name)
    .limit(1);
  if (!home) return;
  const placedOn = `${shiftMonth(monthOf(ctx.asOf), -1)}-09`;
  const endReason = '监护人死亡，儿童由福利院临时收留';
  await db
    .update(childRelations)
    .set({ endDate: addDays(placedOn, -1), endReason })
    .where(eq(childRelations.id, child.relation_id ?? ''));
  await db
    .update(children)
    .set({
      institutionId: home.id,
      institutionSince: placedOn,
      version: sql`${children.version} + 1`,
      updatedAt: recordedAt,
    })
    .where(eq(children.id, child.id));
  const former = accountOf.get(child.id);
  if (former)
    await db
      .update(payeeAccounts)
      .set({ endedAt: recordedAt, endedReason: '监护人死亡，改由福利院收款' })
      .where(eq(payeeAccounts.id, former));
  const { number } = accountNumber(ctx.seed, home.name);
  await db.insert(payeeAccounts).values({
    childId: child.id,
    holderKind: 'institution',
    institutionId: home.id,
    holderName: home.name,
    bankName: '乐山市商业银行',
    accountEnc: ctx.cipher.encrypt(number),
    accountIndex: ctx.cipher.blindIndex(number),
    accountMasked: masked(number),
    createdAt: new Date(recordedAt.getTime() + 120_000),
  });
  history.push(
    {
      childId: child.id,
      at: recordedAt,
      ...actor,
      action: 'family.relation_end',
      changes: [
        { field: 'relation.kind', from: 'guardian', to: 'guardian' },
        { field: 'person.name', from: child.guardian_name, to: child.guardian_name },
        { field: 'relation.endDate', from: null, to: addDays(placedOn, -1) },
        { field: 'relation.endReason', from: null, to: endReason },
      ],
    },
    {
      childId: child.id,
      at: new Date(recordedAt.getTime() + 60_000),
      ...actor,
      action: 'child.update',
      changes: [
        { field: 'institutionId', from: null, to: home.id },
        { field: 'institutionSince', from: null, to: placedOn },
      ],
    },
  );
}
