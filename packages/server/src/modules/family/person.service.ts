// Editing a parent's or carer's contact details, and showing one sensitive field in full (audited).
// A person may appear in several children's files; an edit is recorded in each of them.
import { eq } from 'drizzle-orm';
import type { Queryable } from '../../db/connection.ts';
import { persons } from '../../db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { recordHistory } from '../children/index.ts';
import { requireChangeableChild, requireChild, type ChangeContext } from './change-context.ts';
import type { PersonItem, UpdatePersonInput } from './family.schemas.ts';
import { childIdsOfPerson, getLinkedPerson, loadSituations, toPersonItem, type PersonRow } from './family.store.ts';
import { addressColumns, blankToNull, phoneColumns } from './person-identity.ts';

type Change = { field: string; from: unknown; to: unknown };

export async function personItem(db: Queryable, person: PersonRow): Promise<PersonItem> {
  return toPersonItem(person, await loadSituations(db, [person.id]));
}

export async function updatePerson(
  ctx: ChangeContext,
  childId: string,
  personId: string,
  input: UpdatePersonInput,
): Promise<PersonItem> {
  const scope = ctx.scope('children:write');
  const { cipher } = ctx.services;
  return ctx.transaction(async (tx) => {
    const child = await requireChangeableChild(tx, scope, childId);
    const before = await getLinkedPerson(tx, child.id, personId);
    if (!before) throw new AppError('NOT_FOUND');
    const set: Partial<typeof persons.$inferInsert> = {};
    const changes: Change[] = [];
    if (input.name !== undefined && input.name !== before.name) {
      set.name = input.name;
      changes.push({ field: 'person.name', from: before.name, to: input.name });
    }
    if (input.phone !== undefined) {
      const next = blankToNull(input.phone);
      const prev = before.phoneEnc ? cipher.decrypt(before.phoneEnc) : null;
      if (next !== prev) {
        Object.assign(set, phoneColumns(cipher, next));
        changes.push({ field: 'person.phone', from: before.phoneMasked, to: set.phoneMasked ?? null });
      }
    }
    if (input.address !== undefined) {
      const next = blankToNull(input.address);
      const prev = before.addressEnc ? cipher.decrypt(before.addressEnc) : null;
      if (next !== prev) {
        Object.assign(set, addressColumns(cipher, next));
        changes.push({ field: 'person.address', from: before.addressMasked, to: set.addressMasked ?? null });
      }
    }
    if (input.workPlace !== undefined) {
      const next = blankToNull(input.workPlace);
      if (next !== before.workPlace) {
        set.workPlace = next;
        changes.push({ field: 'person.workPlace', from: before.workPlace, to: next });
      }
    }
    if (changes.length === 0) return personItem(tx, before);
    const [after] = await tx
      .update(persons)
      .set({ ...set, updatedAt: new Date() })
      .where(eq(persons.id, before.id))
      .returning();
    if (!after) throw new AppError('INTERNAL');
    // Whose details changed, unless the name itself is among the changes.
    const context: Change[] = set.name ? [] : [{ field: 'person.name', from: before.name, to: before.name }];
    for (const id of await childIdsOfPerson(tx, before.id, child.id))
      await recordHistory(tx, ctx.actor, id, 'family.person_update', [...context, ...changes]);
    await ctx.audit(tx, {
      action: 'family.person_update',
      targetType: 'child',
      targetId: child.id,
      before: Object.fromEntries(changes.map((c) => [c.field, c.from])),
      after: Object.fromEntries(changes.map((c) => [c.field, c.to])),
      details: { personId: before.id },
    });
    return personItem(tx, after);
  });
}

export type UnmaskField = 'idNumber' | 'phone' | 'address';

export async function unmaskPerson(
  ctx: ChangeContext & { db: Queryable },
  childId: string,
  personId: string,
  field: UnmaskField,
): Promise<{ field: UnmaskField; value: string | null }> {
  const child = await requireChild(ctx.db, ctx.scope('children:unmask'), childId);
  const person = await getLinkedPerson(ctx.db, child.id, personId);
  if (!person) throw new AppError('NOT_FOUND');
  const enc = { idNumber: person.idNumberEnc, phone: person.phoneEnc, address: person.addressEnc }[field];
  await ctx.audit(ctx.db, {
    action: 'person.unmask',
    targetType: 'person',
    targetId: person.id,
    details: { field, childId: child.id },
  });
  return { field, value: enc ? ctx.services.cipher.decrypt(enc) : null };
}
