#!/usr/bin/env bash
# Times a 20,000-row CSV import (upload, preview, commit) through the web
# pages, release build, on the embedded SQLite database and on PostgreSQL
# (127.0.0.1:5432, or M4M_BENCH_PG_URL's server). For docs/BENCHMARKS.md.
#
#   bench/import.sh [ROWS]
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS="${1:-20000}"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-target}"
cargo build --release --quiet
BIN="$CARGO_TARGET_DIR/release/m4m"
WORK="$(mktemp -d)"
SERVER=""
PG="${M4M_BENCH_PG_URL:-postgres://postgres@127.0.0.1:5432}"
trap '[ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null; rm -rf "$WORK"' EXIT

run() { # NAME DATABASE_URL
    "$BIN" serve --database-url "$2" --bind 127.0.0.1:3918 --demo >"$WORK/server.log" 2>&1 &
    SERVER=$!
    for _ in $(seq 1 120); do curl -sf http://127.0.0.1:3918/healthz >/dev/null && break; sleep 0.5; done
    echo "== $1, $ROWS rows"
    python3 bench/import.py http://127.0.0.1:3918 "$ROWS"
    kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; SERVER=""
}

run SQLite "sqlite://$WORK/bench.db"
psql "$PG/postgres" -qc "DROP DATABASE IF EXISTS m4m_bench_import" -qc "CREATE DATABASE m4m_bench_import" >/dev/null
run PostgreSQL "$PG/m4m_bench_import"
psql "$PG/postgres" -qc "DROP DATABASE IF EXISTS m4m_bench_import" >/dev/null
