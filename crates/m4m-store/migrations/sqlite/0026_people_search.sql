-- Lists of people that scale: what a person is found by (their name's
-- words, e-mail and phone digits, folded: m4m_domain::participant::search_key),
-- written at registration and, for the people registered before, by the
-- store at start-up; and an index in the order a programme's list reads.
ALTER TABLE participants ADD COLUMN search_key TEXT NOT NULL DEFAULT '';
CREATE INDEX participants_programme_list ON participants (programme_id, step, kind, first_name, id);
