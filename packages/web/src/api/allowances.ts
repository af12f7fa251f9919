// Types of the allowance part of the contract (基本生活费发放): standards, rolls with their lines and findings,
// the bank files and reconciliation, a child's payee account and ledger, and the fund-use report.
import type { Answer, RequestBody } from './types';

type Item<T> = T extends { data: (infer I)[] } ? I : never;

export type StandardList = Answer<'getAllowancesStandards'>;
export type Standard = Item<StandardList>;
export type StandardInput = RequestBody<'postAllowancesStandards'>;
export type AllowanceCategory = Standard['category'];

export type RollList = Answer<'getAllowancesRolls'>;
export type RollSummary = Item<RollList>;
export type RollStatus = RollSummary['status'];
export type RollView = Answer<'getAllowancesRollsById'>;
export type RollTotals = RollView['totals'];
export type AmountRow = RollTotals['byKind'][number];
export type RollLinesPage = Answer<'getAllowancesRollsByIdLines'>;
export type RollLine = RollLinesPage['data'][number];
export type LineKind = RollLine['kind'];
export type PaymentStatus = RollLine['paymentStatus'];
export type FindingList = Answer<'getAllowancesRollsByIdFindings'>;
export type Finding = Item<FindingList>;

export const LINE_KINDS = ['base', 'arrears', 'retry', 'recovery'] as const satisfies readonly LineKind[];

export type BankReturnAnswer = Answer<'postAllowancesRollsByIdBankReturn'>;
export type BankSummary = BankReturnAnswer['summary'];
export type Reconciliation = Answer<'getAllowancesRollsByIdReconciliation'>;
export type BankLayouts = Answer<'getAllowancesBankLayouts'>;

/** One problem of a refused return file (400 BANK_RETURN_INVALID, details.problems); a file-wide one has no row. */
export interface BankReturnProblem {
  row: number | null;
  code: string;
  zh: string;
  en: string;
}

// The parts below follow the shapes agreed for routes still being built on the server; they are written by hand
// until those routes are in the OpenAPI document.

export interface PayeeAccountRecord {
  holderKind: 'relation' | 'institution';
  holderName: string;
  holderRelationId: string | null;
  bankName: string;
  bankCode: string | null;
  sameBank: boolean;
  accountMasked: string;
  reason?: string | null;
  changedAt?: string | null;
  changedBy?: string | null;
}

export interface PayeeAccountView {
  current: PayeeAccountRecord | null;
  history: PayeeAccountRecord[];
  payeeKind: 'institution' | 'guardian' | null;
  candidates: { relationId: string; name: string; relationLabel: string | null }[];
  institution: { id: string; name: string } | null;
}

export interface PayeeAccountInput {
  holderKind: 'relation' | 'institution';
  holderRelationId: string | null;
  bankName: string;
  bankCode: string | null;
  sameBank: boolean;
  accountNumber: string;
  reason: string;
}

export interface LedgerLine {
  rollMonth: string;
  kind: LineKind;
  amountFen: number;
  explanation: string;
  paymentStatus: PaymentStatus;
  reference: string | null;
}

export interface LedgerMonth {
  month: string;
  category: AllowanceCategory | null;
  entitledFen: number;
  paidFen: number;
  lines: LedgerLine[];
  balanceFen: number;
}

export interface AllowanceLedger {
  months: LedgerMonth[];
  totals: { entitledFen: number; paidFen: number; balanceFen: number };
}

export interface FundUseRow {
  countyCode: string;
  countyName: string;
  month: string;
  category: AllowanceCategory;
  categoryName: string;
  children: number;
  paidFen: number;
}

export interface FundUse {
  data: FundUseRow[];
  totals: { children: number; paidFen: number };
}
