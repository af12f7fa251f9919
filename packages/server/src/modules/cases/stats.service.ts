// Case statistics for the city and counties: intakes by channel, tier and county, the share answered within the
// deadline, open cases by stage, reporters' satisfaction. Counts only — no child in them.
import {
  CASE_CHANNELS,
  CASE_STAGES,
  CASE_TIERS,
  serviceDate,
  type CaseChannel,
  type CaseStage,
  type CaseTier,
} from '@hehu/domain';
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Queryable } from '../../db/connection.ts';
import { queryRows } from '../../db/raw.ts';
import { divisionPrefix, type Scope } from '../../platform/access.ts';
import { cases } from '../../db/schema.ts';
import type { statsView } from './cases.schemas.ts';

type Stats = z.infer<typeof statsView>;

function inScope(scope: Scope) {
  const parts = scope.prefixes.map((p) => divisionPrefix(cases.countyCode, p));
  return parts.length ? sql`(${sql.join(parts, sql` or `)})` : sql`false`;
}

export async function caseStats(
  db: Queryable,
  scope: Scope,
  range: { from?: string | undefined; to?: string | undefined },
): Promise<Stats> {
  const to = range.to ?? serviceDate();
  const from = range.from ?? `${to.slice(0, 4)}-01-01`;
  const within = sql`${inScope(scope)} and (${cases.receivedAt} at time zone 'Asia/Shanghai')::date between ${from}::date and ${to}::date`;
  // Answered in time: the case was accepted (its first 'accept') before its response deadline.
  const rows = await queryRows<{
    channel: string;
    tier: string;
    county: string;
    stage: string;
    n: number;
    in_time: number;
    responded: number;
  }>(
    db,
    sql`select cases.channel, cases.tier, cases.county_code as county, cases.stage, count(*)::int as n,
          count(*) filter (where a.at <= cases.respond_by)::int as in_time,
          count(a.at)::int as responded
        from ${cases}
        left join lateral (select min(x.at) as at from case_actions x where x.case_id = cases.id and x.action = 'accept') a on true
        where ${within}
        group by 1, 2, 3, 4`,
  );
  const counties = await queryRows<{ code: string; name: string }>(
    db,
    sql`select code, name from divisions where level = 'county' and code in (select distinct county_code from ${cases} where ${within}) order by code`,
  );
  const [satisfaction] = await queryRows<{ answers: number; average: number | null }>(
    db,
    sql`select count(i.satisfaction)::int as answers, avg(i.satisfaction)::float8 as average
        from case_intakes i join ${cases} on ${cases.id} = i.case_id where ${within}`,
  );
  const sum = (pick: (r: (typeof rows)[number]) => boolean, field: 'n' | 'in_time' | 'responded' = 'n') =>
    rows.filter(pick).reduce((a, r) => a + r[field], 0);
  return {
    from,
    to,
    byChannel: CASE_CHANNELS.map((channel: CaseChannel) => ({ channel, count: sum((r) => r.channel === channel) })),
    byTier: CASE_TIERS.map((tier: CaseTier) => ({ tier, count: sum((r) => r.tier === tier) })),
    byCounty: counties.map((c) => ({
      code: c.code,
      name: c.name,
      count: sum((r) => r.county === c.code),
      inTime: sum((r) => r.county === c.code, 'in_time'),
    })),
    openByStage: CASE_STAGES.filter((s) => s !== 'closed').map((stage: CaseStage) => ({
      stage,
      count: sum((r) => r.stage === stage),
    })),
    respondedInTime: sum(() => true, 'in_time'),
    responded: sum(() => true, 'responded'),
    satisfaction: { answers: satisfaction?.answers ?? 0, average: satisfaction?.average ?? null },
  };
}
