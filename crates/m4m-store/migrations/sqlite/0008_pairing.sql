-- Step 6: a proposed pair becomes active. Each side accepts or declines
-- the proposal (a decline, with its reason, returns both to the pool); the
-- first meeting is scheduled with a facilitator and recorded as held; the
-- mentoring agreement (JSON of m4m_domain::pairing::Agreement) is accepted
-- by both in the app, or signed on paper and recorded by staff.
ALTER TABLE pairs ADD COLUMN mentor_answer TEXT NOT NULL DEFAULT '';
ALTER TABLE pairs ADD COLUMN mentee_answer TEXT NOT NULL DEFAULT '';
ALTER TABLE pairs ADD COLUMN decline_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE pairs ADD COLUMN first_meeting_at INTEGER;
ALTER TABLE pairs ADD COLUMN first_meeting_place TEXT NOT NULL DEFAULT '';
ALTER TABLE pairs ADD COLUMN facilitator_user_id INTEGER REFERENCES users (id) ON DELETE SET NULL;
ALTER TABLE pairs ADD COLUMN first_meeting_held_at INTEGER;
ALTER TABLE pairs ADD COLUMN agreement TEXT;
ALTER TABLE pairs ADD COLUMN agreement_mentor_at INTEGER;
ALTER TABLE pairs ADD COLUMN agreement_mentee_at INTEGER;
ALTER TABLE pairs ADD COLUMN agreement_paper_by INTEGER REFERENCES users (id) ON DELETE SET NULL;
