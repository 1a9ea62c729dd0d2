import type { ReadDb } from '../handles';

/** The warnings of a claim someone acknowledged, by their key. */
export function acknowledgedWarnings(db: ReadDb, claimId: string): Set<string> {
  return new Set(db.rows<{ warning_key: string }>('SELECT warning_key FROM warning_acks WHERE claim_id = ?', claimId).map((r) => r.warning_key));
}
