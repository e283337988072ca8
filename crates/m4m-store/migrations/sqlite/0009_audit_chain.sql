-- The audit trail becomes append-only and hash-chained. Each line carries
-- its place in the chain (seq), the hash of the line before it and its own
-- hash: SHA-256 over the previous hash and a canonical encoding of its
-- fields (m4m_store::audit::line_hash). audit_head holds the last place and
-- hash; appending a line updates it first, which takes the write lock, so
-- two writers can never chain onto the same line. Lines from before this
-- migration are chained by `Store::migrate` right after it (the triggers
-- let a line without a hash receive one, once).
ALTER TABLE audit_log ADD COLUMN seq INTEGER;
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN hash TEXT;
CREATE UNIQUE INDEX audit_log_seq ON audit_log (seq);
CREATE INDEX audit_log_subject ON audit_log (subject, id);

CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Audit lines hold ids, never what people typed: erasing a person must not
-- mean rewriting the chain. Earlier lines that carried a typed reason or
-- note keep only their codes.
UPDATE audit_log SET detail = '' WHERE action IN ('pair.accepted', 'pair.declined', 'pair.propose');
UPDATE audit_log SET detail = substr(detail, 1, instr(detail || ' ', ' ') - 1) WHERE action = 'matching.mark';

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log WHEN OLD.hash IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON audit_head
BEGIN
    SELECT RAISE(ABORT, 'audit_head cannot be deleted');
END;
