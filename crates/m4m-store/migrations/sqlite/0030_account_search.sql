-- Staff accounts and stakeholders are looked for by name, e-mail or phone,
-- folded as people are (m4m_domain::participant::search_key): written with
-- the row, filled for older rows at start-up, emptied at an account's
-- erasure. The list of accounts reads the memberships by role.
ALTER TABLE users ADD COLUMN search_key TEXT NOT NULL DEFAULT '';
CREATE INDEX memberships_role ON memberships (role, user_id);
ALTER TABLE stakeholders ADD COLUMN search_key TEXT NOT NULL DEFAULT '';
