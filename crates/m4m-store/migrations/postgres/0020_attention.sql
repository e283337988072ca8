-- Pairs at risk (step 9): the thresholds are the programme's own.
-- A running pair with no session held for this many days, and the
-- agreement's planned end within this many days, put it on the
-- coordinators' "needs you today" list.
ALTER TABLE programmes ADD COLUMN risk_no_session_days BIGINT NOT NULL DEFAULT 21;
ALTER TABLE programmes ADD COLUMN risk_ending_days BIGINT NOT NULL DEFAULT 14;
