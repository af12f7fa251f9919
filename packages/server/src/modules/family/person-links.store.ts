// Link requests are seen from two sides: the requesting side through its child (within its write scope), the
// confirming side through any child of the requested person within its write scope. Every query names its side,
// and only the confirming side, which already sees the person, is shown the person as recorded.
import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/connection.ts';
import { childRelations, children, divisions, personLinkRequests, persons } from '../../db/schema.ts';
import { scopeCondition, type Scope } from '../../platform/access.ts';
import { LINK_STATUSES, type LinkRequestItem } from './family.schemas.ts';

export type LinkSide = 'incoming' | 'outgoing';
export type LinkStatus = (typeof LINK_STATUSES)[number];
export type LinkRow = typeof personLinkRequests.$inferSelect;

export function linkSideCondition(scope: Scope, side: LinkSide): SQL {
  const inScope = scopeCondition(scope, children.divisionCode, children.institutionId);
  if (side === 'outgoing') {
    return sql`exists (select 1 from ${children} where ${children.id} = ${personLinkRequests.childId} and ${inScope})`;
  }
  return sql`exists (select 1 from ${childRelations} join ${children} on ${children.id} = ${childRelations.childId}
    where ${childRelations.personId} = ${personLinkRequests.personId} and ${inScope})`;
}

function itemQuery(db: Queryable) {
  return db
    .select({
      link: personLinkRequests,
      divisionName: divisions.name,
      personName: persons.name,
      personIdNumberMasked: persons.idNumberMasked,
      /** Exact (microseconds) for the cursor; a JS Date would round it. */
      sortKey: sql<string>`${personLinkRequests.requestedAt}::text`,
    })
    .from(personLinkRequests)
    .leftJoin(divisions, eq(divisions.code, personLinkRequests.divisionCode))
    .leftJoin(persons, eq(persons.id, personLinkRequests.personId));
}

type ItemRow = Awaited<ReturnType<typeof itemQuery>>[number];

function toItem(r: ItemRow, side: LinkSide): LinkRequestItem {
  const l = r.link;
  return {
    id: l.id,
    childId: l.childId,
    childName: l.childName,
    divisionCode: l.divisionCode,
    divisionName: r.divisionName ?? l.divisionCode,
    kind: l.kind,
    relationLabel: l.relationLabel,
    startDate: l.startDate,
    typed: {
      name: l.typedName,
      idNumberMasked: l.typedIdNumberMasked,
      phoneMasked: l.typedPhoneMasked,
      addressMasked: l.typedAddressMasked,
      workPlace: l.typedWorkPlace,
    },
    recorded:
      side === 'incoming' && r.personName !== null
        ? { personId: l.personId, name: r.personName, idNumberMasked: r.personIdNumberMasked }
        : null,
    status: l.status,
    requestedByName: l.requestedByName,
    requestedAt: l.requestedAt.toISOString(),
    decidedByName: l.decidedByName,
    decidedAt: l.decidedAt ? l.decidedAt.toISOString() : null,
    decisionNote: l.decisionNote,
  };
}

export async function linkById(
  db: Queryable,
  scope: Scope,
  id: string,
  side: LinkSide,
): Promise<{ item: LinkRequestItem; row: LinkRow } | undefined> {
  const [row] = await itemQuery(db)
    .where(and(eq(personLinkRequests.id, id), linkSideCondition(scope, side)))
    .limit(1);
  return row ? { item: toItem(row, side), row: row.link } : undefined;
}

export async function listLinks(
  db: Queryable,
  scope: Scope,
  filter: { side: LinkSide; status: LinkStatus | undefined },
  page: { limit: number; after: [string, string] | null },
): Promise<{ items: LinkRequestItem[]; total: number; after: [string, string] | null }> {
  const where = and(
    linkSideCondition(scope, filter.side),
    filter.status ? eq(personLinkRequests.status, filter.status) : undefined,
  );
  const afterCond = page.after
    ? sql`(${personLinkRequests.requestedAt}, ${personLinkRequests.id}) < (${page.after[0]}::timestamptz, ${page.after[1]}::uuid)`
    : undefined;
  const rows = await itemQuery(db)
    .where(and(where, afterCond))
    .orderBy(desc(personLinkRequests.requestedAt), desc(personLinkRequests.id))
    .limit(page.limit + 1);
  const total = await db.$count(personLinkRequests, where);
  const shown = rows.slice(0, page.limit);
  const last = shown.at(-1);
  return {
    items: shown.map((r) => toItem(r, filter.side)),
    total,
    after: rows.length > page.limit && last ? [last.sortKey, last.link.id] : null,
  };
}

/** The requests a child's file shows while they wait or after a refusal (a confirmed one is a relation). */
export async function linksOfChild(db: Queryable, childId: string): Promise<LinkRequestItem[]> {
  const rows = await itemQuery(db)
    .where(and(eq(personLinkRequests.childId, childId), inArray(personLinkRequests.status, ['pending', 'rejected'])))
    .orderBy(desc(personLinkRequests.requestedAt));
  return rows.map((r) => toItem(r, 'outgoing'));
}

export async function pendingLink(db: Queryable, childId: string, personId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: personLinkRequests.id })
    .from(personLinkRequests)
    .where(
      and(
        eq(personLinkRequests.childId, childId),
        eq(personLinkRequests.personId, personId),
        eq(personLinkRequests.status, 'pending'),
      ),
    );
  return row?.id;
}
