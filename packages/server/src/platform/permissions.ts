// The permission catalogue. Roles (data, seeded and editable by the security administrator) are sets of these.
export const PERMISSIONS = {
  'divisions:read': { zh: '查看行政区划', en: 'Browse divisions' },
  'tasks:read': { zh: '查看我的待办', en: 'See my tasks' },
  'children:read': { zh: '查看儿童档案', en: 'Read child records' },
  'children:write': { zh: '登记和修改儿童档案', en: 'Create and edit child records' },
  'children:unmask': { zh: '查看完整身份证号等敏感信息', en: 'See sensitive fields unmasked' },
  'children:export': { zh: '导出儿童名单', en: 'Export child lists' },
  'categories:record': { zh: '登记儿童保障类别（依据审批决定）', en: 'Record protection categories (from a decision)' },
  'users:manage': { zh: '管理用户账号（系统管理员）', en: 'Manage user accounts (system administrator)' },
  'roles:manage': { zh: '管理角色与授权（安全管理员）', en: 'Manage roles and grants (security administrator)' },
  'policy:manage': { zh: '管理安全策略（安全管理员）', en: 'Manage security policy (security administrator)' },
  'audit:read': { zh: '查阅审计日志（审计管理员）', en: 'Read the audit trail (audit administrator)' },
} as const;

export type Permission = keyof typeof PERMISSIONS;

export function isPermission(value: string): value is Permission {
  return Object.hasOwn(PERMISSIONS, value);
}

/** Route access: a permission, or one of two markers that are visible in the route table and OpenAPI. */
export type RouteAccess = Permission | 'public' | 'authenticated';

/** The three separated administrators (三员分立) must use a second factor. */
export const ADMIN_ROLES: readonly string[] = ['sys_admin', 'sec_admin', 'audit_admin'];
