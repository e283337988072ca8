//! Getting back into an account: "forgot my password" links, a person
//! changing their own password, and an operator setting one. Whatever sets
//! a new password ends the account's other log-in sessions, its log-ins
//! waiting for a second factor and its unused reset links, in the same
//! transaction.

use sqlx::{AnyConnection, Row};

use crate::accounts::{new_token, token_hash};
use crate::{Store, StoreError, now, outbox};

/// How long a reset link works.
pub const RESET_SECS: i64 = 3600;

/// Sets `user_id`'s password inside the caller's transaction and ends
/// every way in that the old password opened: sessions (except `keep`,
/// the one of the person changing it), second-factor challenges, reset
/// links.
async fn set_password_in(
    conn: &mut AnyConnection,
    user_id: i64,
    password_hash: &str,
    keep: Option<&str>,
) -> Result<(), StoreError> {
    sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
        .bind(password_hash)
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM login_sessions WHERE user_id = $1 AND id <> $2")
        .bind(user_id)
        .bind(keep.unwrap_or(""))
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM login_challenges WHERE user_id = $1").bind(user_id).execute(&mut *conn).await?;
    sqlx::query("UPDATE password_resets SET used_at = $1 WHERE user_id = $2 AND used_at IS NULL")
        .bind(now())
        .bind(user_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

impl Store {
    /// Makes a reset link for an active account and queues the e-mail that
    /// carries it (`message` gets the secret token and gives the subject
    /// and the body), in one transaction.
    pub async fn request_password_reset(
        &self,
        user_id: i64,
        recipient: &str,
        message: impl FnOnce(&str) -> (String, String),
    ) -> Result<(), StoreError> {
        let token = new_token();
        let (subject, body) = message(&token);
        let at = now();
        let mut tx = self.audited(None).await?;
        sqlx::query(
            "INSERT INTO password_resets (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(token_hash(&token))
        .bind(user_id)
        .bind(at)
        .bind(at + RESET_SECS)
        .execute(&mut *tx)
        .await?;
        outbox::queue(&mut tx, recipient, &subject, &body).await?;
        tx.commit("password_reset.request", &format!("user:{user_id}"), "").await
    }

    /// The active account a reset link still opens, or `None` (unknown,
    /// used, expired, or the account was deactivated since).
    pub async fn password_reset_owner(&self, token: &str) -> Result<Option<i64>, StoreError> {
        let row = sqlx::query(
            "SELECT r.user_id FROM password_resets r JOIN users u ON u.id = r.user_id \
             WHERE r.token_hash = $1 AND r.used_at IS NULL AND r.expires_at > $2 AND u.active = 1",
        )
        .bind(token_hash(token))
        .bind(now())
        .fetch_optional(self.pool())
        .await?;
        Ok(row.map(|r| r.try_get("user_id")).transpose()?)
    }

    /// Whether a reset link's token was ever made (used or expired since):
    /// a link that worked once is "gone", a made-up one "not found".
    pub async fn password_reset_known(&self, token: &str) -> Result<bool, StoreError> {
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM password_resets WHERE token_hash = $1")
            .bind(token_hash(token))
            .fetch_one(self.pool())
            .await?;
        Ok(n > 0)
    }

    /// Uses a reset link: claims it (once, even when two requests race)
    /// and sets the new password. Returns the account, or `None` when the
    /// link no longer works.
    pub async fn reset_password(&self, token: &str, password_hash: &str) -> Result<Option<i64>, StoreError> {
        let at = now();
        let mut tx = self.audited(None).await?;
        let row = sqlx::query(
            "UPDATE password_resets SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1 \
             AND user_id IN (SELECT id FROM users WHERE active = 1) RETURNING user_id",
        )
        .bind(at)
        .bind(token_hash(token))
        .fetch_optional(&mut *tx)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let user_id: i64 = row.try_get("user_id")?;
        set_password_in(&mut tx, user_id, password_hash, None).await?;
        tx.act_as(user_id);
        tx.commit("user.password_reset", &format!("user:{user_id}"), "link").await?;
        Ok(Some(user_id))
    }

    /// Sets an account's password: the person themselves from their
    /// settings (`keep` is their session, which stays open) or an operator
    /// (`actor` `None`: `m4m user reset-password`). Every other session
    /// ends.
    pub async fn set_password(
        &self,
        actor: Option<i64>,
        user_id: i64,
        password_hash: &str,
        keep: Option<&str>,
    ) -> Result<(), StoreError> {
        let mut tx = self.audited(actor).await?;
        set_password_in(&mut tx, user_id, password_hash, keep).await?;
        let how = if actor == Some(user_id) { "own" } else { "operator" };
        tx.commit("user.password_change", &format!("user:{user_id}"), how).await
    }
}
