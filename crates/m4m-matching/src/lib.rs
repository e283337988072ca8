//! The matching engine (step 4, pre-matching): compatibility scores explained
//! criterion by criterion, and an exact assignment of a whole cohort.
//! Pure Rust, no I/O.
//!
//! - [`Cohort`] packs [`MenteeProfile`]s and [`MentorProfile`]s with the
//!   programme's [`Settings`] (weights of each [`Criterion`]) and scores a
//!   pair in `[0, 1]` without allocating ([`Cohort::fixed_score`],
//!   [`Cohort::score_matrix`]); [`Cohort::explain`] gives the sub-score and
//!   the [`Reason`] of every criterion, and the hard constraints that block a
//!   pair.
//! - [`ScoreMatrix`] holds the fixed-point score (`score × 1000`) of every
//!   possible pair; an absent pair is impossible.
//! - [`Problem`] adds capacities, locked and excluded pairs and finds the
//!   exact optimum: the most mentees matched, then the largest total score
//!   ([`Problem::solve`]), with [`Problem::next_best`] and
//!   [`Problem::unmatched`] for the coordinator.

mod assignment;
mod cohort;
mod dense;
mod matrix;
mod profile;
mod reason;
mod solver;
mod weights;

pub use assignment::{Alternative, Assignment, Duals, Pair, Problem, Unmatched};
pub use cohort::{Cohort, CriterionScore, Explanation, MAX_TAGS};
pub use matrix::{MAX_ABS_SCORE, SCALE, ScoreMatrix, to_fixed};
pub use profile::{Area, Availability, Gender, LanguageSkill, Level, Location, MenteeProfile, MentorProfile, Profile};
pub use reason::Reason;
pub use weights::{Criterion, Settings, Weights};

/// Errors building a cohort.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CohortError {
    /// Settings out of range.
    #[error("invalid settings: {0}")]
    Settings(String),
    /// Two people with the same id on one side.
    #[error("{side} id {id:?} is given twice")]
    DuplicateId {
        /// `mentee` or `mentor`.
        side: &'static str,
        /// The id.
        id: String,
    },
    /// Coordinates that are not a latitude and a longitude.
    #[error("coordinates of {id:?} are out of range")]
    Coordinates {
        /// The person's id.
        id: String,
    },
    /// A vocabulary (languages, interests, goals or expectations) with more
    /// distinct tags than the engine packs.
    #[error("more than {max} distinct tags in one vocabulary")]
    TooManyTags {
        /// [`MAX_TAGS`].
        max: usize,
    },
    /// A pair outside the cohort.
    #[error("pair ({mentee}, {mentor}) is outside the cohort")]
    UnknownPair {
        /// Mentee index.
        mentee: usize,
        /// Mentor index.
        mentor: usize,
    },
}

/// Errors building a score matrix.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MatrixError {
    /// A dense matrix whose data does not have `rows × cols` entries.
    #[error("expected {expected} scores, found {found}")]
    WrongLength {
        /// `rows × cols`.
        expected: usize,
        /// Entries given.
        found: usize,
    },
    /// A pair outside the matrix.
    #[error("pair ({row}, {col}) is outside the matrix")]
    OutOfBounds {
        /// Mentee index.
        row: usize,
        /// Mentor index.
        col: usize,
    },
    /// The same pair given twice.
    #[error("pair ({row}, {col}) is given twice")]
    DuplicatePair {
        /// Mentee index.
        row: usize,
        /// Mentor index.
        col: usize,
    },
    /// A score whose magnitude exceeds [`MAX_ABS_SCORE`].
    #[error("score of pair ({row}, {col}) is out of range")]
    ScoreOutOfRange {
        /// Mentee index.
        row: usize,
        /// Mentor index.
        col: usize,
    },
    /// More than `u32::MAX - 1` mentees or mentors.
    #[error("too many mentees or mentors")]
    TooLarge,
}

/// Errors setting up or solving an assignment.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AssignError {
    /// A mentee index outside the matrix.
    #[error("unknown mentee {mentee}")]
    UnknownMentee {
        /// The index given.
        mentee: usize,
    },
    /// A mentor index outside the matrix.
    #[error("unknown mentor {mentor}")]
    UnknownMentor {
        /// The index given.
        mentor: usize,
    },
    /// A lock on a pair that is impossible or excluded.
    #[error("the locked pair ({mentee}, {mentor}) is impossible or excluded")]
    LockedPairImpossible {
        /// Mentee index.
        mentee: usize,
        /// Mentor index.
        mentor: usize,
    },
    /// A mentee locked to two mentors.
    #[error("mentee {mentee} is locked to two mentors")]
    MenteeLockedTwice {
        /// Mentee index.
        mentee: usize,
    },
    /// More locked pairs on a mentor than its capacity.
    #[error("mentor {mentor} has more locked pairs than its capacity {capacity}")]
    LocksOverCapacity {
        /// Mentor index.
        mentor: usize,
        /// Its capacity.
        capacity: u32,
    },
    /// Scores so large that exact integer arithmetic could overflow.
    #[error("scores too large for exact arithmetic")]
    ScoresTooLarge,
}
