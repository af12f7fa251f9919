// What the benchmark scripts share: percentiles of timed rounds after a warm-up, and a progress line on stderr.

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** p50 and p95 of `rounds` timed calls of `fn`, after five untimed ones (none when no rounds are asked for). */
export async function timings(fn: (i: number) => Promise<void>, rounds: number): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < (rounds > 0 ? 5 : 0); i++) await fn(i);
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    await fn(i);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}

export const log = (line: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);
