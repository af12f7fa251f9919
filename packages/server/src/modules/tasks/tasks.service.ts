// "My tasks": work that comes from change. Each module contributes a provider; the home page shows the union.
import { serviceDate } from '@hehu/domain';
import { and, count, eq, gt, gte, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/connection.ts';
import { auditLog, users } from '../../db/schema.ts';
import { scopeFor, type Actor } from '../../platform/access.ts';
import type { Locale } from '../../platform/errors.ts';
import type { RequestServices } from '../../platform/http.ts';
import { countPotentiallyEligible } from '../categories/categories.service.ts';
import { confirmReleases } from '../categories/release.tasks.ts';
import { incomingTransfers, openDuplicates } from '../lifecycle/lifecycle.tasks.ts';

export interface Task {
  id: string;
  kind: string;
  title: string;
  description: string;
  dueDate: string | null;
  link: string | null;
  severity: 'info' | 'warning' | 'danger';
}

export interface TaskContext {
  actor: Actor;
  db: Queryable;
  services: RequestServices;
  locale: Locale;
}

export type TaskProvider = (ctx: TaskContext) => Promise<Task[]>;

const tr = (locale: Locale, zh: string, en: string) => (locale === 'en' ? en : zh);
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

const lockedAccounts: TaskProvider = async ({ actor, db, locale }) => {
  if (!actor.permissions.has('users:manage')) return [];
  const [row] = await db
    .select({ n: count() })
    .from(users)
    .where(gt(users.lockedUntil, sql`now()`));
  const n = row?.n ?? 0;
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

/** 主动发现: children whose recorded facts meet a category they do not hold yet. */
/** The home page counts potential cases up to this number (the 主动发现 page lists them all). */
const POTENTIAL_SHOWN = 100;

const potentiallyEligible: TaskProvider = async ({ actor, db, locale }) => {
  if (!actor.permissions.has('children:write')) return [];
  const n = await countPotentiallyEligible(db, scopeFor(actor, 'children:read'), POTENTIAL_SHOWN);
  if (n === 0) return [];
  const count = n >= POTENTIAL_SHOWN ? tr(locale, `${POTENTIAL_SHOWN} 名以上`, `${POTENTIAL_SHOWN}+`) : String(n);
  return [
    {
      id: 'potentially-eligible',
      kind: 'children',
      title: tr(
        locale,
        `${count}${n >= POTENTIAL_SHOWN ? '' : ' 名'}儿童可能符合保障条件，尚未认定`,
        `${count} children may qualify for a protection category they do not hold`,
      ),
      description: tr(
        locale,
        '按档案中的家庭情况核实，需要时协助申请',
        'Check the family facts on file and help them apply where needed',
      ),
      dueDate: null,
      link: '/potentially-eligible',
      severity: 'warning',
    },
  ];
};

/** Later modules (visits, approvals, cases) add their providers here. */
export const TASK_PROVIDERS: readonly TaskProvider[] = [
  potentiallyEligible,
  confirmReleases,
  passwordExpiry,
  lockedAccounts,
  failedSignIns,
  incomingTransfers,
  openDuplicates,
];

export async function tasksFor(ctx: TaskContext): Promise<Task[]> {
  // One after another: they share the request's one transaction, and a connection runs one query at a time.
  const lists: Task[][] = [];
  for (const provider of TASK_PROVIDERS) lists.push(await provider(ctx));
  const rank = { danger: 0, warning: 1, info: 2 } as const;
  return lists.flat().sort((a, b) => rank[a.severity] - rank[b.severity]);
}
