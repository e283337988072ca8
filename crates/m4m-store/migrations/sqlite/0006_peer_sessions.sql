-- Step 7, peer sessions. The table peer_sessions exists since 0001 (the
-- homes showed planned sessions); a session is now logged by the buddy or
-- the newcomer with what it was about, and confirmed by the other side.
-- status is 'planned' or 'held'. topics are area keys, comma-separated
-- like the other short lists. logged_by and confirmed_by are accounts;
-- NULL when the session came from elsewhere (demo data, an erased account).
ALTER TABLE peer_sessions ADD COLUMN topics TEXT NOT NULL DEFAULT '';
ALTER TABLE peer_sessions ADD COLUMN summary TEXT NOT NULL DEFAULT '';
ALTER TABLE peer_sessions ADD COLUMN rating INTEGER CHECK (rating BETWEEN 1 AND 5);
ALTER TABLE peer_sessions ADD COLUMN logged_by INTEGER REFERENCES users (id) ON DELETE SET NULL;
ALTER TABLE peer_sessions ADD COLUMN confirmed_by INTEGER REFERENCES users (id) ON DELETE SET NULL;
ALTER TABLE peer_sessions ADD COLUMN confirmed_at INTEGER;
CREATE INDEX peer_sessions_status ON peer_sessions (status, starts_at);

-- Private calendar feeds: the URL carries a random token, the database
-- only its SHA-256 (like login_sessions), so a copy of the database opens
-- no feed. A feed is revoked, never deleted; a user has at most one that
-- is not revoked.
CREATE TABLE calendar_feeds (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    revoked_at INTEGER
);
CREATE INDEX calendar_feeds_user ON calendar_feeds (user_id);

-- Reminders sent to an idle pair, so that a pair is reminded once per
-- period, not every day.
CREATE TABLE pair_reminders (
    id INTEGER PRIMARY KEY,
    pair_id INTEGER NOT NULL REFERENCES pairs (id) ON DELETE CASCADE,
    sent_at INTEGER NOT NULL,
    recipients INTEGER NOT NULL
);
CREATE INDEX pair_reminders_pair ON pair_reminders (pair_id, sent_at);
