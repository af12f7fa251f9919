// The facts the entitlement engine and the supervision checks need, read for a whole county at once (a roll)
// or for a few children (a ledger, a re-check): dated allowance categories, birth, death or termination, full-time
// schooling past the paid age, the current payee account and whether its holder is still the guardian or the institution.
import {
  ALLOWANCE_CATEGORIES,
  firstDayOf,
  isAllowanceCategory,
  shiftMonth,
  type BeneficiaryFacts,
  type HeldCategory,
  type Month,
  type SupervisedChild,
} from '@hehu/domain';
import { sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/connection.ts';
import { queryRows } from '../../db/raw.ts';

export interface Beneficiary {
  facts: BeneficiaryFacts;
  name: string;
  divisionCode: string;
  idHash: string;
  idNumberMasked: string | null;
  account: {
    id: string;
    kind: 'guardian' | 'institution';
    holderName: string;
    holderIsGuardian: boolean;
    holderIsInstitution: boolean;
  } | null;
}

interface FactRow extends Record<string, unknown> {
  id: string;
  name: string;
  birth_date: string;
  division_code: string;
  status: string;
  termination_reason: string | null;
  termination_month: string | null;
  termination_date: string | null;
  id_number_index: string | null;
  id_number_masked: string | null;
  categories: {
    category: string;
    startDate: string;
    endDate: string | null;
    endReason: string | null;
    recordedOn: string;
  }[];
  schooling: { from: string; until: string }[];
  account_id: string | null;
  holder_kind: 'guardian' | 'institution' | null;
  holder_name: string | null;
  holder_is_guardian: boolean | null;
  holder_is_institution: boolean | null;
}

const TERMINATION_WORDS: Record<string, string> = {
  adult: '年满十八周岁',
  adopted: '被依法收养',
  moved_out: '户籍迁出',
  parent_regained: '父母恢复监护能力',
  other: '终止保障',
};

/** The event day: stored since migration 0022; before it, the last day of the month before the one it took effect. */
function eventDay(row: FactRow): string | null {
  if (row.termination_date) return row.termination_date;
  if (!row.termination_month) return null;
  const month = shiftMonth(row.termination_month, -1);
  const next = new Date(`${firstDayOf(row.termination_month)}T00:00:00Z`);
  next.setUTCDate(0);
  return `${month}-${String(next.getUTCDate()).padStart(2, '0')}`;
}

function toBeneficiary(row: FactRow, countyCode: string): Beneficiary {
  const ended = row.status === 'terminated' ? eventDay(row) : null;
  const categories: HeldCategory[] = row.categories
    .filter((c) => isAllowanceCategory(c.category))
    .map((c) => ({
      category: c.category as HeldCategory['category'],
      startDate: c.startDate,
      endDate: c.endDate,
      endReason: c.endReason,
      recordedOn: c.recordedOn,
    }));
  return {
    facts: {
      childId: row.id,
      birthDate: row.birth_date,
      countyCode,
      categories,
      diedOn: row.termination_reason === 'death' ? ended : null,
      terminatedOn: row.termination_reason !== 'death' ? ended : null,
      terminationReason: row.termination_reason ? (TERMINATION_WORDS[row.termination_reason] ?? null) : null,
      schooling: row.schooling,
    },
    name: row.name,
    divisionCode: row.division_code,
    idHash: row.id_number_index ?? `no-id:${row.id}`,
    idNumberMasked: row.id_number_masked,
    account:
      row.account_id && row.holder_kind
        ? {
            id: row.account_id,
            kind: row.holder_kind,
            holderName: row.holder_name ?? '',
            holderIsGuardian: row.holder_is_guardian === true,
            holderIsInstitution: row.holder_is_institution === true,
          }
        : null,
  };
}

const CATEGORY_LIST = sql.join(
  ALLOWANCE_CATEGORIES.map((c) => sql`${c}`),
  sql`, `,
);

async function readFacts(db: Queryable, which: SQL, today: string): Promise<FactRow[]> {
  return queryRows<FactRow>(
    db,
    sql`select c.id, c.name, c.birth_date::text as birth_date, c.division_code, c.status, c.termination_reason,
        c.termination_month, c.termination_date::text as termination_date, c.id_number_index, c.id_number_masked,
        coalesce((select json_agg(json_build_object('category', cc.category, 'startDate', cc.start_date::text,
            'endDate', cc.end_date::text, 'endReason', cc.end_reason, 'recordedOn', (cc.created_at)::date::text))
          from child_categories cc where cc.child_id = c.id and cc.category in (${CATEGORY_LIST})), '[]') as categories,
        coalesce((select json_agg(json_build_object('from', s.from_date::text, 'until', s.until_date::text))
          from child_schooling s where s.child_id = c.id and s.withdrawn_at is null), '[]') as schooling,
        a.id as account_id, a.holder_kind, a.holder_name,
        (a.holder_kind = 'guardian' and exists (select 1 from child_relations r where r.id = a.holder_relation_id
          and r.child_id = c.id and r.kind = 'guardian' and (r.end_date is null or r.end_date >= ${today}::date)))
          as holder_is_guardian,
        (a.holder_kind = 'institution' and a.institution_id = c.institution_id) as holder_is_institution
      from children c
      -- One index lookup per child (at most one current account: allowance_payee_accounts_current_idx; the limit
      -- keeps the lookup from being flattened into a join). With the reach filters the planner expects few
      -- children and otherwise compared every child with every account, quadratic in a county.
      left join lateral (select a.* from allowance_payee_accounts a where a.child_id = c.id and a.ended_at is null
        limit 1) a on true
      where ${which}
      order by c.division_code, c.id`,
  );
}

/**
 * Every child of the county who may have a line in `month`'s roll: a category running in the look-back window,
 * or a line in one of the county's rolls in that window (a recovery after the category ended).
 */
export async function countyBeneficiaries(
  db: Queryable,
  countyCode: string,
  month: Month,
  lookbackMonths: number,
  today: string,
): Promise<Beneficiary[]> {
  const from = firstDayOf(shiftMonth(month, -lookbackMonths));
  const to = firstDayOf(month);
  const rows = await readFacts(
    db,
    sql`c.division_code >= ${countyCode} and c.division_code < ${`${countyCode}~`} and (
      exists (select 1 from child_categories cc where cc.child_id = c.id and cc.category in (${CATEGORY_LIST})
        and cc.start_date <= (${to}::date + interval '1 month') and (cc.end_date is null or cc.end_date >= ${from}::date))
      or exists (select 1 from allowance_lines l join allowance_rolls r on r.id = l.roll_id
        where l.child_id = c.id and r.county_code = ${countyCode} and l.for_month >= ${from}::date))`,
    today,
  );
  return rows.map((r) => toBeneficiary(r, countyCode));
}

/** The facts of some children (a roll's, a ledger's), with the county each is paid in. */
export async function beneficiariesById(
  db: Queryable,
  childIds: readonly string[],
  today: string,
): Promise<Beneficiary[]> {
  if (childIds.length === 0) return [];
  const rows = await readFacts(db, sql`c.id = any(${`{${childIds.join(',')}}`}::uuid[])`, today);
  return rows.map((r) => toBeneficiary(r, r.division_code.slice(0, 6)));
}

export function supervisedChild(b: Beneficiary): SupervisedChild {
  return {
    facts: b.facts,
    idHash: b.idHash,
    payee: b.account
      ? {
          kind: b.account.kind,
          holderIsGuardian: b.account.holderIsGuardian,
          holderIsInstitution: b.account.holderIsInstitution,
        }
      : null,
  };
}
