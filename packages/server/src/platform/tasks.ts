// "My tasks": work that comes from change. Each module contributes providers; the composition root
// (src/routes.ts) lists them in one place and the tasks route shows their union on the home page.
import type { Queryable } from '../db/connection.ts';
import type { Actor } from './access.ts';
import type { Locale } from './errors.ts';
import type { RequestServices } from './http.ts';

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

/** A text in the caller's language. */
export const taskText = (locale: Locale, zh: string, en: string): string => (locale === 'en' ? en : zh);

/** Every provider's tasks, the most urgent first. */
export async function collectTasks(providers: readonly TaskProvider[], ctx: TaskContext): Promise<Task[]> {
  // One after another: they share the request's one transaction, and a connection runs one query at a time.
  const lists: Task[][] = [];
  for (const provider of providers) lists.push(await provider(ctx));
  const rank = { danger: 0, warning: 1, info: 2 } as const;
  return lists.flat().sort((a, b) => rank[a.severity] - rank[b.severity]);
}
