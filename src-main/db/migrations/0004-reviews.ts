// Medical review and payout review: a reviewer's override of a drug line's pathway verdict (the engine's
// verdict stays beside it), and every pathway check with the edition it ran on, so a re-check on a newer
// edition can show what changed.
export const name = '0004-reviews';
export const sql = `
CREATE TABLE pathway_overrides (
  claim_id TEXT NOT NULL REFERENCES claims(id),
  treatment_id TEXT NOT NULL,
  verdict TEXT NOT NULL,
  engine_verdict TEXT NOT NULL,
  edition TEXT NOT NULL,
  justification TEXT NOT NULL,
  user_id TEXT NOT NULL,
  at TEXT NOT NULL,
  PRIMARY KEY (claim_id, treatment_id)
);

CREATE TABLE pathway_checks (
  claim_id TEXT NOT NULL REFERENCES claims(id),
  edition TEXT NOT NULL,
  checked_at TEXT NOT NULL,
  lines TEXT NOT NULL,                -- JSON: [{id, drug, verdict, recommendationId, level, evidence, reasons}]
  PRIMARY KEY (claim_id, edition)
);
`;
