//! Step 10, the end of a pair: closing it (its planned sessions cancelled,
//! each member back in the pool, alumni, or still in another pair) and the
//! exit questionnaire both members answer afterwards.

use m4m_domain::closing::{Closing, ExitAnswer, status_after};
use m4m_domain::pairing::PairChange;
use m4m_domain::participant::{Kind, Status};
use m4m_domain::programme::format_date;
use sqlx::{AnyConnection, Row};

use crate::pairing::{Pair, check, load, open_statuses, pairs_where, refresh_step};
use crate::{Store, StoreError, now};

/// How many open pairs a person has, leaving out `except` (the pair being
/// closed; pair ids start at 1, so 0 leaves out none).
pub(crate) async fn open_pairs(
    conn: &mut AnyConnection,
    participant: i64,
    except: Option<i64>,
) -> Result<i64, StoreError> {
    let open = open_statuses();
    Ok(sqlx::query_scalar(&format!(
        "SELECT COUNT(*) FROM pairs WHERE (mentor_id = $1 OR mentee_id = $1) AND id <> $2 AND status IN ({open})"
    ))
    .bind(participant)
    .bind(except.unwrap_or(0))
    .fetch_one(conn)
    .await?)
}

impl Store {
    /// Closes an open pair (checked by [`PairChange::Close`]): its status
    /// and how it closed, its planned sessions cancelled (deleted: they
    /// never took place), and each member moved to what
    /// [`status_after`] says, with their status history — all with one
    /// audit line, or nothing. Check-ins and reminders stop with the
    /// pair's status. Returns how many planned sessions were cancelled.
    pub async fn close_pair(&self, actor: i64, id: i64, closing: &Closing) -> Result<u64, StoreError> {
        let mut tx = self.audited(actor).await?;
        let pair = load(&mut tx, id).await?.ok_or(StoreError::NotFound)?;
        check(&pair, PairChange::Close)?;
        let open = open_statuses();
        let n = sqlx::query(&format!(
            "UPDATE pairs SET status = $1, closed_on = $2, close_reason = $3, close_note = $4, closing_meeting_on = $5, \
             closed_by = $6, mentor_rematch = $7, mentee_rematch = $8 WHERE id = $9 AND status IN ({open})"
        ))
        .bind(closing.reason.status().as_str())
        .bind(format_date(closing.closed_on))
        .bind(closing.reason.as_str())
        .bind(&closing.note)
        .bind(closing.meeting_on.map(format_date))
        .bind(actor)
        .bind(i64::from(closing.mentor_rematch))
        .bind(i64::from(closing.mentee_rematch))
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if n != 1 {
            return Err(StoreError::Conflict);
        }
        let cancelled = sqlx::query("DELETE FROM peer_sessions WHERE pair_id = $1 AND status = 'planned'")
            .bind(id)
            .execute(&mut *tx)
            .await?
            .rows_affected();
        tx.record("pair.close", &format!("pair:{id}"), &format!("{}/cancelled:{cancelled}", closing.reason.as_str()))
            .await?;
        for side in [Kind::Mentor, Kind::Mentee] {
            let person = pair.member(side).participant_id;
            let others = open_pairs(&mut tx, person, Some(id)).await?;
            let from = crate::registration::status_of(&mut tx, person).await?;
            // Someone who left the programme meanwhile stays where they are.
            let to = status_after(closing.rematch(side), others as usize);
            if from == Status::Active && to != from {
                crate::registration::move_in(&mut tx, Some(actor), person, from, to, "").await?;
            }
            refresh_step(&mut tx, person).await?;
        }
        tx.commit_recorded().await?;
        Ok(cancelled)
    }

    /// The open pairs of a person: what must close before they leave the
    /// programme.
    pub async fn open_pairs_of(&self, participant_id: i64) -> Result<Vec<Pair>, StoreError> {
        let mut conn = self.pool().acquire().await?;
        let open = open_statuses();
        pairs_where(
            &mut conn,
            &format!("(pr.mentor_id = $1 OR pr.mentee_id = $1) AND pr.status IN ({open})"),
            participant_id,
        )
        .await
    }

    /// Every pair of a person, whatever its status, oldest first.
    pub async fn pairs_of_participant(&self, participant_id: i64) -> Result<Vec<Pair>, StoreError> {
        let mut conn = self.pool().acquire().await?;
        pairs_where(&mut conn, "(pr.mentor_id = $1 OR pr.mentee_id = $1) ORDER BY pr.id", participant_id).await
    }

    /// One member's exit questionnaire for a pair, if answered.
    pub async fn exit_answer(&self, pair_id: i64, participant_id: i64) -> Result<Option<ExitAnswer>, StoreError> {
        let row = sqlx::query(
            "SELECT satisfaction, recommend, changed, comment FROM exit_answers WHERE pair_id = $1 AND participant_id = $2",
        )
        .bind(pair_id)
        .bind(participant_id)
        .fetch_optional(self.pool())
        .await?;
        row.map(|r| read_exit(&r)).transpose()
    }

    /// Both members' exit questionnaires of a pair, buddy first.
    pub async fn exit_answers(&self, pair: &Pair) -> Result<Vec<(Kind, ExitAnswer)>, StoreError> {
        // Answered only once the pair has closed (`save_exit_answer`).
        if !pair.status.is_closed() {
            return Ok(Vec::new());
        }
        let rows = sqlx::query(
            "SELECT participant_id, satisfaction, recommend, changed, comment FROM exit_answers WHERE pair_id = $1",
        )
        .bind(pair.id)
        .fetch_all(self.pool())
        .await?;
        let mut out = Vec::new();
        for side in [Kind::Mentor, Kind::Mentee] {
            let member = pair.member(side).participant_id;
            for r in &rows {
                if r.try_get::<i64, _>("participant_id")? == member {
                    out.push((side, read_exit(r)?));
                }
            }
        }
        Ok(out)
    }

    /// Stores a member's exit questionnaire for a closed pair, once: a
    /// second answer is a conflict.
    pub async fn save_exit_answer(
        &self,
        actor: i64,
        pair_id: i64,
        participant_id: i64,
        a: &ExitAnswer,
    ) -> Result<(), StoreError> {
        let mut tx = self.audited(actor).await?;
        let pair = load(&mut tx, pair_id).await?.ok_or(StoreError::NotFound)?;
        if !pair.status.is_closed() {
            return Err(StoreError::Conflict);
        }
        let done: i64 =
            sqlx::query_scalar("SELECT COUNT(*) FROM exit_answers WHERE pair_id = $1 AND participant_id = $2")
                .bind(pair_id)
                .bind(participant_id)
                .fetch_one(&mut *tx)
                .await?;
        if done > 0 {
            return Err(StoreError::Conflict);
        }
        sqlx::query(
            "INSERT INTO exit_answers (pair_id, participant_id, satisfaction, recommend, changed, comment, answered_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(pair_id)
        .bind(participant_id)
        .bind(a.satisfaction)
        .bind(i64::from(a.recommend))
        .bind(a.changed.join(","))
        .bind(&a.comment)
        .bind(now())
        .execute(&mut *tx)
        .await?;
        tx.commit("pair.exit_answer", &format!("pair:{pair_id}"), &format!("participant:{participant_id}")).await
    }
}

fn read_exit(r: &sqlx::any::AnyRow) -> Result<ExitAnswer, StoreError> {
    let changed: String = r.try_get("changed")?;
    Ok(ExitAnswer {
        satisfaction: r.try_get("satisfaction")?,
        recommend: r.try_get::<i64, _>("recommend")? == 1,
        changed: changed.split(',').filter(|s| !s.is_empty()).map(str::to_owned).collect(),
        comment: r.try_get("comment")?,
    })
}
