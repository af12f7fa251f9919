// Work that runs once a day, as the owner, outside any request: 主动发现 evaluated for the whole city, and a
// duplicate scan of each county (a new pair found overnight is on the township's list in the morning).
import { SERVICE_TIME_ZONE } from '@hehu/domain';
import { and, eq, like, sql } from 'drizzle-orm';
import type { Database } from '../db/connection.ts';
import { auditLog, divisions } from '../db/schema.ts';
import { refreshAllPotential } from '../modules/categories/index.ts';
import { scanDuplicates } from '../modules/lifecycle/index.ts';
import type { Scope } from '../platform/access.ts';
import { writeAudit } from '../platform/audit.ts';

export interface NightlyResult {
  evaluatedChildren: number;
  duplicatePairsFound: number;
}

const SYSTEM = { actorId: null, actorUsername: 'system', ip: null, requestId: null };

export async function runNightly(database: Database, city: string, today: string): Promise<NightlyResult> {
  const evaluatedChildren = await refreshAllPotential(database.db, today);
  const counties = await database.db
    .select({ code: divisions.code })
    .from(divisions)
    .where(and(eq(divisions.level, 'county'), like(divisions.code, `${city}%`)));
  const cityScope: Scope = { permission: 'children:write', prefixes: [city], institutionIds: [] };
  // A restart the same day does not scan again: each county's scan leaves its audit row, found pairs or not.
  const scannedToday = new Set(
    (
      await database.db
        .select({ details: auditLog.details })
        .from(auditLog)
        .where(
          and(
            eq(auditLog.action, 'duplicate.scan'),
            eq(auditLog.actorUsername, SYSTEM.actorUsername),
            sql`(${auditLog.at} at time zone ${SERVICE_TIME_ZONE})::date = ${today}::date`,
          ),
        )
    ).map((r) => (r.details as { division?: string } | null)?.division),
  );
  let duplicatePairsFound = 0;
  // One county per transaction: each holds the (PGlite: only) connection briefly, and requests run between them.
  for (const { code } of counties.filter((c) => !scannedToday.has(c.code))) {
    duplicatePairsFound += await database.transaction(async (tx) => {
      const found = await scanDuplicates(tx, cityScope, code);
      await writeAudit(tx, SYSTEM, {
        action: 'duplicate.scan',
        targetType: 'duplicate',
        details: { division: code, found, scheduled: true },
      });
      return found;
    });
  }
  return { evaluatedChildren, duplicatePairsFound };
}
