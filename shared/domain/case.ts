import { z } from 'zod';
import {
  CATALOGUES, CHILD_PUGH, DOSE_UNITS, EXPENSE_KINDS, EXPENSE_SETTINGS, FREQUENCIES, MARKER_RESULTS,
  PRIMARY_SITES, PRIOR_OUTCOMES, SETTINGS, VERDICTS,
} from './vocabulary';

// The case exchange format of docs/case-format.md: everything the pathway check and the payout of one
// claim need. `null` and absent mean the same ("not documented"), so optional fields accept both.

const opt = <T extends z.ZodTypeAny>(s: T) => s.nullish();
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const fen = z.number({ error: 'expected a non-negative integer' }).int('expected a non-negative integer')
  .nonnegative('expected a non-negative integer');
const positive = z.number({ error: 'expected a number above 0' }).positive('expected a number above 0');
const enumOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `expected one of ${values.join(', ')}` });

export const patientSchema = z.object({
  sex: opt(z.string()),
  birthDate: opt(isoDate),
  weightKg: opt(positive),
  heightCm: opt(positive),
});

export const diagnosisSchema = z.object({
  icd10: opt(z.string()),
  histology: opt(z.string()),
  setting: opt(enumOf(SETTINGS)),
  stage: opt(z.string()),
  advancedSince: opt(isoDate),
  primarySite: opt(enumOf(PRIMARY_SITES)),
  childPugh: opt(enumOf(CHILD_PUGH)),
});

const resultOf = (values: readonly [string, ...string[]]) => {
  const one = enumOf(values);
  return opt(z.union([one, z.array(one)], { error: `expected one of ${values.join(', ')} or a list of them` }));
};

/** A biomarker entry; the result is checked against its marker's vocabulary, unknown markers pass. */
export const biomarkerSchema = z.object({
  marker: z.string({ error: 'expected a string' }),
  result: z.unknown().optional(),
  tps: opt(z.number({ error: 'expected a number from 0 to 100' }).min(0, 'expected a number from 0 to 100').max(100, 'expected a number from 0 to 100')),
  cps: opt(z.number({ error: 'expected a number >= 0' }).min(0, 'expected a number >= 0')),
  ish: opt(enumOf(['positive', 'negative'])),
}).superRefine((entry, ctx) => {
  const vocabulary = (MARKER_RESULTS as Record<string, readonly [string, ...string[]]>)[entry.marker];
  if (!vocabulary || entry.result === undefined || entry.result === null) return;
  const parsed = resultOf(vocabulary).safeParse(entry.result);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: ['result', ...issue.path] });
  }
});

export const priorLineSchema = z.object({
  drugs: z.array(z.string({ error: 'expected a string' })).default([]),
  startDate: opt(isoDate),
  endDate: opt(isoDate),
  outcome: opt(enumOf(PRIOR_OUTCOMES)),
});

export const treatmentSchema = z.object({
  id: z.string({ error: 'expected a string' }),
  drug: z.string({ error: 'expected a string' }),
  dose: opt(z.object({ value: positive, unit: enumOf(DOSE_UNITS) })),
  frequency: opt(enumOf(FREQUENCIES)),
  cycle: opt(z.number({ error: 'expected a whole number >= 1' }).int('expected a whole number >= 1').min(1, 'expected a whole number >= 1')),
  startDate: opt(isoDate),
});

export const expenseSchema = z.object({
  id: z.string({ error: 'expected a string' }),
  kind: enumOf(EXPENSE_KINDS),
  drug: opt(z.string()),
  setting: enumOf(EXPENSE_SETTINGS),
  catalogue: enumOf(CATALOGUES),
  amountFen: fen,
  socialInsurancePaidFen: opt(fen),
  otherPaidFen: opt(fen),
  pathwayVerdict: opt(enumOf(VERDICTS)),
  treatmentId: opt(z.string()),
});

const fenByBenefit = z.record(z.string(), fen);

export const claimPartSchema = z.object({
  product: z.string({ error: 'expected a product code' }),
  preExisting: opt(z.boolean({ error: 'expected true or false' })),
  socialInsuranceSettled: opt(z.boolean({ error: 'expected true or false' })),
  yearToDate: opt(z.object({ deductibleUsedFen: opt(fenByBenefit), paidFen: opt(fenByBenefit) })),
  expenses: z.array(expenseSchema, { error: 'expected a list of expense lines' }),
});

const clinicalShape = {
  caseId: z.string({ error: 'expected a string' }),
  patient: opt(patientSchema),
  diagnosis: opt(diagnosisSchema),
  biomarkers: opt(z.array(biomarkerSchema, { error: 'expected a list' })),
  priorLines: opt(z.array(priorLineSchema, { error: 'expected a list' })),
  priorAdjuvant: opt(z.array(priorLineSchema, { error: 'expected a list' })),
  treatments: z.array(treatmentSchema, { error: 'expected a list of treatments' }),
};

/** What `pathway` validates: everything outside `claim`. */
export const clinicalCaseSchema = z.object({ ...clinicalShape, claim: z.unknown().optional() });

/** What `payout` validates: the whole case, with expense lines tied to existing treatments. */
export const payoutCaseSchema = z.object({ ...clinicalShape, claim: claimPartSchema }).superRefine((c, ctx) => {
  const ids = new Set(c.treatments.map((t) => t.id));
  c.claim.expenses.forEach((e, i) => {
    if (e.treatmentId != null && !ids.has(e.treatmentId)) {
      ctx.addIssue({ code: 'custom', path: ['claim', 'expenses', i, 'treatmentId'], message: `names no treatment (${e.treatmentId})` });
    }
  });
});

export type ClinicalCase = z.infer<typeof clinicalCaseSchema>;
export type PayoutCase = z.infer<typeof payoutCaseSchema>;
export type Treatment = z.infer<typeof treatmentSchema>;
export type Expense = z.infer<typeof expenseSchema>;
export type Biomarker = z.infer<typeof biomarkerSchema>;
export type PriorLine = z.infer<typeof priorLineSchema>;
export type Diagnosis = z.infer<typeof diagnosisSchema>;
export type Patient = z.infer<typeof patientSchema>;
