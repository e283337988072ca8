#!/usr/bin/env bash
# The lists of a large programme under load: `demo --mentees 20000` on the
# embedded SQLite database, a release build, real HTTP, 16 concurrent users
# (wrk, installed from Debian when missing) on each list page and search:
# people, pairs, sessions, staff accounts. Prints a Markdown table
# (requests/s, p50, p99, bytes per page) for docs/BENCHMARKS.md; the
# target is a p99 under 50 ms for each. Then the possible duplicates of
# the programme, with a copy of every twentieth synthetic person added
# (name, birth year, e-mail and phone), one visit at a time (target:
# under a second).
#
#   bench/lists.sh [MENTEES] [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
MENTEES="${1:-20000}"
SECONDS_EACH="${2:-10}"
command -v wrk >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
command -v sqlite3 >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sqlite3 >/dev/null
source bench/large_demo.sh
load_demo "$MENTEES"
# Duplicates to find: copies of synthetic people (no account), as a
# second registration of the same person would make them.
FILE="${DB#sqlite://}"
COLUMNS_COPIED=$(sqlite3 "$FILE" "SELECT group_concat(name) FROM pragma_table_info('participants') WHERE name NOT IN ('id', 'user_id')")
COPIES=$(sqlite3 "$FILE" "INSERT INTO participants ($COLUMNS_COPIED) SELECT $COLUMNS_COPIED FROM participants \
    WHERE programme_id = 1 AND user_id IS NULL AND id % 20 = 0; SELECT changes();")
echo "copies of people added: $COPIES" >&2
PORT=3919
start_server "$PORT"

# The cookies of a cookie jar, as a header (curl writes an HttpOnly
# cookie's line with a `#HttpOnly_` prefix).
cookie() {
    sed 's/^#HttpOnly_//' "$1" | awk '!/^#/ && NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep = "; " }'
}

measure() { # WHO PATH
    local jar="$WORK/$1.jar" out size page
    size=$(curl -s -o /dev/null -b "$jar" -w '%{size_download} %{http_code}' "http://127.0.0.1:$PORT$2")
    # What wrk will be answered, checked first: the page itself, signed in.
    # (Read whole first: `grep -q` stopping early would fail the pipe.)
    page=$(curl -s -H "Cookie: $(cookie "$jar")" "http://127.0.0.1:$PORT$2")
    if [[ "$page" != *'action="/logout"'* ]]; then
        echo "| \`$2\` | not signed in: the cookie was not taken |"
        return
    fi
    out=$(wrk -t2 -c16 -d"${SECONDS_EACH}s" --latency -H "Cookie: $(cookie "$jar")" "http://127.0.0.1:$PORT$2" 2>&1)
    awk -v path="$2" -v size="${size% *}" -v code="${size#* }" '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
        /Requests\/sec/ { rps = $2 }
        / 50%/ { p50 = ms($2) }
        / 99%/ { p99 = ms($2) }
        /Non-2xx/ { bad = $NF }
        END { printf "| `%s` | %s | %.0f | %.1f | %.1f | %.0f |%s\n", path, code, rps, p50, p99, size / 1024, (bad ? " " bad " non-2xx" : "") }' <<<"$out"
}

log_in "$PORT" coordinator.fr@example.org >/dev/null
log_in "$PORT" admin@example.org >/dev/null
echo "| page | status | requests/s | p50 ms | p99 ms | KiB |"
echo "|---|---|---|---|---|---|"
for path in \
    "/programmes/1" \
    "/programmes/1?page=200" \
    "/programmes/1?q=synthetic+12" \
    "/programmes/1?q=0612&kind=mentee&language=ar&sort=name" \
    "/programmes/1/pairs" \
    "/programmes/1/pairs?page=40&sort=newest" \
    "/programmes/1/pairs?q=ali&status=open" \
    "/programmes/1/pairs?status=closed&sort=newcomer" \
    "/programmes/1/sessions" \
    "/programmes/1/sessions?status=held&from=2020-01-01&page=20" \
    "/programmes/1/sessions?q=mina&from=2020-01-01"; do
    measure coordinator.fr@example.org "$path"
done
for path in "/admin/users" "/admin/users?q=claire&role=coordinator"; do
    measure admin@example.org "$path"
done

# One visit at a time: median and slowest of 20, after one to warm up.
timed() { # WHO PATH
    local jar="$WORK/$1.jar" times
    curl -s -o /dev/null -b "$jar" "http://127.0.0.1:$PORT$2"
    times=$(for _ in $(seq 1 20); do curl -s -o /dev/null -b "$jar" -w '%{time_total}\n' "http://127.0.0.1:$PORT$2"; done | sort -n)
    local found
    found=$(curl -s -b "$jar" "http://127.0.0.1:$PORT$2&lang=en" | grep -o 'Possible duplicates [0-9–]* of [0-9,]*' | head -1)
    echo "| \`$2\` | $found | $(sed -n 10p <<<"$times" | awk '{ printf "%.0f", $1 * 1000 }') | $(tail -1 <<<"$times" | awk '{ printf "%.0f", $1 * 1000 }') |"
}
echo
echo "| page | shown | median ms | slowest ms |"
echo "|---|---|---|---|"
timed coordinator.fr@example.org "/programmes/1/duplicates?page=1"
timed coordinator.fr@example.org "/programmes/1/duplicates?page=4"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
