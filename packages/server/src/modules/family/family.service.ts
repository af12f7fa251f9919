// Adding and ending a child's relations. A change of guardian ends one relation and adds another, so the
// file keeps who cared for the child when; a person already known by ID number is linked, never duplicated.
// A person known only to other areas is linked through a request the other side confirms (person-links).
import { serviceDate } from '@hehu/domain';
import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../../db/connection.ts';
import { childRelations, persons } from '../../db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { recordHistory } from '../children/index.ts';
import { requireIdChecksLeft } from '../security-events/index.ts';
import { checkNotBefore, conflict, requireChangeableChild, type ChangeContext } from './change-context.ts';
import type { AddRelationInput, AddRelationResult, RelationItem } from './family.schemas.ts';
import {
  getRelation,
  overlappingRelation,
  personIdHolding,
  personInScope,
  relationItem,
  type PersonRow,
} from './family.store.ts';
import {
  addressColumns,
  blankToNull,
  checkKindFitsSex,
  idNumberColumns,
  phoneColumns,
  resolvePersonIdentity,
  type PersonIdentity,
} from './person-identity.ts';
import { requestLink } from './person-links.service.ts';
import { relationClash } from './relation-clash.ts';

type Change = { field: string; from: unknown; to: unknown };

/** The person for a direct link: the one in scope that holds the ID number, or a new one. */
async function personFor(
  ctx: ChangeContext,
  tx: Tx,
  input: AddRelationInput,
  identity: PersonIdentity,
  holder: string | null,
): Promise<{ person: PersonRow; reused: boolean }> {
  const { cipher } = ctx.services;
  if (holder !== null) {
    const [existing] = await tx.select().from(persons).where(eq(persons.id, holder));
    if (!existing) throw new AppError('NOT_FOUND');
    // The same ID number under another name is a typo in one of them; linking would merge two people. Said only
    // of a person the caller already sees through a child in its scope.
    if (existing.name !== input.person.name) {
      throw AppError.rule(
        'PERSON_NAME_MISMATCH',
        '该身份证号码已登记，但姓名不一致，请核对姓名或身份证号码',
        'This ID number is registered under another name; check the name or the ID number',
        { field: 'person.name' },
      );
    }
    checkKindFitsSex(input.kind, existing.sex, true);
    return { person: existing, reused: true };
  }
  checkKindFitsSex(input.kind, identity.sex, identity.idNumber !== null);
  const [person] = await tx
    .insert(persons)
    .values({
      name: input.person.name,
      sex: identity.sex,
      birthDate: identity.birthDate,
      ...idNumberColumns(cipher, identity.idNumber),
      ...phoneColumns(cipher, blankToNull(input.person.phone)),
      ...addressColumns(cipher, blankToNull(input.person.address)),
      workPlace: blankToNull(input.person.workPlace),
      createdBy: ctx.actor.userId,
    })
    .returning();
  if (!person) throw new AppError('INTERNAL');
  return { person, reused: false };
}

export async function addRelation(
  ctx: ChangeContext,
  childId: string,
  input: AddRelationInput,
): Promise<AddRelationResult> {
  const scope = ctx.scope('children:write');
  return ctx.transaction(async (tx) => {
    const child = await requireChangeableChild(tx, scope, childId);
    const identity = resolvePersonIdentity(input.person);
    let holder: string | null = null;
    if (identity.idNumber) {
      // Looking up an ID number is a check like registering one: refused past the day's limit.
      await requireIdChecksLeft(ctx, 'family.relation_add', tx);
      holder = await personIdHolding(tx, ctx.services.cipher.blindIndex(identity.idNumber));
      if (holder !== null && !(await personInScope(tx, scope, holder))) {
        checkKindFitsSex(input.kind, identity.sex, true);
        return { linkRequest: await requestLink(ctx, tx, child, input, identity.idNumber, holder) };
      }
    }
    const { person, reused } = await personFor(ctx, tx, input, identity, holder);
    const clash = await overlappingRelation(tx, child.id, input.kind, input.startDate, person.id);
    if (clash) throw relationClash(input.kind, clash);
    const [relation] = await tx
      .insert(childRelations)
      .values({
        childId: child.id,
        personId: person.id,
        kind: input.kind,
        relationLabel: blankToNull(input.relationLabel),
        startDate: input.startDate,
      })
      .returning({ id: childRelations.id });
    if (!relation) throw new AppError('INTERNAL');
    const after = {
      'relation.kind': input.kind,
      'relation.relationLabel': blankToNull(input.relationLabel),
      'relation.startDate': input.startDate,
      'person.name': person.name,
      'person.idNumber': person.idNumberMasked,
      'person.phone': person.phoneMasked,
      'person.address': person.addressMasked,
      'person.workPlace': person.workPlace,
    };
    const changes: Change[] = Object.entries(after)
      .filter(([, to]) => to !== null)
      .map(([field, to]) => ({ field, from: null, to }));
    await recordHistory(tx, ctx.actor, child.id, 'family.relation_add', changes);
    await ctx.audit(tx, {
      action: 'family.relation_add',
      targetType: 'child',
      targetId: child.id,
      after,
      details: { relationId: relation.id, personId: person.id, personReused: reused },
    });
    return relationItem(tx, relation.id, serviceDate());
  });
}

export async function endRelation(
  ctx: ChangeContext,
  childId: string,
  relationId: string,
  input: { endDate: string; endReason: string },
): Promise<RelationItem> {
  const scope = ctx.scope('children:write');
  return ctx.transaction(async (tx) => {
    const child = await requireChangeableChild(tx, scope, childId);
    const found = await getRelation(tx, child.id, relationId);
    if (!found) throw new AppError('NOT_FOUND');
    const { relation, person } = found;
    if (relation.endDate !== null) {
      throw conflict(
        'RELATION_ALREADY_ENDED',
        `该关系已于 ${relation.endDate} 终止，不能再次修改`,
        `This relation already ended on ${relation.endDate}`,
        { endDate: relation.endDate },
      );
    }
    checkNotBefore(input.endDate, relation.startDate, 'endDate', { zh: '开始日期', en: 'start date' });
    const updated = await tx
      .update(childRelations)
      .set({ endDate: input.endDate, endReason: input.endReason })
      .where(and(eq(childRelations.id, relation.id), isNull(childRelations.endDate)))
      .returning({ id: childRelations.id });
    // Another request ended it between the read and the write.
    if (updated.length === 0)
      throw conflict('RELATION_ALREADY_ENDED', '该关系已终止，不能再次修改', 'This relation already ended');
    // The kind and name are context, so the entry says whose relation ended.
    const changes: Change[] = [
      { field: 'relation.kind', from: relation.kind, to: relation.kind },
      { field: 'person.name', from: person.name, to: person.name },
      { field: 'relation.endDate', from: null, to: input.endDate },
      { field: 'relation.endReason', from: null, to: input.endReason },
    ];
    await recordHistory(tx, ctx.actor, child.id, 'family.relation_end', changes);
    await ctx.audit(tx, {
      action: 'family.relation_end',
      targetType: 'child',
      targetId: child.id,
      before: { endDate: null, endReason: null },
      after: { endDate: input.endDate, endReason: input.endReason },
      details: { relationId: relation.id, personId: person.id, kind: relation.kind },
    });
    return relationItem(tx, relation.id, serviceDate());
  });
}
