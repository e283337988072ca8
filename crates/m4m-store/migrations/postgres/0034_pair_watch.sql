-- What needs a coordinator (step 9), judged once per pair and kept, so
-- that a coordinator's home reads a count and ten rows instead of judging
-- every pair of the organisation on each visit. Every write that changes
-- what a pair is judged on (the pair, its sessions, concerns, check-ins,
-- staff contacts, a member's account, the programme's thresholds) moves
-- the pair's `version` on, here by triggers, so that no write can forget
-- it; the store judges again the pairs whose judged version is behind or
-- whose judgement was for an earlier day (`judged_for`, '9999-12-31' for
-- a pair nothing of which changes with the day), and writes a judgement
-- only if the version it read is still the pair's. The order and the day
-- compare byte by byte (COLLATE "C"), as SQLite compares text.
CREATE TABLE pair_watch (
    pair_id BIGINT PRIMARY KEY REFERENCES pairs (id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL,
    version BIGINT NOT NULL DEFAULT 1,
    judged_version BIGINT NOT NULL DEFAULT 0,
    judged_for TEXT COLLATE "C" NOT NULL DEFAULT '',
    -- The reasons it is at risk (attention::codes) and its place in the
    -- list (attention::order_key), or NULL.
    risks TEXT,
    risk_order TEXT COLLATE "C",
    -- What waits on someone (an answer, a signature, confirmations), or NULL.
    waiting TEXT,
    contact_due BIGINT NOT NULL DEFAULT 0
);
INSERT INTO pair_watch (pair_id, organisation_id)
    SELECT pr.id, g.organisation_id FROM pairs pr JOIN programmes g ON g.id = pr.programme_id;
CREATE INDEX pair_watch_day ON pair_watch (organisation_id, judged_for);
CREATE INDEX pair_watch_changed ON pair_watch (organisation_id) WHERE version <> judged_version;
CREATE INDEX pair_watch_risk ON pair_watch (organisation_id, risk_order, pair_id) WHERE risk_order IS NOT NULL;
CREATE INDEX pair_watch_waiting ON pair_watch (organisation_id, pair_id) WHERE waiting IS NOT NULL;
CREATE INDEX pair_watch_contact ON pair_watch (organisation_id, pair_id) WHERE contact_due = 1;

CREATE FUNCTION pair_watch_new() RETURNS trigger AS $$
BEGIN
    INSERT INTO pair_watch (pair_id, organisation_id)
        SELECT NEW.id, g.organisation_id FROM programmes g WHERE g.id = NEW.programme_id;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;
CREATE FUNCTION pair_watch_pair() RETURNS trigger AS $$
BEGIN
    UPDATE pair_watch SET version = version + 1 WHERE pair_id = NEW.id;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;
-- For the tables whose rows belong to a pair (`pair_id`).
CREATE FUNCTION pair_watch_bump() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE pair_watch SET version = version + 1 WHERE pair_id = NEW.pair_id;
    ELSIF TG_OP = 'UPDATE' THEN
        UPDATE pair_watch SET version = version + 1 WHERE pair_id IN (OLD.pair_id, NEW.pair_id);
    ELSE
        UPDATE pair_watch SET version = version + 1 WHERE pair_id = OLD.pair_id;
    END IF;
    RETURN NULL;
END
$$ LANGUAGE plpgsql;
CREATE FUNCTION pair_watch_account() RETURNS trigger AS $$
BEGIN
    UPDATE pair_watch SET version = version + 1
        WHERE pair_id IN (SELECT id FROM pairs WHERE mentor_id = NEW.id OR mentee_id = NEW.id);
    RETURN NULL;
END
$$ LANGUAGE plpgsql;
CREATE FUNCTION pair_watch_thresholds() RETURNS trigger AS $$
BEGIN
    UPDATE pair_watch SET version = version + 1 WHERE pair_id IN (SELECT id FROM pairs WHERE programme_id = NEW.id);
    RETURN NULL;
END
$$ LANGUAGE plpgsql;
CREATE TRIGGER pair_watch_pair_new AFTER INSERT ON pairs FOR EACH ROW EXECUTE FUNCTION pair_watch_new();
CREATE TRIGGER pair_watch_pair_change AFTER UPDATE ON pairs FOR EACH ROW EXECUTE FUNCTION pair_watch_pair();
CREATE TRIGGER pair_watch_session_new AFTER INSERT ON peer_sessions FOR EACH ROW EXECUTE FUNCTION pair_watch_bump();
CREATE TRIGGER pair_watch_session_change AFTER UPDATE OF pair_id, status, starts_at, confirmed_at ON peer_sessions
    FOR EACH ROW EXECUTE FUNCTION pair_watch_bump();
CREATE TRIGGER pair_watch_session_gone AFTER DELETE ON peer_sessions FOR EACH ROW EXECUTE FUNCTION pair_watch_bump();
CREATE TRIGGER pair_watch_concern_new AFTER INSERT ON concerns FOR EACH ROW EXECUTE FUNCTION pair_watch_bump();
CREATE TRIGGER pair_watch_concern_change AFTER UPDATE OF pair_id, status, severity ON concerns
    FOR EACH ROW EXECUTE FUNCTION pair_watch_bump();
CREATE TRIGGER pair_watch_concern_gone AFTER DELETE ON concerns FOR EACH ROW EXECUTE FUNCTION pair_watch_bump();
CREATE TRIGGER pair_watch_checkin_new AFTER INSERT ON checkins FOR EACH ROW EXECUTE FUNCTION pair_watch_bump();
CREATE TRIGGER pair_watch_checkin_change AFTER UPDATE ON checkins FOR EACH ROW EXECUTE FUNCTION pair_watch_bump();
CREATE TRIGGER pair_watch_checkin_gone AFTER DELETE ON checkins FOR EACH ROW EXECUTE FUNCTION pair_watch_bump();
CREATE TRIGGER pair_watch_contact_new AFTER INSERT ON pair_contacts FOR EACH ROW EXECUTE FUNCTION pair_watch_bump();
CREATE TRIGGER pair_watch_contact_change AFTER UPDATE ON pair_contacts FOR EACH ROW EXECUTE FUNCTION pair_watch_bump();
CREATE TRIGGER pair_watch_contact_gone AFTER DELETE ON pair_contacts FOR EACH ROW EXECUTE FUNCTION pair_watch_bump();
CREATE TRIGGER pair_watch_account AFTER UPDATE OF user_id ON participants
    FOR EACH ROW EXECUTE FUNCTION pair_watch_account();
CREATE TRIGGER pair_watch_thresholds
    AFTER UPDATE OF risk_no_session_days, risk_ending_days, checkin_first_days, checkin_every_days ON programmes
    FOR EACH ROW EXECUTE FUNCTION pair_watch_thresholds();
