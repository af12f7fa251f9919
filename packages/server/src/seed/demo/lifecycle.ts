// What waits on another office: transfers to a receiving township, person link requests across counties, and
// suspected duplicates. Written as the lifecycle and family modules write them; the duplicates are found by the
// module's own scan, so their scores are the application's.
import { maskIdNumber } from '@hehu/domain';
import type { Queryable } from '../../db/connection.ts';
import { childHistory, childTransfers, personLinkRequests } from '../../db/schema.ts';
import { phoneColumns } from '../../modules/family/person-identity.ts';
import { scanDuplicates } from '../../modules/lifecycle/duplicates.store.ts';
import { ELSEWHERE_ACTION } from '../../modules/security-events/id-checks.ts';
import type { FieldCipher } from '../../platform/crypto.ts';
import type { Activity } from './activity.ts';
import { officeTime } from './random.ts';
import type { PlannedChild } from './types.ts';
import type { Account } from './write.ts';

export interface RequestContext {
  db: Queryable;
  cipher: FieldCipher;
  accounts: ReadonlyMap<string, Account>;
  activity: Activity;
}

export async function writeTransfers(ctx: RequestContext, special: readonly PlannedChild[]): Promise<number> {
  let n = 0;
  for (const child of special) {
    const t = child.transfer;
    const by = t ? ctx.accounts.get(t.requestedBy) : undefined;
    if (!t || !by || !child.id) continue;
    const at = officeTime(t.requestedOn, 10, 20);
    const [row] = await ctx.db
      .insert(childTransfers)
      .values({
        childId: child.id,
        fromDivision: child.divisionCode,
        toDivision: t.toDivision,
        reason: t.reason,
        requestedBy: by.id,
        requestedAt: at,
      })
      .returning({ id: childTransfers.id });
    if (!row) continue;
    ctx.activity.add({
      at,
      actorId: by.id,
      actorUsername: t.requestedBy,
      action: 'child.transfer_request',
      targetType: 'child',
      targetId: child.id,
      details: { transferId: row.id, from: child.divisionCode, to: t.toDivision, reason: t.reason },
    });
    n += 1;
  }
  return n;
}

/** A link request keeps what the requester typed; the person as recorded is shown to the confirming side only. */
export async function writeLinkRequests(ctx: RequestContext, special: readonly PlannedChild[]): Promise<number> {
  let n = 0;
  for (const child of special) {
    const l = child.linkRequest;
    const by = l ? ctx.accounts.get(l.requestedBy) : undefined;
    if (!l || !by || !child.id || !l.person.id || !l.person.idNumber) continue;
    const at = officeTime(l.requestedOn, 15, 40);
    const phone = phoneColumns(ctx.cipher, l.typedPhone);
    const idNumberMasked = maskIdNumber(l.person.idNumber);
    const [row] = await ctx.db
      .insert(personLinkRequests)
      .values({
        childId: child.id,
        personId: l.person.id,
        kind: l.kind,
        relationLabel: l.relationLabel,
        startDate: l.startDate,
        childName: child.name,
        divisionCode: child.divisionCode,
        typedName: l.typedName,
        typedIdNumberMasked: idNumberMasked,
        typedPhoneEnc: phone.phoneEnc ?? null,
        typedPhoneMasked: phone.phoneMasked ?? null,
        typedWorkPlace: l.typedWorkPlace,
        requestedBy: by.id,
        requestedByName: by.displayName,
        requestedAt: at,
      })
      .returning({ id: personLinkRequests.id });
    if (!row) continue;
    const typed = {
      'relation.kind': l.kind,
      'relation.relationLabel': l.relationLabel,
      'relation.startDate': l.startDate,
      'person.name': l.typedName,
      'person.idNumber': idNumberMasked,
      'person.phone': phone.phoneMasked ?? null,
      'person.workPlace': l.typedWorkPlace,
    };
    const changes = Object.entries(typed)
      .filter(([, to]) => to !== null)
      .map(([field, to]) => ({ field, from: null, to }));
    await ctx.db.insert(childHistory).values({
      childId: child.id,
      at,
      actorId: by.id,
      actorName: by.displayName,
      action: 'family.link_request',
      changes,
    });
    ctx.activity.add({
      at,
      actorId: by.id,
      actorUsername: l.requestedBy,
      action: 'family.link_request',
      targetType: 'child',
      targetId: child.id,
      after: typed,
      details: { linkRequestId: row.id, personId: l.person.id },
    });
    ctx.activity.add({
      at,
      actorId: by.id,
      actorUsername: l.requestedBy,
      action: ELSEWHERE_ACTION,
      targetType: 'user',
      targetId: by.id,
      outcome: 'failure',
      details: { operation: 'family.relation_add', count: 1, answers: [{ idNumberMasked }] },
    });
    n += 1;
  }
  return n;
}

/** The module's scan over the demo villages: same names and birth dates, or a name one character off. */
export async function findDuplicates(db: Queryable, villages: readonly string[]): Promise<number> {
  return scanDuplicates(db, { permission: 'children:write', prefixes: villages, institutionIds: [] }, undefined);
}
