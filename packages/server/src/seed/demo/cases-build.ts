// One demo case as its rows (seed/demo/cases.ts): the report, the append-only action log timed the way the
// work went (and checked against the domain's stage table), the team, referrals, help-plan tasks, guardianship
// measures and break-the-glass. Receipt numbers are given afterwards, in the order the reports came in.
import {
  caseDeadline,
  caseStage,
  CASE_ACTIONS,
  DEFAULT_CASE_TIER_SETTINGS,
  demoName,
  serviceDate,
  type CaseActionCode,
  type CaseStage,
  type WorkCalendar,
} from '@hehu/domain';
import type {
  caseAccessBreaks,
  caseActions,
  caseGuardianships,
  caseIntakes,
  caseMembers,
  caseReferrals,
  cases,
  caseTasks,
} from '../../db/schema.ts';
import { randomUUID } from 'node:crypto';
import type { CaseSlot, Owner } from './cases-plan.ts';
import { UNIT_NAMES, type UnitKey } from './cases-stories.ts';
import { D, H, MIN, daytime, officeBetween, officeForward } from './cases-time.ts';
import type { Rng } from './random.ts';
import type { Account } from './write.ts';

export interface CaseChild {
  id: string | null;
  name: string;
  sex: 'male' | 'female';
  age: number;
  divisionCode: string;
  /** Where the child is, as staff write it (township and village), and its parts for de-identification. */
  location: string;
  places: string[];
}

export interface BuildContext {
  rng: Rng;
  now: number;
  accounts: ReadonlyMap<string, Account>;
  units: ReadonlyMap<string, string>;
  calendar: WorkCalendar;
  centreId: string | null;
  apiClientId: string;
  countyCode: (slot: CaseSlot) => string;
  child: (slot: CaseSlot, receivedAt: Date) => CaseChild;
}

type Insert<T extends { $inferInsert: unknown }> = T['$inferInsert'];

export interface BuiltCase {
  slot: CaseSlot;
  row: Omit<Insert<typeof cases>, 'receiptNo'>;
  intakes: Omit<Insert<typeof caseIntakes>, 'receiptNo'>[];
  actions: Insert<typeof caseActions>[];
  members: Insert<typeof caseMembers>[];
  referrals: Insert<typeof caseReferrals>[];
  tasks: Insert<typeof caseTasks>[];
  guardianships: Insert<typeof caseGuardianships>[];
  breaks: Insert<typeof caseAccessBreaks>[];
  /** Names in the case (child, reporters) for the library's de-identification. */
  names: string[];
  places: string[];
  notes: string[];
}

const RECEIVED_DAYS: Record<string, [number, number]> = {
  intake: [0.2, 0.8],
  verification: [1, 4],
  assessment: [3, 10],
  plan: [10, 25],
  implementation: [25, 150],
  closure_review: [40, 200],
  closed: [20, 362],
};

const FOLLOW_UPS = [
  '回访：孩子情况稳定，照料人能按约定履职。',
  '电话回访监护人，孩子按时上学，饮食起居正常。',
  '与学校班主任沟通，孩子近期在校表现良好。',
  '入户走访，家中卫生和安全隐患已整改。',
];
const EMERGENCY = '已将孩子转移至安全地点，由救助保护中心临时照料，并通知辖区派出所。';
const RETURN_ASSESSMENT =
  '对监护人履职能力和家庭情况进行评估：施暴人已迁出，母亲和外婆能保障孩子安全和日常照料，居住条件良好，学校同意接收，同意送回。';

function phone(rng: Rng): string {
  return `1${rng.pick(['38', '39', '58', '59', '87', '36', '80', '51'])}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;
}

function fillText(text: string, child: CaseChild): string {
  return text
    .replaceAll('{name}', child.name)
    .replaceAll('{age}', String(child.age))
    .replaceAll('{place}', child.location);
}

export function buildCase(slot: CaseSlot, ctx: BuildContext): BuiltCase {
  const { rng, now } = ctx;
  const story = slot.story;
  const acct = (username: string) => {
    const a = ctx.accounts.get(username);
    if (!a) throw new Error(`demo account ${username} missing`);
    return { id: a.id, name: a.displayName };
  };
  const demoCounty = slot.county === 'demo';
  const id = randomUUID();

  // When the report came in.
  let received: number;
  if (slot.overdue) received = now - 3 * H - rng.int(0, 20) * MIN;
  else if (slot.fresh) received = now - rng.int(10, 40) * MIN;
  else {
    const [lo, hi] = RECEIVED_DAYS[slot.stage] ?? [1, 2];
    received = Math.min(daytime(now - (lo + rng.float() * (hi - lo)) * D, rng), now - 4 * H);
  }

  // Who works it: the owner accepts and works; closure is requested by a worker and approved by a supervisor.
  const owner = acct(slot.owner);
  const requester = acct(slot.owner === 'demo_county' ? 'demo_protect' : slot.owner);
  const approverName: Owner | 'demo_city' = demoCounty
    ? 'demo_county'
    : requester.id === acct('zhou.min').id
      ? 'demo_city'
      : 'zhou.min';
  const approver = acct(approverName);

  // The stage-moving steps, as offsets from the report.
  type Step = { action: CaseActionCode; at: number; by: { id: string | null; name: string }; note: string | null };
  const steps: Step[] = [];
  let t = received;
  const step = (action: CaseActionCode, minH: number, maxH: number, by = owner, note: string | null = null) => {
    t += rng.int(Math.round(minH * 60), Math.round(maxH * 60)) * MIN;
    // An urgent case is taken in and made safe at any hour; the rest of the work is done in office hours.
    const anyHour = urgent && (action === 'accept' || action === 'emergency' || action === 'temporary_guardianship');
    if (!anyHour) t = officeForward(t, ctx.calendar, rng);
    steps.push({ action, at: t, by, note });
  };
  const urgent = story.tier === 'urgent';
  const order = ['intake', 'verification', 'assessment', 'plan', 'implementation', 'closure_review', 'closed'];
  const reach = order.indexOf(slot.stage);
  const temporary = slot.guardianship === 'temporary' || slot.guardianship === 'temporary_ended';
  if (reach >= 1) {
    step('accept', urgent ? 0.2 : 1, urgent ? 0.8 : 18);
    if (urgent && (story.danger || temporary)) step('emergency', 0.3, 1.5, owner, EMERGENCY);
    if (temporary) step('temporary_guardianship', 0.5, 2, owner, '监护人暂时不能履职，孩子由民政部门临时监护。');
  }
  if (story.consult) {
    if (reach >= 5) step('request_closure', 2, 40, requester, story.verify);
  } else {
    if (reach >= 2) step('verify', urgent ? 2 : 20, urgent ? 10 : 70, owner, story.verify);
    if (reach >= 3) step('assess', urgent ? 6 : 40, urgent ? 14 : 90, owner, story.assess);
    if (reach >= 3 && slot.guardianship === 'long_term')
      step(
        'long_term_guardianship',
        2,
        20,
        owner,
        '父母双亡且无其他人可以担任监护人，由民政部门长期监护，在市儿童福利院养育。',
      );
    if (reach >= 4) step('plan', 48, 190, owner, story.plan);
    if (reach >= 5) {
      if (slot.guardianship === 'temporary_ended')
        step('end_temporary_guardianship', 240, 400, owner, RETURN_ASSESSMENT);
      step('request_closure', 300, 1200, requester, story.closure || '帮扶目标已达成，申请结案。');
      if (slot.returned) {
        step('return_closure', 20, 60, approver, '康复救助尚未落实到位，请继续跟进后再申请结案。');
        step('request_closure', 120, 300, requester, '康复救助已到位，孩子每周训练两次，申请结案。');
      }
    }
  }
  if (reach >= 6) step('approve_closure', 20, 70, approver, null);
  // Work that would run past now started that many whole days earlier (the clock times stay office hours).
  const last = steps.at(-1)?.at ?? received;
  const ceiling = now - 30 * MIN;
  if (last > ceiling) {
    const back = Math.ceil((last - ceiling) / D) * D;
    received -= back;
    for (const s of steps) s.at -= back;
  }
  const receivedAt = new Date(received);
  const child = ctx.child(slot, receivedAt);
  const limits = DEFAULT_CASE_TIER_SETTINGS.tiers[story.tier];
  const respondBy = caseDeadline(receivedAt, limits.respond, ctx.calendar);
  const assessBy = caseDeadline(receivedAt, limits.assess, ctx.calendar);
  const at = (action: CaseActionCode) => steps.find((s) => s.action === action)?.at;
  const accepted = at('accept') ?? received;
  const planned = at('plan') ?? at('assess') ?? at('verify') ?? accepted;
  const requested = steps.filter((s) => s.action === 'request_closure')[0]?.at;
  const closedAt = at('approve_closure');
  /** Work happens before closure is asked for, or before now while the case is open. */
  const until = requested ?? now - 20 * MIN;

  const events: Step[] = [...steps];
  const event = (action: CaseActionCode, when: number, by: Step['by'], note: string | null) =>
    events.push({ action, at: when, by, note });
  const between = (a: number, b: number) => officeBetween(a, b, rng, ctx.calendar);
  const days5 = (from: number) =>
    ctx.calendar.addWorkingDays(serviceDate(new Date(from)), DEFAULT_CASE_TIER_SETTINGS.referralWorkingDays);

  // Referral to a partner unit: waiting, accepted, declined or answered.
  const referrals: BuiltCase['referrals'] = [];
  const refTo: UnitKey | undefined =
    story.referral && (demoCounty ? story.referral.to : story.referral.to === 'police' ? 'police2' : undefined);
  if (story.referral && refTo && reach >= 1 && !story.consult) {
    const anchor = (at('verify') ?? accepted) + rng.int(30, 180) * MIN;
    let sent = Math.min(anchor, until - 2 * H);
    if (slot.openReferral === 'overdue') sent = now - 12 * D + rng.int(0, 8) * H;
    else if (slot.openReferral && sent < now - 3 * D) sent = Math.max(accepted + 30 * MIN, now - rng.int(24, 70) * H);
    if (!urgent) sent = between(sent, Math.min(sent + D, until - 2 * H));
    const partner = refTo === 'police' ? acct('demo_police') : { id: null, name: `${UNIT_NAMES[refTo]} · 联络人` };
    const open = slot.openReferral;
    const latest = Math.min(sent + 140 * H, until - H);
    const answeredAt = open ? null : between(Math.min(sent + 40 * H, latest), latest);
    const status = open === 'accepted' ? 'accepted' : open ? 'sent' : slot.declined ? 'declined' : 'answered';
    const response =
      status === 'answered'
        ? story.referral.response
        : status === 'declined'
          ? '本中心在该片区的社工服务名额已满，暂无法承接，建议由救助保护中心社工直接跟进。'
          : null;
    referrals.push({
      caseId: id,
      partnerUnitId: ctx.units.get(UNIT_NAMES[refTo]) ?? '',
      request: story.referral.request,
      dueOn: days5(sent),
      status,
      response,
      respondedBy: answeredAt ? partner.id : null,
      respondedAt: answeredAt ? new Date(answeredAt) : null,
      createdBy: owner.id,
      createdAt: new Date(sent),
      version: status === 'sent' ? 1 : 2,
    });
    event('refer', sent, owner, `转介${UNIT_NAMES[refTo]}：${story.referral.request}`);
    if (status === 'answered' && answeredAt) event('referral_answered', answeredAt, partner, response);
    if (status === 'declined' && answeredAt)
      event('note', answeredAt + 2 * H, owner, '协作单位暂无法承接，改由本中心社工每周上门开展服务。');
  }

  // Help-plan tasks: drafted while the plan is made, worked through while it is carried out.
  const tasks: BuiltCase['tasks'] = [];
  if (story.tasks && reach >= 3 && !story.consult) {
    const created = reach === 3 ? between(at('assess') ?? accepted, now - H) : planned;
    story.tasks.forEach(([goal, title, ownerName], i) => {
      const due = serviceDate(new Date(created + rng.int(7, 30) * D));
      const done = reach >= 5 || (reach === 4 && i === 0 && until - created > 5 * D);
      const doneAt = done ? between(created + H, until - H) : null;
      tasks.push({
        caseId: id,
        goal,
        title,
        ownerName,
        dueOn: due,
        doneOn: doneAt ? serviceDate(new Date(doneAt)) : null,
        serviceNote: doneAt ? `已完成：${title}。${rng.pick(FOLLOW_UPS)}` : null,
        createdBy: owner.id,
        createdAt: new Date(created),
        version: doneAt ? 2 : 1,
      });
      if (doneAt) event('task_done', doneAt, owner, `任务完成：${title}`);
    });
  }
  if (reach >= 4 && !story.consult && until - 2 * H > planned + D)
    event('note', between(planned + D, until - 2 * H), owner, rng.pick(FOLLOW_UPS));

  // The reports: the first, and for one case a second caller about the same child.
  const relationName = (sex: 'M' | 'F') => demoName(() => rng.float(), sex);
  const intakes: BuiltCase['intakes'] = [];
  const names = [child.name];
  const channel = story.channel;
  const unitKey: UnitKey | undefined =
    story.unit &&
    (demoCounty ? story.unit : story.unit === 'police' ? 'police2' : story.unit === 'school' ? 'school2' : story.unit);
  const teacher = channel === 'mandatory_report' && unitKey === 'school';
  const told = closedAt
    ? between(Math.min(closedAt + H, now - 15 * MIN), Math.min(closedAt + 20 * H, now - 10 * MIN))
    : null;
  let reporterName: string | null = null;
  let reporterPhone: string | null = null;
  if (teacher) reporterName = '孙老师';
  else if (story.relation === '本人') reporterName = child.name;
  else if (channel === 'discovery')
    reporterName = demoCounty
      ? acct(story.relation === '村儿童主任' ? 'demo_village' : 'demo_township').name
      : '犍为县 · 村儿童主任';
  else {
    reporterName = relationName(rng.chance(0.6) ? 'F' : 'M');
    if (channel === 'hotline' || channel === 'hotline_12345' || channel === 'walk_in') reporterPhone = phone(rng);
  }
  if (reporterName !== child.name) names.push(reporterName);
  const satisfaction =
    slot.satisfaction ??
    (told && (channel === 'hotline' || channel === 'hotline_12345') && rng.chance(0.6) ? rng.int(3, 5) : null);
  const day = serviceDate(receivedAt).replaceAll('-', '');
  intakes.push({
    id: randomUUID(),
    caseId: id,
    channel,
    trigger: channel === 'mandatory_report' ? (story.trigger ?? 'other_serious_harm') : (story.trigger ?? null),
    description: fillText(story.summary, child),
    reporterName,
    reporterPhone,
    reporterRelation: story.relation,
    reporterUnitId: unitKey ? (ctx.units.get(UNIT_NAMES[unitKey]) ?? null) : null,
    reporterUserId: teacher ? acct('demo_teacher').id : null,
    apiClientId: channel === 'hotline_12345' ? ctx.apiClientId : null,
    externalId: channel === 'hotline_12345' ? `GD${day}${String(rng.int(100, 9999)).padStart(4, '0')}` : null,
    receivedAt,
    outcome: told ? story.outcome : null,
    toldAt: told ? new Date(told) : null,
    satisfaction: told ? satisfaction : null,
    createdAt: receivedAt,
  });
  if (told) event('feedback', told, owner, `已向报告人反馈处理结果：${story.outcome}`);
  if (slot.secondIntake) {
    const again = between(planned + D, now - 2 * H);
    const caller = relationName('F');
    names.push(caller);
    intakes.push({
      id: randomUUID(),
      caseId: id,
      channel: 'hotline',
      trigger: null,
      description: `再次来电：反映${child.location}该户孩子晚上仍常独自在家，询问处理进展。`,
      reporterName: caller,
      reporterPhone: phone(rng),
      reporterRelation: '邻居',
      reporterUnitId: null,
      reporterUserId: null,
      apiClientId: null,
      externalId: null,
      receivedAt: new Date(again),
      createdAt: new Date(again),
    });
    event('intake_added', again, { id: null, name: '系统' }, '同一儿童的新报告已并入本个案');
  }
  if (slot.overdue)
    event('escalated', respondBy.getTime() + MIN, { id: null, name: '系统' }, '超过响应时限未受理，已提醒县级督导');

  // Break-the-glass: a county officer not on the team opens the case in an emergency.
  const breaks: BuiltCase['breaks'] = [];
  if (slot.breakGlass) {
    const who = acct('zhou.min');
    const when = now - 3 * H;
    const reason = '孩子今晨再次离家未归，需立即查看监护人联系方式和此前处置情况，配合派出所查找。';
    breaks.push({ caseId: id, userId: who.id, reason, at: new Date(when), expiresAt: new Date(when + D) });
    event('break_glass', when, who, reason);
  }

  // Guardianship measures.
  const guardianships: BuiltCase['guardianships'] = [];
  const started = at('temporary_guardianship') ?? at('long_term_guardianship');
  if (slot.guardianship && started) {
    const ended = at('end_temporary_guardianship');
    guardianships.push({
      caseId: id,
      kind: slot.guardianship === 'long_term' ? 'long_term' : 'temporary',
      trigger:
        slot.guardianship === 'long_term'
          ? 'guardian_dead'
          : slot.guardianship === 'temporary'
            ? 'left_unattended'
            : 'serious_harm_or_threat',
      placement:
        slot.guardianship === 'long_term'
          ? 'welfare_institution'
          : slot.guardianship === 'temporary'
            ? 'foster_family'
            : 'protection_institution',
      placementDetail:
        slot.guardianship === 'long_term'
          ? '乐山市儿童福利院'
          : slot.guardianship === 'temporary'
            ? '经评估合格的家庭寄养（市中区）'
            : '乐山市未成年人救助保护中心',
      startedOn: serviceDate(new Date(started)),
      endedOn: ended ? serviceDate(new Date(ended)) : null,
      returnAssessment: ended ? RETURN_ASSESSMENT : null,
      createdBy: owner.id,
      createdAt: new Date(started),
    });
  }

  // The log in time order, checked against the stage table.
  events.sort((a, b) => a.at - b.at);
  const actions = events.map((e, i) => ({
    caseId: id,
    seq: i + 1,
    action: e.action,
    note: e.note,
    data: {},
    actorId: e.by.id,
    actorName: e.by.name,
    at: new Date(e.at),
  }));
  let stage: CaseStage = 'intake';
  for (const [i, e] of events.entries()) {
    const rule = CASE_ACTIONS[e.action];
    if (!rule.from.includes(stage))
      throw new Error(`demo case ${story.key}: ${e.action} at step ${i + 1} not allowed from ${stage}`);
    stage = rule.to ?? stage;
  }
  if (caseStage(events) !== slot.stage) throw new Error(`demo case ${story.key} folds to ${stage}, not ${slot.stage}`);

  // The team: the owner (who accepted), demo_protect beside demo_county, demo_county on urgent cases.
  const members: BuiltCase['members'] = [];
  if (reach >= 1) {
    members.push({ caseId: id, userId: owner.id, role: 'owner', addedBy: owner.id, addedAt: new Date(accepted) });
    const extra =
      slot.owner === 'demo_county'
        ? 'demo_protect'
        : demoCounty && urgent && slot.owner === 'demo_protect'
          ? 'demo_county'
          : null;
    if (extra)
      members.push({
        caseId: id,
        userId: acct(extra).id,
        role: 'member',
        addedBy: owner.id,
        addedAt: new Date(accepted),
      });
  }

  const createdBy =
    channel === 'hotline'
      ? acct('demo_hotline').id
      : teacher
        ? acct('demo_teacher').id
        : channel === 'hotline_12345'
          ? null
          : channel === 'discovery' && demoCounty
            ? acct('demo_village').id
            : owner.id;
  const centre = slot.owner === 'demo_protect' || slot.owner === 'xie.hong' || (demoCounty && reach === 0);
  return {
    slot,
    row: {
      id,
      channel,
      tier: story.tier,
      stage: slot.stage,
      childId: child.id,
      childName: child.name,
      childSex: child.sex,
      childAge: child.age,
      divisionCode: child.divisionCode,
      countyCode: ctx.countyCode(slot),
      institutionId: centre ? ctx.centreId : null,
      location: child.location,
      summary: fillText(story.summary, child),
      immediateDanger: story.danger ?? false,
      receivedAt,
      respondBy,
      assessBy,
      tierVersion: DEFAULT_CASE_TIER_SETTINGS.version,
      ownerId: reach >= 1 ? owner.id : null,
      guardianship: slot.guardianship === 'temporary' || slot.guardianship === 'long_term' ? slot.guardianship : null,
      closedAt: closedAt ? new Date(closedAt) : null,
      version: 1 + events.filter((e) => CASE_ACTIONS[e.action].to !== null).length,
      createdBy,
      createdAt: receivedAt,
    },
    intakes,
    actions,
    members,
    referrals,
    tasks,
    guardianships,
    breaks,
    names,
    places: child.places,
    notes: [story.verify, story.assess, story.plan, story.closure].filter((n) => n !== ''),
  };
}
