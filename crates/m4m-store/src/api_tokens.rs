//! Bearer tokens for the JSON API: made by a person in their settings or
//! by `m4m token create`, shown once, kept as SHA-256, revocable. A token
//! acts with its owner's rights and dies with their account.

use sqlx::Row;

use crate::accounts::{new_token, token_hash};
use crate::{Store, StoreError, now};

/// What a token looks like: a prefix that secret scanners can recognise,
/// then 64 hex digits.
pub const PREFIX: &str = "m4m_";

/// A token as its owner lists it (never the token itself).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiToken {
    pub id: i64,
    pub name: String,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
    pub revoked_at: Option<i64>,
}

impl Store {
    /// Makes a token for `user_id`; returns it (shown once) and its id.
    pub async fn create_api_token(
        &self,
        actor: Option<i64>,
        user_id: i64,
        name: &str,
    ) -> Result<(String, i64), StoreError> {
        let token = format!("{PREFIX}{}", new_token());
        let mut tx = self.audited(actor).await?;
        let row = sqlx::query(
            "INSERT INTO api_tokens (user_id, name, token_hash, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(user_id)
        .bind(name)
        .bind(token_hash(&token))
        .bind(now())
        .fetch_one(&mut *tx)
        .await?;
        let id: i64 = row.try_get("id")?;
        tx.commit("api_token.create", &format!("user:{user_id}"), &format!("api_token:{id}")).await?;
        Ok((token, id))
    }

    /// The tokens of an account, newest first.
    pub async fn api_tokens(&self, user_id: i64) -> Result<Vec<ApiToken>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, name, created_at, last_used_at, revoked_at FROM api_tokens WHERE user_id = $1 ORDER BY id DESC",
        )
        .bind(user_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(ApiToken {
                    id: r.try_get("id")?,
                    name: r.try_get("name")?,
                    created_at: r.try_get("created_at")?,
                    last_used_at: r.try_get("last_used_at")?,
                    revoked_at: r.try_get("revoked_at")?,
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(Into::into)
    }

    /// Revokes one of the account's tokens; `false` when there is no such
    /// live token of theirs.
    pub async fn revoke_api_token(&self, user_id: i64, id: i64) -> Result<bool, StoreError> {
        let mut tx = self.audited(user_id).await?;
        let done =
            sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND user_id = $3 AND revoked_at IS NULL")
                .bind(now())
                .bind(id)
                .bind(user_id)
                .execute(&mut *tx)
                .await?;
        if done.rows_affected() != 1 {
            return Ok(false);
        }
        tx.commit("api_token.revoke", &format!("user:{user_id}"), &format!("api_token:{id}")).await?;
        Ok(true)
    }

    /// The active account behind a live token (its use noted at most once
    /// a minute, to spare a write per request).
    pub async fn api_token_owner(&self, token: &str) -> Result<Option<i64>, StoreError> {
        if !token.starts_with(PREFIX) || token.len() != PREFIX.len() + 64 {
            return Ok(None);
        }
        let hash = token_hash(token);
        let row = sqlx::query(
            "SELECT t.id, t.user_id, t.last_used_at FROM api_tokens t JOIN users u ON u.id = t.user_id \
             WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND u.active = 1",
        )
        .bind(&hash)
        .fetch_optional(self.pool())
        .await?;
        let Some(r) = row else { return Ok(None) };
        let (id, user, last): (i64, i64, Option<i64>) =
            (r.try_get("id")?, r.try_get("user_id")?, r.try_get("last_used_at")?);
        let now = now();
        if last.is_none_or(|l| now - l >= 60) {
            sqlx::query("UPDATE api_tokens SET last_used_at = $1 WHERE id = $2")
                .bind(now)
                .bind(id)
                .execute(self.pool())
                .await?;
        }
        Ok(Some(user))
    }
}
