# Shared by the benchmarks of pages on a large installation (sourced):
# a release build, `demo --mentees N` on an embedded SQLite database in a
# temporary folder, a server on PORT, and log-ins that keep a cookie jar.
# Sets BIN, WORK, DB and SERVER; the folder and the server go at exit.

# M4M_BENCH_BIN: a release binary built already, used as it is.

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-target}"
if [ -n "${M4M_BENCH_BIN:-}" ]; then
    BIN="$M4M_BENCH_BIN"
else
    cargo build --release --quiet
    BIN="$CARGO_TARGET_DIR/release/m4m"
fi
WORK="$(mktemp -d)"
SERVER=""
trap '[ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null; rm -rf "$WORK"' EXIT
DB="sqlite://$WORK/bench.db"

# load_demo MENTEES
load_demo() {
    local started
    started=$(date +%s)
    "$BIN" demo --database-url "$DB" --mentees "$1" >/dev/null 2>&1
    echo "demo --mentees $1: $(( $(date +%s) - started )) s" >&2
}

# start_server PORT
start_server() {
    "$BIN" serve --database-url "$DB" --bind "127.0.0.1:$1" --demo >"$WORK/server.log" 2>&1 &
    SERVER=$!
    # Ready, not only alive: start-up work (migrations, sealing) is done.
    for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$1/readyz" >/dev/null && break; sleep 0.5; done
}

# log_in PORT EMAIL: prints the cookie jar of the session.
log_in() {
    local jar="$WORK/$2.jar" csrf
    csrf=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$1/login" | grep -o 'name="csrf" value="[0-9a-f]*"' | head -1 | sed 's/.*value="//;s/"//')
    curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "csrf=$csrf" --data-urlencode "email=$2" \
        --data-urlencode "password=m4m-demo-2026" "http://127.0.0.1:$1/login"
    echo "$jar"
}
