#!/usr/bin/env python3
"""Times `m4m match` as a whole process against pandas + scipy doing the same
work, and the solver on a cohort with impossible pairs against the same
cohort complete; writes the section "Matching from files" of
docs/BENCHMARKS.md.

Run through bench/match_cli.sh, which prepares the virtual environment and
builds m4m. Every file is generated here with a fixed seed into bench/out/.
Each process is timed from start to exit (wall time) with its peak resident
memory (`/usr/bin/time`'s maximum resident set size), a few runs each, the
fastest kept; the runs alternate between the two sides.
"""

import argparse
import datetime
import os
import platform
import subprocess
import sys
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "out")
SEED = 20261206
sys.path.insert(0, HERE)
import lap_bench  # noqa: E402  (the instance generators and format)

NOTES = """### Reading these figures

- The machine is shared with other builds (load average above): a wall
  time includes waiting for one of the two cores, the CPU time does not.
  Ratios are taken within one run, the two sides alternating. This run
  had an Intel Xeon where the last had an AMD EPYC: the CPU times of the
  two are not comparable (the scores file's whole process went from 360
  to 470 ms of CPU; its code changed only by building the matrix without
  a division per cell).
- The scores file: reading is 320 instructions a line of 30 bytes
  (callgrind, a 500 × 1,000 file, a run stopped by a bad capacities file
  just after reading; 1,050 before the reader below). A line whose
  mentee is the previous line's and whose mentor follows the previous
  line's is compared in place (ids a word at a time), its score's digits
  added eight at a time and rounded to thousandths without the C
  library's `round`; any other line is split in one pass over its bytes.
  Scores are kept in runs of one mentee's lines, and each part fills the
  matrix rows of the mentees first seen in it on its own thread; the
  engine takes the 32-bit matrix as it is (`dense32_from_vec`). Read
  alone, the 2,000 × 2,000 file cost 190 to 200 ms of CPU (about 600 MB
  per CPU second; 330 to 390 ms before) under a load of 4 to 5; in whole
  runs under a load of 3.5 to 4, reading took 131 to 239 ms (500 to 900
  MB/s), 194 to 636 ms before, the two alternating.
- Profile files are read as the scores file is: the whole file at once,
  cut at line starts into a part per core, fields parsed where they lie,
  a quoted field unquoted into one buffer a line, and the CSV reader,
  record by record, kept as the reference for anything else (a field
  quoted across lines, a lone carriage return) and for every error
  message, which it locates. Both readers give the same profiles, bit
  for bit (a test reads files with a byte order mark, CRLF, quoted fields
  with commas, empty fields and no final newline with both). Reading both
  files took 43 ms against 262 ms with the CSV reader in the last run
  (another processor, a similar load), still far below the 300 MB/s
  target: read alone (a run stopped by a bad weights file), both files
  cost 73 ms of CPU under this load, 10,000 instructions a line of 120
  bytes, three quarters of them in building each profile: parsing its
  fields and copying its id and each tag into a `String` of its own (an
  allocation each). Availability slots split as bytes and looked up as
  numbers, and fields trimmed without decoding characters, cut an eighth
  of that (242 to 210 million instructions for both files read alone,
  callgrind); allocating and freeing are now a quarter of what is left.
  Then, measured: half of the CPU was the system's, 5,300 page faults
  (perf stat), memory touched for the first time. So each file is now
  read in one part when `m4m match` reads both at once on two cores
  (each takes half the cores: more parts were threads waiting for a
  core, their profiles copied again to join them), 64 KiB at a time into
  one buffer (the whole file was 1.2 MB of new memory), after counting
  its lines so that the profiles' vector is allocated once at its size
  (it grew, each growth a copy into new memory); each list is allocated
  at its length (a collected vector starts at four); lists are split as
  bytes, commas found eight bytes at a time; levels, areas, genders and
  slots written as their names are compared as bytes before `from_str`;
  coordinates read by the scores file's decimal reader. Both files read
  alone (callgrind, less a run on files with a header only): 193 to 135
  million instructions for the process (the reader itself about 150 to
  113 million: 7,500 to 5,700 a line); page faults 5,300 to 2,400; CPU
  (perf stat, the whole process) 40 to 44 ms to 28 ms. In whole runs
  under a load of 3 to 4, reading took 19 to 44 ms against 22 to 48
  before, the two alternating (20 to 29 ms before at a load of 1.8; at
  best about 130 MB/s): still far below the target, 8 ms. What is left
  is per profile: its id, lists and tags each a `String` or a vector of
  their own (ten allocations a line here), and the profile itself (232
  and 248 bytes), all written to new pages; 2,400 faults for 20,000
  profiles cost about as much as parsing them. Next step: profiles whose
  tags are interned in the engine (a symbol a tag, shared per cohort)
  and smaller, a change of the public `Profile` that the web application
  builds too.
- Before this route, the 30 % impossible cohort took the candidate
  lists: the same optimum, several times slower (1,245 ms against 346
  for this route in the run of 2026-12-07 01:46 UTC; the row comes back
  with `--before-solve-instance`, see the script).
"""

BEGIN = "<!-- match_cli.sh: begin -->"
END = "<!-- match_cli.sh: end -->"


# --- files ---------------------------------------------------------------------

def scores_file(n, m):
    """A dense scores file, mentee by mentee, mentoring-like scores in [0, 1]
    with six decimals."""
    path = os.path.join(OUT, f"scores-{n}x{m}.csv")
    if os.path.exists(path):
        return path
    rng = np.random.default_rng([SEED, n, m])
    a = lap_bench.mentoring(rng, n, m).astype(np.float64) / 1000.0
    # Six decimals: the mentoring score plus noise below a thousandth.
    a = np.clip(a + rng.integers(0, 1000, size=(n, m)) / 1e6, 0.0, 1.0)
    mentees = np.char.add("mentee", np.arange(n).astype(str))
    mentors = np.char.add("mentor", np.arange(m).astype(str))
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        f.write("mentee,mentor,score\n")
        for i in range(n):
            row = [f"{mentees[i]},{mentors[j]},{a[i, j]:.6f}\n" for j in range(m)]
            f.write("".join(row))
    os.replace(tmp, path)
    return path


LANGS = np.array(["ar", "fa", "uk", "ti", "es", "ps", "so", "fr"])
LEVELS = np.array(["A1", "A2", "B1", "B2", "C1", "C2"])
AREAS = np.array(["language", "administration", "housing", "employment", "health", "education",
                  "transport", "money", "digital", "social", "wellbeing"])
DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
PARTS = ["am", "pm", "eve"]
SLOTS = np.array([f"{d}-{p}" for d in DAYS for p in PARTS])
INTERESTS = np.array(["football", "cooking", "music", "reading", "hiking", "chess", "cinema", "art",
                      "dance", "gardening", "photography", "running"])


def profiles(rng, k, side):
    """`k` profiles as columns (numpy arrays) and as CSV text."""
    native = rng.choice(len(LANGS), size=k, p=[0.22, 0.18, 0.14, 0.1, 0.1, 0.08, 0.08, 0.1])
    fr = rng.integers(0, 6, size=k)
    en = rng.integers(0, 6, size=k)
    areas = [rng.choice(len(AREAS), size=2, replace=False) for _ in range(k)]
    slots = rng.integers(0, 1 << 21, size=k) & rng.integers(0, 1 << 21, size=k)
    lat = 50.63 + rng.uniform(-0.15, 0.15, size=k)
    lon = 3.06 + rng.uniform(-0.2, 0.2, size=k)
    year = rng.integers(1955, 2006, size=k)
    gender = rng.choice(["female", "male", "other"], size=k, p=[0.48, 0.48, 0.04])
    interests = [rng.choice(len(INTERESTS), size=2, replace=False) for _ in range(k)]
    head = ["id", "native_languages", "languages", "lat", "lon", "availability", "interests", "gender",
            "birth_year", "needs" if side == "mentee" else "skills"]
    if side == "mentor":
        head.append("capacity")
    lines = [",".join(head)]
    for x in range(k):
        slot_text = " ".join(SLOTS[[b for b in range(21) if slots[x] >> b & 1]])
        row = [
            f"{'n' if side == 'mentee' else 'b'}{x}",
            LANGS[native[x]],
            f"fr:{LEVELS[fr[x]]} en:{LEVELS[en[x]]}",
            f"{lat[x]:.5f}",
            f"{lon[x]:.5f}",
            slot_text,
            ";".join(INTERESTS[interests[x]]),
            gender[x],
            str(year[x]),
            ";".join(AREAS[areas[x]]),
        ]
        if side == "mentor":
            row.append("1")
        lines.append(",".join(row))
    return "\n".join(lines) + "\n"


def profile_files(k):
    paths = [os.path.join(OUT, f"{side}s-{k}.csv") for side in ("mentee", "mentor")]
    if all(os.path.exists(p) for p in paths):
        return paths
    rng = np.random.default_rng([SEED, k])
    for side, path in zip(("mentee", "mentor"), paths):
        with open(path, "w") as f:
            f.write(profiles(rng, k, side))
    return paths


# --- the Python side -------------------------------------------------------------

PANDAS_SCORES = r"""
import sys
import pandas as pd
from scipy.optimize import linear_sum_assignment
df = pd.read_csv(sys.argv[1])
m = df.pivot(index="mentee", columns="mentor", values="score")
r, c = linear_sum_assignment(m.to_numpy(), maximize=True)
out = pd.DataFrame({"mentee": m.index[r], "mentor": m.columns[c], "score": m.to_numpy()[r, c]})
out.to_csv(sys.argv[2], index=False)
print(len(out), round(float(out["score"].sum()), 6))
"""

# The same steps from profiles: read both files, score every pair (five of
# m4m's criteria, vectorised, in float32 by blocks of rows), assign, write.
PANDAS_PROFILES = r"""
import sys
import numpy as np
import pandas as pd
from scipy.optimize import linear_sum_assignment
a = pd.read_csv(sys.argv[1])
b = pd.read_csv(sys.argv[2])
AREAS = ["language", "administration", "housing", "employment", "health", "education",
         "transport", "money", "digital", "social", "wellbeing"]
SLOTS = [f"{d}-{p}" for d in ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] for p in ["am", "pm", "eve"]]
def bits(col, names):
    idx = {n: k for k, n in enumerate(names)}
    return np.array([sum(1 << idx[t] for t in str(v).replace(";", " ").split() if t in idx) if isinstance(v, str) else 0
                     for v in col], dtype=np.int64)
def level(col, lang):
    ranks = {"A1": 1, "A2": 2, "B1": 3, "B2": 4, "C1": 5, "C2": 6}
    out = []
    for v in col:
        d = dict(t.split(":") for t in str(v).split()) if isinstance(v, str) else {}
        out.append(ranks.get(d.get(lang, ""), 0))
    return np.array(out, dtype=np.int64)
POP = np.array([bin(k).count("1") for k in range(1 << 11)], dtype=np.int64)
def pop(x):
    return POP[x & 0x7FF] + POP[(x >> 11) & 0x7FF]
needs, skills = bits(a["needs"], AREAS), bits(b["skills"], AREAS)
sa, sb = bits(a["availability"], SLOTS), bits(b["availability"], SLOTS)
fa, fb = level(a["languages"], "fr"), level(b["languages"], "fr")
ea, eb = level(a["languages"], "en"), level(b["languages"], "en")
na, nb = a["native_languages"].to_numpy(), b["native_languages"].to_numpy()
la, lo = np.radians(a["lat"].to_numpy()), np.radians(a["lon"].to_numpy())
lb, lob = np.radians(b["lat"].to_numpy()), np.radians(b["lon"].to_numpy())
ya, yb = a["birth_year"].to_numpy(), b["birth_year"].to_numpy()
n, m = len(a), len(b)
score = np.empty((n, m), dtype=np.float32)
for s in range(0, n, 500):
    e = min(n, s + 500)
    col = lambda v: v[s:e, None]
    common = np.maximum(np.minimum(col(fa), fb[None, :]), np.minimum(col(ea), eb[None, :]))
    language = np.where(col(na) == nb[None, :], 1.0, common / 6.0)
    met = POP[col(needs) & skills[None, :]] / np.maximum(POP[needs[s:e]], 1)[:, None]
    slots = np.minimum(1.0, pop(col(sa) & sb[None, :]) / 2.0)
    x = (lob[None, :] - col(lo)) * np.cos((lb[None, :] + col(la)) / 2)
    y = lb[None, :] - col(la)
    place = np.maximum(0.0, 1.0 - 6371.0 * np.hypot(x, y) / 30.0)
    age = np.maximum(0.0, 1.0 - np.abs(col(ya) - yb[None, :]) / 40.0)
    score[s:e] = (3 * met + 3 * language + 2 * slots + 2 * place + 0.5 * age) / 10.5
r, c = linear_sum_assignment(score, maximize=True)
out = pd.DataFrame({"mentee": a["id"].to_numpy()[r], "mentor": b["id"].to_numpy()[c], "score": np.round(score[r, c], 3)})
out.to_csv(sys.argv[3], index=False)
print(len(out), round(float(out["score"].sum()), 3))
"""


# --- timing ----------------------------------------------------------------------

def run(cmd):
    """Wall seconds, standard output and error of a command that must succeed."""
    start = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        raise SystemExit(f"{cmd[0]} failed: {p.stderr.strip()}")
    return time.perf_counter() - start, p.stdout, p.stderr


def measured(cmd):
    """Runs `cmd` under `/usr/bin/time`: wall seconds, peak resident MB (the
    kernel's `ru_maxrss` of the command), its standard output and error."""
    report = os.path.join(OUT, "time.txt")
    secs, out, err = run(["/usr/bin/time", "-f", "%M %U %S", "-o", report, *cmd])
    with open(report) as f:
        rss_kb, user, system = f.read().strip().splitlines()[-1].split()
    return secs, int(rss_kb) / 1024, out, err, float(user) + float(system)


def best_of(runs, cmd):
    best = None
    for _ in range(runs):
        r = measured(cmd)
        if best is None or r[0] < best[0]:
            best = r
    return best


def alternate(runs, a, b):
    """The fastest of `runs` runs of each command, alternating."""
    ra, rb = None, None
    for _ in range(runs):
        x = measured(a)
        ra = x if ra is None or x[0] < ra[0] else ra
        y = measured(b)
        rb = y if rb is None or y[0] < rb[0] else rb
    return ra, rb


def summary_times(err):
    """`(read, solve, line)` from m4m's summary line."""
    line = [l for l in err.splitlines() if l.startswith("m4m match: matched")][-1]
    inner = line.rsplit("(", 1)[1].rstrip(")")
    read = float(inner.split("read ")[1].split(" s")[0])
    solve = float(inner.split("solve ")[1].split(" s")[0])
    return read, solve, line


# --- the constrained cohort ----------------------------------------------------

def constrained_instances(n):
    """The mentoring-like 4000 × 4000 instance of bench/run.sh, complete and
    with 30 % of its pairs impossible."""
    rng = np.random.default_rng([lap_bench.SEED, n, n, len(f"mentoring-{n}")])
    a = lap_bench.mentoring(rng, n, n)
    complete = os.path.join(OUT, f"mentoring-{n}.bin")
    lap_bench.write_instance(complete, n, n, dense=a)
    cut = np.random.default_rng([SEED, n]).random((n, n)) < 0.3
    b = a.copy()
    b[cut] = np.iinfo(np.int64).min
    constrained = os.path.join(OUT, f"mentoring-{n}-30pc-impossible.bin")
    lap_bench.write_instance(constrained, n, n, dense=b)
    return complete, constrained


def solve_times(binary, path, runs):
    p = subprocess.run([binary, path, str(runs), "1"], capture_output=True, text=True, check=True)
    matched, total, secs, rounds = p.stdout.split()
    return int(matched), int(total), float(secs), int(rounds)


# --- report ---------------------------------------------------------------------

def cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def ms(secs):
    return f"{secs * 1000:,.0f}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--m4m", required=True, help="the release m4m binary")
    ap.add_argument("--solve-instance", required=True, help="the release solve_instance example")
    ap.add_argument("--before-solve-instance", default="", help="the same example built from an earlier commit")
    ap.add_argument("--before-label", default="")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--report", default="docs/BENCHMARKS.md")
    ap.add_argument("--size", type=int, default=2000)
    ap.add_argument("--profiles", type=int, default=10000)
    args = ap.parse_args()
    os.makedirs(OUT, exist_ok=True)
    load_start = os.getloadavg()

    # Scores file.
    n = args.size
    scores = scores_file(n, n)
    size_mb = os.path.getsize(scores) / 1e6
    print(f"scores {n}x{n}: {size_mb:.0f} MB", file=sys.stderr, flush=True)
    out_m4m = os.path.join(OUT, "pairs-m4m.csv")
    out_py = os.path.join(OUT, "pairs-pandas.csv")
    m4m_s, py_s = alternate(
        args.runs,
        [args.m4m, "match", "--scores", scores, "--out", out_m4m],
        [sys.executable, "-c", PANDAS_SCORES, scores, out_py],
    )
    read_s, solve_s, line_s = summary_times(m4m_s[3])
    print(line_s, file=sys.stderr, flush=True)

    # Profile files.
    k = args.profiles
    mentees, mentors = profile_files(k)
    prof_mb = (os.path.getsize(mentees) + os.path.getsize(mentors)) / 1e6
    print(f"profiles {k}x{k}: {prof_mb:.1f} MB", file=sys.stderr, flush=True)
    m4m_p = best_of(args.runs, [args.m4m, "match", "--mentees", mentees, "--mentors", mentors, "--out", out_m4m])
    read_p, solve_p, line_p = summary_times(m4m_p[3])
    print(line_p, file=sys.stderr, flush=True)
    py_p = best_of(1, [sys.executable, "-c", PANDAS_PROFILES, mentees, mentors, out_py])

    # Constrained cohort.
    complete, constrained = constrained_instances(4000)
    c_full = solve_times(args.solve_instance, complete, args.runs)
    c_cut = solve_times(args.solve_instance, constrained, args.runs)
    before = solve_times(args.before_solve_instance, constrained, args.runs) if args.before_solve_instance else None
    if before and (before[0], before[1]) != (c_cut[0], c_cut[1]):
        raise SystemExit(f"optima differ: before {before[:2]}, now {c_cut[:2]}")

    load = os.getloadavg()
    now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    import pandas
    import scipy

    lines = [BEGIN, "## Matching from files\n"]
    lines.append(
        "`bench/match_cli.sh` (generated by it; do not edit by hand) times `m4m match` as a whole process "
        "(start to exit: reading, scoring, solving, writing) against pandas + scipy doing the same steps, "
        "each process from start to exit with its CPU time and peak resident memory (as `/usr/bin/time` "
        f"reports them); on a shared machine the wall time includes waiting for a core, the CPU time does not; the fastest of {args.runs} runs, the two sides alternating. m4m is the release "
        "build, on every core.\n"
    )
    lines.append(f"- Date: {now}")
    lines.append(
        f"- Load average: {load_start[0]:.1f} at the start, {load[0]:.1f} (1 min) and {load[2]:.1f} (15 min) "
        "at the end"
    )
    lines.append(f"- Machine: {os.cpu_count()} CPUs (`nproc`), {cpu_model()}, {platform.system()} {platform.release()}")
    lines.append(
        f"- Versions: Python {platform.python_version()}, pandas {pandas.__version__}, numpy {np.__version__}, "
        f"scipy {scipy.__version__}\n"
    )
    lines.append(f"### A scores file: {n:,} × {n:,} pairs\n")
    lines.append(
        f"`scores-{n}x{n}.csv`: {n * n:,} lines, {size_mb:.0f} MB, mentoring-like scores in [0, 1] with six "
        "decimals, mentee by mentee. pandas: `read_csv`, `pivot`, `linear_sum_assignment(maximize=True)`, "
        "`to_csv`.\n"
    )
    lines.append("| | whole process ms | CPU ms (user + system) | peak memory MB | peak / file size |")
    lines.append("|---|---:|---:|---:|---:|")
    lines.append(
        f"| `m4m match --scores` | {ms(m4m_s[0])} | {ms(m4m_s[4])} | {m4m_s[1]:.0f} | {m4m_s[1] / size_mb:.2f} |"
    )
    lines.append(f"| pandas + scipy | {ms(py_s[0])} | {ms(py_s[4])} | {py_s[1]:.0f} | {py_s[1] / size_mb:.2f} |")
    lines.append("")
    lines.append(
        f"Inside m4m's run: reading {ms(read_s)} ms ({size_mb / read_s:,.0f} MB/s), solving {ms(solve_s)} ms. "
        f"pandas + scipy matched {py_s[2].split()[0]} with a total of {py_s[2].split()[1]}; m4m: "
        f"`{line_s.split('m4m match: ')[1]}` (m4m optimises scores to three decimals, scipy to six, so the "
        "totals may differ in the fourth decimal).\n"
    )
    checks = [
        ("whole process ≤ ½ of pandas + scipy", m4m_s[0] <= py_s[0] / 2, f"{py_s[0] / m4m_s[0]:.1f}× faster"),
        ("reading ≥ 300 MB/s (wall time)", size_mb / read_s >= 300, f"{size_mb / read_s:,.0f} MB/s"),
        ("whole process ≥ 300 MB per CPU second", size_mb / m4m_s[4] >= 300, f"{size_mb / m4m_s[4]:,.0f} MB/s"),
        ("peak memory ≤ 1.5 × file size", m4m_s[1] <= 1.5 * size_mb, f"{m4m_s[1] / size_mb:.2f} ×"),
    ]
    lines.append(f"### Profile files: {k:,} × {k:,}\n")
    lines.append(
        f"`mentees-{k}.csv` and `mentors-{k}.csv`: {prof_mb:.1f} MB in all (id, languages, place, availability, "
        f"interests, gender, birth year, needs or skills). m4m scores all {k * k:,} pairs with every criterion "
        "and hard constraint, then solves. pandas + scipy: `read_csv`, five of the criteria vectorised in "
        "float32 (language, needs, availability, place, age; no hard constraints), "
        "`linear_sum_assignment`, `to_csv`.\n"
    )
    lines.append("| | whole process ms | CPU ms (user + system) | peak memory MB |")
    lines.append("|---|---:|---:|---:|")
    lines.append(f"| `m4m match --mentees --mentors` | {ms(m4m_p[0])} | {ms(m4m_p[4])} | {m4m_p[1]:.0f} |")
    lines.append(f"| pandas + numpy + scipy | {ms(py_p[0])} | {ms(py_p[4])} | {py_p[1]:.0f} |")
    lines.append("")
    lines.append(
        f"Inside m4m's run: reading both files {ms(read_p)} ms ({prof_mb / max(read_p, 1e-9):,.0f} MB/s), "
        f"solving {ms(solve_p)} ms; `{line_p.split('m4m match: ')[1]}`. The score matrix "
        f"({k * k * 4 / 1e6:,.0f} MB in 32 bits) is most of the memory: peak memory cannot be a multiple of "
        "files this small.\n"
    )
    checks += [
        ("profiles: whole process ≤ ½ of pandas + numpy + scipy", m4m_p[0] <= py_p[0] / 2,
         f"{py_p[0] / m4m_p[0]:.1f}× faster"),
        ("profiles: reading ≥ 300 MB/s", prof_mb / max(read_p, 1e-9) >= 300, f"{prof_mb / max(read_p, 1e-9):,.0f} MB/s"),
    ]
    lines.append("### A cohort with hard constraints: 4,000 × 4,000\n")
    lines.append(
        "The mentoring-4000 instance of the assignment table above, complete and with 30 % of its pairs "
        "impossible (drawn at random, fixed seed), solved by `solve_instance` on one thread "
        f"(`Problem::solve` alone, the fastest of {args.runs}).\n"
    )
    lines.append("| instance | route | solve ms | matched | total |")
    lines.append("|---|---|---:|---:|---:|")
    lines.append(f"| complete | dense | {c_full[2] * 1000:.1f} | {c_full[0]} | {c_full[1]} |")
    lines.append(f"| 30 % impossible | dense, absent pairs as absent edges | {c_cut[2] * 1000:.1f} | {c_cut[0]} | {c_cut[1]} |")
    if before:
        lines.append(
            f"| 30 % impossible, {args.before_label or 'before'} | candidate lists | {before[2] * 1000:.1f} | "
            f"{before[0]} | {before[1]} |"
        )
    lines.append("")
    checks.append(("30 % impossible ≤ 1.5 × complete", c_cut[2] <= 1.5 * c_full[2], f"{c_cut[2] / c_full[2]:.2f} ×"))
    if before:
        checks.append(("30 % impossible: same optimum as the candidate lists", True, "yes"))
    lines.append(NOTES)
    lines.append("### Targets\n")
    lines.append(f"{sum(ok for _, ok, _ in checks)} of {len(checks)} met in this run.\n")
    lines.append("| target | measured | met |")
    lines.append("|---|---:|:---:|")
    for what, ok, val in checks:
        lines.append(f"| {what} | {val} | {'yes' if ok else '**no**'} |")
    lines.append(END)
    section = "\n".join(lines) + "\n"
    print(section)

    with open(args.report) as f:
        text = f.read()
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        tail = rest.split(END, 1)[1].lstrip("\n")
        text = head + section + ("\n" + tail if tail else "")
    else:
        text = text.rstrip("\n") + "\n\n" + section
    with open(args.report, "w") as f:
        f.write(text)


if __name__ == "__main__":
    main()
