//! Backup and restore of the embedded SQLite database.
//!
//! A backup is `VACUUM INTO` a new file: SQLite writes it from one read
//! transaction, so it is a consistent picture of the database at one
//! moment while the server goes on writing (WAL lets the writer go on). The
//! copy is a plain database with its migrations table; it is checked
//! before it is reported done.
//!
//! A restore puts such a copy in place of the database of a stopped
//! server: it checks that the copy is an m4m database whose schema this
//! m4m knows, refuses while another process holds the database open, and
//! keeps the database it replaces aside.
//!
//! PostgreSQL has its own tools (`pg_dump -Fc`, `pg_restore`); both
//! functions refuse a PostgreSQL URL and say so.

use std::path::{Path, PathBuf};

use sqlx::{Connection, Executor, Row};

use crate::Backend;

/// What can stop a backup or a restore: each says what to do.
#[derive(Debug, thiserror::Error)]
pub enum BackupError {
    /// A PostgreSQL URL.
    #[error(
        "this is a PostgreSQL database: back it up with `pg_dump -Fc -f FILE DATABASE` and restore it with \
         `pg_restore --clean --if-exists -d DATABASE FILE` (see the README)"
    )]
    Postgres,
    /// The URL is wrong.
    #[error("invalid database URL: {0}")]
    Url(String),
    /// The backup file exists already.
    #[error("{0} exists already: a backup never overwrites a file; name a new one")]
    Exists(PathBuf),
    /// The file to back up or to restore is missing.
    #[error("{0} does not exist")]
    Missing(PathBuf),
    /// The file is not an m4m database.
    #[error("{0} is not an m4m database: {1}")]
    NotM4m(PathBuf, String),
    /// The file was made by a newer m4m.
    #[error(
        "{0} has schema version {1}, newer than this m4m knows ({2}): restore it with the m4m that made it, \
         or upgrade m4m first"
    )]
    Newer(PathBuf, i64, i64),
    /// Another process has the database open.
    #[error("{0} is in use: stop m4m (every `m4m serve` on this file) before restoring")]
    InUse(PathBuf),
    /// The backup is the database itself.
    #[error("{0} is the database itself: name the backup to restore")]
    SameFile(PathBuf),
    /// A file could not be read or written.
    #[error("{0}: {1}")]
    Io(PathBuf, #[source] std::io::Error),
    /// SQLite said no.
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    /// The copy's audit trail could not be sealed.
    #[error("cannot seal the audit trail of the copy: {0}")]
    Seal(#[source] crate::StoreError),
}

/// The SQLite file named by a URL.
pub fn sqlite_path(url: &str) -> Result<PathBuf, BackupError> {
    let (backend, url) = crate::parse_url(url).map_err(|e| BackupError::Url(e.to_string()))?;
    if backend == Backend::Postgres {
        return Err(BackupError::Postgres);
    }
    let rest = url.strip_prefix("sqlite://").unwrap_or(&url);
    let path = rest.split('?').next().unwrap_or_default();
    Ok(PathBuf::from(path))
}

/// The URL of a SQLite file, opened in `mode`.
fn url_of(path: &Path, mode: &str) -> String {
    format!("sqlite://{}?mode={mode}", path.display())
}

/// The newest schema version this m4m knows.
pub fn known_version() -> i64 {
    crate::embedded(Backend::Sqlite).iter().map(|m| m.version).max().unwrap_or(0)
}

/// What a checked database holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    /// Its schema version (the last migration applied).
    pub version: i64,
    /// How many lines its audit trail holds.
    pub audit_lines: i64,
    /// The hash of its last audit line (64 zeros when empty).
    pub audit_head: String,
}

/// Opens `path` read-only and checks it is an intact m4m database of a
/// schema version this m4m knows.
pub async fn check(path: &Path) -> Result<Checked, BackupError> {
    if !path.is_file() {
        return Err(BackupError::Missing(path.to_owned()));
    }
    sqlx::any::install_default_drivers();
    let not_m4m = |why: String| BackupError::NotM4m(path.to_owned(), why);
    let mut conn = sqlx::AnyConnection::connect(&url_of(path, "ro")).await?;
    let integrity = match sqlx::query("PRAGMA quick_check").fetch_one(&mut conn).await {
        Ok(row) => row.try_get::<String, _>("quick_check").unwrap_or_default(),
        Err(e) => return Err(not_m4m(format!("SQLite cannot read it ({e})"))),
    };
    if integrity != "ok" {
        return Err(not_m4m(format!("its integrity check says {integrity}")));
    }
    let applied = sqlx::query("SELECT version, checksum FROM _sqlx_migrations WHERE success ORDER BY version")
        .fetch_all(&mut conn)
        .await
        .map_err(|_| not_m4m("it has no migrations table".into()))?;
    let known = crate::embedded(Backend::Sqlite);
    let mut version = 0;
    for row in &applied {
        let v: i64 = row.get("version");
        let checksum: Vec<u8> = row.get("checksum");
        version = version.max(v);
        match known.iter().find(|m| m.version == v) {
            Some(m) if *m.checksum == *checksum => {}
            Some(_) => return Err(not_m4m(format!("its migration {v} differs from this m4m's"))),
            None => return Err(BackupError::Newer(path.to_owned(), v, known_version())),
        }
    }
    if version == 0 {
        return Err(not_m4m("no migration was applied to it".into()));
    }
    let (audit_lines, audit_head) = if version >= 9 {
        let head = sqlx::query("SELECT seq, hash FROM audit_head WHERE id = 1").fetch_optional(&mut conn).await?;
        head.map_or((0, "0".repeat(64)), |r| (r.get::<i64, _>("seq"), r.get::<String, _>("hash")))
    } else {
        (0, "0".repeat(64))
    };
    conn.close().await?;
    Ok(Checked { version, audit_lines, audit_head })
}

/// Writes a consistent copy of the SQLite database at `url` into `out`, a
/// new file (mode 0600), while the database stays in use.
pub async fn backup(url: &str, out: &Path) -> Result<Checked, BackupError> {
    let source = sqlite_path(url)?;
    if !source.is_file() {
        return Err(BackupError::Missing(source));
    }
    // The file is made here, empty and readable by its owner only: it
    // holds everybody's data. `create_new` refuses an existing file, even
    // one that appears meanwhile.
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(out) {
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => return Err(BackupError::Exists(out.to_owned())),
        Err(e) => return Err(BackupError::Io(out.to_owned(), e)),
    }
    let written = async {
        sqlx::any::install_default_drivers();
        let mut conn = sqlx::AnyConnection::connect(&url_of(&source, "ro")).await?;
        conn.execute("PRAGMA busy_timeout = 10000").await?;
        sqlx::query("VACUUM INTO $1").bind(out.display().to_string()).execute(&mut conn).await?;
        conn.close().await?;
        // The copy keeps the source's WAL mode; in rollback mode it is one
        // self-contained file, and checking it leaves nothing beside it.
        let mut copy = sqlx::AnyConnection::connect(&url_of(out, "rw")).await?;
        // Lines written just before the copy are sealed in it as the
        // server seals them (in the order of their ids): the copy's trail
        // verifies whole.
        // (Databases from before sealing, version 29, have every line sealed.)
        let version: Option<i64> = sqlx::query_scalar("SELECT MAX(version) FROM _sqlx_migrations WHERE success")
            .fetch_one(&mut copy)
            .await
            .unwrap_or(None);
        if version.unwrap_or(0) >= 29 {
            crate::audit::seal(&mut copy).await.map_err(BackupError::Seal)?;
        }
        copy.execute("PRAGMA journal_mode = DELETE").await?;
        copy.close().await?;
        check(out).await
    }
    .await;
    if written.is_err() {
        let _ = std::fs::remove_file(out);
    }
    written
}

/// What a restore did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restored {
    /// What the restored database holds.
    pub checked: Checked,
    /// Where the database it replaced was kept, if there was one.
    pub kept_aside: Option<PathBuf>,
}

/// Fails with [`BackupError::InUse`] when another connection has the
/// database at `path` open; else folds its write-ahead log into the file,
/// so that the file alone is the whole database.
async fn ensure_unused(path: &Path) -> Result<(), BackupError> {
    let mut conn = sqlx::AnyConnection::connect(&url_of(path, "rw")).await?;
    // In WAL mode another open connection holds a shared lock on the
    // shared-memory index for as long as it is open, idle or not: the
    // exclusive lock below is refused while any m4m has the file open.
    conn.execute("PRAGMA busy_timeout = 0; PRAGMA locking_mode = EXCLUSIVE").await?;
    match conn.execute("BEGIN EXCLUSIVE").await {
        Ok(_) => {}
        Err(sqlx::Error::Database(e)) if e.message().contains("locked") || e.message().contains("busy") => {
            let _ = conn.close().await;
            return Err(BackupError::InUse(path.to_owned()));
        }
        Err(e) => return Err(e.into()),
    }
    conn.execute("COMMIT").await?;
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").await?;
    conn.close().await?;
    Ok(())
}

/// Puts the backup `file` in place of the SQLite database at `url`. The
/// database it replaces, if any, is renamed `NAME.before-restore-TIME`.
pub async fn restore(file: &Path, url: &str) -> Result<Restored, BackupError> {
    let target = sqlite_path(url)?;
    let checked = check(file).await?;
    if target.exists() && std::fs::canonicalize(&target).ok() == std::fs::canonicalize(file).ok() {
        return Err(BackupError::SameFile(target));
    }
    let io = |p: &Path| {
        let p = p.to_owned();
        move |e| BackupError::Io(p, e)
    };
    let kept_aside = if target.exists() {
        ensure_unused(&target).await?;
        let aside = PathBuf::from(format!("{}.before-restore-{}", target.display(), crate::now()));
        std::fs::rename(&target, &aside).map_err(io(&target))?;
        for suffix in ["-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", target.display()));
        }
        Some(aside)
    } else {
        None
    };
    // Copied beside the target, then renamed over it: a crash leaves
    // either no database or the whole restored one.
    let partial = PathBuf::from(format!("{}.restoring", target.display()));
    let _ = std::fs::remove_file(&partial);
    std::fs::copy(file, &partial).map_err(io(&partial))?;
    std::fs::File::open(&partial).and_then(|f| f.sync_all()).map_err(io(&partial))?;
    #[cfg(unix)]
    std::fs::set_permissions(&partial, std::os::unix::fs::PermissionsExt::from_mode(0o600)).map_err(io(&partial))?;
    std::fs::rename(&partial, &target).map_err(io(&target))?;
    Ok(Restored { checked, kept_aside })
}
