#!/usr/bin/env bash
# Benchmarks the matching engine: the scorer (cargo bench) and the exact
# assignment against scipy, lap and lapx on identical instances. Writes
# docs/BENCHMARKS.md. About five to ten minutes on two cores.
#
#   bench/run.sh                       # everything
#   bench/run.sh --only ties-2000      # some instances (comma-separated)
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-target}"

# lap and lapx install the same module name: one environment each.
if [ ! -x bench/.venv/bin/python ]; then
  python3 -m venv bench/.venv
fi
bench/.venv/bin/python -c "import numpy, scipy, lap" 2>/dev/null \
  || bench/.venv/bin/pip install --quiet numpy scipy lap \
  || echo "bench: could not install every package; going on with what is there" >&2
if [ ! -x bench/.venv/lapx/bin/python ]; then
  python3 -m venv bench/.venv/lapx
fi
bench/.venv/lapx/bin/python -c "import numpy, lap" 2>/dev/null \
  || bench/.venv/lapx/bin/pip install --quiet numpy lapx \
  || echo "bench: lapx could not be installed; its column will be empty" >&2
LAPX_PYTHON=bench/.venv/lapx/bin/python
bench/.venv/lapx/bin/python -c "import lap" 2>/dev/null || LAPX_PYTHON=""

cargo build --release -p m4m-matching --example solve_instance
SCORER="$(cargo bench -p m4m-matching --bench score 2>/dev/null | grep '^score ' || true)"

bench/.venv/bin/python bench/lap_bench.py \
  --m4m "$CARGO_TARGET_DIR/release/examples/solve_instance" \
  --lapx-python "$LAPX_PYTHON" \
  --scorer "$SCORER" \
  --report docs/BENCHMARKS.md "$@"
