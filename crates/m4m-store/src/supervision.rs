//! Supervision meetings of buddies (step 8), the buddies present and the
//! follow-up actions. Who reads the notes is the domain's rule
//! ([`m4m_domain::supervision::reader`]), asked by the web before showing.

use m4m_domain::programme::format_date;
use m4m_domain::supervision::{Format, NewAction, NewSupervision};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};
use time::Date;

use crate::{Store, StoreError, now};

/// A buddy present at a supervision.
#[derive(Debug, Clone)]
pub struct Present {
    pub participant_id: i64,
    pub user_id: Option<i64>,
    pub name: String,
    /// Their supervisor, who reads the notes.
    pub supervisor_user_id: Option<i64>,
}

/// A follow-up action.
#[derive(Debug, Clone)]
pub struct SupervisionAction {
    pub id: i64,
    pub supervision_id: i64,
    pub text: String,
    /// The buddy who owns it; `None`: the person who recorded the meeting.
    pub owner_participant_id: Option<i64>,
    pub owner_name: String,
    pub due_on: Date,
    pub done_at: Option<i64>,
}

/// A supervision meeting with its buddies and actions.
#[derive(Debug, Clone)]
pub struct Supervision {
    pub id: i64,
    pub organisation_id: i64,
    pub format: Format,
    pub held_on: Date,
    pub topics: Vec<String>,
    pub topics_text: String,
    pub notes: String,
    pub recorded_by: Option<i64>,
    pub recorded_by_name: String,
    pub buddies: Vec<Present>,
    pub actions: Vec<SupervisionAction>,
}

impl Supervision {
    /// The supervisors of the buddies present: with the organisation's
    /// coordinators, the staff who read the notes.
    pub fn supervisors(&self) -> Vec<i64> {
        self.buddies.iter().filter_map(|b| b.supervisor_user_id).collect()
    }

    /// The accounts of the buddies present.
    pub fn buddy_users(&self) -> Vec<i64> {
        self.buddies.iter().filter_map(|b| b.user_id).collect()
    }
}

/// Where a supervised buddy stands: their last supervision and how many
/// of their actions are still open.
#[derive(Debug, Clone)]
pub struct BuddySupervision {
    pub participant_id: i64,
    pub last_held_on: Option<Date>,
    pub last_id: Option<i64>,
    pub open_actions: i64,
}

fn date(s: &str) -> Result<Date, StoreError> {
    m4m_domain::programme::parse_date("date", s).map_err(|_| StoreError::corrupt("supervision date", s))
}

fn format(s: &str) -> Result<Format, StoreError> {
    Format::parse(s).ok_or_else(|| StoreError::corrupt("supervisions.format", s))
}

fn action(r: &AnyRow) -> Result<SupervisionAction, StoreError> {
    let due: String = r.try_get("due_on")?;
    Ok(SupervisionAction {
        id: r.try_get("id")?,
        supervision_id: r.try_get("supervision_id")?,
        text: r.try_get("text")?,
        owner_participant_id: r.try_get("owner_participant_id")?,
        owner_name: r.try_get("owner_name")?,
        due_on: date(&due)?,
        done_at: r.try_get("done_at")?,
    })
}

const ACTION_COLUMNS: &str = "a.id, a.supervision_id, a.text, a.owner_participant_id, \
    COALESCE(o.first_name || ' ' || o.last_name, '') AS owner_name, a.due_on, a.done_at";

async fn insert_action(conn: &mut AnyConnection, supervision: i64, a: &NewAction) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO supervision_actions (supervision_id, text, owner_participant_id, due_on) VALUES ($1, $2, $3, $4)",
    )
    .bind(supervision)
    .bind(&a.text)
    .bind(a.owner)
    .bind(format_date(a.due_on))
    .execute(conn)
    .await?;
    Ok(())
}

impl Store {
    /// The buddies a person supervises (the record names them as the
    /// buddy's supervisor): id, full name, organisation.
    pub async fn supervisable(&self, user_id: i64) -> Result<Vec<(i64, String, i64)>, StoreError> {
        let rows = sqlx::query(
            "SELECT p.id, p.first_name, p.last_name, g.organisation_id FROM participants p \
             JOIN programmes g ON g.id = p.programme_id \
             WHERE p.supervisor_user_id = $1 AND p.kind = 'mentor' AND p.erased_at IS NULL \
             ORDER BY p.first_name, p.last_name, p.id",
        )
        .bind(user_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                let name =
                    format!("{} {}", r.try_get::<String, _>("first_name")?, r.try_get::<String, _>("last_name")?);
                Ok((r.try_get("id")?, name.trim().to_owned(), r.try_get("organisation_id")?))
            })
            .collect()
    }

    /// Records a supervision, its buddies and actions, in one write.
    pub async fn record_supervision(
        &self,
        actor: i64,
        organisation_id: i64,
        s: &NewSupervision,
    ) -> Result<i64, StoreError> {
        let mut tx = self.audited(actor).await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO supervisions (organisation_id, format, held_on, topics, topics_text, notes, recorded_by, \
             created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(organisation_id)
        .bind(s.format.as_str())
        .bind(format_date(s.held_on))
        .bind(s.topics.join(","))
        .bind(&s.topics_text)
        .bind(&s.notes)
        .bind(actor)
        .bind(now())
        .fetch_one(&mut *tx)
        .await?;
        for b in &s.buddies {
            sqlx::query("INSERT INTO supervision_buddies (supervision_id, participant_id) VALUES ($1, $2)")
                .bind(id)
                .bind(b)
                .execute(&mut *tx)
                .await?;
        }
        for a in &s.actions {
            insert_action(&mut tx, id, a).await?;
        }
        tx.commit("supervision.record", &format!("supervision:{id}"), s.format.as_str()).await?;
        Ok(id)
    }

    /// One supervision, with the buddies present and every action.
    pub async fn supervision(&self, id: i64) -> Result<Option<Supervision>, StoreError> {
        let Some(r) = sqlx::query(
            "SELECT s.id, s.organisation_id, s.format, s.held_on, s.topics, s.topics_text, s.notes, s.recorded_by, \
             COALESCE(u.display_name, '') AS recorded_by_name FROM supervisions s \
             LEFT JOIN users u ON u.id = s.recorded_by WHERE s.id = $1",
        )
        .bind(id)
        .fetch_optional(self.pool())
        .await?
        else {
            return Ok(None);
        };
        let kind: String = r.try_get("format")?;
        let held: String = r.try_get("held_on")?;
        let topics: String = r.try_get("topics")?;
        let buddies = sqlx::query(
            "SELECT p.id, p.user_id, p.first_name, p.last_name, p.supervisor_user_id FROM supervision_buddies b \
             JOIN participants p ON p.id = b.participant_id WHERE b.supervision_id = $1 ORDER BY p.first_name, p.id",
        )
        .bind(id)
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(|b| {
            let name = format!("{} {}", b.try_get::<String, _>("first_name")?, b.try_get::<String, _>("last_name")?);
            Ok(Present {
                participant_id: b.try_get("id")?,
                user_id: b.try_get("user_id")?,
                name: name.trim().to_owned(),
                supervisor_user_id: b.try_get("supervisor_user_id")?,
            })
        })
        .collect::<Result<Vec<_>, StoreError>>()?;
        let actions = sqlx::query(&format!(
            "SELECT {ACTION_COLUMNS} FROM supervision_actions a LEFT JOIN participants o ON o.id = a.owner_participant_id \
             WHERE a.supervision_id = $1 ORDER BY a.due_on, a.id"
        ))
        .bind(id)
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(action)
        .collect::<Result<Vec<_>, _>>()?;
        Ok(Some(Supervision {
            id: r.try_get("id")?,
            organisation_id: r.try_get("organisation_id")?,
            format: format(&kind)?,
            held_on: date(&held)?,
            topics: topics.split(',').filter(|t| !t.is_empty()).map(str::to_owned).collect(),
            topics_text: r.try_get("topics_text")?,
            notes: r.try_get("notes")?,
            recorded_by: r.try_get("recorded_by")?,
            recorded_by_name: r.try_get("recorded_by_name")?,
            buddies,
            actions,
        }))
    }

    /// Adds a follow-up action to a supervision.
    pub async fn add_supervision_action(&self, actor: i64, id: i64, a: &NewAction) -> Result<(), StoreError> {
        let mut tx = self.audited(actor).await?;
        insert_action(&mut tx, id, a).await?;
        tx.commit("supervision.action", &format!("supervision:{id}"), "").await
    }

    /// Marks an action done; `false` when it already was.
    pub async fn complete_supervision_action(&self, actor: i64, action: i64) -> Result<bool, StoreError> {
        let mut tx = self.audited(actor).await?;
        let n =
            sqlx::query("UPDATE supervision_actions SET done_at = $1, done_by = $2 WHERE id = $3 AND done_at IS NULL")
                .bind(now())
                .bind(actor)
                .bind(action)
                .execute(&mut *tx)
                .await?
                .rows_affected();
        if n == 0 {
            return Ok(false);
        }
        tx.commit("supervision.action_done", &format!("supervision_action:{action}"), "").await?;
        Ok(true)
    }

    /// For each buddy a person supervises: the last supervision and the
    /// open actions.
    pub async fn supervision_overview(&self, supervisor: i64) -> Result<Vec<BuddySupervision>, StoreError> {
        let rows = sqlx::query(
            "SELECT p.id, \
             (SELECT MAX(s.held_on) FROM supervisions s JOIN supervision_buddies b ON b.supervision_id = s.id \
               WHERE b.participant_id = p.id) AS last_held_on, \
             (SELECT MAX(s.id) FROM supervisions s JOIN supervision_buddies b ON b.supervision_id = s.id \
               WHERE b.participant_id = p.id AND s.held_on = (SELECT MAX(s2.held_on) FROM supervisions s2 \
               JOIN supervision_buddies b2 ON b2.supervision_id = s2.id WHERE b2.participant_id = p.id)) AS last_id, \
             (SELECT COUNT(*) FROM supervision_actions a WHERE a.owner_participant_id = p.id AND a.done_at IS NULL) \
               AS open_actions \
             FROM participants p WHERE p.supervisor_user_id = $1 AND p.kind = 'mentor' AND p.erased_at IS NULL",
        )
        .bind(supervisor)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                let last: Option<String> = r.try_get("last_held_on")?;
                Ok(BuddySupervision {
                    participant_id: r.try_get("id")?,
                    last_held_on: last.as_deref().map(date).transpose()?,
                    last_id: r.try_get("last_id")?,
                    open_actions: r.try_get("open_actions")?,
                })
            })
            .collect()
    }

    /// The supervisions a buddy (by account) attended, newest first: id,
    /// date, format.
    pub async fn supervisions_attended(&self, user_id: i64) -> Result<Vec<(i64, Date, Format)>, StoreError> {
        let rows = sqlx::query(
            "SELECT DISTINCT s.id, s.held_on, s.format FROM supervisions s \
             JOIN supervision_buddies b ON b.supervision_id = s.id JOIN participants p ON p.id = b.participant_id \
             WHERE p.user_id = $1 ORDER BY s.held_on DESC, s.id DESC",
        )
        .bind(user_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                let (held, kind): (String, String) = (r.try_get("held_on")?, r.try_get("format")?);
                Ok((r.try_get("id")?, date(&held)?, format(&kind)?))
            })
            .collect()
    }

    /// The open actions a buddy (by account) owns, soonest due first.
    pub async fn open_actions_of_user(&self, user_id: i64) -> Result<Vec<SupervisionAction>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {ACTION_COLUMNS} FROM supervision_actions a JOIN participants o ON o.id = a.owner_participant_id \
             WHERE o.user_id = $1 AND a.done_at IS NULL ORDER BY a.due_on, a.id"
        ))
        .bind(user_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(action).collect()
    }

    /// The supervisions a person recorded, newest first (at most `limit`):
    /// id, date, format, how many buddies.
    pub async fn supervisions_recorded(
        &self,
        user_id: i64,
        limit: i64,
    ) -> Result<Vec<(i64, Date, Format, i64)>, StoreError> {
        let rows = sqlx::query(
            "SELECT s.id, s.held_on, s.format, (SELECT COUNT(*) FROM supervision_buddies b WHERE b.supervision_id = s.id) \
             AS buddies FROM supervisions s WHERE s.recorded_by = $1 ORDER BY s.held_on DESC, s.id DESC LIMIT $2",
        )
        .bind(user_id)
        .bind(limit)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                let (held, kind): (String, String) = (r.try_get("held_on")?, r.try_get("format")?);
                Ok((r.try_get("id")?, date(&held)?, format(&kind)?, r.try_get("buddies")?))
            })
            .collect()
    }
}
