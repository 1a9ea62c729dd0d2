// Shared by every bench workload: one row of the printed table and of bench/results.json.
export interface BenchRow {
  /** What was measured, e.g. "worklist query, 100,000 claims (sort+filter)". */
  workload: string;
  /** The project's figure, in `unit`. */
  value: number;
  unit: string;
  /** The baseline measured in the same run (same unit), when the workload has one. */
  baseline?: number;
  baselineName?: string;
  /** value / baseline (or the inverse where bigger is better, as `target` says). */
  ratio?: number;
  /** The target in words, e.g. "ratio <= 1.2". */
  target?: string;
  pass?: boolean;
  /** Further figures (p99, counts) worth keeping. */
  extra?: Record<string, number | string>;
}

/** Runs fn `iterations` times after `warmup` runs and returns per-run milliseconds, sorted. */
export function sampleMs(fn: () => void, iterations: number, warmup = Math.min(5, iterations)): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out.sort((a, b) => a - b);
}

export function percentile(sortedMs: readonly number[], p: number): number {
  if (sortedMs.length === 0) return Number.NaN;
  const i = Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1);
  return sortedMs[Math.max(0, i)]!;
}

export function median(sortedMs: readonly number[]): number {
  return percentile(sortedMs, 50);
}
