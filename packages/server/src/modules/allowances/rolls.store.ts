// Reading rolls: summaries for the list, one roll with what the caller may do, its lines page by page and its
// findings. Rolls are scoped by county (the stores' condition and the rolls policy); lines by the child.
import { CATEGORY_LABELS, SUPERVISION_CHECKS, isAllowanceCategory, type SupervisionCheck } from '@hehu/domain';
import { sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../db/connection.ts';
import { queryRows } from '../../db/raw.ts';
import { divisionPrefixSql, type Scope } from '../../platform/access.ts';
import { escapeLike } from '../../platform/list.ts';
import type { Locale } from '../../platform/errors.ts';
import { rollTotals as rollTotalsSchema, type FindingView, type RollSummary } from './allowances.schemas.ts';

interface SummaryRow extends Record<string, unknown> {
  id: string;
  county_code: string;
  county_name: string;
  month: string;
  status: 'draft' | 'approved' | 'locked';
  version: number;
  generated_at: string;
  generated_by: string | null;
  generated_by_id: string | null;
  approved_at: string | null;
  approved_by: string | null;
  locked_at: string | null;
  exported_at: string | null;
  findings_snapshot: string | null;
  findings_xact: string | null;
  findings_checked_on: string | null;
  findings_checked_at: string | null;
  totals: unknown;
  blocking: number;
  warnings: number;
  unnoted: number;
  pending: number;
  paid: number;
  failed: number;
  unsent: number;
}

function countyIn(scope: Scope): SQL {
  if (scope.prefixes.length === 0) return sql`false`;
  return sql`(${sql.join(
    scope.prefixes.map((p) => divisionPrefixSql(sql`r.county_code`, p)),
    sql` or `,
  )})`;
}

const EMPTY_TOTALS = {
  children: 0,
  lines: 0,
  totalFen: 0,
  toBankFen: 0,
  toBankCount: 0,
  byKind: [],
  byCategory: [],
  byTownship: [],
};

/** What the roll's own view needs beyond the summary: who generated it and when its findings were checked. */
export interface RollInternals {
  generatedById: string | null;
  findingsSnapshot: string | null;
  findingsXact: string | null;
  findingsCheckedOn: string | null;
  findingsCheckedAt: string | null;
}

function toSummary(r: SummaryRow): RollSummary & RollInternals {
  const totals = rollTotalsSchema.safeParse(r.totals);
  return {
    id: r.id,
    countyCode: r.county_code,
    countyName: r.county_name,
    month: r.month,
    status: r.status,
    version: r.version,
    generatedAt: r.generated_at,
    generatedBy: r.generated_by,
    generatedById: r.generated_by_id,
    findingsSnapshot: r.findings_snapshot,
    findingsXact: r.findings_xact,
    findingsCheckedOn: r.findings_checked_on,
    findingsCheckedAt: r.findings_checked_at,
    approvedAt: r.approved_at,
    approvedBy: r.approved_by,
    lockedAt: r.locked_at,
    exportedAt: r.exported_at,
    totals: totals.success ? totals.data : EMPTY_TOTALS,
    findings: { blocking: r.blocking, warnings: r.warnings, unnotedWarnings: r.unnoted },
    payments: { pending: r.pending, paid: r.paid, failed: r.failed, unsent: r.unsent },
  };
}

function summaries(db: Queryable, where: SQL): Promise<SummaryRow[]> {
  return queryRows<SummaryRow>(
    db,
    sql`select r.id, r.county_code, d.name as county_name, to_char(r.month, 'YYYY-MM') as month, r.status, r.version,
        r.generated_at::text as generated_at, g.display_name as generated_by, r.generated_by as generated_by_id,
        r.approved_at::text as approved_at, a.display_name as approved_by, r.locked_at::text as locked_at,
        r.exported_at::text as exported_at, r.findings_snapshot, r.findings_xact, r.findings_checked_on::text as findings_checked_on,
        r.findings_checked_at::text as findings_checked_at, r.totals, f.blocking, f.warnings, f.unnoted,
        r.payments_pending as pending, r.payments_paid as paid, r.payments_failed as failed, r.payments_unsent as unsent
      from allowance_rolls r
      join divisions d on d.code = r.county_code
      left join users g on g.id = r.generated_by
      left join users a on a.id = r.approved_by
      -- The findings counted in one pass per roll; the payments' counts are kept with the roll (migration 0036).
      cross join lateral (select count(*) filter (where f.severity = 'blocking')::int as blocking,
          count(*) filter (where f.severity = 'warning')::int as warnings,
          count(*) filter (where f.severity = 'warning' and f.note is null)::int as unnoted
        from allowance_findings f where f.roll_id = r.id) f
      where ${where}
      order by r.month desc, r.county_code`,
  );
}

export async function rollList(
  db: Queryable,
  scope: Scope,
  filter: { county?: string; year?: number },
): Promise<RollSummary[]> {
  const parts: SQL[] = [countyIn(scope)];
  if (filter.county) parts.push(sql`r.county_code = ${filter.county}`);
  if (filter.year) parts.push(sql`extract(year from r.month) = ${filter.year}`);
  const rows = await summaries(db, sql.join(parts, sql` and `));
  return rows.map((r) => {
    const {
      generatedById: _generatedById,
      findingsSnapshot: _snapshot,
      findingsXact: _xact,
      findingsCheckedOn: _checkedOn,
      findingsCheckedAt: _checkedAt,
      ...summary
    } = toSummary(r);
    return summary;
  });
}

export async function rollById(db: Queryable, scope: Scope, id: string) {
  const [row] = await summaries(db, sql`${countyIn(scope)} and r.id = ${id}`);
  return row ? toSummary(row) : null;
}

export async function rollLines(
  db: Queryable,
  rollId: string,
  filter: { kind?: string; township?: string; q?: string; page: number; pageSize: number },
  locale: Locale,
) {
  const parts: SQL[] = [sql`l.roll_id = ${rollId}`];
  if (filter.kind) parts.push(sql`l.kind = ${filter.kind}`);
  if (filter.township) parts.push(sql`p.township_code = ${filter.township}`);
  if (filter.q) parts.push(sql`(c.name like ${`%${escapeLike(filter.q)}%`} or p.reference = ${filter.q})`);
  const where = sql.join(parts, sql` and `);
  const [count] = await queryRows<{ total: number }>(
    db,
    sql`select count(*)::int as total from allowance_lines l join allowance_payments p on p.id = l.payment_id
      join children c on c.id = l.child_id where ${where}`,
  );
  const rows = await queryRows<{
    id: string;
    child_id: string;
    child_name: string;
    id_number_masked: string | null;
    township_name: string | null;
    kind: 'base' | 'arrears' | 'retry' | 'recovery';
    for_month: string;
    category: string | null;
    amount_fen: number;
    explanation: { zh: string; en: string };
    reference: string;
    status: 'pending' | 'unsent' | 'offset' | 'paid' | 'failed';
    failure_reason: string | null;
  }>(
    db,
    sql`select l.id, l.child_id, c.name as child_name, c.id_number_masked, t.name as township_name, l.kind,
        to_char(l.for_month, 'YYYY-MM') as for_month, l.category, l.amount_fen, l.explanation, p.reference, p.status,
        p.failure_reason
      from allowance_lines l
      join allowance_payments p on p.id = l.payment_id
      join children c on c.id = l.child_id
      left join divisions t on t.code = p.township_code
      where ${where}
      order by p.reference, l.for_month, l.kind
      limit ${filter.pageSize} offset ${(filter.page - 1) * filter.pageSize}`,
  );
  return {
    total: count?.total ?? 0,
    page: filter.page,
    data: rows.map((r) => ({
      id: r.id,
      childId: r.child_id,
      childName: r.child_name,
      idNumberMasked: r.id_number_masked,
      townshipName: r.township_name ?? '',
      kind: r.kind,
      forMonth: r.for_month,
      category: r.category && isAllowanceCategory(r.category) ? r.category : null,
      amountFen: r.amount_fen,
      explanation: locale === 'en' ? r.explanation.en : r.explanation.zh,
      paymentReference: r.reference,
      paymentStatus: r.status,
      failureReason: r.failure_reason,
    })),
  };
}

export async function rollFindings(db: Queryable, rollId: string, locale: Locale): Promise<FindingView[]> {
  const rows = await queryRows<{
    id: string;
    check_code: string;
    severity: 'blocking' | 'warning';
    child_id: string;
    child_name: string;
    message: { zh: string; en: string };
    note: string | null;
    noted_by: string | null;
    noted_at: string | null;
  }>(
    db,
    sql`select f.id, f.check_code, f.severity, f.child_id, c.name as child_name, f.message, f.note,
        u.display_name as noted_by, f.noted_at::text as noted_at
      from allowance_findings f join children c on c.id = f.child_id left join users u on u.id = f.noted_by
      where f.roll_id = ${rollId}
      order by f.severity, f.check_code, c.name`,
  );
  return rows
    .filter((r): r is typeof r & { check_code: SupervisionCheck } => Object.hasOwn(SUPERVISION_CHECKS, r.check_code))
    .map((r) => ({
      id: r.id,
      check: r.check_code,
      checkName: locale === 'en' ? SUPERVISION_CHECKS[r.check_code].en : SUPERVISION_CHECKS[r.check_code].zh,
      severity: r.severity,
      childId: r.child_id,
      childName: r.child_name,
      message: locale === 'en' ? r.message.en : r.message.zh,
      note: r.note,
      notedBy: r.noted_by,
      notedAt: r.noted_at,
    }));
}

export function categoryName(code: string): string {
  return isAllowanceCategory(code) ? CATEGORY_LABELS[code].zh : code;
}
