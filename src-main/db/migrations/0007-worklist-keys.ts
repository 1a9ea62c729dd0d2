// The worklist at 100,000 claims within a frame of smooth scrolling: a page and its counts in under 20 ms.
//
// Counts kept as claims change: claim_counts holds how many claims there are for each combination of
// the worklist's categorical dimensions (status, assignee, priority, product, cancer type), kept by
// triggers on claims, so every write path (the workflow, bulk loads, a reset, a future sync) keeps it
// right without knowing it exists. A total over a filter of those dimensions is a SUM over its rows
// (559 for the 100,000 claims of the bench) instead of a COUNT(*) over the claims. Rows that fall to 0
// stay (their number is bounded by the combinations ever seen). The triggers see INSERT, UPDATE (an upsert's too) and
// DELETE; the row an INSERT OR REPLACE deletes fires no DELETE trigger unless PRAGMA recursive_triggers
// is on (it is off by default), so writers change claims by UPDATE or upsert, not by REPLACE.
//
// Keyed paging: every sortable column has an index ending in claim_number, the order's tiebreak, so a
// page after a cursor is one index range, in either direction. The assignee's name lives in users;
// claims keep a copy as a sort key that never is NULL (assignee_sort: '' when unassigned, '@' and the
// name otherwise, so the unassigned sort first ascending and last descending, as NULL does), kept by
// triggers on claims and users.
export const name = '0007-worklist-keys';
export const sql = `
CREATE TABLE claim_counts (
  status TEXT NOT NULL,
  assigned INTEGER NOT NULL,          -- 0: no assignee (assignee_id is then '')
  assignee_id TEXT NOT NULL,
  priority TEXT NOT NULL,
  product_code TEXT NOT NULL,
  cancer_type TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (status, assigned, assignee_id, priority, product_code, cancer_type)
) WITHOUT ROWID;

INSERT INTO claim_counts (status, assigned, assignee_id, priority, product_code, cancer_type, n)
  SELECT status, assignee_id IS NOT NULL, ifnull(assignee_id, ''), priority, product_code, cancer_type, COUNT(*)
  FROM claims GROUP BY 1, 2, 3, 4, 5, 6;

CREATE TRIGGER claim_counts_insert AFTER INSERT ON claims
BEGIN
  INSERT INTO claim_counts (status, assigned, assignee_id, priority, product_code, cancer_type, n)
    VALUES (NEW.status, NEW.assignee_id IS NOT NULL, ifnull(NEW.assignee_id, ''), NEW.priority, NEW.product_code, NEW.cancer_type, 1)
    ON CONFLICT DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER claim_counts_delete AFTER DELETE ON claims
BEGIN
  UPDATE claim_counts SET n = n - 1
    WHERE status = OLD.status AND assigned = (OLD.assignee_id IS NOT NULL) AND assignee_id = ifnull(OLD.assignee_id, '')
      AND priority = OLD.priority AND product_code = OLD.product_code AND cancer_type = OLD.cancer_type;
END;

CREATE TRIGGER claim_counts_update AFTER UPDATE OF status, assignee_id, priority, product_code, cancer_type ON claims
WHEN OLD.status IS NOT NEW.status OR OLD.assignee_id IS NOT NEW.assignee_id OR OLD.priority IS NOT NEW.priority
  OR OLD.product_code IS NOT NEW.product_code OR OLD.cancer_type IS NOT NEW.cancer_type
BEGIN
  UPDATE claim_counts SET n = n - 1
    WHERE status = OLD.status AND assigned = (OLD.assignee_id IS NOT NULL) AND assignee_id = ifnull(OLD.assignee_id, '')
      AND priority = OLD.priority AND product_code = OLD.product_code AND cancer_type = OLD.cancer_type;
  INSERT INTO claim_counts (status, assigned, assignee_id, priority, product_code, cancer_type, n)
    VALUES (NEW.status, NEW.assignee_id IS NOT NULL, ifnull(NEW.assignee_id, ''), NEW.priority, NEW.product_code, NEW.cancer_type, 1)
    ON CONFLICT DO UPDATE SET n = n + 1;
END;

ALTER TABLE claims ADD COLUMN assignee_sort TEXT NOT NULL DEFAULT '';
UPDATE claims SET assignee_sort = '@' || ifnull((SELECT u.name FROM users u WHERE u.id = claims.assignee_id), '')
  WHERE assignee_id IS NOT NULL;

CREATE TRIGGER claims_assignee_sort_insert AFTER INSERT ON claims WHEN NEW.assignee_id IS NOT NULL
BEGIN
  UPDATE claims SET assignee_sort = '@' || ifnull((SELECT u.name FROM users u WHERE u.id = NEW.assignee_id), '') WHERE rowid = NEW.rowid;
END;

CREATE TRIGGER claims_assignee_sort_update AFTER UPDATE OF assignee_id ON claims WHEN OLD.assignee_id IS NOT NEW.assignee_id
BEGIN
  UPDATE claims SET assignee_sort = CASE WHEN NEW.assignee_id IS NULL THEN ''
      ELSE '@' || ifnull((SELECT u.name FROM users u WHERE u.id = NEW.assignee_id), '') END
    WHERE rowid = NEW.rowid;
END;

CREATE TRIGGER users_assignee_sort_insert AFTER INSERT ON users
BEGIN
  UPDATE claims SET assignee_sort = '@' || NEW.name WHERE assignee_id = NEW.id AND assignee_sort IS NOT '@' || NEW.name;
END;

CREATE TRIGGER users_assignee_sort_update AFTER UPDATE OF name ON users
BEGIN
  UPDATE claims SET assignee_sort = '@' || NEW.name WHERE assignee_id = NEW.id AND assignee_sort IS NOT '@' || NEW.name;
END;

-- An index per sortable column, (column, claim_number), carrying the counted dimensions: a page walks
-- one in order and filters on them without reading the claims it passes over. They take the place of
-- the single-column indexes of 0001; claims_status (status, sla_due), claims_assignee and claims_policy stay.
DROP INDEX claims_sla;
DROP INDEX claims_claimed;
DROP INDEX claims_priority;
DROP INDEX claims_received;
DROP INDEX claims_claimant;
DROP INDEX claims_product;
CREATE INDEX worklist_claim_number ON claims(claim_number, status, assignee_id, priority, product_code, cancer_type);
CREATE INDEX worklist_status ON claims(status, claim_number, assignee_id, priority, product_code, cancer_type);
CREATE INDEX worklist_claimant ON claims(claimant_name, claim_number, status, assignee_id, priority, product_code, cancer_type);
CREATE INDEX worklist_product ON claims(product_code, claim_number, status, assignee_id, priority, cancer_type);
CREATE INDEX worklist_diagnosis ON claims(diagnosis_text, claim_number, status, assignee_id, priority, product_code, cancer_type);
CREATE INDEX worklist_claimed ON claims(claimed_fen, claim_number, status, assignee_id, priority, product_code, cancer_type);
CREATE INDEX worklist_priority ON claims(priority_rank, claim_number, status, assignee_id, priority, product_code, cancer_type);
CREATE INDEX worklist_sla ON claims(sla_due, claim_number, status, assignee_id, priority, product_code, cancer_type);
CREATE INDEX worklist_assignee ON claims(assignee_sort, claim_number, status, assignee_id, priority, product_code, cancer_type);
CREATE INDEX worklist_received ON claims(received_at, claim_number, status, assignee_id, priority, product_code, cancer_type);
`;
