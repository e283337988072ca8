//! Score matrices: the compatibility of every possible (mentee, mentor) pair as
//! a fixed-point integer. A pair that is absent is impossible.

use crate::MatrixError;

/// Scores are fixed-point integers: a score of `0.734` is stored as `734`.
pub const SCALE: i64 = 1000;

/// The largest absolute score accepted, in fixed-point units (`10^12`, i.e. a
/// score of one billion). The bound keeps every sum the solver forms inside
/// `i64`.
pub const MAX_ABS_SCORE: i64 = 1_000_000_000_000;

/// Converts a score to fixed point (`score × 1000`, rounded half away from
/// zero). Returns `None` for NaN, infinities and magnitudes above
/// [`MAX_ABS_SCORE`].
pub fn to_fixed(score: f64) -> Option<i64> {
    if !score.is_finite() {
        return None;
    }
    let scaled = (score * SCALE as f64).round();
    if scaled.abs() > MAX_ABS_SCORE as f64 {
        return None;
    }
    Some(scaled as i64)
}

/// The scores of the possible pairs of a cohort: rows are mentees, columns are
/// mentors. Stored dense (every pair possible unless marked absent) or sparse
/// (compressed rows), whichever the caller builds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScoreMatrix {
    rows: usize,
    cols: usize,
    possible: usize,
    /// Largest absolute score of each row (0 for a row without pairs).
    row_max_abs: Vec<i64>,
    storage: Storage,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Storage {
    /// Row-major, `ABSENT` marks an impossible pair.
    Dense(Vec<i64>),
    /// The same in half the memory when every score fits (most do: a score
    /// in `[0, 1]` is at most 1000), `ABSENT32` marking an impossible pair.
    /// The solver's passes over all pairs are bound by memory bandwidth.
    Dense32(Vec<i32>),
    /// Compressed sparse rows, columns ascending within a row.
    Sparse { start: Vec<usize>, col: Vec<u32>, score: Vec<i64> },
}

const ABSENT: i64 = i64::MIN;
/// Read in place by the dense solver as a prohibitive cost (see
/// [`crate::dense::ABSENT`] for its value), so it is not `i32::MIN`: a
/// matrix with a score at or below it is stored in 64 bits.
const ABSENT32: i32 = crate::dense::ABSENT;

/// Whether a score is stored in 32 bits.
fn fits32(v: i64) -> bool {
    v > i64::from(ABSENT32) && v <= i64::from(i32::MAX)
}

/// Dense storage, in 32 bits when every score fits.
fn dense_storage(data: Vec<i64>) -> Storage {
    let fits = data.iter().all(|&v| v == ABSENT || fits32(v));
    if fits {
        Storage::Dense32(data.iter().map(|&v| if v == ABSENT { ABSENT32 } else { v as i32 }).collect())
    } else {
        Storage::Dense(data)
    }
}

/// One row of a dense matrix.
pub(crate) enum DenseRow<'a> {
    Wide(&'a [i64]),
    Narrow(&'a [i32]),
}

impl ScoreMatrix {
    /// A dense matrix from a row-major slice of `rows × cols` entries, `None`
    /// for an impossible pair.
    pub fn dense(rows: usize, cols: usize, scores: &[Option<i64>]) -> Result<Self, MatrixError> {
        if scores.len() != rows * cols {
            return Err(MatrixError::WrongLength { expected: rows * cols, found: scores.len() });
        }
        let mut data = Vec::with_capacity(scores.len());
        let mut possible = 0;
        for (k, s) in scores.iter().enumerate() {
            match s {
                None => data.push(ABSENT),
                Some(v) => {
                    check_score(k / cols.max(1), k % cols.max(1), *v)?;
                    data.push(*v);
                    possible += 1;
                }
            }
        }
        Self::check_dims(rows, cols)?;
        Ok(Self { rows, cols, possible, row_max_abs: row_max_abs(rows, cols, &data), storage: dense_storage(data) })
    }

    /// A dense matrix in which every pair is possible, from a row-major vector.
    pub fn dense_complete(rows: usize, cols: usize, scores: Vec<i64>) -> Result<Self, MatrixError> {
        if scores.len() != rows * cols {
            return Err(MatrixError::WrongLength { expected: rows * cols, found: scores.len() });
        }
        Self::check_dims(rows, cols)?;
        for (k, &v) in scores.iter().enumerate() {
            check_score(k / cols.max(1), k % cols.max(1), v)?;
        }
        Ok(Self {
            rows,
            cols,
            possible: scores.len(),
            row_max_abs: row_max_abs(rows, cols, &scores),
            storage: dense_storage(scores),
        })
    }

    /// A dense matrix from the row-major cells of `rows × cols` pairs, `None`
    /// for an impossible pair, built without an intermediate copy: in 32
    /// bits while every score fits, in 64 from the first that does not.
    pub fn dense_from_cells(
        rows: usize,
        cols: usize,
        cells: impl IntoIterator<Item = Option<i64>>,
    ) -> Result<Self, MatrixError> {
        Self::check_dims(rows, cols)?;
        let len = rows * cols;
        let mut narrow: Vec<i32> = Vec::with_capacity(len);
        let mut wide: Option<Vec<i64>> = None;
        let mut possible = 0;
        let mut row_max = vec![0i64; rows];
        // The cell's row and column are counted, not divided out of its
        // index (a division per cell).
        let (mut r, mut c) = (0, 0);
        for (k, cell) in cells.into_iter().enumerate() {
            if k >= len {
                return Err(MatrixError::WrongLength { expected: len, found: k + 1 });
            }
            if k > 0 {
                c += 1;
                if c == cols {
                    (r, c) = (r + 1, 0);
                }
            }
            if let Some(v) = cell {
                check_score(r, c, v)?;
                possible += 1;
                row_max[r] = row_max[r].max(v.abs());
            }
            match (&mut wide, cell) {
                (Some(w), _) => w.push(cell.unwrap_or(ABSENT)),
                (None, Some(v)) if !fits32(v) => {
                    let mut w: Vec<i64> = Vec::with_capacity(len);
                    w.extend(narrow.iter().map(|&x| if x == ABSENT32 { ABSENT } else { i64::from(x) }));
                    narrow = Vec::new();
                    w.push(v);
                    wide = Some(w);
                }
                (None, _) => narrow.push(cell.map_or(ABSENT32, |v| v as i32)),
            }
        }
        let found = wide.as_ref().map_or(narrow.len(), Vec::len);
        if found != len {
            return Err(MatrixError::WrongLength { expected: len, found });
        }
        let storage = match wide {
            Some(w) => Storage::Dense(w),
            None => Storage::Dense32(narrow),
        };
        Ok(Self { rows, cols, possible, row_max_abs: row_max, storage })
    }

    /// A dense matrix in 32 bits from a row-major vector of `rows × cols`
    /// scores, [`ScoreMatrix::ABSENT32`] marking an impossible pair, kept
    /// as it is (no copy) after one pass that checks and counts the scores.
    /// A score at or below that mark cannot be given this way (see
    /// [`ScoreMatrix::dense_from_cells`]): below it, it is out of range.
    pub fn dense32_from_vec(rows: usize, cols: usize, scores: Vec<i32>) -> Result<Self, MatrixError> {
        Self::check_dims(rows, cols)?;
        if scores.len() != rows * cols {
            return Err(MatrixError::WrongLength { expected: rows * cols, found: scores.len() });
        }
        let mut possible = 0;
        let mut row_max = vec![0i64; rows];
        if cols > 0 {
            for (r, row) in scores.chunks_exact(cols).enumerate() {
                // Without a branch a cell, so that the pass is vectorised.
                let (mut given, mut max, mut low) = (0usize, 0u32, false);
                for &v in row {
                    let present = v != ABSENT32;
                    given += usize::from(present);
                    max = max.max(if present { v.unsigned_abs() } else { 0 });
                    low |= v < ABSENT32;
                }
                if low {
                    let col = row.iter().position(|&v| v < ABSENT32).unwrap_or(0);
                    return Err(MatrixError::ScoreOutOfRange { row: r, col });
                }
                possible += given;
                row_max[r] = i64::from(max);
            }
        }
        Ok(Self { rows, cols, possible, row_max_abs: row_max, storage: Storage::Dense32(scores) })
    }

    /// A dense matrix in 32 bits from scores known to be in range,
    /// `ABSENT32` marking impossible pairs.
    pub(crate) fn dense32_unchecked(rows: usize, cols: usize, data: Vec<i32>) -> Self {
        debug_assert_eq!(data.len(), rows * cols);
        let present = |v: &&i32| **v != ABSENT32;
        let possible = data.iter().filter(present).count();
        let row_max_abs = (0..rows)
            .map(|r| {
                data[r * cols..(r + 1) * cols].iter().filter(present).map(|&v| i64::from(v).abs()).max().unwrap_or(0)
            })
            .collect();
        ScoreMatrix { rows, cols, possible, row_max_abs, storage: Storage::Dense32(data) }
    }

    /// A sparse matrix from `(mentee, mentor, score)` triplets in any order.
    /// A pair given twice is an error.
    pub fn sparse(
        rows: usize,
        cols: usize,
        triplets: impl IntoIterator<Item = (usize, usize, i64)>,
    ) -> Result<Self, MatrixError> {
        Self::check_dims(rows, cols)?;
        let mut entries: Vec<(u32, u32, i64)> = Vec::new();
        for (r, c, s) in triplets {
            if r >= rows || c >= cols {
                return Err(MatrixError::OutOfBounds { row: r, col: c });
            }
            check_score(r, c, s)?;
            entries.push((r as u32, c as u32, s));
        }
        entries.sort_unstable_by_key(|&(r, c, _)| (r, c));
        let mut start = vec![0usize; rows + 1];
        let mut col = Vec::with_capacity(entries.len());
        let mut score = Vec::with_capacity(entries.len());
        for (k, &(r, c, s)) in entries.iter().enumerate() {
            if k > 0 && entries[k - 1].0 == r && entries[k - 1].1 == c {
                return Err(MatrixError::DuplicatePair { row: r as usize, col: c as usize });
            }
            start[r as usize + 1] += 1;
            col.push(c);
            score.push(s);
        }
        for r in 0..rows {
            start[r + 1] += start[r];
        }
        Ok(Self {
            rows,
            cols,
            possible: col.len(),
            row_max_abs: (0..rows)
                .map(|r| score[start[r]..start[r + 1]].iter().map(|s| s.abs()).max().unwrap_or(0))
                .collect(),
            storage: Storage::Sparse { start, col, score },
        })
    }

    fn check_dims(rows: usize, cols: usize) -> Result<(), MatrixError> {
        if rows >= u32::MAX as usize || cols >= u32::MAX as usize {
            return Err(MatrixError::TooLarge);
        }
        Ok(())
    }

    /// Number of mentees (rows).
    pub fn rows(&self) -> usize {
        self.rows
    }

    /// Number of mentors (columns).
    pub fn cols(&self) -> usize {
        self.cols
    }

    /// The score of a pair, `None` if the pair is impossible.
    pub fn get(&self, row: usize, col: usize) -> Option<i64> {
        if row >= self.rows || col >= self.cols {
            return None;
        }
        match &self.storage {
            Storage::Dense(d) => Some(d[row * self.cols + col]).filter(|&v| v != ABSENT),
            Storage::Dense32(d) => Some(d[row * self.cols + col]).filter(|&v| v != ABSENT32).map(i64::from),
            Storage::Sparse { start, col: c, score } => {
                let cs = &c[start[row]..start[row + 1]];
                cs.binary_search(&(col as u32)).ok().map(|k| score[start[row] + k])
            }
        }
    }

    /// Number of possible pairs.
    pub fn possible_pairs(&self) -> usize {
        self.possible
    }

    /// Calls `f(mentor, score)` for every possible pair of a mentee, mentors
    /// ascending.
    #[inline]
    pub fn for_each_in_row(&self, row: usize, mut f: impl FnMut(usize, i64)) {
        match &self.storage {
            Storage::Dense(d) => {
                let r = &d[row * self.cols..(row + 1) * self.cols];
                for (c, &v) in r.iter().enumerate() {
                    if v != ABSENT {
                        f(c, v);
                    }
                }
            }
            Storage::Dense32(d) => {
                let r = &d[row * self.cols..(row + 1) * self.cols];
                for (c, &v) in r.iter().enumerate() {
                    if v != ABSENT32 {
                        f(c, i64::from(v));
                    }
                }
            }
            Storage::Sparse { start, col, score } => {
                let (a, b) = (start[row], start[row + 1]);
                for (c, &v) in col[a..b].iter().zip(&score[a..b]) {
                    f(*c as usize, v);
                }
            }
        }
    }

    /// A row of a dense matrix, `None` for a sparse one.
    pub(crate) fn dense_row(&self, row: usize) -> Option<DenseRow<'_>> {
        let range = row * self.cols..(row + 1) * self.cols;
        match &self.storage {
            Storage::Dense(d) => Some(DenseRow::Wide(&d[range])),
            Storage::Dense32(d) => Some(DenseRow::Narrow(&d[range])),
            Storage::Sparse { .. } => None,
        }
    }

    /// The whole matrix, row-major, when it is stored dense in 32 bits.
    pub(crate) fn dense32(&self) -> Option<&[i32]> {
        match &self.storage {
            Storage::Dense32(d) => Some(d),
            _ => None,
        }
    }

    /// The largest absolute score in a row.
    pub(crate) fn row_max_abs(&self, row: usize) -> i64 {
        self.row_max_abs[row]
    }

    pub(crate) const ABSENT: i64 = ABSENT;
    /// The mark of an impossible pair in [`ScoreMatrix::dense32_from_vec`]'s scores.
    pub const ABSENT32: i32 = ABSENT32;
}

fn row_max_abs(rows: usize, cols: usize, data: &[i64]) -> Vec<i64> {
    (0..rows)
        .map(|r| data[r * cols..(r + 1) * cols].iter().filter(|&&v| v != ABSENT).map(|v| v.abs()).max().unwrap_or(0))
        .collect()
}

fn check_score(row: usize, col: usize, v: i64) -> Result<(), MatrixError> {
    if v == ABSENT || v.abs() > MAX_ABS_SCORE {
        return Err(MatrixError::ScoreOutOfRange { row, col });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_point_rounds_and_rejects_non_finite() {
        assert_eq!(to_fixed(0.7345), Some(735));
        assert_eq!(to_fixed(-0.0004), Some(0));
        assert_eq!(to_fixed(-1.5), Some(-1500));
        assert_eq!(to_fixed(f64::NAN), None);
        assert_eq!(to_fixed(f64::INFINITY), None);
        assert_eq!(to_fixed(1e300), None);
    }

    #[test]
    fn dense32_is_dense_from_cells() {
        let cells = [Some(5), None, Some(-7), Some(1000), None, None, Some(0), Some(-(1 << 27))];
        let scores: Vec<i32> = cells.iter().map(|c| c.map_or(ScoreMatrix::ABSENT32, |v| v as i32)).collect();
        for (rows, cols) in [(2, 4), (4, 2), (1, 8), (8, 1)] {
            let expected = ScoreMatrix::dense_from_cells(rows, cols, cells).unwrap();
            let m = ScoreMatrix::dense32_from_vec(rows, cols, scores.clone()).unwrap();
            assert_eq!(m, expected, "{rows} x {cols}");
            assert_eq!((0..rows).map(|r| m.row_max_abs(r)).collect::<Vec<_>>(), expected.row_max_abs);
        }
        assert_eq!(
            ScoreMatrix::dense32_from_vec(0, 3, vec![]).unwrap(),
            ScoreMatrix::dense_from_cells(0, 3, []).unwrap()
        );
        assert!(matches!(
            ScoreMatrix::dense32_from_vec(2, 2, vec![1, 2, ScoreMatrix::ABSENT32 - 1, 3]),
            Err(MatrixError::ScoreOutOfRange { row: 1, col: 0 })
        ));
        assert!(matches!(ScoreMatrix::dense32_from_vec(2, 2, vec![1, 2, 3]), Err(MatrixError::WrongLength { .. })));
    }

    #[test]
    fn sparse_rejects_duplicates_and_reads_back() {
        let m = ScoreMatrix::sparse(2, 3, [(1, 2, 5), (0, 1, 7), (1, 0, -3)]).unwrap();
        assert_eq!(m.get(0, 1), Some(7));
        assert_eq!(m.get(1, 0), Some(-3));
        assert_eq!(m.get(0, 0), None);
        assert_eq!(m.possible_pairs(), 3);
        let mut seen = vec![];
        m.for_each_in_row(1, |c, s| seen.push((c, s)));
        assert_eq!(seen, vec![(0, -3), (2, 5)]);
        assert_eq!(
            ScoreMatrix::sparse(2, 2, [(0, 1, 1), (0, 1, 2)]),
            Err(MatrixError::DuplicatePair { row: 0, col: 1 })
        );
        assert_eq!(ScoreMatrix::sparse(2, 2, [(2, 0, 1)]), Err(MatrixError::OutOfBounds { row: 2, col: 0 }));
    }

    #[test]
    fn dense_marks_absent_pairs() {
        let m = ScoreMatrix::dense(2, 2, &[Some(1), None, None, Some(4)]).unwrap();
        assert_eq!(m.get(0, 1), None);
        assert_eq!(m.get(1, 1), Some(4));
        assert_eq!(m.possible_pairs(), 2);
        assert!(ScoreMatrix::dense(2, 2, &[Some(1)]).is_err());
    }
}
