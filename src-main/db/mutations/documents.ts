import { randomUUID } from 'node:crypto';
import type { DocumentType, ReadField } from '../../../shared/domain/document';
import { ContractError } from '../../../shared/contract/errors';
import type { Db } from '../connection';
import { prepared } from '../statements';
import { transact } from '../write';

// Documents imported at the workstation: attached first (the file is never lost, whatever reading it
// does), then given the fields read from it. Re-reading replaces only the fields nobody has reviewed.

export function attachDocument(db: Db, userId: string, d: { claimId: string; sha256: string; fileName: string; sizeBytes: number }): string {
  return transact(db, userId, (tx) => {
    const claim = prepared(db, 'SELECT COALESCE(MAX(seq) + 1, 0) AS seq, (SELECT COUNT(*) FROM claims WHERE id = ?) AS found FROM documents WHERE claim_id = ?')
      .get(d.claimId, d.claimId) as { seq: number; found: number };
    if (!claim.found) throw new ContractError('NOT_FOUND', `claim ${d.claimId} does not exist`);
    const id = randomUUID();
    tx.run(`INSERT INTO documents (id, claim_id, seq, sha256, document_type, file_name, pages, size_bytes, imported_at) VALUES (?, ?, ?, ?, 'other', ?, 0, ?, ?)`,
      id, d.claimId, claim.seq, d.sha256, d.fileName, d.sizeBytes, tx.now);
    tx.audit({ claimId: d.claimId, entity: 'document', entityId: id, action: 'attach', after: { fileName: d.fileName, sha256: d.sha256, sizeBytes: d.sizeBytes } });
    tx.enqueue({ kind: 'document.attach', claimId: d.claimId, payload: { documentId: d.sha256, documentType: 'other', fileName: d.fileName } });
    return id;
  });
}

export function saveExtraction(db: Db, userId: string, documentId: string, r: { documentType: DocumentType; pages: number; fields: readonly ReadField[] }): number {
  return transact(db, userId, (tx) => {
    const doc = prepared(db, 'SELECT claim_id, document_type FROM documents WHERE id = ?').get(documentId) as { claim_id: string; document_type: string } | undefined;
    if (!doc) throw new ContractError('NOT_FOUND', `document ${documentId} does not exist`);
    tx.run(`DELETE FROM fields WHERE document_id = ? AND status = 'extracted'`, documentId);
    const kept = new Set((prepared(db, 'SELECT key, page FROM fields WHERE document_id = ?').all(documentId) as { key: string; page: number }[])
      .map((f) => `${f.key}@${f.page}`));
    const base = (prepared(db, 'SELECT COALESCE(MAX(seq) + 1, 0) AS seq FROM fields WHERE document_id = ?').get(documentId) as { seq: number }).seq;
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
  });
}
