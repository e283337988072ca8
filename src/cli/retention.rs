//! `m4m retention run`: erases the closed records whose retention period
//! has run out (what a running server does every day).

use crate::cli::server::DatabaseArgs;

/// Arguments of `m4m retention run`.
#[derive(Debug, clap::Args)]
pub struct RetentionArgs {
    #[command(flatten)]
    pub db: DatabaseArgs,
    /// Count what is due without erasing anything.
    #[arg(long)]
    pub dry_run: bool,
}

/// `m4m retention run [--dry-run]`: one line on standard output.
pub async fn run(args: RetentionArgs) -> anyhow::Result<()> {
    let store = args.db.open().await?;
    let run = store.run_retention(m4m_store::now(), args.dry_run).await?;
    store.close().await;
    if args.dry_run {
        println!("retention (dry run): {} record(s) due, nothing erased", run.due);
    } else {
        println!("retention: {} record(s) erased, with {} account(s); {} were due", run.erased, run.accounts, run.due);
    }
    Ok(())
}
