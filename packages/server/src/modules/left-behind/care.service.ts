// A left-behind child's care: the record read with its carer check and alerts, saved under a version check, and
// the parents' contact log. Alerts (a week without contact, Art. 21's unattended and living-alone rules) are
// computed from the record and the date on every read, never stored.
import {
  CARER_EXCLUSION_CODES,
  LIVING_ARRANGEMENT_LABELS,
  ageOn,
  checkEntrustedCarer,
  contactAlerts,
  livingAlerts,
  type FieldProblem,
} from '@hehu/domain';
import { and, desc, eq, gt, isNotNull, isNull, lte, or } from 'drizzle-orm';
import type { Queryable } from '../../db/connection.ts';
import { childCategories, documents, leftBehindCare, parentContacts } from '../../db/schema.ts';
import type { Scope } from '../../platform/access.ts';
import { AppError } from '../../platform/errors.ts';
import {
  conflict,
  isCurrent,
  loadRelations,
  loadSituations,
  requireChangeableChild,
  requireChild,
  type ChangeContext,
} from '../family/index.ts';
import type { CareView, ContactInput, SaveCareInput } from './care.schemas.ts';

type CareRow = typeof leftBehindCare.$inferSelect;
type ContactRow = typeof parentContacts.$inferSelect;

function toContactView(r: ContactRow, replayed: boolean) {
  return {
    id: r.id,
    contactDate: r.contactDate,
    channel: r.channel,
    parent: r.parent,
    note: r.note,
    recordedName: r.recordedName,
    replayed,
  };
}

/** The day the child's current 留守 category began: the parents' leaving as the decision found it. */
async function leftBehindSince(db: Queryable, childId: string, today: string): Promise<string | null> {
  const [row] = await db
    .select({ start: childCategories.startDate })
    .from(childCategories)
    .where(
      and(
        eq(childCategories.childId, childId),
        eq(childCategories.category, 'left_behind'),
        lte(childCategories.startDate, today),
        or(isNull(childCategories.endDate), gt(childCategories.endDate, today)),
      ),
    )
    .limit(1);
  return row?.start ?? null;
}

interface CarerFacts {
  relationId: string;
  kind: string;
  name: string;
  relationLabel: string | null;
  birthDate: string | null;
  age: number | null;
}

async function carersOf(db: Queryable, childId: string, today: string): Promise<CarerFacts[]> {
  const rows = await loadRelations(db, [childId], ['entrusted_carer', 'guardian']);
  return rows
    .filter((r) => isCurrent(r.relation.endDate, today))
    .map((r) => ({
      relationId: r.relation.id,
      kind: r.relation.kind,
      name: r.person.name,
      relationLabel: r.relation.relationLabel,
      birthDate: r.person.birthDate,
      age: r.person.birthDate ? ageOn(r.person.birthDate, today) : null,
    }));
}

/** Why the named carer may not be entrusted, with fields named as the form names them (carer.*). */
function carerProblems(
  carer: CarerFacts | undefined,
  care: Pick<SaveCareInput, 'carerFullCapacity' | 'carerExclusions'>,
  today: string,
): FieldProblem[] {
  if (!carer) return [];
  if (!carer.birthDate)
    return [
      {
        field: 'carer.birthDate',
        zh: '请先在家庭成员中填写被委托照护人的出生日期',
        en: "Enter the carer's birth date first",
      },
    ];
  return checkEntrustedCarer(
    { birthDate: carer.birthDate, fullCapacity: care.carerFullCapacity === true, exclusions: care.carerExclusions },
    today,
  ).map((p) => ({ ...p, field: `carer.${p.field}` }));
}

/** The linked agreement scan, looked up on the child's own file (the save admits no other). */
async function agreementDocumentOf(db: Queryable, childId: string, documentId: string | null) {
  if (documentId === null) return null;
  const [doc] = await db
    .select({ id: documents.id, title: documents.title, fileName: documents.fileName, mimeType: documents.mimeType })
    .from(documents)
    .where(and(eq(documents.id, documentId), eq(documents.childId, childId)))
    .limit(1);
  return doc ?? null;
}

export async function readCare(db: Queryable, scope: Scope, childId: string, today: string): Promise<CareView> {
  const child = await requireChild(db, scope, childId);
  const [care] = await db.select().from(leftBehindCare).where(eq(leftBehindCare.childId, child.id)).limit(1);
  const since = await leftBehindSince(db, child.id, today);
  const carers = await carersOf(db, child.id, today);
  const parentRows = (await loadRelations(db, [child.id], ['father', 'mother'])).filter((r) =>
    isCurrent(r.relation.endDate, today),
  );
  const situations = await loadSituations(
    db,
    parentRows.map((r) => r.person.id),
  );
  const contacts = await db
    .select()
    .from(parentContacts)
    .where(eq(parentContacts.childId, child.id))
    .orderBy(desc(parentContacts.contactDate), desc(parentContacts.createdAt))
    .limit(30);
  const standing = since
    ? contactAlerts({ lastContact: contacts[0]?.contactDate ?? null, leftSince: since }, today)
    : null;
  const alerts = [
    ...(standing?.alerts ?? []),
    ...(care ? livingAlerts({ birthDate: child.birthDate, livingArrangement: care.livingArrangement }, today) : []),
  ];
  const carer = carers.find((c) => c.relationId === care?.carerRelationId);
  return {
    childId: child.id,
    leftBehind: since !== null,
    care: care ? toCareRecord(care) : null,
    agreementDocument: await agreementDocumentOf(db, child.id, care?.agreementDocumentId ?? null),
    carers,
    parents: parentRows.map((r) => ({
      kind: r.relation.kind,
      name: r.person.name,
      workPlace: r.person.workPlace,
      awaySince:
        situations.find((s) => s.personId === r.person.id && s.code === 'working_away' && isCurrent(s.until, today))
          ?.since ?? null,
    })),
    contact: {
      countedFrom: standing?.countedFrom ?? null,
      daysSince: standing?.daysSince ?? null,
      due: standing?.due ?? null,
    },
    contacts: contacts.map((c) => toContactView(c, false)),
    alerts: alerts.map((a) => ({ code: a.code, zh: a.zh, en: a.en })),
    carerProblems: care ? carerProblems(carer, care, today) : [],
    labels: { living: LIVING_ARRANGEMENT_LABELS },
  };
}

function toCareRecord(r: CareRow) {
  return {
    livingArrangement: r.livingArrangement,
    carerRelationId: r.carerRelationId,
    carerFullCapacity: r.carerFullCapacity,
    carerExclusions: r.carerExclusions,
    carerEvidence: r.carerEvidence,
    carerCheckedOn: r.carerCheckedOn,
    agreementSignedOn: r.agreementSignedOn,
    agreementDocumentId: r.agreementDocumentId,
    schoolNotifiedOn: r.schoolNotifiedOn,
    villageNotifiedOn: r.villageNotifiedOn,
    version: r.version,
    updatedAt: r.updatedAt.toISOString(),
  };
}

const notAfterToday = (date: string | null, field: string, today: string) => {
  if (date !== null && date > today)
    throw AppError.rule(
      'CARE_DATE_FUTURE',
      `${field} 的日期 ${date} 晚于今天 ${today}`,
      `${field}: ${date} is after today`,
      {
        field,
        max: today,
      },
    );
};

export async function saveCare(ctx: ChangeContext, childId: string, input: SaveCareInput, today: string) {
  const scope = ctx.scope('visits:record');
  return ctx.transaction(async (tx) => {
    const child = await requireChangeableChild(tx, scope, childId);
    for (const f of ['agreementSignedOn', 'schoolNotifiedOn', 'villageNotifiedOn'] as const)
      notAfterToday(input[f], f, today);
    const carers = await carersOf(tx, child.id, today);
    const carer = carers.find((c) => c.relationId === input.carerRelationId);
    if (input.carerRelationId !== null && !carer)
      throw AppError.rule(
        'CARER_RELATION_INVALID',
        '所选照护人不是该儿童当前的被委托照护人或监护人：请先在“家庭”中添加',
        "The chosen carer is not the child's current entrusted carer or guardian; add them under Family first",
        { field: 'carerRelationId' },
      );
    const problems = carerProblems(carer, input, today);
    if (problems.length > 0) {
      const [first] = problems;
      throw AppError.rule('CARER_NOT_ELIGIBLE', first?.zh ?? '', first?.en ?? '', {
        field: first?.field,
        problems,
      });
    }
    if (input.agreementDocumentId !== null) {
      const [doc] = await tx
        .select({ id: documents.id })
        .from(documents)
        .where(and(eq(documents.id, input.agreementDocumentId), eq(documents.childId, child.id)))
        .limit(1);
      if (!doc)
        throw AppError.rule(
          'CARER_RELATION_INVALID',
          '协议扫描件不在该儿童的档案材料中：请先上传到该儿童的档案',
          "The agreement scan is not one of this child's documents: upload it to the child's file first",
          {
            field: 'agreementDocumentId',
          },
        );
    }
    const values = {
      livingArrangement: input.livingArrangement,
      carerRelationId: input.carerRelationId,
      carerFullCapacity: input.carerFullCapacity,
      carerExclusions: Object.fromEntries(CARER_EXCLUSION_CODES.map((c) => [c, input.carerExclusions[c] === true])),
      carerEvidence: input.carerEvidence,
      carerCheckedOn: input.carerRelationId ? today : null,
      agreementSignedOn: input.agreementSignedOn,
      agreementDocumentId: input.agreementDocumentId,
      schoolNotifiedOn: input.schoolNotifiedOn,
      villageNotifiedOn: input.villageNotifiedOn,
      updatedBy: ctx.actor.userId,
      updatedAt: new Date(),
    };
    const [before] = await tx.select().from(leftBehindCare).where(eq(leftBehindCare.childId, child.id)).limit(1);
    // The version guards the write itself: a second saver on the same version changes nothing and is told.
    const [saved] =
      input.version === 0
        ? await tx
            .insert(leftBehindCare)
            .values({ childId: child.id, ...values, version: 1 })
            .onConflictDoNothing()
            .returning()
        : await tx
            .update(leftBehindCare)
            .set({ ...values, version: input.version + 1 })
            .where(and(eq(leftBehindCare.childId, child.id), eq(leftBehindCare.version, input.version)))
            .returning();
    if (!saved)
      throw conflict(
        'CARE_CHANGED',
        `关爱记录已被他人修改（当前版本 ${before?.version ?? 0}，您看到的是 ${input.version}），请刷新后再改`,
        `Someone else changed the care record (now version ${before?.version ?? 0}, you saw ${input.version}); reload it`,
        { field: 'version', current: before?.version ?? 0 },
      );
    await ctx.audit(tx, {
      action: 'care.save',
      targetType: 'child',
      targetId: child.id,
      before: before ? toCareRecord(before) : null,
      after: toCareRecord(saved),
    });
    return toCareRecord(saved);
  });
}

/**
 * Unlinks the agreement scan from the care record, on the version the caller saw (a record changed since answers
 * 409 and changes nothing). The document stays on the child's file among the other documents, as nothing a user
 * uploads is deleted; the agreement's signed date stays too: the scan was wrong or is replaced, the agreement stands.
 */
export async function unlinkAgreementScan(ctx: ChangeContext, childId: string, version: number) {
  const scope = ctx.scope('visits:record');
  return ctx.transaction(async (tx) => {
    const child = await requireChangeableChild(tx, scope, childId);
    const [before] = await tx.select().from(leftBehindCare).where(eq(leftBehindCare.childId, child.id)).limit(1);
    // The version guards the write itself, as the record's save does.
    const [saved] = await tx
      .update(leftBehindCare)
      .set({ agreementDocumentId: null, updatedBy: ctx.actor.userId, updatedAt: new Date(), version: version + 1 })
      .where(
        and(
          eq(leftBehindCare.childId, child.id),
          eq(leftBehindCare.version, version),
          isNotNull(leftBehindCare.agreementDocumentId),
        ),
      )
      .returning();
    if (!saved) {
      const current = before?.version ?? 0;
      if (current !== version)
        throw conflict(
          'CARE_CHANGED',
          `关爱记录已被他人修改（当前版本 ${current}，您看到的是 ${version}），请刷新后再改`,
          `Someone else changed the care record (now version ${current}, you saw ${version}); reload it`,
          { field: 'version', current },
        );
      // The version seen, and no scan linked on it: there is nothing to unlink.
      throw new AppError('NOT_FOUND');
    }
    const documentId = before?.agreementDocumentId ?? null;
    const [doc] = documentId
      ? await tx
          .select({ fileName: documents.fileName })
          .from(documents)
          .where(and(eq(documents.id, documentId), eq(documents.childId, child.id)))
          .limit(1)
      : [];
    await ctx.audit(tx, {
      action: 'care.agreement.unlink',
      targetType: 'child',
      targetId: child.id,
      before: before ? toCareRecord(before) : null,
      after: toCareRecord(saved),
      details: { documentId, fileName: doc?.fileName ?? null },
    });
    return toCareRecord(saved);
  });
}

export async function recordContact(ctx: ChangeContext, childId: string, input: ContactInput, today: string) {
  const scope = ctx.scope('visits:record');
  return ctx.transaction(async (tx) => {
    const child = await requireChangeableChild(tx, scope, childId);
    if (input.contactDate > today || input.contactDate < child.birthDate)
      throw AppError.rule(
        'CONTACT_DATE_INVALID',
        `联系日期（contactDate）${input.contactDate} 须在儿童出生（${child.birthDate}）之后、不晚于今天（${today}）`,
        `The contact date (contactDate) ${input.contactDate} must be between the birth (${child.birthDate}) and today (${today})`,
        { field: 'contactDate' },
      );
    const [inserted] = await tx
      .insert(parentContacts)
      .values({ ...input, childId: child.id, recordedBy: ctx.actor.userId, recordedName: ctx.actor.displayName })
      .onConflictDoNothing({ target: parentContacts.id })
      .returning();
    if (!inserted) {
      const [earlier] = await tx
        .select()
        .from(parentContacts)
        .where(and(eq(parentContacts.id, input.id), eq(parentContacts.childId, child.id)))
        .limit(1);
      if (!earlier) throw new AppError('CONTACT_ID_TAKEN', { field: 'id' });
      return toContactView(earlier, true);
    }
    await ctx.audit(tx, {
      action: 'care.contact',
      targetType: 'child',
      targetId: child.id,
      details: { contactId: inserted.id, contactDate: inserted.contactDate, channel: inserted.channel },
    });
    return toContactView(inserted, false);
  });
}
