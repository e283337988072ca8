#!/usr/bin/env bash
# Times step 10's global evaluation across the whole installation:
# `demo --mentees 20000` on the embedded SQLite database, a release build.
# `m4m evaluation --all` (the whole process: start, open the database,
# five queries, the figures, the JSON), then the evaluator's page, CSV and
# API over real HTTP (one warm-up, then 20 requests: median and slowest).
# Prints Markdown for docs/BENCHMARKS.md.
#
#   bench/evaluation.sh [MENTEES]
set -euo pipefail
cd "$(dirname "$0")/.."
MENTEES="${1:-20000}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-target}"
cargo build --release --quiet
BIN="$CARGO_TARGET_DIR/release/m4m"
WORK="$(mktemp -d)"
SERVER=""
trap '[ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null; rm -rf "$WORK"' EXIT
DB="sqlite://$WORK/bench.db"
started=$(date +%s)
"$BIN" demo --database-url "$DB" --mentees "$MENTEES" >/dev/null 2>&1
echo "demo --mentees $MENTEES: $(( $(date +%s) - started )) s" >&2
sqlite3 "$WORK/bench.db" "SELECT 'people: ' || (SELECT COUNT(*) FROM participants) || ', started pairs: ' || \
    (SELECT COUNT(*) FROM pairs WHERE started_on IS NOT NULL) || ', held sessions: ' || \
    (SELECT COUNT(*) FROM peer_sessions WHERE status = 'held')" >&2 || true

echo "| what | median ms | slowest ms | KiB |"
echo "|---|---|---|---|"
for _ in $(seq 1 10); do
    s=$(date +%s%N)
    "$BIN" evaluation --database-url "$DB" --all >"$WORK/out.json"
    echo "$(( ($(date +%s%N) - s) / 1000000 )) $(stat -c %s "$WORK/out.json")"
done | sort -n | awk '{ t[NR] = $1; size = $2 }
    END { printf "| `m4m evaluation --all` (10 runs, whole process) | %d | %d | %.0f |\n", t[int((NR + 1) / 2)], t[NR], size / 1024 }'

PORT=3918
"$BIN" serve --database-url "$DB" --bind "127.0.0.1:$PORT" --demo >"$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.5; done
JAR="$WORK/evaluator.jar"
csrf=$(curl -s -c "$JAR" -b "$JAR" "http://127.0.0.1:$PORT/login" | grep -o 'name="csrf" value="[0-9a-f]*"' | head -1 | sed 's/.*value="//;s/"//')
curl -s -o /dev/null -c "$JAR" -b "$JAR" --data-urlencode "csrf=$csrf" --data-urlencode "email=evaluator@example.org" \
    --data-urlencode "password=m4m-demo-2026" "http://127.0.0.1:$PORT/login"

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
time_path "/evaluation?cohort=2025&region=mena"
