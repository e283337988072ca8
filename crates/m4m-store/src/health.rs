//! What the server reports about its database to its operators (the
//! figures of `/metrics`): the connection pool and the outbox's backlog.

use crate::{Store, StoreError, now};

/// The connection pool at one moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PoolStats {
    /// Connections open.
    pub size: u32,
    /// Of those, waiting for work.
    pub idle: u32,
    /// The most the pool opens.
    pub max: u32,
}

/// The messages waiting in the outbox.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OutboxDepth {
    pub unsent: i64,
    /// Seconds since the oldest waiting message was queued (0: none waits).
    pub oldest_age_secs: i64,
    /// Messages given up after their tries or a refusal for good.
    pub failed: i64,
}

impl Store {
    /// The connection pool now.
    pub fn pool_stats(&self) -> PoolStats {
        let pool = self.pool();
        PoolStats {
            size: pool.size(),
            idle: u32::try_from(pool.num_idle()).unwrap_or(u32::MAX),
            max: pool.options().get_max_connections(),
        }
    }

    /// How many messages wait in the outbox, and since when.
    pub async fn outbox_depth(&self) -> Result<OutboxDepth, StoreError> {
        let (unsent, oldest): (i64, Option<i64>) =
            sqlx::query_as("SELECT COUNT(*), MIN(created_at) FROM outbox WHERE sent_at IS NULL AND failed_at IS NULL")
                .fetch_one(self.pool())
                .await?;
        let failed: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE failed_at IS NOT NULL")
            .fetch_one(self.pool())
            .await?;
        Ok(OutboxDepth { unsent, oldest_age_secs: oldest.map_or(0, |t| (now() - t).max(0)), failed })
    }
}
