// The township's villages at a glance: one grouped query over the villages in scope and their children, so a
// township of thirty villages costs one round trip, not thirty.
import { CATEGORY_CODES, type CategoryCode } from '@hehu/domain';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../db/connection.ts';
import { queryRows } from '../../db/raw.ts';
import { children, divisions } from '../../db/schema.ts';
import { divisionPrefix, scopeCondition, type Scope } from '../../platform/access.ts';

/** Why a file counts as behind; each is a count of active children in the village. */
export const BEHIND_REASONS = ['noFamily', 'noGuardian', 'unreviewed', 'duplicate', 'transferring'] as const;
export type BehindReason = (typeof BEHIND_REASONS)[number];

export interface VillageRow {
  code: string;
  name: string;
  townshipName: string;
  children: number;
  categories: Record<CategoryCode, number>;
  /** Work waiting in the village: 主动发现 children, children in open duplicate pairs, transfers to accept. */
  openTasks: number;
  incomingTransfers: number;
  /** Active children whose file has at least one gap below. */
  behind: number;
  reasons: Record<BehindReason, number>;
}

const other = alias(children, 'other');
const township = alias(divisions, 'township');

/**
 * One row per village within the scope (and under `division` when given), villages without children included,
 * the villages with most files behind first. `userId` leaves the caller's own transfer requests out of the
 * transfers to accept, as the transfers list does.
 */
export async function villageOverview(
  db: Queryable,
  scope: Scope,
  division: string | undefined,
  userId: string,
): Promise<VillageRow[]> {
  const within = (column: typeof children.divisionCode | typeof divisions.code): SQL =>
    and(scopeCondition(scope, column), division ? divisionPrefix(column, division) : undefined) ?? sql`false`;
  const current = (table: string) => sql.raw(`(${table}.end_date is null or ${table}.end_date > current_date)`);
  // Each category as its own count column: the names are from the code list, never from input.
  const categoryColumns = CATEGORY_CODES.map(
    (code, i) => sql`count(k.id) filter (where ${code} = any(k.cats))::int as ${sql.raw(`cat_${i}`)}`,
  );
  const reasonColumns = BEHIND_REASONS.map(
    (reason) => sql`count(k.id) filter (where k.${sql.raw(snake(reason))})::int as ${sql.raw(snake(reason))}`,
  );
  const rows = await queryRows<Record<string, string | number | null>>(
    db,
    sql`with villages as (
          select ${divisions.code} as code, ${divisions.name} as name, ${township.name} as township_name
          from ${divisions} left join divisions "township" on ${township.code} = ${divisions.parentCode}
          where ${divisions.level} = 'village' and ${within(divisions.code)}
        ),
        kids as (
          select ${children.id} as id, ${children.divisionCode} as division_code,
            coalesce((select array_agg(cc.category) from child_categories cc
              where cc.child_id = ${children.id} and ${current('cc')}), '{}') as cats,
            -- A child the welfare home raises has the home as guardian: no family to record is no gap.
            (${children.institutionId} is null
              and not exists (select 1 from child_relations r where r.child_id = ${children.id})) as no_family,
            (${children.institutionId} is null
              and exists (select 1 from child_relations r where r.child_id = ${children.id})
              and not exists (select 1 from child_relations r where r.child_id = ${children.id}
                and r.kind in ('guardian', 'father', 'mother') and ${current('r')})) as no_guardian,
            exists (select 1 from potential_categories p where p.child_id = ${children.id}) as unreviewed,
            exists (select 1 from duplicate_suspects d
              join children "other" on ${other.id} = case when d.child_a = ${children.id} then d.child_b else d.child_a end
              where (d.child_a = ${children.id} or d.child_b = ${children.id}) and d.status = 'open'
                and ${other.status} <> 'archived'
                and ${scopeCondition(scope, other.divisionCode, other.institutionId)}) as duplicate,
            exists (select 1 from child_transfers t where t.child_id = ${children.id}
              and t.status = 'pending') as transferring
          from ${children}
          where ${eq(children.status, 'active')} and ${within(children.divisionCode)}
        )
        select v.code, v.name, v.township_name, count(k.id)::int as children,
          ${sql.join(categoryColumns, sql`, `)},
          ${sql.join(reasonColumns, sql`, `)},
          count(k.id) filter (where k.no_family or k.no_guardian or k.unreviewed or k.duplicate
            or k.transferring)::int as behind,
          (select count(*) from child_transfers t where t.to_division = v.code and t.status = 'pending'
            and t.requested_by is distinct from ${userId}::uuid)::int as incoming
        from villages v left join kids k on k.division_code = v.code
        group by v.code, v.name, v.township_name
        order by behind desc, v.code`,
  );
  return rows
    .map((r) => {
      const reasons = Object.fromEntries(BEHIND_REASONS.map((x) => [x, Number(r[snake(x)])])) as Record<
        BehindReason,
        number
      >;
      const incomingTransfers = Number(r.incoming);
      return {
        code: String(r.code),
        name: String(r.name),
        townshipName: r.township_name === null ? '' : String(r.township_name),
        children: Number(r.children),
        categories: Object.fromEntries(CATEGORY_CODES.map((code, i) => [code, Number(r[`cat_${i}`])])) as Record<
          CategoryCode,
          number
        >,
        openTasks: reasons.unreviewed + reasons.duplicate + incomingTransfers,
        incomingTransfers,
        behind: Number(r.behind),
        reasons,
      };
    })
    .sort((a, b) => b.behind - a.behind || b.openTasks - a.openTasks || a.code.localeCompare(b.code));
}

function snake(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
