//! Solves a benchmark instance and prints the optimum and the solve time.
//!
//! `cargo run --release -p m4m-matching --example solve_instance -- FILE [REPEAT [THREADS]]`
//!
//! The instance format is little-endian binary, written by
//! `bench/lap_bench.py`:
//!
//! ```text
//! b"M4MI"  u32 rows  u32 cols  u8 kind (0 dense, 1 sparse)
//! dense:   rows × cols i64 scores, row-major, i64::MIN for an impossible pair
//! sparse:  u64 count, then count × (u32 row, u32 col, i64 score)
//! u8 has_capacities, then cols × u32 capacities when 1
//! ```
//!
//! Output, one line: `matched total solve_seconds rounds` where the time
//! covers `Problem::solve` only (no file reading), the fastest of `REPEAT`
//! runs (default 1), on `THREADS` threads (default: the machine's).

use std::time::Instant;

use m4m_matching::{Problem, ScoreMatrix};

fn main() {
    let path = std::env::args().nth(1).expect("usage: solve_instance FILE [REPEAT]");
    let repeat: usize = std::env::args().nth(2).and_then(|r| r.parse().ok()).unwrap_or(1).max(1);
    let bytes = std::fs::read(&path).expect("read instance");
    let mut pos = 0usize;
    let mut take = |k: usize| {
        let s = &bytes[pos..pos + k];
        pos += k;
        s
    };
    assert_eq!(take(4), b"M4MI", "not an instance file");
    let rows = u32::from_le_bytes(take(4).try_into().unwrap()) as usize;
    let cols = u32::from_le_bytes(take(4).try_into().unwrap()) as usize;
    let kind = take(1)[0];
    let matrix = if kind == 0 {
        let raw = take(rows * cols * 8);
        let scores: Vec<Option<i64>> = raw
            .chunks_exact(8)
            .map(|c| {
                let v = i64::from_le_bytes(c.try_into().unwrap());
                (v != i64::MIN).then_some(v)
            })
            .collect();
        if scores.iter().all(Option::is_some) {
            ScoreMatrix::dense_complete(rows, cols, scores.into_iter().flatten().collect())
        } else {
            ScoreMatrix::dense(rows, cols, &scores)
        }
    } else {
        let count = u64::from_le_bytes(take(8).try_into().unwrap()) as usize;
        let raw = take(count * 16);
        let triplets = raw.chunks_exact(16).map(|c| {
            (
                u32::from_le_bytes(c[0..4].try_into().unwrap()) as usize,
                u32::from_le_bytes(c[4..8].try_into().unwrap()) as usize,
                i64::from_le_bytes(c[8..16].try_into().unwrap()),
            )
        });
        ScoreMatrix::sparse(rows, cols, triplets)
    }
    .expect("valid matrix");
    let threads: usize = std::env::args()
        .nth(3)
        .and_then(|t| t.parse().ok())
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, usize::from));
    let mut problem = Problem::new(&matrix);
    problem.set_threads(threads);
    if take(1)[0] == 1 {
        let raw = take(cols * 4);
        for (j, c) in raw.chunks_exact(4).enumerate() {
            let cap = u32::from_le_bytes(c.try_into().unwrap());
            problem.set_capacity(j, cap).expect("valid capacity");
        }
    }
    let mut best = f64::INFINITY;
    let mut result = None;
    for _ in 0..repeat {
        let start = Instant::now();
        let a = problem.solve().expect("solvable");
        best = best.min(start.elapsed().as_secs_f64());
        result = Some(a);
    }
    let a = result.expect("solved once");
    println!("{} {} {:.6} {}", a.matched, a.total, best, a.rounds);
}
