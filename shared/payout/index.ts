// The payout engine (docs/payout-rules.md): products as data, a pure calculation that explains every line.
// payoutWithPathway lives in ./with-pathway, so that importing the engine does not import the pathway engine.
export {
  parseProducts, productEditionSchema, conditionSchema, ProductsError,
  type ProductEdition, type Product, type Benefit, type Exclusion, type Condition, type Clause, type Localized,
} from './product-schema';
export type { PayoutContext } from './context';
export { findProduct, UnknownProductError } from './find-product';
export { matchesCondition, type LineFacts } from './line-facts';
export { resolveVerdict, type ResolvedVerdict, type VerdictSource } from './resolve-verdict';
export { calculatePayout } from './calculate';
export { toCaseResult, type PayoutCaseResult } from './case-result';
export type {
  PayoutResult, PayoutLine, LineExplanation, BenefitWhy, BenefitSummary, YearToDate, LineStatus, PayoutStatus, EngineReason,
} from './result';
