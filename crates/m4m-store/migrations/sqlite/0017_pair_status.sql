-- A pair's status and each side's answer are the values of the domain's
-- types (m4m_domain::pairing::PairStatus and Answer) and nothing else:
-- the database refuses a status that no page would know how to show.
-- Step 10 widens the status list with the closing states.
--
-- SQLite adds a CHECK only by rebuilding the table: the store runs this
-- script with foreign keys off (Store::migrate_to), so that dropping the
-- old table cascades nowhere; the tables that refer to `pairs` refer to
-- the new one once it takes the name.
CREATE TABLE pairs_new (
    id INTEGER PRIMARY KEY,
    programme_id INTEGER NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
    mentor_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    mentee_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    started_on TEXT,
    created_at INTEGER NOT NULL,
    decision_note TEXT NOT NULL DEFAULT '',
    mentor_answer TEXT NOT NULL DEFAULT '',
    mentee_answer TEXT NOT NULL DEFAULT '',
    decline_reason TEXT NOT NULL DEFAULT '',
    first_meeting_at INTEGER,
    first_meeting_place TEXT NOT NULL DEFAULT '',
    facilitator_user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,
    first_meeting_held_at INTEGER,
    agreement TEXT,
    agreement_mentor_at INTEGER,
    agreement_mentee_at INTEGER,
    agreement_paper_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    CONSTRAINT pairs_status_known CHECK (status IN ('proposed', 'accepted', 'declined', 'active')),
    CONSTRAINT pairs_answers_known
        CHECK (mentor_answer IN ('', 'accepted', 'declined') AND mentee_answer IN ('', 'accepted', 'declined'))
);
INSERT INTO pairs_new (id, programme_id, mentor_id, mentee_id, status, started_on, created_at, decision_note,
    mentor_answer, mentee_answer, decline_reason, first_meeting_at, first_meeting_place, facilitator_user_id,
    first_meeting_held_at, agreement, agreement_mentor_at, agreement_mentee_at, agreement_paper_by)
SELECT id, programme_id, mentor_id, mentee_id, status, started_on, created_at, decision_note,
    mentor_answer, mentee_answer, decline_reason, first_meeting_at, first_meeting_place, facilitator_user_id,
    first_meeting_held_at, agreement, agreement_mentor_at, agreement_mentee_at, agreement_paper_by
FROM pairs;
DROP TABLE pairs;
ALTER TABLE pairs_new RENAME TO pairs;
CREATE INDEX pairs_mentor ON pairs (mentor_id);
CREATE INDEX pairs_mentee ON pairs (mentee_id);
