//! The subcommands of the `m4m` binary.

pub mod audit;
pub mod data;
pub mod evaluation;
pub mod matching;
pub mod retention;
pub mod server;
