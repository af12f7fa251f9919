// The tasks of the account and audit administrators (locked accounts, failed sign-ins) and of every user
// (password expiry). Other modules keep their own providers; src/routes.ts lists them all.
import { serviceDate } from '@hehu/domain';
import { and, count, eq, gt, gte, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/connection.ts';
import { auditLog, users } from '../../db/schema.ts';
import { taskText, type TaskProvider } from '../../platform/tasks.ts';

const tr = taskText;
const DAY = 86_400_000;

const passwordExpiry: TaskProvider = ({ actor, locale }) => {
  const at = actor.passwordExpiresAt;
  if (!at || at.getTime() - Date.now() > 14 * DAY) return Promise.resolve([]);
  const date = serviceDate(at);
  return Promise.resolve([
    {
      id: 'password-expiry',
      kind: 'account',
      title: tr(locale, '密码即将到期', 'Your password expires soon'),
      description: tr(locale, `请在 ${date} 前修改密码`, `Change your password before ${date}`),
      dueDate: date,
      link: '/account/password',
      severity: 'warning',
    },
  ]);
};

/** Accounts locked after failed sign-ins right now (the system and the security administrator both see them). */
export async function lockedAccountCount(db: Queryable): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(users)
    .where(gt(users.lockedUntil, sql`now()`));
  return row?.n ?? 0;
}

const lockedAccounts: TaskProvider = async ({ actor, db, locale }) => {
  if (!actor.permissions.has('users:manage')) return [];
  const n = await lockedAccountCount(db);
  if (n === 0) return [];
  return [
    {
      id: 'locked-accounts',
      kind: 'accounts',
      title: tr(locale, `${n} 个账号因登录失败被锁定`, `${n} accounts locked after failed sign-ins`),
      description: tr(
        locale,
        '核实是否本人操作，必要时解锁或重置密码',
        'Check with the owners; unlock or reset if needed',
      ),
      dueDate: null,
      link: '/admin/users',
      severity: 'warning',
    },
  ];
};

const failedSignIns: TaskProvider = async ({ actor, db, locale }) => {
  if (!actor.permissions.has('audit:read')) return [];
  const since = new Date(Date.now() - DAY);
  const [row] = await db
    .select({ n: count() })
    .from(auditLog)
    .where(and(eq(auditLog.action, 'auth.login'), eq(auditLog.outcome, 'failure'), gte(auditLog.at, since)));
  const n = row?.n ?? 0;
  if (n === 0) return [];
  return [
    {
      id: 'failed-sign-ins',
      kind: 'audit',
      title: tr(locale, `近 24 小时登录失败 ${n} 次`, `${n} failed sign-ins in the last 24 hours`),
      description: tr(locale, '查看审计日志，留意异常登录', 'Review the audit trail for unusual sign-ins'),
      dueDate: null,
      link: '/audit?action=auth.login&outcome=failure',
      severity: n >= 20 ? 'danger' : 'info',
    },
  ];
};

/** The account and audit administrators' own work. */
export const accountTaskProviders: readonly TaskProvider[] = [passwordExpiry, lockedAccounts, failedSignIns];
