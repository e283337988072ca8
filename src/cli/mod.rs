//! The subcommands of the `m4m` binary.

pub mod audit;
pub mod data;
pub mod evaluation;
pub mod matching;
#[cfg(test)]
pub mod reference;
pub mod retention;
pub mod server;
