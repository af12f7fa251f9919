// Who may open a case, and the reads of the case list and workspace. A case is in reach by its division or
// its protection centre (cases:read); it is open to its team, to supervisors in scope and to whoever broke the
// glass with a written reason. In reach but not open: listed with the name masked, and 403 CASE_TEAM_ONLY on
// opening. Out of reach: 404.
import {
  CASE_ACTIONS,
  allowedCaseActions,
  caseDueAt,
  maskName,
  overdueBy,
  serviceDate,
  type CaseActionCode,
  type CaseDuty,
} from '@hehu/domain';
import { and, asc, desc, eq, exists, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/connection.ts';
import {
  caseAccessBreaks,
  caseActions,
  caseGuardianships,
  caseDocuments,
  caseIntakes,
  caseLibrary,
  caseMembers,
  caseReferrals,
  caseTasks,
  cases,
  divisions,
  partnerUnits,
  users,
} from '../../db/schema.ts';
import { scopeCondition, type Actor, type Scope } from '../../platform/access.ts';
import { AppError } from '../../platform/errors.ts';
import type { CaseDetail, caseListQuery, caseRow } from './cases.schemas.ts';
import type { z } from 'zod';

export type CaseRecord = typeof cases.$inferSelect;
export interface CaseScopes {
  read: Scope;
  supervise: Scope;
  work: Scope;
}

const onTeam = (userId: string) =>
  exists(
    sql`(select 1 from ${caseMembers} where ${caseMembers.caseId} = ${cases.id} and ${caseMembers.userId} = ${userId})`,
  );
/**
 * The caller's team cases as an id list the primary key answers (`id = any(array(…))`), so "in scope or on the
 * team" is two index scans rather than a check of every case in the city.
 */
const teamIds = (userId: string) =>
  sql`${cases.id} = any(array(select ${caseMembers.caseId} from ${caseMembers} where ${caseMembers.userId} = ${userId}))`;
const glassBroken = (userId: string, now: Date) =>
  exists(
    sql`(select 1 from ${caseAccessBreaks} where ${caseAccessBreaks.caseId} = ${cases.id}
      and ${caseAccessBreaks.userId} = ${userId} and ${caseAccessBreaks.expiresAt} > ${now})`,
  );

/** Cases the caller may see listed: in the read scope, or on its team. */
export function caseReach(read: Scope, userId: string): SQL {
  return or(scopeCondition(read, cases.divisionCode, cases.institutionId), teamIds(userId)) ?? sql`false`;
}

/**
 * Cases the caller may open: its team's, those it supervises, those it broke the glass on, and — until someone
 * accepts it — a new case for every worker in scope (it is put in front of the county's protection centre).
 */
export function caseOpenTo(scopes: { supervise: Scope; work: Scope }, userId: string, now: Date): SQL {
  return (
    or(
      onTeam(userId),
      scopeCondition(scopes.supervise, cases.divisionCode, cases.institutionId),
      glassBroken(userId, now),
      and(isNull(cases.ownerId), scopeCondition(scopes.work, cases.divisionCode, cases.institutionId)),
    ) ?? sql`false`
  );
}

export interface CaseAccess {
  record: CaseRecord;
  team: boolean;
  supervise: boolean;
  /** A new case nobody has accepted yet, in the caller's work scope. */
  claimable: boolean;
  open: boolean;
}

/** The case if it is in the caller's reach (404 otherwise), and how far it is open to the caller. */
export async function caseAccess(
  db: Queryable,
  actor: Actor,
  scopes: CaseScopes,
  id: string,
  now: Date,
): Promise<CaseAccess> {
  const [row] = await db
    .select({
      record: cases,
      team: onTeam(actor.userId).mapWith(Boolean),
      supervise: scopeCondition(scopes.supervise, cases.divisionCode, cases.institutionId).mapWith(Boolean),
      claimable:
        sql`(${isNull(cases.ownerId)} and ${scopeCondition(scopes.work, cases.divisionCode, cases.institutionId)})`.mapWith(
          Boolean,
        ),
      open: caseOpenTo(scopes, actor.userId, now).mapWith(Boolean),
    })
    .from(cases)
    .where(and(eq(cases.id, id), caseReach(scopes.read, actor.userId)));
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

/** Opening the workspace: 403 with the break-the-glass offer when the case is in reach but not open. */
export async function openCase(
  db: Queryable,
  actor: Actor,
  scopes: CaseScopes,
  id: string,
  now: Date,
): Promise<CaseAccess> {
  const access = await caseAccess(db, actor, scopes, id, now);
  if (!access.open) throw new AppError('CASE_TEAM_ONLY', { caseId: id });
  return access;
}

function dueOf(r: Pick<CaseRecord, 'stage' | 'respondBy' | 'assessBy'>, now: Date) {
  const due = caseDueAt(r.stage, { respondBy: r.respondBy, assessBy: r.assessBy });
  return { dueAt: due?.toISOString() ?? null, overdueMinutes: overdueBy(due, now) };
}

/** Overdue now: waiting for a response past respond_by, or for the first assessment past assess_by. */
export function overdueCondition(now: Date): SQL {
  return (
    or(
      and(eq(cases.stage, 'intake'), sql`${cases.respondBy} < ${now}`),
      and(inArray(cases.stage, ['verification', 'assessment']), sql`${cases.assessBy} < ${now}`),
    ) ?? sql`false`
  );
}

export async function listCases(
  db: Queryable,
  actor: Actor,
  scopes: CaseScopes,
  query: z.infer<typeof caseListQuery>,
  now: Date,
): Promise<{ items: z.infer<typeof caseRow>[]; total: number }> {
  const where = and(
    caseReach(scopes.read, actor.userId),
    query.stage === 'open' ? sql`${cases.stage} <> 'closed'` : eq(cases.stage, query.stage),
    query.tier ? eq(cases.tier, query.tier) : undefined,
    query.overdue === 'true' ? overdueCondition(now) : undefined,
    query.mine === 'true' ? teamIds(actor.userId) : undefined,
  );
  const [counted] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(cases)
    .where(where);
  const openReferrals = sql<number>`(select count(*)::int from ${caseReferrals}
    where ${caseReferrals.caseId} = ${cases.id} and ${caseReferrals.status} in ('sent', 'accepted'))`;
  const rows = await db
    .select({
      record: cases,
      open: caseOpenTo(scopes, actor.userId, now).mapWith(Boolean),
      divisionName: divisions.name,
      ownerName: users.displayName,
      openReferrals,
    })
    .from(cases)
    .innerJoin(divisions, eq(divisions.code, cases.divisionCode))
    .leftJoin(users, eq(users.id, cases.ownerId))
    .where(where)
    // Open cases: most urgent first (the tier, then the nearest deadline); closed ones: the latest closed first.
    .orderBy(
      ...(query.stage === 'closed'
        ? [desc(cases.closedAt), desc(cases.id)]
        : [
            sql`case ${cases.tier} when 'urgent' then 0 when 'general' then 1 else 2 end`,
            sql`case when ${cases.stage} = 'intake' then ${cases.respondBy} else ${cases.assessBy} end`,
            desc(cases.receivedAt),
          ]),
    )
    .limit(query.limit)
    .offset(query.offset);
  return {
    total: counted?.n ?? 0,
    items: rows.map((r) => ({
      id: r.record.id,
      receiptNo: r.record.receiptNo,
      tier: r.record.tier,
      stage: r.record.stage,
      channel: r.record.channel as z.infer<typeof caseRow>['channel'],
      open: r.open,
      childName: r.open ? r.record.childName : maskName(r.record.childName),
      divisionCode: r.record.divisionCode,
      divisionName: r.divisionName,
      receivedAt: r.record.receivedAt.toISOString(),
      ...dueOf(r.record, now),
      ownerName: r.ownerName,
      openReferrals: r.openReferrals,
    })),
  };
}

/** What the closure checks need: open referrals and tasks, an open temporary guardianship. */
export async function closureFacts(db: Queryable, caseId: string) {
  const [row] = await db
    .select({
      openReferrals: sql<number>`(select count(*)::int from ${caseReferrals} where ${caseReferrals.caseId} = ${caseId}
        and ${caseReferrals.status} in ('sent', 'accepted'))`,
      openTasks: sql<number>`(select count(*)::int from ${caseTasks} where ${caseTasks.caseId} = ${caseId}
        and ${caseTasks.doneOn} is null)`,
      temporary: sql<number>`(select count(*)::int from ${caseGuardianships} where ${caseGuardianships.caseId} = ${caseId}
        and ${caseGuardianships.kind} = 'temporary' and ${caseGuardianships.endedOn} is null)`,
    })
    .from(sql`(select 1) as one`);
  return {
    openReferrals: row?.openReferrals ?? 0,
    openTasks: row?.openTasks ?? 0,
    underTemporaryGuardianship: (row?.temporary ?? 0) > 0,
  };
}

export async function caseLog(db: Queryable, caseId: string) {
  return db.select().from(caseActions).where(eq(caseActions.caseId, caseId)).orderBy(asc(caseActions.seq));
}

/**
 * One line on the case's timeline that does not move its stage (a referral, a task done, an answer, break the
 * glass). The next number is taken from the log's last; the unique (case, seq) stops two writers taking the same.
 */
export async function logLine(
  db: Queryable,
  caseId: string,
  line: {
    action: CaseActionCode;
    note?: string | null;
    data?: Record<string, unknown>;
    actorId: string;
    actorName: string;
  },
): Promise<void> {
  const [last] = await db
    .select({ seq: sql<number>`coalesce(max(${caseActions.seq}), 0)::int` })
    .from(caseActions)
    .where(eq(caseActions.caseId, caseId));
  await db.insert(caseActions).values({ caseId, seq: (last?.seq ?? 0) + 1, ...line, note: line.note ?? null });
}

export function dutiesOf(actor: Actor, access: CaseAccess): Set<CaseDuty> {
  const duties = new Set<CaseDuty>();
  if ((access.team || access.supervise || access.claimable) && actor.permissions.has('cases:work')) duties.add('work');
  if (access.supervise) duties.add('supervise');
  return duties;
}

/** The workspace: everything about the case, the reporter's identity for the team and supervisors only. */
export async function caseDetail(db: Queryable, actor: Actor, access: CaseAccess, now: Date): Promise<CaseDetail> {
  const r = access.record;
  const [division] = await db
    .select({ name: divisions.name })
    .from(divisions)
    .where(eq(divisions.code, r.divisionCode));
  const team = await db
    .select({ userId: caseMembers.userId, name: users.displayName, role: caseMembers.role })
    .from(caseMembers)
    .innerJoin(users, eq(users.id, caseMembers.userId))
    .where(eq(caseMembers.caseId, r.id))
    .orderBy(asc(caseMembers.addedAt));
  const intakes = await db
    .select({ intake: caseIntakes, unitName: partnerUnits.name })
    .from(caseIntakes)
    .leftJoin(partnerUnits, eq(partnerUnits.id, caseIntakes.reporterUnitId))
    .where(eq(caseIntakes.caseId, r.id))
    .orderBy(asc(caseIntakes.receivedAt));
  const log = await caseLog(db, r.id);
  const tasks = await db.select().from(caseTasks).where(eq(caseTasks.caseId, r.id)).orderBy(asc(caseTasks.dueOn));
  const referrals = await db
    .select({ referral: caseReferrals, partnerName: partnerUnits.name, partnerKind: partnerUnits.kind })
    .from(caseReferrals)
    .innerJoin(partnerUnits, eq(partnerUnits.id, caseReferrals.partnerUnitId))
    .where(eq(caseReferrals.caseId, r.id))
    .orderBy(asc(caseReferrals.createdAt));
  const guardianships = await db
    .select()
    .from(caseGuardianships)
    .where(eq(caseGuardianships.caseId, r.id))
    .orderBy(asc(caseGuardianships.startedOn));
  const breaks = await db
    .select({ userName: users.displayName, reason: caseAccessBreaks.reason, at: caseAccessBreaks.at })
    .from(caseAccessBreaks)
    .innerJoin(users, eq(users.id, caseAccessBreaks.userId))
    .where(eq(caseAccessBreaks.caseId, r.id))
    .orderBy(desc(caseAccessBreaks.at));
  const [library] = await db.select({ id: caseLibrary.id }).from(caseLibrary).where(eq(caseLibrary.sourceCaseId, r.id));
  const documents = await db
    .select({
      id: caseDocuments.id,
      title: caseDocuments.title,
      fileName: caseDocuments.fileName,
      mimeType: caseDocuments.mimeType,
      sizeBytes: caseDocuments.sizeBytes,
      uploadedByName: caseDocuments.uploadedByName,
      createdAt: caseDocuments.createdAt,
    })
    .from(caseDocuments)
    .where(eq(caseDocuments.caseId, r.id))
    .orderBy(desc(caseDocuments.createdAt));
  const owner = team.find((m) => m.role === 'owner') ?? null;
  const seesReporter = access.team || access.supervise;
  const today = serviceDate(now);
  return {
    id: r.id,
    receiptNo: r.receiptNo,
    tier: r.tier,
    tierVersion: r.tierVersion,
    stage: r.stage,
    channel: r.channel as CaseDetail['channel'],
    version: r.version,
    child: { id: r.childId, name: r.childName, sex: r.childSex, age: r.childAge },
    divisionCode: r.divisionCode,
    divisionName: division?.name ?? r.divisionCode,
    countyCode: r.countyCode,
    location: r.location,
    summary: r.summary,
    immediateDanger: r.immediateDanger,
    receivedAt: r.receivedAt.toISOString(),
    respondBy: r.respondBy.toISOString(),
    assessBy: r.assessBy.toISOString(),
    ...dueOf(r, now),
    guardianship: r.guardianship,
    owner: owner ? { id: owner.userId, name: owner.name } : null,
    team,
    intakes: intakes.map(({ intake: i, unitName }) => ({
      id: i.id,
      receiptNo: i.receiptNo,
      channel: i.channel as CaseDetail['channel'],
      trigger: i.trigger as CaseDetail['intakes'][number]['trigger'],
      description: i.description,
      receivedAt: i.receivedAt.toISOString(),
      reporter: seesReporter
        ? { name: i.reporterName, phone: i.reporterPhone, relation: i.reporterRelation, unitName }
        : null,
      outcome: i.outcome,
      toldAt: i.toldAt?.toISOString() ?? null,
      satisfaction: i.satisfaction,
    })),
    actions: log.map((a) => ({
      id: a.id,
      action: a.action as CaseActionCode,
      label: CASE_ACTIONS[a.action as CaseActionCode].label,
      note: a.note,
      data: a.data as Record<string, unknown>,
      actorName: a.actorName,
      at: a.at.toISOString(),
    })),
    tasks: tasks.map((t) => ({
      id: t.id,
      goal: t.goal,
      title: t.title,
      ownerName: t.ownerName,
      dueOn: t.dueOn,
      doneOn: t.doneOn,
      serviceNote: t.serviceNote,
      version: t.version,
    })),
    referrals: referrals.map(({ referral: f, partnerName, partnerKind }) => ({
      id: f.id,
      partnerUnitId: f.partnerUnitId,
      partnerName,
      partnerKind,
      request: f.request,
      dueOn: f.dueOn,
      status: f.status,
      response: f.response,
      respondedAt: f.respondedAt?.toISOString() ?? null,
      overdue: (f.status === 'sent' || f.status === 'accepted') && f.dueOn < today,
    })),
    guardianships: guardianships.map((g) => ({
      id: g.id,
      kind: g.kind,
      trigger: g.trigger,
      placement: g.placement,
      placementDetail: g.placementDetail,
      startedOn: g.startedOn,
      endedOn: g.endedOn,
      returnAssessment: g.returnAssessment,
    })),
    glassBreaks: breaks.map((b) => ({ userName: b.userName, reason: b.reason, at: b.at.toISOString() })),
    documents: documents.map((d) => ({ ...d, createdAt: d.createdAt.toISOString() })),
    allowedActions: allowedCaseActions(r.stage, dutiesOf(actor, access)),
    canSupervise: access.supervise,
    libraryEntryId: library?.id ?? null,
  };
}
