import { remainingFen, sumFen } from '../money';
import type { Benefit, Product } from './product-schema';
import type { BenefitSummary, YearToDate } from './result';

type YearToDateInput = { deductibleUsedFen?: Record<string, number> | null; paidFen?: Record<string, number> | null } | null | undefined;

/**
 * What each benefit's deductible and limit have left while a claim is priced line by line: the
 * policy year's earlier claims (`yearToDate`, absent keys 0) plus the earlier lines of this claim.
 */
export class BenefitLedger {
  private readonly deductibleBefore: Record<string, number>;
  private readonly paidBefore: Record<string, number>;
  private readonly deductibleTaken = new Map<string, number>();
  private readonly paidTaken = new Map<string, number>();

  constructor(private readonly product: Product, yearToDate: YearToDateInput) {
    this.deductibleBefore = yearToDate?.deductibleUsedFen ?? {};
    this.paidBefore = yearToDate?.paidFen ?? {};
  }

  deductibleRemaining(b: Benefit): number {
    return remainingFen(b.deductibleFen, [this.deductibleBefore[b.code] ?? 0, this.deductibleTaken.get(b.code) ?? 0]);
  }

  limitRemaining(b: Benefit): number {
    return remainingFen(b.limitFen, [this.paidBefore[b.code] ?? 0, this.paidTaken.get(b.code) ?? 0]);
  }

  take(b: Benefit, deductibleFen: number, payableFen: number): void {
    this.deductibleTaken.set(b.code, sumFen([this.deductibleTaken.get(b.code) ?? 0, deductibleFen]));
    this.paidTaken.set(b.code, sumFen([this.paidTaken.get(b.code) ?? 0, payableFen]));
  }

  summary(): BenefitSummary[] {
    return this.product.benefits.map((b) => ({
      benefit: b.code,
      name: b.name,
      deductibleFen: b.deductibleFen,
      deductibleUsedBeforeFen: this.deductibleBefore[b.code] ?? 0,
      deductibleTakenFen: this.deductibleTaken.get(b.code) ?? 0,
      deductibleRemainingFen: this.deductibleRemaining(b),
      limitFen: b.limitFen,
      paidBeforeFen: this.paidBefore[b.code] ?? 0,
      paidFen: this.paidTaken.get(b.code) ?? 0,
      limitRemainingFen: this.limitRemaining(b),
    }));
  }

  /** The given year-to-date (other benefits' keys kept) with this claim's usage added. */
  yearToDateAfter(): YearToDate {
    const after: YearToDate = { deductibleUsedFen: { ...this.deductibleBefore }, paidFen: { ...this.paidBefore } };
    for (const b of this.product.benefits) {
      after.deductibleUsedFen[b.code] = sumFen([this.deductibleBefore[b.code] ?? 0, this.deductibleTaken.get(b.code) ?? 0]);
      after.paidFen[b.code] = sumFen([this.paidBefore[b.code] ?? 0, this.paidTaken.get(b.code) ?? 0]);
    }
    return after;
  }
}
