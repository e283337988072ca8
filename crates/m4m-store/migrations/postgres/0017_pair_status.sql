-- A pair's status and each side's answer are the values of the domain's
-- types (m4m_domain::pairing::PairStatus and Answer) and nothing else:
-- the database refuses a status that no page would know how to show.
-- Step 10 widens the status list with the closing states.
ALTER TABLE pairs ADD CONSTRAINT pairs_status_known
    CHECK (status IN ('proposed', 'accepted', 'declined', 'active'));
ALTER TABLE pairs ADD CONSTRAINT pairs_answers_known
    CHECK (mentor_answer IN ('', 'accepted', 'declined') AND mentee_answer IN ('', 'accepted', 'declined'));
