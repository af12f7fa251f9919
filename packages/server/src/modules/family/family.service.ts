// Adding and ending a child's relations. A change of guardian ends one relation and adds another, so the
// file keeps who cared for the child when; a person already known by ID number is linked, never duplicated.
import { and, eq, isNull } from 'drizzle-orm';
import type { Tx } from '../../db/connection.ts';
import { childRelations, persons } from '../../db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { recordHistory } from '../children/children.service.ts';
import { checkNotBefore, conflict, requireChangeableChild, type ChangeContext } from './change-context.ts';
import type { AddRelationInput, RelationItem } from './family.schemas.ts';
import {
  findPersonByIdIndex,
  getRelation,
  overlappingRelation,
  relationItem,
  todayIso,
  type PersonRow,
  type RelationKind,
} from './family.store.ts';
import {
  addressColumns,
  blankToNull,
  checkKindFitsSex,
  idNumberColumns,
  phoneColumns,
  resolvePersonIdentity,
} from './person-identity.ts';

type Change = { field: string; from: unknown; to: unknown };

const KIND_TEXT: Record<RelationKind, { zh: string; en: string }> = {
  father: { zh: '父亲', en: 'father' },
  mother: { zh: '母亲', en: 'mother' },
  guardian: { zh: '监护人', en: 'guardian' },
  entrusted_carer: { zh: '委托照护人', en: 'entrusted carer' },
};

async function personFor(
  ctx: ChangeContext,
  tx: Tx,
  input: AddRelationInput,
): Promise<{ person: PersonRow; reused: boolean }> {
  const { cipher } = ctx.services;
  const identity = resolvePersonIdentity(input.person);
  if (identity.idNumber) {
    const existing = await findPersonByIdIndex(tx, cipher.blindIndex(identity.idNumber));
    if (existing) {
      // The same ID number under another name is a typo in one of them; linking would merge two people.
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
    })
    .returning();
  if (!person) throw new AppError('INTERNAL');
  return { person, reused: false };
}

export async function addRelation(ctx: ChangeContext, childId: string, input: AddRelationInput): Promise<RelationItem> {
  const scope = ctx.scope('children:write');
  return ctx.transaction(async (tx) => {
    const child = await requireChangeableChild(tx, scope, childId);
    const { person, reused } = await personFor(ctx, tx, input);
    const clash = await overlappingRelation(tx, child.id, input.kind, input.startDate, person.id);
    if (clash) {
      const kind = KIND_TEXT[input.kind];
      throw conflict(
        'RELATION_ACTIVE_EXISTS',
        `已有在册的${kind.zh}（自 ${clash.startDate} 起），请先终止该关系再登记新的${kind.zh}`,
        `There is already a current ${kind.en} (since ${clash.startDate}); end that relation first`,
        { relationId: clash.id, field: 'kind' },
      );
    }
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
    return relationItem(tx, relation.id, todayIso());
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
    return relationItem(tx, relation.id, todayIso());
  });
}
