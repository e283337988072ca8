//! Storage errors. Callers turn them into a 4xx where the input was at
//! fault (a taken e-mail, a stale invitation) and into a logged 500 page
//! otherwise, never showing the cause to the user. Errors that come from
//! elsewhere (the database, JSON) are kept as their [`source`]: messages
//! here say what failed, the source says why, and a log line prints the
//! whole chain.
//!
//! [`source`]: std::error::Error::source

/// What can go wrong in the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database URL cannot be used.
    #[error("invalid database URL: {0}")]
    InvalidUrl(String),
    /// The database could not be reached.
    #[error("cannot connect to the database")]
    Connect(#[source] sqlx::Error),
    /// A migration failed.
    #[error("migration failed")]
    Migrate(#[source] sqlx::migrate::MigrateError),
    /// A value that must be unique is taken.
    #[error("{0} is already taken")]
    Taken(Unique),
    /// The object does not exist (or is not visible).
    #[error("not found")]
    NotFound,
    /// The object changed meanwhile (or the change makes no sense).
    #[error("conflict")]
    Conflict,
    /// The invitation is expired or already used.
    #[error("the invitation is no longer valid")]
    InvitationGone,
    /// Stored data that cannot be read back (a bug or a hand edit).
    #[error("stored data cannot be read: {0}")]
    Corrupt(String),
    /// A value stored as JSON (`what`) cannot be written or read back.
    #[error("the {what} cannot be stored as JSON or read back")]
    Json {
        what: &'static str,
        #[source]
        source: serde_json::Error,
    },
    /// Any other database error.
    #[error("database error")]
    Database(#[source] sqlx::Error),
    /// The database stayed busy past the wait (SQLite's one writer, or no
    /// free connection): nothing was written; the request may be tried
    /// again in a moment.
    #[error("the database is busy")]
    Busy,
    /// A file beside the database (a lock) could not be used.
    #[error("cannot use {what}")]
    File {
        what: String,
        #[source]
        source: std::io::Error,
    },
}

/// The values that a unique constraint keeps unique, as far as a request
/// can collide with them: each has its message at the web edge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum Unique {
    /// An account's e-mail address (`users.email`).
    #[error("the e-mail address")]
    Email,
    /// The number of a questionnaire's next version
    /// (`questionnaire_versions (questionnaire_id, version)`).
    #[error("the questionnaire's next version")]
    QuestionnaireVersion,
}

/// PostgreSQL's deadlock and serialisation failures, and SQLite's stale
/// snapshot: two writers met (audited writes queue on the head of the
/// audit chain), one was rolled back whole and can simply try again.
const RETRYABLE: [&str; 3] = ["40P01", "40001", "517"];

/// SQLite's codes for a database still busy after its timeout (SQLITE_BUSY,
/// SQLITE_LOCKED): the writer waited ten seconds and gave up, writing
/// nothing.
const BUSY: [&str; 2] = ["5", "6"];

impl From<sqlx::Error> for StoreError {
    fn from(e: sqlx::Error) -> Self {
        match &e {
            sqlx::Error::Database(d) if d.code().is_some_and(|c| RETRYABLE.contains(&c.as_ref())) => {
                StoreError::Conflict
            }
            sqlx::Error::Database(d) if d.code().is_some_and(|c| BUSY.contains(&c.as_ref())) => StoreError::Busy,
            sqlx::Error::PoolTimedOut => StoreError::Busy,
            _ => StoreError::Database(e),
        }
    }
}

impl StoreError {
    /// Maps a unique-constraint violation to [`StoreError::Taken`].
    pub(crate) fn unique(what: Unique) -> impl FnOnce(sqlx::Error) -> StoreError {
        move |e| match &e {
            sqlx::Error::Database(d) if d.is_unique_violation() => StoreError::Taken(what),
            _ => StoreError::from(e),
        }
    }

    /// A stored code (a status, a kind) that this version cannot read:
    /// the column and the value, for the log.
    pub(crate) fn corrupt(column: &str, value: &str) -> StoreError {
        StoreError::Corrupt(format!("{column}: {value:?}"))
    }

    /// Maps a JSON error about `what` to [`StoreError::Json`].
    pub(crate) fn json(what: &'static str) -> impl FnOnce(serde_json::Error) -> StoreError {
        move |source| StoreError::Json { what, source }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_names_what_failed_and_its_source_why() {
        let e = StoreError::json("answers")(serde_json::from_str::<i64>("x").unwrap_err());
        assert_eq!(e.to_string(), "the answers cannot be stored as JSON or read back");
        let source = std::error::Error::source(&e).expect("the JSON error");
        assert!(source.to_string().starts_with("expected value"), "{source}");
        assert_eq!(StoreError::Taken(Unique::Email).to_string(), "the e-mail address is already taken");
    }

    #[tokio::test]
    async fn a_database_busy_past_its_wait_is_busy_and_nothing_is_written() {
        sqlx::any::install_default_drivers();
        let file = std::env::temp_dir().join(format!("m4m-busy-{}.db", std::process::id()));
        let url = format!("sqlite://{}?mode=rwc", file.display());
        use sqlx::Connection;
        let mut holder = sqlx::AnyConnection::connect(&url).await.unwrap();
        sqlx::query("CREATE TABLE t (x INTEGER)").execute(&mut holder).await.unwrap();
        sqlx::query("BEGIN IMMEDIATE").execute(&mut holder).await.unwrap();
        let mut other = sqlx::AnyConnection::connect(&url).await.unwrap();
        sqlx::query("PRAGMA busy_timeout = 50").execute(&mut other).await.unwrap();
        let e = sqlx::query("INSERT INTO t VALUES (1)").execute(&mut other).await.unwrap_err();
        assert!(matches!(StoreError::from(e), StoreError::Busy));
        sqlx::query("ROLLBACK").execute(&mut holder).await.unwrap();
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM t").fetch_one(&mut other).await.unwrap();
        assert_eq!(n, 0);
        let _ = std::fs::remove_file(&file);
    }
}
