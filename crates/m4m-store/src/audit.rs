//! The audit trail: who did what to which record, and when. Written in the
//! same transaction as the change it describes, so that neither exists
//! without the other.

use sqlx::{AnyConnection, Row};

use crate::{Store, StoreError, now};

/// Appends one line to the audit trail.
pub async fn record(
    conn: &mut AnyConnection,
    actor: Option<i64>,
    action: &str,
    subject: &str,
    detail: &str,
) -> Result<(), StoreError> {
    sqlx::query("INSERT INTO audit_log (at, actor_user_id, action, subject, detail) VALUES ($1, $2, $3, $4, $5)")
        .bind(now())
        .bind(actor)
        .bind(action)
        .bind(subject)
        .bind(detail)
        .execute(conn)
        .await?;
    Ok(())
}

/// One line of the audit trail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEntry {
    pub at: i64,
    pub actor_user_id: Option<i64>,
    pub action: String,
    pub subject: String,
    pub detail: String,
}

impl Store {
    /// Records an event that changes nothing else (a log-in, a refusal).
    pub async fn audit(&self, actor: Option<i64>, action: &str, subject: &str, detail: &str) -> Result<(), StoreError> {
        let mut conn = self.pool().acquire().await?;
        record(&mut conn, actor, action, subject, detail).await
    }

    /// The latest audit lines about `subject` (newest first).
    pub async fn audit_for(&self, subject: &str, limit: i64) -> Result<Vec<AuditEntry>, StoreError> {
        let rows = sqlx::query(
            "SELECT at, actor_user_id, action, subject, detail FROM audit_log \
             WHERE subject = $1 ORDER BY id DESC LIMIT $2",
        )
        .bind(subject)
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(AuditEntry {
                    at: r.try_get(0)?,
                    actor_user_id: r.try_get(1)?,
                    action: r.try_get(2)?,
                    subject: r.try_get(3)?,
                    detail: r.try_get(4)?,
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(Into::into)
    }
}
