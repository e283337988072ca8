-- Step 5, continued: staff accounts (coordinators, social workers,
-- volunteers without a participant record) follow courses too; capsules
-- get translations and uploaded files.
--
-- An enrolment now names exactly one learner: a participant or an account.
-- SQLite cannot drop a NOT NULL constraint, so `enrolments` is rebuilt.
-- Migrations run in a transaction, where `PRAGMA foreign_keys = OFF` does
-- nothing: dropping `enrolments` while `module_progress` refers to it would
-- delete every progress row (ON DELETE CASCADE). So `module_progress` is
-- rebuilt first, pointing at the new table, and the old tables are dropped
-- child first; renaming the new table rewrites the reference to it.

CREATE TABLE enrolments_new (
    id INTEGER PRIMARY KEY,
    course_id INTEGER NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    participant_id INTEGER REFERENCES participants (id) ON DELETE CASCADE,
    user_id INTEGER REFERENCES users (id) ON DELETE CASCADE,
    cohort TEXT NOT NULL DEFAULT '',
    enrolled_at INTEGER NOT NULL,
    completed_at INTEGER,
    CHECK ((participant_id IS NULL) <> (user_id IS NULL)),
    UNIQUE (course_id, participant_id),
    UNIQUE (course_id, user_id)
);
INSERT INTO enrolments_new (id, course_id, participant_id, user_id, cohort, enrolled_at, completed_at)
    SELECT id, course_id, participant_id, NULL, cohort, enrolled_at, completed_at FROM enrolments;

CREATE TABLE module_progress_new (
    enrolment_id INTEGER NOT NULL REFERENCES enrolments_new (id) ON DELETE CASCADE,
    module_id INTEGER NOT NULL REFERENCES course_modules (id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    score INTEGER,
    recorded_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    recorded_at INTEGER NOT NULL,
    PRIMARY KEY (enrolment_id, module_id)
);
INSERT INTO module_progress_new (enrolment_id, module_id, status, score, recorded_by, recorded_at)
    SELECT enrolment_id, module_id, status, score, recorded_by, recorded_at FROM module_progress;

DROP TABLE module_progress;
DROP TABLE enrolments;
ALTER TABLE enrolments_new RENAME TO enrolments;
ALTER TABLE module_progress_new RENAME TO module_progress;
CREATE INDEX enrolments_participant ON enrolments (participant_id);
CREATE INDEX enrolments_user ON enrolments (user_id);

-- The language a course is written in: what learners read when their own
-- language has no translation.
ALTER TABLE courses ADD COLUMN language TEXT NOT NULL DEFAULT 'en';

-- A module's title and text in another language.
CREATE TABLE module_texts (
    module_id INTEGER NOT NULL REFERENCES course_modules (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (module_id, language)
);

-- Files attached to a module. The file itself lives in the upload
-- directory under stored_name (random); original_name is only shown.
CREATE TABLE module_files (
    id INTEGER PRIMARY KEY,
    module_id INTEGER NOT NULL REFERENCES course_modules (id) ON DELETE CASCADE,
    stored_name TEXT NOT NULL UNIQUE,
    original_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    uploaded_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    uploaded_at INTEGER NOT NULL
);
CREATE INDEX module_files_module ON module_files (module_id);
