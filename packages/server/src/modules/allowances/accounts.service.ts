// A child's payee account (收款账户): read with the holders it may go to, saved as a new row that ends the
// current one (a number is never updated in place), and shown in full only on an audited request. The number is
// stored encrypted (SM4) with a blind index and a mask; history and audit carry the mask only.
import { ALLOWANCE_CATEGORIES, payeeKindFor, type AllowanceCategory } from '@hehu/domain';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Queryable, Tx } from '../../db/connection.ts';
import { isUniqueViolation, queryRows } from '../../db/raw.ts';
import { childCategories, institutions, payeeAccounts, users } from '../../db/schema.ts';
import type { Scope } from '../../platform/access.ts';
import { AppError } from '../../platform/errors.ts';
import { recordHistory } from '../children/index.ts';
import { conflict, loadRelations, requireChangeableChild, requireChild, type ChangeContext } from '../family/index.ts';
import type { AccountView, PayeeAccountView, SaveAccountInput } from './accounts.schemas.ts';

type AccountRow = typeof payeeAccounts.$inferSelect;

export function maskAccount(digits: string): string {
  return `${digits.slice(0, 4)}****${digits.slice(-4)}`;
}

/** The digits of an account number as typed (spaces allowed), or a 400 naming the field. */
export function accountDigits(typed: string): string {
  const digits = typed.replace(/\s+/g, '');
  if (!/^\d{8,30}$/.test(digits))
    throw AppError.rule(
      'ACCOUNT_NUMBER_INVALID',
      '银行账号（accountNumber）应为 8–30 位数字（可含空格）',
      'The bank account number (accountNumber) must have 8 to 30 digits (spaces allowed)',
      { field: 'accountNumber' },
    );
  return digits;
}

function toView(r: AccountRow, names: Map<string, string>): AccountView {
  return {
    id: r.id,
    holderKind: r.holderKind,
    holderName: r.holderName,
    holderRelationId: r.holderRelationId,
    institutionId: r.institutionId,
    bankName: r.bankName,
    bankCode: r.bankCode,
    sameBank: r.sameBank,
    accountMasked: r.accountMasked,
    createdAt: r.createdAt.toISOString(),
    createdByName: r.createdBy ? (names.get(r.createdBy) ?? null) : null,
    endedAt: r.endedAt ? r.endedAt.toISOString() : null,
    endedReason: r.endedReason,
  };
}

async function accountRows(db: Queryable, childId: string): Promise<AccountRow[]> {
  return db
    .select()
    .from(payeeAccounts)
    .where(eq(payeeAccounts.childId, childId))
    .orderBy(desc(payeeAccounts.createdAt), desc(payeeAccounts.id));
}

async function creatorNames(db: Queryable, rows: readonly AccountRow[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.map((r) => r.createdBy).filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const found = await db
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(sql`${users.id} = any(${`{${ids.join(',')}}`}::uuid[])`);
  return new Map(found.map((u) => [u.id, u.name]));
}

/** The child's guardians on `today` (a relation ending today still holds, as the supervision check reads it). */
async function guardiansOf(db: Queryable, childId: string, today: string) {
  const rows = await loadRelations(db, [childId], ['guardian']);
  return rows
    .filter((r) => r.relation.endDate === null || r.relation.endDate >= today)
    .map((r) => ({ relationId: r.relation.id, name: r.person.name, relationLabel: r.relation.relationLabel }));
}

async function institutionOf(db: Queryable, institutionId: string | null) {
  if (!institutionId) return null;
  const [row] = await db
    .select({ id: institutions.id, name: institutions.name })
    .from(institutions)
    .where(eq(institutions.id, institutionId))
    .limit(1);
  return row ?? null;
}

/** Who is paid, from the allowance category the child holds today (orphan over de facto when both are held). */
async function payeeKindToday(db: Queryable, childId: string, today: string) {
  const rows = await db
    .select({ category: childCategories.category, endDate: childCategories.endDate })
    .from(childCategories)
    .where(and(eq(childCategories.childId, childId), sql`${childCategories.startDate} <= ${today}`));
  const held = rows.filter((r) => r.endDate === null || r.endDate >= today).map((r) => r.category);
  const category: AllowanceCategory | undefined = ALLOWANCE_CATEGORIES.find((c) => held.includes(c));
  return category ? payeeKindFor(category) : null;
}

export async function readPayeeAccount(
  db: Queryable,
  scope: Scope,
  childId: string,
  today: string,
): Promise<PayeeAccountView> {
  const child = await requireChild(db, scope, childId);
  const rows = await accountRows(db, child.id);
  const names = await creatorNames(db, rows);
  const current = rows.find((r) => r.endedAt === null);
  return {
    current: current ? toView(current, names) : null,
    history: rows.filter((r) => r !== current).map((r) => toView(r, names)),
    payeeKind: await payeeKindToday(db, child.id, today),
    candidates: await guardiansOf(db, child.id, today),
    institution: await institutionOf(db, child.institutionId),
  };
}

function notHolder(field: 'holderRelationId' | 'holderKind', zh: string, en: string): AppError {
  return AppError.rule('PAYEE_NOT_HOLDER', zh, en, { field });
}

/** The holder's name as the file records it: a current guardian of the child, or the child's own institution. */
async function holderOf(
  tx: Tx,
  child: { id: string; institutionId: string | null },
  input: SaveAccountInput,
  today: string,
) {
  if (input.holderKind === 'guardian') {
    const guardian = (await guardiansOf(tx, child.id, today)).find((g) => g.relationId === input.holderRelationId);
    if (!guardian)
      throw notHolder(
        'holderRelationId',
        '收款人（holderRelationId）须为该儿童的现任监护人：请先在“家庭”中登记监护人',
        "The payee (holderRelationId) must be one of the child's current guardians; record the guardian under Family first",
      );
    return { holderName: guardian.name, holderRelationId: guardian.relationId, institutionId: null };
  }
  if (input.holderRelationId !== null)
    throw notHolder(
      'holderRelationId',
      '收款人为养育机构时不选监护人（holderRelationId 应为空）',
      'An institution account names no guardian (holderRelationId must be empty)',
    );
  const institution = await institutionOf(tx, child.institutionId);
  if (!institution)
    throw notHolder(
      'holderKind',
      '该儿童不在养育机构集中养育，收款人（holderKind）不能为机构',
      'The child is not raised in an institution, so the payee (holderKind) cannot be one',
    );
  return { holderName: institution.name, holderRelationId: null, institutionId: institution.id };
}

export async function savePayeeAccount(
  ctx: ChangeContext,
  childId: string,
  input: SaveAccountInput,
  today: string,
): Promise<AccountView> {
  const scope = ctx.scope('allowances:prepare');
  const digits = accountDigits(input.accountNumber);
  const { cipher } = ctx.services;
  try {
    return await ctx.transaction(async (tx) => {
      const child = await requireChangeableChild(tx, scope, childId);
      // One saver at a time per child: the second waits here and then ends the first one's row.
      await queryRows(tx, sql`select id from children where id = ${child.id} for update`);
      const holder = await holderOf(tx, child, input, today);
      const [before] = await tx
        .select()
        .from(payeeAccounts)
        .where(and(eq(payeeAccounts.childId, child.id), isNull(payeeAccounts.endedAt)))
        .limit(1);
      const reason = input.reason || (before ? '更换收款账户' : null);
      if (before)
        await tx
          .update(payeeAccounts)
          .set({ endedAt: new Date(), endedReason: reason })
          .where(and(eq(payeeAccounts.id, before.id), isNull(payeeAccounts.endedAt)));
      const [saved] = await tx
        .insert(payeeAccounts)
        .values({
          childId: child.id,
          holderKind: input.holderKind,
          ...holder,
          bankName: input.bankName,
          bankCode: input.bankCode,
          sameBank: input.sameBank,
          accountEnc: cipher.encrypt(digits),
          accountIndex: cipher.blindIndex(digits),
          accountMasked: maskAccount(digits),
          createdBy: ctx.actor.userId,
        })
        .returning();
      if (!saved) throw new AppError('INTERNAL');
      const shown = (r: AccountRow | undefined) =>
        r
          ? { holderKind: r.holderKind, holderName: r.holderName, bankName: r.bankName, account: r.accountMasked }
          : null;
      await recordHistory(tx, ctx.actor, child.id, 'allowance.account.save', [
        { field: 'payeeAccount.holderName', from: before?.holderName ?? null, to: saved.holderName },
        { field: 'payeeAccount.bankName', from: before?.bankName ?? null, to: saved.bankName },
        { field: 'payeeAccount.account', from: before?.accountMasked ?? null, to: saved.accountMasked },
        ...(reason ? [{ field: 'payeeAccount.reason', from: null, to: reason }] : []),
      ]);
      await ctx.audit(tx, {
        action: 'allowance.account.save',
        targetType: 'child',
        targetId: child.id,
        before: shown(before),
        after: shown(saved),
        details: { accountId: saved.id, endedAccountId: before?.id ?? null, reason },
      });
      return toView(saved, new Map([[ctx.actor.userId, ctx.actor.displayName]]));
    });
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    throw conflict(
      'ACCOUNT_CHANGED',
      '收款账户已被他人同时修改，请刷新后再保存',
      'Someone else changed the payee account at the same time; reload it',
    );
  }
}

export async function unmaskPayeeAccount(ctx: ChangeContext & { db: Queryable }, childId: string) {
  const child = await requireChild(ctx.db, ctx.scope('allowances:prepare'), childId);
  const [current] = await ctx.db
    .select()
    .from(payeeAccounts)
    .where(and(eq(payeeAccounts.childId, child.id), isNull(payeeAccounts.endedAt)))
    .limit(1);
  if (!current) throw new AppError('NOT_FOUND');
  await ctx.audit(ctx.db, {
    action: 'allowance.account.unmask',
    targetType: 'child',
    targetId: child.id,
    details: { accountId: current.id, accountMasked: current.accountMasked },
  });
  return { accountNumber: ctx.services.cipher.decrypt(current.accountEnc) };
}
