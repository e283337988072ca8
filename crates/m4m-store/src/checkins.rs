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

/// A member to tell that a check-in is due.
#[derive(Debug, Clone)]
pub struct CheckinReminder {
    pub pair_id: i64,
    pub participant_id: i64,
    pub due_on: Date,
    pub email: String,
    pub locale: Option<String>,
    pub first_name: String,
    pub other_first_name: String,
}

impl Store {
    /// The members of running pairs whose check-in is due on `today` or
    /// before, unanswered and not yet announced, who may be e-mailed.
    pub async fn checkin_reminders_due(&self, today: Date) -> Result<Vec<CheckinReminder>, StoreError> {
        let sql = format!(
            "SELECT pr.id AS pair_id, me.id AS participant_id, u.email, u.locale, me.first_name, \
             other.first_name AS other_first_name, pr.started_on, g.checkin_first_days, g.checkin_every_days \
             FROM pairs pr JOIN programmes g ON g.id = pr.programme_id \
             JOIN participants me ON me.id IN (pr.mentor_id, pr.mentee_id) \
             JOIN participants other ON other.id IN (pr.mentor_id, pr.mentee_id) AND other.id <> me.id \
             JOIN users u ON u.id = me.user_id AND u.active = 1 \
             WHERE pr.status = 'active' AND pr.started_on IS NOT NULL AND NOT ({}) ORDER BY pr.id, me.id",
            crate::registration::email_withdrawn("me")
        );
        let rows = sqlx::query(&sql).fetch_all(self.pool()).await?;
        // What is answered or announced already, for every running pair:
        // one query, not one per member.
        let handled: std::collections::HashSet<(i64, i64, String)> = sqlx::query(
            "SELECT c.pair_id, c.participant_id, c.due_on FROM checkins c JOIN pairs pr ON pr.id = c.pair_id \
             WHERE pr.status = 'active' \
             UNION SELECT r.pair_id, r.participant_id, r.due_on FROM checkin_reminders r JOIN pairs pr ON pr.id = r.pair_id \
             WHERE pr.status = 'active'",
        )
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(|r| Ok((r.try_get("pair_id")?, r.try_get("participant_id")?, r.try_get("due_on")?)))
        .collect::<Result<_, sqlx::Error>>()?;
        let mut out = Vec::new();
        for r in &rows {
            let started: String = r.try_get("started_on")?;
            let Ok(started) = m4m_domain::programme::parse_date("started_on", &started) else { continue };
            let cadence =
                Cadence { first_days: r.try_get("checkin_first_days")?, every_days: r.try_get("checkin_every_days")? };
            let Some(due) = m4m_domain::checkin::current_due(started, cadence, today) else { continue };
            let (pair_id, participant_id): (i64, i64) = (r.try_get("pair_id")?, r.try_get("participant_id")?);
            if !handled.contains(&(pair_id, participant_id, format_date(due))) {
                out.push(CheckinReminder {
                    pair_id,
                    participant_id,
                    due_on: due,
                    email: r.try_get("email")?,
                    locale: r.try_get("locale")?,
                    first_name: r.try_get("first_name")?,
                    other_first_name: r.try_get("other_first_name")?,
                });
            }
        }
        Ok(out)
    }

    /// Queues the message that a check-in is due, once.
    pub async fn record_checkin_reminder(
        &self,
        r: &CheckinReminder,
        subject: &str,
        body: &str,
    ) -> Result<(), StoreError> {
        let mut tx = self.begin_write().await?;
        sqlx::query("INSERT INTO checkin_reminders (pair_id, participant_id, due_on, sent_at) VALUES ($1, $2, $3, $4)")
            .bind(r.pair_id)
            .bind(r.participant_id)
            .bind(format_date(r.due_on))
            .bind(now())
            .execute(&mut *tx)
            .await?;
        crate::outbox::queue(&mut tx, &r.email, subject, body).await?;
        tx.commit().await?;
        Ok(())
    }

    /// The check-in cadence of a programme.
    pub async fn checkin_cadence(&self, programme_id: i64) -> Result<Cadence, StoreError> {
        Ok(self.programme_rhythm(programme_id).await?.0)
    }

    /// Weeks after a pair's start at which the programme's mid-term
    /// self-assessment falls due.
    pub async fn midterm_weeks(&self, programme_id: i64) -> Result<i64, StoreError> {
        Ok(self.programme_rhythm(programme_id).await?.1)
    }

    /// A programme's check-in cadence and mid-term weeks, read together
    /// and kept as the homes' figures are (every buddy's and newcomer's
    /// home asks for both; a programme's settings change seldom, and
    /// through a write that the next visit sees).
    async fn programme_rhythm(&self, programme_id: i64) -> Result<(Cadence, i64), StoreError> {
        let read = async {
            let r = sqlx::query(
                "SELECT checkin_first_days, checkin_every_days, assessment_midterm_weeks FROM programmes WHERE id = $1",
            )
            .bind(programme_id)
            .fetch_one(self.pool())
            .await?;
            let cadence =
                Cadence { first_days: r.try_get("checkin_first_days")?, every_days: r.try_get("checkin_every_days")? };
            Ok::<_, StoreError>((cadence, r.try_get("assessment_midterm_weeks")?))
        };
        self.kept_rhythm.get(programme_id, self.writes(), read).await
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
