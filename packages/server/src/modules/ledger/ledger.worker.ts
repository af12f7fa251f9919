// Runs in a worker thread (started by ledger.parse.ts): reading a workbook is seconds of CPU and hundreds of
// megabytes, which must not hold up the event loop that answers everyone else. One ledger per message.
import { parentPort } from 'node:worker_threads';
import { AppError, type CodeAnswering } from '../../platform/errors.ts';
import { readLedger, type LedgerSheet } from './ledger.read.ts';

/** A refusal crosses the thread boundary as data; the server rebuilds the AppError. */
export interface WorkerRefusal {
  code: CodeAnswering<400>;
  zh: string;
  en: string;
  details: Record<string, unknown> | undefined;
}

export type WorkerAnswer = { ok: true; sheet: LedgerSheet } | { ok: false; refusal: WorkerRefusal | null };

function refusalOf(error: unknown): WorkerRefusal | null {
  // Reading refuses a file with a 400 (IMPORT_FORMAT, IMPORT_TOO_LARGE); anything else is a fault.
  if (!(error instanceof AppError) || error.status !== 400) return null;
  return {
    code: error.code as CodeAnswering<400>,
    zh: error.localizedMessage('zh-CN'),
    en: error.localizedMessage('en'),
    details: error.details,
  };
}

const port = parentPort;
port?.on('message', (bytes: Uint8Array) => {
  const answer = (message: WorkerAnswer) => port.postMessage(message);
  readLedger(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)).then(
    (sheet) => answer({ ok: true, sheet }),
    (error: unknown) => answer({ ok: false, refusal: refusalOf(error) }),
  );
});
