-- "Forgot my password": a link sent by e-mail carries a random token; the
-- database keeps only its SHA-256. A token is used once (used_at), lives
-- an hour (expires_at), and rows older than a day are deleted with the
-- other log-in bookkeeping (Store::purge_expired).
CREATE TABLE password_resets (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER
);
CREATE INDEX password_resets_user ON password_resets (user_id);

-- The outbox keeps trying: each failed attempt is counted with its error
-- and the next one waits longer (next_attempt_at); after a bounded number,
-- or at once when the server refuses the message for good, it is given up
-- (failed_at) and the administrators see why. A server claims the messages
-- it sends (claimed_until), so that several servers on one database send
-- each message once.
ALTER TABLE outbox ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN last_error TEXT;
ALTER TABLE outbox ADD COLUMN next_attempt_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN failed_at INTEGER;
-- A message to an account's address names the account, and goes out to
-- the address it has when the message is sent.
ALTER TABLE outbox ADD COLUMN user_id INTEGER REFERENCES users (id) ON DELETE SET NULL;
ALTER TABLE outbox ADD COLUMN claimed_until INTEGER;
CREATE INDEX outbox_due ON outbox (next_attempt_at);
