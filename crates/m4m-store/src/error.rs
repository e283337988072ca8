//! Storage errors. Callers turn them into a 4xx where the input was at
//! fault (a taken e-mail, a stale invitation) and into a logged 500 page
//! otherwise, never showing the cause to the user.

/// What can go wrong in the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database URL cannot be used.
    #[error("invalid database URL: {0}")]
    InvalidUrl(String),
    /// The database could not be reached.
    #[error("cannot connect to the database: {0}")]
    Connect(#[source] sqlx::Error),
    /// A migration failed.
    #[error("migration failed: {0}")]
    Migrate(#[source] sqlx::migrate::MigrateError),
    /// A value that must be unique is taken (the name of the thing).
    #[error("{0} is already taken")]
    Taken(&'static str),
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
    /// Any other database error.
    #[error("database error: {0}")]
    Database(#[source] sqlx::Error),
}

/// PostgreSQL's deadlock and serialisation failures, and SQLite's stale
/// snapshot: two writers met (audited writes queue on the head of the
/// audit chain), one was rolled back whole and can simply try again.
const RETRYABLE: [&str; 3] = ["40P01", "40001", "517"];

impl From<sqlx::Error> for StoreError {
    fn from(e: sqlx::Error) -> Self {
        match &e {
            sqlx::Error::Database(d) if d.code().is_some_and(|c| RETRYABLE.contains(&c.as_ref())) => {
                StoreError::Conflict
            }
            _ => StoreError::Database(e),
        }
    }
}

impl StoreError {
    /// Maps a unique-constraint violation to [`StoreError::Taken`].
    pub(crate) fn unique(what: &'static str) -> impl FnOnce(sqlx::Error) -> StoreError {
        move |e| match &e {
            sqlx::Error::Database(d) if d.is_unique_violation() => StoreError::Taken(what),
            _ => StoreError::Database(e),
        }
    }
}
