#!/usr/bin/env bash
# Times step 10's global evaluation across the whole installation:
# `demo --mentees 20000` on the embedded SQLite database, a release build,
# and what the evaluation reads at that scale, added here with SQL (the
# demo's synthetic pairs are all running): every synthetic newcomer in a
# pair with a start and an end self-assessment (11 areas each), two goals
# per pair with a score, a check-in from each member, and a third of the
# pairs closed with both exit answers. Then `m4m evaluation --all` (the
# whole process: start, open the database, five queries, the figures, the
# JSON) and the evaluator's page, CSV and API over real HTTP (one warm-up,
# then 20 requests: median and slowest). Prints Markdown for
# docs/BENCHMARKS.md.
#
#   bench/evaluation.sh [MENTEES]
set -euo pipefail
cd "$(dirname "$0")/.."
MENTEES="${1:-20000}"
source bench/large_demo.sh
load_demo "$MENTEES"
sqlite3 "$WORK/bench.db" <<'SQL'
BEGIN;
CREATE TEMP TABLE synthetic AS
    SELECT p.id AS pair_id, p.mentee_id, p.mentor_id FROM pairs p
    JOIN participants m ON m.id = p.mentee_id
    WHERE m.last_name = 'Synthetic' AND p.status = 'active';
CREATE TEMP TABLE areas (area TEXT);
INSERT INTO areas VALUES ('language'), ('administration'), ('housing'), ('employment'), ('health'),
    ('education'), ('transport'), ('money'), ('digital'), ('social'), ('wellbeing');
INSERT INTO responses (participant_id, version_id, moment, answers, started_at, updated_at, completed_at)
    SELECT mentee_id, (SELECT MIN(id) FROM questionnaire_versions), moment, '{}', 0, 0, 1
    FROM synthetic, (SELECT 'initial' AS moment UNION ALL SELECT 'final');
INSERT INTO area_scores (response_id, area, mean_milli, normalised_milli, answered)
    SELECT r.id, a.area,
        1000 + (r.participant_id * 7 + length(a.area) * 13) % 3001 + (CASE r.moment WHEN 'final' THEN 500 + r.participant_id % 500 ELSE 0 END),
        0, 3
    FROM responses r JOIN synthetic s ON s.mentee_id = r.participant_id, areas a;
INSERT INTO goals (participant_id, area, title, progress, created_at, pair_id)
    SELECT mentee_id, area, '', 0, 0, pair_id FROM synthetic, (SELECT 'language' AS area UNION ALL SELECT 'housing');
INSERT INTO goal_progress (goal_id, score, comment, recorded_at)
    SELECT g.id, g.id % 5 - 2, '', 1 FROM goals g JOIN synthetic s ON s.pair_id = g.pair_id;
INSERT INTO checkins (pair_id, participant_id, due_on, satisfaction, met, answered_at)
    SELECT pair_id, who, '2026-01-15', 1 + who % 5, 'weekly', 1
    FROM (SELECT pair_id, mentee_id AS who FROM synthetic UNION ALL SELECT pair_id, mentor_id FROM synthetic);
UPDATE pairs SET status = 'completed', close_reason = 'planned_end', closed_on = '2026-06-30'
    WHERE id IN (SELECT pair_id FROM synthetic WHERE pair_id % 3 = 0);
INSERT INTO exit_answers (pair_id, participant_id, satisfaction, recommend, changed, comment, answered_at)
    SELECT pair_id, who, 1 + who % 5, who % 4 > 0, '', '', 1
    FROM (SELECT pair_id, mentee_id AS who FROM synthetic UNION ALL SELECT pair_id, mentor_id FROM synthetic)
    WHERE pair_id % 3 = 0;
COMMIT;
SELECT 'people: ' || (SELECT COUNT(*) FROM participants) || ', started pairs: ' ||
    (SELECT COUNT(*) FROM pairs WHERE started_on IS NOT NULL) || ', held sessions: ' ||
    (SELECT COUNT(*) FROM peer_sessions WHERE status = 'held') || ', area scores: ' ||
    (SELECT COUNT(*) FROM area_scores) || ', goals scored: ' || (SELECT COUNT(*) FROM goal_progress) ||
    ', check-ins: ' || (SELECT COUNT(*) FROM checkins) || ', exit answers: ' || (SELECT COUNT(*) FROM exit_answers);
SQL

echo "| what | median ms | slowest ms | KiB |"
echo "|---|---|---|---|"
for _ in $(seq 1 10); do
    s=$(date +%s%N)
    "$BIN" evaluation --database-url "$DB" --all >"$WORK/out.json"
    echo "$(( ($(date +%s%N) - s) / 1000000 )) $(stat -c %s "$WORK/out.json")"
done | sort -n | awk '{ t[NR] = $1; size = $2 }
    END { printf "| `m4m evaluation --all` (10 runs, whole process) | %d | %d | %.0f |\n", t[int((NR + 1) / 2)], t[NR], size / 1024 }'

PORT=3918
start_server "$PORT"
JAR=$(log_in "$PORT" evaluator@example.org)

time_path() {
    curl -s -o /dev/null -b "$JAR" "http://127.0.0.1:$PORT$1"
    for _ in $(seq 1 20); do
        curl -s -o /dev/null -b "$JAR" -w '%{time_total} %{size_download} %{http_code}\n' "http://127.0.0.1:$PORT$1"
    done | sort -n | awk -v path="$1" '
        { t[NR] = $1; size = $2; code = $3 }
        END { printf "| evaluator `%s` (%d) | %.0f | %.0f | %.0f |\n", path, code, t[int((NR + 1) / 2)] * 1000, t[NR] * 1000, size / 1024 }'
}
time_path /evaluation
time_path /evaluation.csv
time_path /api/v1/evaluation
time_path "/evaluation?cohort=2026&region=mena"
