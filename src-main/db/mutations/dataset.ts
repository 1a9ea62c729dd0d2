import type { User } from '../../../shared/domain/claim';
import { PRIORITIES } from '../../../shared/domain/claim';
import type { DatasetClaim } from '../../../shared/domain/dataset';
import type { WriteTx } from '../write';

// Bulk loading of claims (the demo set, a scale run, later the centre's first pull), through the one
// write path. Ids are derived from the claim number so a reload of the same data is recognisable.

export const documentIdOf = (claimNumber: string, index: number): string => `${claimNumber}-D${index + 1}`;
export const fieldIdOf = (documentId: string, index: number): string => `${documentId}-F${index + 1}`;

const SQL = {
  user: 'INSERT OR REPLACE INTO users (id, name, roles, authority_limit_fen) VALUES (?, ?, ?, ?)',
  policy: `INSERT OR IGNORE INTO policies (id, policy_number, product_code, holder_name, holder_id_number, start_date, end_date)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
  claim: `INSERT INTO claims (id, claim_number, policy_id, status, priority, priority_rank, claimant_name, claimant_id_number,
            claimant_sex, claimant_birth_date, product_code, diagnosis_text, cancer_type, claimed_fen, pre_existing,
            social_insurance_settled, received_at, sla_due, assignee_id, updated_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  document: `INSERT INTO documents (id, claim_id, seq, sha256, document_type, file_name, pages, size_bytes, imported_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  field: `INSERT INTO fields (id, claim_id, document_id, seq, key, value, text, confidence, status, page, bbox, source, updated_at, updated_by)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'extracted', ?, ?, ?, ?, NULL)`,
  treatment: `INSERT INTO treatments (id, claim_id, seq, drug, dose_value, dose_unit, frequency, cycle, start_date)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  expense: `INSERT INTO expense_lines (id, claim_id, seq, name, kind, drug, setting, catalogue, amount_fen,
              social_insurance_paid_fen, other_paid_fen, treatment_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  facts: `INSERT INTO clinical_facts (claim_id, patient, diagnosis, biomarkers, prior_lines, prior_adjuvant) VALUES (?, ?, ?, ?, ?, ?)`,
};

export function insertUsers(tx: WriteTx, users: readonly User[]): void {
  for (const u of users) tx.run(SQL.user, u.id, u.name, JSON.stringify(u.roles), u.authorityLimitFen);
}

/** Inserts one claim with its policy, documents, fields, treatments, expense lines and facts. */
export function insertClaim(tx: WriteTx, c: DatasetClaim, sizeOf: (sha256: string) => number): void {
  const id = c.claimNumber;
  const k = c.case;
  tx.run(SQL.policy, c.policy.policyNumber, c.policy.policyNumber, c.policy.product, c.claimant.name, c.claimant.idNumber,
    c.policy.startDate, c.policy.endDate);
  tx.run(SQL.claim, id, c.claimNumber, c.policy.policyNumber, c.status, c.priority, PRIORITIES.indexOf(c.priority),
    c.claimant.name, c.claimant.idNumber, c.claimant.sex, c.claimant.birthDate, c.policy.product, c.diagnosisText,
    c.cancerType, c.claimedFen, k.claim.preExisting ? 1 : 0, k.claim.socialInsuranceSettled ? 1 : 0, c.receivedAt, c.slaDue,
    c.assigneeId, tx.now);
  c.documents.forEach((d, i) => {
    const documentId = documentIdOf(id, i);
    tx.run(SQL.document, documentId, id, i, d.sha256, d.documentType, d.fileName, d.pages, sizeOf(d.sha256), c.receivedAt);
    d.fields.forEach((f, j) => {
      tx.run(SQL.field, fieldIdOf(documentId, j), id, documentId, j, f.key, JSON.stringify(f.value ?? null), f.text,
        f.confidence, f.page, JSON.stringify(f.bbox), f.source, c.receivedAt);
    });
  });
  k.treatments.forEach((t, i) => {
    tx.run(SQL.treatment, t.id, id, i, t.drug, t.dose?.value ?? null, t.dose?.unit ?? null, t.frequency ?? null, t.cycle ?? null,
      t.startDate ?? null);
  });
  k.claim.expenses.forEach((e, i) => {
    tx.run(SQL.expense, e.id, id, i, c.expenseNames[e.id] ?? e.drug ?? e.id, e.kind, e.drug ?? null, e.setting, e.catalogue,
      e.amountFen, e.socialInsurancePaidFen ?? 0, e.otherPaidFen ?? 0, e.treatmentId ?? null);
  });
  tx.run(SQL.facts, id, JSON.stringify(k.patient ?? null), JSON.stringify(k.diagnosis ?? null), JSON.stringify(k.biomarkers ?? []),
    JSON.stringify(k.priorLines ?? []), JSON.stringify(k.priorAdjuvant ?? []));
}

export interface LoadSummary { claims: number; users: number }

/** Loads users and claims in one transaction, with one audit entry for the whole load. */
export function loadDataset(tx: WriteTx, source: string, users: readonly User[], claims: Iterable<DatasetClaim>,
  sizeOf: (sha256: string) => number): LoadSummary {
  insertUsers(tx, users);
  let count = 0;
  for (const c of claims) {
    insertClaim(tx, c, sizeOf);
    count++;
  }
  tx.audit({ claimId: null, entity: 'dataset', entityId: source, action: 'load', after: { claims: count, users: users.length } });
  return { claims: count, users: users.length };
}

/** What claims own, children first; a claim and its current decision point at each other. */
const CLAIM_TABLES = ['notices', 'warning_acks', 'fields', 'documents', 'treatments', 'expense_lines', 'clinical_facts', 'outbox',
  'pathway_overrides', 'pathway_checks'];

/** Empties the claim tables (for `--demo`), keeping the audit log, which is append-only by design. */
export function clearClaims(tx: WriteTx, reason: string): void {
  for (const table of CLAIM_TABLES) tx.run(`DELETE FROM ${table}`);
  tx.run('UPDATE claims SET decision_id = NULL');
  for (const table of ['decisions', 'claims', 'policies']) tx.run(`DELETE FROM ${table}`);
  tx.audit({ claimId: null, entity: 'dataset', entityId: 'cache', action: 'reset', reason });
}
