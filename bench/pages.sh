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
source bench/large_demo.sh
load_demo "$MENTEES"
PORT=3917
start_server "$PORT"

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
for who in coordinator.fr@example.org supervisor.fr@example.org buddy1.fr@example.org; do log_in "$PORT" "$who" >/dev/null; done
time_page coordinator.fr@example.org /home
time_page coordinator.fr@example.org /attention
time_page coordinator.fr@example.org "/attention?risk=2"
time_page coordinator.fr@example.org /programmes/1/concerns
time_page coordinator.fr@example.org /programmes/1
time_page coordinator.fr@example.org "/programmes/1?page=200"
time_page coordinator.fr@example.org "/programmes/1?q=synthetic+12"
time_page coordinator.fr@example.org "/programmes/1?q=0612&kind=mentee&language=ar&sort=name"
time_page supervisor.fr@example.org /home
time_page buddy1.fr@example.org /home
time_page buddy1.fr@example.org /pairs/1/goals
