//! The exact solver: shortest augmenting paths with dual prices, in the
//! manner of Jonker and Volgenant, extended to buddies with capacities and to
//! newcomers who may stay unmatched.
//!
//! # The model
//!
//! A min-cost flow: each mentee row sends one unit either to a mentor column
//! along a possible pair (cost `-(bonus + score)`) or straight to the sink
//! (cost 0, "unmatched"); each mentor column passes at most its capacity to
//! the sink. The `bonus` exceeds twice the sum of every row's largest
//! absolute score, so one more matched mentee always outweighs any gain in
//! score: the optimum has the largest number of matched mentees, then the
//! largest total score. Everything is exact `i64` arithmetic.
//!
//! Rows are added one at a time; each addition augments along a shortest path
//! (Dijkstra on reduced costs) from the new row to the sink. A column stays
//! open until it is full, so capacities cost nothing extra. Potentials
//! `phi` keep every residual arc's reduced cost non-negative; they give the
//! LP duals `u_i = max(phi_row[i], 0)` and `v_j = max(-phi_col[j], 0)`.
//!
//! # Candidates and certification
//!
//! Large problems are first solved on candidate pairs (the best few of every
//! row and every column). The duals of that optimum are then checked against
//! every possible pair: if `u_i + v_j >= bonus + score_ij` holds everywhere,
//! the candidate optimum is optimal for the whole problem (it is primal
//! feasible and shares its objective with a feasible dual). Violating pairs
//! join the candidates and the sparse problem is solved again; after a few
//! rounds the solver falls back to every pair.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

const NONE: u32 = u32::MAX;
const INF: i64 = i64::MAX / 4;

/// Candidates kept per row and per column before certification.
const CANDIDATES: usize = 6;
/// Rounds of certification before solving on every pair.
const MAX_ROUNDS: usize = 6;

/// A read-only view of the possible pairs, with their profits
/// (`bonus + score`).
pub(crate) trait Edges {
    fn rows(&self) -> usize;
    fn cols(&self) -> usize;
    /// Calls `f(col, profit)` for every possible pair of `row`, ascending
    /// columns.
    fn for_each(&self, row: usize, f: impl FnMut(u32, i64));
    /// Number of possible pairs (an upper bound is fine).
    fn len_hint(&self) -> usize;
}

/// Compressed sparse rows of profits.
#[derive(Debug, Clone, Default)]
pub(crate) struct Csr {
    n: usize,
    m: usize,
    start: Vec<usize>,
    col: Vec<u32>,
    profit: Vec<i64>,
}

impl Csr {
    fn from_edges<E: Edges>(e: &E) -> Self {
        let n = e.rows();
        let mut start = Vec::with_capacity(n + 1);
        let mut col = Vec::with_capacity(e.len_hint());
        let mut profit = Vec::with_capacity(e.len_hint());
        start.push(0);
        for i in 0..n {
            e.for_each(i, |c, p| {
                col.push(c);
                profit.push(p);
            });
            start.push(col.len());
        }
        Csr {
            n,
            m: e.cols(),
            start,
            col,
            profit,
        }
    }

    /// From per-row lists of `(col, profit)`, each sorted by column and
    /// without duplicates.
    fn from_rows(m: usize, rows: Vec<Vec<(u32, i64)>>) -> Self {
        let n = rows.len();
        let total = rows.iter().map(Vec::len).sum();
        let mut start = Vec::with_capacity(n + 1);
        let mut col = Vec::with_capacity(total);
        let mut profit = Vec::with_capacity(total);
        start.push(0);
        for r in rows {
            for (c, p) in r {
                col.push(c);
                profit.push(p);
            }
            start.push(col.len());
        }
        Csr {
            n,
            m,
            start,
            col,
            profit,
        }
    }

    fn len(&self) -> usize {
        self.col.len()
    }
}

/// An optimum: the column of each row (`None` when unmatched) and the
/// potentials that prove it.
#[derive(Debug, Clone)]
pub(crate) struct Solution {
    pub row_col: Vec<Option<usize>>,
    /// `u_i`, non-negative, zero for unmatched rows.
    pub row_dual: Vec<i64>,
    /// `v_j`, non-negative, zero for columns that are not full.
    pub col_dual: Vec<i64>,
    /// How many certification rounds were needed (0 when solved on every
    /// pair directly).
    pub rounds: usize,
}

/// Solves exactly, using candidate lists when the problem is large.
pub(crate) fn solve<E: Edges>(edges: &E, cap: &[u32]) -> Solution {
    let small = edges.len_hint() <= 4 * CANDIDATES * (edges.rows() + edges.cols());
    solve_with(edges, cap, CANDIDATES, small)
}

/// Solves with `k` candidates per row and column, or on every pair directly.
pub(crate) fn solve_with<E: Edges>(edges: &E, cap: &[u32], k: usize, direct: bool) -> Solution {
    let m = edges.cols();
    if direct {
        let g = Csr::from_edges(edges);
        let mut s = Ssp::new(&g, cap).run();
        s.rounds = 0;
        return s;
    }
    let mut rows = candidates(edges, cap, k);
    let mut cand = Csr::from_rows(m, rows.clone());
    for round in 1..=MAX_ROUNDS {
        let mut sol = Ssp::new(&cand, cap).run();
        sol.rounds = round;
        let mut violators = 0usize;
        for (i, row) in rows.iter_mut().enumerate() {
            let u = sol.row_dual[i];
            let mut extra: Vec<(u32, i64)> = Vec::new();
            edges.for_each(i, |c, p| {
                if u + sol.col_dual[c as usize] < p {
                    extra.push((c, p));
                }
            });
            if !extra.is_empty() {
                // Pairs already among the candidates satisfy the dual
                // constraint, so every violator is new.
                violators += extra.len();
                row.extend(extra);
                row.sort_unstable_by_key(|&(c, _)| c);
            }
        }
        if violators == 0 {
            return sol;
        }
        cand = Csr::from_rows(m, rows.clone());
        if cand.len() * 2 > edges.len_hint() {
            break;
        }
    }
    let g = Csr::from_edges(edges);
    let mut s = Ssp::new(&g, cap).run();
    s.rounds = MAX_ROUNDS + 1;
    s
}

/// The best `k` pairs of every row, and of every column (a few more for
/// columns with a larger capacity), as per-row lists sorted by column.
///
/// Ties are broken by a rotated index (row `i` prefers the columns from
/// `i × cols / rows` on, and a column the rows from its own offset on), so
/// that on data with many equal scores the lists spread over all columns
/// instead of collapsing onto the first few. The choice stays deterministic.
fn candidates<E: Edges>(edges: &E, cap: &[u32], k: usize) -> Vec<Vec<(u32, i64)>> {
    let n = edges.rows();
    let m = edges.cols();
    let col_k: Vec<usize> = cap.iter().map(|&c| k + c.min(8) as usize).collect();
    let mut col_start = Vec::with_capacity(m + 1);
    col_start.push(0usize);
    for &ck in &col_k {
        col_start.push(col_start.last().copied().unwrap_or(0) + ck);
    }
    let col_off: Vec<u64> = (0..m).map(|j| (j as u64 * n as u64) / m as u64).collect();
    let mut col_best: Vec<(i128, u32)> = vec![(i128::MIN, NONE); col_start[m]];
    let mut col_len = vec![0usize; m];
    // The smallest key kept by each column once its list is full.
    let mut col_min = vec![i128::MIN; m];
    // The same bound on profits alone, a cheap first test.
    let mut col_min_p = vec![i64::MIN; m];
    let mut rows: Vec<Vec<(u32, i64)>> = Vec::with_capacity(n);
    let mut best: Vec<(i128, u32)> = Vec::with_capacity(k + 1);
    for i in 0..n {
        best.clear();
        let mut row_min = i128::MIN;
        let mut row_min_p = i64::MIN;
        let off = ((i as u64 * m as u64) / n as u64) as u32;
        edges.for_each(i, |c, p| {
            if p >= row_min_p {
                let t = if c >= off {
                    c - off
                } else {
                    c + m as u32 - off
                };
                let key = (i128::from(p) << 32) | i128::from(u32::MAX - t);
                if key > row_min {
                    let new_len = insert_desc(&mut best, k, (key, c));
                    if new_len == k {
                        row_min = best[k - 1].0;
                        row_min_p = (row_min >> 32) as i64;
                    }
                }
            }
            let cu = c as usize;
            if p >= col_min_p[cu] {
                let ti = i as u64;
                let t = if ti >= col_off[cu] {
                    ti - col_off[cu]
                } else {
                    ti + n as u64 - col_off[cu]
                };
                let key = (i128::from(p) << 32) | i128::from(u32::MAX - t as u32);
                if key > col_min[cu] {
                    let slot = &mut col_best[col_start[cu]..col_start[cu + 1]];
                    let len = insert_desc_slice(slot, col_len[cu], (key, i as u32));
                    col_len[cu] = len;
                    if len == slot.len() {
                        col_min[cu] = slot[len - 1].0;
                        col_min_p[cu] = (col_min[cu] >> 32) as i64;
                    }
                }
            }
        });
        let mut r: Vec<(u32, i64)> = best
            .iter()
            .map(|&(key, c)| (c, (key >> 32) as i64))
            .collect();
        r.sort_unstable_by_key(|&(c, _)| c);
        rows.push(r);
    }
    for j in 0..m {
        for &(key, i) in &col_best[col_start[j]..col_start[j] + col_len[j]] {
            let r = &mut rows[i as usize];
            if let Err(pos) = r.binary_search_by_key(&(j as u32), |&(c, _)| c) {
                r.insert(pos, (j as u32, (key >> 32) as i64));
            }
        }
    }
    rows
}

/// Inserts into a list sorted by profit descending (ties: earlier first),
/// keeping at most `k` entries.
fn insert_desc(v: &mut Vec<(i128, u32)>, k: usize, e: (i128, u32)) -> usize {
    let pos = v.partition_point(|&(p, _)| p >= e.0);
    if pos < k {
        v.insert(pos, e);
        v.truncate(k);
    }
    v.len()
}

/// Same on a fixed slice holding `len` entries; returns the new length.
fn insert_desc_slice(v: &mut [(i128, u32)], len: usize, e: (i128, u32)) -> usize {
    let k = v.len();
    let pos = v[..len].partition_point(|&(p, _)| p >= e.0);
    if pos >= k {
        return len;
    }
    let new_len = (len + 1).min(k);
    let mut q = new_len - 1;
    while q > pos {
        v[q] = v[q - 1];
        q -= 1;
    }
    v[pos] = e;
    new_len
}

/// Where the sink was reached from.
#[derive(Clone, Copy)]
enum SinkPred {
    /// A column with room left.
    Col(u32),
    /// A row that gives up its column (or the root that stays unmatched).
    Row(u32),
}

/// Successive shortest paths on a sparse graph.
struct Ssp<'g> {
    g: &'g Csr,
    cap: Vec<u32>,
    /// Column of each row, `NONE` when the row is unmatched.
    row_col: Vec<u32>,
    /// Position of each matched row in its column's slots.
    row_slot: Vec<u32>,
    /// Rows held by each column.
    held: Vec<Vec<u32>>,
    phi_row: Vec<i64>,
    phi_col: Vec<i64>,
    // Scratch for Dijkstra.
    dist_col: Vec<i64>,
    pred_col: Vec<u32>,
    done_col: Vec<bool>,
    touched: Vec<u32>,
    scanned_rows: Vec<(u32, i64)>,
    finalized: Vec<(u32, i64)>,
    best_t: i64,
    pred_t: SinkPred,
    heap: BinaryHeap<Reverse<(i64, u32)>>,
}

impl<'g> Ssp<'g> {
    fn new(g: &'g Csr, cap: &[u32]) -> Self {
        let (n, m) = (g.n, g.m);
        Ssp {
            g,
            cap: cap.to_vec(),
            row_col: vec![NONE; n],
            row_slot: vec![NONE; n],
            held: vec![Vec::new(); m],
            phi_row: vec![0; n],
            phi_col: vec![0; m],
            dist_col: vec![INF; m],
            pred_col: vec![NONE; m],
            done_col: vec![false; m],
            touched: Vec::new(),
            scanned_rows: Vec::new(),
            finalized: Vec::new(),
            best_t: INF,
            pred_t: SinkPred::Row(NONE),
            heap: BinaryHeap::new(),
        }
    }

    fn run(mut self) -> Solution {
        for r in 0..self.g.n {
            self.augment_from(r);
        }
        let row_dual = (0..self.g.n)
            .map(|i| {
                if self.row_col[i] == NONE {
                    0
                } else {
                    self.phi_row[i].max(0)
                }
            })
            .collect();
        let col_dual = (0..self.g.m)
            .map(|j| {
                if (self.held[j].len() as u64) < u64::from(self.cap[j]) {
                    0
                } else {
                    (-self.phi_col[j]).max(0)
                }
            })
            .collect();
        Solution {
            row_col: self
                .row_col
                .iter()
                .map(|&c| (c != NONE).then_some(c as usize))
                .collect(),
            row_dual,
            col_dual,
            rounds: 0,
        }
    }

    /// Relaxes the arcs out of row `i` reached at distance `d`; returns the
    /// row's arc to the sink (giving up its column) as a candidate.
    #[inline]
    fn scan_row(&mut self, i: usize, d: i64) {
        let g = self.g;
        let pi = self.phi_row[i];
        let (a, b) = (g.start[i], g.start[i + 1]);
        let own = self.row_col[i];
        for (&c, &p) in g.col[a..b].iter().zip(&g.profit[a..b]) {
            if c == own {
                continue;
            }
            let cu = c as usize;
            if self.done_col[cu] {
                continue;
            }
            let nd = d + (pi - p - self.phi_col[cu]);
            if nd < self.dist_col[cu] {
                if self.dist_col[cu] == INF {
                    self.touched.push(c);
                }
                self.dist_col[cu] = nd;
                self.pred_col[cu] = i as u32;
                // A column with room ends a path right away: on plateaus of
                // equal scores this stops the search as soon as one is seen.
                if (self.held[cu].len() as u64) < u64::from(self.cap[cu]) {
                    let cand = nd + self.phi_col[cu];
                    if cand < self.best_t {
                        self.best_t = cand;
                        self.pred_t = SinkPred::Col(c);
                    }
                }
                self.heap.push(Reverse((nd, c)));
            }
        }
    }

    fn augment_from(&mut self, r: usize) {
        let g = self.g;
        let (a, b) = (g.start[r], g.start[r + 1]);
        if a == b {
            return;
        }
        // Price the new row so that all its arcs have non-negative reduced
        // cost (the sink has potential 0).
        let mut pr = 0i64;
        for (&c, &p) in g.col[a..b].iter().zip(&g.profit[a..b]) {
            pr = pr.max(p + self.phi_col[c as usize]);
        }
        self.phi_row[r] = pr;

        // Dijkstra from r; the sink is reached through a column with room or
        // through a row that gives up its column (the root: stays unmatched).
        self.best_t = pr; // root -> sink directly
        self.pred_t = SinkPred::Row(r as u32);
        self.scanned_rows.clear();
        self.scanned_rows.push((r as u32, 0));
        self.scan_row(r, 0);
        let mut finalized = std::mem::take(&mut self.finalized);
        finalized.clear();
        while let Some(Reverse((d, j))) = self.heap.pop() {
            if d >= self.best_t {
                break;
            }
            let ju = j as usize;
            if self.done_col[ju] || d > self.dist_col[ju] {
                continue;
            }
            self.done_col[ju] = true;
            finalized.push((j, d));
            for k in 0..self.held[ju].len() {
                let i = self.held[ju][k] as usize;
                // The matched arc back to row i is tight: same distance.
                self.scanned_rows.push((i as u32, d));
                let cand = d + self.phi_row[i];
                if cand < self.best_t {
                    self.best_t = cand;
                    self.pred_t = SinkPred::Row(i as u32);
                }
                self.scan_row(i, d);
            }
        }
        self.heap.clear();
        let best_t = self.best_t;

        // Update potentials of everything settled before the sink.
        for &(j, d) in &finalized {
            if d < best_t {
                self.phi_col[j as usize] -= best_t - d;
            }
        }
        self.finalized = finalized;
        let rows = std::mem::take(&mut self.scanned_rows);
        for &(i, d) in &rows {
            if d < best_t {
                self.phi_row[i as usize] -= best_t - d;
            }
        }
        self.scanned_rows = rows;
        for &j in &self.touched {
            let ju = j as usize;
            self.dist_col[ju] = INF;
            self.done_col[ju] = false;
        }
        self.touched.clear();

        // Augment along the path.
        let mut target: u32 = match self.pred_t {
            SinkPred::Col(j) => j,
            SinkPred::Row(i) => {
                let iu = i as usize;
                if iu == r {
                    return;
                }
                let j = self.row_col[iu];
                self.detach(iu);
                j
            }
        };
        loop {
            let i = self.pred_col[target as usize] as usize;
            let prev = self.row_col[i];
            if prev != NONE {
                self.detach(i);
            }
            self.attach(i, target);
            if i == r {
                break;
            }
            target = prev;
        }
    }

    fn detach(&mut self, i: usize) {
        let j = self.row_col[i] as usize;
        let k = self.row_slot[i] as usize;
        let held = &mut self.held[j];
        held.swap_remove(k);
        if let Some(&moved) = held.get(k) {
            self.row_slot[moved as usize] = k as u32;
        }
        self.row_col[i] = NONE;
        self.row_slot[i] = NONE;
    }

    fn attach(&mut self, i: usize, j: u32) {
        let held = &mut self.held[j as usize];
        self.row_slot[i] = held.len() as u32;
        held.push(i as u32);
        self.row_col[i] = j;
    }
}
