//! The exact solver for dense problems: the scores of a cohort scored pair
//! by pair, every score in 32 bits, some pairs possibly impossible (hard
//! constraints). This is the common case, and the one where the candidate
//! lists of [`crate::solver`] pay least: a dense Jonker–Volgenant over
//! contiguous 16- or 32-bit rows is faster.
//!
//! # Impossible pairs
//!
//! An impossible pair is an absent edge: its marker ([`ABSENT`]), read in
//! place as a score, is a cost beyond any path of possible pairs. Mentees
//! without any possible mentor stay unmatched and mentors without any
//! possible mentee get no place; when every other mentee (or every place)
//! can be matched at once, the optimum uses no absent edge and is the
//! problem's own. When it cannot, the solver says so (`None`) and the
//! general solver takes over, which finds the largest number of mentees
//! that can be matched.
//!
//! # The reduction
//!
//! When the mentees fit in the mentors' places (`R ≤ S`, places counted with
//! capacities), every mentee is matched: rows are mentees, columns are
//! places (a mentor's column copied by its capacity). Otherwise every place
//! is filled: rows are places, columns are mentees (the matrix transposed).
//! Either way it is a rectangular assignment problem in which every row is
//! assigned; the bonus of the general model is a constant and drops out.
//!
//! # The algorithm
//!
//! Jonker and Volgenant's, on costs `-score`: for a square problem, column
//! reduction and reduction transfer; then two rounds of augmenting row
//! reduction (a row's cheapest columns are kept in a short list, checked
//! before a full pass); then a shortest augmenting path from each row still free. The
//! searches run over full rows with branch-free updates (compilers turn them
//! into vector instructions): a settled column keeps the type's minimum as
//! its tentative distance, so no update can touch it, and the next minimum
//! comes out of the last row's pass. Prices only ever fall from their start
//! (0, or the column minimum of a square problem, where every column ends
//! assigned), so a column left free keeps price 0, as the dual requires.
//!
//! # The integer width
//!
//! When every score is at most 1024 in absolute value (a cohort's scores
//! run from 0 to 1000), no pair is impossible (the marker's cost needs 32
//! bits), and the matrix is copied anyway or small (see
//! [`solve_complete`]), the costs, prices and distances are `i16`: the
//! passes read half the memory, take twice the lanes per vector
//! instruction, and their minimum and maximum are single instructions on
//! the baseline x86-64 target (not so for `i32`). Otherwise they are `i32`,
//! for scores up to [`MAX_SCORE`]. Either way prices and distances are
//! checked to stay within the type's [`Cost::LIMIT`]; should one leave it,
//! a 16-bit solve starts over in 32 bits and a 32-bit one gives up (the
//! caller then uses the general solver). Within range both take the same
//! steps, so they give the same pairs and prices (a property test checks
//! it).

use std::borrow::Cow;
use std::cmp::Reverse;
use std::collections::BinaryHeap;

use crate::solver::Solution;

const NONE: u32 = u32::MAX;

/// Largest absolute score this solver takes.
pub(crate) const MAX_SCORE: i32 = <i32 as Cost>::MAX_SCORE;

/// Most pairs of a matrix copied to 16 bits only to be solved faster
/// (8 MB; see [`solve_complete`]).
const NARROW_COPY_MAX: usize = 1 << 22;

/// Rounds of augmenting row reduction before the shortest paths.
const ROW_REDUCTIONS: usize = 2;

/// Lanes of the passes that keep a row's short list (more lanes, a longer
/// list and a higher floor).
const LS: usize = 16;

/// Lanes of the branch-free passes that keep one value per lane (two
/// vector registers of 16-bit lanes, four of 32-bit ones). Passes that
/// keep a single minimum are plain loops, which the compiler vectorises
/// better than lanes written out.
const L: usize = 16;

/// The integer type of the costs, prices and distances of a solve: `i32`,
/// or `i16` when every score is small (cohorts score pairs from 0 to 1000),
/// which halves the memory the passes read and doubles the lanes of each
/// vector instruction (whose minimum and maximum are then single
/// instructions on the baseline x86-64 target).
pub(crate) trait Cost:
    Copy
    + Ord
    + std::fmt::Debug
    + std::ops::Add<Output = Self>
    + std::ops::Sub<Output = Self>
    + std::ops::SubAssign
    + std::ops::Neg<Output = Self>
    + std::ops::BitAnd<Output = Self>
    + std::ops::BitOr<Output = Self>
    + std::ops::Not<Output = Self>
{
    const ZERO: Self;
    const ONE: Self;
    const MIN: Self;
    const MAX: Self;
    /// Largest absolute score taken.
    const MAX_SCORE: i32;
    /// Bound on the prices and distances; beyond it the arithmetic could
    /// overflow, so the solver gives up.
    const LIMIT: Self;
    /// Added to an assigned column's reduced cost when looking for the
    /// cheapest free column (reduced costs stay far below it).
    const TAKEN: Self;
    /// A short list's floor when the row was scanned once, without a list.
    const SEEN: Self;
    /// Largest number of rows and of columns (group and chunk numbers are
    /// stored in the type).
    const MAX_DIM: usize;
    fn wrapping_add(self, other: Self) -> Self;
    fn wrapping_sub(self, other: Self) -> Self;
    fn saturating_sub(self, other: Self) -> Self;
    /// Every bit set when `b`, none otherwise.
    fn mask(b: bool) -> Self;
    /// `k`, known to fit.
    fn from_usize(k: usize) -> Self;
    /// A score, known to fit.
    fn from_score(a: i32) -> Self;
    /// A non-negative value as an index.
    fn index(self) -> u32;
    fn to_i64(self) -> i64;
    /// The scores in this type (borrowed when they already are).
    fn scores(scores: &[i32]) -> Cow<'_, [Self]>;
}

macro_rules! cost {
    ($t:ty, $max_score:expr, $limit:expr, $taken:expr, $max_dim:expr, $scores:expr) => {
        impl Cost for $t {
            const ZERO: Self = 0;
            const ONE: Self = 1;
            const MIN: Self = <$t>::MIN;
            const MAX: Self = <$t>::MAX;
            const MAX_SCORE: i32 = $max_score;
            const LIMIT: Self = $limit;
            const TAKEN: Self = $taken;
            const SEEN: Self = <$t>::MIN + 1;
            const MAX_DIM: usize = $max_dim;
            #[inline]
            fn wrapping_add(self, other: Self) -> Self {
                <$t>::wrapping_add(self, other)
            }
            #[inline]
            fn wrapping_sub(self, other: Self) -> Self {
                <$t>::wrapping_sub(self, other)
            }
            #[inline]
            fn saturating_sub(self, other: Self) -> Self {
                <$t>::saturating_sub(self, other)
            }
            #[inline]
            fn mask(b: bool) -> Self {
                -<$t>::from(b)
            }
            #[inline]
            fn from_usize(k: usize) -> Self {
                k as $t
            }
            #[inline]
            fn from_score(a: i32) -> Self {
                a as $t
            }
            #[inline]
            fn index(self) -> u32 {
                self as u32
            }
            #[inline]
            fn to_i64(self) -> i64 {
                i64::from(self)
            }
            fn scores(scores: &[i32]) -> Cow<'_, [Self]> {
                $scores(scores)
            }
        }
    };
}

// Scores up to 2^25, prices and distances up to 2^27: sums of a few of
// them stay inside 32 bits.
cost!(i32, 1 << 25, 1 << 27, 1 << 30, u32::MAX as usize / 4, Cow::Borrowed);
// Scores up to 2^10 (a cohort's 0 to 1000), prices and distances up to
// 2^12: a distance plus a price plus two scores stays below 2^14 and
// [`Cost::TAKEN`] on top of a reduced cost below 2^15. A search numbers
// its passes (at most twice the rows, plus one) in 16 bits.
cost!(i16, 1 << 10, 1 << 12, 1 << 13, 16_000, |s: &[i32]| Cow::Owned(s.iter().map(|&a| a as i16).collect()));

/// The rows of a score matrix, each `m` long, somewhere in `data`.
struct Rows<'a, T> {
    data: &'a [T],
    start: Vec<usize>,
    m: usize,
}

impl<T> Rows<'_, T> {
    #[inline]
    fn row(&self, i: usize) -> &[T] {
        let s = self.start[i];
        &self.data[s..s + self.m]
    }
}

/// Solves a dense problem. `scores` is the `n × m` matrix (row-major),
/// `cap` the places each mentor has left after the locks, `active` the
/// mentees to assign (not locked), `max_abs` the largest absolute score of
/// an active mentee, `absent` whether some pairs are impossible (marked
/// [`ABSENT`]). `None` when a price leaves the 32-bit range, or when the
/// optimum found needs an impossible pair (then not every mentee, or not
/// every place, can be matched at once); the caller then uses the general
/// solver.
#[allow(clippy::too_many_arguments)]
pub(crate) fn solve_complete(
    scores: &[i32],
    n: usize,
    m: usize,
    cap: &[u32],
    active: &[bool],
    bonus: i64,
    max_abs: i64,
    absent: bool,
) -> Option<Solution> {
    if absent {
        return solve_with_absent(scores, n, m, cap, active, bonus);
    }
    // 32-bit scores with a mentor per place and no more mentees than
    // mentors are read where they are; any other case solves a copy.
    let r = active.iter().filter(|&&a| a).count();
    let in_place = cap.iter().all(|&c| c == 1) && r <= m;
    // The 16-bit solve of a matrix read in place needs a copy, whose first
    // writes cost about as much as a whole easy solve on a large matrix
    // (every page of a fresh allocation is zeroed and mapped first): it is
    // kept to matrices whose copy stays small.
    let narrow = max_abs <= i64::from(<i16 as Cost>::MAX_SCORE)
        && n.max(m) <= <i16 as Cost>::MAX_DIM
        && (!in_place || n * m <= NARROW_COPY_MAX);
    // Prices that leave the 16-bit range are rare: the 32-bit solve then
    // starts over.
    if narrow && let Some(sol) = solve_as::<i16>(scores, n, m, cap, active, bonus) {
        return Some(sol);
    }
    solve_as::<i32>(scores, n, m, cap, active, bonus)
}

/// The marker of an impossible pair in a 32-bit matrix: read in place as a
/// score, it is a cost of 2^28, above any path of possible pairs (scores
/// are at most 2^25 and prices are kept within 2^27) and small enough that
/// no sum the solver forms leaves 32 bits. Once the mentees (or places)
/// that cannot be matched at all are set aside, the optimum under this
/// cost uses no impossible pair whenever every remaining mentee (or place)
/// can be matched at once, and it is then the optimum of the problem
/// itself; otherwise the caller solves with the general solver.
pub(crate) const ABSENT: i32 = -(1 << 28);

/// [`solve_complete`] for a matrix with impossible pairs: always in 32
/// bits (the 16-bit range is too narrow for the marker's cost). A mentee
/// without any possible mentor stays unmatched, and a mentor without any
/// possible mentee gets no place.
fn solve_with_absent(scores: &[i32], n: usize, m: usize, cap: &[u32], active: &[bool], bonus: i64) -> Option<Solution> {
    let mut reachable = vec![false; m];
    let mut active = active.to_vec();
    for (i, a) in active.iter_mut().enumerate() {
        if !*a {
            continue;
        }
        let row = &scores[i * m..(i + 1) * m];
        // Branch-free, so that it compiles to vector instructions.
        let mut any = false;
        for (r, &s) in reachable.iter_mut().zip(row) {
            let present = s != ABSENT;
            *r |= present;
            any |= present;
        }
        *a = any;
    }
    let cap: Vec<u32> = cap.iter().zip(&reachable).map(|(&c, &r)| if r { c } else { 0 }).collect();
    let sol = solve_as::<i32>(scores, n, m, &cap, &active, bonus)?;
    let uses_absent = sol.row_col.iter().enumerate().any(|(i, c)| c.is_some_and(|j| scores[i * m + j] == ABSENT));
    (!uses_absent).then_some(sol)
}

fn solve_as<T: Cost>(scores: &[i32], n: usize, m: usize, cap: &[u32], active: &[bool], bonus: i64) -> Option<Solution> {
    let rows: Vec<usize> = (0..n).filter(|&i| active[i]).collect();
    let r = rows.len();
    // A mentor with more places than mentees keeps one more than them: one
    // stays free, so that its price is 0 as for any mentor with room.
    let cap: Vec<usize> = cap.iter().map(|&c| (c as usize).min(r + 1)).collect();
    let s: usize = cap.iter().sum();
    let mut row_col: Vec<Option<usize>> = vec![None; n];
    let mut row_dual = vec![0i64; n];
    let mut col_dual = vec![0i64; m];
    // Whether each mentor has at least one place in the reduced problem.
    let placed: Vec<bool> = cap.iter().map(|&c| c > 0).collect();
    if r > 0 && s > 0 {
        if r <= s {
            // Rows are mentees, columns are places.
            let unit = cap.iter().all(|&c| c == 1);
            let slot_col: Vec<usize> =
                if unit { (0..m).collect() } else { (0..m).flat_map(|j| std::iter::repeat_n(j, cap[j])).collect() };
            let (data, start, width): (Cow<'_, [T]>, Vec<usize>, usize) = if unit {
                (T::scores(scores), rows.iter().map(|&i| i * m).collect(), m)
            } else {
                let mut data = Vec::with_capacity(r * s);
                for &i in &rows {
                    let row = &scores[i * m..(i + 1) * m];
                    data.extend(slot_col.iter().map(|&j| T::from_score(row[j])));
                }
                (Cow::Owned(data), (0..r).map(|k| k * s).collect(), s)
            };
            let view = Rows { data: &data, start, m: width };
            if r.max(s) > T::MAX_DIM {
                return None;
            }
            let (x, v) = lap(&view, r, s, r == s)?;
            // Max-form duals: U_k = score - v (row), V = -v (place).
            let mut mentor_v = vec![i64::MIN; m];
            for (t, &j) in slot_col.iter().enumerate() {
                mentor_v[j] = mentor_v[j].max(-v[t].to_i64());
            }
            // Every place is filled when R = S: prices may then be shifted
            // between the two sides so that mentor prices are not negative.
            let low = (0..m).filter(|&j| placed[j]).map(|j| mentor_v[j]).min().unwrap_or(0);
            let shift = if r == s { (-low).max(0) } else { 0 };
            for (k, &i) in rows.iter().enumerate() {
                let t = x[k] as usize;
                let score = view.row(k)[t].to_i64();
                row_col[i] = Some(slot_col[t]);
                row_dual[i] = score + v[t].to_i64() + bonus - shift;
            }
            for j in 0..m {
                if placed[j] {
                    col_dual[j] = mentor_v[j] + shift;
                }
            }
        } else {
            // Rows are places, columns are mentees: the transposed matrix,
            // one row per mentor with places, shared by its places.
            if s > T::MAX_DIM {
                return None;
            }
            let mentors: Vec<usize> = (0..m).filter(|&j| placed[j]).collect();
            let t_data = transpose::<T>(scores, m, &rows, &mentors);
            let mut start = Vec::with_capacity(s);
            let mut slot_mentor = Vec::with_capacity(s);
            for (q, &j) in mentors.iter().enumerate() {
                for _ in 0..cap[j] {
                    start.push(q * r);
                    slot_mentor.push(j);
                }
            }
            let view = Rows { data: &t_data, start, m: r };
            let (x, v) = lap(&view, s, r, false)?;
            let mut mentor_u = vec![i64::MIN; m];
            for (k, &j) in slot_mentor.iter().enumerate() {
                let c = x[k] as usize;
                let score = view.row(k)[c].to_i64();
                mentor_u[j] = mentor_u[j].max(score + v[c].to_i64());
                row_col[rows[c]] = Some(j);
            }
            for (c, &i) in rows.iter().enumerate() {
                row_dual[i] = -v[c].to_i64();
            }
            for &j in &mentors {
                col_dual[j] = mentor_u[j] + bonus;
            }
        }
    }
    // Mentors without a place are full: any price high enough will do.
    for j in (0..m).filter(|&j| !placed[j]) {
        let need = rows
            .iter()
            .filter(|&&i| scores[i * m + j] != ABSENT)
            .map(|&i| bonus + i64::from(scores[i * m + j]) - row_dual[i])
            .max()
            .unwrap_or(0);
        col_dual[j] = need.max(0);
    }
    if row_dual.iter().chain(&col_dual).any(|&d| d < 0) {
        return None;
    }
    Some(Solution { row_col, row_dual, col_dual, rounds: 0 })
}

/// The columns `cols` of the rows `rows` of an `? × m` matrix, transposed:
/// `cols.len()` rows of `rows.len()` entries.
fn transpose<T: Cost>(scores: &[i32], m: usize, rows: &[usize], cols: &[usize]) -> Vec<T> {
    let r = rows.len();
    let mut out = vec![T::ZERO; cols.len() * r];
    const B: usize = 64;
    for rb in (0..r).step_by(B) {
        for cb in (0..cols.len()).step_by(B) {
            for (k, &i) in rows.iter().enumerate().skip(rb).take(B) {
                let row = &scores[i * m..(i + 1) * m];
                for (q, &j) in cols.iter().enumerate().skip(cb).take(B) {
                    out[q * r + k] = T::from_score(row[j]);
                }
            }
        }
    }
    out
}

/// Minimises `Σ -score` over assignments of every row to its own column
/// (`n ≤ m`). Returns each row's column and the column prices (`v`, costs
/// minus prices are the reduced costs), or `None` if a price leaves
/// [`Cost::LIMIT`].
fn lap<T: Cost>(rows: &Rows<'_, T>, n: usize, m: usize, square: bool) -> Option<(Vec<u32>, Vec<T>)> {
    debug_assert!(n <= m);
    let mut s = Lap {
        rows,
        x: vec![NONE; n],
        y: vec![NONE; m],
        v: vec![T::ZERO; m],
        gate: vec![T::ZERO; m],
        shortlists: Vec::new(),
    };
    let mut free: Vec<u32> = if square { s.column_reduction(n) } else { (0..n as u32).collect() };
    for _ in 0..ROW_REDUCTIONS {
        if free.is_empty() {
            break;
        }
        free = s.row_reduction(free)?;
    }
    s.augment(&free)?;
    Some((s.x, s.v))
}

struct Lap<'r, 'a, T: Cost> {
    rows: &'r Rows<'a, T>,
    /// Column of each row.
    x: Vec<u32>,
    /// Row of each column.
    y: Vec<u32>,
    /// Column prices.
    v: Vec<T>,
    /// 0 for a free column, [`Cost::TAKEN`] for an assigned one (a column once
    /// assigned stays so): `cost + gate` keeps free columns' costs apart
    /// without a branch.
    gate: Vec<T>,
    /// Per row, for the augmenting row reduction.
    shortlists: Vec<Shortlist<T>>,
}

impl<T: Cost> Lap<'_, '_, T> {
    /// Column reduction and reduction transfer (square problems only):
    /// every column's price is its lowest cost, and a column goes to that
    /// row when the row has none yet. A row that got exactly one column
    /// passes its slack to the column. Returns the rows left free.
    fn column_reduction(&mut self, n: usize) -> Vec<u32> {
        let m = self.rows.m;
        let mut arg = vec![0u32; m];
        self.v.fill(T::MAX);
        for i in 0..n {
            column_minima(self.rows.row(i), &mut self.v, &mut arg, i as u32);
        }
        let mut unique = vec![false; n];
        for (j, &i) in arg.iter().enumerate() {
            let iu = i as usize;
            if self.x[iu] == NONE {
                self.x[iu] = j as u32;
                self.y[j] = i;
                self.gate[j] = T::TAKEN;
                unique[iu] = true;
            } else {
                unique[iu] = false;
            }
        }
        let mut free = Vec::new();
        for (i, &once) in unique.iter().enumerate() {
            if self.x[i] == NONE {
                free.push(i as u32);
            } else if once {
                // Every reduced cost is non-negative and the row's own is 0:
                // the transfer is the second smallest.
                let (_, second) = two_smallest(self.rows.row(i), &self.v);
                if second != T::MAX {
                    let j = self.x[i] as usize;
                    self.v[j] -= second;
                }
            }
        }
        free
    }

    /// Augmenting row reduction: each free row takes its cheapest column
    /// (by reduced cost), lowering that column's price by the gap to its
    /// second cheapest so that the row it displaces, if any, looks
    /// elsewhere. Returns the rows still free.
    fn row_reduction(&mut self, mut free: Vec<u32>) -> Option<Vec<u32>> {
        if self.shortlists.is_empty() {
            self.shortlists = vec![Shortlist::EMPTY; self.x.len()];
        }
        let n_free = free.len();
        let m = self.rows.m;
        let mut current = 0;
        let mut new_free = 0;
        let mut steps = 0usize;
        let shortlists = &mut self.shortlists;
        let (mut free_tries, mut free_hits) = (0usize, 0usize);
        while current < n_free {
            steps += 1;
            let i = free[current] as usize;
            current += 1;
            let row = self.rows.row(i);
            let list = &mut shortlists[i];
            // With many equal scores a free column is often among a row's
            // cheapest: one cheaper pass finds it, and the row takes it
            // without moving a price. Tried while it keeps succeeding.
            if list.floor == T::MIN && (free_tries < 16 || 4 * free_hits >= 3 * free_tries) {
                free_tries += 1;
                let (low, low_free, j) = row_lows(row, &self.v, &self.gate);
                if low == low_free {
                    free_hits += 1;
                    self.x[i] = j;
                    self.y[j as usize] = i as u32;
                    self.gate[j as usize] = T::TAKEN;
                    continue;
                }
            }
            let (v1, mut j1, v2) = match list.two_best(row, &self.v) {
                Some(found) => found,
                None => {
                    let (v1, j1, v2, floor) = two_best(row, &self.v, list);
                    list.floor = floor;
                    (v1, j1, v2)
                }
            };
            let mut i0 = self.y[j1 as usize];
            if i0 != NONE && v2 == v1 {
                // A free column that ties with the cheapest is taken rather
                // than a row displaced (equal scores are common).
                let free = first_free_reduced(row, &self.v, &self.gate, v1);
                if free != NONE {
                    j1 = free;
                    i0 = NONE;
                }
            }
            // The second cheapest column matters only on a tie.
            let j2 = if v2 == T::MAX {
                NONE
            } else if v2 == v1 && i0 != NONE {
                first_other_at(row, &self.v, v2, j1)
            } else {
                m as u32
            };
            let lowers = j2 != NONE && v2 > v1;
            if steps < current * m {
                if lowers {
                    let p = self.v[j1 as usize] - (v2 - v1);
                    if p < -T::LIMIT {
                        return None;
                    }
                    self.v[j1 as usize] = p;
                } else if i0 != NONE && j2 != NONE {
                    j1 = j2;
                    i0 = self.y[j2 as usize];
                }
                if i0 != NONE {
                    if lowers {
                        current -= 1;
                        free[current] = i0;
                    } else {
                        free[new_free] = i0;
                        new_free += 1;
                    }
                }
            } else if i0 != NONE {
                free[new_free] = i0;
                new_free += 1;
            }
            if i0 != NONE {
                self.x[i0 as usize] = NONE;
            }
            self.x[i] = j1;
            self.y[j1 as usize] = i as u32;
            self.gate[j1 as usize] = T::TAKEN;
        }
        free.truncate(new_free);
        Some(free)
    }

    /// A new short list for a row, under the current prices.
    fn refresh(&mut self, i: usize) {
        let list = &mut self.shortlists[i];
        let (_, _, _, floor) = two_best(self.rows.row(i), &self.v, list);
        list.floor = floor;
    }

    /// Shortest augmenting paths (Dijkstra on reduced costs) from each free
    /// row, in order. Each pass relaxes up to four rows at once and a column
    /// remembers only which pass (a group of rows) last lowered it, with a
    /// branch-free blend; the predecessor on the path found is the first row
    /// of that group that reaches the column at its distance. Looking the
    /// predecessor up among every row scanned instead reads one entry per
    /// row at random, which costs more than the passes when the matrix
    /// does not fit in the cache.
    ///
    /// A row reached whose short list bounds the rest of the row beyond the
    /// current distance relaxes its list alone; the rest of the row waits
    /// until the search reaches that bound (usually it ends first). Columns
    /// off the list cannot be nearer than the bound, so every column
    /// settled, and the path found, is what the full search would give.
    fn augment(&mut self, free: &[u32]) -> Option<()> {
        let m = self.rows.m;
        let mut d = vec![T::ZERO; m];
        let mut settled = vec![T::ZERO; m];
        let mut ready: Vec<u32> = Vec::new();
        let mut scan: Vec<u32> = Vec::new();
        let mut scanned: Vec<(u32, T)> = Vec::new();
        let mut full: Vec<(u32, T)> = Vec::new();
        let mut pending: BinaryHeap<Reverse<(T, u32, T)>> = BinaryHeap::new();
        // The pass that last lowered each column's distance, by its index
        // in `groups` (the rows it relaxed, with their `h`).
        let mut pred = vec![T::ZERO; m];
        let mut groups: Vec<Group<T>> = Vec::new();
        if self.shortlists.is_empty() {
            self.shortlists = vec![Shortlist::EMPTY; self.x.len()];
        }
        for &f in free {
            let row = self.rows.row(f as usize);
            let (low, low_free) = start_row(row, &self.v, &self.gate, &mut d);
            if low_free == low {
                // A free column is among the cheapest: no search needed.
                let j = first_free_at(&d, &self.gate, low);
                self.x[f as usize] = j;
                self.y[j as usize] = f;
                self.gate[j as usize] = T::TAKEN;
                continue;
            }
            let mut mn = low;
            ready.clear();
            scanned.clear();
            pending.clear();
            scanned.push((f, T::ZERO));
            groups.clear();
            groups.push(Group::one(f, T::ZERO));
            pred.fill(T::ZERO);
            let end = loop {
                scan.clear();
                collect(&d, mn, &mut scan);
                if let Some(&j) = scan.iter().find(|&&j| self.y[j as usize] == NONE) {
                    break j;
                }
                for &j in &scan {
                    d[j as usize] = T::MIN;
                    settled[j as usize] = mn;
                    ready.push(j);
                }
                full.clear();
                let mut early = NONE;
                for &j in &scan {
                    let i = self.y[j as usize];
                    let row = self.rows.row(i as usize);
                    let h = -row[j as usize] - self.v[j as usize] - mn;
                    scanned.push((i, h));
                    // Every column off the row's short list lies at least
                    // `floor - h` away: relax the list alone and come back
                    // for the rest only if the search gets that far.
                    let list = &self.shortlists[i as usize];
                    let bound = list.floor.saturating_sub(h);
                    if list.floor > T::SEEN && bound > mn {
                        let g = groups.len() as u32;
                        groups.push(Group::one(i, h));
                        for &k in &list.cols[..list.len] {
                            let k = k as usize;
                            let x = -row[k] - self.v[k] - h;
                            if x < d[k] {
                                d[k] = x;
                                pred[k] = T::from_usize(g as usize);
                                // A free column at the current distance
                                // ends the search at once.
                                if x == mn && self.gate[k] == T::ZERO {
                                    early = k as u32;
                                }
                            }
                        }
                        pending.push(Reverse((bound, i, h)));
                        if early != NONE {
                            break;
                        }
                    } else {
                        full.push((i, h));
                    }
                }
                if early != NONE {
                    break early;
                }
                let mut wrapped = if full.is_empty() {
                    open_min(&d)
                } else {
                    relax_rows(self.rows, &full, &self.v, &mut d, &mut pred, &mut groups)
                };
                // A row seen for the first time gets its short list (one
                // more pass); renewing lists that proved too short costs
                // more than it saves.
                for &(i, _) in &full {
                    let list = &mut self.shortlists[i as usize];
                    if list.floor == T::MIN {
                        list.floor = T::SEEN;
                    } else if list.floor == T::SEEN {
                        self.refresh(i as usize);
                    }
                }
                while let Some(&Reverse((bound, i, h))) = pending.peek() {
                    if bound > wrapped.wrapping_add(T::ONE) {
                        break;
                    }
                    pending.pop();
                    let g = groups.len() as u32;
                    groups.push(Group::one(i, h));
                    let row = [self.rows.row(i as usize)];
                    wrapped = relax_n::<T, 1, true>(row, [h], &self.v, &mut d, &mut pred, g);
                }
                // Every column settled without reaching a free one cannot
                // happen with n ≤ m; distances beyond T::LIMIT could overflow.
                mn = wrapped.wrapping_add(T::ONE);
                if !(-T::LIMIT..=T::LIMIT).contains(&mn) {
                    return None;
                }
            };
            // The path, from its end back to f, under the search's prices.
            let mut j = end;
            let mut dj = mn;
            loop {
                let vj = self.v[j as usize];
                let group = &groups[pred[j as usize].index() as usize];
                let i = group.rows[..group.len]
                    .iter()
                    .find(|&&(i, h)| -self.rows.row(i as usize)[j as usize] - vj - h == dj)
                    .map_or(f, |&(i, _)| i);
                self.y[j as usize] = i;
                self.gate[j as usize] = T::TAKEN;
                let old = std::mem::replace(&mut self.x[i as usize], j);
                if i == f {
                    break;
                }
                j = old;
                dj = settled[j as usize];
            }
            for &j in &ready {
                let p = self.v[j as usize] - (mn - settled[j as usize]);
                if p < -T::LIMIT {
                    return None;
                }
                self.v[j as usize] = p;
            }
        }
        Some(())
    }
}

/// The rows one pass of a search relaxed, with their `h` (see
/// [`relax_rows`]).
#[derive(Clone, Copy)]
struct Group<T: Cost> {
    rows: [(u32, T); 4],
    len: usize,
}

impl<T: Cost> Group<T> {
    fn one(i: u32, h: T) -> Group<T> {
        Group { rows: [(i, h); 4], len: 1 }
    }
}

/// The smallest open distance minus one (settled columns hold `T::MIN`,
/// which wraps to the largest value).
#[inline(never)]
fn open_min<T: Cost>(d: &[T]) -> T {
    d.iter().fold(T::MAX, |low, &x| low.min(x.wrapping_sub(T::ONE)))
}

/// Starts a search from a row: every distance is the reduced cost
/// `-a_k - v_k`. Returns the smallest, and the smallest over free columns.
#[inline(never)]
fn start_row<T: Cost>(row: &[T], v: &[T], gate: &[T], d: &mut [T]) -> (T, T) {
    let mut low = T::MAX;
    let mut low_free = T::MAX;
    for (((dk, &a), &vk), &gk) in d.iter_mut().zip(row).zip(v).zip(gate) {
        let x = -a - vk;
        *dk = x;
        low = low.min(x);
        low_free = low_free.min(x + gk);
    }
    (low, low_free)
}

/// The smallest reduced cost `-a_k - v_k` of a row, the smallest over free
/// columns and the first free column where it is.
#[inline]
fn row_lows<T: Cost>(row: &[T], v: &[T], gate: &[T]) -> (T, T, u32) {
    let m = row.len();
    let (ra, ta) = row.as_chunks::<L>();
    let (rv, tv) = v[..m].as_chunks::<L>();
    let (rg, tg) = gate[..m].as_chunks::<L>();
    let (m1, mf, cf) = free_lanes(ra, rv, rg);
    let mut low = m1.into_iter().min().unwrap_or(T::MAX);
    let mut low_free = mf.into_iter().min().unwrap_or(T::MAX);
    let mut j =
        (0..L).filter(|&l| mf[l] == low_free).map(|l| cf[l].index() * L as u32 + l as u32).min().unwrap_or(NONE);
    for (((&a, &vk), &gk), k) in ta.iter().zip(tv).zip(tg).zip((ra.len() * L) as u32..) {
        let x = -a - vk;
        low = low.min(x);
        if x + gk < low_free {
            low_free = x + gk;
            j = k;
        }
    }
    (low, low_free, j)
}

/// The lanes of [`row_lows`]: smallest, smallest free and its chunk.
#[inline(never)]
fn free_lanes<T: Cost>(ra: &[[T; L]], rv: &[[T; L]], rg: &[[T; L]]) -> ([T; L], [T; L], [T; L]) {
    let mut m1 = [T::MAX; L];
    let mut mf = [T::MAX; L];
    let mut cf = [T::ZERO; L];
    for (chunk, ((ca, cv), cg)) in ra.iter().zip(rv).zip(rg).enumerate() {
        let chunk = T::from_usize(chunk);
        for l in 0..L {
            let x = -ca[l] - cv[l];
            let xf = x + cg[l];
            let mask = T::mask(xf < mf[l]);
            m1[l] = m1[l].min(x);
            mf[l] = mf[l].min(xf);
            cf[l] = (cf[l] & !mask) | (chunk & mask);
        }
    }
    (m1, mf, cf)
}

/// The first free column at distance `at`.
fn first_free_at<T: Cost>(d: &[T], gate: &[T], at: T) -> u32 {
    first_where(d.len(), |k| (d[k] == at) & (gate[k] == T::ZERO))
}

/// The first index below `m` where `hit` holds (`NONE` if none), testing
/// whole chunks first (branch-free, vectorised) and one chunk at a time.
#[inline]
fn first_where(m: usize, hit: impl Fn(usize) -> bool) -> u32 {
    let full = m / L * L;
    for base in (0..full).step_by(L) {
        let mut bits = 0u32;
        for l in 0..L {
            bits |= u32::from(hit(base + l)) << l;
        }
        if bits != 0 {
            return (base + bits.trailing_zeros() as usize) as u32;
        }
    }
    (full..m).find(|&k| hit(k)).map_or(NONE, |k| k as u32)
}

/// Column reduction over one row: lowers each column's price to the row's
/// cost where it is lower and remembers the row. Updates are rare after
/// the first rows, so chunks are tested branch-free first.
#[inline(never)]
fn column_minima<T: Cost>(row: &[T], v: &mut [T], arg: &mut [u32], i: u32) {
    let m = row.len();
    let (rv, tv) = v[..m].as_chunks_mut::<L>();
    let (rg, tg) = arg[..m].as_chunks_mut::<L>();
    let (ra, ta) = row.as_chunks::<L>();
    for ((cv, cg), ca) in rv.iter_mut().zip(rg.iter_mut()).zip(ra) {
        let mut any = false;
        for l in 0..L {
            any |= -ca[l] < cv[l];
        }
        if any {
            for l in 0..L {
                if -ca[l] < cv[l] {
                    cv[l] = -ca[l];
                    cg[l] = i;
                }
            }
        }
    }
    for ((vk, gk), &a) in tv.iter_mut().zip(tg.iter_mut()).zip(ta) {
        if -a < *vk {
            *vk = -a;
            *gk = i;
        }
    }
}

/// The two smallest reduced costs `-a_k - v_k` of a row, with multiplicity
/// (`T::MAX` for a missing second).
#[inline(never)]
fn two_smallest<T: Cost>(row: &[T], v: &[T]) -> (T, T) {
    let mut m1 = [T::MAX; L];
    let mut m2 = [T::MAX; L];
    let (ra, ta) = row.as_chunks::<L>();
    let (rv, tv) = v[..row.len()].as_chunks::<L>();
    for (ca, cv) in ra.iter().zip(rv) {
        for l in 0..L {
            let x = -ca[l] - cv[l];
            let hi = m1[l].max(x);
            m1[l] = m1[l].min(x);
            m2[l] = m2[l].min(hi);
        }
    }
    for (&a, &vk) in ta.iter().zip(tv) {
        let x = -a - vk;
        let hi = m1[0].max(x);
        m1[0] = m1[0].min(x);
        m2[0] = m2[0].min(hi);
    }
    smallest_two_of(&m1, &m2)
}

/// The cheapest column of a row by reduced cost `-a_k - v_k` (ties: the
/// lower column), its cost, and the second smallest cost (with
/// multiplicity; `T::MAX` if none). Fills `shortlist` with the columns
/// that may be cheapest later (each lane's cheapest and the tail) and
/// returns, last, a floor under every other column's reduced cost.
#[inline]
fn two_best<T: Cost>(row: &[T], v: &[T], shortlist: &mut Shortlist<T>) -> (T, u32, T, T) {
    let m = row.len();
    let (ra, ta) = row.as_chunks::<LS>();
    let (rv, tv) = v[..m].as_chunks::<LS>();
    let (m1, c1, m2) = two_best_lanes(ra, rv);
    let (mut v1, mut v2) = smallest_two_of(&m1, &m2);
    shortlist.len = 0;
    let mut floor = T::MAX;
    if !ra.is_empty() {
        for l in 0..LS {
            shortlist.push(c1[l].index() * LS as u32 + l as u32);
            floor = floor.min(m2[l]);
        }
    }
    let mut j1 = (0..LS).filter(|&l| m1[l] == v1).map(|l| c1[l].index() * LS as u32 + l as u32).min().unwrap_or(NONE);
    for ((&a, &vk), k) in ta.iter().zip(tv).zip((ra.len() * LS) as u32..) {
        shortlist.push(k);
        let x = -a - vk;
        if x < v1 {
            v2 = v1;
            v1 = x;
            j1 = k;
        } else if x < v2 {
            v2 = x;
        }
    }
    (v1, j1, v2, floor)
}

/// Columns worth looking at first for a row in the augmenting row
/// reduction, with a floor under the reduced cost of every other column.
/// Prices only fall, so reduced costs only rise and the floor stays valid:
/// when the two cheapest of the list are at most the floor, they are the
/// row's two cheapest and the full pass is not needed.
#[derive(Clone, Copy)]
struct Shortlist<T: Cost> {
    cols: [u32; 2 * LS],
    len: usize,
    /// `T::MIN` until the row's first full pass ([`Cost::SEEN`] after a first
    /// scan in a search, which computes no list: many rows are scanned
    /// once only).
    floor: T,
}

impl<T: Cost> Shortlist<T> {
    const EMPTY: Shortlist<T> = Shortlist { cols: [0; 2 * LS], len: 0, floor: T::MIN };

    fn push(&mut self, k: u32) {
        self.cols[self.len] = k;
        self.len += 1;
    }

    /// The row's `(v1, j1, v2)` from the list, if it proves them.
    fn two_best(&self, row: &[T], v: &[T]) -> Option<(T, u32, T)> {
        if self.floor <= T::SEEN {
            return None;
        }
        // Ties go to the earlier entry of the list (its order is fixed, so
        // the choice stays deterministic).
        let (mut v1, mut j1, mut v2) = (T::MAX, NONE, T::MAX);
        for &k in &self.cols[..self.len] {
            let x = -row[k as usize] - v[k as usize];
            if x < v1 {
                v2 = v1;
                v1 = x;
                j1 = k;
            } else if x < v2 {
                v2 = x;
            }
        }
        (v2 <= self.floor).then_some((v1, j1, v2))
    }
}

/// The lanes of [`two_best`] over whole chunks: each lane's smallest, the
/// chunk where it is and its second smallest. Bit masks rather than
/// conditionals, and a function of its own, keep it vectorised.
#[inline(never)]
fn two_best_lanes<T: Cost>(ra: &[[T; LS]], rv: &[[T; LS]]) -> ([T; LS], [T; LS], [T; LS]) {
    let mut m1 = [T::MAX; LS];
    let mut c1 = [T::ZERO; LS];
    let mut m2 = [T::MAX; LS];
    for (chunk, (ca, cv)) in ra.iter().zip(rv).enumerate() {
        let chunk = T::from_usize(chunk);
        for l in 0..LS {
            let x = -ca[l] - cv[l];
            let mask = T::mask(x < m1[l]);
            m2[l] = m2[l].min(m1[l].max(x));
            m1[l] = m1[l].min(x);
            c1[l] = (c1[l] & !mask) | (chunk & mask);
        }
    }
    (m1, c1, m2)
}

/// The first column other than `not` whose reduced cost is `at`.
fn first_other_at<T: Cost>(row: &[T], v: &[T], at: T, not: u32) -> u32 {
    let v = &v[..row.len()];
    first_where(row.len(), |k| (-row[k] - v[k] == at) & (k as u32 != not))
}

/// The two smallest values of the lanes' two smallest.
fn smallest_two_of<T: Cost, const N: usize>(m1: &[T; N], m2: &[T; N]) -> (T, T) {
    let mut b1 = T::MAX;
    let mut b2 = T::MAX;
    for l in 0..N {
        for x in [m1[l], m2[l]] {
            if x < b1 {
                b2 = b1;
                b1 = x;
            } else if x < b2 {
                b2 = x;
            }
        }
    }
    (b1, b2)
}

/// The first free column whose reduced cost is `at`.
fn first_free_reduced<T: Cost>(row: &[T], v: &[T], gate: &[T], at: T) -> u32 {
    let (v, gate) = (&v[..row.len()], &gate[..row.len()]);
    first_where(row.len(), |k| (-row[k] - v[k] == at) & (gate[k] == T::ZERO))
}

/// The open columns at distance `mn`, ascending.
#[inline(never)]
fn collect<T: Cost>(d: &[T], mn: T, out: &mut Vec<u32>) {
    let (rd, td) = d.as_chunks::<L>();
    for (c, cd) in rd.iter().enumerate() {
        let mut any = false;
        for &x in cd {
            any |= x == mn;
        }
        if any {
            for (l, &x) in cd.iter().enumerate() {
                if x == mn {
                    out.push((c * L + l) as u32);
                }
            }
        }
    }
    let base = rd.len() * L;
    for (l, &x) in td.iter().enumerate() {
        if x == mn {
            out.push((base + l) as u32);
        }
    }
}

/// Relaxes every open column from each of `list`'s rows (`(row, h)`, `h`
/// being the row's price minus its distance), four rows to a pass, each
/// pass recorded in `groups`; returns the smallest open distance minus one
/// (settled columns hold `T::MIN`, which wraps to the largest value).
fn relax_rows<T: Cost>(
    rows: &Rows<'_, T>,
    list: &[(u32, T)],
    v: &[T],
    d: &mut [T],
    pred: &mut [T],
    groups: &mut Vec<Group<T>>,
) -> T {
    let mut low = T::MAX;
    let mut chunks = list.chunks(4).peekable();
    while let Some(g) = chunks.next() {
        let last = chunks.peek().is_none();
        let id = groups.len() as u32;
        let mut group = Group::one(g[0].0, g[0].1);
        group.rows[..g.len()].copy_from_slice(g);
        group.len = g.len();
        groups.push(group);
        let r = |t: usize| rows.row(g[t].0 as usize);
        let p = &mut *pred;
        low = match (g.len(), last) {
            (4, false) => {
                relax_n::<T, 4, false>([r(0), r(1), r(2), r(3)], [g[0].1, g[1].1, g[2].1, g[3].1], v, d, p, id)
            }
            (4, true) => relax_n::<T, 4, true>([r(0), r(1), r(2), r(3)], [g[0].1, g[1].1, g[2].1, g[3].1], v, d, p, id),
            (3, _) => relax_n::<T, 3, true>([r(0), r(1), r(2)], [g[0].1, g[1].1, g[2].1], v, d, p, id),
            (2, _) => relax_n::<T, 2, true>([r(0), r(1)], [g[0].1, g[1].1], v, d, p, id),
            _ => relax_n::<T, 1, true>([r(0)], [g[0].1], v, d, p, id),
        };
    }
    low
}

/// `d_k = min(d_k, min_r(-a_rk - h_r) - v_k)` over `N` rows at once,
/// `pred_k = g` where it falls; with `MIN`, returns the smallest open
/// distance minus one.
#[inline(never)]
fn relax_n<T: Cost, const N: usize, const MIN: bool>(
    rows: [&[T]; N],
    h: [T; N],
    v: &[T],
    d: &mut [T],
    pred: &mut [T],
    g: u32,
) -> T {
    let g = T::from_usize(g as usize);
    let m = d.len();
    let (v, pred) = (&v[..m], &mut pred[..m]);
    let rows = rows.map(|r| &r[..m]);
    let mut low = T::MAX;
    for k in 0..m {
        let mut t = T::MIN;
        for r in 0..N {
            t = t.max(rows[r][k] + h[r]);
        }
        let x = -(t + v[k]);
        let mask = T::mask(x < d[k]);
        pred[k] = (pred[k] & !mask) | (g & mask);
        d[k] = d[k].min(x);
        if MIN {
            low = low.min(d[k].wrapping_sub(T::ONE));
        }
    }
    low
}

#[cfg(test)]
#[path = "dense_tests.rs"]
mod tests;
