-- Audit lines are appended unsealed (no place in the chain, no hash) and
-- sealed by one step that takes the head's lock (m4m_store::audit): writes
-- no longer queue behind audit_head. The update trigger now lets an
-- unsealed line receive its place and hashes, once, and nothing else: its
-- fields cannot change before or after. An index finds what waits.
DROP TRIGGER audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN OLD.hash IS NOT NULL OR NEW.id IS NOT OLD.id OR NEW.at IS NOT OLD.at
    OR NEW.actor_user_id IS NOT OLD.actor_user_id OR NEW.action IS NOT OLD.action
    OR NEW.subject IS NOT OLD.subject OR NEW.detail IS NOT OLD.detail
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE INDEX audit_log_unsealed ON audit_log (id) WHERE hash IS NULL;
