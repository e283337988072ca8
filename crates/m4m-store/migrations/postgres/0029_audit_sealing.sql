-- Audit lines are appended unsealed (no place in the chain, no hash) and
-- sealed by one step that takes the head's lock (m4m_store::audit): writes
-- no longer queue behind audit_head. The update trigger now lets an
-- unsealed line receive its place and hashes, once, and nothing else: its
-- fields cannot change before or after. An index finds what waits.
DROP TRIGGER audit_log_no_update ON audit_log;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    FOR EACH ROW WHEN (OLD.hash IS NOT NULL OR NEW.id IS DISTINCT FROM OLD.id OR NEW.at IS DISTINCT FROM OLD.at
        OR NEW.actor_user_id IS DISTINCT FROM OLD.actor_user_id OR NEW.action IS DISTINCT FROM OLD.action
        OR NEW.subject IS DISTINCT FROM OLD.subject OR NEW.detail IS DISTINCT FROM OLD.detail)
    EXECUTE FUNCTION audit_append_only();
CREATE INDEX audit_log_unsealed ON audit_log (id) WHERE hash IS NULL;
