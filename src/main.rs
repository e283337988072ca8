//! The `m4m` binary: parses the command line and dispatches.

mod cli;

use std::process::ExitCode;

use clap::{Parser, Subcommand};
use cli::server::{
    DatabaseArgs, DemoArgs, RemindersArgs, ServeArgs, TokenCreateArgs, UserArgs, UserCreateArgs, UserResetTwoFactorArgs,
};

#[derive(Debug, Parser)]
#[command(name = "m4m", version, about = "Run a Buddy System: peer mentoring for newcomers")]
struct Cli {
    /// Log format: `text` for people, `json` for log collectors.
    #[arg(long, global = true, env = "M4M_LOG_FORMAT", default_value = "text", value_parser = ["text", "json"])]
    log_format: String,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Run the web application.
    Serve(ServeArgs),
    /// Apply the database migrations and exit.
    Migrate(DatabaseArgs),
    /// Load the demo data into an empty database.
    Demo(DemoArgs),
    /// Manage accounts.
    #[command(subcommand)]
    User(UserCommand),
    /// Match newcomers (mentees) with buddies (mentors) from CSV files.
    Match(cli::matching::MatchArgs),
    /// Reminders to pairs that have logged no session for a while.
    #[command(subcommand)]
    Reminders(RemindersCommand),
    /// The audit trail.
    #[command(subcommand)]
    Audit(AuditCommand),
    /// Print everything stored about one person as JSON (docs/EXPORT.md).
    Export(cli::audit::ExportArgs),
    /// Print the global evaluation (step 10) of a programme, an
    /// organisation or everything, as the API's JSON or the page's CSV.
    Evaluation(cli::evaluation::EvaluationArgs),
    /// Print every column of the database: personal data or not, its kind,
    /// purposes and retention (records of processing, GDPR article 30).
    Inventory(cli::data::InventoryArgs),
    /// Copy the SQLite database to a new file while m4m runs (PostgreSQL:
    /// use pg_dump -Fc).
    Backup(cli::data::BackupArgs),
    /// Put a backup in place of the SQLite database of a stopped server
    /// (the replaced file is kept aside).
    Restore(cli::data::RestoreArgs),
    /// Tokens for the JSON API.
    #[command(subcommand)]
    Token(TokenCommand),
    /// Erase closed records whose retention period has run out.
    #[command(subcommand)]
    Retention(RetentionCommand),
}

#[derive(Debug, Subcommand)]
enum TokenCommand {
    /// Make a token that acts as an account; printed once.
    Create(TokenCreateArgs),
}

#[derive(Debug, Subcommand)]
enum RetentionCommand {
    /// Erase what is due now and print one line (--dry-run: only count).
    Run(cli::retention::RetentionArgs),
}

#[derive(Debug, Subcommand)]
enum AuditCommand {
    /// Walk the hash chain; exit 0 with a summary, or non-zero naming the
    /// first broken line.
    Verify(DatabaseArgs),
}

#[derive(Debug, Subcommand)]
enum RemindersCommand {
    /// Queue the reminders due now (and send the outbox when SMTP is set).
    Run(RemindersArgs),
}

#[derive(Debug, Subcommand)]
enum UserCommand {
    /// Create an account (the first administrator of an installation).
    Create(UserCreateArgs),
    /// Remove an account's two-step log-in (a lost phone and lost
    /// recovery codes); they set it up again at their next log-in.
    ResetTwoFactor(UserResetTwoFactorArgs),
    /// Set a new password for an account (read from M4M_PASSWORD or the
    /// first line of standard input); its sessions end.
    ResetPassword(UserArgs),
    /// Deactivate an account: its sessions end and its API tokens are
    /// revoked at once; its data stay.
    Deactivate(UserArgs),
    /// Reactivate a deactivated account (it logs in with its password).
    Activate(UserArgs),
}

/// mimalloc rather than the system's allocator: after a burst (64 pages
/// at once, a flood of log-ins) the system's keeps the freed memory in
/// per-thread arenas, and an idle server stayed at about 48 MB on a large
/// programme; mimalloc, its arenas committed page by page
/// (.cargo/config.toml), hands free pages back (docs/BENCHMARKS.md,
/// "Load").
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mimalloc's option `purge_delay` (its number in mimalloc.h).
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Pages freed are handed back to the system at once, not a second later:
/// mimalloc purges a thread's delayed pages only when that thread next
/// allocates, so after a burst the idle worker threads kept theirs
/// (28–40 MiB of its own memory 5 s after a load, 22 MiB with this; the
/// requests per second under the load did not move, docs/BENCHMARKS.md).
#[allow(unsafe_code)]
fn hand_back_freed_memory_at_once() {
    // SAFETY: sets one of mimalloc's options, which it reads on each
    // purge; any value is valid for this option.
    unsafe { libmimalloc_sys::mi_option_set(MI_OPTION_PURGE_DELAY, 0) };
}

/// Starts the log on standard error. In JSON every line is one JSON
/// object, panics included, so that a collector reads the whole stream.
fn init_logs(json: bool) {
    let filter = tracing_subscriber::EnvFilter::try_from_env("M4M_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info,sqlx=warn"));
    // Colours only for a person at a terminal, not in a journal or a file.
    let colours = std::io::IsTerminal::is_terminal(&std::io::stderr());
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr).with_ansi(colours);
    if json {
        builder.json().init();
        std::panic::set_hook(Box::new(|info| tracing::error!(panic = %info, "panic")));
    } else {
        builder.init();
    }
}

fn main() -> ExitCode {
    hand_back_freed_memory_at_once();
    let cli = Cli::parse();
    if let Command::Match(args) = &cli.command {
        return cli::matching::run(args);
    }
    if let Command::Inventory(args) = &cli.command {
        return match cli::data::inventory(args) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("m4m: {e:#}");
                ExitCode::from(2)
            }
        };
    }
    let json = cli.log_format == "json";
    init_logs(json);
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("m4m: cannot start: {e}");
            return ExitCode::FAILURE;
        }
    };
    let result = runtime.block_on(async {
        match cli.command {
            Command::Serve(args) => cli::server::serve(args, json).await,
            Command::Migrate(db) => cli::server::migrate(db).await,
            Command::Demo(args) => cli::server::demo(args).await,
            Command::User(UserCommand::Create(args)) => cli::server::user_create(args).await,
            Command::User(UserCommand::ResetTwoFactor(args)) => cli::server::user_reset_two_factor(args).await,
            Command::User(UserCommand::ResetPassword(args)) => cli::server::user_reset_password(args).await,
            Command::User(UserCommand::Deactivate(args)) => cli::server::user_set_active(args, false).await,
            Command::User(UserCommand::Activate(args)) => cli::server::user_set_active(args, true).await,
            Command::Token(TokenCommand::Create(args)) => cli::server::token_create(args).await,
            Command::Reminders(RemindersCommand::Run(args)) => cli::server::reminders(args).await,
            Command::Audit(AuditCommand::Verify(db)) => cli::audit::verify(db).await,
            Command::Export(args) => cli::audit::export(args).await,
            Command::Evaluation(args) => cli::evaluation::evaluation(args).await,
            Command::Backup(args) => cli::data::backup(args).await,
            Command::Restore(args) => cli::data::restore(args).await,
            Command::Retention(RetentionCommand::Run(args)) => cli::retention::run(args).await,
            Command::Match(_) | Command::Inventory(_) => unreachable!("handled above"),
        }
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if json => {
            tracing::error!(error = format!("{e:#}"), "m4m stopped on an error");
            ExitCode::from(2)
        }
        Err(e) => {
            eprintln!("m4m: {e:#}");
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    /// docs/CONFIGURATION.md says what the command line defines.
    #[test]
    fn configuration_reference() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/CONFIGURATION.md");
        let written = super::cli::reference::render(&super::Cli::command());
        if std::env::var_os("M4M_WRITE_DOCS").is_some() {
            std::fs::write(path, &written).unwrap();
        }
        let doc = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            doc == written,
            "docs/CONFIGURATION.md differs from the command line: run \
             M4M_WRITE_DOCS=1 cargo test -p m4m --bin m4m configuration_reference"
        );
    }

    /// The deployment examples set only variables that m4m reads.
    #[test]
    fn deployment_files_name_only_real_settings() {
        let cli = super::Cli::command();
        let mut known: Vec<String> = vec!["M4M_LOG".into(), "M4M_PASSWORD".into(), "M4M_DB_PASSWORD".into()];
        let mut commands = vec![&cli];
        while let Some(c) = commands.pop() {
            known.extend(c.get_arguments().filter_map(|a| a.get_env()).map(|e| e.to_string_lossy().into_owned()));
            commands.extend(c.get_subcommands());
        }
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/deploy");
        let mut checked = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            for (at, _) in text.match_indices("M4M_") {
                let name: String = text[at..]
                    .chars()
                    .take_while(|c| c.is_ascii_uppercase() || *c == '_' || c.is_ascii_digit())
                    .collect();
                assert!(known.contains(&name), "deploy/ sets {name}, which m4m does not read");
                checked += 1;
            }
        }
        assert!(checked > 10, "{checked}");
    }
}
