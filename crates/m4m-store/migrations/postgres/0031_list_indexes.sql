-- The list of a programme's people and its count read one index, in the
-- list's default order, with the columns its filters use most: only the
-- people not erased, who are the list. It replaces the index on the
-- programme alone, which the planner preferred and then read every row
-- of the table to learn whether it was erased.
DROP INDEX participants_programme;
CREATE INDEX participants_live ON participants (programme_id, step, kind, first_name, id, status)
    WHERE erased_at IS NULL;
