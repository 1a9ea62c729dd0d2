import { randomUUID } from 'node:crypto';
import type { DocumentType, ReadField } from '../../../shared/domain/document';
import { ContractError } from '../../../shared/contract/errors';
import type { WriteTx } from '../write';

// Documents imported at the workstation: attached first (the file is never lost, whatever reading it
// does), then given the fields read from it. Re-reading replaces only the fields nobody has reviewed.

export function writeAttachment(tx: WriteTx, d: { claimId: string; sha256: string; fileName: string; sizeBytes: number }): string {
  const seq = tx.row<{ seq: number }>('SELECT COALESCE(MAX(seq) + 1, 0) AS seq FROM documents WHERE claim_id = ?', d.claimId)?.seq ?? 0;
  const id = randomUUID();
  tx.run(`INSERT INTO documents (id, claim_id, seq, sha256, document_type, file_name, pages, size_bytes, imported_at) VALUES (?, ?, ?, ?, 'other', ?, 0, ?, ?)`,
    id, d.claimId, seq, d.sha256, d.fileName, d.sizeBytes, tx.now);
  tx.audit({ claimId: d.claimId, entity: 'document', entityId: id, action: 'attach', after: { fileName: d.fileName, sha256: d.sha256, sizeBytes: d.sizeBytes } });
  return id;
}

export function saveExtraction(tx: WriteTx, documentId: string, r: { documentType: DocumentType; pages: number; fields: readonly ReadField[] }): number {
  const doc = tx.row<{ claim_id: string; document_type: string }>('SELECT claim_id, document_type FROM documents WHERE id = ?', documentId);
  if (!doc) throw new ContractError('NOT_FOUND', `document ${documentId} does not exist`);
  tx.run(`DELETE FROM fields WHERE document_id = ? AND status = 'extracted'`, documentId);
  const kept = new Set(tx.rows<{ key: string; page: number }>('SELECT key, page FROM fields WHERE document_id = ?', documentId)
    .map((f) => `${f.key}@${f.page}`));
  const base = tx.row<{ seq: number }>('SELECT COALESCE(MAX(seq) + 1, 0) AS seq FROM fields WHERE document_id = ?', documentId)?.seq ?? 0;
  let written = 0;
  for (const f of r.fields) {
    if (kept.has(`${f.key}@${f.page}`)) continue; // a person's confirmation or correction outranks a new read
    tx.run(`INSERT INTO fields (id, claim_id, document_id, seq, key, value, text, confidence, status, page, bbox, source, updated_at, updated_by)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'extracted', ?, ?, ?, ?, NULL)`,
      randomUUID(), doc.claim_id, documentId, base + written, f.key, JSON.stringify(f.value ?? null), f.text, f.confidence, f.page,
      JSON.stringify(f.bbox), f.source, tx.now);
    written++;
  }
  tx.run('UPDATE documents SET document_type = ?, pages = ? WHERE id = ?', r.documentType, r.pages, documentId);
  tx.audit({ claimId: doc.claim_id, entity: 'document', entityId: documentId, action: 'extract',
    before: { documentType: doc.document_type }, after: { documentType: r.documentType, pages: r.pages, fields: written } });
  return written;
}
