//! The matching engine (step 4, pre-matching): compatibility scores explained
//! criterion by criterion, and an exact assignment of a whole cohort.
//! Pure Rust, no I/O.
