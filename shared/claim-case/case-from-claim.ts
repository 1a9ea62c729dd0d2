import type { Biomarker, PayoutCase } from '../domain/case';
import type { DocumentType } from '../domain/document';
import type { ClaimDetail, Field } from '../domain/workspace';
import { sumFen } from '../money/sum-fen';

// A claim in the cache turned into the engines' case. The claim record (intake, or the centre) gives
// the base facts; a document field that a person confirmed or corrected takes precedence for the fact it
// states. Every fact read from a field remembers which field, so the pathway and payout panels can
// link a criterion's fact or a payout line back to the document.

export interface FactSource {
  fieldId: string;
  documentId: string;
  key: string;
}

export interface ClaimCase {
  case: PayoutCase;
  /** Case path (`biomarkers[1].result`, `treatments[0].dose`, `claim.expenses[2].amountFen`) → field. */
  sources: Record<string, FactSource>;
}

export interface CaseOptions {
  yearToDate?: { deductibleUsedFen: Record<string, number>; paidFen: Record<string, number> };
}

/** Fields a person stood behind; unreviewed reads are shown but do not change the facts. */
const isReviewed = (f: Field): boolean => f.status === 'confirmed' || f.status === 'corrected';

type FieldIndex = Map<string, Field>;

function indexFields(detail: ClaimDetail): Map<DocumentType, FieldIndex> {
  const typeOf = new Map(detail.documents.map((d) => [d.id, d.documentType]));
  const out = new Map<DocumentType, FieldIndex>();
  for (const f of detail.fields) {
    const type = typeOf.get(f.documentId);
    if (!type || !isReviewed(f)) continue;
    let byKey = out.get(type);
    if (!byKey) out.set(type, (byKey = new Map()));
    if (!byKey.has(f.key)) byKey.set(f.key, f); // the first document of a type speaks for it
  }
  return out;
}

const MARKER_FIELDS: readonly { type: DocumentType; key: string; marker: string; prop: 'result' | 'tps' | 'cps' | 'ish' }[] = [
  { type: 'genetic_report', key: 'egfr', marker: 'EGFR', prop: 'result' },
  { type: 'genetic_report', key: 'alk', marker: 'ALK', prop: 'result' },
  { type: 'genetic_report', key: 'ros1', marker: 'ROS1', prop: 'result' },
  { type: 'genetic_report', key: 'ras', marker: 'RAS', prop: 'result' },
  { type: 'genetic_report', key: 'braf', marker: 'BRAF', prop: 'result' },
  { type: 'genetic_report', key: 'msi', marker: 'MSI', prop: 'result' },
  { type: 'pathology_report', key: 'her2Ihc', marker: 'HER2', prop: 'result' },
  { type: 'pathology_report', key: 'her2Ish', marker: 'HER2', prop: 'ish' },
  { type: 'pathology_report', key: 'pdl1Tps', marker: 'PD-L1', prop: 'tps' },
  { type: 'pathology_report', key: 'pdl1Cps', marker: 'PD-L1', prop: 'cps' },
  { type: 'pathology_report', key: 'mmr', marker: 'MMR', prop: 'result' },
];

const DIAGNOSIS_FIELDS: readonly { type: DocumentType; key: string; prop: 'icd10' | 'histology' | 'stage' | 'setting' }[] = [
  { type: 'discharge_summary', key: 'icd10', prop: 'icd10' },
  { type: 'discharge_summary', key: 'histology', prop: 'histology' },
  { type: 'pathology_report', key: 'histology', prop: 'histology' },
  { type: 'discharge_summary', key: 'stage', prop: 'stage' },
  { type: 'discharge_summary', key: 'setting', prop: 'setting' },
];

const sourceOf = (f: Field): FactSource => ({ fieldId: f.id, documentId: f.documentId, key: f.key });

interface ExpenseItem { drug?: unknown; amountFen?: unknown }

const typeOfDocument = (detail: ClaimDetail, documentId: string): DocumentType | undefined =>
  detail.documents.find((d) => d.id === documentId)?.documentType;

interface PrescriptionItem { drug?: unknown; doseValue?: unknown; doseUnit?: unknown; frequency?: unknown }

export function caseFromClaim(detail: ClaimDetail, options: CaseOptions = {}): ClaimCase {
  const sources: Record<string, FactSource> = {};
  const fields = indexFields(detail);
  const field = (type: DocumentType, key: string) => fields.get(type)?.get(key);

  const diagnosis: Record<string, unknown> = { ...(detail.facts.diagnosis ?? {}) };
  const claimedDiagnosis = new Set<string>();
  for (const d of DIAGNOSIS_FIELDS) {
    const f = field(d.type, d.key);
    if (!f || claimedDiagnosis.has(d.prop)) continue;
    diagnosis[d.prop] = f.value;
    sources[`diagnosis.${d.prop}`] = sourceOf(f);
    claimedDiagnosis.add(d.prop);
  }

  const biomarkers = detail.facts.biomarkers.map((b) => ({ ...b })) as Record<string, unknown>[];
  for (const m of MARKER_FIELDS) {
    const f = field(m.type, m.key);
    if (!f) continue;
    let i = biomarkers.findIndex((b) => b.marker === m.marker);
    if (i < 0) i = biomarkers.push({ marker: m.marker }) - 1;
    biomarkers[i]![m.prop] = f.value;
    sources[`biomarkers[${i}].${m.prop}`] = sourceOf(f);
  }

  const prescription = field('prescription', 'items');
  const items = Array.isArray(prescription?.value) ? (prescription.value as PrescriptionItem[]) : [];
  const treatments = detail.treatments.map((t, i) => {
    const item = items.find((it) => typeof it.drug === 'string' && it.drug.toLowerCase() === t.drug.toLowerCase());
    const doseValue = typeof item?.doseValue === 'number' ? item.doseValue : t.doseValue;
    const doseUnit = (typeof item?.doseUnit === 'string' ? item.doseUnit : t.doseUnit) as NonNullable<PayoutCase['treatments'][number]['dose']>['unit'] | null;
    const frequency = (typeof item?.frequency === 'string' ? item.frequency : t.frequency) as PayoutCase['treatments'][number]['frequency'];
    if (item && prescription) {
      sources[`treatments[${i}].dose`] = sourceOf(prescription);
      sources[`treatments[${i}].frequency`] = sourceOf(prescription);
    }
    return {
      id: t.id, drug: t.drug,
      dose: doseValue != null && doseUnit != null ? { value: doseValue, unit: doseUnit } : null,
      frequency: frequency ?? null, cycle: t.cycle, startDate: t.startDate,
    };
  });

  // Expense lines are the claim's billing summary; the expense list is where they were read from. A
  // reviewed expense list restates the amount of each drug line as the sum of that drug's rows.
  const listFields = detail.fields.filter((f) => f.key === 'items' && typeOfDocument(detail, f.documentId) === 'expense_list');
  // A list runs over pages (one items field a page); it restates amounts once every page is reviewed.
  const listReviewed = listFields.length > 0 && listFields.every(isReviewed);
  const listed = listReviewed ? listFields.flatMap((f) => (Array.isArray(f.value) ? (f.value as ExpenseItem[]) : [])) : [];
  const listSource = listFields[0];
  const expenses = detail.expenses.filter((e) => e.included).map((e, i) => {
    const rows = e.drug ? listed.filter((it) => typeof it.drug === 'string' && it.drug.toLowerCase() === e.drug!.toLowerCase()) : [];
    const amountFen = rows.length ? sumFen(rows.map((it) => (Number.isSafeInteger(it.amountFen) ? (it.amountFen as number) : 0))) : e.amountFen;
    if (listSource) sources[`claim.expenses[${i}].amountFen`] = sourceOf(listSource);
    return {
      id: e.id, kind: e.kind, drug: e.drug, setting: e.setting, catalogue: e.catalogue, amountFen,
      socialInsurancePaidFen: e.socialInsurancePaidFen, otherPaidFen: e.otherPaidFen, treatmentId: e.treatmentId,
    };
  });

  return {
    sources,
    case: {
      caseId: detail.claim.claimNumber,
      patient: detail.facts.patient,
      diagnosis: diagnosis as PayoutCase['diagnosis'],
      biomarkers: biomarkers as Biomarker[],
      priorLines: detail.facts.priorLines,
      priorAdjuvant: detail.facts.priorAdjuvant,
      treatments,
      claim: {
        product: detail.claim.product,
        preExisting: detail.claim.preExisting,
        socialInsuranceSettled: detail.claim.socialInsuranceSettled,
        yearToDate: options.yearToDate ?? { deductibleUsedFen: {}, paidFen: {} },
        expenses,
      },
    },
  };
}
