-- PostgreSQL twin of migrations/sqlite/0004_invitation_participant.sql.
-- An invitation can open a registered person's own space: accepting it
-- links the new account to their record, so that a newcomer who registered
-- on the public page can then fill in their self-assessment on their phone.
ALTER TABLE invitations ADD COLUMN participant_id BIGINT REFERENCES participants (id) ON DELETE CASCADE;
