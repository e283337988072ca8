//! The subcommands of the `m4m` binary.

pub mod matching;
pub mod server;
