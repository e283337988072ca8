//! The goals of a pair and their attainment over time (step 9).

use m4m_domain::goal::Attainment;
use m4m_domain::pairing::Agreement;
use sqlx::{AnyConnection, Row};

use crate::{Store, StoreError, now};

/// One record of where a goal stands.
#[derive(Debug, Clone)]
pub struct Progress {
    pub score: Attainment,
    pub comment: String,
    pub by: String,
    pub at: i64,
}

/// A goal with its history, oldest record first.
#[derive(Debug, Clone)]
pub struct PairGoal {
    pub id: i64,
    pub pair_id: Option<i64>,
    pub participant_id: i64,
    pub area: String,
    pub title: String,
    pub history: Vec<Progress>,
}

impl PairGoal {
    /// The latest score, if any.
    pub fn latest(&self) -> Option<Attainment> {
        self.history.last().map(|p| p.score)
    }
}

/// Gives the newcomer of a pair that starts the goals of its agreement
/// (once: a pair that already has goals keeps them).
pub(crate) async fn goals_from_agreement(
    conn: &mut AnyConnection,
    pair: i64,
    newcomer: i64,
    agreement: &Agreement,
) -> Result<(), StoreError> {
    let existing: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM goals WHERE pair_id = $1").bind(pair).fetch_one(&mut *conn).await?;
    if existing > 0 {
        return Ok(());
    }
    for (area, title) in m4m_domain::goal::from_agreement(agreement) {
        sqlx::query(
            "INSERT INTO goals (participant_id, pair_id, area, title, progress, created_at) VALUES ($1, $2, $3, $4, 0, $5)",
        )
        .bind(newcomer)
        .bind(pair)
        .bind(&area)
        .bind(&title)
        .bind(now())
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

impl Store {
    /// The goals of a pair (or, with `participant`, of a newcomer), with
    /// their history.
    async fn goals_where(&self, condition: &str, id: i64) -> Result<Vec<PairGoal>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT g.id, g.pair_id, g.participant_id, g.area, g.title FROM goals g WHERE {condition} ORDER BY g.id"
        ))
        .bind(id)
        .fetch_all(self.pool())
        .await?;
        let history = sqlx::query(&format!(
            "SELECT p.goal_id, p.score, p.comment, COALESCE(u.display_name, '') AS by_name, p.recorded_at \
             FROM goal_progress p JOIN goals g ON g.id = p.goal_id LEFT JOIN users u ON u.id = p.recorded_by \
             WHERE {condition} ORDER BY p.recorded_at, p.id"
        ))
        .bind(id)
        .fetch_all(self.pool())
        .await?;
        let mut goals = rows
            .iter()
            .map(|r| {
                Ok(PairGoal {
                    id: r.try_get("id")?,
                    pair_id: r.try_get("pair_id")?,
                    participant_id: r.try_get("participant_id")?,
                    area: r.try_get("area")?,
                    title: r.try_get("title")?,
                    history: Vec::new(),
                })
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        for h in &history {
            let goal: i64 = h.try_get("goal_id")?;
            let score: i64 = h.try_get("score")?;
            let score = Attainment::from_stored(score)
                .ok_or_else(|| StoreError::corrupt("goal_progress.score", &score.to_string()))?;
            if let Some(g) = goals.iter_mut().find(|g| g.id == goal) {
                g.history.push(Progress {
                    score,
                    comment: h.try_get("comment")?,
                    by: h.try_get("by_name")?,
                    at: h.try_get("recorded_at")?,
                });
            }
        }
        Ok(goals)
    }

    /// The goals of a pair.
    pub async fn pair_goals(&self, pair: i64) -> Result<Vec<PairGoal>, StoreError> {
        self.goals_where("g.pair_id = $1", pair).await
    }

    /// The goals of the newcomer records of an account.
    pub async fn goals_of_account(&self, user_id: i64) -> Result<Vec<PairGoal>, StoreError> {
        self.goals_where("g.participant_id IN (SELECT id FROM participants WHERE user_id = $1)", user_id).await
    }

    /// The pair a goal belongs to, if any.
    pub async fn goal_pair(&self, goal: i64) -> Result<Option<Option<i64>>, StoreError> {
        let row = sqlx::query("SELECT pair_id FROM goals WHERE id = $1").bind(goal).fetch_optional(self.pool()).await?;
        Ok(row.map(|r| r.try_get("pair_id")).transpose()?)
    }

    /// Records where a goal stands.
    pub async fn record_goal_progress(
        &self,
        actor: i64,
        goal: i64,
        score: Attainment,
        comment: &str,
    ) -> Result<(), StoreError> {
        let mut tx = self.audited(actor).await?;
        sqlx::query(
            "INSERT INTO goal_progress (goal_id, score, comment, recorded_by, recorded_at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(goal)
        .bind(score.value())
        .bind(comment)
        .bind(actor)
        .bind(now())
        .execute(&mut *tx)
        .await?;
        tx.commit("goal.progress", &format!("goal:{goal}"), &score.value().to_string()).await
    }
}
