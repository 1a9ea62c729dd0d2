import type { DocumentType } from '../domain/document';
import type { ClaimDetail } from '../domain/workspace';

// The document types a claim needs (docs/document-types.md, "Documents a claim needs"): an invoice always;
// the expense list and the discharge summary of a stay; a prescription for drugs bought outside a
// stay; and the report that documents a biomarker the pathway check found missing.

const REPORT_OF_MARKER: Record<string, DocumentType> = {
  EGFR: 'genetic_report', ALK: 'genetic_report', ROS1: 'genetic_report', RAS: 'genetic_report', BRAF: 'genetic_report', MSI: 'genetic_report',
  HER2: 'pathology_report', 'PD-L1': 'pathology_report', MMR: 'pathology_report',
};

const MISSING_MARKER = /^BIOMARKER_NOT_DOCUMENTED:(.+)$/;

export interface NeededDocument {
  documentType: DocumentType;
  /** The biomarker that makes a report necessary, when that is the reason. */
  marker: string | null;
}

export function requiredDocuments(detail: Pick<ClaimDetail, 'expenses'>, pathwayReasons: readonly (readonly string[])[]): NeededDocument[] {
  const needed = new Map<DocumentType, string | null>([['medical_invoice', null]]);
  // A line taken out of the payout needs no document.
  const lines = detail.expenses.filter((e) => e.included);
  if (lines.some((e) => e.setting === 'inpatient')) {
    needed.set('expense_list', null);
    needed.set('discharge_summary', null);
  }
  if (lines.some((e) => e.kind === 'drug' && e.setting !== 'inpatient')) needed.set('prescription', null);
  for (const reason of pathwayReasons.flat()) {
    const marker = MISSING_MARKER.exec(reason)?.[1];
    const type = marker ? REPORT_OF_MARKER[marker] : undefined;
    if (marker && type && !needed.has(type)) needed.set(type, marker);
  }
  return [...needed].map(([documentType, marker]) => ({ documentType, marker }));
}
