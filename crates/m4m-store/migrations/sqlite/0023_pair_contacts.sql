-- The staff's contacts with a pair (step 9): a call, a visit or a
-- message, due twice in the pair's first month and monthly after.
CREATE TABLE pair_contacts (
    id INTEGER PRIMARY KEY,
    pair_id INTEGER NOT NULL REFERENCES pairs (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CONSTRAINT pair_contacts_kind_known CHECK (kind IN ('call', 'visit', 'message')),
    contacted_on TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    recorded_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX pair_contacts_pair ON pair_contacts (pair_id, contacted_on);
