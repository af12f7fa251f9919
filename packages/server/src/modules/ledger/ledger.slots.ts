// One ledger check or commit at a time per user: each holds a workbook or a whole import in memory, and a second
// one started while the first runs (a double click, a retry, a script) would only double that.
import { AppError } from '../../platform/errors.ts';

const running = new Set<string>();

/** Runs fn as the user's one ledger operation; another started meanwhile answers 409 IMPORT_IN_PROGRESS. */
export async function asOnlyImport<T>(userId: string, fn: () => Promise<T>): Promise<T> {
  if (running.has(userId)) throw new AppError('IMPORT_IN_PROGRESS');
  running.add(userId);
  try {
    return await fn();
  } finally {
    running.delete(userId);
  }
}

/** Whether the user has a ledger check or commit running (tests wait on it). */
export function importRunning(userId: string): boolean {
  return running.has(userId);
}
