// Allowances (RULES §3) the way a county's record looks after two years on the platform: the city's standards
// with this year's mid-year raise (issued in June, effective from January), a payee account for every child of
// the three paid categories, and each county's monthly rolls for the last 24 months — generated, approved by a
// second person, locked and returned by the bank with a few failed lines, which come back as retries in the next
// month. In the demo county the current month's roll is a draft that shows what the approver meets: a recovery
// after a death recorded late, a retry, a child without an account and an account whose holder is no longer the
// guardian (a blocking finding). The notices' numbers (文号) are invented, like everything else in the demo.
import { createHash, randomUUID } from 'node:crypto';
import { monthOf, monthRange, shiftMonth, type Month } from '@hehu/domain';
import { and, asc, eq, gt, inArray, isNull, or, sql } from 'drizzle-orm';
import { bulkInsert } from '../../db/bulk.ts';
import type { Queryable } from '../../db/connection.ts';
import { queryRows } from '../../db/raw.ts';
import {
  allowanceFindings,
  allowancePayments,
  allowanceRolls,
  allowanceStandards,
  bankReturnImports,
  childCategories,
  childHistory,
  childRelations,
  children,
  divisions,
  payeeAccounts,
  persons,
} from '../../db/schema.ts';
import { countyBeneficiaries } from '../../modules/allowances/facts.ts';
import { writeRoll } from '../../modules/allowances/rolls.generate.ts';
import { townshipNames } from '../../modules/allowances/rolls.service.ts';
import { allowanceRules, toStandard, type StandardRow } from '../../modules/allowances/standards.store.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import { personName } from './people.ts';
import { addDays, addYears, hashText, officeTime, Rng } from './random.ts';
import type { Account } from './write.ts';

export interface AllowanceSeedContext {
  db: Queryable;
  cipher: FieldCipher;
  /** Demo accounts and colleagues by username. */
  accounts: ReadonlyMap<string, Account>;
  asOf: string;
  seed: number;
  demoCounty: string;
  /** When the run started: nothing is dated after it. */
  startedAt: number;
  /** False for a large run: standards and accounts only (see seedDemoChildren). */
  withRolls: boolean;
}

export interface AllowanceSeedSummary {
  standards: number;
  payeeAccounts: number;
  rolls: number;
  payments: number;
  failedPayments: number;
  draftFindings: number;
}

const ROLL_MONTHS = 24;
/**
 * The other counties' rolls go back half a year: each roll costs a dozen statements whatever its size, and two
 * years for all eleven counties doubled the seed of the demo (and of every test run) for history nobody opens.
 */
const OTHER_COUNTY_MONTHS = 6;
/** The two counties the demo accounts work in: two years of rolls. */
const FULL_HISTORY = ['511123'];
/** About this share (per mille) of bank lines fail each month. */
const FAILURE_PER_MILLE = 12;
const FAILURE_REASONS = ['户名与账号不符', '账户冻结'] as const;
const CLOSED_ACCOUNT = '账户已销户';

const BANKS = [
  { prefix: '6228', name: '中国农业银行乐山分行' },
  { prefix: '6217', name: '乐山市商业银行' },
  { prefix: '6230', name: '四川农信' },
] as const;

function lastDayOf(month: Month): string {
  return addDays(`${shiftMonth(month, 1)}-01`, -1);
}

/** The raise's year: this year once June's roll is behind us, else last year (the story needs June's roll). */
export function raiseYear(asOf: string): number {
  const month = monthOf(asOf);
  const year = Number(month.slice(0, 4));
  return month > `${year}-06` ? year : year - 1;
}

interface SeedStandard {
  category: 'orphan_institutional' | 'orphan_scattered' | 'de_facto_unsupported';
  effectiveMonth: Month;
  amountFen: number | null;
  followsCategory: string | null;
  notice: string;
  issuedOn: string;
}

/** The city's standards: 2016, 2020 and the raise from January of `raiseYear`, issued in its June. */
export function demoStandards(asOf: string): SeedStandard[] {
  const year = raiseYear(asOf);
  const raise = `乐民发〔${year}〕47号`;
  return [
    {
      category: 'orphan_institutional',
      effectiveMonth: '2016-01',
      amountFen: 124_600,
      followsCategory: null,
      notice: '乐民发〔2015〕236号',
      issuedOn: '2015-12-18',
    },
    {
      category: 'orphan_scattered',
      effectiveMonth: '2016-01',
      amountFen: 74_800,
      followsCategory: null,
      notice: '乐民发〔2015〕236号',
      issuedOn: '2015-12-18',
    },
    {
      category: 'orphan_institutional',
      effectiveMonth: '2020-01',
      amountFen: 140_000,
      followsCategory: null,
      notice: '乐民发〔2019〕158号',
      issuedOn: '2019-12-20',
    },
    {
      category: 'orphan_scattered',
      effectiveMonth: '2020-01',
      amountFen: 90_000,
      followsCategory: null,
      notice: '乐民发〔2019〕158号',
      issuedOn: '2019-12-20',
    },
    {
      category: 'de_facto_unsupported',
      effectiveMonth: '2020-01',
      amountFen: null,
      followsCategory: 'orphan_scattered',
      notice: '乐民发〔2019〕158号',
      issuedOn: '2019-12-20',
    },
    {
      category: 'orphan_institutional',
      effectiveMonth: `${year}-01`,
      amountFen: 150_000,
      followsCategory: null,
      notice: raise,
      issuedOn: `${year}-06-10`,
    },
    {
      category: 'orphan_scattered',
      effectiveMonth: `${year}-01`,
      amountFen: 100_000,
      followsCategory: null,
      notice: raise,
      issuedOn: `${year}-06-10`,
    },
  ];
}

interface Holder extends Record<string, unknown> {
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
const keyOf = (h: Pick<Holder, 'division_code' | 'birth_date' | 'name'>) =>
  `${h.division_code}|${h.birth_date}|${h.name}`;

function accountNumber(seed: number, text: string): { number: string; bank: string } {
  const rng = new Rng((hashText(text) ^ seed) >>> 0);
  const bank = rng.pick(BANKS);
  let digits: string = bank.prefix;
  while (digits.length < 19) digits += String(rng.int(0, 9));
  return { number: digits, bank: bank.name };
}

const masked = (n: string) => `${n.slice(0, 4)}****${n.slice(-4)}`;

async function holders(db: Queryable): Promise<Holder[]> {
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
interface Planted {
  /** Died in the month before last; recorded after last month's roll paid them: a recovery. */
  died: Holder;
  /** A new guardian since last month, the account still the old one's: PAYEE_NOT_HOLDER. */
  newGuardian: Holder;
  /** The bank closed the account last month: a retry with no account to send it to (NO_ACCOUNT). */
  closed: Holder;
}

function choosePlanted(list: readonly Holder[], demoCounty: string, current: Month): Planted | null {
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
  const [died, newGuardian, closed] = [...fit.filter((h) => h.scattered), ...fit.filter((h) => !h.scattered)];
  return died && newGuardian && closed ? { died, newGuardian, closed } : null;
}

export async function writeAllowances(ctx: AllowanceSeedContext): Promise<AllowanceSeedSummary> {
  const { db, cipher, asOf, seed } = ctx;
  const current = monthOf(asOf);
  const summary: AllowanceSeedSummary = {
    standards: 0,
    payeeAccounts: 0,
    rolls: 0,
    payments: 0,
    failedPayments: 0,
    draftFindings: 0,
  };
  const city = ctx.accounts.get('demo_city')?.id ?? null;
  const standardRows: StandardRow[] = await db
    .insert(allowanceStandards)
    .values(
      demoStandards(asOf).map((s) => ({
        category: s.category,
        countyCode: null,
        effectiveMonth: `${s.effectiveMonth}-01`,
        amountFen: s.amountFen,
        followsCategory: s.followsCategory,
        notice: s.notice,
        createdBy: s.issuedOn.startsWith(String(raiseYear(asOf))) ? city : null,
        createdAt: officeTime(s.issuedOn, 10, 0),
      })),
    )
    .returning();
  summary.standards = standardRows.length;

  // Payee accounts: the institution's for 集中养育, the current guardian's otherwise.
  const list = await holders(db);
  const planted = choosePlanted(list, ctx.demoCounty, current);
  const accountRows: (typeof payeeAccounts.$inferInsert)[] = [];
  const accountOf = new Map<string, string>();
  for (const h of list) {
    const institution = h.institutional && h.institution_id !== null;
    if (!institution && h.relation_id === null) continue;
    const id = randomUUID();
    const { number, bank } = accountNumber(seed, institution ? (h.institution_name ?? 'institution') : keyOf(h));
    const from = h.running_since ?? '2016-01-01';
    accountRows.push({
      id,
      childId: h.id,
      holderKind: institution ? 'institution' : 'guardian',
      holderRelationId: institution ? null : h.relation_id,
      institutionId: institution ? h.institution_id : null,
      holderName: institution ? (h.institution_name ?? '') : (h.guardian_name ?? ''),
      bankName: institution ? '乐山市商业银行' : bank,
      accountEnc: cipher.encrypt(number),
      accountIndex: cipher.blindIndex(number),
      accountMasked: masked(number),
      createdBy: null,
      createdAt: officeTime(addDays(from, -7) < asOf ? addDays(from, -7) : asOf, 11, 0),
    });
    accountOf.set(h.id, id);
  }
  await bulkInsert(db, payeeAccounts, accountRows, 2000);
  summary.payeeAccounts = accountRows.length;
  if (!ctx.withRolls) return summary;

  const rules = await allowanceRules(db);
  const keyById = new Map(list.map((h) => [h.id, keyOf(h)]));
  const spared = new Set(planted ? [planted.died.id, planted.newGuardian.id] : []);
  const counties = await db
    .select({ code: divisions.code })
    .from(divisions)
    .where(eq(divisions.level, 'county'))
    .orderBy(asc(divisions.code));
  const officers = (county: string) =>
    county === ctx.demoCounty
      ? { generatedBy: ctx.accounts.get('demo_county')?.id ?? null, approvedBy: ctx.accounts.get('demo_approver')?.id }
      : county === '511123'
        ? { generatedBy: ctx.accounts.get('zhou.min')?.id ?? null, approvedBy: city ?? undefined }
        : { generatedBy: null, approvedBy: city ?? undefined };
  const months = monthRange(shiftMonth(current, -ROLL_MONTHS), shiftMonth(current, -1));
  const lastMonth = shiftMonth(current, -1);

  // All the locked rolls in one transaction: every roll as the generator writes it (a savepoint each would
  // only add statements to a seed that is one transaction already).
  await db.transaction(async (tx) => {
    for (const { code: county } of counties) {
      const names = await townshipNames(tx, county);
      const { generatedBy, approvedBy } = officers(county);
      if (!approvedBy) throw new Error('the demo accounts are seeded before the allowances');
      // The facts of everyone any of the 24 rolls may pay, read once (a child owed nothing in a month gets no line
      // in its roll, so the wider list gives the same rolls as the generator's own month by month).
      const beneficiaries = await countyBeneficiaries(tx, county, lastMonth, rules.lookbackMonths + ROLL_MONTHS, asOf);
      if (beneficiaries.length === 0) continue;
      const history = county === ctx.demoCounty || FULL_HISTORY.includes(county) ? ROLL_MONTHS : OTHER_COUNTY_MONTHS;
      for (const month of months.slice(-history)) {
        const generatedAt = officeTime(`${month}-12`, 10, 0);
        // What the county saw that day: a standard issued later (the June raise) was not yet known.
        const standards = standardRows
          .filter((r) => r.createdAt.getTime() <= generatedAt.getTime())
          .map(toStandard)
          .filter((s) => s !== null);
        const roll = await writeRoll(tx, {
          countyCode: county,
          month,
          generatedBy,
          beneficiaries,
          standards,
          rules,
          townshipNames: names,
        });
        const sent = await tx
          .select({ id: allowancePayments.id, childId: allowancePayments.childId, fen: allowancePayments.amountFen })
          .from(allowancePayments)
          .where(and(eq(allowancePayments.rollId, roll.rollId), eq(allowancePayments.status, 'pending')));
        const failed = new Map<string, string>();
        for (const p of sent) {
          const key = keyById.get(p.childId);
          if (!key || spared.has(p.childId)) continue;
          const h = hashText(`${key}|${month}`);
          if (h % 1000 < FAILURE_PER_MILLE) failed.set(p.id, FAILURE_REASONS[h % FAILURE_REASONS.length] ?? '账户冻结');
        }
        if (planted && county === ctx.demoCounty && month === lastMonth) {
          const closed = sent.find((p) => p.childId === planted.closed.id);
          if (closed) failed.set(closed.id, CLOSED_ACCOUNT);
          // At least one ordinary failure, so the draft shows a retry that will be paid.
          if (failed.size < 2) {
            const other = sent
              .filter((p) => !spared.has(p.childId) && p.childId !== planted.closed.id)
              .sort((a, b) => (keyById.get(a.childId) ?? '').localeCompare(keyById.get(b.childId) ?? ''))[0];
            if (other) failed.set(other.id, FAILURE_REASONS[0]);
          }
        }
        const returnedAt = officeTime(`${month}-20`, 15, 30);
        // The bank's return in one statement: the failed lines with their reasons, every other line paid.
        await tx.execute(
          sql`update allowance_payments p
            set status = case when f.reason is null then 'paid' else 'failed' end, failure_reason = f.reason,
              returned_at = ${returnedAt.toISOString()}::timestamptz
            from (select q.id, r.value as reason from allowance_payments q
              left join jsonb_each_text(${JSON.stringify(Object.fromEntries(failed))}::jsonb) r on r.key = q.id::text
              where q.roll_id = ${roll.rollId} and q.status = 'pending') f
            where p.id = f.id`,
        );
        const fenOf = new Map(sent.map((p) => [p.id, p.fen]));
        const failedFen = [...failed.keys()].reduce((s, id) => s + (fenOf.get(id) ?? 0), 0);
        const sentFen = sent.reduce((s, p) => s + p.fen, 0);
        const reasons: Record<string, number> = {};
        for (const r of failed.values()) reasons[r] = (reasons[r] ?? 0) + 1;
        const returnSummary = {
          lines: sent.length,
          paid: { count: sent.length - failed.size, fen: sentFen - failedFen },
          failed: { count: failed.size, fen: failedFen, reasons },
          problems: [],
        };
        await tx.insert(bankReturnImports).values({
          rollId: roll.rollId,
          fileName: `回盘_${county}_${month.replace('-', '')}.xlsx`,
          sha256: createHash('sha256')
            .update(JSON.stringify({ county, month, ...returnSummary }))
            .digest('hex'),
          summary: returnSummary,
          uploadedBy: generatedBy,
          uploadedAt: returnedAt,
        });
        await tx
          .update(allowanceRolls)
          .set({
            status: 'locked',
            generatedAt,
            approvedBy,
            approvedAt: officeTime(`${month}-14`, 15, 0),
            exportedAt: officeTime(`${month}-15`, 9, 30),
            lockedBy: generatedBy,
            lockedAt: officeTime(`${month}-15`, 10, 0),
          })
          .where(eq(allowanceRolls.id, roll.rollId));
        // Approved, so every warning carried the approver's written note.
        if (roll.findings.some((f) => f.check === 'NO_ACCOUNT'))
          await tx
            .update(allowanceFindings)
            .set({
              note: '已核实：暂无收款账户，待补录后补发',
              notedBy: approvedBy,
              notedAt: officeTime(`${month}-14`, 14, 0),
            })
            .where(and(eq(allowanceFindings.rollId, roll.rollId), eq(allowanceFindings.checkCode, 'NO_ACCOUNT')));
        summary.rolls += 1;
        summary.payments += roll.totals.children;
        summary.failedPayments += failed.size;
      }
    }
  });

  if (!planted) return summary;
  await plantEvents(ctx, planted, accountOf);
  const generatedBy = ctx.accounts.get('demo_county')?.id ?? null;
  const draft = await db.transaction(async (tx) =>
    writeRoll(tx, {
      countyCode: ctx.demoCounty,
      month: current,
      generatedBy,
      beneficiaries: await countyBeneficiaries(tx, ctx.demoCounty, current, rules.lookbackMonths, asOf),
      standards: standardRows.map(toStandard).filter((s) => s !== null),
      rules,
      townshipNames: await townshipNames(tx, ctx.demoCounty),
    }),
  );
  summary.rolls += 1;
  summary.payments += draft.totals.children;
  summary.draftFindings = draft.findings.length;
  return summary;
}

/** What happened since last month's roll, recorded in the demo county before this month's draft. */
async function plantEvents(ctx: AllowanceSeedContext, planted: Planted, accountOf: Map<string, string>) {
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
  await bulkInsert(db, childHistory, history);
}
