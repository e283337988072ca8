//! Step 3: questionnaires, their versions, and the responses people give.
//! Each organisation gets its own copy of the shipped questionnaires the
//! first time one is needed; an edit stores a new version and leaves the
//! old ones, and the answers given to them, as they were.

use m4m_domain::participant::Status;
use m4m_domain::questionnaire::{self, Answers, AreaScore, Definition, Kind};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use crate::error::Unique;
use crate::{Store, StoreError, audit, now};

/// A stored version of a questionnaire.
#[derive(Debug, Clone, PartialEq)]
pub struct Version {
    pub id: i64,
    pub questionnaire_id: i64,
    pub version: i64,
    pub definition: Definition,
    pub created_at: i64,
}

/// A questionnaire of an organisation with its current version.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionnaireSummary {
    pub kind: Kind,
    pub current: Version,
    pub responses: i64,
}

/// A response to a questionnaire.
#[derive(Debug, Clone, PartialEq)]
pub struct Response {
    pub id: i64,
    pub participant_id: i64,
    pub version_id: i64,
    pub moment: String,
    pub by_staff: bool,
    pub answers: Answers,
    pub started_at: i64,
    pub completed_at: Option<i64>,
}

/// A response's columns, as [`read_response`] reads them (`r.`).
const RESPONSE_COLUMNS: &str =
    "r.id, r.participant_id, r.version_id, r.moment, r.by_staff, r.answers, r.started_at, r.completed_at";

fn read_response(r: &sqlx::any::AnyRow) -> Result<Response, StoreError> {
    Ok(Response {
        id: r.try_get("id")?,
        participant_id: r.try_get("participant_id")?,
        version_id: r.try_get("version_id")?,
        moment: r.try_get("moment")?,
        by_staff: r.try_get::<i64, _>("by_staff")? != 0,
        answers: parse_answers(&r.try_get::<String, _>("answers")?)?,
        started_at: r.try_get("started_at")?,
        completed_at: r.try_get("completed_at")?,
    })
}

/// An area score as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredScore {
    pub area: String,
    /// The mean of the raw scale answers.
    pub mean: f64,
    /// The same, 0 to 1.
    pub normalised: f64,
    pub answered: i64,
}

fn default_definition(kind: Kind) -> Definition {
    match kind {
        Kind::NewcomerSelfAssessment => questionnaire::default_newcomer_self_assessment(),
        Kind::BuddySelfAssessment => questionnaire::default_buddy_self_assessment(),
        Kind::BuddyInterview => questionnaire::default_buddy_interview(),
        Kind::NewcomerIntake => questionnaire::default_newcomer_intake(),
    }
}

fn parse_definition(json: &str) -> Result<Definition, StoreError> {
    serde_json::from_str(json).map_err(StoreError::json("questionnaire definition"))
}

fn parse_answers(json: &str) -> Result<Answers, StoreError> {
    serde_json::from_str(json).map_err(StoreError::json("answers"))
}

/// A version from a row of `id, questionnaire_id, version, definition,
/// created_at`.
fn version(r: &AnyRow) -> Result<Version, StoreError> {
    Ok(Version {
        id: r.try_get("id")?,
        questionnaire_id: r.try_get("questionnaire_id")?,
        version: r.try_get("version")?,
        definition: parse_definition(&r.try_get::<String, _>("definition")?)?,
        created_at: r.try_get("created_at")?,
    })
}

async fn latest(conn: &mut AnyConnection, organisation_id: i64, kind: Kind) -> Result<Option<Version>, StoreError> {
    let row = sqlx::query(
        "SELECT v.id, v.questionnaire_id, v.version, v.definition, v.created_at FROM questionnaire_versions v \
         JOIN questionnaires q ON q.id = v.questionnaire_id WHERE q.organisation_id = $1 AND q.kind = $2 \
         ORDER BY v.version DESC LIMIT 1",
    )
    .bind(organisation_id)
    .bind(kind.as_str())
    .fetch_optional(conn)
    .await?;
    row.as_ref().map(version).transpose()
}

/// The scores of a completed self-assessment, as stored.
async fn write_scores(conn: &mut AnyConnection, response_id: i64, scores: &[AreaScore]) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM area_scores WHERE response_id = $1").bind(response_id).execute(&mut *conn).await?;
    for s in scores {
        sqlx::query(
            "INSERT INTO area_scores (response_id, area, mean_milli, normalised_milli, answered) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(response_id)
        .bind(s.area.as_str())
        .bind((s.mean * 1000.0).round() as i64)
        .bind((s.normalised * 1000.0).round() as i64)
        .bind(i64::from(s.answered))
        .execute(&mut *conn)
        .await?;
    }
    Ok(())
}

/// Creates a response inside the caller's transaction.
pub(crate) async fn insert_response(
    conn: &mut AnyConnection,
    participant_id: i64,
    version_id: i64,
    moment: &str,
    filled_by: Option<i64>,
    by_staff: bool,
) -> Result<i64, StoreError> {
    let now = now();
    let row = sqlx::query(
        "INSERT INTO responses (participant_id, version_id, moment, by_staff, filled_by, answers, started_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, '{}', $6, $6) RETURNING id",
    )
    .bind(participant_id)
    .bind(version_id)
    .bind(moment)
    .bind(i64::from(by_staff))
    .bind(filled_by)
    .bind(now)
    .fetch_one(conn)
    .await?;
    Ok(row.try_get("id")?)
}

/// Completes a response inside the caller's transaction: answers, scores,
/// and, for a newcomer whose intake is done, the move to "self-assessment
/// done".
pub(crate) async fn complete_response(
    conn: &mut AnyConnection,
    actor: Option<i64>,
    response_id: i64,
    answers: &Answers,
    scores: &[AreaScore],
) -> Result<(), StoreError> {
    let json = serde_json::to_string(answers).map_err(StoreError::json("answers"))?;
    let now = now();
    let n = sqlx::query(
        "UPDATE responses SET answers = $1, updated_at = $2, completed_at = $2 WHERE id = $3 AND completed_at IS NULL",
    )
    .bind(json)
    .bind(now)
    .bind(response_id)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    if n != 1 {
        return Err(StoreError::Conflict);
    }
    write_scores(conn, response_id, scores).await?;
    let row = sqlx::query(
        "SELECT r.participant_id, q.kind, p.status FROM responses r JOIN questionnaire_versions v ON v.id = r.version_id \
         JOIN questionnaires q ON q.id = v.questionnaire_id JOIN participants p ON p.id = r.participant_id WHERE r.id = $1",
    )
    .bind(response_id)
    .fetch_one(&mut *conn)
    .await?;
    let participant: i64 = row.try_get("participant_id")?;
    let kind: String = row.try_get("kind")?;
    let status: String = row.try_get("status")?;
    let status = Status::parse(&status).ok_or_else(|| StoreError::corrupt("participants.status", &status))?;
    if kind == Kind::NewcomerSelfAssessment.as_str() && status == Status::Intake {
        crate::registration::move_in(conn, actor, participant, status, Status::SelfAssessed, "").await?;
    }
    audit::record(conn, actor, "response.complete", &format!("participant:{participant}"), &kind).await?;
    Ok(())
}

/// Seeds an organisation's questionnaire of `kind` with the shipped
/// default inside the caller's transaction, if it has none; returns the
/// current version's id and definition.
pub(crate) async fn seed(
    conn: &mut AnyConnection,
    organisation_id: i64,
    kind: Kind,
) -> Result<(i64, Definition), StoreError> {
    if let Some(v) = latest(conn, organisation_id, kind).await? {
        return Ok((v.id, v.definition));
    }
    let row =
        sqlx::query("INSERT INTO questionnaires (organisation_id, kind, created_at) VALUES ($1, $2, $3) RETURNING id")
            .bind(organisation_id)
            .bind(kind.as_str())
            .bind(now())
            .fetch_one(&mut *conn)
            .await?;
    let id: i64 = row.try_get("id")?;
    let definition = default_definition(kind);
    let json = serde_json::to_string(&definition).map_err(StoreError::json("questionnaire definition"))?;
    let row = sqlx::query(
        "INSERT INTO questionnaire_versions (questionnaire_id, version, definition, created_at) VALUES ($1, 1, $2, $3) RETURNING id",
    )
    .bind(id)
    .bind(json)
    .bind(now())
    .fetch_one(&mut *conn)
    .await?;
    Ok((row.try_get("id")?, definition))
}

impl Store {
    /// The current version of an organisation's questionnaire of `kind`;
    /// the shipped default becomes version 1 the first time it is asked for.
    pub async fn current_questionnaire(&self, organisation_id: i64, kind: Kind) -> Result<Version, StoreError> {
        let mut conn = self.pool().acquire().await?;
        if let Some(v) = latest(&mut conn, organisation_id, kind).await? {
            return Ok(v);
        }
        let mut tx = self.begin_write().await?;
        let inserted = sqlx::query(
            "INSERT INTO questionnaires (organisation_id, kind, created_at) VALUES ($1, $2, $3) RETURNING id",
        )
        .bind(organisation_id)
        .bind(kind.as_str())
        .bind(now())
        .fetch_one(&mut *tx)
        .await;
        match inserted {
            Ok(row) => {
                let id: i64 = row.try_get("id")?;
                let json = serde_json::to_string(&default_definition(kind))
                    .map_err(StoreError::json("questionnaire definition"))?;
                sqlx::query(
                    "INSERT INTO questionnaire_versions (questionnaire_id, version, definition, created_at) VALUES ($1, 1, $2, $3)",
                )
                .bind(id)
                .bind(json)
                .bind(now())
                .execute(&mut *tx)
                .await?;
                tx.commit().await?;
            }
            // Another request seeded it first: read theirs.
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => drop(tx),
            Err(e) => return Err(e.into()),
        }
        latest(&mut conn, organisation_id, kind).await?.ok_or(StoreError::NotFound)
    }

    /// Stores an edited definition as the version after `after`, the one
    /// the edit started from. When someone saved a version meanwhile, its
    /// number is taken ([`Unique::QuestionnaireVersion`]) and nothing is
    /// stored: an edit never silently replaces one it has not seen.
    pub async fn new_questionnaire_version(
        &self,
        actor: i64,
        organisation_id: i64,
        definition: &Definition,
        after: i64,
    ) -> Result<i64, StoreError> {
        let current = self.current_questionnaire(organisation_id, definition.kind).await?;
        if after > current.version {
            return Err(StoreError::Conflict);
        }
        let json = serde_json::to_string(definition).map_err(StoreError::json("questionnaire definition"))?;
        let mut tx = self.audited(actor).await?;
        let version = after + 1;
        sqlx::query(
            "INSERT INTO questionnaire_versions (questionnaire_id, version, definition, created_by, created_at) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(current.questionnaire_id)
        .bind(version)
        .bind(json)
        .bind(actor)
        .bind(now())
        .execute(&mut *tx)
        .await
        .map_err(StoreError::unique(Unique::QuestionnaireVersion))?;
        tx.commit(
            "questionnaire.version",
            &format!("questionnaire:{}", current.questionnaire_id),
            &version.to_string(),
        )
        .await?;
        Ok(version)
    }

    /// One version by id.
    pub async fn questionnaire_version(&self, id: i64) -> Result<Option<Version>, StoreError> {
        let row = sqlx::query(
            "SELECT id, questionnaire_id, version, definition, created_at FROM questionnaire_versions WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        row.as_ref().map(version).transpose()
    }

    /// The questionnaires of an organisation, every kind, with how many
    /// responses each has.
    pub async fn questionnaires(&self, organisation_id: i64) -> Result<Vec<QuestionnaireSummary>, StoreError> {
        let mut out = Vec::new();
        for kind in Kind::ALL {
            let current = self.current_questionnaire(organisation_id, kind).await?;
            let responses: i64 = sqlx::query_scalar(
                "SELECT COUNT(*) FROM responses r JOIN questionnaire_versions v ON v.id = r.version_id WHERE v.questionnaire_id = $1",
            )
            .bind(current.questionnaire_id)
            .fetch_one(self.pool())
            .await?;
            out.push(QuestionnaireSummary { kind, current, responses });
        }
        Ok(out)
    }

    /// The open response of a participant to the current version of a
    /// questionnaire at a moment, or a new one.
    pub async fn open_response(
        &self,
        participant_id: i64,
        organisation_id: i64,
        kind: Kind,
        moment: &str,
        filled_by: Option<i64>,
        by_staff: bool,
    ) -> Result<Response, StoreError> {
        let version = self.current_questionnaire(organisation_id, kind).await?;
        let open = sqlx::query(
            "SELECT r.id FROM responses r JOIN questionnaire_versions v ON v.id = r.version_id \
             WHERE r.participant_id = $1 AND r.moment = $2 AND r.completed_at IS NULL AND v.questionnaire_id = $3 \
             ORDER BY r.id DESC LIMIT 1",
        )
        .bind(participant_id)
        .bind(moment)
        .bind(version.questionnaire_id)
        .fetch_optional(self.pool())
        .await?;
        let id = match open {
            Some(r) => r.try_get("id")?,
            None => {
                let mut conn = self.pool().acquire().await?;
                insert_response(&mut conn, participant_id, version.id, moment, filled_by, by_staff).await?
            }
        };
        self.response(id).await?.ok_or(StoreError::NotFound)
    }

    /// One response.
    pub async fn response(&self, id: i64) -> Result<Option<Response>, StoreError> {
        let row = sqlx::query(&format!("SELECT {RESPONSE_COLUMNS} FROM responses r WHERE r.id = $1"))
            .bind(id)
            .fetch_optional(self.pool())
            .await?;
        row.map(|r| read_response(&r)).transpose()
    }

    /// Saves the answers given so far (the phone flow, screen by screen).
    pub async fn save_answers(&self, response_id: i64, answers: &Answers) -> Result<(), StoreError> {
        let json = serde_json::to_string(answers).map_err(StoreError::json("answers"))?;
        let n =
            sqlx::query("UPDATE responses SET answers = $1, updated_at = $2 WHERE id = $3 AND completed_at IS NULL")
                .bind(json)
                .bind(now())
                .bind(response_id)
                .execute(self.pool())
                .await?
                .rows_affected();
        if n == 1 { Ok(()) } else { Err(StoreError::Conflict) }
    }

    /// Completes a response with its scores, in one transaction.
    pub async fn complete_response(
        &self,
        actor: Option<i64>,
        response_id: i64,
        answers: &Answers,
        scores: &[AreaScore],
    ) -> Result<(), StoreError> {
        let mut tx = self.audited(actor).await?;
        complete_response(&mut tx, actor, response_id, answers, scores).await?;
        tx.commit_recorded().await
    }

    /// The latest completed response of a participant to a kind of
    /// questionnaire at a moment.
    pub async fn completed_response(
        &self,
        participant_id: i64,
        kind: Kind,
        moment: &str,
    ) -> Result<Option<Response>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {RESPONSE_COLUMNS} FROM responses r JOIN questionnaire_versions v ON v.id = r.version_id \
             JOIN questionnaires q ON q.id = v.questionnaire_id \
             WHERE r.participant_id = $1 AND q.kind = $2 AND r.moment = $3 AND r.completed_at IS NOT NULL \
             ORDER BY r.completed_at DESC, r.id DESC LIMIT 1"
        ))
        .bind(participant_id)
        .bind(kind.as_str())
        .bind(moment)
        .fetch_optional(self.pool())
        .await?;
        row.map(|r| read_response(&r)).transpose()
    }

    /// The latest completed response of each moment to a person's
    /// questionnaire of `kind`, as [`Store::completed_response`] gives it
    /// moment by moment, in one statement.
    pub async fn completed_responses(&self, participant_id: i64, kind: Kind) -> Result<Vec<Response>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {RESPONSE_COLUMNS} FROM responses r JOIN questionnaire_versions v ON v.id = r.version_id \
             JOIN questionnaires q ON q.id = v.questionnaire_id \
             WHERE r.participant_id = $1 AND q.kind = $2 AND r.completed_at IS NOT NULL \
             ORDER BY r.completed_at DESC, r.id DESC"
        ))
        .bind(participant_id)
        .bind(kind.as_str())
        .fetch_all(self.pool())
        .await?;
        let mut latest: Vec<Response> = Vec::new();
        for r in &rows {
            let r = read_response(r)?;
            if !latest.iter().any(|l| l.moment == r.moment) {
                latest.push(r);
            }
        }
        Ok(latest)
    }

    /// The area (or competence) scores of a response, in the order of
    /// [`m4m_domain::area::Scored::all`].
    pub async fn area_scores(&self, response_id: i64) -> Result<Vec<StoredScore>, StoreError> {
        Ok(self.area_scores_of(&[response_id]).await?.pop().unwrap_or_default())
    }

    /// The area scores of each response, in the order of `response_ids`,
    /// in one statement (a person's few moments).
    pub async fn area_scores_of(&self, response_ids: &[i64]) -> Result<Vec<Vec<StoredScore>>, StoreError> {
        let mut out = vec![Vec::new(); response_ids.len()];
        if response_ids.is_empty() {
            return Ok(out);
        }
        let sql = format!(
            "SELECT response_id, area, mean_milli, normalised_milli, answered FROM area_scores WHERE response_id IN ({})",
            crate::programmes::placeholders(1, response_ids.len())
        );
        let mut q = sqlx::query(&sql);
        for id in response_ids {
            q = q.bind(*id);
        }
        for r in q.fetch_all(self.pool()).await? {
            let id: i64 = r.try_get("response_id")?;
            let score = StoredScore {
                area: r.try_get("area")?,
                mean: r.try_get::<i64, _>("mean_milli")? as f64 / 1000.0,
                normalised: r.try_get::<i64, _>("normalised_milli")? as f64 / 1000.0,
                answered: r.try_get("answered")?,
            };
            for (k, _) in response_ids.iter().enumerate().filter(|(_, x)| **x == id) {
                out[k].push(score.clone());
            }
        }
        let order = |a: &str| m4m_domain::area::Scored::all().position(|x| x.as_str() == a).unwrap_or(usize::MAX);
        for scores in &mut out {
            scores.sort_by_key(|s| order(&s.area));
        }
        Ok(out)
    }

    /// What a home needs of an account, in one statement: its participant
    /// records (as [`Store::participants_of_user`]) and whether it follows
    /// a course (as [`Store::enrolments_of_user`] is not empty).
    pub async fn account_records(&self, user_id: i64) -> Result<AccountRecords, StoreError> {
        // One row when the account has no record, its columns empty.
        let rows = sqlx::query(&format!(
            "SELECT p.id, g.organisation_id, p.kind, \
             CAST(CASE WHEN EXISTS ({}) THEN 1 ELSE 0 END AS BIGINT) AS learning \
             FROM (SELECT 1 AS one) a LEFT JOIN (participants p JOIN programmes g ON g.id = p.programme_id) \
             ON p.user_id = $1 ORDER BY p.id",
            crate::training::ENROLMENTS_OF_USER
        ))
        .bind(user_id)
        .fetch_all(self.pool())
        .await?;
        let mut records = AccountRecords::default();
        for r in &rows {
            records.learning = r.try_get::<i64, _>("learning")? == 1;
            if let Some(id) = r.try_get::<Option<i64>, _>("id")? {
                records.participants.push((id, r.try_get("organisation_id")?, r.try_get("kind")?));
            }
        }
        Ok(records)
    }

    /// The participant records behind an account (a person may be in
    /// several programmes, or both a newcomer and a buddy).
    pub async fn participants_of_user(&self, user_id: i64) -> Result<Vec<(i64, i64, String)>, StoreError> {
        let rows = sqlx::query(
            "SELECT p.id, g.organisation_id, p.kind FROM participants p JOIN programmes g ON g.id = p.programme_id \
             WHERE p.user_id = $1 ORDER BY p.id",
        )
        .bind(user_id)
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| Ok((r.try_get("id")?, r.try_get("organisation_id")?, r.try_get("kind")?)))
            .collect::<Result<_, sqlx::Error>>()
            .map_err(Into::into)
    }
}

/// An account's participant records (id, organisation, kind) and whether
/// it follows a course ([`Store::account_records`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AccountRecords {
    pub participants: Vec<(i64, i64, String)>,
    pub learning: bool,
}
