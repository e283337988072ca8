-- Supervision of buddies (step 8): one-to-one or group meetings recorded
-- by a supervisor or a coordinator. The notes are read by the supervisors
-- of the buddies present and the organisation's coordinators only; a
-- buddy sees that the meeting happened and the actions assigned to them.
CREATE TABLE supervisions (
    id INTEGER PRIMARY KEY,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    format TEXT NOT NULL CONSTRAINT supervisions_format_known CHECK (format IN ('one_to_one', 'group')),
    held_on TEXT NOT NULL,
    topics TEXT NOT NULL DEFAULT '',
    topics_text TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    recorded_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX supervisions_organisation ON supervisions (organisation_id, held_on);

-- The buddies present.
CREATE TABLE supervision_buddies (
    supervision_id INTEGER NOT NULL REFERENCES supervisions (id) ON DELETE CASCADE,
    participant_id INTEGER NOT NULL REFERENCES participants (id) ON DELETE CASCADE,
    PRIMARY KEY (supervision_id, participant_id)
);
CREATE INDEX supervision_buddies_participant ON supervision_buddies (participant_id);

-- Follow-up actions: owned by a buddy present, or (no owner) by the
-- person who recorded the supervision.
CREATE TABLE supervision_actions (
    id INTEGER PRIMARY KEY,
    supervision_id INTEGER NOT NULL REFERENCES supervisions (id) ON DELETE CASCADE,
    text TEXT NOT NULL,
    owner_participant_id INTEGER REFERENCES participants (id) ON DELETE CASCADE,
    due_on TEXT NOT NULL,
    done_at INTEGER,
    done_by INTEGER REFERENCES users (id) ON DELETE SET NULL
);
CREATE INDEX supervision_actions_supervision ON supervision_actions (supervision_id);
CREATE INDEX supervision_actions_owner ON supervision_actions (owner_participant_id);
