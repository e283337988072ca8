-- Step 3: questionnaires and the answers people give. A questionnaire
-- belongs to an organisation (one per kind, seeded from the shipped
-- defaults); every edit makes a new, immutable version whose definition is
-- JSON (m4m_domain::questionnaire::Definition). A response keeps the
-- version it answered and its answers as JSON; completed self-assessments
-- also store one score per integration area, so that the evaluation
-- (step 10) can compare and aggregate them in SQL.

CREATE TABLE questionnaires (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    UNIQUE (organisation_id, kind)
);

CREATE TABLE questionnaire_versions (
    id INTEGER PRIMARY KEY,
    questionnaire_id INTEGER NOT NULL REFERENCES questionnaires (id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    definition TEXT NOT NULL,
    created_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL,
    UNIQUE (questionnaire_id, version)
);

-- moment: 'initial' (step 3), later 'checkin' (step 9) and 'final' (step 10).
CREATE TABLE responses (
    id INTEGER PRIMARY KEY,
    participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    version_id INTEGER NOT NULL REFERENCES questionnaire_versions (id),
    moment TEXT NOT NULL,
    by_staff INTEGER NOT NULL DEFAULT 0,
    filled_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    answers TEXT NOT NULL DEFAULT '{}',
    started_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    completed_at INTEGER
);
CREATE INDEX responses_participant ON responses (participant_id, moment);

-- Scores in thousandths: mean of the raw scale answers, and the same
-- normalised to 0..1000.
CREATE TABLE area_scores (
    response_id INTEGER NOT NULL REFERENCES responses (id) ON DELETE CASCADE,
    area TEXT NOT NULL,
    mean_milli INTEGER NOT NULL,
    normalised_milli INTEGER NOT NULL,
    answered INTEGER NOT NULL,
    PRIMARY KEY (response_id, area)
);
