// Request and response shapes of a child's payee account (收款账户), the child's ledger (一人一账) and the
// fund-use report (资金使用).
import { z } from 'zod';
import { allowanceCategory, lineKind, monthText, paymentStatus } from './allowances.schemas.ts';

const uuid = z.uuid();

export const childParams = z.strictObject({ id: uuid });

export const holderKind = z.enum(['guardian', 'institution']);

export const accountView = z.object({
  id: uuid,
  holderKind,
  holderName: z.string(),
  holderRelationId: uuid.nullable(),
  institutionId: uuid.nullable(),
  bankName: z.string(),
  bankCode: z.string(),
  sameBank: z.boolean(),
  accountMasked: z.string(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
  endedAt: z.string().nullable(),
  endedReason: z.string().nullable(),
});
export type AccountView = z.infer<typeof accountView>;

export const payeeAccountView = z.object({
  current: accountView.nullable(),
  history: z.array(accountView),
  /** From the allowance category the child holds today: 集中养育 is paid to the institution, the rest to a guardian. */
  payeeKind: holderKind.nullable(),
  candidates: z.array(z.object({ relationId: uuid, name: z.string(), relationLabel: z.string().nullable() })),
  institution: z.object({ id: uuid, name: z.string() }).nullable(),
});
export type PayeeAccountView = z.infer<typeof payeeAccountView>;

export const saveAccountBody = z.strictObject({
  holderKind,
  holderRelationId: uuid.nullable(),
  bankName: z.string().trim().min(1).max(60),
  /** 联行行号: empty for an account at the paying bank, else 12 digits. */
  bankCode: z.string().regex(/^(\d{12})?$/, '联行行号应为 12 位数字（同行可不填）'),
  sameBank: z.boolean(),
  /** Checked by the service (8–30 digits once spaces are removed) so the answer names the field. */
  accountNumber: z.string().max(60),
  reason: z.string().trim().max(200),
});
export type SaveAccountInput = z.infer<typeof saveAccountBody>;

export const unmaskedAccount = z.object({ accountNumber: z.string() });

export const ledgerLine = z.object({
  rollMonth: monthText,
  kind: lineKind,
  amountFen: z.number().int(),
  explanation: z.string(),
  paymentStatus,
  reference: z.string(),
});

export const ledgerMonth = z.object({
  month: monthText,
  category: allowanceCategory.nullable(),
  entitledFen: z.number().int(),
  paidFen: z.number().int(),
  lines: z.array(ledgerLine),
  /** Entitled minus paid, cumulated up to this month: positive still owed, negative over-paid. */
  balanceFen: z.number().int(),
});
export type LedgerMonth = z.infer<typeof ledgerMonth>;

export const ledgerView = z.object({
  childId: uuid,
  childName: z.string(),
  data: z.array(ledgerMonth),
  totals: z.object({ entitledFen: z.number().int(), paidFen: z.number().int(), balanceFen: z.number().int() }),
});
export type LedgerView = z.infer<typeof ledgerView>;

export const fundUseQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100),
  county: z
    .string()
    .regex(/^\d{6}$/, '县级区划代码为 6 位数字')
    .optional(),
});

export const fundUseRow = z.object({
  countyCode: z.string(),
  countyName: z.string(),
  month: monthText,
  /** null: recoveries for months in which the child held no category. */
  category: allowanceCategory.nullable(),
  categoryName: z.string(),
  children: z.number().int(),
  paidFen: z.number().int(),
});
export type FundUseRow = z.infer<typeof fundUseRow>;

const fundTotal = z.object({
  key: z.string(),
  name: z.string(),
  children: z.number().int(),
  paidFen: z.number().int(),
});

export const fundUseView = z.object({
  year: z.number().int(),
  data: z.array(fundUseRow),
  byCounty: z.array(fundTotal),
  byCategory: z.array(fundTotal),
  totalFen: z.number().int(),
});
export type FundUseView = z.infer<typeof fundUseView>;
