//! The `m4m` binary: parses the command line and dispatches.

mod cli;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(name = "m4m", version, about = "Run a Buddy System: peer mentoring for newcomers")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Match newcomers (mentees) with buddies (mentors) from CSV files.
    Match(cli::matching::MatchArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Match(args) => cli::matching::run(&args),
    }
}
