// The clinical-pathway engine's public surface.
export { checkPathway, normaliseDrugName, toCaseResult } from './evaluate';
export { EditionError, parseEdition, type Edition, type Recommendation, type Criterion, type Level } from './edition-schema';
export * from './types';
