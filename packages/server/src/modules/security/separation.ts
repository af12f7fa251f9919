// 三员分立 on grants and roles: what one account would hold after a change is checked, not only the role.
import { eq, inArray } from 'drizzle-orm';
import type { Queryable } from '../../db/connection.ts';
import { grants, roles, users } from '../../db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { mixedDuties } from '../../platform/permissions.ts';

const DUTY_NAMES: Record<string, { zh: string; en: string }> = {
  system: { zh: '系统管理', en: 'system administration' },
  security: { zh: '安全管理', en: 'security administration' },
  audit: { zh: '审计管理', en: 'audit administration' },
  business: { zh: '业务', en: 'business' },
};

/** Refuses a permission set that mixes administrator duties with each other or with business work. */
export function assertSeparated(permissions: Iterable<string>, subject: { zh: string; en: string }): void {
  const conflict = mixedDuties(permissions);
  if (!conflict) return;
  const zh = conflict.duties.map((d) => DUTY_NAMES[d]?.zh ?? d).join('、');
  const en = conflict.duties.map((d) => DUTY_NAMES[d]?.en ?? d).join(', ');
  throw new AppError('SEPARATION_OF_DUTIES', conflict, {
    zh: `三员分立：${subject.zh}将兼有${zh}权限（${conflict.permissions.join('、')}），不能集中在同一账号`,
    en: `Separation of duties: ${subject.en} would combine ${en} permissions (${conflict.permissions.join(', ')}) in one account`,
  });
}

/**
 * Locks the accounts (so two concurrent grants cannot each pass alone) and returns the permissions each
 * holds through its grants, leaving out the grants of `exceptRole` when that role is being redefined.
 */
export async function lockedPermissions(
  tx: Queryable,
  userIds: readonly string[],
  exceptRole?: string,
): Promise<Map<string, Set<string>>> {
  const result = new Map<string, Set<string>>(userIds.map((id) => [id, new Set<string>()]));
  if (userIds.length === 0) return result;
  await tx
    .select({ id: users.id })
    .from(users)
    .where(inArray(users.id, [...userIds]))
    .orderBy(users.id)
    .for('update');
  const rows = await tx
    .select({ userId: grants.userId, role: grants.roleCode, permissions: roles.permissions })
    .from(grants)
    .innerJoin(roles, eq(roles.code, grants.roleCode))
    .where(inArray(grants.userId, [...userIds]));
  for (const r of rows) {
    if (r.role === exceptRole) continue;
    for (const p of r.permissions) result.get(r.userId)?.add(p);
  }
  return result;
}

/** Holders of a role, for checking what they would hold once it changes. */
export async function holdersOf(tx: Queryable, roleCode: string): Promise<{ id: string; username: string }[]> {
  return tx
    .selectDistinct({ id: users.id, username: users.username })
    .from(grants)
    .innerJoin(users, eq(users.id, grants.userId))
    .where(eq(grants.roleCode, roleCode));
}
