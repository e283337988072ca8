-- Erasure and retention. An erased participant record stays as a
-- tombstone (kind, programme, step, status, dates) so that figures keep
-- their counts; erased_at says that everything personal in it and in the
-- rows that refer to it is gone. An erased account keeps its id only.
ALTER TABLE participants ADD COLUMN erased_at INTEGER;
ALTER TABLE users ADD COLUMN erased_at INTEGER;
CREATE INDEX participants_erased ON participants (erased_at);

-- How long an organisation keeps closed records before they are erased:
-- months after the last activity of a record that has ended (alumni,
-- declined, withdrawn, or a pair that closed). No row: the default.
CREATE TABLE retention_settings (
    organisation_id INTEGER PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
    months INTEGER NOT NULL CHECK (months BETWEEN 1 AND 120),
    updated_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    updated_at INTEGER NOT NULL
);
