// The first schema: claims and everything the worklist and the workspace read, and the append-only
// audit log. Money is INTEGER fen; times are ISO-8601 UTC text.
export const name = '0001-init';
export const sql = `
CREATE TABLE users (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  roles TEXT NOT NULL,                -- JSON array of roles
  authority_limit_fen INTEGER NOT NULL
);

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL                 -- JSON
);

CREATE TABLE policies (
  id TEXT PRIMARY KEY,
  policy_number TEXT NOT NULL UNIQUE,
  product_code TEXT NOT NULL,
  holder_name TEXT NOT NULL,
  holder_id_number TEXT NOT NULL,
  start_date TEXT NOT NULL,
  end_date TEXT NOT NULL
);

CREATE TABLE claims (
  id TEXT PRIMARY KEY,
  claim_number TEXT NOT NULL UNIQUE,
  policy_id TEXT NOT NULL REFERENCES policies(id),
  status TEXT NOT NULL,
  priority TEXT NOT NULL,
  priority_rank INTEGER NOT NULL,     -- urgent 0 .. low 3, for sorting
  claimant_name TEXT NOT NULL,
  claimant_id_number TEXT NOT NULL,
  claimant_sex TEXT NOT NULL,
  claimant_birth_date TEXT NOT NULL,
  product_code TEXT NOT NULL,
  diagnosis_text TEXT NOT NULL,
  cancer_type TEXT NOT NULL,
  claimed_fen INTEGER NOT NULL CHECK (claimed_fen >= 0),
  pre_existing INTEGER NOT NULL DEFAULT 0,
  social_insurance_settled INTEGER NOT NULL DEFAULT 0,
  received_at TEXT NOT NULL,
  sla_due TEXT NOT NULL,
  assignee_id TEXT REFERENCES users(id),
  version INTEGER NOT NULL DEFAULT 1, -- the centre's version this row is based on
  updated_at TEXT NOT NULL
);
CREATE INDEX claims_status ON claims(status, sla_due);
CREATE INDEX claims_sla ON claims(sla_due);
CREATE INDEX claims_claimed ON claims(claimed_fen);
CREATE INDEX claims_priority ON claims(priority_rank, sla_due);
CREATE INDEX claims_received ON claims(received_at);
CREATE INDEX claims_assignee ON claims(assignee_id, sla_due);
CREATE INDEX claims_claimant ON claims(claimant_name);
CREATE INDEX claims_product ON claims(product_code);
CREATE INDEX claims_policy ON claims(policy_id);

CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  claim_id TEXT NOT NULL REFERENCES claims(id),
  seq INTEGER NOT NULL,
  sha256 TEXT NOT NULL,               -- the file in the content-addressed store
  document_type TEXT NOT NULL,
  file_name TEXT NOT NULL,
  pages INTEGER NOT NULL,
  size_bytes INTEGER NOT NULL,
  imported_at TEXT NOT NULL
);
CREATE INDEX documents_claim ON documents(claim_id, seq);

CREATE TABLE fields (
  id TEXT PRIMARY KEY,
  claim_id TEXT NOT NULL REFERENCES claims(id),
  document_id TEXT NOT NULL REFERENCES documents(id),
  seq INTEGER NOT NULL,
  key TEXT NOT NULL,
  value TEXT NOT NULL,                -- JSON, normalised as docs/document-types.md says
  text TEXT NOT NULL,                 -- the printed text it was read from
  confidence REAL NOT NULL,
  status TEXT NOT NULL,               -- extracted | confirmed | corrected
  page INTEGER NOT NULL,
  bbox TEXT NOT NULL,                 -- JSON [x0,y0,x1,y1], PDF points, top-left origin
  source TEXT NOT NULL,               -- text | ocr | manual
  updated_at TEXT NOT NULL,
  updated_by TEXT
);
CREATE INDEX fields_claim ON fields(claim_id, document_id, seq);
CREATE INDEX fields_invoice_number ON fields(key, text) WHERE key = 'invoiceNumber';

CREATE TABLE treatments (
  id TEXT NOT NULL,
  claim_id TEXT NOT NULL REFERENCES claims(id),
  seq INTEGER NOT NULL,
  drug TEXT NOT NULL,
  dose_value REAL,
  dose_unit TEXT,
  frequency TEXT,
  cycle INTEGER,
  start_date TEXT,
  PRIMARY KEY (claim_id, id)
);

CREATE TABLE expense_lines (
  id TEXT NOT NULL,
  claim_id TEXT NOT NULL REFERENCES claims(id),
  seq INTEGER NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  drug TEXT,
  setting TEXT NOT NULL,
  catalogue TEXT NOT NULL,
  amount_fen INTEGER NOT NULL CHECK (amount_fen >= 0),
  social_insurance_paid_fen INTEGER NOT NULL DEFAULT 0,
  other_paid_fen INTEGER NOT NULL DEFAULT 0,
  treatment_id TEXT,
  included INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (claim_id, id)
);

CREATE TABLE clinical_facts (
  claim_id TEXT PRIMARY KEY REFERENCES claims(id),
  patient TEXT,                       -- JSON, the case format's patient
  diagnosis TEXT,                     -- JSON
  biomarkers TEXT NOT NULL,           -- JSON array
  prior_lines TEXT NOT NULL,          -- JSON array
  prior_adjuvant TEXT NOT NULL        -- JSON array
);

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  user_id TEXT NOT NULL,
  claim_id TEXT,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  action TEXT NOT NULL,
  before TEXT,                        -- JSON
  after TEXT,                         -- JSON
  reason TEXT
);
CREATE INDEX audit_claim ON audit_log(claim_id, id);

-- The audit log is append-only: the database itself refuses to change or remove an entry.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
`;
