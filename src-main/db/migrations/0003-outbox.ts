// The sync outbox (docs/workflow.md): every local change that must reach the centre is written with its
// outbox row in the same transaction, so a crash can lose neither or both. The id is the mutation's
// idempotency key. sync_state keeps the pull cursor of the last committed page.
export const name = '0003-outbox';
export const sql = `
CREATE TABLE outbox (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,            -- UUID, the mutation's idempotency key
  kind TEXT NOT NULL,                 -- field.correct, pathway.override, decision.submit, ...
  claim_id TEXT NOT NULL,
  base_version INTEGER NOT NULL,
  payload TEXT NOT NULL,              -- JSON
  created_at TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'pending', -- pending | applied | duplicate | conflict | rejected
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT
);
CREATE INDEX outbox_pending ON outbox(state, seq);

ALTER TABLE claims ADD COLUMN diverged INTEGER NOT NULL DEFAULT 0;

CREATE TABLE sync_state (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
`;
