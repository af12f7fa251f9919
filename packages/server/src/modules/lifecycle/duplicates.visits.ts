// Visits, risk assessments and left-behind care when two files of one child are merged: the kept file takes
// over the other's records (re-pointed, never copied or deleted), so its timeline shows the visits of both and
// its plan follows the later visit. visit_standing needs no writing here: its triggers on visits and
// risk_assessments recompute both files in the same statement (the kept file's latest of both; the archived
// file's row left empty, and no plan lists an archived file).
//
// Two records that can exist only once per child:
// - the care record (left_behind_care, one per child): the kept file's stays, as its photo does; the other's
//   moves only when the kept file has none, and otherwise stays on the archived file, named in the audit row.
// - an open protection referral (one open per child): the earlier stays open, the county's clock having run
//   longest on it; the later one moves too, marked merged, with its assessment and discovery case.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/connection.ts';
import { leftBehindCare, parentContacts, protectionReferrals, riskAssessments, visits } from '../../db/schema.ts';

export interface MovedVisitRecords {
  visits: string[];
  assessments: string[];
  contacts: string[];
  referrals: string[];
  /** The referral closed as merged because the kept file had (or took) an earlier open one. */
  mergedReferral: string | null;
  /** Whether the other file's care record moved (the kept file had none). */
  careMoved: boolean;
  /** The other file's care record left on the archived file because the kept file has its own. */
  careLeftOnArchived: boolean;
}

async function settleOpenReferrals(tx: Tx, keepId: string, otherId: string): Promise<string | null> {
  const open = await tx
    .select({ id: protectionReferrals.id, childId: protectionReferrals.childId })
    .from(protectionReferrals)
    .where(and(inArray(protectionReferrals.childId, [keepId, otherId]), eq(protectionReferrals.status, 'open')))
    .orderBy(asc(protectionReferrals.openedOn), asc(protectionReferrals.createdAt))
    .for('update');
  const later = open[1];
  if (!later) return null;
  await tx.update(protectionReferrals).set({ status: 'merged' }).where(eq(protectionReferrals.id, later.id));
  return later.id;
}

export async function moveVisitRecords(tx: Tx, otherId: string, keepId: string): Promise<MovedVisitRecords> {
  // One statement per table: the standing triggers run once for both files.
  const movedVisits = await tx
    .update(visits)
    .set({ childId: keepId })
    .where(eq(visits.childId, otherId))
    .returning({ id: visits.id });
  const movedAssessments = await tx
    .update(riskAssessments)
    .set({ childId: keepId })
    .where(eq(riskAssessments.childId, otherId))
    .returning({ id: riskAssessments.id });
  const contacts = await tx
    .update(parentContacts)
    .set({ childId: keepId })
    .where(eq(parentContacts.childId, otherId))
    .returning({ id: parentContacts.id });
  const mergedReferral = await settleOpenReferrals(tx, keepId, otherId);
  const referrals = await tx
    .update(protectionReferrals)
    .set({ childId: keepId })
    .where(eq(protectionReferrals.childId, otherId))
    .returning({ id: protectionReferrals.id });
  const cares = await tx
    .select({ childId: leftBehindCare.childId })
    .from(leftBehindCare)
    .where(inArray(leftBehindCare.childId, [keepId, otherId]))
    .for('update');
  const keptHasCare = cares.some((c) => c.childId === keepId);
  const otherHasCare = cares.some((c) => c.childId === otherId);
  if (otherHasCare && !keptHasCare) {
    await tx.update(leftBehindCare).set({ childId: keepId }).where(eq(leftBehindCare.childId, otherId));
  }
  return {
    visits: movedVisits.map((r) => r.id),
    assessments: movedAssessments.map((r) => r.id),
    contacts: contacts.map((r) => r.id),
    referrals: referrals.map((r) => r.id),
    mergedReferral,
    careMoved: otherHasCare && !keptHasCare,
    careLeftOnArchived: otherHasCare && keptHasCare,
  };
}
