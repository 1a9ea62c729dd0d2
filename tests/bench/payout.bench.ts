import type { Expense, PayoutCase, Treatment } from '../../shared/domain/case';
import { CATALOGUES, EXPENSE_SETTINGS, VERDICTS, type Verdict } from '../../shared/domain/vocabulary';
import { calculatePayout, type PayoutContext } from '../../shared/payout';
import { loadProducts } from '../../src-main/editions/load-products';
import { percentile, type BenchRow } from './measure';
import { createRandom } from '../../resources/demo/random';

// The payout engine at volume: n generated claims (seeded, so every run prices the same claims) of
// 1 to 30 lines on both products, each timed on its own. Claims are generated in batches outside
// the timing so that memory stays flat whatever n.

const SEED = 20250301;
const BATCH = 10_000;
const PRODUCTS = ['HMB-SH-2023', 'MM-2025'] as const;
// Listed drugs of both products, drugs on no list, and a Chinese name.
const DRUGS = ['pembrolizumab', 'axicabtagene ciloleucel', 'lenvatinib', 'osimertinib', 'cetuximab', 'bevacizumab', 'pemetrexed', 'Sintilimab'];

interface PricedClaim { c: PayoutCase; context: PayoutContext }

function claimGenerator(seed: number): (index: number) => PricedClaim {
  const rng = createRandom(seed);
  const random = (): number => rng.next();
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(values: readonly T[]): T => values[int(0, values.length - 1)]!;
  return (index) => {
    const treatments: Treatment[] = Array.from({ length: int(0, 3) }, (_, i) => ({ id: `T${i + 1}`, drug: pick(DRUGS) }));
    const pathwayVerdicts = new Map<string, Verdict>(treatments.map((t) => [t.id, pick(VERDICTS)]));
    const expenses: Expense[] = Array.from({ length: int(1, 30) }, (_, i) => {
      const drug = random() < 0.6;
      const amountFen = random() < 0.2 ? int(1_000_000, 150_000_000) : int(0, 2_000_000);
      return {
        id: `E${i + 1}`,
        kind: drug ? 'drug' : 'service',
        drug: drug ? pick(DRUGS) : null,
        setting: pick(EXPENSE_SETTINGS),
        catalogue: pick(CATALOGUES),
        amountFen,
        socialInsurancePaidFen: random() < 0.5 ? int(0, amountFen) : 0,
        otherPaidFen: random() < 0.1 ? int(0, 100_000) : 0,
        pathwayVerdict: drug && random() < 0.5 ? pick(VERDICTS) : null,
        treatmentId: treatments.length && random() < 0.5 ? `T${int(1, treatments.length)}` : null,
      };
    });
    const c: PayoutCase = {
      caseId: `B${index}`,
      treatments,
      claim: {
        product: pick(PRODUCTS),
        preExisting: random() < 0.1,
        socialInsuranceSettled: random() < 0.7,
        yearToDate: random() < 0.3
          ? { deductibleUsedFen: { HMB_INPATIENT_SELF_PAY: int(0, 1_600_000), MM_GENERAL: int(0, 1_000_000) }, paidFen: { HMB_CAR_T: int(0, 50_000_000), MM_SPECIAL_DRUG: int(0, 300_000_000) } }
          : null,
        expenses,
      },
    };
    return { c, context: { pathwayVerdicts } };
  };
}

export async function benchPayout(n = 100_000): Promise<BenchRow[]> {
  const products = loadProducts();
  const next = claimGenerator(SEED);
  // Warm the engine up on claims of another seed so the JIT has settled before timing.
  const warm = claimGenerator(SEED + 1);
  for (let i = 0; i < 2_000; i++) {
    const { c, context } = warm(i);
    calculatePayout(c, products, context);
  }
  const ms = new Float64Array(n);
  let lines = 0;
  let payableFen = 0;
  for (let start = 0; start < n; start += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, n - start) }, (_, i) => next(start + i));
    batch.forEach(({ c, context }, i) => {
      const t0 = performance.now();
      const result = calculatePayout(c, products, context);
      ms[start + i] = performance.now() - t0;
      lines += result.lines.length;
      payableFen += result.payableFen;
    });
    await new Promise((resolve) => setImmediate(resolve));
  }
  const totalMs = ms.reduce((s, x) => s + x, 0);
  const sorted = [...ms].sort((a, b) => a - b);
  const p99 = percentile(sorted, 99);
  const workload = `payout calculation, ${n.toLocaleString('en-US')} claims of 1-30 lines (both products)`;
  const extra = { claims: n, lines, totalMs: Number(totalMs.toFixed(1)), payableFenChecksum: payableFen };
  return [
    { workload, value: Math.round((n / totalMs) * 1000), unit: 'claims/s', extra: { ...extra, linesPerSecond: Math.round((lines / totalMs) * 1000) } },
    { workload: `${workload}, p99 per claim`, value: Number(p99.toFixed(4)), unit: 'ms', extra: { p50Ms: Number(percentile(sorted, 50).toFixed(4)), maxMs: Number(sorted.at(-1)!.toFixed(3)) } },
  ];
}
