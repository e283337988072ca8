//! Programmes and the figures a coordinator follows them by.

use m4m_domain::programme::{Monitoring, NewProgramme, ProgrammeStatus, ProgrammeTexts, format_date};
use sqlx::Row;
use sqlx::any::AnyRow;

use crate::{Store, StoreError, join_list, now, split_list};

/// A programme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Programme {
    pub id: i64,
    pub organisation_id: i64,
    pub organisation_name: String,
    pub name: String,
    pub description: String,
    pub languages: Vec<String>,
    pub starts_on: String,
    pub ends_on: String,
    pub target_mentors: i64,
    pub target_mentees: i64,
    pub status: ProgrammeStatus,
    pub contact: String,
    /// How its running pairs are followed (steps 8 and 9).
    pub monitoring: Monitoring,
    /// Its name and description in other interface languages.
    pub texts: ProgrammeTexts,
}

impl Programme {
    /// Its name for the readers of interface language `code`.
    pub fn name_in(&self, code: &str) -> &str {
        self.texts.get(code).map(|t| t.name.as_str()).filter(|n| !n.is_empty()).unwrap_or(&self.name)
    }

    /// Its description for the readers of interface language `code`.
    pub fn description_in(&self, code: &str) -> &str {
        self.texts.get(code).map(|t| t.description.as_str()).filter(|d| !d.is_empty()).unwrap_or(&self.description)
    }
}

const SELECT: &str = "SELECT p.id, p.organisation_id, o.name AS organisation_name, p.name, p.description, p.languages, \
    p.starts_on, p.ends_on, p.target_mentors, p.target_mentees, p.status, p.contact, p.risk_no_session_days, \
    p.risk_ending_days, p.checkin_first_days, p.checkin_every_days, p.assessment_midterm_weeks, p.texts \
    FROM programmes p JOIN organisations o ON o.id = p.organisation_id";

fn programme(r: &AnyRow) -> Result<Programme, sqlx::Error> {
    Ok(Programme {
        id: r.try_get("id")?,
        organisation_id: r.try_get("organisation_id")?,
        organisation_name: r.try_get("organisation_name")?,
        name: r.try_get("name")?,
        description: r.try_get("description")?,
        languages: split_list(&r.try_get::<String, _>("languages")?),
        starts_on: r.try_get("starts_on")?,
        ends_on: r.try_get("ends_on")?,
        target_mentors: r.try_get("target_mentors")?,
        target_mentees: r.try_get("target_mentees")?,
        status: ProgrammeStatus::parse(&r.try_get::<String, _>("status")?).unwrap_or(ProgrammeStatus::Draft),
        contact: r.try_get("contact")?,
        monitoring: Monitoring {
            risk_no_session_days: r.try_get("risk_no_session_days")?,
            risk_ending_days: r.try_get("risk_ending_days")?,
            checkin_first_days: r.try_get("checkin_first_days")?,
            checkin_every_days: r.try_get("checkin_every_days")?,
            midterm_weeks: r.try_get("assessment_midterm_weeks")?,
        },
        texts: serde_json::from_str(&r.try_get::<String, _>("texts")?)
            .map_err(|e| sqlx::Error::Decode(format!("programmes.texts: {e}").into()))?,
    })
}

/// The texts as stored: a JSON object by language code.
fn texts_json(texts: &ProgrammeTexts) -> String {
    serde_json::to_string(texts).unwrap_or_else(|_| "{}".into())
}

/// `$first, $first+1, …` placeholders for an `IN (…)` list of `n` values.
pub(crate) fn placeholders(first: usize, n: usize) -> String {
    (first..first + n).map(|i| format!("${i}")).collect::<Vec<_>>().join(", ")
}

/// Who stands where in a programme.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StepCounts {
    /// Buddies at each of the ten steps (index 0 is step 1).
    pub mentors: [i64; 10],
    /// Newcomers at each of the ten steps.
    pub mentees: [i64; 10],
}

impl StepCounts {
    /// Everyone at step `n` (1 to 10).
    pub fn at(&self, n: usize) -> i64 {
        self.mentors[n - 1] + self.mentees[n - 1]
    }

    /// Everyone in the programme.
    pub fn total(&self) -> i64 {
        self.mentors.iter().chain(&self.mentees).sum()
    }
}

impl Store {
    /// Programmes of the given organisations (`None`: all), newest first.
    pub async fn programmes(&self, organisations: Option<&[i64]>) -> Result<Vec<Programme>, StoreError> {
        let rows = match organisations {
            None => sqlx::query(&format!("{SELECT} ORDER BY p.starts_on DESC, p.id")).fetch_all(self.pool()).await?,
            Some([]) => Vec::new(),
            Some(ids) => {
                let sql = format!(
                    "{SELECT} WHERE p.organisation_id IN ({}) ORDER BY p.starts_on DESC, p.id",
                    placeholders(1, ids.len())
                );
                let mut q = sqlx::query(&sql);
                for id in ids {
                    q = q.bind(*id);
                }
                q.fetch_all(self.pool()).await?
            }
        };
        Ok(rows.iter().map(programme).collect::<Result<_, _>>()?)
    }

    /// One programme.
    pub async fn programme(&self, id: i64) -> Result<Option<Programme>, StoreError> {
        let row = sqlx::query(&format!("{SELECT} WHERE p.id = $1")).bind(id).fetch_optional(self.pool()).await?;
        Ok(row.as_ref().map(programme).transpose()?)
    }

    /// Creates a programme in an organisation.
    pub async fn create_programme(
        &self,
        actor: i64,
        organisation_id: i64,
        p: &NewProgramme,
    ) -> Result<i64, StoreError> {
        let mut tx = self.audited(actor).await?;
        let row = sqlx::query(
            "INSERT INTO programmes (organisation_id, name, description, languages, starts_on, ends_on, \
             target_mentors, target_mentees, status, contact, texts, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
        )
        .bind(organisation_id)
        .bind(&p.name)
        .bind(&p.description)
        .bind(join_list(&p.languages))
        .bind(format_date(p.starts_on))
        .bind(format_date(p.ends_on))
        .bind(p.target_mentors)
        .bind(p.target_mentees)
        .bind(p.status.as_str())
        .bind(&p.contact)
        .bind(texts_json(&p.texts))
        .bind(now())
        .fetch_one(&mut *tx)
        .await?;
        let id: i64 = row.try_get("id")?;
        tx.commit("programme.create", &format!("programme:{id}"), "").await?;
        Ok(id)
    }

    /// Changes a programme: what the form says of it and how its pairs
    /// are followed. `false` when it no longer exists.
    pub async fn update_programme(
        &self,
        actor: i64,
        id: i64,
        p: &NewProgramme,
        m: &Monitoring,
    ) -> Result<bool, StoreError> {
        let mut tx = self.audited(actor).await?;
        let n = sqlx::query(
            "UPDATE programmes SET name = $1, description = $2, languages = $3, starts_on = $4, ends_on = $5, \
             target_mentors = $6, target_mentees = $7, status = $8, contact = $9, risk_no_session_days = $10, \
             risk_ending_days = $11, checkin_first_days = $12, checkin_every_days = $13, assessment_midterm_weeks = $14, \
             texts = $15 WHERE id = $16",
        )
        .bind(&p.name)
        .bind(&p.description)
        .bind(join_list(&p.languages))
        .bind(format_date(p.starts_on))
        .bind(format_date(p.ends_on))
        .bind(p.target_mentors)
        .bind(p.target_mentees)
        .bind(p.status.as_str())
        .bind(&p.contact)
        .bind(m.risk_no_session_days)
        .bind(m.risk_ending_days)
        .bind(m.checkin_first_days)
        .bind(m.checkin_every_days)
        .bind(m.midterm_weeks)
        .bind(texts_json(&p.texts))
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if n != 1 {
            return Ok(false);
        }
        tx.commit("programme.update", &format!("programme:{id}"), "").await?;
        Ok(true)
    }

    /// How many buddies and newcomers stand at each step of a programme.
    pub async fn step_counts(&self, programme_id: i64) -> Result<StepCounts, StoreError> {
        Ok(self.step_counts_of(&[programme_id]).await?.remove(&programme_id).unwrap_or_default())
    }

    /// [`Store::step_counts`] of several programmes in one query (a
    /// coordinator's home shows them all), by programme id; a programme
    /// with nobody has no entry. Kept between visits ([`crate::kept`]).
    pub async fn step_counts_of(
        &self,
        programmes: &[i64],
    ) -> Result<std::collections::HashMap<i64, StepCounts>, StoreError> {
        self.kept_steps.get(programmes.to_vec(), self.writes(), self.count_steps_of(programmes)).await
    }

    async fn count_steps_of(
        &self,
        programmes: &[i64],
    ) -> Result<std::collections::HashMap<i64, StepCounts>, StoreError> {
        let mut counts: std::collections::HashMap<i64, StepCounts> = std::collections::HashMap::new();
        if programmes.is_empty() {
            return Ok(counts);
        }
        let sql = format!(
            "SELECT programme_id, kind, step, COUNT(*) AS n FROM participants WHERE programme_id IN ({}) \
             GROUP BY programme_id, kind, step",
            placeholders(1, programmes.len())
        );
        let rows = programmes.iter().fold(sqlx::query(&sql), |q, id| q.bind(*id)).fetch_all(self.pool()).await?;
        for r in &rows {
            let kind: String = r.try_get("kind")?;
            let step: i64 = r.try_get("step")?;
            let n: i64 = r.try_get("n")?;
            let Some(slot) = usize::try_from(step - 1).ok().filter(|s| *s < 10) else {
                continue;
            };
            let c = counts.entry(r.try_get("programme_id")?).or_default();
            match kind.as_str() {
                "mentor" => c.mentors[slot] += n,
                _ => c.mentees[slot] += n,
            }
        }
        Ok(counts)
    }
}
