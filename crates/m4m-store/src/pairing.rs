//! Step 6: from a proposed pair to an active one — both answers, the first
//! meeting, the agreement and its signatures. The pair starts (and both
//! people become active) in the same transaction as the last of these.

use m4m_domain::pairing::{Agreement, Setup};
use m4m_domain::participant::{Kind, Status};
use sqlx::{AnyConnection, Row};

use crate::{Store, StoreError, audit, now, outbox};

/// A pair with everything step 6 records.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairRecord {
    pub id: i64,
    pub programme_id: i64,
    pub organisation_id: i64,
    pub status: String,
    pub mentor_id: i64,
    pub mentee_id: i64,
    pub mentor_user: Option<i64>,
    pub mentee_user: Option<i64>,
    pub mentor_answer: String,
    pub mentee_answer: String,
    pub decline_reason: String,
    pub first_meeting_at: Option<i64>,
    pub first_meeting_place: String,
    pub first_meeting_held_at: Option<i64>,
    pub agreement: Option<Agreement>,
    pub agreement_mentor_at: Option<i64>,
    pub agreement_mentee_at: Option<i64>,
    pub agreement_paper_by: Option<i64>,
    pub decision_note: String,
}

impl PairRecord {
    /// The accounts of both members, for permission checks.
    pub fn related_users(&self) -> Vec<i64> {
        self.mentor_user.into_iter().chain(self.mentee_user).collect()
    }

    /// Which side an account is on.
    pub fn side_of(&self, user_id: i64) -> Option<Kind> {
        if self.mentor_user == Some(user_id) {
            Some(Kind::Mentor)
        } else if self.mentee_user == Some(user_id) {
            Some(Kind::Mentee)
        } else {
            None
        }
    }

    /// What is done on the way to an active pair.
    pub fn setup(&self) -> Setup {
        Setup {
            mentor_accepted: self.mentor_answer == "accepted",
            mentee_accepted: self.mentee_answer == "accepted",
            first_meeting_held: self.first_meeting_held_at.is_some(),
            agreement_written: self.agreement.is_some(),
            mentor_signed: self.agreement_mentor_at.is_some(),
            mentee_signed: self.agreement_mentee_at.is_some(),
            paper_signed: self.agreement_paper_by.is_some(),
        }
    }
}

const SELECT: &str = "SELECT pr.id, pr.programme_id, g.organisation_id, pr.status, pr.mentor_id, pr.mentee_id, \
    b.user_id, n.user_id, pr.mentor_answer, pr.mentee_answer, pr.decline_reason, pr.first_meeting_at, \
    pr.first_meeting_place, pr.first_meeting_held_at, pr.agreement, pr.agreement_mentor_at, pr.agreement_mentee_at, \
    pr.agreement_paper_by, pr.decision_note FROM pairs pr JOIN programmes g ON g.id = pr.programme_id \
    JOIN participants b ON b.id = pr.mentor_id JOIN participants n ON n.id = pr.mentee_id";

async fn load(conn: &mut AnyConnection, id: i64) -> Result<Option<PairRecord>, StoreError> {
    let row = sqlx::query(&format!("{SELECT} WHERE pr.id = $1")).bind(id).fetch_optional(conn).await?;
    let Some(r) = row else { return Ok(None) };
    let agreement: Option<String> = r.try_get(14)?;
    Ok(Some(PairRecord {
        id: r.try_get(0)?,
        programme_id: r.try_get(1)?,
        organisation_id: r.try_get(2)?,
        status: r.try_get(3)?,
        mentor_id: r.try_get(4)?,
        mentee_id: r.try_get(5)?,
        mentor_user: r.try_get(6)?,
        mentee_user: r.try_get(7)?,
        mentor_answer: r.try_get(8)?,
        mentee_answer: r.try_get(9)?,
        decline_reason: r.try_get(10)?,
        first_meeting_at: r.try_get(11)?,
        first_meeting_place: r.try_get(12)?,
        first_meeting_held_at: r.try_get(13)?,
        agreement: agreement
            .map(|a| serde_json::from_str(&a))
            .transpose()
            .map_err(|e| StoreError::Corrupt(e.to_string()))?,
        agreement_mentor_at: r.try_get(15)?,
        agreement_mentee_at: r.try_get(16)?,
        agreement_paper_by: r.try_get(17)?,
        decision_note: r.try_get(18)?,
    }))
}

/// Starts the pair if everything is done: the pair becomes active and both
/// people too, with their status history.
async fn start_if_ready(conn: &mut AnyConnection, actor: i64, id: i64) -> Result<bool, StoreError> {
    let pair = load(conn, id).await?.ok_or(StoreError::NotFound)?;
    if pair.status != "accepted" || !pair.setup().complete() {
        return Ok(false);
    }
    let today = time::OffsetDateTime::now_utc().date();
    sqlx::query("UPDATE pairs SET status = 'active', started_on = $1 WHERE id = $2")
        .bind(m4m_domain::programme::format_date(today))
        .bind(id)
        .execute(&mut *conn)
        .await?;
    for person in [pair.mentor_id, pair.mentee_id] {
        let from: String = sqlx::query("SELECT status FROM participants WHERE id = $1")
            .bind(person)
            .fetch_one(&mut *conn)
            .await?
            .try_get(0)?;
        if from == Status::Active.as_str() {
            continue;
        }
        crate::registration::move_in(conn, Some(actor), person, &from, Status::Active, "").await?;
    }
    audit::record(conn, Some(actor), "pair.start", &format!("pair:{id}"), "").await?;
    Ok(true)
}

impl Store {
    /// One pair.
    pub async fn pair_record(&self, id: i64) -> Result<Option<PairRecord>, StoreError> {
        let mut conn = self.pool().acquire().await?;
        load(&mut conn, id).await
    }

    /// The pairs waiting for something from an account: a proposal to
    /// answer, an agreement to accept.
    pub async fn pending_pairs_of_user(&self, user_id: i64) -> Result<Vec<PairRecord>, StoreError> {
        let rows = sqlx::query(&format!(
            "{SELECT} WHERE (b.user_id = $1 OR n.user_id = $1) AND pr.status IN ('proposed', 'accepted') ORDER BY pr.id"
        ))
        .bind(user_id)
        .fetch_all(self.pool())
        .await?;
        let mut conn = self.pool().acquire().await?;
        let mut out = Vec::new();
        for r in rows {
            if let Some(p) = load(&mut conn, r.try_get(0)?).await? {
                out.push(p);
            }
        }
        Ok(out)
    }

    /// An answer to a proposal by one side. A decline closes the proposal
    /// (both return to the pool); two acceptances make the pair accepted.
    pub async fn answer_proposal(
        &self,
        actor: i64,
        id: i64,
        side: Kind,
        accept: bool,
        reason: &str,
    ) -> Result<(), StoreError> {
        let mut tx = self.pool().begin().await?;
        let column = match side {
            Kind::Mentor => "mentor_answer",
            Kind::Mentee => "mentee_answer",
        };
        let answer = if accept { "accepted" } else { "declined" };
        let n = sqlx::query(&format!(
            "UPDATE pairs SET {column} = $1 WHERE id = $2 AND status = 'proposed' AND {column} = ''"
        ))
        .bind(answer)
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if n != 1 {
            return Err(StoreError::Conflict);
        }
        if !accept {
            sqlx::query("UPDATE pairs SET status = 'declined', decline_reason = $1 WHERE id = $2")
                .bind(reason)
                .bind(id)
                .execute(&mut *tx)
                .await?;
        } else {
            sqlx::query(
                "UPDATE pairs SET status = 'accepted' WHERE id = $1 AND mentor_answer = 'accepted' AND mentee_answer = 'accepted'",
            )
            .bind(id)
            .execute(&mut *tx)
            .await?;
        }
        audit::record(&mut tx, Some(actor), &format!("pair.{answer}"), &format!("pair:{id}"), "").await?;
        tx.commit().await?;
        Ok(())
    }

    /// Schedules the first meeting, facilitated by `actor`.
    pub async fn schedule_first_meeting(&self, actor: i64, id: i64, at: i64, place: &str) -> Result<(), StoreError> {
        let mut tx = self.pool().begin().await?;
        sqlx::query(
            "UPDATE pairs SET first_meeting_at = $1, first_meeting_place = $2, facilitator_user_id = $3 WHERE id = $4 \
             AND status IN ('proposed', 'accepted')",
        )
        .bind(at)
        .bind(place)
        .bind(actor)
        .bind(id)
        .execute(&mut *tx)
        .await?;
        audit::record(&mut tx, Some(actor), "pair.first_meeting", &format!("pair:{id}"), "").await?;
        tx.commit().await?;
        Ok(())
    }

    /// Records the first meeting as held; starts the pair if all is done.
    pub async fn first_meeting_held(&self, actor: i64, id: i64) -> Result<bool, StoreError> {
        let mut tx = self.pool().begin().await?;
        let n = sqlx::query("UPDATE pairs SET first_meeting_held_at = $1 WHERE id = $2 AND status = 'accepted'")
            .bind(now())
            .bind(id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if n != 1 {
            return Err(StoreError::Conflict);
        }
        audit::record(&mut tx, Some(actor), "pair.first_meeting_held", &format!("pair:{id}"), "").await?;
        let started = start_if_ready(&mut tx, actor, id).await?;
        tx.commit().await?;
        Ok(started)
    }

    /// Writes (or rewrites) the agreement; a changed agreement must be
    /// accepted again by both.
    pub async fn save_agreement(&self, actor: i64, id: i64, agreement: &Agreement) -> Result<(), StoreError> {
        let json = serde_json::to_string(agreement).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        let mut tx = self.pool().begin().await?;
        let n = sqlx::query(
            "UPDATE pairs SET agreement = $1, agreement_mentor_at = NULL, agreement_mentee_at = NULL, agreement_paper_by = NULL \
             WHERE id = $2 AND status = 'accepted'",
        )
        .bind(json)
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if n != 1 {
            return Err(StoreError::Conflict);
        }
        audit::record(&mut tx, Some(actor), "pair.agreement", &format!("pair:{id}"), "").await?;
        tx.commit().await?;
        Ok(())
    }

    /// One side accepts the agreement in the app, or (`side` `None`) staff
    /// record that it was signed on paper. Starts the pair if all is done.
    pub async fn sign_agreement(&self, actor: i64, id: i64, side: Option<Kind>) -> Result<bool, StoreError> {
        let mut tx = self.pool().begin().await?;
        let sql = match side {
            Some(Kind::Mentor) => {
                "UPDATE pairs SET agreement_mentor_at = $1 WHERE id = $2 AND agreement IS NOT NULL AND status = 'accepted'"
            }
            Some(Kind::Mentee) => {
                "UPDATE pairs SET agreement_mentee_at = $1 WHERE id = $2 AND agreement IS NOT NULL AND status = 'accepted'"
            }
            None => {
                "UPDATE pairs SET agreement_paper_by = $1 WHERE id = $2 AND agreement IS NOT NULL AND status = 'accepted'"
            }
        };
        let value = if side.is_some() { now() } else { actor };
        let n = sqlx::query(sql).bind(value).bind(id).execute(&mut *tx).await?.rows_affected();
        if n != 1 {
            return Err(StoreError::Conflict);
        }
        let how = side.map_or("paper", Kind::as_str);
        audit::record(&mut tx, Some(actor), "pair.agreement_signed", &format!("pair:{id}"), how).await?;
        let started = start_if_ready(&mut tx, actor, id).await?;
        tx.commit().await?;
        Ok(started)
    }

    /// The pairs of a programme on their way to starting (proposed or
    /// accepted): id, newcomer's and buddy's names, status.
    pub async fn pairs_in_setup(&self, programme_id: i64) -> Result<Vec<(i64, String, String, String)>, StoreError> {
        self.programme_pairs(programme_id, &["proposed", "accepted"]).await
    }

    /// The pairs of a programme at the given statuses: id, newcomer's and
    /// buddy's names, status.
    pub async fn programme_pairs(
        &self,
        programme_id: i64,
        statuses: &[&str],
    ) -> Result<Vec<(i64, String, String, String)>, StoreError> {
        let sql = format!(
            "SELECT pr.id, n.first_name, n.last_name, b.first_name, b.last_name, pr.status FROM pairs pr \
             JOIN participants b ON b.id = pr.mentor_id JOIN participants n ON n.id = pr.mentee_id \
             WHERE pr.programme_id = $1 AND pr.status IN ({}) ORDER BY pr.id",
            crate::programmes::placeholders(2, statuses.len())
        );
        let mut q = sqlx::query(&sql).bind(programme_id);
        for s in statuses {
            q = q.bind(*s);
        }
        let rows = q.fetch_all(self.pool()).await?;
        rows.iter()
            .map(|r| {
                let mentee = format!("{} {}", r.try_get::<String, _>(1)?, r.try_get::<String, _>(2)?);
                let mentor = format!("{} {}", r.try_get::<String, _>(3)?, r.try_get::<String, _>(4)?);
                Ok((r.try_get(0)?, mentee.trim().to_owned(), mentor.trim().to_owned(), r.try_get(5)?))
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(Into::into)
    }

    /// Queues a message in the outbox.
    pub async fn queue_message(&self, recipient: &str, subject: &str, body: &str) -> Result<(), StoreError> {
        let mut conn = self.pool().acquire().await?;
        outbox::queue(&mut conn, recipient, subject, body).await
    }
}
