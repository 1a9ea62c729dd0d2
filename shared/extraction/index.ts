// Normalisers of printed values (docs/document-types.md), pure so the fields panel can read a corrected value the
// way the extraction engine reads a printed one.
export { compact, toFullWidth, toHalfWidth } from './width';
export { findDates, isoDate, parseDate, type FoundDate } from './dates';
export { checkCapital, findAmounts, findCapitalAmount, parseAmount, type CapitalCheck, type FoundAmount } from './amounts';
export {
  readEgfr, readFusion, readHer2Ihc, readIsh, readMmr, readMsi, readMutationStatus, readPdl1Cps, readPdl1Tps,
  type MutationStatus, type Positivity,
} from './biomarkers';
export { readDrugName, type DrugReading } from './drug-names';
export { readDose, readFrequency, type Dose } from './dosing';
export { readCatalogue } from './catalogue';
export { readAge, readHistology, readIcd10, readSetting, readSex, readStage } from './clinical';
