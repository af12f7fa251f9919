// Linking a person another area holds. One person caring for children in two counties stays one record, but
// knowing an ID number and a name must not open what another county recorded: a person related only to
// children outside the requester's scope is linked once a user in scope of one of that person's children
// confirms. Until then the requester sees only what it typed, kept on the request; a wrong name and a right
// name get the same answer, and the confirming side compares them. On confirmation the requesting child is
// related to the one existing person (migration 0008 writes that relation, which the confirmer cannot reach).
import { maskIdNumber } from '@hehu/domain';
import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../db/connection.ts';
import { personLinkRequests, persons } from '../../db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { recordHistory, type ChildRow } from '../children/index.ts';
import { recordIdCheck } from '../security-events/index.ts';
import { conflict, type ChangeContext } from './change-context.ts';
import type { AddRelationInput, LinkRequestItem } from './family.schemas.ts';
import { firstRow, overlappingRelation } from './family.store.ts';
import { addressColumns, blankToNull, phoneColumns } from './person-identity.ts';
import { linkById, pendingLink, type LinkRow, type LinkSide } from './person-links.store.ts';
import { relationClash } from './relation-clash.ts';

type Change = { field: string; from: unknown; to: unknown };

function changesOf(values: Record<string, unknown>): Change[] {
  return Object.entries(values)
    .filter(([, to]) => to !== null && to !== undefined)
    .map(([field, to]) => ({ field, from: null, to }));
}

/** Asks the area holding the person; an "elsewhere" answer, so it counts toward the requester's daily limit. */
export async function requestLink(
  ctx: ChangeContext,
  tx: Tx,
  child: ChildRow,
  input: AddRelationInput,
  idNumber: string,
  personId: string,
): Promise<LinkRequestItem> {
  const clash = await overlappingRelation(tx, child.id, input.kind, input.startDate, personId);
  if (clash) throw relationClash(input.kind, clash);
  const waiting = await pendingLink(tx, child.id, personId);
  if (waiting) {
    throw conflict(
      'LINK_REQUEST_PENDING',
      '已申请关联该人员，正在等待对方辖区确认',
      'A request to link this person is already waiting for the other area',
      { linkRequestId: waiting },
    );
  }
  const { cipher } = ctx.services;
  const phone = phoneColumns(cipher, blankToNull(input.person.phone));
  const address = addressColumns(cipher, blankToNull(input.person.address));
  const idNumberMasked = maskIdNumber(idNumber);
  const [row] = await tx
    .insert(personLinkRequests)
    .values({
      childId: child.id,
      personId,
      kind: input.kind,
      relationLabel: blankToNull(input.relationLabel),
      startDate: input.startDate,
      childName: child.name,
      divisionCode: child.divisionCode,
      typedName: input.person.name,
      typedIdNumberMasked: idNumberMasked,
      typedPhoneEnc: phone.phoneEnc ?? null,
      typedPhoneMasked: phone.phoneMasked ?? null,
      typedAddressEnc: address.addressEnc ?? null,
      typedAddressMasked: address.addressMasked ?? null,
      typedWorkPlace: blankToNull(input.person.workPlace),
      requestedBy: ctx.actor.userId,
      requestedByName: ctx.actor.displayName,
    })
    .returning({ id: personLinkRequests.id });
  if (!row) throw new AppError('INTERNAL');
  const typed = {
    'relation.kind': input.kind,
    'relation.relationLabel': blankToNull(input.relationLabel),
    'relation.startDate': input.startDate,
    'person.name': input.person.name,
    'person.idNumber': idNumberMasked,
    'person.phone': phone.phoneMasked ?? null,
    'person.address': address.addressMasked ?? null,
    'person.workPlace': blankToNull(input.person.workPlace),
  };
  await recordHistory(tx, ctx.actor, child.id, 'family.link_request', changesOf(typed));
  await ctx.audit(tx, {
    action: 'family.link_request',
    targetType: 'child',
    targetId: child.id,
    after: typed,
    details: { linkRequestId: row.id, personId },
  });
  await recordIdCheck(ctx, tx, 'family.relation_add', [{ idNumberMasked }], false);
  const item = await linkById(tx, ctx.scope('children:write'), row.id, 'outgoing');
  if (!item) throw new AppError('INTERNAL');
  return item.item;
}

export type LinkDecision = 'confirm' | 'reject' | 'cancel';

const DECISION: Record<LinkDecision, { side: LinkSide; status: 'confirmed' | 'rejected' | 'cancelled' }> = {
  confirm: { side: 'incoming', status: 'confirmed' },
  reject: { side: 'incoming', status: 'rejected' },
  cancel: { side: 'outgoing', status: 'cancelled' },
};

function notPending(status?: string): AppError {
  return conflict('LINK_REQUEST_NOT_PENDING', '该关联申请已处理', 'This link request has already been decided', {
    status,
  });
}

/** Relates the requesting child to the person, with the relation in the requesting child's history. */
async function confirmLink(ctx: ChangeContext, tx: Tx, link: LinkRow): Promise<void> {
  const [person] = await tx.select().from(persons).where(eq(persons.id, link.personId));
  if (!person) throw new AppError('NOT_FOUND');
  // What the requesting side sees from now on: the person as recorded, masked as everywhere else.
  const changes = changesOf({
    'relation.kind': link.kind,
    'relation.relationLabel': link.relationLabel,
    'relation.startDate': link.startDate,
    'person.name': person.name,
    'person.idNumber': person.idNumberMasked,
    'person.phone': person.phoneMasked,
    'person.address': person.addressMasked,
    'person.workPlace': person.workPlace,
  });
  const result = await tx.execute(
    sql`select hehu_confirm_person_link(${link.id}::uuid, ${ctx.actor.userId}::uuid, ${ctx.actor.displayName},
      ${JSON.stringify(changes)}::jsonb) as "outcome"`,
  );
  const outcome = firstRow(result)?.outcome;
  if (outcome === 'confirmed') return;
  if (outcome === 'child_archived') {
    throw AppError.rule(
      'CHILD_ARCHIVED',
      '申请方儿童的档案已归档，不能再关联人员，请退回该申请',
      "The requesting child's file is archived; reject the request",
    );
  }
  if (outcome === 'relation_exists') {
    throw conflict(
      'RELATION_ACTIVE_EXISTS',
      '申请方儿童已有在册的同类关系，不能关联，请退回该申请',
      'The requesting child already has a current relation of this kind; reject the request',
      { field: 'kind' },
    );
  }
  throw notPending();
}

/**
 * Confirm or reject (a user in scope of one of the person's children), or cancel (the requesting side).
 * Anything outside the caller's side answers 404.
 */
export async function decideLink(
  ctx: ChangeContext,
  id: string,
  decision: LinkDecision,
  note: string | undefined,
): Promise<LinkRequestItem> {
  const { side, status } = DECISION[decision];
  const scope = ctx.scope('children:write');
  return ctx.transaction(async (tx) => {
    const found = await linkById(tx, scope, id, side);
    if (!found) throw new AppError('NOT_FOUND');
    if (found.row.status !== 'pending') throw notPending(found.row.status);
    if (decision === 'confirm') {
      await confirmLink(ctx, tx, found.row);
    } else {
      const updated = await tx
        .update(personLinkRequests)
        .set({
          status,
          decidedBy: ctx.actor.userId,
          decidedByName: ctx.actor.displayName,
          decidedAt: new Date(),
          decisionNote: note ?? null,
        })
        .where(and(eq(personLinkRequests.id, id), eq(personLinkRequests.status, 'pending')))
        .returning({ id: personLinkRequests.id });
      if (updated.length === 0) throw notPending();
    }
    await ctx.audit(tx, {
      action: `family.link_${decision}`,
      targetType: 'person',
      targetId: found.row.personId,
      details: { linkRequestId: id, childId: found.row.childId, kind: found.row.kind, note: note ?? null },
    });
    const after = await linkById(tx, scope, id, side);
    if (!after) throw new AppError('INTERNAL');
    return after.item;
  });
}
