#!/usr/bin/env bash
# The write path under load: peer sessions logged through the JSON API
# (`POST /api/v1/pairs/1/sessions`, a buddy's token), release build, with
# wrk (installed from Debian when missing). One server on SQLite at 16
# connections; one server on PostgreSQL at 16 connections, then two
# servers on the same PostgreSQL database, 16 connections each. Prints
# requests/s, p50 and p99, and checks the audit trail afterwards.
# For docs/BENCHMARKS.md.
#
#   bench/writes.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH="${1:-20}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-target}"
cargo build --release --quiet
BIN="$CARGO_TARGET_DIR/release/m4m"
command -v wrk >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
WORK="$(mktemp -d)"
PG="${M4M_BENCH_PG_URL:-postgres://postgres@127.0.0.1:5432}"
SERVERS=()
stop_servers() {
    for s in "${SERVERS[@]}"; do kill "$s" 2>/dev/null || true; wait "$s" 2>/dev/null || true; done
    SERVERS=()
}
trap 'stop_servers; rm -rf "$WORK"' EXIT

# A session a minute apart for every request, on one of the last twenty
# days, so that none is refused as a repeat; the Lua counter runs per wrk
# thread, hence the thread's offset.
cat >"$WORK/log.lua" <<'EOF'
local n = 0
local offset = 0
function setup(thread) thread:set("offset", math.random(0, 1000000)) end
function init(args) n = offset end
function request()
    n = n + 1
    local minute = n % 600
    local day = os.date("%Y-%m-%d", os.time() - 86400 * (1 + math.floor(n / 600) % 20))
    local body = string.format(
        '{"date":"%s","time":"%02d:%02d","duration_minutes":60,"mode":"in_person",' ..
        '"place":"Library","topics":["language"],"summary":"Load","rating":4}',
        day, 8 + math.floor(minute / 60), minute % 60)
    return wrk.format("POST", nil, nil, body)
end
EOF

start() { # DATABASE_URL PORT
    "$BIN" serve --database-url "$1" --bind "127.0.0.1:$2" --demo >"$WORK/server-$2.log" 2>&1 &
    SERVERS+=($!)
    for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$2/readyz" >/dev/null && return; sleep 0.5; done
    echo "the server on port $2 did not start" >&2; cat "$WORK/server-$2.log" >&2; exit 1
}

token() { # DATABASE_URL
    "$BIN" token create --database-url "$1" --user buddy1.fr@example.org --name bench | grep -o 'm4m_[A-Za-z0-9_-]*' | head -1
}

load() { # PORT TOKEN CONNECTIONS: wrk's summary lines
    wrk -t2 -c"$3" -d"${SECONDS_EACH}s" --latency -s "$WORK/log.lua" \
        -H "Authorization: Bearer $2" -H "Content-Type: application/json" \
        "http://127.0.0.1:$1/api/v1/pairs/1/sessions" 2>&1 |
        grep -E "Requests/sec|Non-2xx|50%|99%|requests in"
}

echo "== SQLite, one server, 16 connections"
DB="sqlite://$WORK/bench.db"
start "$DB" 3931
TOKEN=$(token "$DB")
load 3931 "$TOKEN" 16
stop_servers
"$BIN" audit verify --database-url "$DB"

psql "$PG/postgres" -qc "DROP DATABASE IF EXISTS m4m_bench_writes" -qc "CREATE DATABASE m4m_bench_writes" >/dev/null
DB="$PG/m4m_bench_writes"
echo "== PostgreSQL, one server, 16 connections"
start "$DB" 3932
TOKEN=$(token "$DB")
load 3932 "$TOKEN" 16
echo "== PostgreSQL, two servers on one database, 16 connections each"
start "$DB" 3933
load 3932 "$TOKEN" 16 >"$WORK/a.txt" &
A=$!
load 3933 "$TOKEN" 16 >"$WORK/b.txt"
wait "$A"
echo "-- server 1"; cat "$WORK/a.txt"
echo "-- server 2"; cat "$WORK/b.txt"
stop_servers
"$BIN" audit verify --database-url "$DB"
psql "$PG/postgres" -qc "DROP DATABASE IF EXISTS m4m_bench_writes" >/dev/null
