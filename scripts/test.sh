#!/usr/bin/env bash
# The whole test suite of m4m, as CI runs it (.ci/run calls this script):
# formatting, lints, every test on the embedded SQLite database, the API
# against its OpenAPI document (scripts/schemathesis.sh), the integration
# and browser tests again on PostgreSQL.
#
# It installs what it needs when missing (Debian packages: chromium,
# chromium-driver, postgresql, systemd for `systemd-analyze`) and starts
# PostgreSQL when nothing answers on 127.0.0.1:5432. Set
# M4M_TEST_DATABASE_URL to use another server.
set -euo pipefail
cd "$(dirname "$0")/.."

PG_URL="${M4M_TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/postgres}"
apt_updated=""

apt_install() {
    if [ -z "$apt_updated" ]; then
        apt-get update -qq
        apt_updated=1
    fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

ensure_browser() {
    if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
        echo "== installing chromium and chromium-driver"
        apt_install chromium chromium-driver
    fi
    # The fonts the README names for a kiosk: every script of the interface
    # (tests/it/browser_scripts.rs checks that none is drawn as boxes).
    if ! fc-list 2>/dev/null | grep -q "Noto Sans Ethiopic"; then
        echo "== installing fonts-noto-core"
        apt_install fonts-noto-core
    fi
}

# The browser crawl (tests/it/browser_crawl.rs) runs axe-core, pinned here,
# from npm, under target/axe (installed once; Node.js from Debian when the
# machine has none).
AXE_VERSION=4.14.1
ensure_axe() {
    local dir="target/axe"
    if [ "$(node -p "require('./$dir/node_modules/axe-core/package.json').version" 2>/dev/null)" = "$AXE_VERSION" ]; then
        return
    fi
    echo "== installing axe-core $AXE_VERSION"
    if ! command -v npm >/dev/null; then
        apt_install nodejs npm
    fi
    mkdir -p "$dir"
    (cd "$dir" && npm install --no-audit --no-fund --silent --no-save "axe-core@$AXE_VERSION")
}

# deploy/m4m.service is checked by `systemd-analyze verify`. The package is
# installed without its recommendations (about 10 MB, a few seconds; it is
# not started): cheap beside chromium, so the check always runs here.
ensure_systemd_analyze() {
    if ! command -v systemd-analyze >/dev/null; then
        echo "== installing systemd (for systemd-analyze)"
        apt_install --no-install-recommends systemd
    fi
    export M4M_REQUIRE_SYSTEMD_ANALYZE=1
}

pg_answers() {
    command -v pg_isready >/dev/null && pg_isready -q -h 127.0.0.1 -p 5432
}

ensure_postgres() {
    if pg_answers; then return; fi
    echo "== starting PostgreSQL"
    if ! ls /etc/postgresql/*/main >/dev/null 2>&1; then
        apt_install postgresql
    fi
    local version
    version=$(ls /etc/postgresql | sort -V | tail -n 1)
    # A server this script installed itself: let local test connections in
    # without a password, as on the development machines.
    local hba="/etc/postgresql/$version/main/pg_hba.conf"
    if ! grep -q "m4m tests" "$hba"; then
        sed -i '1i # m4m tests: trust local connections\nhost all all 127.0.0.1/32 trust\nhost all all ::1/128 trust' "$hba"
    fi
    pg_ctlcluster --skip-systemctl-redirect "$version" main start || pg_ctlcluster "$version" main start
    for _ in $(seq 1 30); do pg_answers && return; sleep 1; done
    echo "PostgreSQL did not start" >&2
    exit 1
}

drop_test_databases() {
    psql "$PG_URL" -Atqc "SELECT datname FROM pg_database WHERE datname LIKE 'm4m_test_%'" 2>/dev/null |
        while read -r db; do psql "$PG_URL" -qc "DROP DATABASE IF EXISTS \"$db\"" >/dev/null 2>&1 || true; done
}

# cargo-deny reads the RustSec advisory database as a git repository under
# target/advisory-dbs; the project gets a snapshot of it beside its folder
# (../shared/advisory-db, dated in its SNAPSHOT file), made into one here.
ensure_advisory_db() {
    local snapshot="../shared/advisory-db"
    local db="target/advisory-dbs/advisory-db-3157b0e258782691"
    if [ ! -f "$snapshot/SNAPSHOT" ]; then
        echo "no advisory database snapshot at $snapshot" >&2
        exit 1
    fi
    local wanted
    wanted=$(cat "$snapshot/SNAPSHOT")
    if [ "$(cat "$db/SNAPSHOT" 2>/dev/null)" != "$wanted" ]; then
        rm -rf "$db"
        mkdir -p "$(dirname "$db")"
        cp -r "$snapshot" "$db"
        chmod -R u+w "$db"
        local date="${wanted#* }T00:00:00Z"
        (cd "$db" && git init -q && git add -A &&
            GIT_AUTHOR_DATE="$date" GIT_COMMITTER_DATE="$date" \
            git -c user.name=snapshot -c user.email=snapshot@localhost commit -qm "snapshot $wanted")
    fi
    echo "advisory database snapshot: $wanted"
}

ensure_browser
ensure_axe
ensure_systemd_analyze
ensure_postgres
drop_test_databases
trap drop_test_databases EXIT

echo "== cargo fmt --check"
cargo fmt --all --check

echo "== cargo deny (advisories, licences, bans, sources; offline)"
ensure_advisory_db
# cargo deny reads the metadata of every platform's dependencies, which a
# build on this one never downloads: fetch them (from the registry) first.
cargo fetch --locked --quiet
command -v cargo-deny >/dev/null || cargo install cargo-deny --locked --quiet
cargo deny --offline check

echo "== cargo clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings

echo "== tests on SQLite"
# (tests/it/schema.rs compares the SQLite schema with one made on the
# PostgreSQL started above, in this pass too)
cargo test --workspace --locked

echo "== the API's contract (schemathesis against the OpenAPI document; docs/API.md)"
bash scripts/schemathesis.sh

echo "== integration and browser tests on PostgreSQL"
M4M_TEST_DATABASE_URL="$PG_URL" cargo test --locked --test it
