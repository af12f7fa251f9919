// "My tasks" from allowances: the county officer is asked to generate this month's roll, to settle its findings,
// to send an approved roll to the bank and lock it, and to load the bank's answer; the approver sees rolls waiting
// for approval. Derived from the rolls on every read.
import { monthOf, monthWords, serviceDate } from '@hehu/domain';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/raw.ts';
import { divisionPrefixSql, scopeFor } from '../../platform/access.ts';
import { taskText, type Task, type TaskProvider } from '../../platform/tasks.ts';

interface CountyRolls extends Record<string, unknown> {
  code: string;
  name: string;
  roll_id: string | null;
  status: 'draft' | 'approved' | 'locked' | null;
  generated_by: string | null;
  blocking: number;
  unnoted: number;
  pending: number;
  earlier_open: string | null;
}

const allowanceTasks: TaskProvider = async (ctx) => {
  const { actor, locale } = ctx;
  const prepare = actor.permissions.has('allowances:prepare');
  const approve = actor.permissions.has('allowances:approve');
  if (!prepare && !approve) return [];
  const prefixes = scopeFor(actor, prepare ? 'allowances:prepare' : 'allowances:approve').prefixes;
  if (prefixes.length === 0) return [];
  const month = monthOf(serviceDate());
  const when = monthWords(month);
  const tr = (zh: string, en: string) => taskText(locale, zh, en);
  const rows = await queryRows<CountyRolls>(
    ctx.db,
    sql`select d.code, d.name, r.id as roll_id, r.status, r.generated_by,
        (select count(*)::int from allowance_findings f where f.roll_id = r.id and f.severity = 'blocking') as blocking,
        (select count(*)::int from allowance_findings f where f.roll_id = r.id and f.severity = 'warning'
          and f.note is null) as unnoted,
        coalesce(r.payments_pending, 0) as pending,
        (select to_char(min(e.month), 'YYYY-MM') from allowance_rolls e where e.county_code = d.code
          and e.status <> 'locked' and e.month < ${`${month}-01`}::date) as earlier_open
      from divisions d
      left join allowance_rolls r on r.county_code = d.code and r.month = ${`${month}-01`}::date
      where d.level = 'county' and (${sql.join(
        prefixes.map((p) => divisionPrefixSql(sql`d.code`, p)),
        sql` or `,
      )})
      order by d.code`,
  );
  const tasks: Task[] = [];
  for (const r of rows) {
    const link = r.roll_id ? `/allowances/rolls/${r.roll_id}` : '/allowances/rolls';
    if (prepare && r.earlier_open) {
      tasks.push({
        id: `allowance-open-${r.code}`,
        kind: 'allowance',
        title: tr(
          `${r.name} ${monthWords(r.earlier_open).zh}发放名册尚未锁定`,
          `${r.name}: the ${r.earlier_open} roll is not locked`,
        ),
        description: tr('报盘送银行后锁定，才能生成下月名册', 'Send it to the bank and lock it before the next month'),
        dueDate: null,
        link: '/allowances/rolls',
        severity: 'danger',
      });
    }
    if (prepare && !r.roll_id && !r.earlier_open) {
      tasks.push({
        id: `allowance-generate-${r.code}`,
        kind: 'allowance',
        title: tr(`生成${r.name}${when.zh}发放名册`, `Generate the ${month} roll of ${r.name}`),
        description: tr('按现行标准计算当月发放、补发与追回，审批后报盘', 'Compute the month, arrears and recoveries'),
        dueDate: null,
        link,
        severity: 'info',
      });
    }
    if (prepare && r.status === 'draft' && (r.blocking > 0 || r.unnoted > 0)) {
      tasks.push({
        id: `allowance-findings-${r.code}`,
        kind: 'allowance',
        title: tr(
          `${r.name}${when.zh}名册：${r.blocking} 个问题须纠正，${r.unnoted} 条提示待说明`,
          `${r.name} ${month}: ${r.blocking} blocking finding(s), ${r.unnoted} warning(s) to note`,
        ),
        description: tr('资金监管检查未通过前不能审批', 'The roll cannot be approved until supervision passes'),
        dueDate: null,
        link,
        severity: r.blocking > 0 ? 'danger' : 'warning',
      });
    }
    if (approve && r.status === 'draft' && r.generated_by !== actor.userId && r.blocking === 0 && r.unnoted === 0) {
      tasks.push({
        id: `allowance-approve-${r.code}`,
        kind: 'allowance',
        title: tr(`审批${r.name}${when.zh}发放名册`, `Approve the ${month} roll of ${r.name}`),
        description: tr('核对明细与资金监管结果后审批', 'Check the lines and the supervision findings'),
        dueDate: null,
        link,
        severity: 'warning',
      });
    }
    if (prepare && r.status === 'approved') {
      tasks.push({
        id: `allowance-bank-${r.code}`,
        kind: 'allowance',
        title: tr(
          `${r.name}${when.zh}名册已审批：报盘、导入回盘并锁定`,
          `${r.name} ${month}: send to the bank and lock`,
        ),
        description: tr(
          r.pending > 0 ? `${r.pending} 笔待银行回盘` : '回盘已导入，可锁定',
          r.pending > 0 ? `${r.pending} payment(s) await the bank` : 'The return is loaded; lock it',
        ),
        dueDate: null,
        link,
        severity: 'info',
      });
    }
  }
  return tasks;
};

export const allowanceTaskProviders: readonly TaskProvider[] = [allowanceTasks];
