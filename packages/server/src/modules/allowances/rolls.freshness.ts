// Whether a draft roll's stored findings still hold. Re-running the checks reads every line and every child's
// facts (seconds at 100,000 lines, BENCHMARKS.md), too much for each reading of the page; instead the findings
// keep the snapshot their facts were read in (migration 0035), triggers mark each change to those facts with the
// transaction that made it, and the page asks which marks that snapshot did not see — for the roll's children and
// the city-wide standards and rules. The approval re-runs the checks whatever the page said.
import { sql } from 'drizzle-orm';
import type { Queryable } from '../../db/connection.ts';
import { queryRows } from '../../db/raw.ts';

/** The kinds of fact a change is marked with; `unrecorded`: the findings predate the marks. */
export const FACT_KINDS = [
  'child',
  'category',
  'schooling',
  'account',
  'guardian',
  'standard',
  'rules',
  'unrecorded',
] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export interface FactChange {
  fact: FactKind;
  /** The roll's children it concerns (0 for the city-wide facts). */
  children: number;
  /** The first few of them by name. */
  childNames: string[];
}

/**
 * When a check read its facts: the snapshot (every change it did not see came after), the checking transaction's
 * own id when it has one (a snapshot lists its own transaction as running, yet the check read its changes: the demo
 * seed writes the facts and the draft in one transaction) and the day it checked for.
 */
export interface FactsReadAt {
  snapshot: string;
  xact: string | null;
  day: string;
}

/** Taken before a check reads its facts, in the same transaction. */
export async function factsReadAt(tx: Queryable, day: string): Promise<FactsReadAt> {
  const [row] = await queryRows<{ snapshot: string; xact: string | null }>(
    tx,
    sql`select pg_current_snapshot()::text as snapshot, pg_current_xact_id_if_assigned()::text as xact`,
  );
  if (!row) throw new Error('no snapshot');
  return { snapshot: row.snapshot, xact: row.xact, day };
}

const isFactKind = (value: string): value is FactKind => (FACT_KINDS as readonly string[]).includes(value);

/**
 * What changed since the roll's findings were checked, by kind of fact; empty when they still hold. A
 * guardianship that ended between the day checked for and `today` counts as a change of guardian.
 */
export async function factChangesSince(
  db: Queryable,
  roll: { id: string; findingsSnapshot: string | null; findingsXact: string | null; findingsCheckedOn: string | null },
  today: string,
): Promise<FactChange[]> {
  if (!roll.findingsSnapshot || !roll.findingsCheckedOn) return [{ fact: 'unrecorded', children: 0, childNames: [] }];
  const snapshot = sql`${roll.findingsSnapshot}::pg_snapshot`;
  const inRoll = (child: ReturnType<typeof sql>) =>
    sql`exists (select 1 from allowance_payments p where p.roll_id = ${roll.id} and p.child_id = ${child})`;
  const rows = await queryRows<{ fact: string; children: number; names: string[] | null }>(
    db,
    sql`with changed as (
        select f.fact, f.child_id from allowance_fact_changes f
        where f.xact >= pg_snapshot_xmin(${snapshot}) and not pg_visible_in_snapshot(f.xact, ${snapshot})
          and f.xact is distinct from ${roll.findingsXact}::xid8
          and (f.child_id is null or ${inRoll(sql`f.child_id`)})
        union
        select 'guardian', r.child_id from child_relations r
        where r.kind = 'guardian' and r.end_date >= ${roll.findingsCheckedOn}::date and r.end_date < ${today}::date
          and ${inRoll(sql`r.child_id`)})
      select ch.fact, count(ch.child_id)::int as children,
        (array_agg(c.name order by c.name) filter (where c.name is not null))[1:3] as names
      from changed ch left join children c on c.id = ch.child_id
      group by ch.fact`,
  );
  return rows
    .filter((r): r is typeof r & { fact: FactKind } => isFactKind(r.fact))
    .map((r) => ({ fact: r.fact, children: r.children, childNames: r.names ?? [] }))
    .sort((a, b) => FACT_KINDS.indexOf(a.fact) - FACT_KINDS.indexOf(b.fact));
}
