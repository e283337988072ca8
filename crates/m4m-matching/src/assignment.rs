//! The cohort assignment: which mentee goes with which mentor, as an exact
//! optimum — first the largest number of mentees matched, then the largest
//! total score — with the coordinator's controls (locked pairs, excluded
//! pairs) and the explanations a coordinator needs afterwards (next best
//! mentors, why a mentee stayed unmatched).

use crate::AssignError;
use crate::dense;
use crate::matrix::{DenseRow, ScoreMatrix};
use crate::reason::Reason;
use crate::solver::{self, Edges};

/// An assignment problem over a score matrix: capacities, locks and
/// exclusions. Build it, then call [`Problem::solve`]; change a lock or an
/// exclusion and solve again.
#[derive(Debug, Clone)]
pub struct Problem<'m> {
    matrix: &'m ScoreMatrix,
    capacity: Vec<u32>,
    /// Mentor locked to each mentee by the coordinator.
    lock: Vec<Option<u32>>,
    /// Excluded mentors of each mentee, sorted.
    excluded: Vec<Vec<u32>>,
    /// Threads for the passes over every pair of a large problem.
    threads: usize,
}

/// A chosen pair, by indices into the matrix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Pair {
    /// Mentee (row) index.
    pub mentee: usize,
    /// Mentor (column) index.
    pub mentor: usize,
    /// Fixed-point score of the pair.
    pub score: i64,
    /// Whether the coordinator locked the pair before solving.
    pub locked: bool,
}

/// The dual prices that prove an assignment optimal: for every possible pair
/// that is neither locked nor excluded,
/// `mentee[i] + mentor[j] >= bonus + score(i, j)`, with equality on chosen
/// pairs; a mentee price is zero when the mentee is unmatched, a mentor price
/// zero when the mentor has room left.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Duals {
    /// One price per mentee (zero for locked mentees).
    pub mentee: Vec<i64>,
    /// One price per mentor.
    pub mentor: Vec<i64>,
    /// The bonus added to every possible pair so that matching one more
    /// mentee outweighs any difference in score.
    pub bonus: i64,
}

/// The result of [`Problem::solve`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assignment {
    /// The mentor of each mentee, `None` when unmatched.
    pub mentor_of: Vec<Option<usize>>,
    /// Chosen pairs, mentees ascending (locked pairs included).
    pub pairs: Vec<Pair>,
    /// Number of matched mentees.
    pub matched: usize,
    /// Sum of the fixed-point scores of the chosen pairs.
    pub total: i64,
    /// Prices proving optimality.
    pub duals: Duals,
    /// Rounds of candidate certification the solver needed (0: solved on
    /// every pair at once).
    pub rounds: usize,
}

/// Another mentor a coordinator may choose for a mentee by hand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Alternative {
    /// Mentor (column) index.
    pub mentor: usize,
    /// Fixed-point score of the pair.
    pub score: i64,
    /// Whether the mentor has no room left in the assignment.
    pub full: bool,
}

/// Why a mentee is left unmatched by the assignment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unmatched {
    /// No mentor is possible for this mentee (every pair is impossible or
    /// excluded).
    NoPossibleMentor,
    /// Every possible mentor is full with other mentees: giving this mentee
    /// one of them would leave another mentee unmatched or lower the total.
    MentorsTaken {
        /// The possible mentors, all full.
        mentors: Vec<usize>,
    },
}

impl Unmatched {
    /// The reason as a message key with arguments.
    pub fn reason(&self) -> Reason {
        match self {
            Unmatched::NoPossibleMentor => Reason::new("no-possible-mentor"),
            Unmatched::MentorsTaken { mentors } => Reason::new("mentors-taken").arg("count", mentors.len().to_string()),
        }
    }
}

impl<'m> Problem<'m> {
    /// A problem in which every mentor has capacity 1, nothing is locked and
    /// nothing excluded.
    pub fn new(matrix: &'m ScoreMatrix) -> Self {
        Problem {
            matrix,
            capacity: vec![1; matrix.cols()],
            lock: vec![None; matrix.rows()],
            excluded: vec![Vec::new(); matrix.rows()],
            threads: 1,
        }
    }

    /// Lets the solver use up to `threads` threads (default 1) for its
    /// passes over every pair of a large problem. The result does not
    /// depend on it.
    pub fn set_threads(&mut self, threads: usize) {
        self.threads = threads.max(1);
    }

    /// The score matrix.
    pub fn matrix(&self) -> &'m ScoreMatrix {
        self.matrix
    }

    /// Sets how many mentees a mentor can accompany (0 takes them out).
    pub fn set_capacity(&mut self, mentor: usize, capacity: u32) -> Result<(), AssignError> {
        self.check(None, Some(mentor))?;
        self.capacity[mentor] = capacity;
        Ok(())
    }

    /// The capacity of a mentor (0 for an index outside the matrix).
    pub fn capacity(&self, mentor: usize) -> u32 {
        self.capacity.get(mentor).copied().unwrap_or(0)
    }

    /// Locks a pair the coordinator has decided: it is kept as is and the
    /// rest is optimised around it. The pair must be possible and not
    /// excluded; a mentee is locked at most once.
    pub fn lock(&mut self, mentee: usize, mentor: usize) -> Result<(), AssignError> {
        self.check(Some(mentee), Some(mentor))?;
        if !self.is_possible(mentee, mentor) {
            return Err(AssignError::LockedPairImpossible { mentee, mentor });
        }
        if let Some(other) = self.lock[mentee]
            && other as usize != mentor
        {
            return Err(AssignError::MenteeLockedTwice { mentee });
        }
        self.lock[mentee] = Some(mentor as u32);
        Ok(())
    }

    /// Removes a lock.
    pub fn unlock(&mut self, mentee: usize) {
        if mentee < self.lock.len() {
            self.lock[mentee] = None;
        }
    }

    /// Excludes a pair (conflict, relatives, a past pair that ended badly):
    /// the solver never uses it. Excluding a locked pair is an error.
    pub fn exclude(&mut self, mentee: usize, mentor: usize) -> Result<(), AssignError> {
        self.check(Some(mentee), Some(mentor))?;
        if self.lock[mentee] == Some(mentor as u32) {
            return Err(AssignError::LockedPairImpossible { mentee, mentor });
        }
        let ex = &mut self.excluded[mentee];
        if let Err(pos) = ex.binary_search(&(mentor as u32)) {
            ex.insert(pos, mentor as u32);
        }
        Ok(())
    }

    /// Whether a pair is possible: present in the matrix and not excluded.
    pub fn is_possible(&self, mentee: usize, mentor: usize) -> bool {
        self.matrix.get(mentee, mentor).is_some() && !self.is_excluded(mentee, mentor)
    }

    /// Whether the coordinator excluded a pair.
    pub fn is_excluded(&self, mentee: usize, mentor: usize) -> bool {
        self.excluded.get(mentee).is_some_and(|ex| ex.binary_search(&(mentor as u32)).is_ok())
    }

    fn check(&self, mentee: Option<usize>, mentor: Option<usize>) -> Result<(), AssignError> {
        if let Some(i) = mentee
            && i >= self.matrix.rows()
        {
            return Err(AssignError::UnknownMentee { mentee: i });
        }
        if let Some(j) = mentor
            && j >= self.matrix.cols()
        {
            return Err(AssignError::UnknownMentor { mentor: j });
        }
        Ok(())
    }

    /// Finds the optimal assignment: the largest number of mentees matched,
    /// then the largest total score; locked pairs kept, excluded and
    /// impossible pairs never used, no mentor above capacity. Ties are broken
    /// by index, so the same problem always gives the same answer.
    pub fn solve(&self) -> Result<Assignment, AssignError> {
        self.solve_tuned(None)
    }

    /// `solve` with a forced number of candidates per row and column (for
    /// tests of the certification loop).
    pub(crate) fn solve_tuned(&self, candidates: Option<usize>) -> Result<Assignment, AssignError> {
        let (cap, bonus) = self.places_and_bonus()?;
        let view = View { problem: self, bonus, len: self.matrix.possible_pairs() };
        let sol = match candidates {
            None => self.solve_dense(&cap, bonus).unwrap_or_else(|| solver::solve(&view, &cap, self.threads)),
            Some(k) => solver::solve_with(&view, &cap, k, false, self.threads),
        };
        Ok(self.assignment(sol, bonus))
    }

    /// The places each mentor has left after the locks, and the bonus of a
    /// matched mentee.
    fn places_and_bonus(&self) -> Result<(Vec<u32>, i64), AssignError> {
        let n = self.matrix.rows();
        let mut cap: Vec<u32> = self.capacity.clone();
        for (i, l) in self.lock.iter().enumerate() {
            if let Some(j) = *l {
                let j = j as usize;
                if cap[j] == 0 {
                    return Err(AssignError::LocksOverCapacity { mentor: j, capacity: self.capacity[j] });
                }
                cap[j] -= 1;
                debug_assert!(self.is_possible(i, j));
            }
        }
        // The bonus must exceed twice the sum over mentees of their largest
        // absolute score; all sums then stay far inside i64.
        let w: i128 = (0..n).filter(|&i| self.lock[i].is_none()).map(|i| i128::from(self.matrix.row_max_abs(i))).sum();
        let bonus = 2 * w + 1;
        if bonus > i128::from(i64::MAX / 16) {
            return Err(AssignError::ScoresTooLarge);
        }
        Ok((cap, bonus as i64))
    }

    /// The assignment of a solution, locked pairs included.
    fn assignment(&self, sol: solver::Solution, bonus: i64) -> Assignment {
        let (n, m) = (self.matrix.rows(), self.matrix.cols());
        let mentor_of: Vec<Option<usize>> = (0..n)
            .map(|i| match self.lock[i] {
                Some(j) => Some(j as usize),
                None => sol.row_col[i],
            })
            .collect();
        let mut pairs = Vec::new();
        let mut total = 0i64;
        for (i, j) in mentor_of.iter().enumerate() {
            if let Some(j) = *j {
                let locked = self.lock[i].is_some();
                let score = self.matrix.get(i, j).unwrap_or(0);
                total += score;
                pairs.push(Pair { mentee: i, mentor: j, score, locked });
            }
        }
        debug_assert_eq!(sol.col_dual.len(), m);
        Assignment {
            matched: pairs.len(),
            mentor_of,
            pairs,
            total,
            duals: Duals { mentee: sol.row_dual, mentor: sol.col_dual, bonus },
            rounds: sol.rounds,
        }
    }

    /// The dense solver, when the scores are stored in 32 bits and no
    /// unlocked mentee has an exclusion (see [`crate::dense`]). Impossible
    /// pairs (hard constraints) are absent edges there; should the optimum
    /// then leave a mentee unmatched who has possible mentors, the dense
    /// solver steps aside and `None` sends the problem to the general one.
    fn solve_dense(&self, cap: &[u32], bonus: i64) -> Option<solver::Solution> {
        let (n, m) = (self.matrix.rows(), self.matrix.cols());
        let data = self.matrix.dense32()?;
        let active: Vec<bool> = self.lock.iter().map(Option::is_none).collect();
        let fits = (0..n).all(|i| !active[i] || self.excluded[i].is_empty())
            && (0..n).all(|i| self.matrix.row_max_abs(i) <= i64::from(dense::MAX_SCORE));
        if !fits {
            return None;
        }
        let absent = self.matrix.possible_pairs() < n * m;
        let max_abs = (0..n).filter(|&i| active[i]).map(|i| self.matrix.row_max_abs(i)).max().unwrap_or(0);
        dense::solve_complete(data, n, m, cap, &active, bonus, max_abs, absent)
    }

    fn for_each_possible(&self, i: usize, mut f: impl FnMut(usize, i64)) {
        let ex = &self.excluded[i];
        if ex.is_empty() {
            self.matrix.for_each_in_row(i, f);
        } else {
            self.matrix.for_each_in_row(i, |c, s| {
                if ex.binary_search(&(c as u32)).is_err() {
                    f(c, s);
                }
            });
        }
    }

    /// The next best `k` mentors of a mentee after the one assigned, by score
    /// (ties: lower index first), to choose another by hand.
    pub fn next_best(&self, assignment: &Assignment, mentee: usize, k: usize) -> Vec<Alternative> {
        if mentee >= self.matrix.rows() {
            return Vec::new();
        }
        let mut load = vec![0u32; self.matrix.cols()];
        for p in &assignment.pairs {
            load[p.mentor] += 1;
        }
        let own = assignment.mentor_of.get(mentee).copied().flatten();
        let mut all = Vec::new();
        self.for_each_possible(mentee, |c, s| {
            if Some(c) != own {
                all.push((s, c));
            }
        });
        all.sort_by_key(|&(s, c)| (std::cmp::Reverse(s), c));
        all.into_iter()
            .take(k)
            .map(|(score, mentor)| Alternative { mentor, score, full: load[mentor] >= self.capacity[mentor] })
            .collect()
    }

    /// Why each unmatched mentee is unmatched, mentees ascending.
    pub fn unmatched(&self, assignment: &Assignment) -> Vec<(usize, Unmatched)> {
        let mut out = Vec::new();
        for (i, m) in assignment.mentor_of.iter().enumerate() {
            if m.is_some() {
                continue;
            }
            let mut mentors = Vec::new();
            self.for_each_possible(i, |c, _| mentors.push(c));
            let why =
                if mentors.is_empty() { Unmatched::NoPossibleMentor } else { Unmatched::MentorsTaken { mentors } };
            out.push((i, why));
        }
        out
    }
}

/// Possible pairs of the mentees still to assign, with their profits.
struct View<'p, 'm> {
    problem: &'p Problem<'m>,
    bonus: i64,
    len: usize,
}

impl Edges for View<'_, '_> {
    fn rows(&self) -> usize {
        self.problem.matrix.rows()
    }

    fn cols(&self) -> usize {
        self.problem.matrix.cols()
    }

    #[inline]
    fn for_each(&self, row: usize, mut f: impl FnMut(u32, i64)) {
        let p = self.problem;
        if p.lock[row].is_some() {
            return;
        }
        let bonus = self.bonus;
        if p.excluded[row].is_empty()
            && let Some(r) = p.matrix.dense_row(row)
        {
            match r {
                DenseRow::Wide(r) => {
                    for (c, &s) in r.iter().enumerate() {
                        if s != ScoreMatrix::ABSENT {
                            f(c as u32, bonus + s);
                        }
                    }
                }
                DenseRow::Narrow(r) => {
                    for (c, &s) in r.iter().enumerate() {
                        if s != ScoreMatrix::ABSENT32 {
                            f(c as u32, bonus + i64::from(s));
                        }
                    }
                }
            }
            return;
        }
        p.for_each_possible(row, |c, s| f(c as u32, bonus + s));
    }

    fn len_hint(&self) -> usize {
        self.len
    }

    fn narrow_row(&self, row: usize) -> Option<(&[i32], i64)> {
        let p = self.problem;
        if p.lock[row].is_some() || !p.excluded[row].is_empty() {
            return None;
        }
        match p.matrix.dense_row(row)? {
            DenseRow::Narrow(r) => Some((r, self.bonus)),
            DenseRow::Wide(_) => None,
        }
    }
}

#[cfg(test)]
#[path = "assignment_tests.rs"]
mod tests;
