// Applications at every stage in demo_village's village, so each level meets its part of the chain: a draft
// for the village director, one waiting at the township ("还剩 8 个工作日"), a cross-province one to forward and
// another forwarded and late at the township, one late at the county, one returned for revision, one rejected, and
// one approved whose decision is a category the registry already holds (so the registry's categories stay exactly
// the planned ones).
import {
  CATEGORY_LABELS,
  applicationState,
  checkEligibility,
  checkSummary,
  grantStartDate,
  type ActionRecord,
  type ApplicationAction,
  type ApplicationCategory,
  type CategoryRulesConfig,
  type EligibilityCheck,
} from '@hehu/domain';
import { and, asc, eq, isNull, like } from 'drizzle-orm';
import type { Queryable } from '../../db/connection.ts';
import { applicationActions, applications, childCategories, childHistory, children } from '../../db/schema.ts';
import { loadCalendar } from '../../modules/applications/index.ts';
import { factsFor } from '../../modules/categories/index.ts';
import type { Activity } from './activity.ts';
import { officeTime } from './random.ts';
import type { Account } from './write.ts';

export interface ApplicationSeedContext {
  db: Queryable;
  accounts: ReadonlyMap<string, Account>;
  activity: Activity;
  asOf: string;
  village: string;
  rulesAt: (date: string) => CategoryRulesConfig;
}

interface Step {
  action: ApplicationAction;
  /** Working days before the seeding day. */
  daysAgo: number;
  by: string;
  note?: string;
  reasonCode?: string;
}

interface Stage {
  steps: Step[];
  crossProvince?: boolean;
}

const file = (daysAgo: number, by = 'demo_village'): Step => ({ action: 'submit', daysAgo, by });

const STAGES: Stage[] = [
  { steps: [{ action: 'create', daysAgo: 1, by: 'demo_village' }] },
  { steps: [{ action: 'create', daysAgo: 3, by: 'demo_village' }, file(2)] },
  {
    steps: [
      { action: 'create', daysAgo: 30, by: 'demo_village' },
      file(28),
      { action: 'verify', daysAgo: 14, by: 'demo_township', note: '经入户核实，情况属实，材料齐全' },
    ],
  },
  {
    crossProvince: true,
    steps: [{ action: 'create', daysAgo: 1, by: 'demo_township' }, file(1, 'demo_township')],
  },
  {
    // Forwarded by the accepting township 19 working days ago: late at the township of registration (15 days), so
    // the county sees it among the township's late steps.
    crossProvince: true,
    steps: [
      { action: 'create', daysAgo: 21, by: 'demo_township' },
      file(21, 'demo_township'),
      { action: 'forward', daysAgo: 19, by: 'demo_township', note: '材料已受理，转交户籍地乡镇核实' },
    ],
  },
  {
    steps: [
      { action: 'create', daysAgo: 12, by: 'demo_village' },
      file(9),
      { action: 'return', daysAgo: 3, by: 'demo_township', note: '死亡证明为复印件，请补充原件扫描件后重新提交' },
    ],
  },
  {
    steps: [
      { action: 'create', daysAgo: 40, by: 'demo_village' },
      file(38),
      { action: 'verify', daysAgo: 30, by: 'demo_township', note: '已入户核实' },
      {
        action: 'reject',
        daysAgo: 22,
        by: 'demo_county',
        reasonCode: 'not_eligible',
        note: '母亲已于审批前恢复联系并履行抚养义务，不符合认定条件',
      },
    ],
  },
];

type Kid = { id: string; name: string } & Parameters<typeof factsFor>[1][number];

async function villageChildren(ctx: ApplicationSeedContext): Promise<Kid[]> {
  return ctx.db
    .select()
    .from(children)
    .where(and(eq(children.divisionCode, ctx.village), eq(children.status, 'active')))
    .orderBy(asc(children.name), asc(children.birthDate), asc(children.id));
}

async function write(
  ctx: ApplicationSeedContext,
  child: Kid,
  category: ApplicationCategory,
  stage: Stage,
  dateOf: (daysAgo: number) => string,
  checkOn: (date: string) => EligibilityCheck | undefined,
  categoryId: string | null = null,
): Promise<void> {
  const dated = stage.steps.map((s) => ({ ...s, on: dateOf(s.daysAgo) }));
  const first = dated[0];
  if (!first) return;
  const records: ActionRecord[] = dated.map((s) => ({ action: s.action, on: s.on }));
  const state = applicationState(stage.crossProvince ?? false, records);
  const creator = ctx.accounts.get(first.by);
  const [app] = await ctx.db
    .insert(applications)
    .values({
      childId: child.id,
      kind: 'grant',
      category,
      crossProvince: stage.crossProvince ?? false,
      acceptingPlace: stage.crossProvince ? '浙江省宁波市鄞州区下应街道' : null,
      status: state.status,
      version: state.version,
      stepSince: state.waiting?.since ?? null,
      limitsVersion: '2026-01',
      categoryId,
      createdBy: creator?.id ?? null,
      createdAt: officeTime(first.on, 9, 30),
    })
    .returning({ id: applications.id });
  if (!app) return;
  let seq = 0;
  for (const s of dated) {
    seq += 1;
    const by = ctx.accounts.get(s.by);
    const decision = ['submit', 'verify', 'approve', 'reject'].includes(s.action);
    const check = decision ? (checkOn(s.on) ?? null) : null;
    const at = officeTime(s.on, 10 + seq, 15);
    await ctx.db.insert(applicationActions).values({
      applicationId: app.id,
      seq,
      action: s.action,
      onDate: s.on,
      at,
      actorId: by?.id ?? null,
      actorName: by?.displayName ?? null,
      note: s.note ?? '',
      reasonCode: s.reasonCode ?? null,
      ruleCheck: check ? { ...check, summary: checkSummary(check), papersVersion: '2026-01' } : null,
    });
    ctx.activity.add({
      at,
      actorId: by?.id ?? null,
      actorUsername: s.by,
      action: s.action === 'create' ? 'application.create' : 'application.act',
      targetType: 'application',
      targetId: app.id,
      details: { action: s.action, childId: child.id, category },
    });
  }
}

export async function writeApplications(ctx: ApplicationSeedContext): Promise<number> {
  const calendar = await loadCalendar(ctx.db);
  const dateOf = (daysAgo: number) => calendar.addWorkingDays(ctx.asOf, -daysAgo);
  const kids = await villageChildren(ctx);
  const facts = await factsFor(ctx.db, kids, ctx.asOf);
  const held = await ctx.db
    .select({
      id: childCategories.id,
      childId: childCategories.childId,
      category: childCategories.category,
      startDate: childCategories.startDate,
    })
    .from(childCategories)
    .where(isNull(childCategories.endDate));
  const heldBy = new Set(held.map((h) => h.childId));
  const checksOf = (kid: Kid, date: string): EligibilityCheck[] => {
    const f = facts.get(kid.id);
    return f ? checkEligibility(f, date, ctx.rulesAt(date)) : [];
  };
  // Children without a category, those the rules find eligible first: the stages that need an eligible child
  // (draft, waiting, verified) take them; a return or a rejection may concern a child who is not.
  const eligible: { kid: Kid; category: ApplicationCategory }[] = [];
  const others: { kid: Kid; category: ApplicationCategory }[] = [];
  for (const kid of kids) {
    if (heldBy.has(kid.id) || !facts.has(kid.id)) continue;
    const found = checksOf(kid, ctx.asOf).find((c) => c.outcome === 'eligible');
    if (found) eligible.push({ kid, category: found.category });
    else others.push({ kid, category: 'de_facto_unsupported' });
  }
  const candidates = [...eligible, ...others];
  let n = 0;
  for (const [i, stage] of STAGES.entries()) {
    const c = candidates[i];
    if (!c) break;
    await write(ctx, c.kid, c.category, stage, dateOf, (d) =>
      checksOf(c.kid, d).find((x) => x.category === c.category),
    );
    n += 1;
  }
  // The approved one: a category the registry holds that started on a first of the month (RULES §2.11), in the
  // village if one did, else in the township or the county; approved on the last working day before it.
  const township = ctx.village.slice(0, 9);
  const rank = (code: string) => (code === ctx.village ? 0 : code.startsWith(township) ? 1 : 2);
  const started = await ctx.db
    .select({ h: childCategories, kid: children })
    .from(childCategories)
    .innerJoin(children, eq(children.id, childCategories.childId))
    .where(and(isNull(childCategories.endDate), like(children.divisionCode, `${ctx.village.slice(0, 6)}%`)))
    .orderBy(asc(children.name), asc(childCategories.startDate), asc(childCategories.id));
  const decidable = started
    .filter((x) => x.h.category !== 'left_behind' && x.h.category in CATEGORY_LABELS)
    .sort((a, b) => rank(a.kid.divisionCode) - rank(b.kid.divisionCode));
  let decided = decidable.find((x) => x.h.startDate.endsWith('-01') && x.h.startDate <= ctx.asOf);
  if (!decided) {
    // No held category happens to start on a first (a small demo on some days): the nearest one is moved to
    // the first of the month after its start, as an approval that day would have made it (RULES §2.11).
    const moved = decidable.find((x) => grantStartDate(x.h.startDate) <= ctx.asOf);
    const county = ctx.accounts.get('demo_county');
    if (moved && county) {
      const startDate = grantStartDate(moved.h.startDate);
      await ctx.db.update(childCategories).set({ startDate }).where(eq(childCategories.id, moved.h.id));
      await ctx.db.insert(childHistory).values({
        childId: moved.kid.id,
        at: officeTime(calendar.addWorkingDays(startDate, -1), 16, 0),
        actorId: county.id,
        actorName: county.displayName,
        action: 'application.approve',
        changes: [{ field: `category.${moved.h.category}.startDate`, from: moved.h.startDate, to: startDate }],
      });
      decided = { h: { ...moved.h, startDate }, kid: moved.kid };
    }
  }
  const decidedFacts = decided && (await factsFor(ctx.db, [decided.kid], ctx.asOf)).get(decided.kid.id);
  if (decided && decidedFacts) facts.set(decided.kid.id, decidedFacts);
  if (decided?.kid) {
    const approveOn = calendar.addWorkingDays(decided.h.startDate, -1);
    if (grantStartDate(approveOn) === decided.h.startDate) {
      const ago = calendar.workingDaysBetween(approveOn, ctx.asOf);
      const category = decided.h.category as ApplicationCategory;
      const stage: Stage = {
        steps: [
          { action: 'create', daysAgo: ago + 18, by: 'demo_village' },
          file(ago + 16),
          { action: 'verify', daysAgo: ago + 8, by: 'demo_township', note: '情况属实' },
          { action: 'approve', daysAgo: ago, by: 'demo_county', note: '同意' },
        ],
      };
      const kid = decided.kid;
      await write(
        ctx,
        kid,
        category,
        stage,
        dateOf,
        (d) => checksOf(kid, d).find((x) => x.category === category),
        decided.h.id,
      );
      n += 1;
    }
  }
  return n;
}
