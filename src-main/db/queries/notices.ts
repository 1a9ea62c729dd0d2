import type { ReadDb } from '../handles';

export function noticeOf(db: ReadDb, decisionId: string, language: string): { sha256: string; fileName: string } | undefined {
  const r = db.row<{ sha256: string; file_name: string }>('SELECT sha256, file_name FROM notices WHERE decision_id = ? AND language = ?', decisionId, language);
  return r && { sha256: r.sha256, fileName: r.file_name };
}
