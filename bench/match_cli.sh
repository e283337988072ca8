#!/usr/bin/env bash
# Times `m4m match` as a whole process against pandas + scipy on a dense
# 2000 × 2000 scores file and on 10,000 × 10,000 profile files, and the
# solver on a 4000 × 4000 cohort with 30 % of its pairs impossible against
# the same cohort complete. Writes the section "Matching from files" of
# docs/BENCHMARKS.md. Several minutes on two cores (scipy on 10,000 × 10,000
# is most of it).
#
#   bench/match_cli.sh                     # everything, 3 runs each
#   bench/match_cli.sh --runs 1 --profiles 3000
#   bench/match_cli.sh --before-solve-instance PATH --before-label "commit b59bb08"
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-target}"

if [ ! -x bench/.venv/bin/python ]; then
  python3 -m venv bench/.venv
fi
bench/.venv/bin/python -c "import numpy, scipy, pandas" 2>/dev/null \
  || bench/.venv/bin/pip install --quiet numpy scipy pandas

cargo build --release --bin m4m
cargo build --release -p m4m-matching --example solve_instance

bench/.venv/bin/python bench/match_cli.py \
  --m4m "$CARGO_TARGET_DIR/release/m4m" \
  --solve-instance "$CARGO_TARGET_DIR/release/examples/solve_instance" \
  --report docs/BENCHMARKS.md "$@"
