// Generating a county's monthly roll (RULES §3.15–16): every child's lines from the entitlement engine, one bank
// payment per child (the net), totals and the supervision findings, written in the request's one transaction —
// a crash leaves the previous state, and generating again replaces a draft with the same roll.
import { randomUUID } from 'node:crypto';
import {
  firstDayOf,
  rollLinesPlanner,
  shiftMonth,
  superviseRoll,
  type AllowanceRules,
  type AllowanceStandard,
  type Finding,
  type Month,
  type MonthPaid,
  type RollLine,
} from '@hehu/domain';
import { eq, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/connection.ts';
import { insertStatement, runPipelined } from '../../db/bulk.ts';
import { queryRows } from '../../db/raw.ts';
import { allowanceFindings, allowanceLines, allowancePayments, allowanceRolls } from '../../db/schema.ts';
import type { PaymentStatus } from '../../db/schema.ts';
import { supervisedChild, type Beneficiary } from './facts.ts';
import type { FactsReadAt } from './rolls.freshness.ts';
import type { RollTotals } from './allowances.schemas.ts';
import { rollTotalsOf } from './rolls.totals.ts';

const BATCH = 5_000;

/** What the county's locked rolls paid each child per month in the look-back window. */
export interface PaidHistory {
  /** The child's months, each once; none when the locked rolls paid the child nothing in the window. */
  of(childId: string): MonthPaid[];
}

type PaidMonthCells = [month: string, paidFen: number, failedFen: number, failedReason: string | null];

/**
 * One row per child with its months as JSON text, turned into `MonthPaid`s only when the engine reaches the
 * child: a county's two years are millions of child-months, and reading them as rows (and keeping them all as
 * objects for the whole generation) cost more than the engine itself.
 */
export async function paidHistory(tx: Tx, countyCode: string, from: Month): Promise<PaidHistory> {
  const rows = await queryRows<{ child_id: string; months: string }>(
    tx,
    sql`select child_id, json_agg(json_build_array(month, paid, failed, reason))::text as months
      from (select l.child_id, to_char(l.for_month, 'YYYY-MM') as month,
          coalesce(sum(l.amount_fen) filter (where p.status not in ('failed', 'unsent')), 0) as paid,
          coalesce(sum(l.amount_fen) filter (where p.status in ('failed', 'unsent')), 0) as failed,
          max(case when p.status = 'unsent' then '无收款账户' else p.failure_reason end)
            filter (where p.status in ('failed', 'unsent')) as reason
        from allowance_lines l
        join allowance_payments p on p.id = l.payment_id
        join allowance_rolls r on r.id = l.roll_id
        where r.county_code = ${countyCode} and r.status = 'locked' and l.for_month >= ${firstDayOf(from)}::date
        group by l.child_id, l.for_month) m
      group by child_id`,
  );
  const texts = new Map(rows.map((r) => [r.child_id, r.months]));
  return {
    of(childId) {
      const text = texts.get(childId);
      if (text === undefined) return [];
      // Sums of integer fen: JSON numbers well inside the safe range.
      return (JSON.parse(text) as PaidMonthCells[]).map(([month, paidFen, failedFen, failedReason]) => ({
        month,
        paidFen,
        failedFen,
        failedReason,
      }));
    },
  };
}

export async function lockedMonths(tx: Tx, countyCode: string, from: Month): Promise<Month[]> {
  const rows = await queryRows<{ month: string }>(
    tx,
    sql`select to_char(month, 'YYYY-MM') as month from allowance_rolls
      where county_code = ${countyCode} and status = 'locked' and month >= ${firstDayOf(from)}::date order by month`,
  );
  return rows.map((r) => r.month);
}

interface PlannedPayment {
  id: string;
  beneficiary: Beneficiary;
  lines: (RollLine & { id: string })[];
  netFen: number;
  status: PaymentStatus;
}

export interface GeneratedRoll {
  rollId: string;
  totals: RollTotals;
  findings: Finding[];
}

/** Plans and writes the roll; the caller holds the county-month lock and has removed any earlier draft. */
export async function writeRoll(
  tx: Tx,
  input: {
    countyCode: string;
    month: Month;
    /** Null for a roll brought over from before the platform (the demo's other counties). */
    generatedBy: string | null;
    beneficiaries: readonly Beneficiary[];
    standards: readonly AllowanceStandard[];
    rules: AllowanceRules;
    /** Taken before the beneficiaries' facts were read: the findings are as of then. */
    factsReadAt: FactsReadAt;
  },
): Promise<GeneratedRoll> {
  const from = shiftMonth(input.month, -input.rules.lookbackMonths);
  const [rolled, paid] = await Promise.all([
    lockedMonths(tx, input.countyCode, from),
    paidHistory(tx, input.countyCode, from),
  ]);
  const linesFor = rollLinesPlanner(input.month, input.standards, rolled, input.rules);
  const payments: PlannedPayment[] = [];
  for (const b of input.beneficiaries) {
    const lines = linesFor(b.facts, paid.of(b.facts.childId));
    if (lines.length === 0) continue;
    const netFen = lines.reduce((sum, l) => sum + l.amountFen, 0);
    const status: PaymentStatus = netFen <= 0 ? 'offset' : b.account ? 'pending' : 'unsent';
    payments.push({
      id: randomUUID(),
      beneficiary: b,
      lines: lines.map((l) => ({ ...l, id: randomUUID() })),
      netFen,
      status,
    });
  }
  const rollId = randomUUID();
  await tx.insert(allowanceRolls).values({
    id: rollId,
    countyCode: input.countyCode,
    month: firstDayOf(input.month),
    status: 'draft',
    generatedBy: input.generatedBy,
    findingsSnapshot: input.factsReadAt.snapshot,
    findingsXact: input.factsReadAt.xact,
    findingsCheckedOn: input.factsReadAt.day,
    findingsCheckedAt: new Date(),
  });
  const stem = `${input.countyCode}${input.month.replace('-', '')}`;
  // The statements go one after another, each built while the database runs the one before; the supervision
  // checks (JavaScript) run while the database takes the first batch.
  const writing = runPipelined(tx, rollStatements(rollId, stem, payments));
  writing.catch(() => undefined);
  const children = new Map(payments.map((p) => [p.beneficiary.facts.childId, supervisedChild(p.beneficiary)]));
  const findings = superviseRoll(
    payments.flatMap((p) =>
      p.lines.map((l) => ({
        lineId: l.id,
        childId: p.beneficiary.facts.childId,
        kind: l.kind,
        forMonth: l.forMonth,
        category: l.category,
        amountFen: l.amountFen,
      })),
    ),
    children,
    input.standards,
    input.rules,
  );
  await writing;
  const totals = await rollTotalsOf(tx, rollId);
  await tx.update(allowanceRolls).set({ totals }).where(eq(allowanceRolls.id, rollId));
  await storeFindings(tx, rollId, findings, new Map());
  return { rollId, totals, findings };
}

function* rollStatements(rollId: string, stem: string, payments: readonly PlannedPayment[]): Generator<SQL> {
  for (let i = 0; i < payments.length; i += BATCH) {
    const batch = payments.slice(i, i + BATCH);
    yield insertStatement(
      allowancePayments,
      batch.map((p, j) => ({
        id: p.id,
        rollId,
        childId: p.beneficiary.facts.childId,
        townshipCode: p.beneficiary.divisionCode.slice(0, 9),
        reference: `${stem}${String(i + j + 1).padStart(6, '0')}`,
        amountFen: p.netFen,
        accountId: p.beneficiary.account?.id ?? null,
        status: p.status,
      })),
    );
    yield insertStatement(
      allowanceLines,
      batch.flatMap((p) =>
        p.lines.map((l) => ({
          id: l.id,
          rollId,
          paymentId: p.id,
          childId: p.beneficiary.facts.childId,
          kind: l.kind,
          forMonth: firstDayOf(l.forMonth),
          category: l.category,
          amountFen: l.amountFen,
          standardFen: l.standardFen,
          standardId: l.standardId,
          explanation: l.explanation,
        })),
      ),
    );
  }
}

/** Replaces a roll's findings, keeping the notes written on warnings that are still found. */
export async function storeFindings(
  tx: Tx,
  rollId: string,
  findings: readonly Finding[],
  notes: ReadonlyMap<string, { note: string; notedBy: string | null; notedAt: Date | null }>,
): Promise<void> {
  await tx.execute(sql`delete from allowance_findings where roll_id = ${rollId}`);
  for (let i = 0; i < findings.length; i += BATCH) {
    await tx.execute(
      insertStatement(
        allowanceFindings,
        findings.slice(i, i + BATCH).map((f) => {
          const kept = f.severity === 'warning' ? notes.get(`${f.check}:${f.childId}`) : undefined;
          return {
            id: randomUUID(),
            rollId,
            childId: f.childId,
            checkCode: f.check,
            severity: f.severity,
            lineIds: f.lineIds,
            message: f.message,
            note: kept?.note ?? null,
            notedBy: kept?.notedBy ?? null,
            notedAt: kept?.notedAt ?? null,
          };
        }),
      ),
    );
  }
}
