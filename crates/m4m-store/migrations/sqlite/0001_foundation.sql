-- The foundation: organisations, accounts and roles, programmes and the
-- people in them, log-in sessions, invitations, the audit trail and the
-- outbox. Timestamps are Unix seconds (INTEGER) and dates ISO 8601 text
-- (YYYY-MM-DD), the two types both backends read the same way. Lists of
-- language codes are stored comma-separated: they are short, never queried
-- element by element, and the same on both backends.

CREATE TABLE organisations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    country TEXT NOT NULL,
    languages TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL
);

-- A person with a log-in. password_hash is NULL until an invitation is
-- accepted; active = 0 blocks log-in without losing the history.
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    password_hash TEXT,
    locale TEXT,
    active INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL
);

-- A role held by a user in one organisation, or installation-wide
-- (organisation_id NULL: administrators and consortium evaluators).
CREATE TABLE memberships (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    organisation_id INTEGER REFERENCES organisations (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE UNIQUE INDEX memberships_unique ON memberships (user_id, COALESCE(organisation_id, 0), role);
CREATE INDEX memberships_organisation ON memberships (organisation_id);

CREATE TABLE programmes (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    languages TEXT NOT NULL DEFAULT '',
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    target_mentors INTEGER NOT NULL DEFAULT 0,
    target_mentees INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX programmes_organisation ON programmes (organisation_id);

-- A buddy (kind 'mentor') or a newcomer (kind 'mentee') in one programme,
-- with or without an account. step is where they stand among the ten.
CREATE TABLE participants (
    id INTEGER PRIMARY KEY,
    programme_id INTEGER NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
    user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    kind TEXT NOT NULL CHECK (kind IN ('mentor', 'mentee')),
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL DEFAULT '',
    languages TEXT NOT NULL DEFAULT '',
    native_language TEXT NOT NULL DEFAULT '',
    country_of_origin TEXT NOT NULL DEFAULT '',
    area TEXT NOT NULL DEFAULT '',
    step INTEGER NOT NULL CHECK (step BETWEEN 1 AND 10),
    supervisor_user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX participants_programme ON participants (programme_id);
CREATE INDEX participants_user ON participants (user_id);
CREATE INDEX participants_supervisor ON participants (supervisor_user_id);

CREATE TABLE pairs (
    id INTEGER PRIMARY KEY,
    programme_id INTEGER NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
    mentor_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    mentee_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    started_on TEXT,
    created_at INTEGER NOT NULL
);
CREATE INDEX pairs_mentor ON pairs (mentor_id);
CREATE INDEX pairs_mentee ON pairs (mentee_id);

-- A meeting of a pair (step 7), planned or held. Not a log-in session.
CREATE TABLE peer_sessions (
    id INTEGER PRIMARY KEY,
    pair_id INTEGER NOT NULL REFERENCES pairs (id) ON DELETE CASCADE,
    starts_at INTEGER NOT NULL,
    duration_minutes INTEGER NOT NULL DEFAULT 60,
    mode TEXT NOT NULL DEFAULT 'in_person',
    place TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX peer_sessions_pair ON peer_sessions (pair_id, starts_at);

CREATE TABLE goals (
    id INTEGER PRIMARY KEY,
    participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    area TEXT NOT NULL,
    title TEXT NOT NULL,
    progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    created_at INTEGER NOT NULL
);
CREATE INDEX goals_participant ON goals (participant_id);

-- Server-side log-in sessions. id is the SHA-256 of the cookie's token, so
-- a copy of the database does not let anyone log in.
CREATE TABLE login_sessions (
    id TEXT PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    csrf_token TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL
);
CREATE INDEX login_sessions_user ON login_sessions (user_id);

-- Invitations: single use (used_at), expiring, stored as the token's hash.
CREATE TABLE invitations (
    id INTEGER PRIMARY KEY,
    token_hash TEXT NOT NULL UNIQUE,
    email TEXT NOT NULL,
    display_name TEXT NOT NULL,
    organisation_id INTEGER REFERENCES organisations (id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    invited_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER
);

-- Failed and successful log-ins, for throttling. client is a hash of the
-- address, never the address itself.
CREATE TABLE login_attempts (
    id INTEGER PRIMARY KEY,
    email TEXT NOT NULL,
    client TEXT NOT NULL,
    at INTEGER NOT NULL,
    success INTEGER NOT NULL
);
CREATE INDEX login_attempts_email ON login_attempts (email, at);
CREATE INDEX login_attempts_client ON login_attempts (client, at);

-- Who did what, when. Written in the same transaction as the change.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    actor_user_id INTEGER,
    action TEXT NOT NULL,
    subject TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT ''
);

-- Messages m4m sends. Without an SMTP server they stay here and
-- administrators read them in the app.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    sent_at INTEGER
);
