// The bank's side of a roll (RULES §3.16): the payment file in the county's layout, the return file loaded and
// matched line by line (a file with any problem changes nothing), and the reconciliation of what was expected,
// paid, failed and not yet answered. Failed lines come back in the next roll by themselves (rolls.generate.ts).
import { createHash } from 'node:crypto';
import { BankFileError, monthWords, readBankReturn, reconcileBankReturn, type BankReturnProblem } from '@hehu/domain';
import { eq, sql } from 'drizzle-orm';
import type { Queryable, Tx } from '../../db/connection.ts';
import { queryRows } from '../../db/raw.ts';
import { allowanceRolls, bankReturnImports } from '../../db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import type { RouteContext } from '../../platform/http.ts';
import type { Permission } from '../../platform/permissions.ts';
import { layoutForRoll } from './bank-layouts.service.ts';
import { bankFileBytes, readBankReturnFile } from './bank.files.ts';
import { requireCounty, type RollRow } from './rolls.service.ts';

type Ctx = RouteContext<unknown, unknown, unknown, Permission>;

export async function rollInReach(ctx: Ctx, db: Queryable, id: string, permission: Permission): Promise<RollRow> {
  const [roll] = await db.select().from(allowanceRolls).where(eq(allowanceRolls.id, id));
  if (!roll) throw new AppError('NOT_FOUND');
  requireCounty(ctx, permission, roll.countyCode);
  return roll;
}

function requireSent(roll: RollRow): void {
  if (roll.status === 'draft') throw new AppError('ROLL_NOT_APPROVED');
}

/** The payment file: every payment the bank is to make, account numbers decrypted only into the file. */
export async function exportBankFile(ctx: Ctx, id: string, format: 'xlsx' | 'csv') {
  const roll = await rollInReach(ctx, ctx.db, id, 'allowances:prepare');
  requireSent(roll);
  const { layout, version } = await layoutForRoll(ctx.db, roll);
  const rows = await queryRows<{
    reference: string;
    amount_fen: number;
    account_enc: string;
    holder_name: string;
    bank_name: string;
    bank_code: string;
    same_bank: boolean;
  }>(
    ctx.db,
    sql`select p.reference, p.amount_fen, a.account_enc, a.holder_name, a.bank_name, a.bank_code, a.same_bank
      from allowance_payments p join allowance_payee_accounts a on a.id = p.account_id
      where p.roll_id = ${id} and p.status = 'pending' order by p.reference`,
  );
  const summary = `${monthWords(roll.month.slice(0, 7)).zh}儿童基本生活费`;
  let bytes: Buffer;
  try {
    bytes = await bankFileBytes(
      layout,
      rows.map((r) => ({
        reference: r.reference,
        account: ctx.services.cipher.decrypt(r.account_enc),
        holder: r.holder_name,
        amountFen: r.amount_fen,
        sameBank: r.same_bank,
        bankName: r.bank_name,
        bankCode: r.bank_code,
        summary,
      })),
      format,
    );
  } catch (error) {
    if (error instanceof BankFileError) {
      throw AppError.rule('BANK_LAYOUT_INVALID', error.zh, error.en, { reference: error.reference });
    }
    throw error;
  }
  await ctx.db.update(allowanceRolls).set({ exportedAt: new Date() }).where(eq(allowanceRolls.id, id));
  await ctx.audit(ctx.db, {
    action: 'allowance.bank.export',
    targetType: 'roll',
    targetId: id,
    details: {
      layout: layout.code,
      layoutVersion: version,
      format,
      payments: rows.length,
      totalFen: rows.reduce((s, r) => s + r.amount_fen, 0),
    },
  });
  const month = roll.month.slice(0, 7).replace('-', '');
  return { bytes, fileName: `代发-${roll.countyCode}-${month}.${format}`, format };
}

function returnRefused(problems: readonly BankReturnProblem[]): AppError {
  const first = problems[0];
  const where = first?.row ? `第 ${first.row} 行：` : '';
  return AppError.rule(
    'BANK_RETURN_INVALID',
    `银行回盘文件有 ${problems.length} 处问题，未做任何更改（${where}${first?.zh ?? ''}）`,
    `The return file has ${problems.length} problem(s); nothing was changed (${first?.en ?? ''})`,
    { field: 'file', problems: problems.slice(0, 200) },
  );
}

/** Loads a return file: every line matched to a payment or the whole file refused. */
export async function loadBankReturn(ctx: Ctx, id: string, bytes: Buffer, fileName: string) {
  // The roll first: another county's roll is not there, whatever the file holds.
  await rollInReach(ctx, ctx.db, id, 'allowances:prepare');
  const table = await readBankReturnFile(bytes, fileName);
  const read = readBankReturn(table);
  if (read.problems.length > 0) throw returnRefused(read.problems);
  return ctx.transaction(async (tx: Tx) => {
    const [locked] = await tx.select().from(allowanceRolls).where(eq(allowanceRolls.id, id)).for('update');
    if (!locked) throw new AppError('NOT_FOUND');
    requireCounty(ctx, 'allowances:prepare', locked.countyCode);
    requireSent(locked);
    const payments = await queryRows<{ id: string; reference: string; amount_fen: number; account_enc: string }>(
      tx,
      sql`select p.id, p.reference, p.amount_fen, a.account_enc from allowance_payments p
        join allowance_payee_accounts a on a.id = p.account_id
        where p.roll_id = ${id} and p.status in ('pending', 'paid', 'failed')`,
    );
    const result = reconcileBankReturn(
      payments.map((p) => ({
        paymentId: p.id,
        reference: p.reference,
        account: ctx.services.cipher.decrypt(p.account_enc),
        amountFen: p.amount_fen,
      })),
      read.lines,
    );
    if (result.problems.length > 0) throw returnRefused(result.problems);
    // Two statements whatever the file's size: the ids and reasons go as one parameter each (a list of ids as
    // parameters stops at 65,535, and a county's return file holds 100,000 lines).
    const now = new Date().toISOString();
    const paid = result.outcomes.filter((o) => o.status === 'paid').map((o) => o.paymentId);
    if (paid.length > 0) {
      await tx.execute(sql`update allowance_payments set status = 'paid', failure_reason = null,
          returned_at = ${now}::timestamptz
        where roll_id = ${id} and id = any(${`{${paid.join(',')}}`}::uuid[])`);
    }
    const failed = result.outcomes
      .filter((o) => o.status === 'failed')
      .map((o) => ({ id: o.paymentId, reason: o.reason || '银行未说明原因' }));
    if (failed.length > 0) {
      await tx.execute(sql`update allowance_payments p set status = 'failed', failure_reason = f.reason,
          returned_at = ${now}::timestamptz
        from jsonb_to_recordset(${JSON.stringify(failed)}::jsonb) as f(id uuid, reason text)
        where p.roll_id = ${id} and p.id = f.id`);
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await tx.insert(bankReturnImports).values({
      rollId: id,
      fileName,
      sha256,
      summary: result.summary,
      uploadedBy: ctx.actor.userId,
    });
    await ctx.audit(tx, {
      action: 'allowance.bank.return',
      targetType: 'roll',
      targetId: id,
      details: { fileName, sha256, ...result.summary },
    });
    return { summary: result.summary, outcomes: result.outcomes.length };
  });
}

export async function reconciliation(ctx: Ctx, id: string) {
  const roll = await rollInReach(ctx, ctx.db, id, 'allowances:read');
  const [summary] = await queryRows<{
    expected_count: number;
    expected_fen: string;
    paid_count: number;
    paid_fen: string;
    failed_count: number;
    failed_fen: string;
    pending_count: number;
    unsent_count: number;
  }>(
    ctx.db,
    sql`select count(*) filter (where status in ('pending', 'paid', 'failed'))::int as expected_count,
        coalesce(sum(amount_fen) filter (where status in ('pending', 'paid', 'failed')), 0)::text as expected_fen,
        count(*) filter (where status = 'paid')::int as paid_count,
        coalesce(sum(amount_fen) filter (where status = 'paid'), 0)::text as paid_fen,
        count(*) filter (where status = 'failed')::int as failed_count,
        coalesce(sum(amount_fen) filter (where status = 'failed'), 0)::text as failed_fen,
        count(*) filter (where status = 'pending')::int as pending_count,
        count(*) filter (where status = 'unsent')::int as unsent_count
      from allowance_payments where roll_id = ${id}`,
  );
  const failed = await queryRows<{
    child_id: string;
    child_name: string;
    reference: string;
    amount_fen: number;
    status: string;
    reason: string | null;
  }>(
    ctx.db,
    sql`select p.child_id, c.name as child_name, p.reference, p.amount_fen, p.status, p.failure_reason as reason
      from allowance_payments p join children c on c.id = p.child_id
      where p.roll_id = ${id} and p.status in ('failed', 'unsent') order by p.reference`,
  );
  const imports = await queryRows<{
    file_name: string;
    uploaded_at: string;
    uploaded_by: string | null;
    summary: unknown;
  }>(
    ctx.db,
    sql`select i.file_name, i.uploaded_at::text as uploaded_at, u.display_name as uploaded_by, i.summary
      from bank_return_imports i left join users u on u.id = i.uploaded_by
      where i.roll_id = ${id} order by i.uploaded_at`,
  );
  await ctx.audit(ctx.db, { action: 'allowance.reconciliation.read', targetType: 'roll', targetId: id });
  return {
    rollId: roll.id,
    month: roll.month.slice(0, 7),
    countyCode: roll.countyCode,
    summary: {
      expectedCount: summary?.expected_count ?? 0,
      expectedFen: Number(summary?.expected_fen ?? 0),
      paidCount: summary?.paid_count ?? 0,
      paidFen: Number(summary?.paid_fen ?? 0),
      failedCount: summary?.failed_count ?? 0,
      failedFen: Number(summary?.failed_fen ?? 0),
      pendingCount: summary?.pending_count ?? 0,
      unsentCount: summary?.unsent_count ?? 0,
    },
    failed: failed.map((f) => ({
      childId: f.child_id,
      childName: f.child_name,
      reference: f.reference,
      amountFen: f.amount_fen,
      reason: f.status === 'unsent' ? '无收款账户，未报盘' : (f.reason ?? ''),
    })),
    imports: imports.map((i) => ({
      fileName: i.file_name,
      uploadedAt: i.uploaded_at,
      uploadedBy: i.uploaded_by,
      summary: i.summary as Record<string, number>,
    })),
  };
}
