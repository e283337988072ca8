//! m4m's storage. One code base for the embedded SQLite database and for
//! PostgreSQL: queries go through sqlx's `Any` driver with `$1`-style
//! parameters, which both backends read; the schema lives in one migration
//! folder per backend (`migrations/sqlite`, `migrations/postgres`) and the
//! code forks only where the dialects differ (connection pragmas).
//!
//! Each module owns the tables of one part of the domain. Writes that
//! change people's data take the acting user and write the audit record in
//! the same transaction: `self.audited(actor)` opens it, the queries run on
//! it, and `commit(action, subject, detail)` appends the line and commits
//! ([`audit::record`] for helpers that write inside a caller's
//! transaction). Rows are read by column name, with `AS` for computed or
//! ambiguous columns, so that a query's columns can change order freely.

pub mod accounts;
pub mod api_tokens;
pub mod attention;
pub mod audit;
pub mod backup;
pub mod checkins;
pub mod closing;
pub mod concerns;
pub mod contacts;
pub mod demo;
pub mod erasure;
pub mod error;
pub mod evaluation;
pub mod export;
mod filter;
pub mod goals;
pub mod health;
pub mod inventory;
mod kept;
pub mod organisations;
pub mod outbox;
pub mod pairing;
pub mod participants;
pub mod password_resets;
pub mod peer_sessions;
pub mod prematching;
pub mod programmes;
pub mod questionnaires;
pub mod registration;
pub mod sessions;
pub mod stakeholders;
pub mod supervision;
pub mod training;
pub mod two_factor;

use std::borrow::Cow;
use std::str::FromStr;
use std::time::Duration;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::migrate::{Migration, MigrationType, Migrator};
use sqlx::{AnyConnection, AnyPool, Executor, Row};

pub use error::StoreError;

/// Which database is behind the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// The embedded database: one file.
    Sqlite,
    /// A PostgreSQL server, for several application servers.
    Postgres,
}

/// The database: a pool of connections to SQLite or PostgreSQL.
#[derive(Clone, Debug)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
    /// SQLite's one writer at a time, taken in turn (see [`Store::begin_write`]).
    writer: std::sync::Arc<tokio::sync::Mutex<()>>,
    /// One judge of the pairs to watch at a time ([`attention`]).
    judging: std::sync::Arc<tokio::sync::Mutex<()>>,
    /// The write transactions this process committed, for the figures
    /// kept between visits ([`kept`]).
    writes: std::sync::Arc<std::sync::atomic::AtomicU64>,
    /// Step counts by programme ([`Store::step_counts_of`]).
    kept_steps: std::sync::Arc<kept::Kept<Vec<i64>, std::collections::HashMap<i64, programmes::StepCounts>>>,
    /// Held sessions by week ([`Store::held_sessions_per_week`]), by
    /// organisations and weeks' bounds.
    kept_weeks: std::sync::Arc<kept::Kept<(Vec<i64>, Vec<i64>), m4m_domain::peer_session::Weekly>>,
    /// The number of people of each programme ([`Store::people_page`]
    /// unfiltered).
    kept_people: std::sync::Arc<kept::Kept<i64, i64>>,
    /// A programme's pairs by status (the statuses' codes), when kept.
    kept_pairs: std::sync::Arc<kept::Kept<(i64, String), i64>>,
    /// A programme's check-in cadence and mid-term weeks.
    kept_rhythm: std::sync::Arc<kept::Kept<i64, (m4m_domain::checkin::Cadence, i64)>>,
    /// The counts of the attention lists ([`Store::attention_counts`]), by
    /// organisations.
    kept_attention: std::sync::Arc<kept::Kept<Vec<i64>, attention::AttentionCounts>>,
    /// Audit lines waiting to be committed together ([`Store::audit`]).
    audit_queue: std::sync::Arc<audit::AuditQueue>,
}

/// How long a writer waits for its turn before the request is answered
/// "busy, try again" (as SQLite's own busy timeout).
const WRITER_WAIT: Duration = Duration::from_secs(10);

/// A write transaction, holding SQLite's turn (if any) until it ends.
pub(crate) struct WriteTx {
    tx: sqlx::Transaction<'static, sqlx::Any>,
    _turn: Option<tokio::sync::OwnedMutexGuard<()>>,
    writes: std::sync::Arc<std::sync::atomic::AtomicU64>,
}

impl WriteTx {
    /// Commits, counts the write (after the commit: a figure read since
    /// sees it), then gives the turn to the next writer.
    pub(crate) async fn commit(self) -> Result<(), StoreError> {
        self.tx.commit().await?;
        self.writes.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        Ok(())
    }

    /// Commits a write that changes none of the figures kept between
    /// visits (an audit line alone: a page read by staff writes one), so
    /// that reading does not make them be read again.
    pub(crate) async fn commit_unseen(self) -> Result<(), StoreError> {
        self.tx.commit().await?;
        Ok(())
    }
}

impl std::ops::Deref for WriteTx {
    type Target = sqlx::AnyConnection;

    fn deref(&self) -> &sqlx::AnyConnection {
        &self.tx
    }
}

impl std::ops::DerefMut for WriteTx {
    fn deref_mut(&mut self) -> &mut sqlx::AnyConnection {
        &mut self.tx
    }
}

/// The default database: `m4m.db` in the working directory.
pub const DEFAULT_URL: &str = "sqlite://m4m.db";

impl Store {
    /// Connects to the database named by `url` (`sqlite://FILE`,
    /// `sqlite:FILE` or `postgres://…`); a SQLite file is created if missing.
    pub async fn connect(url: &str) -> Result<Store, StoreError> {
        sqlx::any::install_default_drivers();
        let (backend, url) = parse_url(url)?;
        if backend == Backend::Sqlite {
            create_private(&url);
        }
        let options = AnyConnectOptions::from_str(&url).map_err(|e| StoreError::InvalidUrl(e.to_string()))?;
        let pool = AnyPoolOptions::new()
            .max_connections(match backend {
                Backend::Sqlite => 8,
                Backend::Postgres => 16,
            })
            .acquire_timeout(Duration::from_secs(10))
            .after_connect(move |conn, _meta| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        // WAL lets readers go on while one writer writes;
                        // FULL survives a power cut; foreign keys are off
                        // by default in SQLite; a busy writer is waited
                        // for, not failed; secure_delete overwrites what is
                        // erased; the file is read in place from the
                        // system's cache (mmap) rather than copied page by
                        // page into each connection's small cache, which
                        // halves the time of a list read on a large
                        // programme (docs/BENCHMARKS.md). That cache then
                        // holds what is read from the write-ahead log and
                        // what a write changes: a megabyte each rather than
                        // SQLite's two, for a server's memory (eight
                        // connections) stays small.
                        conn.execute(
                            "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; \
                             PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000; \
                             PRAGMA secure_delete = ON; PRAGMA mmap_size = 268435456; \
                             PRAGMA cache_size = -1024;",
                        )
                        .await?;
                    }
                    Ok(())
                })
            })
            .connect_with(options)
            .await
            .map_err(StoreError::Connect)?;
        Ok(Store {
            pool,
            backend,
            writer: Default::default(),
            judging: Default::default(),
            writes: Default::default(),
            kept_steps: Default::default(),
            kept_weeks: Default::default(),
            kept_people: Default::default(),
            kept_pairs: Default::default(),
            kept_rhythm: Default::default(),
            kept_attention: Default::default(),
            audit_queue: Default::default(),
        })
    }

    /// Opens a write transaction. On SQLite, the writers of this process
    /// take turns in the order they came (a fair lock), then `BEGIN
    /// IMMEDIATE` takes the database's write lock at once: no writer waits
    /// in SQLite's busy handler (which sleeps up to 100 ms at a time) and
    /// none fails because another committed after it read (a deferred
    /// transaction cannot turn into a writer then, and SQLite answers
    /// "busy" at once). Another process on the same file is still waited
    /// for by the busy timeout. On PostgreSQL, a plain transaction.
    pub(crate) async fn begin_write(&self) -> Result<WriteTx, StoreError> {
        let turn = self.writer_turn().await?;
        let tx = match self.backend {
            Backend::Postgres => self.pool.begin().await?,
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await?,
        };
        Ok(WriteTx { tx, _turn: turn, writes: self.writes.clone() })
    }

    /// How many write transactions this process has committed.
    pub(crate) fn writes(&self) -> u64 {
        self.writes.load(std::sync::atomic::Ordering::SeqCst)
    }

    /// This process's turn to write on SQLite (none is needed on
    /// PostgreSQL), waited for at most [`WRITER_WAIT`].
    pub(crate) async fn writer_turn(&self) -> Result<Option<tokio::sync::OwnedMutexGuard<()>>, StoreError> {
        if self.backend == Backend::Postgres {
            return Ok(None);
        }
        let turn = tokio::time::timeout(WRITER_WAIT, self.writer.clone().lock_owned());
        Ok(Some(turn.await.map_err(|_| StoreError::Busy)?))
    }

    /// Applies the migrations that have not run yet, then seals the audit
    /// lines left unsealed (and those written before the audit trail was
    /// hash-chained) — one server at a time ([`Store::exclusively`]).
    pub async fn migrate(&self) -> Result<(), StoreError> {
        self.exclusively(async {
            self.migrate_to(i64::MAX).await?;
            self.seal_audit().await?;
            registration::fill_search_keys(self).await?;
            accounts::fill_search_keys(self).await?;
            stakeholders::fill_search_keys(self).await.map(|_| ())
        })
        .await
    }

    /// Runs `work` while no other server of this database runs start-up
    /// work (migrations, loading the demo): several servers may start
    /// together on one database. PostgreSQL serialises them with an
    /// advisory lock held on one connection; SQLite with a lock file beside
    /// the database, created exclusively (one left by a crash is taken
    /// over after five minutes).
    pub async fn exclusively<T>(
        &self,
        work: impl std::future::Future<Output = Result<T, StoreError>>,
    ) -> Result<T, StoreError> {
        const LOCK: i64 = 0x6d34_6d73_7461_7274; // "m4mstart"
        match self.backend {
            Backend::Postgres => {
                let mut held = self.pool.acquire().await?;
                sqlx::query("SELECT pg_advisory_lock($1)::TEXT").bind(LOCK).execute(&mut *held).await?;
                let done = work.await;
                sqlx::query("SELECT pg_advisory_unlock($1)::TEXT").bind(LOCK).execute(&mut *held).await?;
                done
            }
            Backend::Sqlite => {
                let file: String = sqlx::query_scalar("SELECT file FROM pragma_database_list WHERE name = 'main'")
                    .fetch_one(&self.pool)
                    .await?;
                if file.is_empty() {
                    // An in-memory database belongs to this process alone.
                    return work.await;
                }
                let lock = std::path::PathBuf::from(format!("{file}.start-lock"));
                let io = |source| StoreError::File { what: lock.display().to_string(), source };
                loop {
                    match std::fs::OpenOptions::new().write(true).create_new(true).open(&lock) {
                        Ok(_) => break,
                        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                            let stale = std::fs::metadata(&lock)
                                .and_then(|m| m.modified())
                                .is_ok_and(|t| t.elapsed().is_ok_and(|age| age.as_secs() > 300));
                            if stale {
                                let _ = std::fs::remove_file(&lock);
                            }
                            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
                        }
                        Err(e) => return Err(io(e)),
                    }
                }
                let done = work.await;
                std::fs::remove_file(&lock).map_err(io)?;
                done
            }
        }
    }

    /// Applies the migrations up to `version` only: for testing that a
    /// later migration keeps the data of a database made by earlier ones.
    pub async fn migrate_to(&self, version: i64) -> Result<(), StoreError> {
        let all = migrator(self.backend);
        let up_to = |last: i64| {
            let mut m = migrator(self.backend);
            m.migrations = Cow::Owned(all.migrations.iter().filter(|x| x.version <= last).cloned().collect());
            // A database already past `last` knows later migrations that
            // this cut leaves out: they are not missing, only not asked for.
            m.ignore_missing = true;
            m
        };
        if self.backend == Backend::Sqlite {
            // sqlx runs every SQLite migration in a transaction; those that
            // rebuild a table run here, each after the ones before it.
            for own in SQLITE_OWN_TRANSACTION.iter().copied().filter(|v| *v <= version) {
                up_to(own - 1).run(&self.pool).await.map_err(StoreError::Migrate)?;
                let m = all.migrations.iter().find(|m| m.version == own).ok_or(StoreError::NotFound)?;
                self.apply_rebuild(m).await?;
            }
        }
        up_to(version).run(&self.pool).await.map_err(StoreError::Migrate)
    }

    /// Applies one SQLite migration that rebuilds a table, unless it ran
    /// already: foreign keys off (so that dropping the old table cascades
    /// nowhere and the tables that refer to it refer to the new one once
    /// it takes the name), the script and its line in `_sqlx_migrations`
    /// in one transaction, the foreign keys checked before the commit.
    async fn apply_rebuild(&self, m: &Migration) -> Result<(), StoreError> {
        let mut conn = self.pool.acquire().await?;
        let done: Option<i64> = sqlx::query_scalar("SELECT version FROM _sqlx_migrations WHERE version = $1")
            .bind(m.version)
            .fetch_optional(&mut *conn)
            .await?;
        if done.is_some() {
            return Ok(());
        }
        sqlx::query("PRAGMA foreign_keys = OFF").execute(&mut *conn).await?;
        let applied = async {
            let mut tx = sqlx::Connection::begin(&mut *conn).await?;
            sqlx::raw_sql(&m.sql).execute(&mut *tx).await?;
            sqlx::query(
                "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) \
                 VALUES ($1, $2, TRUE, $3, 0)",
            )
            .bind(m.version)
            .bind(m.description.as_ref())
            .bind(m.checksum.as_ref())
            .execute(&mut *tx)
            .await?;
            let broken: Vec<sqlx::any::AnyRow> = sqlx::query("PRAGMA foreign_key_check").fetch_all(&mut *tx).await?;
            if !broken.is_empty() {
                return Err(StoreError::Corrupt(format!(
                    "migration {} broke {} reference(s)",
                    m.version,
                    broken.len()
                )));
            }
            tx.commit().await?;
            Ok(())
        }
        .await;
        sqlx::query("PRAGMA foreign_keys = ON").execute(&mut *conn).await?;
        applied
    }

    /// Which backend this is.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// The bound parameters one multi-row insert should carry. PostgreSQL
    /// takes up to 65,535 and each statement is a round trip: many. SQLite
    /// finds each parameter by a walk through all of them, so a statement's
    /// cost grows with their square (500 rows of 30 columns took 0.5 s):
    /// few, as it has no round trips to save.
    pub(crate) fn insert_budget(&self) -> usize {
        match self.backend {
            Backend::Sqlite => 300,
            Backend::Postgres => 15_000,
        }
    }

    /// Reserves `n` new ids of `table` in the caller's transaction, for
    /// rows written by multi-row inserts (whose `RETURNING` order neither
    /// database promises). PostgreSQL hands them out from the table's
    /// sequence; SQLite counts on from the largest, under the write lock
    /// that the no-op write on the audit head takes first, so that no
    /// other writer can take the same ids.
    pub(crate) async fn reserve_ids(
        &self,
        conn: &mut AnyConnection,
        table: &'static str,
        n: usize,
    ) -> Result<Vec<i64>, StoreError> {
        let count = n as i64;
        match self.backend {
            Backend::Postgres => {
                let rows = sqlx::query(&format!(
                    "SELECT nextval(pg_get_serial_sequence('{table}', 'id')) AS id FROM generate_series(1, $1)"
                ))
                .bind(count)
                .fetch_all(&mut *conn)
                .await?;
                rows.iter().map(|r| Ok(r.try_get("id")?)).collect()
            }
            Backend::Sqlite => {
                sqlx::query("UPDATE audit_head SET seq = seq WHERE id = 1").execute(&mut *conn).await?;
                let row = sqlx::query(&format!("SELECT COALESCE(MAX(id), 0) AS id FROM {table}"))
                    .fetch_one(&mut *conn)
                    .await?;
                let max: i64 = row.try_get("id")?;
                Ok((max + 1..=max + count).collect())
            }
        }
    }

    /// The connection pool, for the modules of this crate.
    pub(crate) fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// Whether the database answers (for `/healthz`).
    pub async fn ping(&self) -> bool {
        sqlx::query("SELECT 1").execute(&self.pool).await.is_ok()
    }

    /// Closes every connection (at shutdown; flushes the SQLite WAL).
    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// Creates the SQLite file of `url` (as [`parse_url`] writes it) when it
/// is missing, readable and writable by its owner only: it holds everyone's
/// data. SQLite gives its WAL and shared-memory files the permissions of
/// the database file, so they are private too.
fn create_private(url: &str) {
    let rest = url.strip_prefix("sqlite://").unwrap_or(url);
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    // Only where SQLite would create it (`mode=rwc`, the default).
    if path.is_empty() || path == ":memory:" || !query.contains("mode=rwc") {
        return;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    // An existing file is left as it is; a folder that cannot be written
    // is for SQLite to report, in its own words, when it tries.
    let _ = options.open(path);
}

/// Checks a database URL and names its backend. `sqlite:` URLs get
/// `mode=rwc` so that the file is created when missing.
pub fn parse_url(url: &str) -> Result<(Backend, String), StoreError> {
    let url = url.trim();
    if let Some(rest) = url.strip_prefix("sqlite:") {
        let path = rest.trim_start_matches("//");
        if path.is_empty() {
            return Err(StoreError::InvalidUrl("the SQLite URL names no file".into()));
        }
        let sep = if path.contains('?') { '&' } else { '?' };
        let mode = if path.contains("mode=") { String::new() } else { format!("{sep}mode=rwc") };
        Ok((Backend::Sqlite, format!("sqlite://{path}{mode}")))
    } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        Ok((Backend::Postgres, url.to_owned()))
    } else {
        Err(StoreError::InvalidUrl("it must start with sqlite:// or postgres://".into()))
    }
}

/// SQLite migrations that rebuild a table, which needs foreign keys off, and
/// SQLite ignores that pragma inside a transaction: the store applies them
/// itself ([`Store::migrate_to`]).
const SQLITE_OWN_TRANSACTION: &[i64] = &[17, 24];

/// Declares the migrations once; each is embedded from the folder of each
/// backend, so a migration cannot exist for one backend only.
macro_rules! migrations {
    ($($version:literal $name:literal),* $(,)?) => {
        fn embedded(backend: Backend) -> Vec<Migration> {
            let m = |version, name, sql| {
                Migration::new(version, Cow::Borrowed(name), MigrationType::Simple, Cow::Borrowed(sql), false)
            };
            match backend {
                Backend::Sqlite => vec![$(m($version, $name, include_str!(concat!("../migrations/sqlite/", $name, ".sql")))),*],
                Backend::Postgres => {
                    vec![$(m($version, $name, include_str!(concat!("../migrations/postgres/", $name, ".sql")))),*]
                }
            }
        }
    };
}

migrations! {
    1 "0001_foundation",
    2 "0002_stakeholders_registration",
    3 "0003_questionnaires",
    4 "0004_invitation_participant",
    5 "0005_training",
    6 "0006_peer_sessions",
    7 "0007_prematching",
    8 "0008_pairing",
    9 "0009_audit_chain",
    10 "0010_training_files",
    11 "0011_time_zones",
    12 "0012_two_factor",
    13 "0013_retention",
    15 "0015_api_tokens",
    16 "0016_confidential_notes",
    17 "0017_pair_status",
    18 "0018_concerns",
    19 "0019_supervision",
    20 "0020_attention",
    21 "0021_goal_progress",
    22 "0022_checkins",
    23 "0023_pair_contacts",
    24 "0024_closing",
    25 "0025_account_recovery",
    26 "0026_people_search",
    28 "0028_programme_texts",
    29 "0029_audit_sealing",
    30 "0030_account_search",
    31 "0031_list_indexes",
    32 "0032_sessions_by_programme",
    33 "0033_people_trigrams",
    34 "0034_pair_watch",
    35 "0035_people_list_keys",
    36 "0036_pair_search",
}

/// The embedded migrations of one backend.
fn migrator(backend: Backend) -> Migrator {
    Migrator { migrations: Cow::Owned(embedded(backend)), ignore_missing: false, locking: true, no_tx: false }
}

tokio::task_local! {
    /// The moment the store's writes stamp instead of the real time, for
    /// the writes awaited inside [`as_of`]. Only the demo sets it
    /// ([`demo`] replays the past of its people and pairs); the app never
    /// does.
    static CLOCK: i64;
}

/// The time the store stamps on what it writes, in Unix seconds: the real
/// time, or the moment of `as_of` for the writes awaited inside it (a
/// lookup of one task-local when it is not set). The audit trail does not
/// read it: its lines keep the real time of each write ([`real_now`]).
pub fn now() -> i64 {
    CLOCK.try_with(|at| *at).unwrap_or_else(|_| real_now())
}

/// The current time in Unix seconds, whatever `as_of` says.
pub fn real_now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

/// The day of [`now`] (UTC): the day the store's writes date things on,
/// such as the day a pair starts.
pub fn today() -> time::Date {
    time::OffsetDateTime::from_unix_timestamp(now())
        .map_or_else(|_| time::OffsetDateTime::now_utc().date(), |t| t.date())
}

/// Runs `write` with the store's clock set to `moment` (Unix seconds):
/// every [`now`] and [`today`] it reads, and so every date its writes
/// stamp and every rule checked against the time, are at that moment.
/// Crate-internal: the demo replays each person's and pair's past through
/// the app's own writes with it.
pub(crate) async fn as_of<F: std::future::Future>(moment: i64, write: F) -> F::Output {
    CLOCK.scope(moment, write).await
}

/// Joins a list of codes for storage.
pub(crate) fn join_list(items: &[String]) -> String {
    items.join(",")
}

/// Splits a stored list of codes.
pub fn split_list(s: &str) -> Vec<String> {
    s.split(',').filter(|x| !x.is_empty()).map(str::to_owned).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_name_their_backend() {
        assert_eq!(parse_url("sqlite://m4m.db").unwrap(), (Backend::Sqlite, "sqlite://m4m.db?mode=rwc".into()));
        assert_eq!(parse_url("sqlite:data/x.db?mode=ro").unwrap().1, "sqlite://data/x.db?mode=ro");
        assert_eq!(parse_url("postgres://u@h/db").unwrap().0, Backend::Postgres);
        assert!(parse_url("mysql://x").is_err());
        assert!(parse_url("sqlite://").is_err());
        assert!(parse_url("").is_err());
    }
}
