//! The outbox: every message m4m sends is written here first. Without an
//! SMTP server configured the messages stay here, and administrators read
//! them in the app, so that a demo or a small installation works with no
//! mail server.

use sqlx::{AnyConnection, Row};

use crate::{Store, StoreError, now};

/// A message in the outbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub id: i64,
    pub recipient: String,
    pub subject: String,
    pub body: String,
    pub created_at: i64,
    pub sent_at: Option<i64>,
}

/// Queues a message, inside the caller's transaction.
pub async fn queue(conn: &mut AnyConnection, recipient: &str, subject: &str, body: &str) -> Result<(), StoreError> {
    sqlx::query("INSERT INTO outbox (recipient, subject, body, created_at) VALUES ($1, $2, $3, $4)")
        .bind(recipient)
        .bind(subject)
        .bind(body)
        .bind(now())
        .execute(conn)
        .await?;
    Ok(())
}

impl Store {
    /// The latest messages, newest first.
    pub async fn outbox(&self, limit: i64) -> Result<Vec<Message>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, recipient, subject, body, created_at, sent_at FROM outbox ORDER BY id DESC LIMIT $1",
        )
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(message).collect::<Result<_, sqlx::Error>>().map_err(Into::into)
    }

    /// Messages not sent yet, oldest first (for the SMTP dispatcher).
    pub async fn unsent(&self, limit: i64) -> Result<Vec<Message>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, recipient, subject, body, created_at, sent_at FROM outbox WHERE sent_at IS NULL \
             ORDER BY id LIMIT $1",
        )
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(message).collect::<Result<_, sqlx::Error>>().map_err(Into::into)
    }

    /// Marks a message sent.
    pub async fn mark_sent(&self, id: i64) -> Result<(), StoreError> {
        sqlx::query("UPDATE outbox SET sent_at = $1 WHERE id = $2 AND sent_at IS NULL")
            .bind(now())
            .bind(id)
            .execute(self.pool())
            .await?;
        Ok(())
    }
}

fn message(r: &sqlx::any::AnyRow) -> Result<Message, sqlx::Error> {
    Ok(Message {
        id: r.try_get("id")?,
        recipient: r.try_get("recipient")?,
        subject: r.try_get("subject")?,
        body: r.try_get("body")?,
        created_at: r.try_get("created_at")?,
        sent_at: r.try_get("sent_at")?,
    })
}
