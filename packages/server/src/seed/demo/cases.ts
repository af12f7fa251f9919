// Minor-protection cases (RULES §6) the way a county's year looks on the platform: about sixty cases in the demo
// county and fifteen in the other, from every channel, tier and stage (most closed), linked to registry children
// where the child is known, with the 12345 platform's API client, the outcome notices sent back to it, and the
// case library's anonymised write-ups. The situations are in cases-stories.ts, the choice of cases in
// cases-plan.ts and each case's rows in cases-build.ts. The 12345 demo key is documented in the README.
import { ageOn, anonymiseCaseText, demoName, serviceDate } from '@hehu/domain';
import { and, asc, eq, like, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { createHash } from 'node:crypto';
import { bulkInsert } from '../../db/bulk.ts';
import type { Queryable } from '../../db/connection.ts';
import { queryRows } from '../../db/raw.ts';
import {
  apiClients,
  caseAccessBreaks,
  caseActions,
  caseGuardianships,
  caseIntakes,
  caseLibrary,
  caseMembers,
  caseReferrals,
  cases,
  caseTasks,
  children,
  institutions,
  outbox,
  partnerUnits,
} from '../../db/schema.ts';
import { loadCalendar } from '../../modules/applications/calendar.ts';
import { buildCase, type BuiltCase, type CaseChild } from './cases-build.ts';
import { planCases, type CaseSlot } from './cases-plan.ts';
import type { Village } from './families.ts';
import { Rng } from './random.ts';
import type { Account } from './write.ts';

export interface CaseSeedContext {
  db: Queryable;
  /** Demo accounts and colleagues by username. */
  accounts: ReadonlyMap<string, Account>;
  asOf: string;
  seed: number;
  villages: readonly Village[];
  demoCounty: string;
  otherCounty: string;
}

export interface CaseSeedSummary {
  cases: number;
  referrals: number;
  libraryEntries: number;
}

/** The key the demo's 12345 platform signs in with (README); only its SHA-256 is stored. */
export const DEMO_12345_KEY = 'demo-12345-key';
const CENTRE = '乐山市未成年人救助保护中心';

/** A village as staff write it: 青平镇 + 任家坝村. */
function placeOf(v: Village): { location: string; places: string[] } {
  const short = v.name.replace(/(村民委员会|村委会)$/, '村').replace(/(社区)?(居民委员会|居委会)$/, '社区');
  return {
    location: `${v.townshipName}${short}`,
    places: [v.townshipName, short, v.name, v.countyName].filter((p) => p !== ''),
  };
}

async function apiClient(db: Queryable): Promise<string> {
  await db
    .insert(apiClients)
    .values({
      name: '乐山市12345政务服务便民热线',
      systemCode: '12345',
      keyHash: createHash('sha256').update(DEMO_12345_KEY).digest('hex'),
      divisionCode: '5111',
    })
    .onConflictDoNothing();
  const [row] = await db.select({ id: apiClients.id }).from(apiClients).where(eq(apiClients.systemCode, '12345'));
  if (!row) throw new Error('the 12345 API client was not written');
  return row.id;
}

export async function writeCases(ctx: CaseSeedContext): Promise<CaseSeedSummary> {
  const { db } = ctx;
  const rng = new Rng(ctx.seed ^ 0xca5e5);
  // Relative to the clock when the demo is today's (an urgent report must be overdue now), else to asOf's evening.
  const now = serviceDate() === ctx.asOf ? Date.now() : new Date(`${ctx.asOf}T17:00:00+08:00`).getTime();
  const calendar = await loadCalendar(db);
  const unitRows = await db.select({ id: partnerUnits.id, name: partnerUnits.name }).from(partnerUnits);
  const units = new Map(unitRows.map((u) => [u.name, u.id]));
  const [centre] = await db.select({ id: institutions.id }).from(institutions).where(eq(institutions.name, CENTRE));
  const apiClientId = await apiClient(db);

  const countyOf = (slot: CaseSlot) => (slot.county === 'demo' ? ctx.demoCounty : ctx.otherCounty);
  const villagesOf = new Map(
    [ctx.demoCounty, ctx.otherCounty].map((c) => [c, ctx.villages.filter((v) => v.code.startsWith(c))]),
  );
  const villageByCode = new Map(ctx.villages.map((v) => [v.code, v]));
  const pools = new Map<string, { id: string; name: string; sex: string; birthDate: string; divisionCode: string }[]>();
  for (const county of [ctx.demoCounty, ctx.otherCounty]) {
    pools.set(
      county,
      await db
        .select({
          id: children.id,
          name: children.name,
          sex: children.sex,
          birthDate: children.birthDate,
          divisionCode: children.divisionCode,
        })
        .from(children)
        .where(and(eq(children.status, 'active'), like(children.divisionCode, `${county}%`)))
        .orderBy(asc(children.divisionCode), asc(children.birthDate), asc(children.name))
        .limit(4000),
    );
  }
  const used = new Set<string>();

  const child = (slot: CaseSlot, receivedAt: Date): CaseChild => {
    const county = countyOf(slot);
    const story = slot.story;
    const day = serviceDate(receivedAt);
    const pool = pools.get(county) ?? [];
    const sex = story.sex === 'male' ? 'M' : 'F';
    if (!story.unnamed && pool.length > 0 && rng.chance(slot.county === 'demo' ? 0.8 : 0.6)) {
      const start = rng.int(0, pool.length - 1);
      for (let i = 0; i < pool.length; i++) {
        const kid = pool[(start + i) % pool.length];
        if (!kid || used.has(kid.id) || kid.sex !== sex) continue;
        const age = ageOn(kid.birthDate, day);
        const village = villageByCode.get(kid.divisionCode);
        if (age < story.ages[0] || age > story.ages[1] || !village) continue;
        used.add(kid.id);
        return { id: kid.id, name: kid.name, sex: story.sex, age, divisionCode: kid.divisionCode, ...placeOf(village) };
      }
    }
    const village = rng.pick(villagesOf.get(county) ?? []);
    return {
      id: null,
      name: story.unnamed ? '不详' : demoName(() => rng.float(), sex),
      sex: story.sex,
      age: rng.int(story.ages[0], story.ages[1]),
      divisionCode: village.code,
      ...placeOf(village),
    };
  };

  const built: BuiltCase[] = planCases(rng).map((slot) =>
    buildCase(slot, {
      rng,
      now,
      accounts: ctx.accounts,
      units,
      calendar,
      centreId: centre?.id ?? null,
      apiClientId,
      countyCode: countyOf,
      child,
    }),
  );

  // Receipt numbers in the order the reports came in: SB + the day in Leshan + the sequence.
  const intakes = built.flatMap((b) => b.intakes).sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
  const numbers = await queryRows<{ n: string | number }>(
    db,
    sql`select nextval('case_receipt_seq') as n from generate_series(1, ${intakes.length}) as g(i) order by g.i`,
  );
  const receipt = new Map<string, string>();
  intakes.forEach((intake, i) => {
    const day = serviceDate(intake.receivedAt).replaceAll('-', '');
    receipt.set(intake.id, `SB${day}${String(numbers[i]?.n ?? i + 1).padStart(6, '0')}`);
  });
  const receiptOf = (id: string) => receipt.get(id) ?? '';

  await bulkInsert(
    db,
    cases,
    built.map((b) => ({ ...b.row, receiptNo: receiptOf(b.intakes[0]?.id ?? '') })),
  );
  await bulkInsert(
    db,
    caseIntakes,
    intakes.map((i) => ({ ...i, receiptNo: receiptOf(i.id) })),
  );
  const all = <T>(pick: (b: BuiltCase) => T[]) => built.flatMap(pick);
  const insert = async <T extends PgTable>(table: T, rows: readonly T['$inferInsert'][]) => {
    if (rows.length > 0) await bulkInsert(db, table, rows);
  };
  await insert(
    caseMembers,
    all((b) => b.members),
  );
  await insert(
    caseActions,
    all((b) => b.actions),
  );
  const referrals = all((b) => b.referrals);
  await insert(caseReferrals, referrals);
  await insert(
    caseTasks,
    all((b) => b.tasks),
  );
  await insert(
    caseGuardianships,
    all((b) => b.guardianships),
  );
  await insert(
    caseAccessBreaks,
    all((b) => b.breaks),
  );

  // The outcome sent back to the 12345 platform for its closed tickets; the latest one still retrying.
  const closed12345 = built
    .filter((b) => b.row.channel === 'hotline_12345' && b.row.closedAt)
    .sort((a, b) => (a.row.closedAt?.getTime() ?? 0) - (b.row.closedAt?.getTime() ?? 0));
  await insert(
    outbox,
    closed12345.map((b, i) => {
      const intake = b.intakes[0];
      const closedAt = b.row.closedAt ?? new Date(now);
      const pending = i === closed12345.length - 1;
      const sentAt = new Date(Math.min(closedAt.getTime() + 60_000, now));
      return {
        topic: 'case.outcome',
        apiClientId,
        payload: {
          systemCode: '12345',
          externalId: intake?.externalId ?? null,
          receiptNo: receiptOf(intake?.id ?? ''),
          outcome: intake?.outcome ?? '',
          closedAt: closedAt.toISOString(),
        },
        attempts: pending ? 2 : 1,
        nextAttemptAt: pending ? new Date(now + 10 * 60_000) : sentAt,
        deliveredAt: pending ? null : sentAt,
        lastError: pending ? '12345 平台回调超时（HTTP 504 Gateway Timeout）' : null,
        createdAt: closedAt,
      };
    }),
  );

  // The case library: three write-ups published after review, one draft.
  const drafter = ctx.accounts.get('demo_protect');
  const reviewer = ctx.accounts.get('demo_county');
  const entries = built
    .filter((b) => b.slot.library && b.row.closedAt)
    .map((b) => {
      const published = b.slot.library === 'published';
      const closedAt = b.row.closedAt ?? new Date(now);
      const text = [b.row.summary, ...b.notes].join('\n');
      const at = new Date(Math.min(closedAt.getTime() + 7 * 86_400_000, now - 86_400_000));
      return {
        sourceCaseId: b.row.id,
        countyCode: b.row.countyCode,
        title: b.slot.story.title ?? '未成年人保护个案',
        body: anonymiseCaseText(text, { names: b.names, places: [...b.places, b.row.location ?? ''] }),
        channel: b.row.channel,
        tier: b.row.tier,
        status: published ? ('published' as const) : ('draft' as const),
        draftedBy: drafter?.id ?? null,
        reviewedBy: published ? (reviewer?.id ?? null) : null,
        publishedAt: published ? at : null,
        createdAt: at,
      };
    });
  await insert(caseLibrary, entries);
  return { cases: built.length, referrals: referrals.length, libraryEntries: entries.length };
}
