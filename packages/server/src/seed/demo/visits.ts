// Two years of visits and risk assessments, the way a county's record looks: every child in the plan visited
// about as often as the rules ask, most on time, some due this week and some overdue; a third assessed, at every
// level, with the answers that score that level under the instrument; 监护缺失 referred to minor protection; a
// few visits that found changed circumstances still awaiting reassessment, and one level that dropped two steps.
import {
  DEFAULT_RISK_INSTRUMENT,
  DEFAULT_VISIT_RULES,
  addInterval,
  scoreAssessment,
  visitPlanFor,
  type RiskInstrument,
  type RiskLevel,
  type VisitInterval,
} from '@hehu/domain';
import { and, eq, gt, isNull, lte, or } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import { bulkInsert } from '../../db/bulk.ts';
import type { Queryable } from '../../db/connection.ts';
import { childCategories, children, divisions, protectionReferrals, riskAssessments, visits } from '../../db/schema.ts';
import type { Activity } from './activity.ts';
import { Rng } from './random.ts';
import type { Account } from './write.ts';

export interface VisitSeedContext {
  db: Queryable;
  accounts: ReadonlyMap<string, Account>;
  activity: Activity;
  asOf: string;
  seed: number;
  /** demo_village's village: its director is the visitor there. */
  village: string;
}

export interface VisitSeedSummary {
  visits: number;
  assessments: number;
  referrals: number;
}

const LIVING = [
  '住房安全，饮食正常，衣被充足',
  '住房较旧但安全，一日三餐正常',
  '与祖父母同住，家中整洁',
  '房屋漏雨已报村委会维修，饮食正常',
  '冬季衣被不足，已联系发放',
];
const GUARDIANSHIP = [
  '祖母照料，尽责',
  '祖父母年迈，照料吃力',
  '委托照护人尽责，按时接送上学',
  '父亲在家务农，照料到位',
  '照护人身体欠佳，需加强关注',
];
const SCHOOLING = ['按时上学，成绩中等', '就读镇中心小学，住校', '学习较吃力，已联系老师辅导', '未到入学年龄'];
const HEALTH = ['身体健康', '近期感冒已愈', '视力下降，建议配镜', '按时服药，病情稳定'];
const SAFETY = ['无明显隐患', '屋后临水，已提醒看护', '家中电线老化，已报修', '无'];
const NEEDS = ['无', '需要学习用品', '需要冬季衣物', '希望与外出父母多视频联系', '需要申请医疗救助'];
const HELP = ['送去学习用品', '协助联系学校老师', '讲解防溺水安全知识', '协助申请临时救助', '帮助与父母视频通话'];
const KINDS: Record<'home' | 'phone' | 'school' | 'other', number> = { home: 78, phone: 12, school: 8, other: 2 };

/** The latest level's weight among assessed children (RULES §5: most households are normal or insufficient). */
const LEVEL_WEIGHTS: Record<RiskLevel, number> = { normal: 52, insufficient: 30, improper: 13, absent: 5 };

interface PlanChild {
  id: string;
  name: string;
  divisionCode: string;
  birthDate: string;
  categories: string[];
  since: string;
}

const DAY = 86_400_000;
const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);
const back = (date: string, n: number) => addInterval(date, { unit: 'day', count: -n });
const intervalDays = (i: VisitInterval) => (i.unit === 'day' ? i.count : Math.round(i.count * 30.4));

/** Answers that score `level` under the instrument: the lowest options, then items raised until it is reached. */
function answersFor(instrument: RiskInstrument, level: RiskLevel, rng: Rng): Record<string, string> {
  const items = instrument.indicators.flatMap((i) => i.areas.flatMap((a) => a.items));
  const answers = Object.fromEntries(items.map((i) => [i.code, i.options[0]?.value ?? '']));
  // 监护缺失 in the demo is what it mostly is in life: nobody actually looks after the child.
  if (level === 'absent') answers.guardian_performs = 'nobody';
  const redFlagItems = new Set(instrument.cutoffs.redFlags.map((f) => f.item));
  const raisable = items.filter((i) => !redFlagItems.has(i.code));
  for (let guard = 0; guard < 200; guard += 1) {
    const score = scoreAssessment(instrument, answers);
    if (!score.ok) break;
    if (score.level === level) return answers;
    const item = rng.pick(raisable);
    const current = item.options.findIndex((o) => o.value === answers[item.code]);
    const next = item.options[Math.min(current + 1, item.options.length - 1)];
    if (next) answers[item.code] = next.value;
  }
  return answers;
}

async function planChildren(db: Queryable, asOf: string): Promise<PlanChild[]> {
  const rows = await db
    .select({
      id: children.id,
      name: children.name,
      divisionCode: children.divisionCode,
      birthDate: children.birthDate,
      category: childCategories.category,
      start: childCategories.startDate,
    })
    .from(children)
    .innerJoin(childCategories, eq(childCategories.childId, children.id))
    .where(
      and(
        eq(children.status, 'active'),
        lte(childCategories.startDate, asOf),
        or(isNull(childCategories.endDate), gt(childCategories.endDate, asOf)),
      ),
    )
    // Random UUIDs would give a different order, so different draws, on every seed: order by what the seed made.
    .orderBy(
      children.divisionCode,
      children.birthDate,
      children.name,
      children.idNumberMasked,
      childCategories.category,
    );
  const byId = new Map<string, PlanChild>();
  for (const r of rows) {
    const c = byId.get(r.id) ?? { ...r, categories: [], since: r.start };
    c.categories.push(r.category);
    if (r.start < c.since) c.since = r.start;
    byId.set(r.id, c);
  }
  return [...byId.values()];
}

const FLUSH_ROWS = 20_000;

export async function writeVisits(ctx: VisitSeedContext): Promise<VisitSeedSummary> {
  const rng = new Rng(ctx.seed ^ 0x715175);
  const instrument = DEFAULT_RISK_INSTRUMENT;
  const kids = await planChildren(ctx.db, ctx.asOf);
  const villageNames = new Map(
    (
      await ctx.db
        .select({ code: divisions.code, name: divisions.name })
        .from(divisions)
        .where(eq(divisions.level, 'village'))
    ).map((d) => [d.code, d.name]),
  );
  const director = ctx.accounts.get('demo_village');
  const supervisor = ctx.accounts.get('demo_township');
  const visitRows: (typeof visits.$inferInsert)[] = [];
  const assessmentRows: (typeof riskAssessments.$inferInsert)[] = [];
  const referralRows: (typeof protectionReferrals.$inferInsert)[] = [];
  const twoYearsAgo = addInterval(ctx.asOf, { unit: 'month', count: -24 });
  let droppedShown = false;
  let referralShown = false;
  let ownShown = 0;
  // Rows go in every few thousand children, so a million-child seed keeps its memory flat.
  const written = { visits: 0, assessments: 0, referrals: 0 };
  const flush = async () => {
    if (visitRows.length > 0) await bulkInsert(ctx.db, visits, visitRows);
    if (assessmentRows.length > 0) await bulkInsert(ctx.db, riskAssessments, assessmentRows);
    if (referralRows.length > 0) await bulkInsert(ctx.db, protectionReferrals, referralRows);
    written.visits += visitRows.length;
    written.assessments += assessmentRows.length;
    written.referrals += referralRows.length;
    visitRows.length = 0;
    assessmentRows.length = 0;
    referralRows.length = 0;
  };

  for (const kid of kids) {
    if (visitRows.length >= FLUSH_ROWS) await flush();
    const own = kid.divisionCode === ctx.village;
    const visitor = (date: string) => {
      if (own && director) return { visitorId: director.id, visitorName: director.displayName };
      if (own && supervisor && date.endsWith('5'))
        return { visitorId: supervisor.id, visitorName: supervisor.displayName };
      return { visitorId: null, visitorName: `${villageNames.get(kid.divisionCode) ?? ''}儿童主任` };
    };
    const start = kid.since > twoYearsAgo ? kid.since : twoYearsAgo;
    if (days(start, ctx.asOf) < 3) continue;

    // A third of the children assessed, one to three times; the latest level sets the current frequency.
    const levels: { on: string; level: RiskLevel }[] = [];
    if (rng.chance(own ? 0.5 : 0.33)) {
      const latest = rng.weighted(LEVEL_WEIGHTS);
      const count = rng.int(1, 3);
      for (let i = count - 1; i >= 0; i -= 1) {
        const on = back(ctx.asOf, rng.int(5, 40) + i * rng.int(120, 200));
        if (on < start) continue;
        // Earlier assessments one step either side of the latest, as households change slowly.
        const shift = i === 0 ? 0 : rng.pick([-1, 0, 0, 1]);
        const order: RiskLevel[] = ['normal', 'insufficient', 'improper', 'absent'];
        const at = Math.min(3, Math.max(0, order.indexOf(latest) + shift));
        levels.push({ on, level: order[at] ?? latest });
      }
      // One child of the demo village whose latest assessment fell from 监护失当 to 监护正常: the township checks it.
      const last = levels.at(-1);
      const before = levels.at(-2);
      if (own && !droppedShown && last && before) {
        before.level = 'improper';
        last.level = 'normal';
        droppedShown = true;
      } else if (own && !referralShown && last) {
        // And one whose latest is 监护缺失, its referral still open: the county's notification.
        last.level = 'absent';
        referralShown = true;
      }
    }
    const latestLevel = levels.at(-1)?.level ?? null;
    const base = visitPlanFor(DEFAULT_VISIT_RULES, { riskLevel: null, categories: kid.categories });
    const current = visitPlanFor(DEFAULT_VISIT_RULES, { riskLevel: latestLevel, categories: kid.categories });
    const currentDays = intervalDays(current.interval);
    const baseDays = intervalDays(base.interval);

    // Where the child stands today: mostly visited on time, some due this week, some overdue.
    // The demo village's first two children in the plan are one overdue and one due this week, so its director's
    // week always shows both, whatever order the children's ids fall in.
    const drawn = rng.weighted({ later: 72, this_week: 16, overdue: 12 });
    const profile = own && ownShown < 2 ? (ownShown === 0 ? 'overdue' : 'this_week') : drawn;
    if (own) ownShown += 1;
    const offset =
      profile === 'overdue'
        ? currentDays + rng.int(3, 35)
        : profile === 'this_week'
          ? currentDays - rng.int(0, 6)
          : rng.int(1, Math.max(1, currentDays - 8));
    let date = back(ctx.asOf, offset);
    const latestAssessment = levels.at(-1)?.on ?? null;
    let n = 0;
    while (date >= start && n < 120) {
      const changed = rng.chance(0.03);
      visitRows.push({
        id: randomUUID(),
        childId: kid.id,
        visitDate: date,
        kind: rng.weighted(KINDS),
        seen: rng.chance(0.8) ? ['child', 'carer'] : ['child', 'guardian'],
        living: rng.pick(LIVING),
        guardianship: rng.pick(GUARDIANSHIP),
        schooling: rng.pick(SCHOOLING),
        health: rng.pick(HEALTH),
        safety: rng.pick(SAFETY),
        needs: rng.pick(NEEDS),
        helpGiven: rng.pick(HELP),
        circumstancesChanged: changed,
        ...visitor(date),
        createdAt: new Date(`${date}T10:00:00+08:00`),
      });
      n += 1;
      // After the latest assessment the level's frequency applies; before it, the category's.
      const step = latestAssessment !== null && date > latestAssessment ? currentDays : baseDays;
      date = back(date, Math.max(5, step + rng.int(-4, 4)));
    }

    let previous: RiskLevel | null = null;
    for (const a of levels) {
      const answers = answersFor(instrument, a.level, rng);
      const score = scoreAssessment(instrument, answers);
      if (!score.ok) continue;
      const id = randomUUID();
      assessmentRows.push({
        id,
        childId: kid.id,
        assessedOn: a.on,
        instrumentVersion: instrument.version,
        answers,
        total: score.total,
        byArea: score.byArea,
        redFlags: score.redFlags,
        level: score.level,
        previousLevel: previous,
        note: '',
        ...(() => {
          const v = visitor(a.on);
          return { assessorId: v.visitorId, assessorName: v.visitorName };
        })(),
        createdAt: new Date(`${a.on}T15:00:00+08:00`),
      });
      if (score.level === 'absent' && a === levels.at(-1))
        referralRows.push({
          childId: kid.id,
          source: 'risk_assessment',
          assessmentId: id,
          openedOn: a.on,
          reason: `监护风险评估为监护缺失（${instrument.version}，总分 ${score.total}）`,
          status: own || rng.chance(0.6) ? 'open' : 'taken',
        });
      previous = score.level;
    }
  }
  await flush();
  return written;
}
