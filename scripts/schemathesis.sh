#!/usr/bin/env bash
# The API keeps its contract: schemathesis (pinned below, installed under
# target/schemathesis when missing) generates requests from the OpenAPI
# document the server serves (/api/v1/openapi.json) and runs every one of
# its checks on the answers: statuses, headers and bodies as documented,
# schema-valid requests accepted, invalid ones refused, no 5xx, 401
# without credentials. It runs against a server with the demo data on a
# fresh SQLite file, once with a coordinator's token and once with a
# buddy's, with a fixed seed and a bounded number of cases, and fails on
# any failure. scripts/schemathesis_hooks.py tells it the few rules that
# OpenAPI cannot state. scripts/test.sh calls it; it runs alone too
# (M4M_BIN: the m4m binary to serve, built in debug if not given).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

ST_VERSION=4.32.5
SEED="${M4M_SCHEMATHESIS_SEED:-20261206}"
EXAMPLES="${M4M_SCHEMATHESIS_EXAMPLES:-40}"
VENV="target/schemathesis"

if [ "$("$VENV/bin/st" --version 2>/dev/null)" != "st, version $ST_VERSION" ]; then
    echo "== installing schemathesis $ST_VERSION"
    rm -rf "$VENV"
    if ! python3 -c 'import ensurepip, venv' 2>/dev/null; then
        # Debian splits them out of python3.
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
    fi
    python3 -m venv "$VENV"
    "$VENV/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$ST_VERSION"
fi

BIN="${M4M_BIN:-}"
if [ -z "$BIN" ]; then
    cargo build --locked --quiet --bin m4m
    # Where cargo put it: a shared build folder (CARGO_TARGET_DIR) too.
    BIN="${CARGO_TARGET_DIR:-target}/debug/m4m"
fi

work=$(mktemp -d)
server=""
cleanup() {
    if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
db="sqlite://$work/api.db"
url="http://127.0.0.1:$port"
"$BIN" serve --database-url "$db" --bind "127.0.0.1:$port" --demo >"$work/server.log" 2>&1 &
server=$!
for _ in $(seq 1 120); do
    if python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=2)' \
        "$url/api/v1/openapi.json" 2>/dev/null; then break; fi
    if ! kill -0 "$server" 2>/dev/null; then cat "$work/server.log" >&2; echo "the server did not start" >&2; exit 1; fi
    sleep 0.5
done

status=0
for user in coordinator.fr@example.org buddy1.fr@example.org; do
    token=$("$BIN" token create --database-url "$db" --user "$user" --name schemathesis 2>/dev/null)
    echo "== schemathesis $ST_VERSION, every check, as $user (seed $SEED, $EXAMPLES cases per operation)"
    # One worker: the run stays reproducible from its seed (and Python
    # 3.11's parser is not safe across hypothesis's threads).
    # (Run from the scratch folder: schemathesis keeps a cache where it runs.)
    if ! (cd "$work" && M4M_API_URL="$url" M4M_API_TOKEN="$token" SCHEMATHESIS_HOOKS=schemathesis_hooks \
        PYTHONPATH="$root/scripts" "$root/$VENV/bin/st" run "$url/api/v1/openapi.json" \
        --checks all --header "Authorization: Bearer $token" \
        --max-examples "$EXAMPLES" --seed "$SEED" --workers 1 --generation-database none --no-color \
        --report junit --report-junit-path "$root/target/schemathesis-${user%%@*}.xml"); then
        status=1
    fi
done
if [ "$status" != 0 ]; then
    echo "schemathesis found failures: each is printed above with a curl line to reproduce it" >&2
fi
exit "$status"
