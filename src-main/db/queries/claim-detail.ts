import { ContractError } from '../../../shared/contract/errors';
import type { ClaimDetail, ClaimHeader, DocumentMeta, ExpenseRow, Field, NoticeMeta, TreatmentRow } from '../../../shared/domain/workspace';
import { acknowledgedWarnings } from './acknowledgements';
import type { ReadDb } from '../handles';
import { maskIdNumber } from './mask';

// Everything the claim workspace shows for one claim, read in a handful of indexed queries.

interface ClaimRow {
  id: string; claim_number: string; status: ClaimHeader['status']; priority: ClaimHeader['priority']; claimant_name: string;
  claimant_id_number: string; product_code: string; policy_number: string; start_date: string; end_date: string;
  diagnosis_text: string; cancer_type: string; claimed_fen: number; received_at: string; sla_due: string;
  assignee_id: string | null; assignee_name: string | null; version: number; pre_existing: number; social_insurance_settled: number;
}

export function claimHeader(db: ReadDb, claimId: string): ClaimHeader {
  const r = db.row<ClaimRow>(`SELECT c.*, p.policy_number, p.start_date, p.end_date, u.name AS assignee_name
    FROM claims c JOIN policies p ON p.id = c.policy_id LEFT JOIN users u ON u.id = c.assignee_id WHERE c.id = ?`, claimId);
  if (!r) throw new ContractError('NOT_FOUND', `claim ${claimId} does not exist`);
  return {
    id: r.id, claimNumber: r.claim_number, status: r.status, priority: r.priority, claimantName: r.claimant_name,
    claimantIdMasked: maskIdNumber(r.claimant_id_number), product: r.product_code, policyNumber: r.policy_number,
    policyStart: r.start_date, policyEnd: r.end_date, diagnosisText: r.diagnosis_text, cancerType: r.cancer_type,
    claimedFen: r.claimed_fen, receivedAt: r.received_at, slaDue: r.sla_due, assigneeId: r.assignee_id,
    assigneeName: r.assignee_name, version: r.version, preExisting: r.pre_existing === 1,
    socialInsuranceSettled: r.social_insurance_settled === 1,
  };
}

interface FieldDbRow {
  id: string; document_id: string; key: string; value: string; text: string; confidence: number; status: Field['status'];
  page: number; bbox: string; source: Field['source']; updated_at: string; updated_by: string | null;
}

const toField = (r: FieldDbRow): Field => ({
  id: r.id, documentId: r.document_id, key: r.key, value: JSON.parse(r.value) as unknown, text: r.text, confidence: r.confidence,
  status: r.status, page: r.page, bbox: JSON.parse(r.bbox) as Field['bbox'], source: r.source, updatedAt: r.updated_at,
  updatedBy: r.updated_by,
});

export function fieldById(db: ReadDb, fieldId: string): Field {
  const r = db.row<FieldDbRow>('SELECT * FROM fields WHERE id = ?', fieldId);
  if (!r) throw new ContractError('NOT_FOUND', `field ${fieldId} does not exist`);
  return toField(r);
}

export function documentById(db: ReadDb, documentId: string): { sha256: string; claimId: string; fileName: string } {
  const r = db.row<{ sha256: string; claim_id: string; file_name: string }>('SELECT sha256, claim_id, file_name FROM documents WHERE id = ?', documentId);
  if (!r) throw new ContractError('NOT_FOUND', `document ${documentId} does not exist`);
  return { sha256: r.sha256, claimId: r.claim_id, fileName: r.file_name };
}

interface FactsRow { patient: string | null; diagnosis: string | null; biomarkers: string; prior_lines: string; prior_adjuvant: string }

export function claimDetail(db: ReadDb, claimId: string): ClaimDetail {
  const claim = claimHeader(db, claimId);
  const documents = (db.rows<{
    id: string; sha256: string; document_type: DocumentMeta['documentType']; file_name: string; pages: number; size_bytes: number; imported_at: string;
  }>('SELECT * FROM documents WHERE claim_id = ? ORDER BY seq', claimId)).map((d) => ({ id: d.id, sha256: d.sha256, documentType: d.document_type, fileName: d.file_name, pages: d.pages, sizeBytes: d.size_bytes, importedAt: d.imported_at }));
  const fields = (db.rows<FieldDbRow>('SELECT * FROM fields WHERE claim_id = ? ORDER BY document_id, seq', claimId)).map(toField);
  const treatments = (db.rows<{
    id: string; drug: string; dose_value: number | null; dose_unit: TreatmentRow['doseUnit']; frequency: TreatmentRow['frequency'];
    cycle: number | null; start_date: string | null;
  }>('SELECT * FROM treatments WHERE claim_id = ? ORDER BY seq', claimId)).map((t) => ({ id: t.id, drug: t.drug, doseValue: t.dose_value, doseUnit: t.dose_unit, frequency: t.frequency, cycle: t.cycle, startDate: t.start_date }));
  const expenses = (db.rows<{
    id: string; name: string; kind: ExpenseRow['kind']; drug: string | null; setting: ExpenseRow['setting']; catalogue: ExpenseRow['catalogue'];
    amount_fen: number; social_insurance_paid_fen: number; other_paid_fen: number; treatment_id: string | null; included: number;
  }>('SELECT * FROM expense_lines WHERE claim_id = ? ORDER BY seq', claimId)).map((e) => ({
    id: e.id, name: e.name, kind: e.kind, drug: e.drug, setting: e.setting, catalogue: e.catalogue, amountFen: e.amount_fen,
    socialInsurancePaidFen: e.social_insurance_paid_fen, otherPaidFen: e.other_paid_fen, treatmentId: e.treatment_id, included: e.included === 1,
  }));
  const f = db.row<FactsRow>('SELECT * FROM clinical_facts WHERE claim_id = ?', claimId);
  const notices = db.rows<{ decision_id: string; language: NoticeMeta['language']; file_name: string; sha256: string; created_at: string }>(
    `SELECT n.* FROM notices n JOIN decisions d ON d.id = n.decision_id WHERE d.claim_id = ? ORDER BY n.created_at, n.language`, claimId)
    .map((n) => ({ decisionId: n.decision_id, language: n.language, fileName: n.file_name, sha256: n.sha256, createdAt: n.created_at }));
  const parse = <T>(text: string | null | undefined, fallback: T): T => (text ? (JSON.parse(text) as T) : fallback);
  return {
    claim, documents, fields, treatments, expenses, notices, acknowledged: [...acknowledgedWarnings(db, claimId)],
    facts: {
      patient: parse(f?.patient, null), diagnosis: parse(f?.diagnosis, null), biomarkers: parse(f?.biomarkers, []),
      priorLines: parse(f?.prior_lines, []), priorAdjuvant: parse(f?.prior_adjuvant, []),
    },
  };
}

export function fieldClaimId(db: ReadDb, fieldId: string): string {
  const r = db.row<{ claim_id: string }>('SELECT claim_id FROM fields WHERE id = ?', fieldId);
  if (!r) throw new ContractError('NOT_FOUND', `field ${fieldId} does not exist`);
  return r.claim_id;
}
