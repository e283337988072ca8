-- Staff accounts are looked for by name or e-mail, folded as people are
-- (m4m_domain::participant::search_key): written with the account, filled
-- for older accounts at start-up, emptied at erasure. The list of accounts
-- reads the memberships by role.
ALTER TABLE users ADD COLUMN search_key TEXT NOT NULL DEFAULT '';
CREATE INDEX memberships_role ON memberships (role, user_id);
