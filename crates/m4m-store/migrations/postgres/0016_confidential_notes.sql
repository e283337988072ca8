-- What a person's coordinators need to know of their health or legal
-- situation (special-category data): kept apart from the profile so that
-- no page, list or API answer made for other roles can carry it. Read and
-- written by the organisation's coordinators only; in the person's own
-- export; emptied by erasure.
ALTER TABLE participants ADD COLUMN confidential_notes TEXT NOT NULL DEFAULT '';
