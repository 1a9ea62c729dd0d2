import type { ClinicalCase } from '../../shared/domain/case';
import { checkPathway } from '../../shared/pathway/evaluate';
import { loadEdition } from '../../src-main/editions/load-edition';
import { caseGenerator } from './gen-cases';
import { percentile, type BenchRow } from './measure';
import { buildJsonRulesPathway } from './pathway-json-rules';

// The pathway engine at volume: n generated cases (seeded), each checked and timed on its own,
// against the same edition encoded for json-rules-engine on a sample of the same cases. The two
// must agree on every line's verdict (and recommendation); the agreement rate is reported.

const SEED = 20250115;
const BATCH = 10_000;
/** json-rules-engine is run on this many of the cases: enough for a stable rate, short enough to wait for. */
const BASELINE_SAMPLE = 5_000;

const round = (x: number, digits = 4) => Number(x.toFixed(digits));

export async function benchPathway(n = 100_000): Promise<BenchRow[]> {
  const edition = loadEdition();
  const next = caseGenerator(SEED, edition);
  // Warm the engine up on cases of another seed so the JIT has settled before timing.
  const warm = caseGenerator(SEED + 1, edition);
  for (let i = 0; i < 5_000; i++) checkPathway(warm(i), edition);

  const ms = new Float64Array(n);
  const sample: ClinicalCase[] = [];
  let lines = 0;
  for (let start = 0; start < n; start += BATCH) {
    // Generated (and validated) outside the timing, in batches so memory stays flat whatever n.
    const batch = Array.from({ length: Math.min(BATCH, n - start) }, (_, i) => next(start + i));
    batch.forEach((c, i) => {
      const t0 = performance.now();
      const check = checkPathway(c, edition);
      ms[start + i] = performance.now() - t0;
      lines += check.lines.length;
      if (start + i < BASELINE_SAMPLE) sample.push(c);
    });
    await new Promise((resolve) => setImmediate(resolve));
  }
  const totalMs = ms.reduce((s, x) => s + x, 0);
  const sorted = [...ms].sort((a, b) => a - b);
  const engineRate = (n / totalMs) * 1000;

  const rules = buildJsonRulesPathway(edition);
  for (const c of sample.slice(0, 500)) await rules.check(c);
  const baselineMs: number[] = [];
  let agreeing = 0;
  let compared = 0;
  for (const c of sample) {
    const t0 = performance.now();
    const theirs = await rules.check(c);
    baselineMs.push(performance.now() - t0);
    const ours = checkPathway(c, edition).lines;
    theirs.forEach((t, i) => {
      compared++;
      if (t.verdict === ours[i]!.verdict && t.recommendationId === ours[i]!.recommendationId) agreeing++;
    });
  }
  const baselineRate = (sample.length / baselineMs.reduce((s, x) => s + x, 0)) * 1000;
  const baselineSorted = baselineMs.sort((a, b) => a - b);
  const ratio = engineRate / baselineRate;
  const p99 = percentile(sorted, 99);
  const workload = `pathway check, ${n.toLocaleString('en-US')} generated cases (${lines.toLocaleString('en-US')} lines)`;
  return [
    {
      workload, value: Math.round(engineRate), unit: 'checks/s',
      baseline: Math.round(baselineRate), baselineName: `json-rules-engine, same edition, ${sample.length.toLocaleString('en-US')} of the cases`,
      ratio: round(ratio, 1), target: 'ratio >= 10', pass: ratio >= 10,
      extra: {
        cases: n, lines, totalMs: round(totalMs, 1),
        baselineP99Ms: round(percentile(baselineSorted, 99)),
        agreementLines: compared, agreementRate: round(agreeing / compared, 6),
      },
    },
    {
      workload: `${workload}, p99 per case`, value: round(p99), unit: 'ms', target: 'p99 < 0.5 ms', pass: p99 < 0.5,
      extra: { p50Ms: round(percentile(sorted, 50)), maxMs: round(sorted.at(-1)!, 3) },
    },
  ];
}
