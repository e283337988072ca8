-- Steps 1 and 2: the local actors and the outreach done towards them;
-- what a registration records, the consents given per purpose, and the
-- history of screening statuses.

CREATE TABLE stakeholders (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    contact_name TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    languages TEXT NOT NULL DEFAULT '',
    area TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL
);
CREATE INDEX stakeholders_organisation ON stakeholders (organisation_id);

-- Information sessions, materials handed out, referrals received.
CREATE TABLE outreach (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    held_on TEXT NOT NULL,
    stakeholder_id INTEGER REFERENCES stakeholders (id) ON DELETE SET NULL,
    place TEXT NOT NULL DEFAULT '',
    audience TEXT NOT NULL DEFAULT '',
    people_reached INTEGER NOT NULL DEFAULT 0,
    materials TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX outreach_organisation ON outreach (organisation_id, held_on);

-- How to reach the programme, shown on its public page.
ALTER TABLE programmes ADD COLUMN contact TEXT NOT NULL DEFAULT '';

-- What registration records. languages now holds codes with levels
-- (ar:native,fr:basic); availability is 21 bits (7 days x 3 parts of day);
-- interests and areas (needs or skills) are comma-separated keys.
-- entered_by is set when staff registered the person on their behalf.
ALTER TABLE participants ADD COLUMN email TEXT NOT NULL DEFAULT '';
ALTER TABLE participants ADD COLUMN phone TEXT NOT NULL DEFAULT '';
ALTER TABLE participants ADD COLUMN host_language_level TEXT NOT NULL DEFAULT '';
ALTER TABLE participants ADD COLUMN arrival_date TEXT NOT NULL DEFAULT '';
ALTER TABLE participants ADD COLUMN availability INTEGER NOT NULL DEFAULT 0;
ALTER TABLE participants ADD COLUMN interests TEXT NOT NULL DEFAULT '';
ALTER TABLE participants ADD COLUMN areas TEXT NOT NULL DEFAULT '';
ALTER TABLE participants ADD COLUMN experience TEXT NOT NULL DEFAULT '';
ALTER TABLE participants ADD COLUMN motivation TEXT NOT NULL DEFAULT '';
ALTER TABLE participants ADD COLUMN gender TEXT NOT NULL DEFAULT 'unsaid';
ALTER TABLE participants ADD COLUMN gender_preference TEXT NOT NULL DEFAULT 'none';
ALTER TABLE participants ADD COLUMN birth_year INTEGER;
ALTER TABLE participants ADD COLUMN heard_from TEXT NOT NULL DEFAULT '';
ALTER TABLE participants ADD COLUMN referred_by INTEGER REFERENCES stakeholders (id) ON DELETE SET NULL;
ALTER TABLE participants ADD COLUMN entered_by INTEGER REFERENCES users (id) ON DELETE SET NULL;
ALTER TABLE participants ADD COLUMN status TEXT NOT NULL DEFAULT 'registered';
ALTER TABLE participants ADD COLUMN language TEXT NOT NULL DEFAULT '';
-- Normalised name and phone, for finding possible duplicates by index.
ALTER TABLE participants ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
ALTER TABLE participants ADD COLUMN phone_key TEXT NOT NULL DEFAULT '';
-- Rows from before statuses existed get the status of their step.
UPDATE participants SET status = CASE
    WHEN step >= 10 THEN 'alumni'
    WHEN step >= 6 THEN 'active'
    WHEN step = 5 THEN 'training'
    WHEN step = 4 THEN 'ready'
    WHEN step = 3 AND kind = 'mentor' THEN 'accepted'
    WHEN step = 3 THEN 'self_assessed'
    WHEN kind = 'mentor' THEN 'applied'
    ELSE 'registered' END;
CREATE INDEX participants_email ON participants (email);
CREATE INDEX participants_name_key ON participants (name_key);
CREATE INDEX participants_phone_key ON participants (phone_key);
CREATE INDEX participants_referred ON participants (referred_by);

-- Consent per purpose, with the notice version and language it was given
-- in, who recorded it (NULL: the person themselves) and when. Withdrawal
-- keeps the row and dates it.
CREATE TABLE consents (
    id INTEGER PRIMARY KEY,
    participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    purpose TEXT NOT NULL,
    notice_version INTEGER NOT NULL,
    language TEXT NOT NULL,
    recorded_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    recorded_at INTEGER NOT NULL,
    withdrawn_at INTEGER
);
CREATE INDEX consents_participant ON consents (participant_id);

CREATE TABLE status_changes (
    id INTEGER PRIMARY KEY,
    participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    from_status TEXT NOT NULL,
    to_status TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    changed_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    changed_at INTEGER NOT NULL
);
CREATE INDEX status_changes_participant ON status_changes (participant_id);

-- Pairs of records a coordinator looked at and kept apart.
CREATE TABLE duplicate_dismissals (
    low_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    high_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    dismissed_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    dismissed_at INTEGER NOT NULL,
    PRIMARY KEY (low_id, high_id)
);

-- Submissions of public forms, for flood protection. client is a hash.
CREATE TABLE rate_events (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    client TEXT NOT NULL,
    at INTEGER NOT NULL
);
CREATE INDEX rate_events_client ON rate_events (kind, client, at);
