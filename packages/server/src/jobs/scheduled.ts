// The scheduled jobs, each run through the job runner so that a period runs once whatever the number of servers,
// and a failure is tried again later: the nightly work of each day, and the re-verification round of each round
// month (opened on the first check of the month, under the months in force on its first day).
import { firstDayOf, monthOf, roundAtOrBefore, roundDueDate } from '@hehu/domain';
import type { Database } from '../db/connection.ts';
import { openRound, reverificationOn } from '../modules/applications/index.ts';
import { writeAudit } from '../platform/audit.ts';
import { runNightly } from './nightly.ts';
import { runOnce, type JobOutcome } from './runner.ts';

const SYSTEM = { actorId: null, actorUsername: 'system', ip: null, requestId: null };

export interface RoundOpened {
  round: string;
  opened: number;
}

/** Opens this month's round when this month is a round month; `{ ran: false }` otherwise or when it is done. */
export async function openDueRound(database: Database, today: string): Promise<JobOutcome<RoundOpened>> {
  const month = monthOf(today);
  const settings = await reverificationOn(database.db, firstDayOf(month));
  if (roundAtOrBefore(month, settings.months) !== month) return { ran: false };
  return runOnce(database, 'reverification-round', month, () =>
    database.transaction(async (tx) => {
      const opened = await openRound(tx, month, roundDueDate(month));
      await writeAudit(tx, SYSTEM, {
        action: 'reverification.round.open',
        targetType: 'settings',
        details: { round: month, opened, months: [...settings.months], version: settings.version },
      });
      return { round: month, opened };
    }),
  );
}

/** Every job due on `today`, one after another (on PGlite they share one connection). */
export async function runScheduled(database: Database, city: string, today: string) {
  const nightly = await runOnce(database, 'nightly', today, () => runNightly(database, city, today));
  const round = await openDueRound(database, today);
  return { nightly, round };
}
