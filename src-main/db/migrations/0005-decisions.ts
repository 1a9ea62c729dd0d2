// Deciding claims (docs/workflow.md): each decision as it was submitted, approved or returned, with
// the engine's payout it was made on and what it used of the policy year's deductibles and limits
// (the accumulators of later claims are sums of these, never re-calculations); the claim's current
// decision; the adjuster's acknowledgement of a cross-document warning; the notices printed; and the
// outbox by claim, which every queued mutation reads to count its claim's waiting mutations (baseVersion).
export const name = '0005-decisions';
export const sql = `
CREATE TABLE decisions (
  id TEXT PRIMARY KEY,                -- the id of the decision.submit mutation
  claim_id TEXT NOT NULL REFERENCES claims(id),
  outcome TEXT NOT NULL,              -- approve | partial | deny | pend
  payable_fen INTEGER NOT NULL CHECK (payable_fen >= 0),
  engine_fen INTEGER NOT NULL CHECK (engine_fen >= 0),
  reasons TEXT NOT NULL,              -- JSON array of reason codes
  note TEXT NOT NULL,
  requested_documents TEXT NOT NULL,  -- JSON array of document types (pend)
  edition_pathway TEXT NOT NULL,
  edition_payout TEXT NOT NULL,
  inputs_hash TEXT NOT NULL,
  payout TEXT NOT NULL,               -- JSON: the payout engine's result the decision was made on
  usage TEXT NOT NULL,                -- JSON: {deductibleUsedFen, paidFen} by benefit, what this decision takes of the year
  state TEXT NOT NULL,                -- pending_info | awaiting_approval | decided | returned
  maker_id TEXT NOT NULL,
  made_at TEXT NOT NULL,
  approved_by TEXT,
  approved_at TEXT,
  approval_note TEXT,
  returned_by TEXT,
  returned_at TEXT,
  return_note TEXT
);
CREATE INDEX decisions_claim ON decisions(claim_id, made_at);

ALTER TABLE claims ADD COLUMN decision_id TEXT REFERENCES decisions(id);

CREATE INDEX outbox_claim ON outbox(claim_id, state);

CREATE TABLE warning_acks (
  claim_id TEXT NOT NULL REFERENCES claims(id),
  warning_key TEXT NOT NULL,          -- the warning's code and the fields it names: it is acknowledged as it was shown
  note TEXT NOT NULL,
  user_id TEXT NOT NULL,
  at TEXT NOT NULL,
  PRIMARY KEY (claim_id, warning_key)
);

CREATE TABLE notices (
  decision_id TEXT NOT NULL REFERENCES decisions(id),
  language TEXT NOT NULL,
  sha256 TEXT NOT NULL,               -- the PDF in the document store
  file_name TEXT NOT NULL,
  size_bytes INTEGER NOT NULL,
  audit_head TEXT NOT NULL,           -- the audit log's head hash printed on it
  created_at TEXT NOT NULL,
  PRIMARY KEY (decision_id, language)
);
`;
