-- "Forgot my password": a link sent by e-mail carries a random token; the
-- database keeps only its SHA-256. A token is used once (used_at), lives
-- an hour (expires_at), and rows older than a day are deleted with the
-- other log-in bookkeeping (Store::purge_expired).
CREATE TABLE password_resets (
    token_hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);
CREATE INDEX password_resets_user ON password_resets (user_id);
