// Intake from every channel (统一受理): the hotline operator's form, a mandatory report from an organisation
// account, a 12345 work order pushed through the API. Each gets a receipt number, a tier and deadlines from the
// versioned settings, and lands at the protection centre of the county where the child is.
import { createHash, randomUUID } from 'node:crypto';
import {
  caseDeadline,
  serviceDate,
  suggestTier,
  type CaseChannel,
  type CaseTier,
  type ReportTrigger,
} from '@hehu/domain';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Queryable, Tx } from '../../db/connection.ts';
import { isUniqueViolation, queryRows } from '../../db/raw.ts';
import {
  apiClients,
  caseActions,
  caseIntakes,
  cases,
  children,
  divisions,
  institutions,
  partnerUnits,
} from '../../db/schema.ts';
import { partnerUnitsFor, scopeCondition, scopeFor } from '../../platform/access.ts';
import { AppError } from '../../platform/errors.ts';
import { recordThenFail } from '../../platform/unit-of-work.ts';
import type { RouteContext } from '../../platform/http.ts';
import { loadCalendar } from '../applications/index.ts';
import type { IntakeInput, ReportInput, WorkOrderInput, receiptView } from './cases.schemas.ts';
import { tierSettingsOn } from './cases.settings.ts';

type Receipt = z.infer<typeof receiptView>;
type Ctx = Pick<
  RouteContext<unknown, unknown, unknown, 'public'>,
  'db' | 'actor' | 'audit' | 'transaction' | 'services'
>;

interface NewIntake {
  channel: CaseChannel;
  childName: string;
  childSex: 'male' | 'female' | null;
  childAge: number | null;
  childId: string | null;
  divisionCode: string;
  location: string;
  summary: string;
  trigger: ReportTrigger | null;
  immediateDanger: boolean;
  tier: CaseTier;
  receivedAt: Date;
  reporterName: string | null;
  reporterPhone: string | null;
  reporterRelation: string | null;
  reporterUnitId: string | null;
  reporterUserId: string | null;
  apiClientId: string | null;
  externalId: string | null;
}

/** The division as a county, township or village of the city, with its county's name. */
async function placeOf(db: Queryable, city: string, code: string): Promise<{ county: string; countyName: string }> {
  const county = code.slice(0, 6);
  const rows = await db
    .select({ code: divisions.code, name: divisions.name })
    .from(divisions)
    .where(sql`${divisions.code} in (${code}, ${county})`);
  const countyRow = rows.find((r) => r.code === county);
  if (!code.startsWith(city) || !rows.some((r) => r.code === code) || !countyRow)
    throw new AppError('CASE_DIVISION_INVALID', { field: 'divisionCode' });
  return { county, countyName: countyRow.name };
}

async function nextReceipt(db: Queryable, at: Date): Promise<string> {
  const [row] = await queryRows<{ n: string }>(db, sql`select nextval('case_receipt_seq')::text as n`);
  return `SB${serviceDate(at).replaceAll('-', '')}${(row?.n ?? '0').padStart(6, '0')}`;
}

/** Writes the case, its first intake and the log's first line; nothing else is needed for the case to be worked. */
async function writeIntake(tx: Tx, city: string, actorName: string, input: NewIntake): Promise<Receipt> {
  const place = await placeOf(tx, city, input.divisionCode);
  const today = serviceDate(input.receivedAt);
  const settings = await tierSettingsOn(tx, today);
  const calendar = await loadCalendar(tx);
  const limits = settings.tiers[input.tier];
  const respondBy = caseDeadline(input.receivedAt, limits.respond, calendar);
  const assessBy = caseDeadline(input.receivedAt, limits.assess, calendar);
  // The county's protection centre takes the case; a county without one works it from the civil-affairs bureau.
  const [centre] = await tx
    .select({ id: institutions.id })
    .from(institutions)
    .where(and(eq(institutions.kind, 'protection_center'), eq(institutions.divisionCode, place.county)))
    .orderBy(asc(institutions.createdAt))
    .limit(1);
  const receiptNo = await nextReceipt(tx, input.receivedAt);
  const caseId = randomUUID();
  // No RETURNING: whoever takes the call may not be allowed to read the case back (row-level security).
  await tx.insert(cases).values({
    id: caseId,
    receiptNo,
    channel: input.channel,
    tier: input.tier,
    childId: input.childId,
    childName: input.childName,
    childSex: input.childSex,
    childAge: input.childAge,
    divisionCode: input.divisionCode,
    countyCode: place.county,
    institutionId: centre?.id ?? null,
    location: input.location,
    summary: input.summary,
    immediateDanger: input.immediateDanger,
    receivedAt: input.receivedAt,
    respondBy,
    assessBy,
    tierVersion: settings.version,
    createdBy: input.reporterUserId,
  });
  await tx.insert(caseIntakes).values({
    id: randomUUID(),
    caseId,
    receiptNo,
    channel: input.channel,
    childName: input.childName,
    trigger: input.trigger,
    description: input.summary,
    reporterName: input.reporterName,
    reporterPhone: input.reporterPhone,
    reporterRelation: input.reporterRelation,
    reporterUnitId: input.reporterUnitId,
    reporterUserId: input.reporterUserId,
    apiClientId: input.apiClientId,
    externalId: input.externalId,
    receivedAt: input.receivedAt,
  });
  await tx.insert(caseActions).values({
    caseId,
    seq: 1,
    action: 'intake_added',
    note: null,
    data: { receiptNo, channel: input.channel, tier: input.tier },
    actorId: input.reporterUserId,
    actorName,
  });
  return {
    receiptNo,
    caseId,
    tier: input.tier,
    respondBy: respondBy.toISOString(),
    countyName: place.countyName,
    duplicate: false,
  };
}

/**
 * A discovery filed by another module in its own transaction: a risk assessment that finds the guardianship
 * absent becomes a case for the child's county (RULES §6), with the assessor as its reporter.
 */
export async function fileDiscovery(
  tx: Tx,
  city: string,
  reporter: { userId: string; name: string },
  input: {
    childId: string;
    childName: string;
    childSex: 'male' | 'female' | null;
    childAge: number | null;
    divisionCode: string;
    summary: string;
    urgent: boolean;
  },
): Promise<Receipt> {
  return writeIntake(tx, city, reporter.name, {
    ...input,
    channel: 'discovery',
    location: '',
    trigger: null,
    immediateDanger: input.urgent,
    tier: input.urgent ? 'urgent' : 'general',
    receivedAt: new Date(),
    reporterName: reporter.name,
    reporterPhone: null,
    reporterRelation: null,
    reporterUnitId: null,
    reporterUserId: reporter.userId,
    apiClientId: null,
    externalId: null,
  });
}

/** The hotline operator's form (also walk-ins, police transfers and discoveries). */
export async function takeIntake(ctx: Ctx & { actor: NonNullable<Ctx['actor']> }, input: IntakeInput) {
  const tier = input.tier ?? suggestTier(input);
  return ctx.transaction(async (tx) => {
    // A discovery on a visit names the child's file: it must be one the caller reaches.
    let childName = input.childName;
    if (input.childId) {
      const [child] = await tx
        .select({ name: children.name })
        .from(children)
        .where(
          and(
            eq(children.id, input.childId),
            scopeCondition(scopeFor(ctx.actor, 'children:read'), children.divisionCode, children.institutionId),
          ),
        );
      if (!child) throw new AppError('CASE_CHILD_NOT_FOUND', { field: 'childId' });
      childName = child.name;
    }
    const receipt = await writeIntake(tx, ctx.services.config.city, ctx.actor.displayName, {
      ...input,
      childName,
      tier,
      receivedAt: new Date(),
      reporterName: input.reporterName || null,
      reporterRelation: input.reporterRelation || null,
      reporterUnitId: null,
      reporterUserId: ctx.actor.userId,
      apiClientId: null,
      externalId: null,
    });
    await ctx.audit(tx, {
      action: 'case.intake',
      targetType: 'case',
      targetId: receipt.caseId,
      details: { receiptNo: receipt.receiptNo, channel: input.channel, tier },
    });
    // Whoever cannot work cases learns the receipt, not where the case lives.
    return ctx.actor.permissions.has('cases:read') ? receipt : { ...receipt, caseId: null };
  });
}

/** A mandatory report from an organisation account: the unit comes from the account's grant. */
export async function fileReport(ctx: Ctx & { actor: NonNullable<Ctx['actor']> }, input: ReportInput) {
  const [unitId] = partnerUnitsFor(ctx.actor, 'cases:report');
  if (!unitId) throw new AppError('FORBIDDEN');
  return ctx.transaction(async (tx) => {
    const [unit] = await tx
      .select({ name: partnerUnits.name, division: partnerUnits.divisionCode })
      .from(partnerUnits)
      .where(eq(partnerUnits.id, unitId));
    if (!unit) throw new AppError('FORBIDDEN');
    const tier = suggestTier({
      trigger: input.trigger,
      immediateDanger: input.immediateDanger,
      consultationOnly: false,
    });
    const receipt = await writeIntake(tx, ctx.services.config.city, `${unit.name} · ${ctx.actor.displayName}`, {
      channel: 'mandatory_report',
      childName: input.childName,
      childSex: input.childSex,
      childAge: input.childAge,
      childId: null,
      divisionCode: input.divisionCode ?? unit.division,
      location: input.location,
      summary: input.description,
      trigger: input.trigger,
      immediateDanger: input.immediateDanger,
      tier,
      receivedAt: new Date(),
      reporterName: ctx.actor.displayName,
      reporterPhone: input.reporterPhone,
      reporterRelation: null,
      reporterUnitId: unitId,
      reporterUserId: ctx.actor.userId,
      apiClientId: null,
      externalId: null,
    });
    await ctx.audit(tx, {
      action: 'case.report',
      targetType: 'case',
      targetId: receipt.caseId,
      details: { receiptNo: receipt.receiptNo, trigger: input.trigger },
    });
    // The reporter is told the outcome of its report, never the case.
    return { ...receipt, caseId: null };
  });
}

export const hashApiKey = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex');

async function receiptOfWorkOrder(db: Queryable, clientId: string, workOrderNo: string): Promise<Receipt | null> {
  const [row] = await queryRows<{ receipt_no: string; tier: CaseTier; respond_by: string | Date; county_code: string }>(
    db,
    sql`select * from hehu_work_order_receipt(${clientId}::uuid, ${workOrderNo})`,
  );
  if (!row) return null;
  const [county] = await db.select({ name: divisions.name }).from(divisions).where(eq(divisions.code, row.county_code));
  return {
    receiptNo: row.receipt_no,
    caseId: null,
    tier: row.tier,
    respondBy: new Date(row.respond_by).toISOString(),
    countyName: county?.name ?? '',
    duplicate: true,
  };
}

/**
 * A 12345 work order: the sending system's key is checked (a bad or revoked key is refused and audited), and a
 * work order sent twice — one after the other or at the same moment — makes one case and answers the same receipt.
 */
export async function receiveWorkOrder(ctx: Ctx, apiKey: string | undefined, input: WorkOrderInput) {
  const [client] = apiKey
    ? await ctx.db
        .select({ id: apiClients.id, name: apiClients.name })
        .from(apiClients)
        .where(and(eq(apiClients.keyHash, hashApiKey(apiKey)), isNull(apiClients.revokedAt)))
    : [];
  if (!client) {
    await ctx.audit(ctx.db, {
      action: 'case.work_order.refused',
      outcome: 'failure',
      targetType: 'api_client',
      details: { workOrderNo: input.workOrderNo, keyGiven: Boolean(apiKey) },
    });
    recordThenFail(new AppError('API_KEY_INVALID'));
  }
  const earlier = await receiptOfWorkOrder(ctx.db, client.id, input.workOrderNo);
  if (earlier) return earlier;
  const tier: CaseTier = input.urgent ? 'urgent' : 'general';
  try {
    return await ctx.transaction(async (tx) => {
      const receipt = await writeIntake(tx, ctx.services.config.city, client.name, {
        channel: 'hotline_12345',
        childName: input.childName || '不详',
        childSex: null,
        childAge: null,
        childId: null,
        divisionCode: input.districtCode,
        location: input.address,
        summary: input.content,
        trigger: null,
        immediateDanger: input.urgent,
        tier,
        receivedAt: new Date(input.receivedAt),
        reporterName: input.callerName || null,
        reporterPhone: input.callerPhone,
        reporterRelation: null,
        reporterUnitId: null,
        reporterUserId: null,
        apiClientId: client.id,
        externalId: input.workOrderNo,
      });
      await ctx.audit(tx, {
        action: 'case.work_order',
        targetType: 'case',
        targetId: receipt.caseId,
        details: { receiptNo: receipt.receiptNo, workOrderNo: input.workOrderNo, client: client.name },
      });
      return { ...receipt, caseId: null };
    });
  } catch (e) {
    // The same work order committed by a parallel request: its receipt is the answer.
    if (!isUniqueViolation(e)) throw e;
    const parallel = await receiptOfWorkOrder(ctx.db, client.id, input.workOrderNo);
    if (!parallel) throw e;
    return parallel;
  }
}
