// Transfers are seen from two sides: the receiving side's scope holds toDivision, the sending side's scope
// holds the child where it was (fromDivision, or the child's institution). Every query names its side.
import { and, count, desc, eq, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Queryable, Tx } from '../../db/connection.ts';
import { childTransfers, children, divisions } from '../../db/schema.ts';
import { scopeCondition, type Actor, type Scope } from '../../platform/access.ts';

export const TRANSFER_STATUSES = ['pending', 'accepted', 'rejected', 'cancelled'] as const;
export type TransferSide = 'incoming' | 'outgoing';

export const transferItem = z.object({
  id: z.string(),
  childId: z.string(),
  childName: z.string(),
  fromDivision: z.string(),
  fromDivisionName: z.string(),
  toDivision: z.string(),
  toDivisionName: z.string(),
  reason: z.string(),
  status: z.enum(TRANSFER_STATUSES),
  requestedAt: z.string(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
});
export type TransferItem = z.infer<typeof transferItem>;

const fromDiv = alias(divisions, 'from_div');
const toDiv = alias(divisions, 'to_div');

const itemColumns = {
  id: childTransfers.id,
  childId: childTransfers.childId,
  childName: children.name,
  fromDivision: childTransfers.fromDivision,
  fromDivisionName: fromDiv.name,
  toDivision: childTransfers.toDivision,
  toDivisionName: toDiv.name,
  reason: childTransfers.reason,
  status: childTransfers.status,
  requestedAt: childTransfers.requestedAt,
  decidedAt: childTransfers.decidedAt,
  decisionNote: childTransfers.decisionNote,
  /** Exact (microseconds) for the cursor; a JS Date would round it. */
  sortKey: sql<string>`${childTransfers.requestedAt}::text`,
};

type ItemRow = Awaited<ReturnType<typeof itemQuery>>[number];

function toItem(r: ItemRow): TransferItem {
  return {
    id: r.id,
    childId: r.childId,
    childName: r.childName,
    fromDivision: r.fromDivision,
    fromDivisionName: r.fromDivisionName ?? r.fromDivision,
    toDivision: r.toDivision,
    toDivisionName: r.toDivisionName ?? r.toDivision,
    reason: r.reason,
    status: r.status,
    requestedAt: r.requestedAt.toISOString(),
    decidedAt: r.decidedAt ? r.decidedAt.toISOString() : null,
    decisionNote: r.decisionNote,
  };
}

/**
 * The transfers on one side of the caller's area. Incoming are those into it that someone else asked for: the
 * receiving side decides, never the requester, even one whose area reaches both villages.
 */
export function sideCondition(scope: Scope, side: TransferSide, viewerId: string): SQL {
  return side === 'incoming'
    ? (and(
        scopeCondition(scope, childTransfers.toDivision),
        or(isNull(childTransfers.requestedBy), ne(childTransfers.requestedBy, viewerId)),
      ) ?? sql`false`)
    : scopeCondition(scope, childTransfers.fromDivision, children.institutionId);
}

function itemQuery(db: Queryable) {
  return db
    .select(itemColumns)
    .from(childTransfers)
    .innerJoin(children, eq(children.id, childTransfers.childId))
    .leftJoin(fromDiv, eq(fromDiv.code, childTransfers.fromDivision))
    .leftJoin(toDiv, eq(toDiv.code, childTransfers.toDivision));
}

export async function listTransfers(
  db: Queryable,
  scope: Scope,
  filter: { side: TransferSide; status: (typeof TRANSFER_STATUSES)[number] | undefined; viewerId: string },
  page: { limit: number; after: [string, string] | null },
) {
  const where = and(
    sideCondition(scope, filter.side, filter.viewerId),
    filter.status ? eq(childTransfers.status, filter.status) : undefined,
  );
  const afterCond = page.after
    ? sql`(${childTransfers.requestedAt}, ${childTransfers.id}) < (${page.after[0]}::timestamptz, ${page.after[1]}::uuid)`
    : undefined;
  const rows = await itemQuery(db)
    .where(and(where, afterCond))
    .orderBy(desc(childTransfers.requestedAt), desc(childTransfers.id))
    .limit(page.limit + 1);
  const [total] = await db
    .select({ n: count() })
    .from(childTransfers)
    .innerJoin(children, eq(children.id, childTransfers.childId))
    .where(where);
  const pageRows = rows.slice(0, page.limit);
  const last = pageRows.at(-1);
  return {
    items: pageRows.map(toItem),
    total: total?.n ?? 0,
    after: rows.length > page.limit && last ? [last.sortKey, last.id] : null,
  };
}

/** One transfer as seen from a side; undefined (→ 404) when the caller's scope is not on that side. */
export async function findTransfer(
  db: Queryable,
  scope: Scope,
  id: string,
  side: TransferSide,
  viewerId: string,
): Promise<TransferItem | undefined> {
  const [row] = await itemQuery(db)
    .where(and(eq(childTransfers.id, id), sideCondition(scope, side, viewerId)))
    .limit(1);
  return row ? toItem(row) : undefined;
}

export async function transferById(db: Queryable, id: string): Promise<TransferItem | undefined> {
  const [row] = await itemQuery(db).where(eq(childTransfers.id, id)).limit(1);
  return row ? toItem(row) : undefined;
}

export async function pendingTransferOf(db: Queryable, childId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: childTransfers.id })
    .from(childTransfers)
    .where(and(eq(childTransfers.childId, childId), eq(childTransfers.status, 'pending')))
    .limit(1);
  return row?.id;
}

/** A file that ends (terminated, merged away) cannot move: its open requests are withdrawn with it. */
export async function cancelPendingTransfers(tx: Tx, actor: Actor, childId: string, note: string): Promise<string[]> {
  const rows = await tx
    .update(childTransfers)
    .set({ status: 'cancelled', decidedBy: actor.userId, decidedAt: new Date(), decisionNote: note })
    .where(and(eq(childTransfers.childId, childId), eq(childTransfers.status, 'pending')))
    .returning({ id: childTransfers.id });
  return rows.map((r) => r.id);
}

/** Whether the caller asked for this transfer into its own area (it may not decide it: the receiver does). */
export async function isOwnIncomingRequest(
  db: Queryable,
  scope: Scope,
  id: string,
  viewerId: string,
): Promise<boolean> {
  const [row] = await db
    .select({ id: childTransfers.id })
    .from(childTransfers)
    .where(
      and(
        eq(childTransfers.id, id),
        eq(childTransfers.requestedBy, viewerId),
        scopeCondition(scope, childTransfers.toDivision),
      ),
    )
    .limit(1);
  return row !== undefined;
}
