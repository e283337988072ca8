-- The goals of a pair (step 9): the agreement's goals become the pair's
-- when it starts, and either member or staff records where each stands
-- on the goal-attainment scale (-2 much less than expected ... +2 much
-- more), with a comment; every record is kept.
ALTER TABLE goals ADD COLUMN pair_id INTEGER REFERENCES pairs (id) ON DELETE SET NULL;
CREATE INDEX goals_pair ON goals (pair_id);
CREATE TABLE goal_progress (
    id INTEGER PRIMARY KEY,
    goal_id INTEGER NOT NULL REFERENCES goals (id) ON DELETE CASCADE,
    score INTEGER NOT NULL CONSTRAINT goal_progress_on_the_scale CHECK (score BETWEEN -2 AND 2),
    comment TEXT NOT NULL DEFAULT '',
    recorded_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
    recorded_at INTEGER NOT NULL
);
CREATE INDEX goal_progress_goal ON goal_progress (goal_id, recorded_at);
