-- Check-ins (step 9): each member of a running pair answers a short
-- questionnaire when one falls due — a month after the start, then every
-- two months by default (the programme's settings). One answer per
-- member and due date.
ALTER TABLE programmes ADD COLUMN checkin_first_days INTEGER NOT NULL DEFAULT 30;
ALTER TABLE programmes ADD COLUMN checkin_every_days INTEGER NOT NULL DEFAULT 60;
-- The mid-term self-assessment falls due this many weeks after a pair starts.
ALTER TABLE programmes ADD COLUMN assessment_midterm_weeks INTEGER NOT NULL DEFAULT 12;
CREATE TABLE checkins (
    id INTEGER PRIMARY KEY,
    pair_id INTEGER NOT NULL REFERENCES pairs (id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    due_on TEXT NOT NULL,
    satisfaction INTEGER NOT NULL CONSTRAINT checkins_satisfaction_1_to_5 CHECK (satisfaction BETWEEN 1 AND 5),
    met TEXT NOT NULL CONSTRAINT checkins_met_known CHECK (met IN ('weekly', 'fortnightly', 'monthly', 'less', 'never')),
    helped TEXT NOT NULL DEFAULT '',
    difficult TEXT NOT NULL DEFAULT '',
    answered_at INTEGER NOT NULL,
    CONSTRAINT checkins_once UNIQUE (pair_id, participant_id, due_on)
);
CREATE INDEX checkins_participant ON checkins (participant_id);

-- The e-mail that tells a member a check-in is due, sent once per due
-- date (the message itself is in the outbox).
CREATE TABLE checkin_reminders (
    pair_id INTEGER NOT NULL REFERENCES pairs (id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    due_on TEXT NOT NULL,
    sent_at INTEGER NOT NULL,
    PRIMARY KEY (pair_id, participant_id, due_on)
);
