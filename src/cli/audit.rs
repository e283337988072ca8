//! `m4m audit verify`: walks the hash-chained audit trail; and
//! `m4m export`: everything stored about one person, as JSON.

use anyhow::bail;
use m4m_store::audit::Verdict;

use crate::cli::server::DatabaseArgs;

/// `m4m audit verify`: one line and exit 0 when every line holds; else
/// the first broken line, and a non-zero exit. Reads only: it does not
/// migrate (which would chain lines found without a hash).
pub async fn verify(db: DatabaseArgs) -> anyhow::Result<()> {
    let store = m4m_store::Store::connect(&db.database_url).await?;
    match store.verify_audit().await? {
        Verdict::Intact { lines, head } => {
            println!("audit trail intact: {lines} line(s), last hash {head}");
            Ok(())
        }
        Verdict::Broken { seq, reason } => bail!("audit trail broken at line {seq}: {reason}"),
    }
}

/// Arguments of `m4m export`.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub db: DatabaseArgs,
    /// The participant record to export (with its linked account).
    #[arg(long, conflicts_with = "user", required_unless_present = "user")]
    pub participant: Option<i64>,
    /// The account to export (with every participant record linked to it).
    #[arg(long)]
    pub user: Option<i64>,
}

/// `m4m export`: prints the export (docs/EXPORT.md) on standard output.
/// Recorded in the audit trail as an export by the command line.
pub async fn export(args: ExportArgs) -> anyhow::Result<()> {
    let store = args.db.open().await?;
    let subject = match (args.participant, args.user) {
        (Some(p), _) => m4m_store::export::Subject::Participant(p),
        (None, Some(u)) => m4m_store::export::Subject::User(u),
        (None, None) => bail!("name --participant or --user"),
    };
    let Some(export) = store.export_person(subject, None).await? else {
        bail!("no such person");
    };
    println!("{}", serde_json::to_string_pretty(&export)?);
    Ok(())
}
