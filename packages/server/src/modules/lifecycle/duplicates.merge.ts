// Merging two files of one child: the kept file takes over the other's relations, categories and
// documents (rows are re-pointed, never copied or deleted); the other is archived with mergedInto.
// A second current father or mother is not carried over: the caller chooses which relation stays and
// the other ends on the merge date (duplicates.relations.ts). One audit row lists every moved and
// ended row id, so a merge can be traced and, if wrong, undone by hand. Categories: see
// duplicates.categories.ts; visits, risk assessments and left-behind care: duplicates.visits.ts.
import { serviceDate } from '@hehu/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/connection.ts';
import { childCategories, childRelations, children, documents, duplicateSuspects } from '../../db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { recordHistory, type ChildRow } from '../children/index.ts';
import {
  endRelations,
  planRelations,
  relationsToEnd,
  type EndedRelation,
  type KeepRelations,
} from './duplicates.relations.ts';
import { mergeCategories } from './duplicates.categories.ts';
import { findSuspect } from './duplicates.store.ts';
import { moveVisitRecords } from './duplicates.visits.ts';
import { conflict, lockChild, type Ctx } from './lifecycle.shared.ts';
import { cancelPendingTransfers } from './transfers.store.ts';

type Change = { field: string; from: unknown; to: unknown };

/** The suspect row, locked, and still open: merge and dismiss both start here. */
export async function openSuspect(tx: Tx, ctx: Ctx, id: string) {
  const found = await findSuspect(tx, ctx.scope('children:write'), id);
  if (!found) throw new AppError('NOT_FOUND');
  const [row] = await tx.select().from(duplicateSuspects).where(eq(duplicateSuspects.id, id)).for('update');
  if (row?.status !== 'open') {
    throw conflict('DUPLICATE_NOT_OPEN', '该疑似重复记录已处理', 'This suspected duplicate has already been resolved', {
      status: row?.status,
    });
  }
  return row;
}

async function moveRows(tx: Tx, fromId: string, toId: string) {
  const relations = await tx
    .update(childRelations)
    .set({ childId: toId })
    .where(eq(childRelations.childId, fromId))
    .returning({ id: childRelations.id });
  const categories = await tx
    .update(childCategories)
    .set({ childId: toId })
    .where(eq(childCategories.childId, fromId))
    .returning({ id: childCategories.id });
  // A document about the child itself names the child as its subject: that moves too.
  const docs = await tx
    .update(documents)
    .set({
      childId: toId,
      subjectId: sql`case when ${documents.subjectType} = 'child' and ${documents.subjectId} = ${fromId}
        then ${toId}::uuid else ${documents.subjectId} end`,
    })
    .where(eq(documents.childId, fromId))
    .returning({ id: documents.id });
  return {
    relations: relations.map((r) => r.id),
    categories: categories.map((r) => r.id),
    documents: docs.map((r) => r.id),
  };
}

/**
 * When only the other file has the ID number, the kept file takes it (and the birth date and sex it
 * determines); the number is unique, so the archived file gives it up and records why it has none.
 */
async function takeOverIdNumber(tx: Tx, keep: ChildRow, other: ChildRow): Promise<{ keep: Change[]; other: Change[] }> {
  if (keep.idNumberIndex || !other.idNumberIndex) return { keep: [], other: [] };
  await tx
    .update(children)
    .set({
      idNumberEnc: null,
      idNumberIndex: null,
      idNumberMasked: null,
      noIdReason: other.noIdReason ?? '档案已合并，身份证号码转至保留的档案',
    })
    .where(eq(children.id, other.id));
  await tx
    .update(children)
    .set({
      idNumberEnc: other.idNumberEnc,
      idNumberIndex: other.idNumberIndex,
      idNumberMasked: other.idNumberMasked,
      noIdReason: null,
      birthDate: other.birthDate,
      sex: other.sex,
    })
    .where(eq(children.id, keep.id));
  const keepChanges: Change[] = [
    { field: 'idNumber', from: null, to: other.idNumberMasked },
    { field: 'noIdReason', from: keep.noIdReason, to: null },
  ];
  if (keep.birthDate !== other.birthDate)
    keepChanges.push({ field: 'birthDate', from: keep.birthDate, to: other.birthDate });
  if (keep.sex !== other.sex) keepChanges.push({ field: 'sex', from: keep.sex, to: other.sex });
  return { keep: keepChanges, other: [{ field: 'idNumber', from: other.idNumberMasked, to: null }] };
}

/** Each ended relation as its own history entry on the kept file, worded like ending it by hand. */
async function recordEndedRelations(tx: Tx, ctx: Ctx, keepId: string, ended: readonly EndedRelation[]) {
  for (const e of ended) {
    await recordHistory(tx, ctx.actor, keepId, 'family.relation_end', [
      { field: 'relation.kind', from: e.kind, to: e.kind },
      { field: 'person.name', from: e.personName, to: e.personName },
      { field: 'relation.endDate', from: null, to: e.endDate },
      { field: 'relation.endReason', from: null, to: e.endReason },
    ]);
  }
}

export async function mergeDuplicate(
  ctx: Ctx,
  suspectId: string,
  keepId: string,
  keepRelations?: KeepRelations,
): Promise<void> {
  await ctx.transaction(async (tx) => {
    const suspect = await openSuspect(tx, ctx, suspectId);
    if (keepId !== suspect.childA && keepId !== suspect.childB) {
      throw AppError.rule(
        'MERGE_KEEP_NOT_IN_PAIR',
        '保留的档案必须是这两份之一',
        'Keep one of the two files of the pair',
        {
          field: 'keepId',
        },
      );
    }
    const otherId = keepId === suspect.childA ? suspect.childB : suspect.childA;
    // Locked in the pair's id order, the same order in every merge, so two merges cannot deadlock.
    const first = await lockChild(tx, suspect.childA);
    const second = await lockChild(tx, suspect.childB);
    const [keep, other] = keepId === first.id ? [first, second] : [second, first];
    if (keep.status === 'archived' || other.status === 'archived') {
      throw conflict(
        'CHILD_ARCHIVED',
        '其中一份档案已归档，不能合并',
        'One of the files is archived and cannot be merged',
      );
    }
    if (keep.idNumberIndex && other.idNumberIndex && keep.idNumberIndex !== other.idNumberIndex) {
      throw conflict(
        'MERGE_DIFFERENT_ID_NUMBERS',
        '两份档案的身份证号码不同，不是同一名儿童，不能合并',
        'The two files have different ID numbers: they are different children',
      );
    }
    // The merge date: the family view counts a relation as current on the same calendar.
    const today = serviceDate();
    const ended = relationsToEnd(await planRelations(tx, [keepId, otherId], today), keepRelations, today);
    const endedCategories = await mergeCategories(tx, [keepId, otherId], today);
    const moved = await moveRows(tx, otherId, keepId);
    const visitRecords = await moveVisitRecords(tx, otherId, keepId);
    await endRelations(tx, ended, today);
    const idChanges = await takeOverIdNumber(tx, keep, other);
    await tx
      .update(children)
      .set({
        status: 'archived',
        mergedInto: keepId,
        version: sql`${children.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(children.id, otherId));
    await tx
      .update(children)
      .set({
        photoDocumentId: keep.photoDocumentId ?? other.photoDocumentId,
        version: sql`${children.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(children.id, keepId));
    const cancelled = await cancelPendingTransfers(tx, ctx.actor, otherId, '档案已合并，转移申请自动撤销');
    await tx
      .update(duplicateSuspects)
      .set({ status: 'merged', resolvedBy: ctx.actor.userId, resolvedAt: new Date() })
      .where(and(eq(duplicateSuspects.id, suspectId), eq(duplicateSuspects.status, 'open')));
    const movedCounts = [
      { field: 'mergedRelations', from: null, to: moved.relations.length },
      { field: 'mergedCategories', from: null, to: moved.categories.length },
      { field: 'mergedDocuments', from: null, to: moved.documents.length },
      { field: 'mergedVisits', from: null, to: visitRecords.visits.length },
      { field: 'mergedAssessments', from: null, to: visitRecords.assessments.length },
      { field: 'mergedContacts', from: null, to: visitRecords.contacts.length },
    ];
    await recordEndedRelations(tx, ctx, keepId, ended);
    for (const c of endedCategories) {
      await recordHistory(tx, ctx.actor, keepId, 'category.end', [
        { field: 'category', from: c.category, to: c.category },
        { field: 'category.endDate', from: null, to: c.endDate },
        { field: 'category.endReason', from: null, to: c.endReason },
      ]);
    }
    await recordHistory(tx, ctx.actor, keepId, 'duplicate.merge', [
      { field: 'mergedFrom', from: null, to: otherId },
      ...movedCounts,
      ...idChanges.keep,
    ]);
    await recordHistory(tx, ctx.actor, otherId, 'duplicate.merge', [
      { field: 'status', from: other.status, to: 'archived' },
      { field: 'mergedInto', from: null, to: keepId },
      ...idChanges.other,
    ]);
    await ctx.audit(tx, {
      action: 'duplicate.merge',
      targetType: 'child',
      targetId: keepId,
      before: { mergedChild: { id: otherId, status: other.status } },
      after: { mergedChild: { id: otherId, status: 'archived', mergedInto: keepId } },
      details: {
        suspectId,
        keptId: keepId,
        mergedId: otherId,
        // Both files, so each child's trail shows the merge.
        childIds: [keepId, otherId],
        moved: { ...moved, ...visitRecords },
        endedRelations: ended,
        endedCategories,
        idNumberMoved: idChanges.keep.length > 0,
        cancelledTransferIds: cancelled,
      },
    });
  });
}
