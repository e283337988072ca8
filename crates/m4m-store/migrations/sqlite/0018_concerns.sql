-- Concerns (step 8): raised by a newcomer, a buddy or staff about a pair
-- or one person, read only by the person who raised it and the
-- organisation's coordinators (never by the other member of the pair).
-- Among the most sensitive data of m4m: in the inventory, the export of
-- the person who raised it, emptied by erasure of the raiser or of the
-- person it is about.
CREATE TABLE concerns (
    id INTEGER PRIMARY KEY,
    programme_id INTEGER NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
    pair_id INTEGER REFERENCES pairs (id) ON DELETE CASCADE,
    participant_id INTEGER REFERENCES participants (id) ON DELETE CASCADE,
    raised_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    severity TEXT NOT NULL CONSTRAINT concerns_severity_known
        CHECK (severity IN ('low', 'medium', 'high', 'urgent')),
    status TEXT NOT NULL DEFAULT 'open' CONSTRAINT concerns_status_known
        CHECK (status IN ('open', 'acknowledged', 'action_taken', 'closed')),
    summary TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    CONSTRAINT concerns_about_something CHECK (pair_id IS NOT NULL OR participant_id IS NOT NULL)
);
CREATE INDEX concerns_programme ON concerns (programme_id, status);
CREATE INDEX concerns_pair ON concerns (pair_id);
CREATE INDEX concerns_participant ON concerns (participant_id);

-- Each move of a concern, with its note and who made it.
CREATE TABLE concern_moves (
    id INTEGER PRIMARY KEY,
    concern_id INTEGER NOT NULL REFERENCES concerns (id) ON DELETE CASCADE,
    from_status TEXT NOT NULL,
    to_status TEXT NOT NULL,
    note TEXT NOT NULL,
    moved_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    moved_at INTEGER NOT NULL
);
CREATE INDEX concern_moves_concern ON concern_moves (concern_id);
