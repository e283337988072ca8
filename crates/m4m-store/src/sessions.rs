//! Log-in sessions, kept in the database so that several application
//! servers can share one PostgreSQL, and the log-in attempts that
//! throttling counts.

use sqlx::Row;

use crate::accounts::{ACCOUNT_COLUMNS, ACCOUNT_JOINS, Account, account, new_token, token_hash};
use crate::{Store, StoreError, now};

/// A live log-in session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoginSession {
    /// The hash that identifies it in the database.
    pub id: String,
    pub user_id: i64,
    /// The synchroniser token that every form of this session carries.
    pub csrf_token: String,
    pub created_at: i64,
    pub last_seen_at: i64,
}

/// How long a session lives.
#[derive(Debug, Clone, Copy)]
pub struct SessionLimits {
    /// Ends after this long without a request.
    pub idle_secs: i64,
    /// Ends this long after log-in, whatever happens.
    pub absolute_secs: i64,
}

impl Default for SessionLimits {
    fn default() -> Self {
        SessionLimits { idle_secs: 30 * 60, absolute_secs: 12 * 3600 }
    }
}

impl Store {
    /// Opens a session for `user_id` and returns its secret token (the
    /// cookie's value). A new token at every log-in: a session id planted
    /// before log-in is worth nothing after it.
    pub async fn open_session(&self, user_id: i64) -> Result<(String, LoginSession), StoreError> {
        let token = new_token();
        let now = now();
        let session = LoginSession {
            id: token_hash(&token),
            user_id,
            csrf_token: new_token(),
            created_at: now,
            last_seen_at: now,
        };
        let mut tx = self.audited(user_id).await?;
        sqlx::query("INSERT INTO login_sessions (id, user_id, csrf_token, created_at, last_seen_at) VALUES ($1, $2, $3, $4, $4)")
            .bind(&session.id)
            .bind(user_id)
            .bind(&session.csrf_token)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        tx.commit("login", &format!("user:{user_id}"), "").await?;
        Ok((token, session))
    }

    /// The live session behind a cookie's token, with its account, in
    /// one query (every signed-in request asks). An expired session is
    /// deleted and reads as none, as does one whose account is
    /// deactivated; a live one is touched (at most once a minute, to spare
    /// the database a write per request).
    pub async fn session(
        &self,
        token: &str,
        limits: SessionLimits,
    ) -> Result<Option<(LoginSession, Account)>, StoreError> {
        let id = token_hash(token);
        let sql = format!(
            "SELECT s.id, s.csrf_token, s.created_at, s.last_seen_at, {ACCOUNT_COLUMNS} \
             FROM login_sessions s JOIN users u ON u.id = s.user_id {ACCOUNT_JOINS} \
             WHERE s.id = $1 AND u.active = 1 ORDER BY m.id"
        );
        let rows = sqlx::query(&sql).bind(&id).fetch_all(self.pool()).await?;
        let (Some(r), Some(account)) = (rows.first(), account(&rows)?) else { return Ok(None) };
        let session = LoginSession {
            id: r.try_get("id")?,
            user_id: account.user.id,
            csrf_token: r.try_get("csrf_token")?,
            created_at: r.try_get("created_at")?,
            last_seen_at: r.try_get("last_seen_at")?,
        };
        let now = now();
        if now - session.last_seen_at > limits.idle_secs || now - session.created_at > limits.absolute_secs {
            self.close_session(&session.id).await?;
            return Ok(None);
        }
        if now - session.last_seen_at >= 60 {
            sqlx::query("UPDATE login_sessions SET last_seen_at = $1 WHERE id = $2")
                .bind(now)
                .bind(&session.id)
                .execute(self.pool())
                .await?;
        }
        Ok(Some((session, account)))
    }

    /// Ends a session (log-out).
    pub async fn close_session(&self, id: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM login_sessions WHERE id = $1").bind(id).execute(self.pool()).await?;
        Ok(())
    }

    /// Deletes the sessions that expired, and log-in attempts and reset
    /// links older than a day (run now and then by the server).
    pub async fn purge_expired(&self, limits: SessionLimits) -> Result<u64, StoreError> {
        let now = now();
        let n = sqlx::query("DELETE FROM login_sessions WHERE last_seen_at < $1 OR created_at < $2")
            .bind(now - limits.idle_secs)
            .bind(now - limits.absolute_secs)
            .execute(self.pool())
            .await?
            .rows_affected();
        sqlx::query("DELETE FROM login_attempts WHERE at < $1").bind(now - 24 * 3600).execute(self.pool()).await?;
        sqlx::query("DELETE FROM password_resets WHERE created_at < $1")
            .bind(now - 24 * 3600)
            .execute(self.pool())
            .await?;
        Ok(n)
    }

    /// Records a log-in attempt for throttling.
    pub async fn record_login_attempt(&self, email: &str, client: &str, success: bool) -> Result<(), StoreError> {
        sqlx::query("INSERT INTO login_attempts (email, client, at, success) VALUES ($1, $2, $3, $4)")
            .bind(email)
            .bind(client)
            .bind(now())
            .bind(i64::from(success))
            .execute(self.pool())
            .await?;
        Ok(())
    }

    /// Reserves a log-in attempt before the password is checked: the
    /// attempt counts as a failure until [`Store::login_succeeded`] says
    /// otherwise. Returns its id and the failures in the last
    /// `window_secs` for this e-mail and for this client, this one
    /// included, up to it: whoever reserves the sixth attempt is the sixth,
    /// however many arrive at the same moment (the reservation and the
    /// count are one transaction, serialised per e-mail).
    pub async fn reserve_login_attempt(
        &self,
        email: &str,
        client: &str,
        window_secs: i64,
    ) -> Result<(i64, i64, i64), StoreError> {
        let at = now();
        let mut tx = self.begin_write().await?;
        if self.backend() == crate::Backend::Postgres {
            // SQLite holds its one write lock from the insert to the
            // commit; PostgreSQL serialises the attempts on one e-mail here.
            sqlx::query("SELECT pg_advisory_xact_lock(hashtext($1))::TEXT").bind(email).execute(&mut *tx).await?;
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO login_attempts (email, client, at, success) VALUES ($1, $2, $3, 0) RETURNING id",
        )
        .bind(email)
        .bind(client)
        .bind(at)
        .fetch_one(&mut *tx)
        .await?;
        let row = sqlx::query(
            "SELECT \
               (SELECT COUNT(*) FROM login_attempts WHERE email = $1 AND at > $3 AND success = 0 AND id <= $4) AS by_email, \
               (SELECT COUNT(*) FROM login_attempts WHERE client = $2 AND at > $3 AND success = 0 AND id <= $4) AS by_client",
        )
        .bind(email)
        .bind(client)
        .bind(at - window_secs)
        .bind(id)
        .fetch_one(&mut *tx)
        .await?;
        let counts = (row.try_get("by_email")?, row.try_get("by_client")?);
        tx.commit().await?;
        Ok((id, counts.0, counts.1))
    }

    /// The reserved attempt was a right password: it no longer counts.
    pub async fn login_succeeded(&self, attempt: i64) -> Result<(), StoreError> {
        sqlx::query("UPDATE login_attempts SET success = 1 WHERE id = $1").bind(attempt).execute(self.pool()).await?;
        Ok(())
    }
}
