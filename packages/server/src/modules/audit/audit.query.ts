// Which audit rows a search means, and the rows in words: the operator's name and unit, the object's name.
import { and, eq, gte, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../../db/connection.ts';
import { auditLog, divisions, grants, institutions, roles, users } from '../../db/schema.ts';
import { auditActionLabel, auditTargetTypeLabel } from '../../platform/audit-actions.ts';
import { divisionPaths } from '../divisions/index.ts';

const isoDateTime = z.iso.datetime({ offset: true }).or(z.iso.date());

export const auditFilterFields = {
  actor: z.string().trim().max(64).optional(),
  action: z.string().trim().max(64).optional(),
  targetType: z.string().trim().max(32).optional(),
  targetId: z.string().trim().max(64).optional(),
  /** Every row about this child: its own, and those naming it in their details (an export that held it). */
  childId: z.uuid().optional(),
  outcome: z.enum(['success', 'failure']).optional(),
  from: isoDateTime.optional(),
  to: isoDateTime.optional(),
};

export const auditFilterSchema = z.strictObject(auditFilterFields);
export type AuditFilter = z.infer<typeof auditFilterSchema>;

/** Rows naming a child: as their target, as `details.childId`, or among `details.childIds` (indexes in 0016). */
export function aboutChild(childId: string): SQL {
  return or(
    and(eq(auditLog.targetType, 'child'), eq(auditLog.targetId, childId)),
    sql`(${auditLog.details}->>'childId') = ${childId}`,
    sql`(${auditLog.details}->'childIds') @> ${JSON.stringify([childId])}::jsonb`,
  ) as SQL;
}

export function auditWhere(q: AuditFilter): SQL | undefined {
  return and(
    q.actor ? eq(auditLog.actorUsername, q.actor) : undefined,
    q.action ? eq(auditLog.action, q.action) : undefined,
    q.targetType ? eq(auditLog.targetType, q.targetType) : undefined,
    q.targetId ? eq(auditLog.targetId, q.targetId) : undefined,
    q.childId ? aboutChild(q.childId) : undefined,
    q.outcome ? eq(auditLog.outcome, q.outcome) : undefined,
    q.from ? gte(auditLog.at, new Date(q.from)) : undefined,
    // A bare date as the upper bound includes that whole day.
    q.to ? lte(auditLog.at, new Date(q.to.length === 10 ? `${q.to}T23:59:59.999+08:00` : q.to)) : undefined,
  );
}

export type AuditRow = typeof auditLog.$inferSelect;

/** What identifies a child to the auditor without opening the file. */
export interface ChildLabel {
  id: string;
  name: string;
  idNumberMasked: string | null;
  divisionPath: string;
  status: string;
}

/** The rows of a raw query, whichever driver (PGlite or node-postgres) answered it. */
export function rowsOf<T>(result: unknown): T[] {
  if (typeof result === 'object' && result !== null && 'rows' in result && Array.isArray(result.rows))
    return result.rows as T[];
  throw new Error('unexpected result shape from the database driver');
}

/** A row of the audit functions of migration 0016. */
export interface ChildFunctionRow {
  id: string;
  name: string;
  id_number_masked: string | null;
  division_code: string;
  status: string;
}

/** A division's path below the city, e.g. "市中区 / 牟子镇 / 某某村". */
function pathText(path: readonly { code: string; name: string }[]): string {
  const below = path.filter((p) => p.code.length > 4);
  return (below.length ? below : path).map((p) => p.name).join(' / ');
}

export async function labelChildren(db: Queryable, rows: readonly ChildFunctionRow[]): Promise<ChildLabel[]> {
  const paths = await divisionPaths(db, [...new Set(rows.map((r) => r.division_code))]);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    idNumberMasked: r.id_number_masked,
    divisionPath: pathText(paths.get(r.division_code) ?? []),
    status: r.status,
  }));
}

/** Children by id through the audit function (row-level security hides every child from the auditor). */
export async function childrenByIds(db: Queryable, ids: readonly string[]): Promise<Map<string, ChildLabel>> {
  if (ids.length === 0) return new Map();
  const result = await db.execute(sql`select * from hehu_audit_children(${sql.param([...ids])}::uuid[])`);
  return new Map((await labelChildren(db, rowsOf<ChildFunctionRow>(result))).map((c) => [c.id, c]));
}

/** The children a row names in its details, at most `limit` of them. */
function childIdsIn(details: unknown, limit: number): string[] {
  if (typeof details !== 'object' || details === null) return [];
  const d = details as { childId?: unknown; childIds?: unknown };
  const ids = [
    ...(typeof d.childId === 'string' ? [d.childId] : []),
    ...(Array.isArray(d.childIds) ? d.childIds.filter((v): v is string => typeof v === 'string') : []),
  ];
  return ids.slice(0, limit);
}

/** A division the row is about: a grant's, an export's or a scan's. */
function divisionIn(row: AuditRow): string | null {
  const pick = (value: unknown, key: string): string | null => {
    if (typeof value !== 'object' || value === null) return null;
    const v = (value as Record<string, unknown>)[key];
    return typeof v === 'string' ? v : null;
  };
  const filter =
    typeof row.details === 'object' && row.details !== null ? (row.details as { filter?: unknown }).filter : null;
  return (
    pick(row.after, 'divisionCode') ??
    pick(row.before, 'divisionCode') ??
    pick(row.details, 'division') ??
    pick(filter, 'division') ??
    null
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The units of each operator: the division or institution of each of its grants. */
async function actorUnits(db: Queryable, actorIds: readonly string[]): Promise<Map<string, string>> {
  if (actorIds.length === 0) return new Map();
  const rows = await db
    .select({ userId: grants.userId, divisionCode: grants.divisionCode, institution: institutions.name })
    .from(grants)
    .leftJoin(institutions, eq(institutions.id, grants.institutionId))
    .where(inArray(grants.userId, [...actorIds]));
  const paths = await divisionPaths(db, [...new Set(rows.flatMap((r) => (r.divisionCode ? [r.divisionCode] : [])))]);
  const units = new Map<string, string[]>();
  for (const r of rows) {
    const unit = r.institution ?? (r.divisionCode ? pathText(paths.get(r.divisionCode) ?? []) : null);
    if (!unit) continue;
    const list = units.get(r.userId) ?? [];
    if (!list.includes(unit)) list.push(unit);
    units.set(r.userId, list);
  }
  return new Map([...units].map(([id, list]) => [id, list.join('、')]));
}

export interface NamedRow {
  id: number;
  at: string;
  actorId: string | null;
  actorUsername: string | null;
  action: string;
  actionLabel: string;
  actorName: string | null;
  actorUnit: string | null;
  targetType: string | null;
  targetTypeLabel: string | null;
  targetId: string | null;
  targetName: string | null;
  divisionName: string | null;
  children: { id: string; name: string }[];
  childCount: number;
  outcome: 'success' | 'failure';
  ip: string | null;
  requestId: string | null;
  before: unknown;
  after: unknown;
  details: unknown;
}

/** How many child ids a row sends back in full; a large export's list is cut (childCount keeps the number). */
export const CHILD_IDS_SHOWN = 50;

function trimmedDetails(details: unknown): unknown {
  if (typeof details !== 'object' || details === null) return details;
  const d = details as Record<string, unknown>;
  if (!Array.isArray(d.childIds) || d.childIds.length <= CHILD_IDS_SHOWN) return details;
  return { ...d, childIds: d.childIds.slice(0, CHILD_IDS_SHOWN) };
}

/** The rows in words, with a few queries for the whole page. `fullDetails` keeps every child id (the workbook). */
export async function nameRows(
  db: Queryable,
  rows: readonly AuditRow[],
  locale: 'zh-CN' | 'en',
  fullDetails = false,
): Promise<NamedRow[]> {
  const actorIds = [...new Set(rows.flatMap((r) => (r.actorId ? [r.actorId] : [])))];
  const userIds = [
    ...new Set([...actorIds, ...rows.flatMap((r) => (r.targetType === 'user' && r.targetId ? [r.targetId] : []))]),
  ].filter((id) => UUID.test(id));
  const childIds = [
    ...new Set(
      rows.flatMap((r) => [
        ...(r.targetType === 'child' && r.targetId && UUID.test(r.targetId) ? [r.targetId] : []),
        ...childIdsIn(r.details, 5).filter((id) => UUID.test(id)),
      ]),
    ),
  ];
  const roleCodes = [...new Set(rows.flatMap((r) => (r.targetType === 'role' && r.targetId ? [r.targetId] : [])))];
  const divisionCodes = [...new Set(rows.flatMap((r) => divisionIn(r) ?? []))];
  // One after another: the request's transaction is one connection.
  const userRows = userIds.length
    ? await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, userIds))
    : [];
  const units = await actorUnits(db, actorIds);
  const childMap = await childrenByIds(db, childIds);
  const roleRows = roleCodes.length
    ? await db.select({ code: roles.code, name: roles.name }).from(roles).where(inArray(roles.code, roleCodes))
    : [];
  const divisionRows = divisionCodes.length
    ? await db
        .select({ code: divisions.code, name: divisions.name })
        .from(divisions)
        .where(inArray(divisions.code, divisionCodes))
    : [];
  const userName = new Map(userRows.map((u) => [u.id, u.name]));
  const roleName = new Map(roleRows.map((r) => [r.code, r.name]));
  const divisionName = new Map(divisionRows.map((d) => [d.code, d.name]));
  return rows.map((r) => {
    const target = r.targetId ?? '';
    const targetName =
      r.targetType === 'child'
        ? (childMap.get(target)?.name ?? null)
        : r.targetType === 'user'
          ? (userName.get(target) ?? null)
          : r.targetType === 'role'
            ? (roleName.get(target) ?? null)
            : null;
    const named = childIdsIn(r.details, 5).flatMap((id) => {
      const c = childMap.get(id);
      return c ? [{ id, name: c.name }] : [];
    });
    const division = divisionIn(r);
    return {
      id: r.id,
      at: r.at.toISOString(),
      actorId: r.actorId,
      actorUsername: r.actorUsername,
      action: r.action,
      actionLabel: auditActionLabel(r.action, locale),
      actorName: r.actorId ? (userName.get(r.actorId) ?? null) : null,
      actorUnit: r.actorId ? (units.get(r.actorId) ?? null) : null,
      targetType: r.targetType,
      targetTypeLabel: auditTargetTypeLabel(r.targetType, locale),
      targetId: r.targetId,
      targetName,
      divisionName: division ? (divisionName.get(division) ?? null) : null,
      children: named,
      childCount: childIdsIn(r.details, Number.MAX_SAFE_INTEGER).length,
      outcome: r.outcome,
      ip: r.ip,
      requestId: r.requestId,
      before: r.before,
      after: r.after,
      details: fullDetails ? r.details : trimmedDetails(r.details),
    };
  });
}
