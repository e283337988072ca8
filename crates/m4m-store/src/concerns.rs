//! Concerns (step 8) and their moves. Who may read what is the domain's
//! rule ([`m4m_domain::concern`]); the queries here never return a
//! concern to a page that did not ask for one by its id or its list, and
//! the web checks the reader before showing it.

use m4m_domain::concern::{About, ConcernStatus, NewConcern, Severity};
use sqlx::Row;
use sqlx::any::AnyRow;

use crate::{Store, StoreError, now};

/// A concern as pages read it.
#[derive(Debug, Clone)]
pub struct Concern {
    pub id: i64,
    pub programme_id: i64,
    pub programme_name: String,
    pub organisation_id: i64,
    pub pair_id: Option<i64>,
    pub participant_id: Option<i64>,
    /// First names of the pair (buddy, newcomer), or the person's full
    /// name, for staff lists.
    pub about: String,
    pub raised_by: Option<i64>,
    pub raised_by_name: String,
    pub severity: Severity,
    pub status: ConcernStatus,
    pub summary: String,
    pub text: String,
    pub created_at: i64,
    pub updated_at: i64,
}

/// One move of a concern.
#[derive(Debug, Clone)]
pub struct ConcernMove {
    pub from: ConcernStatus,
    pub to: ConcernStatus,
    pub note: String,
    pub by: String,
    pub at: i64,
}

const COLUMNS: &str = "c.id, c.programme_id, g.name AS programme_name, g.organisation_id, c.pair_id, \
    c.participant_id, c.raised_by, COALESCE(u.display_name, '') AS raised_by_name, c.severity, c.status, \
    c.summary, c.text, c.created_at, c.updated_at, \
    COALESCE(km.first_name || ' · ' || nm.first_name, pp.first_name || ' ' || pp.last_name, '') AS about";

/// What names a concern: its programme, who raised it, whom it is about.
macro_rules! names {
    () => {
        "JOIN programmes g ON g.id = c.programme_id \
         LEFT JOIN users u ON u.id = c.raised_by \
         LEFT JOIN pairs pr ON pr.id = c.pair_id \
         LEFT JOIN participants km ON km.id = pr.mentor_id \
         LEFT JOIN participants nm ON nm.id = pr.mentee_id \
         LEFT JOIN participants pp ON pp.id = c.participant_id"
    };
}
const FROM: &str = concat!("FROM concerns c ", names!());

/// Urgent first, then the longest waiting.
const ORDER: &str = "ORDER BY CASE c.severity WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END, \
    c.created_at, c.id";

fn concern(r: &AnyRow) -> Result<Concern, StoreError> {
    let severity: String = r.try_get("severity")?;
    let status: String = r.try_get("status")?;
    Ok(Concern {
        id: r.try_get("id")?,
        programme_id: r.try_get("programme_id")?,
        programme_name: r.try_get("programme_name")?,
        organisation_id: r.try_get("organisation_id")?,
        pair_id: r.try_get("pair_id")?,
        participant_id: r.try_get("participant_id")?,
        about: r.try_get("about")?,
        raised_by: r.try_get("raised_by")?,
        raised_by_name: r.try_get("raised_by_name")?,
        severity: Severity::parse(&severity).ok_or_else(|| StoreError::corrupt("concerns.severity", &severity))?,
        status: ConcernStatus::parse(&status).ok_or_else(|| StoreError::corrupt("concerns.status", &status))?,
        summary: r.try_get("summary")?,
        text: r.try_get("text")?,
        created_at: r.try_get("created_at")?,
        updated_at: r.try_get("updated_at")?,
    })
}

impl Store {
    /// Records a concern raised by `actor` in `programme_id`.
    pub async fn raise_concern(
        &self,
        actor: i64,
        programme_id: i64,
        about: About,
        new: &NewConcern,
    ) -> Result<i64, StoreError> {
        let (pair, person) = match about {
            About::Pair(id) => (Some(id), None),
            About::Person(id) => (None, Some(id)),
        };
        let mut tx = self.audited(actor).await?;
        let at = now();
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO concerns (programme_id, pair_id, participant_id, raised_by, severity, status, summary, text, \
             created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id",
        )
        .bind(programme_id)
        .bind(pair)
        .bind(person)
        .bind(actor)
        .bind(new.severity.as_str())
        .bind(ConcernStatus::Open.as_str())
        .bind(&new.summary)
        .bind(&new.text)
        .bind(at)
        .fetch_one(&mut *tx)
        .await?;
        tx.commit("concern.raise", &format!("concern:{id}"), new.severity.as_str()).await?;
        Ok(id)
    }

    /// One concern.
    pub async fn concern(&self, id: i64) -> Result<Option<Concern>, StoreError> {
        let row = sqlx::query(&format!("SELECT {COLUMNS} {FROM} WHERE c.id = $1"))
            .bind(id)
            .fetch_optional(self.pool())
            .await?;
        row.as_ref().map(concern).transpose()
    }

    /// The moves of a concern, oldest first, with who made them.
    pub async fn concern_moves(&self, id: i64) -> Result<Vec<ConcernMove>, StoreError> {
        let rows = sqlx::query(
            "SELECT m.from_status, m.to_status, m.note, COALESCE(u.display_name, '') AS by_name, m.moved_at \
             FROM concern_moves m LEFT JOIN users u ON u.id = m.moved_by WHERE m.concern_id = $1 ORDER BY m.id",
        )
        .bind(id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                let (from, to): (String, String) = (r.try_get("from_status")?, r.try_get("to_status")?);
                Ok(ConcernMove {
                    from: ConcernStatus::parse(&from)
                        .ok_or_else(|| StoreError::corrupt("concern_moves.from_status", &from))?,
                    to: ConcernStatus::parse(&to).ok_or_else(|| StoreError::corrupt("concern_moves.to_status", &to))?,
                    note: r.try_get("note")?,
                    by: r.try_get("by_name")?,
                    at: r.try_get("moved_at")?,
                })
            })
            .collect()
    }

    /// Moves a concern from `from` to `to` with its note (checked by the
    /// domain first). A concurrent move makes this one fail with
    /// [`StoreError::Conflict`] rather than pass over it.
    pub async fn move_concern(
        &self,
        actor: i64,
        id: i64,
        from: ConcernStatus,
        to: ConcernStatus,
        note: &str,
    ) -> Result<(), StoreError> {
        let mut tx = self.audited(actor).await?;
        let at = now();
        let n = sqlx::query("UPDATE concerns SET status = $1, updated_at = $2 WHERE id = $3 AND status = $4")
            .bind(to.as_str())
            .bind(at)
            .bind(id)
            .bind(from.as_str())
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if n != 1 {
            return Err(StoreError::Conflict);
        }
        sqlx::query(
            "INSERT INTO concern_moves (concern_id, from_status, to_status, note, moved_by, moved_at) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(id)
        .bind(from.as_str())
        .bind(to.as_str())
        .bind(note)
        .bind(actor)
        .bind(at)
        .execute(&mut *tx)
        .await?;
        tx.commit("concern.move", &format!("concern:{id}"), to.as_str()).await
    }

    /// The incident log of a programme: every concern, open ones first
    /// (urgent first), then the closed ones, newest first.
    pub async fn concerns_of_programme(&self, programme_id: i64) -> Result<Vec<Concern>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} {FROM} WHERE c.programme_id = $1 \
             ORDER BY CASE WHEN c.status = 'closed' THEN 1 ELSE 0 END, \
             CASE WHEN c.status = 'closed' THEN -c.updated_at ELSE 0 END, \
             CASE c.severity WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END, c.created_at, c.id"
        ))
        .bind(programme_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(concern).collect()
    }

    /// The first `limit` concerns not closed yet in some organisations (a
    /// coordinator's home), the most severe and oldest first, and how many
    /// there are.
    pub async fn open_concerns(
        &self,
        organisations: &[i64],
        limit: usize,
    ) -> Result<(Vec<Concern>, usize), StoreError> {
        if organisations.is_empty() {
            return Ok((Vec::new(), 0));
        }
        let list = organisations.iter().map(i64::to_string).collect::<Vec<_>>().join(", ");
        let open = format!("g.organisation_id IN ({list}) AND c.status <> 'closed'");
        // The page is chosen before it is named (the names of every open
        // concern were read to keep ten), and the count rides along with
        // it: one round trip; with no row, there is none to count.
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS}, c.total FROM (SELECT c.*, COUNT(*) OVER () AS total FROM concerns c \
             JOIN programmes g ON g.id = c.programme_id WHERE {open} {ORDER} LIMIT {limit}) c {} {ORDER}",
            names!()
        ))
        .fetch_all(self.pool())
        .await?;
        let total = match rows.first() {
            Some(r) => r.try_get::<i64, _>("total")?.max(0) as usize,
            None => 0,
        };
        Ok((rows.iter().map(concern).collect::<Result<_, _>>()?, total))
    }

    /// The concerns a person raised, newest first.
    pub async fn concerns_raised_by(&self, user_id: i64) -> Result<Vec<Concern>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} {FROM} WHERE c.raised_by = $1 ORDER BY c.created_at DESC, c.id DESC"
        ))
        .bind(user_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(concern).collect()
    }

    /// The active coordinators of an organisation: address and interface
    /// language, for the message an urgent concern sends at once.
    pub async fn coordinators_to_notify(
        &self,
        organisation_id: i64,
    ) -> Result<Vec<(String, Option<String>)>, StoreError> {
        let rows = sqlx::query(
            "SELECT DISTINCT u.email, u.locale FROM users u JOIN memberships m ON m.user_id = u.id \
             WHERE m.organisation_id = $1 AND m.role = 'coordinator' AND u.active = 1 ORDER BY u.email",
        )
        .bind(organisation_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter().map(|r| Ok((r.try_get("email")?, r.try_get("locale")?))).collect()
    }
}
