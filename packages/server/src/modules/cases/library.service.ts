// The case library (案例库): a closed case anonymised into a teaching entry — names, ID numbers, phones, places and
// dates removed — edited and published by a supervisor other than its drafter, never with an identifier left.
import {
  CASE_CHANNEL_LABELS,
  CASE_TIER_LABELS,
  anonymiseCaseText,
  remainingIdentifiers,
  type CaseChannel,
  type CaseTier,
  type KnownIdentifiers,
} from '@hehu/domain';
import { and, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Queryable } from '../../db/connection.ts';
import { caseIntakes, caseLibrary, caseMembers, cases, divisions, users } from '../../db/schema.ts';
import { divisionPrefix, isDivisionInScope } from '../../platform/access.ts';
import { AppError } from '../../platform/errors.ts';
import type { RouteContext } from '../../platform/http.ts';
import type { libraryEntryView } from './cases.schemas.ts';
import { caseLog, openCase } from './cases.store.ts';

type Ctx = Pick<
  RouteContext<unknown, unknown, unknown, 'cases:read'>,
  'db' | 'actor' | 'audit' | 'transaction' | 'scope'
>;
type Entry = z.infer<typeof libraryEntryView>;
const NOTED = new Set(['verify', 'emergency', 'assess', 'plan', 'temporary_guardianship', 'request_closure']);

/** Every name and place the case holds: the child, the reporters, the team, the divisions above the child. */
async function knownOf(db: Queryable, caseId: string): Promise<KnownIdentifiers> {
  const [c] = await db.select().from(cases).where(eq(cases.id, caseId));
  if (!c) return { names: [], places: [] };
  const reporters = await db
    .select({ name: caseIntakes.reporterName })
    .from(caseIntakes)
    .where(eq(caseIntakes.caseId, caseId));
  const team = await db
    .select({ name: users.displayName })
    .from(caseMembers)
    .innerJoin(users, eq(users.id, caseMembers.userId))
    .where(eq(caseMembers.caseId, caseId));
  const codes = [c.divisionCode.slice(0, 6), c.divisionCode.slice(0, 9), c.divisionCode];
  const places = await db.select({ name: divisions.name }).from(divisions).where(inArray(divisions.code, codes));
  const personal = (n: string) =>
    n
      .split(/[·\s]/)
      .map((p) => p.trim())
      .filter((p) => /^[\u4e00-\u9fff]{2,4}$/u.test(p));
  return {
    names: [
      c.childName,
      ...reporters.flatMap((r) => (r.name ? [r.name] : [])),
      ...team.flatMap((t) => personal(t.name)),
    ].filter((n) => n && n !== '不详'),
    places: [...places.map((p) => p.name), ...(c.location ? [c.location] : [])],
  };
}

function toEntry(row: typeof caseLibrary.$inferSelect, known: KnownIdentifiers | null): Entry {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    channel: row.channel as CaseChannel,
    tier: row.tier as CaseTier,
    status: row.status,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    version: row.version,
    remaining: known ? remainingIdentifiers(`${row.title}\n${row.body}`, known) : [],
  };
}

const scopesOf = (ctx: Ctx) => ({
  read: ctx.scope('cases:read'),
  supervise: ctx.scope('cases:supervise'),
  work: ctx.scope('cases:work'),
});

export async function draftEntry(ctx: Ctx, caseId: string) {
  return ctx.transaction(async (tx) => {
    const access = await openCase(tx, ctx.actor, scopesOf(ctx), caseId, new Date());
    if (!access.supervise) throw new AppError('CASE_NOT_YOUR_DUTY');
    const c = access.record;
    if (c.stage !== 'closed') throw new AppError('CASE_NOT_CLOSED');
    const [existing] = await tx.select().from(caseLibrary).where(eq(caseLibrary.sourceCaseId, caseId));
    const known = await knownOf(tx, caseId);
    if (existing) return toEntry(existing, known);
    const log = await caseLog(tx, caseId);
    const text = [c.summary, ...log.filter((l) => NOTED.has(l.action) && l.note).map((l) => l.note ?? '')].join('\n\n');
    const [row] = await tx
      .insert(caseLibrary)
      .values({
        sourceCaseId: caseId,
        countyCode: c.countyCode,
        title: `${CASE_CHANNEL_LABELS[c.channel as CaseChannel].zh} · ${CASE_TIER_LABELS[c.tier].zh}个案`,
        body: anonymiseCaseText(text, known),
        channel: c.channel,
        tier: c.tier,
        draftedBy: ctx.actor.userId,
      })
      .returning();
    if (!row) throw new AppError('INTERNAL');
    await ctx.audit(tx, {
      action: 'case.library.draft',
      targetType: 'case',
      targetId: caseId,
      details: { entryId: row.id },
    });
    return toEntry(row, known);
  });
}

/** Published entries for all case staff; drafts to the supervisors of their county. */
export async function listEntries(ctx: Ctx) {
  const supervise = ctx.scope('cases:supervise');
  const drafts = supervise.prefixes.map((p) => divisionPrefix(caseLibrary.countyCode, p));
  const rows = await ctx.db
    .select()
    .from(caseLibrary)
    .where(
      or(
        eq(caseLibrary.status, 'published'),
        drafts.length ? and(eq(caseLibrary.status, 'draft'), or(...drafts)) : sql`false`,
      ),
    )
    .orderBy(caseLibrary.status, desc(caseLibrary.publishedAt), desc(caseLibrary.createdAt))
    .limit(200);
  const items: Entry[] = [];
  for (const r of rows) items.push(toEntry(r, r.status === 'draft' ? await knownOf(ctx.db, r.sourceCaseId) : null));
  return { items };
}

async function draftInScope(ctx: Ctx, db: Queryable, id: string) {
  const [row] = await db.select().from(caseLibrary).where(eq(caseLibrary.id, id));
  if (!row || !isDivisionInScope(ctx.scope('cases:supervise'), row.countyCode)) throw new AppError('NOT_FOUND');
  return row;
}

export async function editEntry(ctx: Ctx, id: string, input: { title: string; body: string; version: number }) {
  return ctx.transaction(async (tx) => {
    const row = await draftInScope(ctx, tx, id);
    if (row.version !== input.version) throw new AppError('CONFLICT');
    const [saved] = await tx
      .update(caseLibrary)
      .set({
        title: input.title,
        body: input.body,
        version: row.version + 1,
        status: 'draft',
        reviewedBy: null,
        publishedAt: null,
      })
      .where(and(eq(caseLibrary.id, id), eq(caseLibrary.version, input.version)))
      .returning();
    if (!saved) throw new AppError('CONFLICT');
    await ctx.audit(tx, {
      action: 'case.library.draft',
      targetType: 'library',
      targetId: id,
      details: { edited: true },
    });
    return toEntry(saved, await knownOf(tx, saved.sourceCaseId));
  });
}

export async function publishEntry(ctx: Ctx, id: string, version: number) {
  return ctx.transaction(async (tx) => {
    const row = await draftInScope(ctx, tx, id);
    if (row.version !== version) throw new AppError('CONFLICT');
    if (row.draftedBy === ctx.actor.userId) throw new AppError('LIBRARY_SELF_REVIEW');
    const remaining = remainingIdentifiers(`${row.title}\n${row.body}`, await knownOf(tx, row.sourceCaseId));
    if (remaining.length > 0) throw new AppError('LIBRARY_IDENTIFIERS_LEFT', { remaining });
    const [saved] = await tx
      .update(caseLibrary)
      .set({ status: 'published', reviewedBy: ctx.actor.userId, publishedAt: new Date(), version: version + 1 })
      .where(and(eq(caseLibrary.id, id), eq(caseLibrary.version, version)))
      .returning();
    if (!saved) throw new AppError('CONFLICT');
    await ctx.audit(tx, { action: 'case.library.publish', targetType: 'library', targetId: id });
    return toEntry(saved, null);
  });
}
