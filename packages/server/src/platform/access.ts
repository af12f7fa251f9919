// Who is asking and what they may reach. A grant is (role, division prefix) or (role, institution);
// a permission reaches the union of the scopes of the grants whose role carries it.
import { and, eq, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Queryable } from '../db/connection.ts';
import { adminUnitMembers, divisions, grants, institutions, partnerUnits, roles } from '../db/schema.ts';
import { isAdminPermission, type Permission } from './permissions.ts';

export interface ResolvedGrant {
  id: string;
  role: string;
  roleName: string;
  roleNameEn: string;
  permissions: readonly string[];
  divisionCode: string | null;
  divisionName: string | null;
  institutionId: string | null;
  institutionName: string | null;
  /** A partner unit (police, a school …): its grants reach the referrals sent to it, or the reports it filed. */
  partnerUnitId: string | null;
  partnerUnitName: string | null;
  /** Division prefixes this grant reaches (an administrative unit expands to its member townships). */
  prefixes: readonly string[];
}

export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  grants: readonly ResolvedGrant[];
  permissions: ReadonlySet<string>;
  mustChangePassword: boolean;
  mustEnrolTotp: boolean;
  totpEnabled: boolean;
  passwordExpiresAt: Date | null;
  sessionTokenHash: string;
  csrfToken: string;
}

/** Where one permission reaches: division prefixes and institutions. Empty means nothing. */
export interface Scope {
  readonly permission: Permission;
  readonly prefixes: readonly string[];
  readonly institutionIds: readonly string[];
}

export function scopeFor(actor: Actor, permission: Permission): Scope {
  const prefixes = new Set<string>();
  const institutionIds = new Set<string>();
  for (const g of actor.grants) {
    if (!g.permissions.includes(permission)) continue;
    for (const p of g.prefixes) prefixes.add(p);
    if (g.institutionId) institutionIds.add(g.institutionId);
  }
  return { permission, prefixes: [...prefixes], institutionIds: [...institutionIds] };
}

/**
 * The SQL condition that keeps a scoped table's rows inside the scope. Every query on a scoped table in
 * request code is built with it; an empty scope yields `false`, so nothing leaks by omission.
 */
export function scopeCondition(scope: Scope, divisionColumn: AnyPgColumn, institutionColumn?: AnyPgColumn): SQL {
  const parts: SQL[] = scope.prefixes.map((p) => divisionPrefix(divisionColumn, p));
  if (institutionColumn && scope.institutionIds.length > 0)
    parts.push(inArray(institutionColumn, [...scope.institutionIds]));
  if (parts.length === 0) return sql`false`;
  return or(...parts) ?? sql`false`;
}

/**
 * Codes that start with `prefix`, as a range: comparison operators are leakproof, so under row-level security
 * PostgreSQL can still answer them from the index, which it may not do for LIKE (it must apply the policy first).
 */
export function divisionPrefix(column: AnyPgColumn, prefix: string): SQL {
  const upper = nextPrefix(prefix);
  return (upper ? and(gte(column, prefix), lt(column, upper)) : gte(column, prefix)) ?? sql`false`;
}

/**
 * The scope on a table's own copy of its child's division (applications, held categories): index ranges applied
 * before any row-level policy runs. A scope that reaches children through an institution cannot be written this way
 * (such a child's division may lie anywhere), so it answers undefined and the children condition alone decides.
 */
export function scopeOnDivisionCopy(scope: Scope, column: AnyPgColumn): SQL | undefined {
  if (scope.institutionIds.length > 0) return undefined;
  return or(...scope.prefixes.map((p) => divisionPrefix(column, p))) ?? sql`false`;
}

/**
 * scopeOnDivisionCopy for hand-written SQL, optionally narrowed to one area: the caller's division ranges on a
 * table's copy of its child's division, or undefined when the scope reaches children through an institution.
 */
export function scopeOnDivisionCopySql(scope: Scope, expression: SQL, area?: string): SQL | undefined {
  if (scope.institutionIds.length > 0) return undefined;
  const ranges = scope.prefixes.map((prefix) => divisionPrefixSql(expression, prefix));
  const inScope = ranges.length > 0 ? sql`(${sql.join(ranges, sql` or `)})` : sql`false`;
  return area ? sql`${inScope} and ${divisionPrefixSql(expression, area)}` : inScope;
}

/** The same range over a raw SQL expression (a column of an aliased table in hand-written SQL). */
export function divisionPrefixSql(expression: SQL, prefix: string): SQL {
  const upper = nextPrefix(prefix);
  return upper ? sql`(${expression} >= ${prefix} and ${expression} < ${upper})` : sql`(${expression} >= ${prefix})`;
}

/** The smallest digit string above every code that starts with `prefix` ('5111' → '5112', '5119' → '512'). */
function nextPrefix(prefix: string): string | null {
  const trimmed = prefix.replace(/9+$/, '');
  if (trimmed === '') return null;
  return trimmed.slice(0, -1) + String(Number(trimmed.at(-1)) + 1);
}

/** The partner units whose grants carry `permission`. */
export function partnerUnitsFor(actor: Actor, permission: Permission): string[] {
  return [
    ...new Set(
      actor.grants.flatMap((g) => (g.partnerUnitId && g.permissions.includes(permission) ? [g.partnerUnitId] : [])),
    ),
  ];
}

export function isDivisionInScope(scope: Scope, code: string): boolean {
  return scope.prefixes.some((p) => code.startsWith(p));
}

export async function loadGrants(db: Queryable, userId: string): Promise<ResolvedGrant[]> {
  const rows = await db
    .select({
      id: grants.id,
      role: roles.code,
      roleName: roles.name,
      roleNameEn: roles.nameEn,
      permissions: roles.permissions,
      divisionCode: grants.divisionCode,
      divisionName: divisions.name,
      divisionKind: divisions.kind,
      institutionId: grants.institutionId,
      institutionName: institutions.name,
      partnerUnitId: grants.partnerUnitId,
      partnerUnitName: partnerUnits.name,
    })
    .from(grants)
    .innerJoin(roles, eq(roles.code, grants.roleCode))
    .leftJoin(divisions, eq(divisions.code, grants.divisionCode))
    .leftJoin(institutions, eq(institutions.id, grants.institutionId))
    .leftJoin(partnerUnits, eq(partnerUnits.id, grants.partnerUnitId))
    .where(eq(grants.userId, userId))
    .orderBy(grants.createdAt);
  const unitCodes = rows.flatMap((r) =>
    r.divisionKind === 'administrative' && r.divisionCode ? [r.divisionCode] : [],
  );
  const members = unitCodes.length
    ? await db.select().from(adminUnitMembers).where(inArray(adminUnitMembers.unitCode, unitCodes))
    : [];
  return rows.map((r) => {
    let prefixes: string[] = [];
    if (r.divisionCode) {
      prefixes =
        r.divisionKind === 'administrative'
          ? members.filter((m) => m.unitCode === r.divisionCode).map((m) => m.memberCode)
          : [r.divisionCode];
    }
    return {
      id: r.id,
      role: r.role,
      roleName: r.roleName,
      roleNameEn: r.roleNameEn,
      permissions: r.permissions,
      divisionCode: r.divisionCode,
      divisionName: r.divisionName,
      institutionId: r.institutionId,
      institutionName: r.institutionName,
      partnerUnitId: r.partnerUnitId,
      partnerUnitName: r.partnerUnitName,
      prefixes,
    };
  });
}

/** An administrator is whoever holds an administrator permission, through any role (built-in or custom). */
export function holdsAdminPermission(grantList: readonly { permissions: readonly string[] }[]): boolean {
  return grantList.some((g) => g.permissions.some(isAdminPermission));
}

/** Used by the division browser: a user's scope roots for divisions:read, or the whole city for unscoped roles. */
export function divisionRoots(actor: Actor): string[] {
  return [...new Set(actor.grants.filter((g) => g.permissions.includes('divisions:read')).flatMap((g) => g.prefixes))];
}
