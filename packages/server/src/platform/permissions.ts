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
  'applications:file': { zh: '受理和提交保障申请（村、乡镇）', en: 'File applications (village, township)' },
  'applications:verify': { zh: '审核保障申请（乡镇）', en: 'Verify applications (township)' },
  'applications:approve': { zh: '审批保障申请（县级）', en: 'Approve applications (county)' },
  'visits:record': { zh: '登记走访与监护风险评估', en: 'Record visits and risk assessments' },
  'rules:manage': {
    zh: '维护业务规则数据（工作日历、基本生活费发放标准）',
    en: 'Maintain rule data (the working-day calendar, allowance standards)',
  },
  'allowances:read': { zh: '查看发放名册、发放台账与资金报表', en: 'Read payment rolls, ledgers and fund reports' },
  'allowances:prepare': {
    zh: '生成发放名册、维护收款账户、报盘与回盘（县级经办）',
    en: 'Generate rolls, keep payee accounts, bank files (county officer)',
  },
  'allowances:approve': {
    zh: '审批发放名册（县级，与生成人不同）',
    en: 'Approve payment rolls (county, not the generator)',
  },
  'cases:intake': {
    zh: '受理涉未成年人求助、报告与发现（热线、来访、走访）',
    en: 'Take in calls, reports and discoveries about children',
  },
  'cases:report': { zh: '强制报告（学校、医院等报告单位）', en: 'File mandatory reports (reporting organisations)' },
  'cases:read': { zh: '查看个案（办案团队与督办人员）', en: 'Open cases (case team and supervisors)' },
  'cases:work': { zh: '办理未成年人保护个案', en: 'Work minor protection cases' },
  'cases:supervise': {
    zh: '督办个案：分派、结案审核、案例库审核',
    en: 'Supervise cases: assign, review closure and library entries',
  },
  'cases:referral': { zh: '接收并反馈转介（协作单位）', en: 'Answer referrals (partner units)' },
  'cases:stats': { zh: '查看个案统计', en: 'Read case statistics' },
} as const;

export type Permission = keyof typeof PERMISSIONS;

export function isPermission(value: string): value is Permission {
  return Object.hasOwn(PERMISSIONS, value);
}

/** Route access: a permission, or one of two markers that are visible in the route table and OpenAPI. */
export type RouteAccess = Permission | 'public' | 'authenticated';

/**
 * The three separated administrator duties (三员分立). One account holds at most one of them and then no
 * business permission; the security administrator's two permissions are one duty.
 */
export const ADMIN_DUTIES = {
  system: ['users:manage'],
  security: ['roles:manage', 'policy:manage'],
  audit: ['audit:read'],
} as const satisfies Record<string, readonly Permission[]>;
export type AdminDuty = keyof typeof ADMIN_DUTIES;

/** Permissions that reveal nothing about children or accounts, so any account may hold them. */
export const NEUTRAL_PERMISSIONS: readonly Permission[] = ['tasks:read', 'divisions:read'];

/** An administrator duty, 'business' for everything else that is not neutral (new permissions included). */
export function dutyOf(permission: string): AdminDuty | 'business' | null {
  for (const [duty, list] of Object.entries(ADMIN_DUTIES) as [AdminDuty, readonly string[]][]) {
    if (list.includes(permission)) return duty;
  }
  return NEUTRAL_PERMISSIONS.includes(permission as Permission) ? null : 'business';
}

export function isAdminPermission(permission: string): boolean {
  const duty = dutyOf(permission);
  return duty !== null && duty !== 'business';
}

/**
 * The duties a permission set mixes, when it breaks the separation: two administrator duties, or one with
 * any business permission. Null when one account may hold the set.
 */
export function mixedDuties(permissions: Iterable<string>): { duties: string[]; permissions: string[] } | null {
  const byDuty = new Map<string, string[]>();
  for (const p of new Set(permissions)) {
    const duty = dutyOf(p);
    if (duty) byDuty.set(duty, [...(byDuty.get(duty) ?? []), p]);
  }
  const admin = [...byDuty.keys()].filter((d) => d !== 'business');
  if (admin.length === 0 || byDuty.size < 2) return null;
  return { duties: [...byDuty.keys()].sort(), permissions: [...byDuty.values()].flat().sort() };
}
