-- Two-factor authentication. A person's TOTP secret (base32), set up
-- when confirmed_at is set; last_step is the last 30-second step whose
-- code was used, so that no code works twice.
CREATE TABLE two_factor (
    user_id INTEGER PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    secret TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    confirmed_at INTEGER,
    last_step INTEGER NOT NULL DEFAULT 0
);

-- Single-use recovery codes, stored as SHA-256 like every token.
CREATE TABLE recovery_codes (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    used_at INTEGER
);
CREATE INDEX recovery_codes_user ON recovery_codes (user_id);

-- A password accepted, the second factor still to come: the browser holds
-- a random token (its SHA-256 here) for five minutes and five tries.
CREATE TABLE login_challenges (
    token_hash TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    next TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0
);
