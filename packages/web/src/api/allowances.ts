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
export type CountyBankLayout = Answer<'getAllowancesCountiesByCodeBankLayout'>;
export type BankLayoutView = CountyBankLayout['layouts'][number];
export type BankLayoutInput = RequestBody<'postAllowancesCountiesByCodeBankLayouts'>;

/** One problem of a refused return file (400 BANK_RETURN_INVALID, details.problems); a file-wide one has no row. */
export interface BankReturnProblem {
  row: number | null;
  code: string;
  zh: string;
  en: string;
}

export type PayeeAccountView = Answer<'getChildrenByIdPayeeAccount'>;
export type PayeeAccountRecord = NonNullable<PayeeAccountView['current']>;
export type PayeeAccountInput = RequestBody<'putChildrenByIdPayeeAccount'>;
export type AllowanceLedger = Answer<'getChildrenByIdAllowanceLedger'>;
export type LedgerMonth = AllowanceLedger['data'][number];
export type LedgerLine = LedgerMonth['lines'][number];
export type FundUse = Answer<'getAllowancesFundUse'>;
export type FundUseRow = FundUse['data'][number];

export type SchoolingView = Answer<'getChildrenByIdSchooling'>;
export type SchoolingPeriod = SchoolingView['periods'][number];
export type SchoolingInput = RequestBody<'postChildrenByIdSchooling'>;
export type AllowanceRulesView = Answer<'getAllowancesRules'>;
export type AllowanceRulesInput = RequestBody<'postAllowancesRules'>;
