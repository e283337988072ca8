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
//! (Dijkstra on reduced costs) from the new row to the sink. Before that, an
//! augmenting row reduction (as in Jonker and Volgenant) places most rows by
//! raising the prices of contested single-place columns, without searching. A column stays
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
//! feasible and shares its objective with a feasible dual). Otherwise the
//! violating pairs join the candidates, with every row's best pairs by
//! reduced profit under the current prices, and the sparse problem is solved
//! again from where it stood: only the rows whose arcs the new pairs make
//! negative are taken out (a column they leave is refilled, or its price
//! lowered, by a backward search) and added again. After a few rounds the
//! solver falls back to every pair.
//!
//! Complete dense problems (every pair possible, no exclusion, scores in 32
//! bits) do not come here: [`crate::dense`] solves them faster.
//!
//! Ties in the candidate lists are broken by a rotated index, so that equal
//! scores do not send every row to the same few mentors. The passes over
//! every pair can run on several threads; the result does not depend on it.

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
    /// The row as stored, when it is dense in 32 bits and every pair is
    /// possible or marked absent (no exclusion, no lock), with the bonus to
    /// add to a score to get its profit: lets a pass test many pairs at
    /// once.
    fn narrow_row(&self, _row: usize) -> Option<(&[i32], i64)> {
        None
    }
}

/// Marks an impossible pair in a narrow row.
const ABSENT32: i32 = crate::matrix::ScoreMatrix::ABSENT32;

/// Counts the pairs of a row that violate `u + v_j >= profit`. On a narrow
/// row whose numbers all fit comfortably in 32 bits, the test becomes
/// `score - w_j > u - bonus` with `w_j = v_j - bonus`, branch-free over
/// 32-bit lanes, which compilers vectorise.
fn count_violations<E: Edges>(edges: &E, i: usize, u: i64, col_dual: &[i64], w32: Option<&[i32]>) -> usize {
    if let (Some((scores, bonus)), Some(w)) = (edges.narrow_row(i), w32) {
        let limit = u - bonus;
        if limit.abs() < 1 << 30 {
            let limit = limit as i32;
            return scores
                .iter()
                .zip(w)
                .map(|(&s, &wj)| usize::from((s != ABSENT32) & (s.wrapping_sub(wj) > limit)))
                .sum();
        }
    }
    let mut bad = 0;
    edges.for_each(i, |c, p| bad += usize::from(u + col_dual[c as usize] < p));
    bad
}

/// `v_j - bonus` for every column, when every score and this difference fit
/// within ±2^30 (so that `score - w_j` cannot overflow 32 bits).
fn narrow_duals<E: Edges>(edges: &E, col_dual: &[i64]) -> Option<Vec<i32>> {
    let (_, bonus) = (0..edges.rows()).find_map(|i| edges.narrow_row(i))?;
    let w: Vec<i64> = col_dual.iter().map(|&v| v - bonus).collect();
    if w.iter().any(|x| x.abs() >= 1 << 29) || bonus.abs() >= 1 << 29 {
        return None;
    }
    Some(w.into_iter().map(|x| x as i32).collect())
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
        Csr { n, m: e.cols(), start, col, profit }
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
        Csr { n, m, start, col, profit }
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
pub(crate) fn solve<E: Edges + Sync>(edges: &E, cap: &[u32], threads: usize) -> Solution {
    let small = edges.len_hint() <= 4 * CANDIDATES * (edges.rows() + edges.cols());
    solve_with(edges, cap, CANDIDATES, small, threads)
}

/// Pairs below which the passes over every pair stay on one thread.
const PARALLEL_PAIRS: usize = 1 << 20;

/// Runs `f` on consecutive ranges of `0..n`, on up to `threads` threads,
/// and returns the results in order.
fn split_rows<T: Send>(n: usize, threads: usize, f: impl Fn(std::ops::Range<usize>) -> T + Sync) -> Vec<T> {
    let threads = threads.clamp(1, n.max(1));
    if threads == 1 {
        return vec![f(0..n)];
    }
    let per = n.div_ceil(threads);
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let f = &f;
                s.spawn(move || f(t * per..((t + 1) * per).min(n)))
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e))).collect()
    })
}

/// Solves with `k` candidates per row and column, or on every pair directly.
pub(crate) fn solve_with<E: Edges + Sync>(edges: &E, cap: &[u32], k: usize, direct: bool, threads: usize) -> Solution {
    let m = edges.cols();
    let threads = if edges.len_hint() >= PARALLEL_PAIRS { threads } else { 1 };
    if direct {
        let g = Csr::from_edges(edges);
        let mut ssp = Ssp::new(&g, cap);
        ssp.run(&g);
        return ssp.solution(0);
    }
    let mut rows = candidates(edges, cap, k, threads);
    let mut cand = Csr::from_rows(m, rows.clone());
    let mut ssp = Ssp::new(&cand, cap);
    ssp.run(&cand);
    for round in 1..=MAX_ROUNDS {
        let sol = ssp.solution(round);
        // One pass over every pair: the violators of the dual constraint and,
        // for every row, its best pairs by reduced profit `profit - v_j`
        // under the current prices. The prices say which mentors are
        // contested, so adding these lists too usually certifies in the next
        // round.
        // A quick count first: most rounds certify the optimum at once.
        let w32 = narrow_duals(edges, &sol.col_dual);
        let counts = split_rows(rows.len(), threads, |range| {
            range.map(|i| count_violations(edges, i, sol.row_dual[i], &sol.col_dual, w32.as_deref())).sum::<usize>()
        });
        if counts.iter().sum::<usize>() == 0 {
            return sol;
        }
        let parts = split_rows(rows.len(), threads, |range| {
            let mut violators = 0usize;
            let mut additions: Vec<Vec<(u32, i64)>> = Vec::with_capacity(range.len());
            let mut best = TopK::new(k);
            for i in range {
                let mut extra = Vec::new();
                let u = sol.row_dual[i];
                best.clear();
                edges.for_each(i, |c, p| {
                    let v = sol.col_dual[c as usize];
                    if u + v < p {
                        extra.push((c, p));
                    }
                    // Columns come in ascending order and a lower column wins
                    // a tie, so an equal reduced profit cannot enter a full
                    // list.
                    if p - v > best.min_p {
                        best.offer(p - v, u32::MAX - c, c);
                    }
                });
                // Pairs among the candidates satisfy the dual constraint, so
                // every violator is new.
                violators += extra.len();
                for &(key, c) in &best.best {
                    if !extra.iter().any(|&(x, _)| x == c) {
                        extra.push((c, (key >> 32) as i64 + sol.col_dual[c as usize]));
                    }
                }
                additions.push(extra);
            }
            (violators, additions)
        });
        let violators: usize = parts.iter().map(|p| p.0).sum();
        let additions = parts.into_iter().flat_map(|p| p.1);
        if violators == 0 {
            return sol;
        }
        for (row, extra) in rows.iter_mut().zip(additions) {
            for (c, p) in extra {
                if let Err(pos) = row.binary_search_by_key(&c, |&(x, _)| x) {
                    row.insert(pos, (c, p));
                }
            }
        }
        cand = Csr::from_rows(m, rows.clone());
        if cand.len() * 2 > edges.len_hint() {
            break;
        }
        // Keep what still holds of the optimum and re-add the rest.
        ssp.repair(&cand);
        ssp.run(&cand);
    }
    let g = Csr::from_edges(edges);
    let mut ssp = Ssp::new(&g, cap);
    ssp.run(&g);
    ssp.solution(MAX_ROUNDS + 1)
}

/// The best `k` pairs of every row, and of every column (a few more for
/// columns with a larger capacity), as per-row lists sorted by column.
///
/// Ties are broken by a rotated index (row `i` prefers the columns from
/// `i × cols / rows` on, and a column the rows from its own offset on), so
/// that on data with many equal scores the lists spread over all columns
/// instead of collapsing onto the first few. The choice stays deterministic.
fn candidates<E: Edges + Sync>(edges: &E, cap: &[u32], k: usize, threads: usize) -> Vec<Vec<(u32, i64)>> {
    let n = edges.rows();
    let m = edges.cols();
    let col_k: Vec<usize> = cap.iter().map(|&c| k + c.min(8) as usize).collect();
    let mut col_start = Vec::with_capacity(m + 1);
    col_start.push(0usize);
    for &ck in &col_k {
        col_start.push(col_start.last().copied().unwrap_or(0) + ck);
    }
    let col_off: Vec<u64> = (0..m).map(|j| (j as u64 * n as u64) / m as u64).collect();
    let parts = split_rows(n, threads, |range| {
        let mut cols = ColTop::new(col_start.clone());
        let mut rows: Vec<Vec<(u32, i64)>> = Vec::with_capacity(range.len());
        let mut best = TopK::new(k);
        for i in range {
            best.clear();
            let off = ((i as u64 * m as u64) / n as u64) as u32;
            edges.for_each(i, |c, p| {
                if p >= best.min_p {
                    let t = if c >= off { c - off } else { c + m as u32 - off };
                    best.offer(p, u32::MAX - t, c);
                }
                let cu = c as usize;
                if p >= cols.min_p[cu] {
                    let ti = i as u64;
                    let o = col_off[cu];
                    let t = if ti >= o { ti - o } else { ti + n as u64 - o };
                    cols.offer(cu, p, u32::MAX - t as u32, i as u32);
                }
            });
            let mut r: Vec<(u32, i64)> = best.best.iter().map(|&(key, c)| (c, (key >> 32) as i64)).collect();
            r.sort_unstable_by_key(|&(c, _)| c);
            rows.push(r);
        }
        (rows, cols)
    });
    // Each part kept its own best rows per column; the best of the union is
    // the best overall (keys are unique within a column).
    let mut rows: Vec<Vec<(u32, i64)>> = Vec::with_capacity(n);
    let mut col_lists: Vec<ColTop> = Vec::with_capacity(parts.len());
    for (r, c) in parts {
        rows.extend(r);
        col_lists.push(c);
    }
    let mut merged: Vec<(i128, u32)> = Vec::new();
    for (j, &keep) in col_k.iter().enumerate() {
        merged.clear();
        for c in &col_lists {
            merged.extend_from_slice(&c.best[c.start[j]..c.start[j] + c.len[j]]);
        }
        if col_lists.len() > 1 {
            merged.sort_unstable_by_key(|e| std::cmp::Reverse(e.0));
            merged.truncate(keep);
        }
        for &(key, i) in &merged {
            let r = &mut rows[i as usize];
            if let Err(pos) = r.binary_search_by_key(&(j as u32), |&(c, _)| c) {
                r.insert(pos, (j as u32, (key >> 32) as i64));
            }
        }
    }
    rows
}

/// The best `k` entries seen, by `(profit, tie)` descending, where a larger
/// tie value wins among equal profits.
struct TopK {
    k: usize,
    best: Vec<(i128, u32)>,
    /// Smallest key kept once full (`i128::MIN` before).
    min: i128,
    /// Its profit: anything below cannot enter, a cheap first test.
    min_p: i64,
}

impl TopK {
    fn new(k: usize) -> Self {
        TopK { k, best: Vec::with_capacity(k + 1), min: i128::MIN, min_p: i64::MIN }
    }

    fn clear(&mut self) {
        self.best.clear();
        self.min = i128::MIN;
        self.min_p = i64::MIN;
    }

    /// Offers an entry; kept out of line so that the scanning loops, which
    /// rarely get here, stay small enough to inline.
    #[cold]
    #[inline(never)]
    fn offer(&mut self, p: i64, tie: u32, id: u32) {
        let key = (i128::from(p) << 32) | i128::from(tie);
        if key > self.min && insert_desc(&mut self.best, self.k, (key, id)) == self.k {
            self.min = self.best[self.k - 1].0;
            self.min_p = (self.min >> 32) as i64;
        }
    }
}

/// The best rows of every column, in fixed-size slots.
struct ColTop {
    start: Vec<usize>,
    best: Vec<(i128, u32)>,
    len: Vec<usize>,
    min: Vec<i128>,
    min_p: Vec<i64>,
}

impl ColTop {
    fn new(start: Vec<usize>) -> Self {
        let m = start.len() - 1;
        ColTop {
            best: vec![(i128::MIN, NONE); start[m]],
            len: vec![0; m],
            min: vec![i128::MIN; m],
            min_p: vec![i64::MIN; m],
            start,
        }
    }

    #[cold]
    #[inline(never)]
    fn offer(&mut self, j: usize, p: i64, tie: u32, row: u32) {
        let key = (i128::from(p) << 32) | i128::from(tie);
        if key > self.min[j] {
            let slot = &mut self.best[self.start[j]..self.start[j + 1]];
            let len = insert_desc_slice(slot, self.len[j], (key, row));
            self.len[j] = len;
            if len == slot.len() {
                self.min[j] = slot[len - 1].0;
                self.min_p[j] = (self.min[j] >> 32) as i64;
            }
        }
    }
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

/// Column-wise view of a graph: the rows (and profits) of each column.
struct Csc {
    start: Vec<usize>,
    rows: Vec<(u32, i64)>,
}

impl Csc {
    fn of(g: &Csr) -> Self {
        let mut start = vec![0usize; g.m + 1];
        for &c in &g.col {
            start[c as usize + 1] += 1;
        }
        for j in 0..g.m {
            start[j + 1] += start[j];
        }
        let mut fill = start.clone();
        let mut rows = vec![(0u32, 0i64); g.col.len()];
        for i in 0..g.n {
            for e in g.start[i]..g.start[i + 1] {
                let c = g.col[e] as usize;
                rows[fill[c]] = (i as u32, g.profit[e]);
                fill[c] += 1;
            }
        }
        Csc { start, rows }
    }
}

/// Where the sink was reached from.
#[derive(Clone, Copy)]
enum SinkPred {
    /// A column with room left.
    Col(u32),
    /// A row that gives up its column (or the root that stays unmatched).
    Row(u32),
}

/// Successive shortest paths on a sparse graph. The state survives a change
/// of graph: [`Ssp::repair`] takes back only the rows whose optimality the
/// new pairs break.
struct Ssp {
    cap: Vec<u32>,
    /// Whether each row is part of the current flow.
    active: Vec<bool>,
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
    // Scratch for the backward searches of `refill`.
    dist_row: Vec<i64>,
    pred_row: Vec<u32>,
    settle_row: Vec<u32>,
    row_done: std::collections::HashSet<u32>,
    best_t: i64,
    pred_t: SinkPred,
    heap: BinaryHeap<Reverse<(i64, u32)>>,
}

impl Ssp {
    fn new(g: &Csr, cap: &[u32]) -> Self {
        let (n, m) = (g.n, g.m);
        Ssp {
            cap: cap.to_vec(),
            active: vec![false; n],
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
            dist_row: Vec::new(),
            pred_row: Vec::new(),
            settle_row: Vec::new(),
            row_done: std::collections::HashSet::new(),
            best_t: INF,
            pred_t: SinkPred::Row(NONE),
            heap: BinaryHeap::new(),
        }
    }

    /// Adds every inactive row, in index order.
    fn run(&mut self, g: &Csr) {
        self.reduce(g);
        for r in 0..g.n {
            if !self.active[r] {
                self.active[r] = true;
                self.augment_from(g, r);
            }
        }
    }

    /// Places inactive rows cheaply before any shortest-path search, in the
    /// manner of Jonker and Volgenant's augmenting row reduction: a row takes
    /// its best column (by `profit + phi_col`) if it has room; if that column
    /// holds a single row and the newcomer values it strictly more than its
    /// second choice, the newcomer takes it, the column's price rises by the
    /// difference and the row it held goes back to the queue. Every step
    /// keeps the invariants (the new pair is tight, the row's other arcs and
    /// its unmatched option stay non-negative, the column stays full), and
    /// each displacement raises a price, so the phase ends; a step budget
    /// keeps bidding wars short. The rows left are placed by
    /// [`Ssp::augment_from`].
    fn reduce(&mut self, g: &Csr) {
        let mut queue: std::collections::VecDeque<u32> =
            (0..g.n as u32).filter(|&r| !self.active[r as usize]).collect();
        let mut budget = 2 * queue.len() + 16;
        while let Some(r) = queue.pop_front() {
            let r = r as usize;
            let (a, b) = (g.start[r], g.start[r + 1]);
            if a == b || budget == 0 {
                continue;
            }
            budget -= 1;
            // Best and second best value; the unmatched option is worth 0.
            let (mut best, mut second, mut col) = (i64::MIN, 0i64, NONE);
            for (&c, &p) in g.col[a..b].iter().zip(&g.profit[a..b]) {
                let v = p + self.phi_col[c as usize];
                if v > best {
                    second = second.max(best);
                    best = v;
                    col = c;
                } else if v > second {
                    second = v;
                }
            }
            if best <= 0 {
                continue;
            }
            let cu = col as usize;
            let room = (self.held[cu].len() as u64) < u64::from(self.cap[cu]);
            if room {
                // Only a column whose price is 0 can take a row without
                // breaking the rule for columns with room left.
                if self.phi_col[cu] != 0 {
                    continue;
                }
                self.phi_row[r] = best;
                self.active[r] = true;
                self.attach(r, col);
            } else if self.cap[cu] == 1 && best > second {
                let owner = self.held[cu][0] as usize;
                self.detach(owner);
                self.active[owner] = false;
                queue.push_back(owner as u32);
                self.phi_col[cu] -= best - second;
                self.phi_row[r] = second;
                self.active[r] = true;
                self.attach(r, col);
            }
        }
    }

    /// The current optimum and its LP duals.
    fn solution(&self, rounds: usize) -> Solution {
        let n = self.row_col.len();
        let m = self.cap.len();
        let row_dual = (0..n).map(|i| if self.row_col[i] == NONE { 0 } else { self.phi_row[i].max(0) }).collect();
        let col_dual = (0..m)
            .map(|j| if (self.held[j].len() as u64) < u64::from(self.cap[j]) { 0 } else { (-self.phi_col[j]).max(0) })
            .collect();
        Solution {
            row_col: self.row_col.iter().map(|&c| (c != NONE).then_some(c as usize)).collect(),
            row_dual,
            col_dual,
            rounds,
        }
    }

    /// After pairs were added to the graph: takes out of the flow every row
    /// that now has an arc of negative reduced cost (they are added again by
    /// [`Ssp::run`]). A column that such a row leaves may keep a positive
    /// price while no longer full; [`Ssp::refill`] then either brings it a
    /// row along a cheapest path or lowers its price, so that every
    /// invariant holds again before the next search.
    fn repair(&mut self, g: &Csr) {
        let csc = Csc::of(g);
        let violators: Vec<usize> = (0..g.n).filter(|&i| self.active[i] && self.has_negative_arc(g, i)).collect();
        let mut left = Vec::new();
        for i in violators {
            self.active[i] = false;
            let j = self.row_col[i];
            if j != NONE {
                self.detach(i);
                left.push(j as usize);
            }
        }
        for j in left {
            if (self.held[j].len() as u64) < u64::from(self.cap[j]) && self.phi_col[j] < 0 {
                self.refill(j, &csc);
            }
        }
    }

    /// Restores column `j0`, no longer full but priced as if it were: a
    /// Dijkstra search backwards from `j0` over the residual arcs finds the
    /// cheapest of (a) a row moving into `j0` from a column that can spare
    /// it or from being unmatched, along an alternating path, and (b)
    /// lowering the price of `j0` to 0; then potentials are raised so that
    /// every arc keeps a non-negative reduced cost.
    fn refill(&mut self, j0: usize, csc: &Csc) {
        let m = self.cap.len();
        let n = self.row_col.len();
        if self.dist_row.len() != n {
            self.dist_row = vec![INF; n];
            self.pred_row = vec![NONE; n];
            self.settle_row = vec![NONE; m];
        }
        // Ending: lower the price of j0 (no flow moves).
        let mut best = -self.phi_col[j0];
        let mut end: Option<u32> = None; // first row of the path, if any
        let mut heap: BinaryHeap<Reverse<(i64, u32)>> = BinaryHeap::new();
        let mut settled_cols: Vec<(u32, i64)> = Vec::new();
        let mut settled_rows: Vec<(u32, i64)> = Vec::new();
        let mut touched_rows: Vec<u32> = Vec::new();
        let mut settle = |this: &mut Self, j: usize, d: i64, heap: &mut BinaryHeap<Reverse<(i64, u32)>>| {
            this.done_col[j] = true;
            this.touched.push(j as u32);
            settled_cols.push((j as u32, d));
            let pj = this.phi_col[j];
            for &(i, p) in &csc.rows[csc.start[j]..csc.start[j + 1]] {
                let iu = i as usize;
                if !this.active[iu] || this.row_col[iu] == j as u32 {
                    continue;
                }
                let nd = d + (-p + this.phi_row[iu] - pj);
                if nd < this.dist_row[iu] {
                    if this.dist_row[iu] == INF {
                        touched_rows.push(i);
                    }
                    this.dist_row[iu] = nd;
                    this.pred_row[iu] = j as u32;
                    heap.push(Reverse((nd, i)));
                }
            }
        };
        settle(self, j0, 0, &mut heap);
        while let Some(Reverse((d, i))) = heap.pop() {
            if d >= best {
                break;
            }
            let iu = i as usize;
            if d > self.dist_row[iu] || self.done_row(iu) {
                continue;
            }
            settled_rows.push((i, d));
            self.settle_row_mark(iu);
            let j = self.row_col[iu];
            if j == NONE {
                // An unmatched row can move in.
                let cand = d - self.phi_row[iu];
                if cand < best {
                    best = cand;
                    end = Some(i);
                }
                continue;
            }
            let ju = j as usize;
            if self.done_col[ju] {
                continue;
            }
            // Its column lets it go: the column ends one row short.
            self.settle_row[ju] = i;
            let cand = d - self.phi_col[ju];
            if cand < best {
                best = cand;
                end = Some(i);
            }
            settle(self, ju, d, &mut heap);
        }
        // Raise the potentials of everything settled before the end. The
        // rows a settled column holds rise with it, whatever their own
        // distance, so that matched pairs stay tight (rising more than
        // needed only lengthens their other arcs).
        for &(j, d) in &settled_cols {
            if d < best {
                let ju = j as usize;
                self.phi_col[ju] += best - d;
                for k in 0..self.held[ju].len() {
                    let r = self.held[ju][k] as usize;
                    self.phi_row[r] += best - d;
                }
            }
        }
        for &(i, d) in &settled_rows {
            if d < best && self.row_col[i as usize] == NONE {
                self.phi_row[i as usize] += best - d;
            }
        }
        // Move the rows along the path, from its far end to j0.
        if let Some(first) = end {
            let mut x = first as usize;
            loop {
                let c = self.pred_row[x];
                if self.row_col[x] != NONE {
                    self.detach(x);
                }
                self.attach(x, c);
                if c as usize == j0 {
                    break;
                }
                x = self.settle_row[c as usize] as usize;
            }
        }
        for &j in &self.touched {
            self.done_col[j as usize] = false;
            self.dist_col[j as usize] = INF;
        }
        self.touched.clear();
        for &i in &touched_rows {
            self.dist_row[i as usize] = INF;
            self.pred_row[i as usize] = NONE;
        }
        self.row_done.clear();
    }

    fn done_row(&self, i: usize) -> bool {
        self.row_done.contains(&(i as u32))
    }

    fn settle_row_mark(&mut self, i: usize) {
        self.row_done.insert(i as u32);
    }

    /// Whether an active row has an arc of negative reduced cost.
    fn has_negative_arc(&self, g: &Csr, i: usize) -> bool {
        let own = self.row_col[i];
        let pi = self.phi_row[i];
        (g.start[i]..g.start[i + 1]).any(|e| g.col[e] != own && -g.profit[e] + pi - self.phi_col[g.col[e] as usize] < 0)
    }

    /// Relaxes the arcs out of row `i` reached at distance `d`; returns the
    /// row's arc to the sink (giving up its column) as a candidate.
    #[inline]
    fn scan_row(&mut self, g: &Csr, i: usize, d: i64) {
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

    fn augment_from(&mut self, g: &Csr, r: usize) {
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
        self.scan_row(g, r, 0);
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
                self.scan_row(g, i, d);
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
