// Timing statistics for the benchmark: medians and tail percentiles of repeated runs, and the
// report lines every section prints.
import type { Core } from '../src/core';

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export async function timeRuns(runs: number, run: (i: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run(i);
    samples.push(performance.now() - started);
  }
  return samples;
}

export function formatMs(ms: number): string {
  return ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(2)} ms`;
}

/** One line of the report: median and 99th percentile, against a target when there is one. */
export function report(label: string, samples: number[], target?: number): void {
  const p50 = percentile(samples, 50);
  const verdict =
    target === undefined
      ? ''
      : p50 <= target
        ? `  (target ≤ ${target} ms: met)`
        : `  (target ≤ ${target} ms: MISSED)`;
  console.log(
    `${label.padEnd(52)} p50 ${formatMs(p50).padStart(10)}   p99 ${formatMs(percentile(samples, 99)).padStart(10)}${verdict}`,
  );
}

/** A procedure call that fails the benchmark on an error answer. */
export async function call<T>(
  core: Core,
  name: Parameters<Core['callByName']>[0],
  input: unknown,
): Promise<T> {
  const result = await core.callByName(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value as T;
}
