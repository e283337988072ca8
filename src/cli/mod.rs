//! Subcommands of the `m4m` binary that are more than a call into a crate.

pub mod matching;
