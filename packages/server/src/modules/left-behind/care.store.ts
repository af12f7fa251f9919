// Left-behind children in a scope, counted in SQL: the children holding 留守 today, their signed agreements, and
// those whose parents have not been in touch for more than a week or who live in a way Art. 21 forbids.
import { PARENT_CONTACT_RULES, addInterval } from '@hehu/domain';
import { sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/connection.ts';
import { queryRows } from '../../db/raw.ts';
import { children } from '../../db/schema.ts';
import { divisionPrefixSql, scopeCondition, scopeOnDivisionCopySql, type Scope } from '../../platform/access.ts';

/**
 * Active children in scope holding 留守 today, with when it began (the parents' leaving). Where the scope is a set
 * of divisions, it starts from the 留守 categories in force read by their copy of the child's division (the
 * covering index of migration 0041), as visit plans do; a scope through an institution looks up each child.
 */
function leftBehindQuery(scope: Scope, today: string, division?: string): SQL {
  const inForce = sql`cc.category = 'left_behind' and cc.start_date <= ${today}::date
    and (cc.end_date is null or cc.end_date > ${today}::date)`;
  const onCopy = scopeOnDivisionCopySql(scope, sql`cc.division_code`, division);
  const held = onCopy
    ? sql`(select cc.child_id, min(cc.start_date) as since from child_categories cc
        where ${inForce} and ${onCopy} group by cc.child_id) cat
      join children on children.id = cat.child_id`
    : sql`children cross join lateral (
        select min(cc.start_date) as since from child_categories cc where cc.child_id = children.id and ${inForce}
      ) cat`;
  return sql`with lb as (
      select children.id, children.name, children.sex, children.birth_date, children.division_code,
        children.id_number_masked, children.schooling_stage, children.school_name, children.boarding,
        cat.since,
        (select max(pc.contact_date) from parent_contacts pc where pc.child_id = children.id) as last_contact,
        care.agreement_signed_on, care.living_arrangement, care.carer_relation_id
      from ${held}
      left join left_behind_care care on care.child_id = children.id
      where children.status = 'active' and cat.since is not null
        and ${scopeCondition(scope, children.divisionCode, children.institutionId)}
        ${division ? sql`and ${divisionPrefixSql(sql`children.division_code`, division)}` : sql``}
    )`;
}

export interface SigningRow extends Record<string, unknown> {
  code: string;
  name: string | null;
  left_behind: number;
  signed: number;
}

/** Signed agreements per division one level below `division`. */
export async function signingByArea(db: Queryable, scope: Scope, today: string, division: string) {
  const childLength = division.length === 4 ? 6 : division.length === 6 ? 9 : 12;
  return queryRows<SigningRow>(
    db,
    sql`${leftBehindQuery(scope, today, division)}
      select g.code, d.name, g.left_behind, g.signed from (
        select left(lb.division_code, ${childLength}) as code, count(*)::int as left_behind,
          count(lb.agreement_signed_on)::int as signed
        from lb group by 1
      ) g left join divisions d on d.code = g.code
      order by (g.signed::float / g.left_behind), g.code`,
  );
}

export interface AlertCounts {
  leftBehind: number;
  contactOverdue: number;
  /** Under 8 unattended or alone, or under 16 alone (Art. 21). */
  unsafeLiving: number;
  unsigned: number;
}

export async function alertCounts(db: Queryable, scope: Scope, today: string): Promise<AlertCounts> {
  const lastOnTime = addInterval(today, { unit: 'day', count: -PARENT_CONTACT_RULES.maxDaysBetweenContacts });
  const eight = addInterval(today, { unit: 'month', count: -8 * 12 });
  const sixteen = addInterval(today, { unit: 'month', count: -16 * 12 });
  const [row] = await queryRows<{ n: number; overdue: number; unsafe: number; unsigned: number }>(
    db,
    sql`${leftBehindQuery(scope, today)}
      select count(*)::int as n,
        count(*) filter (where greatest(lb.last_contact, lb.since) < ${lastOnTime}::date)::int as overdue,
        count(*) filter (where (lb.living_arrangement in ('alone', 'unattended') and lb.birth_date > ${eight}::date)
          or (lb.living_arrangement = 'alone' and lb.birth_date > ${sixteen}::date))::int as unsafe,
        count(*) filter (where lb.agreement_signed_on is null)::int as unsigned
      from lb`,
  );
  return {
    leftBehind: row?.n ?? 0,
    contactOverdue: row?.overdue ?? 0,
    unsafeLiving: row?.unsafe ?? 0,
    unsigned: row?.unsigned ?? 0,
  };
}

export type CareAlertFilter = 'contact' | 'living' | 'unsigned';

export interface CareListRow extends Record<string, unknown> {
  id: string;
  name: string;
  birth_date: string;
  division_code: string;
  division_name: string | null;
  since: string;
  last_contact: string | null;
  agreement_signed_on: string | null;
  living_arrangement: string | null;
  contact_overdue: boolean;
  unsafe_living: boolean;
}

/** Left-behind children in scope for the care page, those with an alert first; `alert` keeps one kind only. */
export async function careList(
  db: Queryable,
  scope: Scope,
  today: string,
  filter: { division?: string; alert?: CareAlertFilter },
  limit: number,
): Promise<CareListRow[]> {
  const lastOnTime = addInterval(today, { unit: 'day', count: -PARENT_CONTACT_RULES.maxDaysBetweenContacts });
  const eight = addInterval(today, { unit: 'month', count: -8 * 12 });
  const sixteen = addInterval(today, { unit: 'month', count: -16 * 12 });
  const where =
    filter.alert === 'contact'
      ? sql`where x.contact_overdue`
      : filter.alert === 'living'
        ? sql`where x.unsafe_living`
        : filter.alert === 'unsigned'
          ? sql`where x.agreement_signed_on is null`
          : sql``;
  return queryRows<CareListRow>(
    db,
    sql`${leftBehindQuery(scope, today, filter.division)}
      select * from (
        select lb.id, lb.name, lb.birth_date::text as birth_date, lb.division_code, d.name as division_name,
          lb.since::text as since, lb.last_contact::text as last_contact,
          lb.agreement_signed_on::text as agreement_signed_on, lb.living_arrangement,
          greatest(lb.last_contact, lb.since) < ${lastOnTime}::date as contact_overdue,
          coalesce((lb.living_arrangement in ('alone', 'unattended') and lb.birth_date > ${eight}::date)
            or (lb.living_arrangement = 'alone' and lb.birth_date > ${sixteen}::date), false) as unsafe_living
        from lb left join divisions d on d.code = lb.division_code
      ) x
      ${where}
      order by x.unsafe_living desc, x.contact_overdue desc, (x.agreement_signed_on is null) desc,
        x.division_code, x.name, x.id
      limit ${limit}`,
  );
}

export interface RegistrationRow extends Record<string, unknown> {
  id: string;
  name: string;
  sex: string;
  birth_date: string;
  id_number_masked: string | null;
  division_name: string | null;
  schooling_stage: string | null;
  school_name: string | null;
  boarding: boolean | null;
  since: string;
  agreement_signed_on: string | null;
  last_contact: string | null;
  living_arrangement: string | null;
  risk_level: string | null;
  father_name: string | null;
  father_work: string | null;
  mother_name: string | null;
  mother_work: string | null;
  carer_name: string | null;
  carer_relation: string | null;
}

/** One row per left-behind child for the 2016 national registration form (FORMATS §1). */
export async function registrationRows(
  db: Queryable,
  scope: Scope,
  today: string,
  division: string | undefined,
  limit: number,
): Promise<RegistrationRow[]> {
  const parent = (kind: 'father' | 'mother', column: 'name' | 'work_place') =>
    sql.raw(`(select p.${column} from child_relations r join persons p on p.id = r.person_id
      where r.child_id = lb.id and r.kind = '${kind}' and r.end_date is null limit 1)`);
  return queryRows<RegistrationRow>(
    db,
    sql`${leftBehindQuery(scope, today, division)}
      select lb.id, lb.name, lb.sex, lb.birth_date::text as birth_date, lb.id_number_masked,
        d.name as division_name, lb.schooling_stage, lb.school_name, lb.boarding, lb.since::text as since,
        lb.agreement_signed_on::text as agreement_signed_on, lb.last_contact::text as last_contact,
        lb.living_arrangement,
        (select vs.risk_level from visit_standing vs where vs.child_id = lb.id) as risk_level,
        ${parent('father', 'name')} as father_name, ${parent('father', 'work_place')} as father_work,
        ${parent('mother', 'name')} as mother_name, ${parent('mother', 'work_place')} as mother_work,
        cp.name as carer_name, cr.relation_label as carer_relation
      from lb
      left join divisions d on d.code = lb.division_code
      left join child_relations cr on cr.id = lb.carer_relation_id
      left join persons cp on cp.id = cr.person_id
      order by lb.division_code, lb.name, lb.id
      limit ${limit}`,
  );
}
