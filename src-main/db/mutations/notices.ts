import type { WriteTx } from '../write';

export interface NoticeRecord {
  decisionId: string;
  language: string;
  sha256: string;
  fileName: string;
  sizeBytes: number;
  auditHead: string;
}

/** A decision notice kept beside its claim: the file is in the document store, this row finds it. */
export function writeNotice(tx: WriteTx, claimId: string, n: NoticeRecord): void {
  tx.run(`INSERT INTO notices (decision_id, language, sha256, file_name, size_bytes, audit_head, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    n.decisionId, n.language, n.sha256, n.fileName, n.sizeBytes, n.auditHead, tx.now);
  tx.audit({ claimId, entity: 'notice', entityId: n.decisionId, action: 'create', after: { language: n.language, sha256: n.sha256, auditHead: n.auditHead } });
}
