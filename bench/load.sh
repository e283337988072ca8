#!/usr/bin/env bash
# The main pages under load: `demo --mentees 20000` on the embedded SQLite
# database (and on PostgreSQL when it answers), a release build, real HTTP.
# Each main page — the coordinator's home, the programme page, a person
# page, a pair page, a buddy's home, a newcomer's home — and a mix of them
# is loaded at 16 and at 64 connections (oha, installed into target/ with
# cargo when missing; wrk when it is on the PATH instead), for requests/s,
# p50, p99 and bytes per response, while the server's resident memory is
# sampled from /proc. Writes the section "Load: main pages at 16 and 64
# connections" of docs/BENCHMARKS.md, with the targets met or not.
#
#   bench/load.sh [--no-postgres] [MENTEES] [SECONDS]
#
# PostgreSQL: M4M_BENCH_PG_URL (postgres://postgres@127.0.0.1:5432), in a
# database made for the run and dropped after it.
set -euo pipefail
cd "$(dirname "$0")/.."
POSTGRES=1
if [ "${1:-}" = "--no-postgres" ]; then POSTGRES=0; shift; fi
MENTEES="${1:-20000}"
SECONDS_EACH="${2:-10}"
PG="${M4M_BENCH_PG_URL:-postgres://postgres@127.0.0.1:5432}"
PG_DB=m4m_bench_load
source bench/large_demo.sh
PORT=3941
DOC=docs/BENCHMARKS.md
HEADING="## Load: main pages at 16 and 64 connections"

# The load generator: oha (from the PATH, or built once into target/),
# else wrk when present, else oha installed with cargo.
OHA="$(command -v oha || echo "$CARGO_TARGET_DIR/oha/bin/oha")"
if [ -x "$OHA" ]; then
    TOOL=oha
elif command -v wrk >/dev/null; then
    TOOL=wrk
else
    echo "installing oha into $CARGO_TARGET_DIR/oha" >&2
    cargo install oha --locked --quiet --root "$CARGO_TARGET_DIR/oha"
    TOOL=oha
fi

# The cookies of a cookie jar, as a header (curl writes an HttpOnly
# cookie's line with a `#HttpOnly_` prefix).
cookie() {
    sed 's/^#HttpOnly_//' "$1" | awk '!/^#/ && NF >= 7 { printf "%s%s=%s", sep, $6, $7; sep = "; " }'
}

# rss PID: the server's resident memory now, in KiB: its own (anonymous)
# memory, without the pages of the database file that SQLite reads in
# place (mmap), which the system shares and takes back when it needs them.
rss() { awk '/^RssAnon/ { print $2 }' "/proc/$1/status"; }
# rss_all PID: the whole resident set, file pages included, in KiB.
rss_all() { awk '/^VmRSS/ { print $2 }' "/proc/$1/status"; }

# The highest resident memory seen while it runs, in KiB, into FILE.
sample_rss() { # PID FILE
    local most=0 now
    while now=$(rss "$1" 2>/dev/null) && [ -n "$now" ]; do
        if (( now > most )); then most=$now; echo "$most" >"$2"; fi
        sleep 0.1
    done
}

# load CONNECTIONS COOKIE URL...: "requests/s p50_ms p99_ms non-2xx" for
# the URLs in turn (oha picks one of them at random for each request).
load() {
    local connections="$1" cookie="$2"
    shift 2
    # Each load its own file: the mix runs three at once.
    local list
    list=$(mktemp -p "$WORK")
    if [ "$TOOL" = oha ]; then
        printf '%s\n' "$@" >"$list"
        "$OHA" -z "${SECONDS_EACH}s" -t 30s -c "$connections" --no-tui --output-format json \
            -H "Cookie: $cookie" --urls-from-file "$list" 2>/dev/null |
            python3 -c '
import json, sys
r = json.load(sys.stdin)
codes = r.get("statusCodeDistribution", {})
bad = sum(n for code, n in codes.items() if not code.startswith("2"))
bad += sum(r.get("errorDistribution", {}).values())
p = r["latencyPercentiles"]
print("%.0f %.1f %.1f %d" % (r["summary"]["requestsPerSec"], p["p50"] * 1000, p["p99"] * 1000, bad))'
    else
        local path
        {
            echo "paths = {"
            for path in "$@"; do echo "  \"/${path#http://*/}\","; done
            echo "}"
            echo 'n = 0'
            echo 'request = function() n = n % #paths + 1; return wrk.format(nil, paths[n]) end'
        } >"$list"
        wrk -t2 -c"$connections" -d"${SECONDS_EACH}s" --timeout 30s --latency -s "$list" -H "Cookie: $cookie" "$1" 2>&1 |
            awk '
                function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
                /Requests\/sec/ { rps = $2 }
                / 50%/ { p50 = ms($2) }
                / 99%/ { p99 = ms($2) }
                /Non-2xx/ { bad = $NF }
                END { printf "%.0f %.1f %.1f %d\n", rps, p50, p99, bad }'
    fi
}

# The rows of the run, "database|page|connections|rps|p50|p99|KiB|peak MiB|non-2xx",
# and the memory figures.
ROWS="$WORK/rows.txt"
MEMORY="$WORK/memory.txt"
: >"$ROWS"
: >"$MEMORY"

# measure DATABASE LABEL CONNECTIONS WHO PATH...: one line of $ROWS.
measure() {
    local database="$1" label="$2" connections="$3" who="$4" jar size urls=() path out peak
    shift 4
    jar="$WORK/$who.jar"
    # The page answered is the signed-in page, checked before loading it.
    for path in "$@"; do
        local page
        page=$(curl -s -H "Cookie: $(cookie "$jar")" "http://127.0.0.1:$PORT$path")
        if [[ "$page" != *'action="/logout"'* ]]; then
            # The session ended (a run of timeouts can end it): a new one.
            echo "$path: signed in again as $who" >&2
            log_in "$PORT" "$who" >/dev/null
            page=$(curl -s -H "Cookie: $(cookie "$jar")" "http://127.0.0.1:$PORT$path")
            if [[ "$page" != *'action="/logout"'* ]]; then
                echo "$path: not signed in as $who" >&2
                exit 1
            fi
        fi
        urls+=("http://127.0.0.1:$PORT$path")
    done
    size=$(curl -s -o /dev/null -b "$jar" -w '%{size_download}' "${urls[0]}")
    echo 0 >"$WORK/peak"
    sample_rss "$SERVER" "$WORK/peak" &
    local sampler=$!
    # A tool that failed (wrk ends with an error when a request is cut)
    # measured nothing: run again, then counted as such.
    out=$(load "$connections" "$(cookie "$jar")" "${urls[@]}") || out="0 0 0 0"
    [ "${out%% *}" != 0 ] || out=$(load "$connections" "$(cookie "$jar")" "${urls[@]}") || out="0 0 0 0"
    kill "$sampler" 2>/dev/null || true
    wait "$sampler" 2>/dev/null || true
    peak=$(cat "$WORK/peak")
    read -r rps p50 p99 bad <<<"$out"
    echo "$database|$label|$connections|$rps|$p50|$p99|$(( size / 1024 ))|$(( peak / 1024 ))|$bad" >>"$ROWS"
    echo "$database $label at $connections: $rps/s, p50 $p50 ms, p99 $p99 ms, $(( peak / 1024 )) MiB" >&2
}

# The mix: each role's clients on their own pages, as many connections in
# all as CONNECTIONS (half the coordinator's, a quarter each for the buddy
# and the newcomer), run at once. Its p50 and p99 are those of the slowest
# group: the whole mix's p99 is at most that.
measure_mix() { # DATABASE CONNECTIONS
    local database="$1" connections="$2" quarter=$(( $2 / 4 )) out rps=0 p50=0 p99=0 bad=0 peak
    echo 0 >"$WORK/peak"
    sample_rss "$SERVER" "$WORK/peak" &
    local sampler=$!
    load $(( connections - 2 * quarter )) "$(cookie "$WORK/coordinator.fr@example.org.jar")" \
        "http://127.0.0.1:$PORT/home" "http://127.0.0.1:$PORT/programmes/1" \
        "http://127.0.0.1:$PORT$PERSON" "http://127.0.0.1:$PORT$PAIR" >"$WORK/mix-coordinator" || true &
    local a=$!
    load "$quarter" "$(cookie "$WORK/buddy1.fr@example.org.jar")" "http://127.0.0.1:$PORT/home" >"$WORK/mix-buddy" || true &
    local b=$!
    load "$quarter" "$(cookie "$WORK/newcomer1.fr@example.org.jar")" "http://127.0.0.1:$PORT/home" >"$WORK/mix-newcomer" || true
    wait "$a" "$b" || true
    kill "$sampler" 2>/dev/null || true
    wait "$sampler" 2>/dev/null || true
    peak=$(cat "$WORK/peak")
    read -r rps p50 p99 bad < <(cat "$WORK/mix-coordinator" "$WORK/mix-buddy" "$WORK/mix-newcomer" | awk '
        { rps += $1; if ($2 > p50) p50 = $2; if ($3 > p99) p99 = $3; bad += $4 }
        END { printf "%.0f %.1f %.1f %d\n", rps, p50, p99, bad }')
    echo "$database|mix|$connections|$rps|$p50|$p99|—|$(( peak / 1024 ))|$bad" >>"$ROWS"
    echo "$database mix at $connections: $rps/s, p99 $p99 ms, $(( peak / 1024 )) MiB" >&2
}

# run DATABASE: the demo, the server, the log-ins and every measurement.
run() {
    local database="$1" idle
    load_demo "$MENTEES"
    start_server "$PORT"
    for who in coordinator.fr@example.org buddy1.fr@example.org newcomer1.fr@example.org; do
        log_in "$PORT" "$who" >/dev/null
    done
    local jar="$WORK/coordinator.fr@example.org.jar"
    # A person and a pair of the programme, as its lists link to them.
    PERSON=$(curl -s -b "$jar" "http://127.0.0.1:$PORT/programmes/1" | grep -o 'href="/people/[0-9]*"' | head -1 | cut -d'"' -f2)
    PAIR=$(curl -s -b "$jar" "http://127.0.0.1:$PORT/programmes/1/pairs" | grep -o 'href="/pairs/[0-9]*"' | head -1 | cut -d'"' -f2)
    # Where autovacuum is off (as on the machines these figures come
    # from), the dead rows and stale statistics of the server's first
    # judging of every pair stay, and PostgreSQL reads an emptied queue of
    # changes as 20,000 lines: cleared as autovacuum would clear them.
    if [ "$database" = PostgreSQL ] && [ "$(psql "$DB" -qAtc "SHOW autovacuum")" = off ]; then
        psql "$DB" -qc "VACUUM (ANALYZE)"
        VACUUMED=1
    fi
    sleep 2
    idle=$(rss "$SERVER")
    echo "$database|idle before the load|$(( idle / 1024 ))|$(( $(rss_all "$SERVER") / 1024 ))" >>"$MEMORY"
    for connections in 16 64; do
        measure "$database" "coordinator's home \`/home\`" "$connections" coordinator.fr@example.org /home
        measure "$database" "programme \`/programmes/1\`" "$connections" coordinator.fr@example.org /programmes/1
        measure "$database" "person \`$PERSON\`" "$connections" coordinator.fr@example.org "$PERSON"
        measure "$database" "pair \`$PAIR\`" "$connections" coordinator.fr@example.org "$PAIR"
        measure "$database" "buddy's home \`/home\`" "$connections" buddy1.fr@example.org /home
        measure "$database" "newcomer's home \`/home\`" "$connections" newcomer1.fr@example.org /home
        measure_mix "$database" "$connections"
    done
    sleep 5
    idle=$(rss "$SERVER")
    echo "$database|idle 5 s after the load|$(( idle / 1024 ))|$(( $(rss_all "$SERVER") / 1024 ))" >>"$MEMORY"
    kill "$SERVER"
    wait "$SERVER" 2>/dev/null || true
    SERVER=""
}

VACUUMED=0
run SQLite
if [ "$POSTGRES" = 1 ] && psql "$PG/postgres" -qAtc "SELECT 1" >/dev/null 2>&1; then
    psql "$PG/postgres" -qc "DROP DATABASE IF EXISTS $PG_DB" -qc "CREATE DATABASE $PG_DB" >/dev/null
    DB="$PG/$PG_DB"
    run PostgreSQL
    psql "$PG/postgres" -qc "DROP DATABASE IF EXISTS $PG_DB" >/dev/null
elif [ "$POSTGRES" = 1 ]; then
    echo "PostgreSQL does not answer at $PG: SQLite only" >&2
fi

# What to do next about a target not met, by what was measured.
next_step() { # LABEL
    case "$1" in
        *"coordinator's home"*) echo "$NEXT_COORDINATOR_HOME" ;;
        mix) echo "$NEXT_MIX" ;;
        memory) echo "$NEXT_MEMORY" ;;
        idle) echo "$NEXT_IDLE" ;;
        *) echo "$NEXT_PAGE" ;;
    esac
}
NEXT_COORDINATOR_HOME="its 6 statements a visit on PostgreSQL (the session, the programmes, the open concerns, the changes to judge, the attention lists with their pairs' names, the account's records; the counts, the chart and the attention counts are kept): each statement with parameters is planned again at every execution (see \"Load: reading these figures\"), so fewer parameters or a plan kept where the generic one is as good"
NEXT_MIX="the pages above first: the mix waits behind its slowest page"
NEXT_MEMORY="each connection's buffers and the database's page cache, measured apart"
NEXT_IDLE="what SQLite and the connections keep after the burst (heaptrack: SQLite's own allocations, 4.8 MB live after a load); the allocator already hands freed pages back at once"
NEXT_PAGE='the cost of each statement: under load, `perf` finds most of the server'"'"'s time in the kernel switching threads (each statement goes to a connection'"'"'s own thread and back), and PostgreSQL plans again at every execution a statement with parameters whose generic plan it estimates dearer; fewer statements a page (a pair page 5, the homes 6 to 13, a person 11) or a driver without a thread per connection'

# figure RPS P99: the p99, or that no request ended within the run.
figure() { if [ "$1" = 0 ]; then echo "none ended in ${SECONDS_EACH} s"; else echo "$2 ms"; fi; }

# target CHECK MEASURED MET(1/0) LABEL: a row of the targets table.
target() {
    if [ "$3" = 1 ]; then
        echo "| $1 | $2 | yes | |"
    else
        echo "| $1 | $2 | **no** | $(next_step "$4") |"
    fi
}

# The section, from the rows.
LOADAVG="$(cut -d' ' -f1-3 /proc/loadavg)"
MEM_GIB="$(awk '/^MemTotal/ { printf "%.0f", $2 / 1048576 }' /proc/meminfo)"
CPU="$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
{
    echo "$HEADING"
    echo
    echo "Written by \`bench/load.sh\`; do not edit by hand. \`demo --mentees $MENTEES\`, a release"
    echo "build, real HTTP ($TOOL, ${SECONDS_EACH} s a measurement), signed in as the demo's"
    echo "coordinator, buddy and newcomer; the page is checked to be the signed-in"
    echo "page before each measurement. Memory is the server's own resident"
    echo "memory (\`RssAnon\`, sampled every 100 ms from \`/proc\`; peak MiB): the"
    echo "pages of the database file that SQLite reads in place (mmap) are shared"
    echo "with the system's cache and shown apart for the idle server. The mix runs half of its"
    echo "connections on the coordinator's four pages at random and a quarter on"
    echo "each of the two homes, at once; its p50 and p99 are the slowest group's."
    echo
    echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "- Machine: $(nproc) CPUs (\`nproc\`), ${CPU:-unknown CPU}, ${MEM_GIB} GiB of memory"
    echo "- Load average at the end of the run: $LOADAVG (1, 5, 15 min): the load"
    echo "  generator, the server and the database share the machine's CPUs"
    if [ "$VACUUMED" = 1 ]; then
        echo "- PostgreSQL ran without autovacuum: \`VACUUM (ANALYZE)\` after the first visits"
        echo "  (the server's first judging of every pair), as autovacuum would have run"
    fi
    echo
    echo "| database | page | connections | requests/s | p50 ms | p99 ms | KiB | peak MiB |"
    echo "|---|---|---:|---:|---:|---:|---:|---:|"
    awk -F'|' '{ printf "| %s | %s | %s | %s | %s | %s | %s | %s |%s\n", $1, $2, $3, $4, $5, $6, $7, $8, ($9 > 0 ? " " $9 " non-2xx" : "") }' "$ROWS"
    echo
    echo "| database | server memory | own MiB | with the file's pages MiB |"
    echo "|---|---|---:|---:|"
    awk -F'|' '{ printf "| %s | %s | %s | %s |\n", $1, $2, $3, $4 }' "$MEMORY"
    echo
    echo "### Targets"
    echo
    echo "| check | measured | met | next step |"
    echo "|---|---:|:---:|---|"
    while IFS='|' read -r database label connections rps p50 p99 kib peak bad; do
        [ "$connections" = 64 ] || continue
        if [ "$label" = mix ]; then
            target "$database, mix of 64 clients: p99 < 100 ms" "$(figure "$rps" "$p99")" "$(( ${p99%.*} < 100 && bad == 0 && rps > 0 ))" mix
        else
            target "$database, $label: p99 < 50 ms at 64 connections" "$(figure "$rps" "$p99")" "$(( ${p99%.*} < 50 && bad == 0 && rps > 0 ))" "$label"
        fi
    done <"$ROWS"
    for database in SQLite PostgreSQL; do
        local_peak=$(awk -F'|' -v d="$database" '$1 == d && $3 == 64 && $8 > most { most = $8 } END { print most + 0 }' "$ROWS")
        [ "$local_peak" -gt 0 ] || continue
        # MiB to MB: × 1.048576.
        target "$database, server memory under the load of 64: < 100 MB" "$local_peak MiB" \
            "$(( local_peak * 1048576 < 100000000 ))" memory
    done
    while IFS='|' read -r database what mib _; do
        [[ "$what" == idle* ]] || continue
        target "$database, server memory $what: < 30 MB" "$mib MiB" "$(( mib * 1048576 < 30000000 ))" idle
    done <"$MEMORY"
} >"$WORK/section.md"

# Into the document: the section replaced where it stands, else added.
if grep -qxF "$HEADING" "$DOC"; then
    awk -v heading="$HEADING" -v section="$WORK/section.md" '
        $0 == heading { while ((getline line < section) > 0) print line; skip = 1; next }
        skip && /^## / { skip = 0; print "" }
        !skip' "$DOC" >"$WORK/doc.md"
    cp "$WORK/doc.md" "$DOC"
else
    { echo; cat "$WORK/section.md"; } >>"$DOC"
fi
cat "$WORK/section.md"
