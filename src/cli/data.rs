//! `m4m inventory`: every column of the database, personal data or not;
//! `m4m backup` and `m4m restore`: a consistent copy of the SQLite
//! database while it is in use, and putting one back for a stopped server.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use m4m_web::i18n::Tr;

use crate::cli::server::DatabaseArgs;

/// Arguments of `m4m inventory`.
#[derive(Debug, clap::Args)]
pub struct InventoryArgs {
    /// `csv` for a spreadsheet, `json` for other tools.
    #[arg(long, default_value = "csv", value_parser = ["csv", "json"])]
    pub format: String,
    /// The language of the labels (codes stay in English).
    #[arg(long, default_value = "en")]
    pub lang: String,
}

/// `m4m inventory`: the data inventory on standard output, each column
/// with the codes and the labels of its category, purposes and retention.
pub fn inventory(args: &InventoryArgs) -> anyhow::Result<()> {
    let rows = m4m_web::inventory::labelled(&Tr::for_code(&args.lang));
    let text = if args.format == "json" {
        let mut json = serde_json::to_vec_pretty(&rows)?;
        json.push(b'\n');
        json
    } else {
        csv_of(rows)?
    };
    match std::io::stdout().lock().write_all(&text) {
        // Piped into `head`: the reader had enough.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}

fn csv_of(rows: Vec<m4m_web::inventory::Labelled>) -> anyhow::Result<Vec<u8>> {
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record([
        "table",
        "column",
        "personal",
        "category",
        "category_label",
        "purposes",
        "purposes_label",
        "retention",
        "retention_label",
    ])?;
    for r in rows {
        out.write_record([
            r.table,
            r.column,
            if r.personal { "yes" } else { "no" },
            r.category.unwrap_or_default(),
            &r.category_label,
            &r.purposes.join(";"),
            &r.purposes_label,
            r.retention.unwrap_or_default(),
            &r.retention_label,
        ])?;
    }
    Ok(out.into_inner()?)
}

/// Arguments of `m4m backup`.
#[derive(Debug, clap::Args)]
pub struct BackupArgs {
    #[command(flatten)]
    pub db: DatabaseArgs,
    /// The new file to write (never overwritten).
    #[arg(long)]
    pub out: PathBuf,
}

/// `m4m backup`: a consistent copy of the SQLite database, taken while
/// m4m keeps running.
pub async fn backup(args: BackupArgs) -> anyhow::Result<()> {
    let checked = m4m_store::backup::backup(&args.db.database_url, &args.out).await?;
    println!(
        "backup written to {}: schema version {}, {} audit line(s), last hash {}",
        args.out.display(),
        checked.version,
        checked.audit_lines,
        checked.audit_head
    );
    Ok(())
}

/// Arguments of `m4m restore`.
#[derive(Debug, clap::Args)]
pub struct RestoreArgs {
    /// The backup to put in place (a file written by `m4m backup`).
    pub file: PathBuf,
    #[command(flatten)]
    pub db: DatabaseArgs,
}

/// `m4m restore`: puts a backup in place of the database of a stopped
/// server; the database it replaces is kept aside.
pub async fn restore(args: RestoreArgs) -> anyhow::Result<()> {
    let restored = m4m_store::backup::restore(&args.file, &args.db.database_url)
        .await
        .with_context(|| format!("cannot restore {}", args.file.display()))?;
    if let Some(aside) = &restored.kept_aside {
        println!("the database it replaces is kept as {}", aside.display());
    }
    println!(
        "restored: schema version {}, {} audit line(s), last hash {}; m4m serve applies newer migrations at start",
        restored.checked.version, restored.checked.audit_lines, restored.checked.audit_head
    );
    Ok(())
}
