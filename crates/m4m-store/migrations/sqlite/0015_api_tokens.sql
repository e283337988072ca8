-- Tokens for partners' own tools to call the JSON API as a person, with
-- that person's rights. The token is shown once; only its SHA-256 is kept.
-- A token is revoked, never deleted, so that the audit trail can name it.
CREATE TABLE api_tokens (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    last_used_at INTEGER,
    revoked_at INTEGER
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);
