//! `m4m match`: the matching engine on CSV files.

use std::process::ExitCode;

/// Arguments of `m4m match`.
#[derive(Debug, clap::Args)]
pub struct MatchArgs {
    /// Scores file with the header `mentee,mentor,score`.
    #[arg(long)]
    pub scores: Option<std::path::PathBuf>,
}

/// Runs `m4m match`.
pub fn run(_args: &MatchArgs) -> ExitCode {
    eprintln!("m4m match: not built yet");
    ExitCode::from(2)
}
