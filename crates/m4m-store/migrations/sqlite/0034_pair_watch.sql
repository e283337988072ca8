-- What needs a coordinator (step 9), judged once per pair and kept, so
-- that a coordinator's home reads a count and ten rows instead of judging
-- every pair of the organisation on each visit. Every write that changes
-- what a pair is judged on (the pair, its sessions, concerns, check-ins,
-- staff contacts, a member's account, the programme's thresholds) adds a
-- line to `pair_watch_changes`, here by triggers, so that no write can
-- forget it; writes only add lines, so none waits for another's lock.
-- Before a list is read, the store judges again the pairs with lines and
-- those judged for an earlier day (`judged_for`, '9999-12-31' for a pair
-- nothing of which changes with the day), then removes the lines it read
-- (those it read before the facts, so a later write's line stays).
CREATE TABLE pair_watch (
    pair_id INTEGER PRIMARY KEY REFERENCES pairs (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL,
    judged_for TEXT NOT NULL DEFAULT '',
    -- The reasons it is at risk (attention::codes) and its place in the
    -- list (attention::order_key), or NULL.
    risks TEXT,
    risk_order TEXT,
    -- What waits on someone (an answer, a signature, confirmations), or NULL.
    waiting TEXT,
    contact_due INTEGER NOT NULL DEFAULT 0
);
INSERT INTO pair_watch (pair_id, organisation_id)
    SELECT pr.id, g.organisation_id FROM pairs pr JOIN programmes g ON g.id = pr.programme_id;
CREATE INDEX pair_watch_day ON pair_watch (organisation_id, judged_for);
CREATE INDEX pair_watch_risk ON pair_watch (organisation_id, risk_order, pair_id) WHERE risk_order IS NOT NULL;
CREATE INDEX pair_watch_waiting ON pair_watch (organisation_id, pair_id) WHERE waiting IS NOT NULL;
CREATE INDEX pair_watch_contact ON pair_watch (organisation_id, pair_id) WHERE contact_due = 1;
CREATE TABLE pair_watch_changes (
    id INTEGER PRIMARY KEY,
    -- No foreign key: a pair deleted with its sessions leaves lines that
    -- judge nothing and go with the next judgement.
    pair_id INTEGER NOT NULL,
    organisation_id INTEGER NOT NULL
);
CREATE INDEX pair_watch_changes_organisation ON pair_watch_changes (organisation_id, id);
CREATE INDEX pair_watch_changes_pair ON pair_watch_changes (pair_id);

CREATE TRIGGER pair_watch_pair_new AFTER INSERT ON pairs
BEGIN
    INSERT INTO pair_watch (pair_id, organisation_id)
        SELECT NEW.id, g.organisation_id FROM programmes g WHERE g.id = NEW.programme_id;
END;
CREATE TRIGGER pair_watch_pair_change AFTER UPDATE ON pairs
BEGIN
    INSERT INTO pair_watch_changes (pair_id, organisation_id)
        SELECT pair_id, organisation_id FROM pair_watch WHERE pair_id = NEW.id;
END;
CREATE TRIGGER pair_watch_session_new AFTER INSERT ON peer_sessions
BEGIN
    INSERT INTO pair_watch_changes (pair_id, organisation_id)
        SELECT pair_id, organisation_id FROM pair_watch WHERE pair_id = NEW.pair_id;
END;
CREATE TRIGGER pair_watch_session_change AFTER UPDATE OF pair_id, status, starts_at, confirmed_at ON peer_sessions
BEGIN
    INSERT INTO pair_watch_changes (pair_id, organisation_id)
        SELECT pair_id, organisation_id FROM pair_watch WHERE pair_id IN (OLD.pair_id, NEW.pair_id);
END;
CREATE TRIGGER pair_watch_session_gone AFTER DELETE ON peer_sessions
BEGIN
    INSERT INTO pair_watch_changes (pair_id, organisation_id)
        SELECT pair_id, organisation_id FROM pair_watch WHERE pair_id = OLD.pair_id;
END;
CREATE TRIGGER pair_watch_concern_new AFTER INSERT ON concerns
BEGIN
    INSERT INTO pair_watch_changes (pair_id, organisation_id)
        SELECT pair_id, organisation_id FROM pair_watch WHERE pair_id = NEW.pair_id;
END;
CREATE TRIGGER pair_watch_concern_change AFTER UPDATE OF pair_id, status, severity ON concerns
BEGIN
    INSERT INTO pair_watch_changes (pair_id, organisation_id)
        SELECT pair_id, organisation_id FROM pair_watch WHERE pair_id IN (OLD.pair_id, NEW.pair_id);
END;
CREATE TRIGGER pair_watch_concern_gone AFTER DELETE ON concerns
BEGIN
    INSERT INTO pair_watch_changes (pair_id, organisation_id)
        SELECT pair_id, organisation_id FROM pair_watch WHERE pair_id = OLD.pair_id;
END;
CREATE TRIGGER pair_watch_checkin_new AFTER INSERT ON checkins
BEGIN
    INSERT INTO pair_watch_changes (pair_id, organisation_id)
        SELECT pair_id, organisation_id FROM pair_watch WHERE pair_id = NEW.pair_id;
END;
CREATE TRIGGER pair_watch_checkin_change AFTER UPDATE ON checkins
BEGIN
    INSERT INTO pair_watch_changes (pair_id, organisation_id)
        SELECT pair_id, organisation_id FROM pair_watch WHERE pair_id IN (OLD.pair_id, NEW.pair_id);
END;
CREATE TRIGGER pair_watch_checkin_gone AFTER DELETE ON checkins
BEGIN
    INSERT INTO pair_watch_changes (pair_id, organisation_id)
        SELECT pair_id, organisation_id FROM pair_watch WHERE pair_id = OLD.pair_id;
END;
CREATE TRIGGER pair_watch_contact_new AFTER INSERT ON pair_contacts
BEGIN
    INSERT INTO pair_watch_changes (pair_id, organisation_id)
        SELECT pair_id, organisation_id FROM pair_watch WHERE pair_id = NEW.pair_id;
END;
CREATE TRIGGER pair_watch_contact_change AFTER UPDATE ON pair_contacts
BEGIN
    INSERT INTO pair_watch_changes (pair_id, organisation_id)
        SELECT pair_id, organisation_id FROM pair_watch WHERE pair_id IN (OLD.pair_id, NEW.pair_id);
END;
CREATE TRIGGER pair_watch_contact_gone AFTER DELETE ON pair_contacts
BEGIN
    INSERT INTO pair_watch_changes (pair_id, organisation_id)
        SELECT pair_id, organisation_id FROM pair_watch WHERE pair_id = OLD.pair_id;
END;
CREATE TRIGGER pair_watch_account AFTER UPDATE OF user_id ON participants
BEGIN
    INSERT INTO pair_watch_changes (pair_id, organisation_id)
        SELECT pair_id, organisation_id FROM pair_watch WHERE pair_id IN (SELECT id FROM pairs WHERE mentor_id = NEW.id OR mentee_id = NEW.id);
END;
CREATE TRIGGER pair_watch_thresholds
    AFTER UPDATE OF risk_no_session_days, risk_ending_days, checkin_first_days, checkin_every_days ON programmes
BEGIN
    INSERT INTO pair_watch_changes (pair_id, organisation_id)
        SELECT pair_id, organisation_id FROM pair_watch WHERE pair_id IN (SELECT id FROM pairs WHERE programme_id = NEW.id);
END;
