//! Two-factor authentication: each person's TOTP secret, their recovery
//! codes (stored as SHA-256), and the log-in challenges between the
//! password and the code. The codes themselves are computed and checked
//! in `m4m_domain::two_factor`.

use m4m_domain::two_factor::{RECOVERY_CODES, normalise_recovery_code, recovery_code};
use rand::RngCore;
use sqlx::Row;

use crate::accounts::{new_token, token_hash};
use crate::{Store, StoreError, now};

/// How long the code page waits after the password, in seconds.
pub const CHALLENGE_SECS: i64 = 5 * 60;

/// How many wrong codes end a challenge (the password is asked again).
pub const CHALLENGE_TRIES: i64 = 5;

/// A person's second factor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TwoFactor {
    pub secret: Vec<u8>,
    /// `None` while being set up.
    pub confirmed_at: Option<i64>,
    /// The last step whose code was used.
    pub last_step: i64,
}

/// A password accepted, waiting for the second factor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Challenge {
    pub user_id: i64,
    /// Where to go after log-in.
    pub next: String,
}

impl Store {
    /// The second factor of an account, set up or being set up.
    pub async fn two_factor(&self, user_id: i64) -> Result<Option<TwoFactor>, StoreError> {
        let row = sqlx::query("SELECT secret, confirmed_at, last_step FROM two_factor WHERE user_id = $1")
            .bind(user_id)
            .fetch_optional(self.pool())
            .await?;
        let Some(r) = row else { return Ok(None) };
        let secret: String = r.try_get("secret")?;
        Ok(Some(TwoFactor {
            secret: m4m_domain::two_factor::from_base32(&secret).unwrap_or_default(),
            confirmed_at: r.try_get("confirmed_at")?,
            last_step: r.try_get("last_step")?,
        }))
    }

    /// Starts setting up a second factor with a new random secret
    /// (replacing one not yet confirmed); returns the secret.
    pub async fn begin_two_factor(&self, user_id: i64) -> Result<Vec<u8>, StoreError> {
        let mut secret = vec![0u8; 20];
        rand::rngs::OsRng.fill_bytes(&mut secret);
        sqlx::query(
            "INSERT INTO two_factor (user_id, secret, created_at, confirmed_at, last_step) VALUES ($1, $2, $3, NULL, 0) \
             ON CONFLICT (user_id) DO UPDATE SET secret = $2, created_at = $3, confirmed_at = NULL, last_step = 0 \
             WHERE two_factor.confirmed_at IS NULL",
        )
        .bind(user_id)
        .bind(m4m_domain::two_factor::base32(&secret))
        .bind(now())
        .execute(self.pool())
        .await?;
        Ok(self.two_factor(user_id).await?.map(|t| t.secret).unwrap_or(secret))
    }

    /// The set-up is confirmed by a code of `step`: from now on the second
    /// factor is asked at log-in. Returns the recovery codes, shown once.
    pub async fn confirm_two_factor(&self, user_id: i64, step: i64) -> Result<Vec<String>, StoreError> {
        let mut tx = self.audited(user_id).await?;
        let done = sqlx::query(
            "UPDATE two_factor SET confirmed_at = $1, last_step = $2 WHERE user_id = $3 AND confirmed_at IS NULL",
        )
        .bind(now())
        .bind(step)
        .bind(user_id)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() != 1 {
            return Err(StoreError::Conflict);
        }
        let codes = replace_recovery_codes(&mut tx, user_id).await?;
        tx.commit("two_factor.enable", &format!("user:{user_id}"), "").await?;
        Ok(codes)
    }

    /// Records that the code of `step` was used; `false` when it (or a
    /// later one) was used already.
    pub async fn use_step(&self, user_id: i64, step: i64) -> Result<bool, StoreError> {
        let done = sqlx::query("UPDATE two_factor SET last_step = $1 WHERE user_id = $2 AND last_step < $1")
            .bind(step)
            .bind(user_id)
            .execute(self.pool())
            .await?;
        Ok(done.rows_affected() == 1)
    }

    /// New recovery codes in place of the old ones; shown once.
    pub async fn new_recovery_codes(&self, user_id: i64) -> Result<Vec<String>, StoreError> {
        let mut tx = self.audited(user_id).await?;
        let codes = replace_recovery_codes(&mut tx, user_id).await?;
        tx.commit("two_factor.recovery_codes", &format!("user:{user_id}"), "").await?;
        Ok(codes)
    }

    /// Uses a recovery code; `false` when it is wrong or used.
    pub async fn use_recovery_code(&self, user_id: i64, typed: &str) -> Result<bool, StoreError> {
        let normalised = normalise_recovery_code(typed);
        if normalised.len() != 16 {
            return Ok(false);
        }
        let mut tx = self.audited(user_id).await?;
        let done = sqlx::query(
            "UPDATE recovery_codes SET used_at = $1 WHERE user_id = $2 AND code_hash = $3 AND used_at IS NULL",
        )
        .bind(now())
        .bind(user_id)
        .bind(token_hash(&normalised))
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() != 1 {
            return Ok(false);
        }
        tx.commit("two_factor.recovery_code_used", &format!("user:{user_id}"), "").await?;
        Ok(true)
    }

    /// How many recovery codes are left unused.
    pub async fn recovery_codes_left(&self, user_id: i64) -> Result<i64, StoreError> {
        let row = sqlx::query("SELECT COUNT(*) AS n FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL")
            .bind(user_id)
            .fetch_one(self.pool())
            .await?;
        Ok(row.try_get("n")?)
    }

    /// Removes an account's second factor and recovery codes (`m4m user
    /// reset-two-factor`, for a lost phone and lost codes); `actor` is who
    /// did it, `None` for the command line.
    pub async fn reset_two_factor(&self, actor: Option<i64>, user_id: i64) -> Result<bool, StoreError> {
        let mut tx = self.audited(actor).await?;
        let done = sqlx::query("DELETE FROM two_factor WHERE user_id = $1").bind(user_id).execute(&mut *tx).await?;
        sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1").bind(user_id).execute(&mut *tx).await?;
        tx.commit("two_factor.reset", &format!("user:{user_id}"), "").await?;
        Ok(done.rows_affected() == 1)
    }

    /// Opens the wait for a second factor after a right password; returns
    /// the token for the browser.
    pub async fn open_challenge(&self, user_id: i64, next: &str) -> Result<String, StoreError> {
        let token = new_token();
        sqlx::query("DELETE FROM login_challenges WHERE created_at < $1")
            .bind(now() - CHALLENGE_SECS)
            .execute(self.pool())
            .await?;
        sqlx::query("INSERT INTO login_challenges (token_hash, user_id, next, created_at) VALUES ($1, $2, $3, $4)")
            .bind(token_hash(&token))
            .bind(user_id)
            .bind(next)
            .bind(now())
            .execute(self.pool())
            .await?;
        Ok(token)
    }

    /// The live challenge behind a browser's token.
    pub async fn challenge(&self, token: &str) -> Result<Option<Challenge>, StoreError> {
        self.live_challenge(
            "SELECT user_id, next FROM login_challenges WHERE token_hash = $1 AND created_at >= $2 AND attempts < $3",
            token,
        )
        .await
    }

    /// Runs `sql` on the live challenge of `token` (`$1` its hash, `$2` the
    /// oldest time still live, `$3` the tries), reading back `user_id` and
    /// `next`.
    async fn live_challenge(&self, sql: &str, token: &str) -> Result<Option<Challenge>, StoreError> {
        let row = sqlx::query(sql)
            .bind(token_hash(token))
            .bind(now() - CHALLENGE_SECS)
            .bind(CHALLENGE_TRIES)
            .fetch_optional(self.pool())
            .await?;
        Ok(match row {
            Some(r) => Some(Challenge { user_id: r.try_get("user_id")?, next: r.try_get("next")? }),
            None => None,
        })
    }

    /// Takes one try of a live challenge before its code is checked, in
    /// one statement: of any number of simultaneous codes sent on one
    /// challenge, only as many as it has tries are checked. `None` when
    /// the challenge is over (expired, used up, or passed).
    pub async fn take_challenge_try(&self, token: &str) -> Result<Option<Challenge>, StoreError> {
        self.live_challenge(
            "UPDATE login_challenges SET attempts = attempts + 1 \
             WHERE token_hash = $1 AND created_at >= $2 AND attempts < $3 RETURNING user_id, next",
            token,
        )
        .await
    }

    /// Ends a challenge (passed, or given up).
    pub async fn close_challenge(&self, token: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM login_challenges WHERE token_hash = $1")
            .bind(token_hash(token))
            .execute(self.pool())
            .await?;
        Ok(())
    }
}

async fn replace_recovery_codes(conn: &mut sqlx::AnyConnection, user_id: i64) -> Result<Vec<String>, StoreError> {
    sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1").bind(user_id).execute(&mut *conn).await?;
    let mut codes = Vec::with_capacity(RECOVERY_CODES);
    for _ in 0..RECOVERY_CODES {
        let mut random = [0u8; 10];
        rand::rngs::OsRng.fill_bytes(&mut random);
        let code = recovery_code(&random);
        sqlx::query("INSERT INTO recovery_codes (user_id, code_hash, created_at) VALUES ($1, $2, $3)")
            .bind(user_id)
            .bind(token_hash(&normalise_recovery_code(&code)))
            .bind(now())
            .execute(&mut *conn)
            .await?;
        codes.push(code);
    }
    Ok(codes)
}
