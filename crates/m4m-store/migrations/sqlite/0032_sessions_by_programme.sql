-- A programme's peer sessions, listed by period: each session carries its
-- pair's programme (pairs never move between programmes), set by a
-- trigger when it is written, so that a period of a programme is read in
-- order from an index instead of through every pair of the programme. The
-- second index holds what the list's count and hours read.
ALTER TABLE peer_sessions ADD COLUMN programme_id INTEGER NOT NULL DEFAULT 0;
UPDATE peer_sessions SET programme_id = (SELECT pr.programme_id FROM pairs pr WHERE pr.id = peer_sessions.pair_id);
CREATE INDEX peer_sessions_programme ON peer_sessions (programme_id, starts_at, id);
CREATE INDEX peer_sessions_programme_sums ON peer_sessions (programme_id, starts_at, status, duration_minutes);
CREATE TRIGGER peer_sessions_programme_set AFTER INSERT ON peer_sessions
BEGIN
    UPDATE peer_sessions SET programme_id = (SELECT pr.programme_id FROM pairs pr WHERE pr.id = NEW.pair_id)
        WHERE id = NEW.id;
END;
