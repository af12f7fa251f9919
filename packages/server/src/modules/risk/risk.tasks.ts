// "My tasks" from risk assessments: the county sees children referred for 监护缺失 whose protection case no one
// has accepted yet (its notification); a township supervisor sees latest assessments that dropped two levels at once, to confirm.
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/raw.ts';
import { children } from '../../db/schema.ts';
import { scopeCondition, scopeFor, scopeOnDivisionCopySql } from '../../platform/access.ts';
import { taskText, type Task, type TaskProvider } from '../../platform/tasks.ts';

const riskTasks: TaskProvider = async (ctx) => {
  const { actor, locale } = ctx;
  if (!actor.permissions.has('children:read')) return [];
  const tr = (zh: string, en: string) => taskText(locale, zh, en);
  const scope = scopeFor(actor, 'children:read');
  const within = scopeCondition(scope, children.divisionCode, children.institutionId);
  const tasks: Task[] = [];
  // The county level and above is told; a village or township sees its own referral on the child's file.
  if (scope.prefixes.some((p) => p.length <= 6)) {
    const [open] = await queryRows<{ n: number; since: string | null }>(
      ctx.db,
      // Taken once its discovery case has left intake (someone accepted it).
      sql`select count(*)::int as n, min(r.opened_on)::text as since from protection_referrals r
        join children on children.id = r.child_id where r.status = 'open' and ${within}
          and (r.case_id is null or exists (select 1 from cases k where k.id = r.case_id and k.stage = 'intake'))`,
    );
    if (open && open.n > 0)
      tasks.push({
        id: 'risk-referrals',
        kind: 'risk',
        title: tr(
          `${open.n} 名儿童评估为监护缺失，已转介未成年人保护，待接收处置`,
          `${open.n} children assessed as guardianship absent, referred to protection`,
        ),
        description: tr('按监护缺失处置：核实情况并启动临时监护或委托照护', 'Verify and arrange protection'),
        dueDate: open.since,
        link: '/visits?referrals=open',
        severity: 'danger',
      });
  }
  if (actor.permissions.has('visits:record') && scope.prefixes.some((p) => p.length <= 9)) {
    // From the standings whose level dropped two steps (a partial index with this very condition, migration 0048),
    // by the standing's copy of the division: a county's 140,000 children are not read to find them.
    const onCopy = scopeOnDivisionCopySql(scope, sql`last.division_code`);
    const [dropped] = await queryRows<{ n: number }>(
      ctx.db,
      sql`select count(*)::int as n from visit_standing last
        join children on children.id = last.child_id
        where (array_position(array['normal','insufficient','improper','absent'], last.risk_previous_level)
             - array_position(array['normal','insufficient','improper','absent'], last.risk_level)) >= 2
          ${onCopy ? sql`and ${onCopy}` : sql``} and ${within}`,
    );
    if (dropped && dropped.n > 0)
      tasks.push({
        id: 'risk-dropped',
        kind: 'risk',
        title: tr(`${dropped.n} 名儿童风险等级一次下降两级以上，请复核`, `${dropped.n} risk levels dropped two steps`),
        description: tr(
          '等级下降会减少走访频次：请核实后再次评估确认',
          'A lower level means fewer visits: verify and assess again',
        ),
        dueDate: null,
        link: '/visits?dropped=true',
        severity: 'warning',
      });
  }
  return tasks;
};

export const riskTaskProviders: readonly TaskProvider[] = [riskTasks];
