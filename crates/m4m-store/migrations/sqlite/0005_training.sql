-- Step 5: courses of an organisation, their modules (capsules, quizzes,
-- face-to-face sessions), who is enrolled, and each learner's progress.
-- A learner is a participant (a buddy) of one of the organisation's
-- programmes. A quiz's questions are JSON (m4m_domain::training::Quiz).

CREATE TABLE courses (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    audience TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL
);
CREATE INDEX courses_organisation ON courses (organisation_id);

CREATE TABLE course_modules (
    id INTEGER PRIMARY KEY,
    course_id INTEGER NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    body TEXT NOT NULL DEFAULT '',
    link TEXT NOT NULL DEFAULT '',
    minutes INTEGER NOT NULL,
    mandatory INTEGER NOT NULL DEFAULT 1,
    quiz TEXT,
    pass_mark INTEGER NOT NULL DEFAULT 80,
    starts_at INTEGER,
    place TEXT NOT NULL DEFAULT '',
    capacity INTEGER,
    trainer_user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX course_modules_course ON course_modules (course_id, position);

-- cohort groups learners followed together (a pilot group of a country).
CREATE TABLE enrolments (
    id INTEGER PRIMARY KEY,
    course_id INTEGER NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    cohort TEXT NOT NULL DEFAULT '',
    enrolled_at INTEGER NOT NULL,
    completed_at INTEGER,
    UNIQUE (course_id, participant_id)
);
CREATE INDEX enrolments_participant ON enrolments (participant_id);

CREATE TABLE module_progress (
    enrolment_id INTEGER NOT NULL REFERENCES enrolments (id) ON DELETE CASCADE,
    module_id INTEGER NOT NULL REFERENCES course_modules (id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    score INTEGER,
    recorded_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    recorded_at INTEGER NOT NULL,
    PRIMARY KEY (enrolment_id, module_id)
);
