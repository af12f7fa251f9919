// The security administrator's home-page work, derived from data: password resets waiting for its approval
// (two-person rule), ID-number check alerts not yet looked at, accounts that cannot sign in until it grants them
// a role, and accounts locked after failed sign-ins (unlocking is the system administrator's; the security
// administrator checks whether someone is guessing).
import { and, count, eq, isNull, ne, notExists, sql } from 'drizzle-orm';
import { adminRequests, grants, securityAlerts, users } from '../../db/schema.ts';
import { taskText, type TaskProvider } from '../../platform/tasks.ts';
import { lockedAccountCount } from '../tasks/index.ts';

const tr = taskText;

const resetsToApprove: TaskProvider = async ({ actor, db, locale }) => {
  if (!actor.permissions.has('roles:manage')) return [];
  // Not its own requests nor requests about its own account: it may not decide those (SELF_APPROVAL).
  const [row] = await db
    .select({ n: count() })
    .from(adminRequests)
    .where(
      and(
        eq(adminRequests.status, 'pending'),
        ne(adminRequests.requestedBy, actor.userId),
        ne(adminRequests.targetUserId, actor.userId),
      ),
    );
  const n = row?.n ?? 0;
  if (n === 0) return [];
  return [
    {
      id: 'account-requests',
      kind: 'security',
      title: tr(locale, `${n} 项账号操作待审批`, `${n} account requests waiting for approval`),
      description: tr(
        locale,
        '系统管理员申请的密码重置或停用，须经安全管理员批准（双人规则）',
        "The system administrator's password resets or disablings need your approval (two-person rule)",
      ),
      dueDate: null,
      link: '/security/approvals',
      severity: 'warning',
    },
  ];
};

const idCheckAlerts: TaskProvider = async ({ actor, db, locale }) => {
  if (!actor.permissions.has('policy:manage')) return [];
  const [row] = await db.select({ n: count() }).from(securityAlerts).where(isNull(securityAlerts.acknowledgedAt));
  const n = row?.n ?? 0;
  if (n === 0) return [];
  return [
    {
      id: 'security-alerts',
      kind: 'security',
      title: tr(locale, `${n} 条身份证号查询告警未处理`, `${n} ID-number check alerts not yet reviewed`),
      description: tr(
        locale,
        '有用户当日查询外地身份证号达到上限，核实是否异常后标记已处理',
        "A user reached the day's limit of ID-number checks answered elsewhere: check and acknowledge",
      ),
      dueDate: null,
      link: '/security/alerts',
      severity: 'danger',
    },
  ];
};

const accountsWithoutGrants: TaskProvider = async ({ actor, db, locale }) => {
  if (!actor.permissions.has('roles:manage')) return [];
  const [row] = await db
    .select({ n: count() })
    .from(users)
    .where(
      and(
        eq(users.status, 'active'),
        notExists(
          db
            .select({ one: sql`1` })
            .from(grants)
            .where(eq(grants.userId, users.id)),
        ),
      ),
    );
  const n = row?.n ?? 0;
  if (n === 0) return [];
  return [
    {
      id: 'accounts-without-grants',
      kind: 'security',
      title: tr(locale, `${n} 个账号尚未授权`, `${n} accounts without a grant`),
      description: tr(
        locale,
        '账号在获得授权前无法登录：按其岗位授予角色与范围',
        'An account cannot sign in before it holds a grant: give it a role and a scope for its post',
      ),
      dueDate: null,
      link: '/security/grants',
      severity: 'info',
    },
  ];
};

const lockedAccounts: TaskProvider = async ({ actor, db, locale }) => {
  if (!actor.permissions.has('roles:manage')) return [];
  const n = await lockedAccountCount(db);
  if (n === 0) return [];
  return [
    {
      id: 'locked-accounts-security',
      kind: 'security',
      title: tr(locale, `${n} 个账号因登录失败被锁定`, `${n} accounts locked after failed sign-ins`),
      description: tr(
        locale,
        '核实是否有人猜测密码，必要时收回授权；解锁由系统管理员办理',
        'Check whether someone is guessing passwords and withdraw grants if needed; the system administrator unlocks',
      ),
      dueDate: null,
      link: '/security/grants',
      severity: 'warning',
    },
  ];
};

/** The security administrator's own work. */
export const securityTaskProviders: readonly TaskProvider[] = [
  resetsToApprove,
  idCheckAlerts,
  accountsWithoutGrants,
  lockedAccounts,
];
