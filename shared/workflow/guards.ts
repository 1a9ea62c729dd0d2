import { warningKey, type CrossCheckWarning } from '../claim-case/cross-checks';
import type { Guard } from '../domain/decision';
import type { Verdict } from '../domain/vocabulary';
import type { ClaimDetail } from '../domain/workspace';
import type { NeededDocument } from './required-documents';

// What must hold before a claim is approved or paid in part (docs/workflow.md, "Decisions on the
// workstation"). The decision tab lists these as blocking items and the service refuses the decision
// while any stands, with the same function, so the screen and the rule cannot drift.

export interface GuardInput {
  detail: Pick<ClaimDetail, 'fields' | 'documents'>;
  warnings: readonly CrossCheckWarning[];
  acknowledged: ReadonlySet<string>;
  /** The engine's verdict per treatment, before any override. */
  engineVerdicts: ReadonlyMap<string, Verdict>;
  overridden: ReadonlySet<string>;
  /** The lines the payout pays, each with the treatment its pathway verdict belongs to (null: none). */
  paidLines: readonly { expenseId: string; treatmentId: string | null }[];
  drugOf: ReadonlyMap<string, string>;
  needed: readonly NeededDocument[];
}

const guard = (code: Guard['code'], parts: Partial<Omit<Guard, 'code'>>): Guard => ({
  code, fieldIds: [], warningKey: null, warningCode: null, expenseId: null, treatmentId: null, drug: null, documentType: null, marker: null, ...parts,
});

export function decisionGuards(input: GuardInput): Guard[] {
  const guards: Guard[] = [];
  const unconfirmed = input.detail.fields.filter((f) => f.status === 'extracted').map((f) => f.id);
  if (unconfirmed.length) guards.push(guard('FIELDS_UNCONFIRMED', { fieldIds: unconfirmed }));
  for (const w of input.warnings) {
    const key = warningKey(w);
    if (!input.acknowledged.has(key)) guards.push(guard('WARNING_UNACKNOWLEDGED', { fieldIds: w.fieldIds, warningKey: key, warningCode: w.code }));
  }
  // A benefit with the pathway gate never pays an off-pathway line; one without it would, so the line
  // waits for a medical reviewer's word.
  for (const { expenseId, treatmentId } of input.paidLines) {
    if (!treatmentId || input.overridden.has(treatmentId) || input.engineVerdicts.get(treatmentId) !== 'off_pathway') continue;
    guards.push(guard('OFF_PATHWAY_PAID', { expenseId, treatmentId, drug: input.drugOf.get(treatmentId) ?? null }));
  }
  const present = new Set(input.detail.documents.map((d) => d.documentType));
  for (const need of input.needed) {
    if (!present.has(need.documentType)) guards.push(guard('DOCUMENT_TYPE_MISSING', { documentType: need.documentType, marker: need.marker }));
  }
  return guards;
}
