-- Step 4: pre-matching. How many newcomers a buddy can accompany at once;
-- the coordinator's marks on candidate pairs (locked: decided and kept
-- when the engine runs again; excluded: never proposed, with the reason);
-- the weights a programme gives the criteria (JSON of
-- m4m_matching::Weights); and the note that goes with a pair chosen by
-- hand against the proposal.
ALTER TABLE participants ADD COLUMN capacity INTEGER NOT NULL DEFAULT 1;
ALTER TABLE pairs ADD COLUMN decision_note TEXT NOT NULL DEFAULT '';

CREATE TABLE matching_marks (
    programme_id INTEGER NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
    mentee_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    mentor_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('lock', 'exclude')),
    reason TEXT NOT NULL DEFAULT '',
    created_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (programme_id, mentee_id, mentor_id)
);

CREATE TABLE matching_weights (
    programme_id INTEGER PRIMARY KEY REFERENCES programmes (id) ON DELETE CASCADE,
    weights TEXT NOT NULL,
    updated_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    updated_at INTEGER NOT NULL
);
