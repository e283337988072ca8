//! `m4m evaluation`: step 10's global evaluation on standard output, the
//! same JSON as `GET /api/v1/evaluation` and the same CSV as
//! `GET /evaluation.csv` (`m4m_web::report`), for a programme, an
//! organisation or the whole installation. Whoever runs it on the server
//! reads the database anyway, so there is no permission to ask; the
//! figures are suppressed below five all the same.

use std::io::Write;

use anyhow::bail;
use m4m_domain::evaluation::{Evaluation, Filters};
use m4m_store::evaluation::Scope;
use m4m_web::report::Report;

use crate::cli::server::DatabaseArgs;

/// Arguments of `m4m evaluation`.
#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("scope").args(["programme", "organisation", "all"])))]
pub struct EvaluationArgs {
    #[command(flatten)]
    pub db: DatabaseArgs,
    /// One programme.
    #[arg(long)]
    pub programme: Option<i64>,
    /// One organisation.
    #[arg(long)]
    pub organisation: Option<i64>,
    /// The whole installation (the default).
    #[arg(long)]
    pub all: bool,
    /// `json` as the API gives it, `csv` as the page's export.
    #[arg(long, default_value = "json", value_parser = ["json", "csv"])]
    pub format: String,
}

/// `m4m evaluation`
pub async fn evaluation(args: EvaluationArgs) -> anyhow::Result<()> {
    let store = args.db.open().await?;
    let scope = match (args.programme, args.organisation) {
        (Some(id), _) => {
            if store.programme(id).await?.is_none() {
                bail!("no programme {id}");
            }
            Scope::Programme(id)
        }
        (None, Some(id)) => {
            if store.organisation(id).await?.is_none() {
                bail!("no organisation {id}");
            }
            Scope::Organisation(id)
        }
        (None, None) => Scope::Everything,
    };
    let facts = store.evaluation_facts(scope, &Filters::default()).await?;
    let report = Report::from(&Evaluation::compute(&facts));
    let out = if args.format == "csv" {
        report.csv()
    } else {
        let mut json = serde_json::to_vec_pretty(&report)?;
        json.push(b'\n');
        json
    };
    match std::io::stdout().lock().write_all(&out) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}
