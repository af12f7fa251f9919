// Reads an uploaded ledger in a worker thread, a few at a time, under a memory ceiling and a time limit: a hostile
// or simply huge workbook costs its own thread, never the event loop or the server's memory. Workers are kept a
// little while between ledgers, since starting one (loading the workbook reader) takes a second or two.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../platform/errors.ts';
import type { LedgerSheet } from './ledger.read.ts';
import type { WorkerAnswer } from './ledger.worker.ts';
import { tooLarge } from './ledger.zip.ts';

export const PARSE_LIMITS = {
  /** Workbooks read at the same time, across all users (the others wait their turn). */
  parallel: 2,
  /** A 100,000-row ledger needs about 700 MB while it is read. */
  heapMb: 1536,
  timeoutMs: 180_000,
  /** An idle worker ends after this, giving its memory back. */
  idleMs: 60_000,
};

// The server runs TypeScript through tsx; a worker thread starts without the parent's loader, so it loads its
// module through tsx's CommonJS API.
const WORKER_FILE = fileURLToPath(new URL('./ledger.worker.ts', import.meta.url));
const TSX_API = createRequire(import.meta.url).resolve('tsx/cjs/api');
const BOOT = `require(${JSON.stringify(TSX_API)}).require(${JSON.stringify(WORKER_FILE)}, ${JSON.stringify(WORKER_FILE)});`;

interface Idle {
  worker: Worker;
  heapMb: number;
  timer: NodeJS.Timeout;
}

const idle: Idle[] = [];
let running = 0;
const waiting: (() => void)[] = [];

async function turn(): Promise<() => void> {
  if (running >= PARSE_LIMITS.parallel) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  return () => {
    running--;
    waiting.shift()?.();
  };
}

function takeWorker(): { worker: Worker; heapMb: number } {
  const { heapMb } = PARSE_LIMITS;
  const at = idle.findIndex((kept) => kept.heapMb === heapMb);
  const [kept] = at < 0 ? [] : idle.splice(at, 1);
  if (kept) {
    clearTimeout(kept.timer);
    kept.worker.ref();
    return kept;
  }
  return { worker: new Worker(BOOT, { eval: true, resourceLimits: { maxOldGenerationSizeMb: heapMb } }), heapMb };
}

function keepWorker(worker: Worker, heapMb: number): void {
  worker.unref();
  const entry: Idle = {
    worker,
    heapMb,
    timer: setTimeout(() => {
      idle.splice(idle.indexOf(entry), 1);
      void worker.terminate();
    }, PARSE_LIMITS.idleMs).unref(),
  };
  idle.push(entry);
}

function tooBigToRead(): AppError {
  return tooLarge(
    '台账文件过大，读取超出内存或时间限制，请拆分为多个文件后导入',
    'The ledger is too large to read within the memory and time limits; split it into smaller files',
  );
}

function parseInWorker(bytes: Buffer): Promise<LedgerSheet> {
  const { worker, heapMb } = takeWorker();
  return new Promise<LedgerSheet>((resolve, reject) => {
    const finish = (reuse: boolean, settle: () => void) => {
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (reuse) keepWorker(worker, heapMb);
      else void worker.terminate();
      settle();
    };
    const onMessage = (answer: WorkerAnswer) =>
      finish(true, () => {
        if (answer.ok) resolve(answer.sheet);
        else if (answer.refusal) {
          const { code, zh, en, details } = answer.refusal;
          reject(AppError.rule(code, zh, en, details));
        } else reject(new AppError('INTERNAL'));
      });
    // A worker over its memory ceiling is stopped by Node: the file was too big to read, not a server fault.
    const onError = (error: Error & { code?: string }) =>
      finish(false, () => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooBigToRead() : error));
    const onExit = () => finish(false, () => reject(new AppError('INTERNAL')));
    const timer = setTimeout(() => finish(false, () => reject(tooBigToRead())), PARSE_LIMITS.timeoutMs);
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    const copy = new Uint8Array(bytes);
    worker.postMessage(copy, [copy.buffer]);
  });
}

/** Reads a ledger (.xlsx or CSV) off the event loop; refusals are the same as readLedger's. */
export async function readLedgerInWorker(bytes: Buffer): Promise<LedgerSheet> {
  const done = await turn();
  try {
    return await parseInWorker(bytes);
  } finally {
    done();
  }
}
