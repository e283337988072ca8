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
    /// Failed attempts to send it.
    pub attempts: i64,
    /// What the last failed attempt met (the SMTP server's answer).
    pub last_error: Option<String>,
    /// When the next attempt may be made.
    pub next_attempt_at: i64,
    /// When it was given up: refused for good, or too many attempts.
    pub failed_at: Option<i64>,
}

/// What became of one attempt to send a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Attempt {
    /// The server took it.
    Sent,
    /// It failed for now: tried again after a while, until
    /// [`MAX_ATTEMPTS`].
    Failed(String),
    /// The server refused it for good (an unknown address): never tried
    /// again.
    Refused(String),
}

/// Attempts after which a message is given up (with the delays of
/// [`retry_delay`], about two days).
pub const MAX_ATTEMPTS: i64 = 8;

/// How long a server holds the messages it claimed: longer than a round of
/// sending takes, after which another server may take them over.
pub const CLAIM_SECS: i64 = 15 * 60;

/// The wait after the `attempts`-th failure: a minute, then four times
/// longer each time, at most twelve hours.
pub fn retry_delay(attempts: i64) -> i64 {
    let exponent = u32::try_from(attempts.clamp(1, 10) - 1).unwrap_or(0);
    (60 * 4_i64.pow(exponent)).min(12 * 3600)
}

/// Stands in a queued message for the address people reach m4m at: a link
/// is written `{SITE}/path` and completed when the message is sent (or
/// shown), so that a message queued before the address changed, or by
/// `m4m reminders run` with another `--public-url`, links to where m4m is
/// when it goes out.
pub const SITE: &str = "{m4m-site}";

/// A link to `path` (`/pairs/7`) in a message to queue.
pub fn link(path: &str) -> String {
    format!("{SITE}{path}")
}

/// A queued text with its links completed with `public_url`.
pub fn with_links(text: &str, public_url: &str) -> String {
    text.replace(SITE, public_url.trim_end_matches('/'))
}

/// Queues a message, inside the caller's transaction. A message to an
/// account's address is tied to the account: it goes to the address the
/// account has when it is sent.
pub async fn queue(conn: &mut AnyConnection, recipient: &str, subject: &str, body: &str) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO outbox (recipient, subject, body, created_at, user_id) \
         VALUES ($1, $2, $3, $4, (SELECT id FROM users WHERE email = $1))",
    )
    .bind(recipient)
    .bind(subject)
    .bind(body)
    .bind(now())
    .execute(conn)
    .await?;
    Ok(())
}

const COLUMNS: &str =
    "id, recipient, subject, body, created_at, sent_at, attempts, last_error, next_attempt_at, failed_at";

impl Store {
    /// The latest messages, newest first.
    pub async fn outbox(&self, limit: i64) -> Result<Vec<Message>, StoreError> {
        let sql = format!("SELECT {COLUMNS} FROM outbox ORDER BY id DESC LIMIT $1");
        let rows = sqlx::query(&sql).bind(limit).fetch_all(self.pool()).await?;
        rows.iter().map(message).collect::<Result<_, sqlx::Error>>().map_err(Into::into)
    }

    /// Messages still to send (not sent, not given up), oldest first.
    pub async fn unsent(&self, limit: i64) -> Result<Vec<Message>, StoreError> {
        let sql =
            format!("SELECT {COLUMNS} FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL ORDER BY id LIMIT $1");
        let rows = sqlx::query(&sql).bind(limit).fetch_all(self.pool()).await?;
        rows.iter().map(message).collect::<Result<_, sqlx::Error>>().map_err(Into::into)
    }

    /// Claims up to `limit` messages due now for this server to send,
    /// oldest first, each addressed to its account's address of now: none
    /// that another server holds. On PostgreSQL the
    /// rows another transaction is claiming are skipped (`FOR UPDATE SKIP
    /// LOCKED`); SQLite runs one write at a time.
    pub async fn claim_outbox(&self, limit: i64) -> Result<Vec<Message>, StoreError> {
        let lock = if self.backend() == crate::Backend::Postgres { "FOR UPDATE SKIP LOCKED" } else { "" };
        let sql = format!(
            "UPDATE outbox SET claimed_until = $1 WHERE id IN (SELECT id FROM outbox \
             WHERE sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= $2 \
             AND (claimed_until IS NULL OR claimed_until < $2) ORDER BY id LIMIT $3 {lock}) \
             RETURNING {COLUMNS}, user_id"
        );
        let at = now();
        let rows = sqlx::query(&sql).bind(at + CLAIM_SECS).bind(at).bind(limit).fetch_all(self.pool()).await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in &rows {
            let mut m = message(r)?;
            if let Some(user) = r.try_get::<Option<i64>, _>("user_id")? {
                let current: Option<String> = sqlx::query_scalar("SELECT email FROM users WHERE id = $1")
                    .bind(user)
                    .fetch_optional(self.pool())
                    .await?;
                if let Some(email) = current.filter(|e| !e.is_empty()) {
                    m.recipient = email;
                }
            }
            out.push(m);
        }
        out.sort_by_key(|m| m.id);
        Ok(out)
    }

    /// Records what became of an attempt, and lets the claim go.
    pub async fn record_attempt(&self, id: i64, attempt: &Attempt) -> Result<(), StoreError> {
        let at = now();
        match attempt {
            Attempt::Sent => {
                sqlx::query("UPDATE outbox SET sent_at = $1, claimed_until = NULL WHERE id = $2 AND sent_at IS NULL")
                    .bind(at)
                    .bind(id)
                    .execute(self.pool())
                    .await?;
            }
            Attempt::Failed(error) | Attempt::Refused(error) => {
                let attempts: i64 = sqlx::query_scalar("SELECT attempts FROM outbox WHERE id = $1")
                    .bind(id)
                    .fetch_optional(self.pool())
                    .await?
                    .unwrap_or(0)
                    + 1;
                let give_up = matches!(attempt, Attempt::Refused(_)) || attempts >= MAX_ATTEMPTS;
                let error: String = error.chars().take(500).collect();
                sqlx::query(
                    "UPDATE outbox SET attempts = $1, last_error = $2, next_attempt_at = $3, failed_at = $4, \
                     claimed_until = NULL WHERE id = $5 AND sent_at IS NULL",
                )
                .bind(attempts)
                .bind(error)
                .bind(at + retry_delay(attempts))
                .bind(give_up.then_some(at))
                .bind(id)
                .execute(self.pool())
                .await?;
            }
        }
        Ok(())
    }

    /// Lets claimed messages go untried (the server stopped answering):
    /// the next round, of any server, takes them.
    pub async fn release_claims(&self, ids: &[i64]) -> Result<(), StoreError> {
        for id in ids {
            sqlx::query("UPDATE outbox SET claimed_until = NULL WHERE id = $1 AND sent_at IS NULL")
                .bind(id)
                .execute(self.pool())
                .await?;
        }
        Ok(())
    }

    /// Marks a message sent.
    pub async fn mark_sent(&self, id: i64) -> Result<(), StoreError> {
        self.record_attempt(id, &Attempt::Sent).await
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
        attempts: r.try_get("attempts")?,
        last_error: r.try_get("last_error")?,
        next_attempt_at: r.try_get("next_attempt_at")?,
        failed_at: r.try_get("failed_at")?,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn retries_wait_longer_each_time_up_to_twelve_hours() {
        let delays: Vec<i64> = (1..=super::MAX_ATTEMPTS).map(super::retry_delay).collect();
        assert_eq!(&delays[..4], &[60, 240, 960, 3840]);
        assert!(delays.windows(2).all(|w| w[0] <= w[1]));
        assert_eq!(super::retry_delay(50), 12 * 3600);
        assert!(delays.iter().sum::<i64>() < 3 * 86_400, "given up within three days");
    }
}
