// What is pending and late, by area and in lists: the state read from the application's stored columns (written in
// the same transaction as each action, so equal to replaying its actions), a late step found by the day it opened
// (one cutoff per step and route, computed on the working-day calendar), and the board one level down.
import {
  WAITING_STEP,
  addInterval,
  stepLimit,
  type ApplicationState,
  type ApplicationStatus,
  type ApplicationStep,
  CalendarYearMissing,
} from '@hehu/domain';
import { inArray } from 'drizzle-orm';
import type { Queryable } from '../../db/connection.ts';
import { divisions } from '../../db/schema.ts';
import type { Scope } from '../../platform/access.ts';
import { waitingOf, type Clock } from './applications.service.ts';
import { boardGroups, type ApplicationRow, type OverdueCutoff } from './applications.store.ts';

/** The state as stored with the application: its status, version and the day its open step began. */
export function storedState(app: Pick<ApplicationRow, 'status' | 'version' | 'stepSince'>): ApplicationState {
  const status = app.status as ApplicationStatus;
  const step = WAITING_STEP[status];
  return {
    status,
    version: app.version,
    waiting: step === undefined || app.stepSince === null ? null : { step, since: app.stepSince },
  };
}

/** The statuses that wait on a step, with the step. */
const WAITING = Object.entries(WAITING_STEP) as [ApplicationStatus, ApplicationStep][];

/**
 * For each waiting status and route, the latest day a step could have opened and be late today (its deadline, that
 * many working days on, already past). A limit whose span reaches a year without a calendar gives no cutoff: such a
 * step shows "calendar missing", never a guessed lateness.
 */
export function overdueCutoffs(c: Clock): OverdueCutoff[] {
  const out: OverdueCutoff[] = [];
  for (const [status, step] of WAITING)
    for (const crossProvince of [false, true]) {
      const limit = stepLimit(c.limits, crossProvince, step);
      try {
        // Working days are at most a little over a calendar day each: a year back is far more than any limit.
        let day = addInterval(c.today, { unit: 'day', count: -1 });
        for (let i = 0; i < 366 && c.calendar.deadline(day, limit) >= c.today; i += 1)
          day = addInterval(day, { unit: 'day', count: -1 });
        if (c.calendar.deadline(day, limit) < c.today) out.push({ status, crossProvince, openedOnOrBefore: day });
      } catch (e) {
        if (!(e instanceof CalendarYearMissing)) throw e;
      }
    }
  return out;
}

export interface BoardArea {
  code: string;
  name: string;
  draft: number;
  returned: number;
  waiting: Record<ApplicationStep, number>;
  overdue: number;
  /** The day the longest-waiting open step began. */
  oldestSince: string | null;
}

/** Each area one level below `division` with its open applications by step and its late ones, most late first. */
export async function areaBoard(db: Queryable, scope: Scope, division: string, c: Clock): Promise<BoardArea[]> {
  const groups = await boardGroups(db, scope, division);
  const areas = new Map<string, BoardArea>();
  for (const g of groups) {
    const area = areas.get(g.code) ?? {
      code: g.code,
      name: g.code,
      draft: 0,
      returned: 0,
      waiting: { forward: 0, verify: 0, approve: 0 },
      overdue: 0,
      oldestSince: null,
    };
    areas.set(g.code, area);
    if (g.status === 'draft') area.draft += g.n;
    if (g.status === 'returned') area.returned += g.n;
    const state = storedState({ status: g.status, version: 0, stepSince: g.stepSince });
    if (state.waiting === null) continue;
    area.waiting[state.waiting.step] += g.n;
    if (area.oldestSince === null || state.waiting.since < area.oldestSince) area.oldestSince = state.waiting.since;
    if (waitingOf(g, state, c)?.overdue) area.overdue += g.n;
  }
  const codes = [...areas.keys()];
  if (codes.length > 0) {
    const names = await db
      .select({ code: divisions.code, name: divisions.name })
      .from(divisions)
      .where(inArray(divisions.code, codes));
    for (const n of names) {
      const area = areas.get(n.code);
      if (area) area.name = n.name;
    }
  }
  return [...areas.values()].sort((a, b) => b.overdue - a.overdue || a.code.localeCompare(b.code));
}
