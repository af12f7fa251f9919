// Re-verification rounds as a county that keeps up with them looks: the round before the latest is recorded in
// full ("仍符合条件"), the latest is mostly recorded, and some items of each township are still open — past their
// due date once the round's month is over, so the township sees them late and the county sees them in its tasks.
import {
  DEFAULT_REVERIFICATION,
  firstDayOf,
  monthOf,
  roundAtOrBefore,
  roundDueDate,
  shiftMonth,
  type Month,
} from '@hehu/domain';
import { and, asc, eq, inArray, like } from 'drizzle-orm';
import type { Queryable } from '../../db/connection.ts';
import { children, divisions, jobRuns, reverifications } from '../../db/schema.ts';
import { openRound } from '../../modules/applications/index.ts';
import type { Activity } from './activity.ts';
import { addDays, daysBetween, officeTime } from './random.ts';
import type { Account } from './write.ts';

export interface ReverificationSeedContext {
  db: Queryable;
  accounts: ReadonlyMap<string, Account>;
  activity: Activity;
  asOf: string;
  /** demo_township's township: its recorder is the demo account. */
  township: string;
}

/** One item in this many of the latest round stays open. */
const OPEN_EVERY = 5;

async function recordRound(ctx: ReverificationSeedContext, round: Month, openEvery: number | null): Promise<number> {
  const items = await ctx.db
    .select({ id: reverifications.id, childId: reverifications.childId, division: children.divisionCode })
    .from(reverifications)
    .innerJoin(children, eq(children.id, reverifications.childId))
    .where(eq(reverifications.round, round))
    .orderBy(asc(children.divisionCode), asc(children.name), asc(reverifications.id));
  const townships = await ctx.db
    .select({ code: divisions.code, name: divisions.name })
    .from(divisions)
    .where(and(eq(divisions.level, 'township'), like(divisions.code, `${ctx.township.slice(0, 4)}%`)));
  const nameOf = new Map(townships.map((t) => [t.code, t.name]));
  const supervisor = ctx.accounts.get('demo_township');
  const first = firstDayOf(round);
  const last = [roundDueDate(round), ctx.asOf].sort()[0] ?? first;
  const span = Math.max(0, daysBetween(first, last));
  const recordedIds = new Map<string, string[]>();
  let recorded = 0;
  items.forEach((item, i) => {
    if (openEvery !== null && i % openEvery === 0) return;
    const day = addDays(first, span === 0 ? 0 : (i * 7) % (span + 1));
    recordedIds.set(day, [...(recordedIds.get(day) ?? []), item.id]);
    recorded += 1;
  });
  for (const [day, ids] of recordedIds) {
    const byTownship = new Map<string, string[]>();
    for (const id of ids) {
      const item = items.find((x) => x.id === id);
      const township = item?.division.slice(0, 9) ?? '';
      byTownship.set(township, [...(byTownship.get(township) ?? []), id]);
    }
    for (const [township, group] of byTownship) {
      const mine = township === ctx.township && supervisor;
      await ctx.db
        .update(reverifications)
        .set({
          outcome: 'eligible',
          note: '入户核实，家庭情况未变化，仍符合条件',
          recordedBy: mine ? supervisor.id : null,
          recordedByName: mine ? supervisor.displayName : `${nameOf.get(township) ?? ''}儿童督导员`,
          recordedAt: officeTime(day, 10, 0),
          version: 2,
        })
        .where(inArray(reverifications.id, group));
      if (mine)
        for (const id of group)
          ctx.activity.add({
            at: officeTime(day, 10, 0),
            actorId: supervisor.id,
            actorUsername: 'demo_township',
            action: 'reverification.record',
            targetType: 'child',
            targetId: items.find((x) => x.id === id)?.childId ?? null,
            details: { reverificationId: id, round, outcome: 'eligible' },
          });
    }
  }
  return recorded;
}

export async function writeReverifications(
  ctx: ReverificationSeedContext,
): Promise<{ round: string | null; items: number; open: number }> {
  const months = DEFAULT_REVERIFICATION.months;
  const latest = roundAtOrBefore(monthOf(ctx.asOf), months);
  if (!latest) return { round: null, items: 0, open: 0 };
  const before = roundAtOrBefore(shiftMonth(latest, -1), months);
  let items = 0;
  if (before) {
    items += await openRound(ctx.db, before, roundDueDate(before));
    await recordRound(ctx, before, null);
  }
  const opened = await openRound(ctx.db, latest, roundDueDate(latest));
  const recorded = await recordRound(ctx, latest, OPEN_EVERY);
  // The runs as the job runner records them, so the server started on this data does not open them again.
  for (const round of [before, latest].filter((r): r is Month => r !== null))
    await ctx.db
      .insert(jobRuns)
      .values({
        job: 'reverification-round',
        runKey: round,
        status: 'done',
        startedAt: officeTime(firstDayOf(round), 0, 5),
        finishedAt: officeTime(firstDayOf(round), 0, 6),
        result: { round, scheduled: true },
      })
      .onConflictDoNothing();
  return { round: latest, items: items + opened, open: opened - recorded };
}
