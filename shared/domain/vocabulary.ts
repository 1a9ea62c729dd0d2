// Enumerations shared by the case format, the engines and the cache (docs/pathway-rules.md §1, docs/payout-rules.md §2).
export const DOSE_UNITS = ['mg', 'mg/kg', 'mg/m2', 'infusion'] as const;
export const FREQUENCIES = ['qd', 'bid', 'tid', 'qw', 'q2w', 'q3w', 'q4w', 'q6w', 'once'] as const;
export const SETTINGS = ['advanced', 'early'] as const;
export const EXPENSE_KINDS = ['drug', 'service'] as const;
export const EXPENSE_SETTINGS = ['inpatient', 'outpatient', 'pharmacy'] as const;
export const CATALOGUES = ['A', 'B', 'self_pay'] as const;
export const VERDICTS = ['in_pathway', 'off_pathway', 'insufficient_evidence', 'not_governed'] as const;
export const PRIOR_OUTCOMES = ['progression', 'intolerance', 'completed'] as const;
export const CHILD_PUGH = ['A', 'B', 'C'] as const;
export const PRIMARY_SITES = ['left', 'right'] as const;

/** Result vocabulary per marker; markers not listed here are ignored by validation and the engine. */
export const MARKER_RESULTS = {
  EGFR: ['exon19del', 'L858R', 'T790M', 'exon20ins', 'negative'],
  ALK: ['positive', 'negative'],
  ROS1: ['positive', 'negative'],
  HER2: ['IHC0', 'IHC1+', 'IHC2+', 'IHC3+'],
  RAS: ['wild_type', 'mutant'],
  BRAF: ['wild_type', 'mutant'],
  MMR: ['dMMR', 'pMMR'],
  MSI: ['MSI-H', 'MSS'],
} as const satisfies Record<string, readonly string[]>;

export type DoseUnit = (typeof DOSE_UNITS)[number];
export type Frequency = (typeof FREQUENCIES)[number];
export type Verdict = (typeof VERDICTS)[number];
export type Catalogue = (typeof CATALOGUES)[number];
export type ExpenseSetting = (typeof EXPENSE_SETTINGS)[number];
export type ExpenseKind = (typeof EXPENSE_KINDS)[number];
