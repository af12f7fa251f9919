// Matches the lines of a bank return file to the payments sent. The caller refuses the whole file when there is
// any problem, so a problem names the row, the payment and both amounts where they differ.
import { BankFileError } from './bank.ts';
import { yuanText, type BankReturnLine, type BankReturnProblem } from './bank-return.ts';

export interface BankExpectedPayment {
  paymentId: string;
  reference: string;
  account: string;
  amountFen: number;
}

export interface BankOutcome {
  paymentId: string;
  status: 'paid' | 'failed';
  reason: string;
  /** 1-based row of the file line that settled the payment. */
  row: number;
}

export interface BankReconciliation {
  outcomes: BankOutcome[];
  problems: BankReturnProblem[];
  summary: {
    expectedCount: number;
    expectedFen: number;
    paidCount: number;
    paidFen: number;
    failedCount: number;
    failedFen: number;
    /** Expected payments the file does not mention. */
    unmatchedCount: number;
    /** File lines matching no payment. */
    unknownCount: number;
  };
}

const plainAccount = (account: string): string => account.replace(/[\s-]/g, '');

type Match = { payment: BankExpectedPayment } | { problem: BankReturnProblem; unknown: boolean };

function matchLine(
  line: BankReturnLine,
  byReference: ReadonlyMap<string, BankExpectedPayment>,
  expected: readonly BankExpectedPayment[],
): Match {
  const { row } = line;
  if (line.reference !== null) {
    const payment = byReference.get(line.reference);
    if (!payment) {
      return {
        unknown: true,
        problem: {
          row,
          code: 'UNKNOWN_REFERENCE',
          zh: `第 ${row} 行参考号“${line.reference}”不属于本次发放`,
          en: `Row ${row}: reference "${line.reference}" is not in this payment roll`,
        },
      };
    }
    return { payment };
  }
  const account = line.account ?? '';
  const sameAccount = expected.filter((p) => account !== '' && plainAccount(p.account) === account);
  const sameAmount = sameAccount.filter((p) => p.amountFen === line.amountFen);
  const [onlySameAmount] = sameAmount;
  if (onlySameAmount && sameAmount.length === 1) return { payment: onlySameAmount };
  if (sameAmount.length > 1) {
    return {
      unknown: false,
      problem: {
        row,
        code: 'AMBIGUOUS',
        zh: `第 ${row} 行没有参考号，账号 ${account} 金额 ${yuanText(line.amountFen)} 对应 ${sameAmount.length} 笔发放，无法区分`,
        en: `Row ${row}: no reference, and ${sameAmount.length} payments share account ${account} and amount ${yuanText(line.amountFen)}`,
      },
    };
  }
  // Without a reference, one payment to that account is the line meant, and its amount is what differs.
  const [onlySameAccount] = sameAccount;
  if (onlySameAccount && sameAccount.length === 1) return { payment: onlySameAccount };
  return {
    unknown: true,
    problem: {
      row,
      code: 'UNKNOWN_LINE',
      zh: `第 ${row} 行（账号 ${account || '空'}，金额 ${yuanText(line.amountFen)}）没有对应的发放记录`,
      en: `Row ${row}: account ${account || '(empty)'} with ${yuanText(line.amountFen)} matches no payment`,
    },
  };
}

export function reconcileBankReturn(
  expected: readonly BankExpectedPayment[],
  lines: readonly BankReturnLine[],
): BankReconciliation {
  const byReference = new Map<string, BankExpectedPayment>();
  for (const payment of expected) {
    if (byReference.has(payment.reference)) {
      throw new BankFileError(
        'DUPLICATE_REFERENCE',
        `发放参考号“${payment.reference}”重复`,
        `Payment reference "${payment.reference}" is used twice`,
        payment.reference,
      );
    }
    byReference.set(payment.reference, payment);
  }
  const problems: BankReturnProblem[] = [];
  const outcomes: BankOutcome[] = [];
  const mentioned = new Map<string, number>(); // paymentId → first row naming it
  let unknownCount = 0;
  for (const line of lines) {
    const { row } = line;
    const match = matchLine(line, byReference, expected);
    if ('problem' in match) {
      problems.push(match.problem);
      if (match.unknown) unknownCount++;
      continue;
    }
    const { payment } = match;
    const first = mentioned.get(payment.paymentId);
    if (first !== undefined) {
      problems.push({
        row,
        code: 'DUPLICATE_LINE',
        zh: `第 ${row} 行与第 ${first} 行是同一笔发放（参考号 ${payment.reference}）`,
        en: `Row ${row} repeats the payment of row ${first} (reference ${payment.reference})`,
      });
      continue;
    }
    mentioned.set(payment.paymentId, row);
    let clean = true;
    if (line.amountFen !== payment.amountFen) {
      clean = false;
      problems.push({
        row,
        code: 'AMOUNT_MISMATCH',
        zh: `第 ${row} 行金额 ${yuanText(line.amountFen)} 与发放金额 ${yuanText(payment.amountFen)} 不符（参考号 ${payment.reference}）`,
        en: `Row ${row}: the file says ${yuanText(line.amountFen)} but payment ${payment.reference} is ${yuanText(payment.amountFen)}`,
      });
    }
    // Some banks mask account numbers (6228****1234); only a full account that differs is a mismatch.
    if (line.account && !/[*＊xX]/.test(line.account) && line.account !== plainAccount(payment.account)) {
      clean = false;
      problems.push({
        row,
        code: 'ACCOUNT_MISMATCH',
        zh: `第 ${row} 行账号 ${line.account} 与发放账号 ${payment.account} 不符（参考号 ${payment.reference}）`,
        en: `Row ${row}: account ${line.account} differs from ${payment.account} of payment ${payment.reference}`,
      });
    }
    if (clean) {
      outcomes.push({
        paymentId: payment.paymentId,
        status: line.status,
        reason: line.status === 'failed' ? line.reason : '',
        row,
      });
    }
  }
  const amountOf = new Map(expected.map((p) => [p.paymentId, p.amountFen]));
  const total = (status: 'paid' | 'failed') => {
    const settled = outcomes.filter((o) => o.status === status);
    return { count: settled.length, fen: settled.reduce((sum, o) => sum + (amountOf.get(o.paymentId) ?? 0), 0) };
  };
  const paid = total('paid');
  const failed = total('failed');
  return {
    outcomes,
    problems,
    summary: {
      expectedCount: expected.length,
      expectedFen: expected.reduce((sum, p) => sum + p.amountFen, 0),
      paidCount: paid.count,
      paidFen: paid.fen,
      failedCount: failed.count,
      failedFen: failed.fen,
      unmatchedCount: expected.filter((p) => !mentioned.has(p.paymentId)).length,
      unknownCount,
    },
  };
}
