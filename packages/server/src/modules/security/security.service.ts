// Roles, grants and the security policy (security administrator). Reads no child data.
import { and, asc, eq, gt, ilike, or } from 'drizzle-orm';
import type { Queryable } from '../../db/connection.ts';
import { divisions, grants, institutions, partnerUnits, roles, users } from '../../db/schema.ts';
import { loadGrants } from '../../platform/access.ts';
import { AppError } from '../../platform/errors.ts';
import { encodeCursor, escapeLike, textCursor } from '../../platform/list.ts';
import type { RouteContext } from '../../platform/http.ts';
import type { RouteAccess } from '../../platform/permissions.ts';
import { readPolicy, writePolicy, type SecurityPolicy } from '../../platform/policy.ts';
import { assertSeparated, holdersOf, lockedPermissions } from './separation.ts';

type Ctx = RouteContext<unknown, unknown, unknown, RouteAccess>;
type RoleRow = typeof roles.$inferSelect;

export function roleView(r: RoleRow, locale: string) {
  return {
    code: r.code,
    name: locale === 'en' ? r.nameEn : r.name,
    description: r.description,
    scopeKind: r.scopeKind,
    permissions: r.permissions,
    builtIn: r.builtIn,
  };
}

export async function listRoles(db: Queryable): Promise<RoleRow[]> {
  return db.select().from(roles).orderBy(asc(roles.builtIn), asc(roles.code));
}

async function loadRole(db: Queryable, code: string): Promise<RoleRow> {
  const [row] = await db.select().from(roles).where(eq(roles.code, code)).limit(1);
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export async function createRole(
  ctx: Ctx,
  input: { code: string; name: string; description: string; scopeKind: RoleRow['scopeKind']; permissions: string[] },
): Promise<RoleRow> {
  assertSeparated(input.permissions, { zh: `角色 ${input.code}`, en: `role ${input.code}` });
  return ctx.transaction(async (tx) => {
    const [existing] = await tx.select({ code: roles.code }).from(roles).where(eq(roles.code, input.code));
    if (existing) throw new AppError('DUPLICATE', { field: 'code' });
    const [row] = await tx
      .insert(roles)
      .values({ ...input, nameEn: input.name, builtIn: false })
      .returning();
    if (!row) throw new AppError('INTERNAL');
    await ctx.audit(tx, { action: 'role.create', targetType: 'role', targetId: row.code, after: input });
    return row;
  });
}

export async function updateRole(
  ctx: Ctx,
  code: string,
  input: { name: string; description: string; permissions: string[] },
): Promise<RoleRow> {
  return ctx.transaction(async (tx) => {
    const before = await loadRole(tx, code);
    if (before.builtIn) throw new AppError('BUILT_IN_ROLE');
    assertSeparated(input.permissions, { zh: `角色 ${code}`, en: `role ${code}` });
    // Every holder keeps its other grants: what it would hold with the new definition must stay separated.
    const holders = await holdersOf(tx, code);
    const held = await lockedPermissions(
      tx,
      holders.map((h) => h.id),
      code,
    );
    for (const h of holders) {
      if (h.id === ctx.actor?.userId) throw new AppError('SELF_GRANT');
      assertSeparated([...(held.get(h.id) ?? []), ...input.permissions], {
        zh: `账号 ${h.username}`,
        en: `account ${h.username}`,
      });
    }
    const [after] = await tx
      .update(roles)
      .set({ ...input, nameEn: input.name })
      .where(eq(roles.code, code))
      .returning();
    if (!after) throw new AppError('NOT_FOUND');
    await ctx.audit(tx, {
      action: 'role.update',
      targetType: 'role',
      targetId: code,
      before: { name: before.name, description: before.description, permissions: before.permissions },
      after: input,
    });
    return after;
  });
}

/** A page of accounts with their grants in username order, after the cursor's username (keyset). */
export async function listUsersWithGrants(
  db: Queryable,
  q: string | undefined,
  page: { limit: number; cursor?: string | undefined },
) {
  const where = q
    ? or(ilike(users.username, `%${escapeLike(q)}%`), ilike(users.displayName, `%${escapeLike(q)}%`))
    : undefined;
  const after = textCursor(page.cursor);
  const rows = await db
    .select({ id: users.id, username: users.username, displayName: users.displayName })
    .from(users)
    .where(and(where, after === null ? undefined : gt(users.username, after)))
    .orderBy(asc(users.username))
    .limit(page.limit + 1);
  const shown = rows.slice(0, page.limit);
  const last = shown.at(-1);
  const total = await db.$count(users, where);
  // Sequential: the request's transaction is one connection.
  const data = [];
  for (const u of shown) data.push({ ...u, grants: await loadGrants(db, u.id) });
  return { data, total, nextCursor: rows.length > page.limit && last ? encodeCursor([last.username]) : null };
}

export async function addGrant(
  ctx: Ctx,
  userId: string,
  input: {
    role: string;
    divisionCode?: string | undefined;
    institutionId?: string | undefined;
    partnerUnitId?: string | undefined;
  },
) {
  if (userId === ctx.actor?.userId) throw new AppError('SELF_GRANT');
  return ctx.transaction(async (tx) => {
    const [user] = await tx.select({ id: users.id, username: users.username }).from(users).where(eq(users.id, userId));
    if (!user) throw new AppError('NOT_FOUND');
    const role = await loadRole(tx, input.role).catch(() => {
      throw AppError.rule('ROLE_NOT_FOUND', `角色 ${input.role} 不存在`, `Role ${input.role} does not exist`, {
        field: 'role',
      });
    });
    const scopes = [input.divisionCode, input.institutionId, input.partnerUnitId].filter(Boolean).length;
    const fits =
      (role.scopeKind === 'division' && input.divisionCode && scopes === 1) ||
      (role.scopeKind === 'institution' && input.institutionId && scopes === 1) ||
      (role.scopeKind === 'partner' && input.partnerUnitId && scopes === 1) ||
      (role.scopeKind === 'none' && scopes === 0);
    if (!fits) throw new AppError('ROLE_SCOPE_MISMATCH', { scopeKind: role.scopeKind });
    const held = await lockedPermissions(tx, [userId]);
    assertSeparated([...(held.get(userId) ?? []), ...role.permissions], {
      zh: `账号 ${user.username}`,
      en: `account ${user.username}`,
    });
    if (input.divisionCode) {
      const [d] = await tx
        .select({ code: divisions.code })
        .from(divisions)
        .where(eq(divisions.code, input.divisionCode));
      if (!d) throw new AppError('DIVISION_NOT_FOUND', { field: 'divisionCode' });
    }
    if (input.institutionId) {
      const [i] = await tx
        .select({ id: institutions.id })
        .from(institutions)
        .where(eq(institutions.id, input.institutionId));
      if (!i)
        throw AppError.rule('INSTITUTION_NOT_FOUND', '机构不存在', 'Unknown institution', { field: 'institutionId' });
    }
    if (input.partnerUnitId) {
      const [u] = await tx
        .select({ id: partnerUnits.id })
        .from(partnerUnits)
        .where(and(eq(partnerUnits.id, input.partnerUnitId), eq(partnerUnits.active, true)));
      if (!u)
        throw AppError.rule('PARTNER_UNIT_NOT_FOUND', '协作单位不存在', 'Unknown partner unit', {
          field: 'partnerUnitId',
        });
    }
    const [row] = await tx
      .insert(grants)
      .values({
        userId,
        roleCode: role.code,
        divisionCode: input.divisionCode ?? null,
        institutionId: input.institutionId ?? null,
        partnerUnitId: input.partnerUnitId ?? null,
      })
      .returning();
    if (!row) throw new AppError('INTERNAL');
    await ctx.audit(tx, {
      action: 'grant.add',
      targetType: 'user',
      targetId: userId,
      after: { grantId: row.id, ...input },
    });
    const all = await loadGrants(tx, userId);
    const view = all.find((g) => g.id === row.id);
    if (!view) throw new AppError('INTERNAL');
    return view;
  });
}

export async function removeGrant(ctx: Ctx, grantId: string): Promise<void> {
  await ctx.transaction(async (tx) => {
    const [found] = await tx.select({ userId: grants.userId }).from(grants).where(eq(grants.id, grantId));
    if (!found) throw new AppError('NOT_FOUND');
    if (found.userId === ctx.actor?.userId) throw new AppError('SELF_GRANT');
    const [row] = await tx.delete(grants).where(eq(grants.id, grantId)).returning();
    if (!row) throw new AppError('NOT_FOUND');
    await ctx.audit(tx, {
      action: 'grant.remove',
      targetType: 'user',
      targetId: row.userId,
      before: { grantId: row.id, role: row.roleCode, divisionCode: row.divisionCode, institutionId: row.institutionId },
    });
  });
}

export function listInstitutions(db: Queryable) {
  return db
    .select({
      id: institutions.id,
      name: institutions.name,
      kind: institutions.kind,
      divisionCode: institutions.divisionCode,
    })
    .from(institutions)
    .orderBy(asc(institutions.name));
}

/**
 * The active partner units a 'partner' grant may name, with their area: 'partner' units answer referrals,
 * 'reporter' units file mandatory reports.
 */
export function listPartnerUnits(db: Queryable) {
  return db
    .select({
      id: partnerUnits.id,
      name: partnerUnits.name,
      role: partnerUnits.role,
      kind: partnerUnits.kind,
      divisionCode: partnerUnits.divisionCode,
      divisionName: divisions.name,
    })
    .from(partnerUnits)
    .innerJoin(divisions, eq(divisions.code, partnerUnits.divisionCode))
    .where(eq(partnerUnits.active, true))
    .orderBy(asc(partnerUnits.role), asc(partnerUnits.name));
}

export async function updatePolicy(ctx: Ctx, policy: SecurityPolicy): Promise<SecurityPolicy> {
  await ctx.transaction(async (tx) => {
    const { policy: before } = await readPolicy(tx);
    const version = await writePolicy(tx, policy, ctx.actor?.userId ?? null);
    await ctx.audit(tx, {
      action: 'policy.update',
      targetType: 'setting',
      targetId: `security_policy@${version}`,
      before,
      after: policy,
    });
  });
  ctx.services.policy.invalidate();
  return policy;
}
