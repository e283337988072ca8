-- Step 10: a pair closes, at its planned end ('completed') or early
-- ('ended_early'), with a reason, the day it closed, an optional closing
-- meeting, and for each member whether they may be matched again. The
-- status list widens with the two closing states, and the reason is one of
-- m4m_domain::pairing::ClosingReason.
--
-- SQLite changes a CHECK only by rebuilding the table, as 0017 did: the
-- store runs this script with foreign keys off (Store::migrate_to).
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
    closed_on TEXT,
    close_reason TEXT,
    close_note TEXT NOT NULL DEFAULT '',
    closing_meeting_on TEXT,
    closed_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    mentor_rematch INTEGER,
    mentee_rematch INTEGER,
    CONSTRAINT pairs_status_known
        CHECK (status IN ('proposed', 'accepted', 'declined', 'active', 'completed', 'ended_early')),
    CONSTRAINT pairs_answers_known
        CHECK (mentor_answer IN ('', 'accepted', 'declined') AND mentee_answer IN ('', 'accepted', 'declined')),
    CONSTRAINT pairs_close_reason_known CHECK (close_reason IS NULL OR close_reason IN
        ('planned_end', 'goals_reached', 'moved_away', 'lost_contact', 'conflict', 'safeguarding', 'other')),
    CONSTRAINT pairs_closed_with_reason
        CHECK ((status IN ('completed', 'ended_early')) = (closed_on IS NOT NULL AND close_reason IS NOT NULL))
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
CREATE INDEX pairs_programme_status ON pairs (programme_id, status);

-- The exit questionnaire each member answers once their pair has closed:
-- overall satisfaction, whether they would recommend a buddy, the
-- integration areas where something changed for them, and free text.
CREATE TABLE exit_answers (
    id INTEGER PRIMARY KEY,
    pair_id INTEGER NOT NULL REFERENCES pairs (id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    satisfaction INTEGER NOT NULL CONSTRAINT exit_answers_satisfaction_1_to_5 CHECK (satisfaction BETWEEN 1 AND 5),
    recommend INTEGER NOT NULL CONSTRAINT exit_answers_recommend_yes_no CHECK (recommend IN (0, 1)),
    changed TEXT NOT NULL DEFAULT '',
    comment TEXT NOT NULL DEFAULT '',
    answered_at INTEGER NOT NULL,
    CONSTRAINT exit_answers_once UNIQUE (pair_id, participant_id)
);
CREATE INDEX exit_answers_participant ON exit_answers (participant_id);
