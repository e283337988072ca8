//! Check-ins (step 9): when one is due for a pair, and the answers.

use m4m_domain::checkin::{Answer, Cadence};
use m4m_domain::programme::format_date;
use sqlx::Row;
use time::Date;

use crate::{Store, StoreError, now};

/// An answered check-in.
#[derive(Debug, Clone)]
pub struct Answered {
    pub participant_id: i64,
    pub first_name: String,
    pub due_on: String,
    pub answer: Answer,
    pub answered_at: i64,
}

impl Store {
    /// The check-in cadence of a programme.
    pub async fn checkin_cadence(&self, programme_id: i64) -> Result<Cadence, StoreError> {
        let r = sqlx::query("SELECT checkin_first_days, checkin_every_days FROM programmes WHERE id = $1")
            .bind(programme_id)
            .fetch_one(self.pool())
            .await?;
        Ok(Cadence { first_days: r.try_get("checkin_first_days")?, every_days: r.try_get("checkin_every_days")? })
    }

    /// Whether a member answered the check-in due on `due`.
    pub async fn checkin_answered(&self, pair: i64, participant: i64, due: Date) -> Result<bool, StoreError> {
        let n: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM checkins WHERE pair_id = $1 AND participant_id = $2 AND due_on = $3",
        )
        .bind(pair)
        .bind(participant)
        .bind(format_date(due))
        .fetch_one(self.pool())
        .await?;
        Ok(n > 0)
    }

    /// Records a member's answer; [`StoreError::Taken`] when they already
    /// answered that check-in.
    pub async fn record_checkin(
        &self,
        actor: i64,
        pair: i64,
        participant: i64,
        due: Date,
        a: &Answer,
    ) -> Result<(), StoreError> {
        let mut tx = self.audited(actor).await?;
        sqlx::query(
            "INSERT INTO checkins (pair_id, participant_id, due_on, satisfaction, met, helped, difficult, answered_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(pair)
        .bind(participant)
        .bind(format_date(due))
        .bind(a.satisfaction)
        .bind(&a.met)
        .bind(&a.helped)
        .bind(&a.difficult)
        .bind(now())
        .execute(&mut *tx)
        .await?;
        // On the answering person's own record: the other member's access
        // log does not learn that (or by whom) a check-in was answered.
        tx.commit("checkin.answer", &format!("participant:{participant}"), &a.satisfaction.to_string()).await
    }

    /// The check-ins answered in a pair, newest first.
    pub async fn checkins_of_pair(&self, pair: i64) -> Result<Vec<Answered>, StoreError> {
        let rows = sqlx::query(
            "SELECT c.participant_id, p.first_name, c.due_on, c.satisfaction, c.met, c.helped, c.difficult, c.answered_at \
             FROM checkins c JOIN participants p ON p.id = c.participant_id WHERE c.pair_id = $1 \
             ORDER BY c.answered_at DESC, c.id DESC",
        )
        .bind(pair)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok(Answered {
                    participant_id: r.try_get("participant_id")?,
                    first_name: r.try_get("first_name")?,
                    due_on: r.try_get("due_on")?,
                    answer: Answer {
                        satisfaction: r.try_get("satisfaction")?,
                        met: r.try_get("met")?,
                        helped: r.try_get("helped")?,
                        difficult: r.try_get("difficult")?,
                    },
                    answered_at: r.try_get("answered_at")?,
                })
            })
            .collect()
    }
}
