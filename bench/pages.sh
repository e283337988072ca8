#!/usr/bin/env bash
# Times the pages a coordinator opens every day on a large programme:
# `demo --mentees 20000` on the embedded SQLite database, a release build,
# real HTTP. Prints a Markdown table (median and slowest of 20 requests
# per page, after one warm-up) for docs/BENCHMARKS.md.
#
#   bench/pages.sh [MENTEES]
set -euo pipefail
cd "$(dirname "$0")/.."
MENTEES="${1:-20000}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-target}"
cargo build --release --quiet
BIN="$CARGO_TARGET_DIR/release/m4m"
WORK="$(mktemp -d)"
trap 'kill "$SERVER" 2>/dev/null || true; rm -rf "$WORK"' EXIT
DB="sqlite://$WORK/bench.db"
started=$(date +%s)
"$BIN" demo --database-url "$DB" --mentees "$MENTEES" >/dev/null 2>&1
echo "demo --mentees $MENTEES: $(( $(date +%s) - started )) s" >&2
PORT=3917
"$BIN" serve --database-url "$DB" --bind "127.0.0.1:$PORT" --demo >"$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.5; done

log_in() {
    local jar="$WORK/$1.jar"
    local csrf
    csrf=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$PORT/login" | grep -o 'name="csrf" value="[0-9a-f]*"' | head -1 | sed 's/.*value="//;s/"//')
    curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "csrf=$csrf" --data-urlencode "email=$1" \
        --data-urlencode "password=m4m-demo-2026" "http://127.0.0.1:$PORT/login"
    echo "$jar"
}

time_page() {
    local who="$1" jar="$WORK/$1.jar" path="$2"
    curl -s -o /dev/null -b "$jar" "http://127.0.0.1:$PORT$path"
    for _ in $(seq 1 20); do
        curl -s -o /dev/null -b "$jar" -w '%{time_total} %{size_download} %{http_code}\n' "http://127.0.0.1:$PORT$path"
    done | sort -n | awk -v path="$path" -v who="${who%%@*}" '
        { t[NR] = $1; size = $2; code = $3 }
        END { printf "| %s | `%s` | %d | %.0f | %.0f | %.0f |\n", who, path, code, t[int((NR + 1) / 2)] * 1000, t[NR] * 1000, size / 1024 }'
}

echo "| who | page | status | median ms | slowest ms | KiB |"
echo "|---|---|---|---|---|---|"
for who in coordinator.fr@example.org supervisor.fr@example.org buddy1.fr@example.org; do log_in "$who" >/dev/null; done
time_page coordinator.fr@example.org /home
time_page coordinator.fr@example.org /attention
time_page coordinator.fr@example.org "/attention?risk=2"
time_page coordinator.fr@example.org /programmes/1/concerns
time_page supervisor.fr@example.org /home
time_page buddy1.fr@example.org /home
time_page buddy1.fr@example.org /pairs/1/goals
