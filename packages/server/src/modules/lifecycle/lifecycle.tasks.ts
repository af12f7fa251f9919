// Work that comes from the lifecycle data: transfers waiting for the caller's side, duplicates to check.
import { and, count, eq } from 'drizzle-orm';
import { childTransfers } from '../../db/schema.ts';
import { scopeFor } from '../../platform/access.ts';
import type { Locale } from '../../platform/errors.ts';
import type { TaskProvider } from '../../platform/tasks.ts';
import { countOpenSuspects } from './duplicates.store.ts';
import { sideCondition } from './transfers.store.ts';

const tr = (locale: Locale, zh: string, en: string) => (locale === 'en' ? en : zh);

export const incomingTransfers: TaskProvider = async ({ actor, db, locale }) => {
  if (!actor.permissions.has('children:write')) return [];
  const [row] = await db
    .select({ n: count() })
    .from(childTransfers)
    .where(
      and(
        sideCondition(scopeFor(actor, 'children:write'), 'incoming', actor.userId),
        eq(childTransfers.status, 'pending'),
      ),
    );
  const n = row?.n ?? 0;
  if (n === 0) return [];
  return [
    {
      id: 'incoming-transfers',
      kind: 'transfers',
      title: tr(locale, `${n} 名儿童待接收转入`, `${n} children waiting to be accepted from a transfer`),
      description: tr(
        locale,
        '核实后接收，或说明理由退回；接收前档案仍由转出地管理',
        'Check and accept, or reject with a reason; until then the sending village keeps the file',
      ),
      dueDate: null,
      link: '/transfers',
      severity: 'warning',
    },
  ];
};

export const openDuplicates: TaskProvider = async ({ actor, db, locale }) => {
  if (!actor.permissions.has('children:write')) return [];
  const n = await countOpenSuspects(db, scopeFor(actor, 'children:write'));
  if (n === 0) return [];
  return [
    {
      id: 'open-duplicates',
      kind: 'duplicates',
      title: tr(locale, `${n} 组疑似重复档案待核实`, `${n} suspected duplicate files to check`),
      description: tr(
        locale,
        '核对是否为同一名儿童：是则合并，不是则标记为非重复',
        'Check whether they are the same child: merge them, or dismiss the suspicion',
      ),
      dueDate: null,
      link: '/duplicates',
      severity: 'info',
    },
  ];
};

export const lifecycleTaskProviders: readonly TaskProvider[] = [incomingTransfers, openDuplicates];
