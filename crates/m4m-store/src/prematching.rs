//! Step 4: the pool of people ready to match, what their records say of
//! their goals and expectations, the coordinator's marks on candidate
//! pairs, the programme's weights, and the pairs a coordinator decides on.
//! The engine (`m4m-matching`) proposes; only a person decides.

use std::collections::{BTreeSet, HashMap, HashSet};

use m4m_domain::area::Area;
use m4m_domain::pairing::Agreement;
use m4m_domain::participant::Status;
use m4m_domain::questionnaire::{Answer, Answers, Kind as QuestionnaireKind};
use sqlx::Row;

use crate::registration::Participant;
use crate::{Store, StoreError, now};

/// A coordinator's mark on a candidate pair.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    pub mentee_id: i64,
    pub mentor_id: i64,
    /// `lock` or `exclude`.
    pub kind: String,
    pub reason: String,
}

/// Who can be proposed now in a programme.
#[derive(Debug, Clone, Default)]
pub struct Pool {
    /// Newcomers ready to match with no open pair.
    pub mentees: Vec<Participant>,
    /// Buddies ready to match (or in a pair with room left).
    pub mentors: Vec<PoolMentor>,
}

/// A buddy in the pool, with the pairs they have and can have.
#[derive(Debug, Clone)]
pub struct PoolMentor {
    pub person: Participant,
    /// Open pairs: proposed, accepted or active.
    pub open_pairs: i64,
    /// How many newcomers they can accompany at once (at least 1).
    pub capacity: i64,
}

/// What a person's record says, beyond the registration form, of what
/// they want from a pair: the goals and expectations matching compares.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Aims {
    /// Integration areas (keys, in the areas' order): those a newcomer
    /// wants help with first (the self-assessment's `help_first`), the
    /// goals of their agreements and of their goal list.
    pub goals: Vec<String>,
    /// What the person's agreements set, on either side: the rhythm of
    /// meetings (`weekly`, `fortnightly`, `monthly`) and the duration
    /// (`6-months`).
    pub expectations: Vec<String>,
}

/// The question of the newcomer's self-assessment that names the areas
/// they want help with first (stable across versions of the questionnaire).
const HELP_FIRST: &str = "help_first";

impl Store {
    /// The pool of a programme.
    pub async fn matching_pool(&self, programme_id: i64) -> Result<Pool, StoreError> {
        let people = self.programme_participants(programme_id).await?;
        let open = sqlx::query(&format!(
            "SELECT mentor_id, mentee_id FROM pairs WHERE programme_id = $1 AND status IN ({})",
            crate::pairing::open_statuses()
        ))
        .bind(programme_id)
        .fetch_all(self.pool())
        .await?;
        // Open pairs per buddy, and newcomers in one: counted once, looked
        // up per person (a federation's programme has thousands of each).
        let mut mentor_pairs: HashMap<i64, i64> = HashMap::new();
        let mut paired_mentees: HashSet<i64> = HashSet::new();
        for r in &open {
            *mentor_pairs.entry(r.try_get("mentor_id")?).or_default() += 1;
            paired_mentees.insert(r.try_get("mentee_id")?);
        }
        let capacities: HashMap<i64, i64> =
            sqlx::query("SELECT id, capacity FROM participants WHERE programme_id = $1")
                .bind(programme_id)
                .fetch_all(self.pool())
                .await?
                .iter()
                .map(|r| Ok((r.try_get("id")?, r.try_get("capacity")?)))
                .collect::<Result<_, sqlx::Error>>()?;
        let mut pool = Pool::default();
        for p in people {
            match p.kind {
                m4m_domain::participant::Kind::Mentee => {
                    if p.status == Status::Ready && !paired_mentees.contains(&p.id) {
                        pool.mentees.push(p);
                    }
                }
                m4m_domain::participant::Kind::Mentor => {
                    let open_pairs = mentor_pairs.get(&p.id).copied().unwrap_or(0);
                    let capacity = capacities.get(&p.id).copied().unwrap_or(1).max(1);
                    // Ready or already in a pair, with a place left: an
                    // accepted pair not yet started holds a place too.
                    let ready = matches!(p.status, Status::Ready | Status::Active) && open_pairs < capacity;
                    if ready {
                        pool.mentors.push(PoolMentor { person: p, open_pairs, capacity });
                    }
                }
            }
        }
        Ok(pool)
    }

    /// The goals and expectations of the people of a programme, by
    /// participant id; people whose record says none are left out. Read in
    /// three queries for the whole programme, as the pool is.
    pub async fn matching_aims(&self, programme_id: i64) -> Result<HashMap<i64, Aims>, StoreError> {
        let mut goals: HashMap<i64, BTreeSet<Area>> = HashMap::new();
        let mut expectations: HashMap<i64, Vec<String>> = HashMap::new();
        // The newest self-assessment of each newcomer wins: ordered by
        // completion, a later one replaces an earlier one (read first, before
        // the other sources add to it).
        let responses = sqlx::query(
            "SELECT r.participant_id, r.answers FROM responses r \
             JOIN questionnaire_versions v ON v.id = r.version_id JOIN questionnaires q ON q.id = v.questionnaire_id \
             JOIN participants p ON p.id = r.participant_id \
             WHERE p.programme_id = $1 AND q.kind = $2 AND r.completed_at IS NOT NULL \
             ORDER BY r.participant_id, r.completed_at, r.id",
        )
        .bind(programme_id)
        .bind(QuestionnaireKind::NewcomerSelfAssessment.as_str())
        .fetch_all(self.pool())
        .await?;
        for r in &responses {
            let answers: Answers = serde_json::from_str(&r.try_get::<String, _>("answers")?)
                .map_err(StoreError::json("self-assessment answers"))?;
            let areas = match answers.get(HELP_FIRST) {
                Some(Answer::Choices(keys)) => keys.iter().filter_map(|k| Area::parse(k)).collect(),
                _ => BTreeSet::new(),
            };
            goals.insert(r.try_get("participant_id")?, areas);
        }
        let agreements = sqlx::query(
            "SELECT mentee_id, mentor_id, agreement FROM pairs WHERE programme_id = $1 AND agreement IS NOT NULL",
        )
        .bind(programme_id)
        .fetch_all(self.pool())
        .await?;
        for r in &agreements {
            let agreement: Agreement = serde_json::from_str(&r.try_get::<String, _>("agreement")?)
                .map_err(StoreError::json("pair agreement"))?;
            let mentee: i64 = r.try_get("mentee_id")?;
            goals.entry(mentee).or_default().extend(agreement.goals.iter().filter_map(|g| Area::parse(g)));
            for person in [mentee, r.try_get("mentor_id")?] {
                let kept = expectations.entry(person).or_default();
                for tag in [agreement.rhythm.clone(), format!("{}-months", agreement.months)] {
                    if !kept.contains(&tag) {
                        kept.push(tag);
                    }
                }
            }
        }
        let listed = sqlx::query(
            "SELECT g.participant_id, g.area FROM goals g JOIN participants p ON p.id = g.participant_id \
             WHERE p.programme_id = $1",
        )
        .bind(programme_id)
        .fetch_all(self.pool())
        .await?;
        for r in &listed {
            if let Some(area) = Area::parse(&r.try_get::<String, _>("area")?) {
                goals.entry(r.try_get("participant_id")?).or_default().insert(area);
            }
        }
        let mut aims: HashMap<i64, Aims> = HashMap::new();
        for (id, areas) in goals.into_iter().filter(|(_, a)| !a.is_empty()) {
            aims.entry(id).or_default().goals = areas.into_iter().map(|a| a.as_str().to_owned()).collect();
        }
        for (id, tags) in expectations {
            aims.entry(id).or_default().expectations = tags;
        }
        Ok(aims)
    }

    /// The marks of a programme.
    pub async fn matching_marks(&self, programme_id: i64) -> Result<Vec<Mark>, StoreError> {
        let rows = sqlx::query("SELECT mentee_id, mentor_id, kind, reason FROM matching_marks WHERE programme_id = $1")
            .bind(programme_id)
            .fetch_all(self.pool())
            .await?;
        rows.iter()
            .map(|r| {
                Ok(Mark {
                    mentee_id: r.try_get("mentee_id")?,
                    mentor_id: r.try_get("mentor_id")?,
                    kind: r.try_get("kind")?,
                    reason: r.try_get("reason")?,
                })
            })
            .collect::<Result<_, sqlx::Error>>()
            .map_err(Into::into)
    }

    /// Sets (or with `kind` `None`, removes) the mark on a pair. A newcomer
    /// has at most one locked buddy: locking another replaces it.
    pub async fn mark_pair(
        &self,
        actor: i64,
        programme_id: i64,
        mentee_id: i64,
        mentor_id: i64,
        kind: Option<&str>,
        reason: &str,
    ) -> Result<(), StoreError> {
        let mut tx = self.audited(actor).await?;
        sqlx::query("DELETE FROM matching_marks WHERE programme_id = $1 AND mentee_id = $2 AND mentor_id = $3")
            .bind(programme_id)
            .bind(mentee_id)
            .bind(mentor_id)
            .execute(&mut *tx)
            .await?;
        if kind == Some("lock") {
            sqlx::query("DELETE FROM matching_marks WHERE programme_id = $1 AND mentee_id = $2 AND kind = 'lock'")
                .bind(programme_id)
                .bind(mentee_id)
                .execute(&mut *tx)
                .await?;
        }
        if let Some(kind) = kind {
            sqlx::query(
                "INSERT INTO matching_marks (programme_id, mentee_id, mentor_id, kind, reason, created_by, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(programme_id)
            .bind(mentee_id)
            .bind(mentor_id)
            .bind(kind)
            .bind(reason)
            .bind(actor)
            .bind(now())
            .execute(&mut *tx)
            .await?;
        }
        // The reason stays in matching_marks: audit lines hold ids only.
        let detail = format!("{}:{mentor_id}", kind.unwrap_or("clear"));
        tx.commit("matching.mark", &format!("participant:{mentee_id}"), &detail).await
    }

    /// The weights of a programme as stored (JSON), if it set any.
    pub async fn matching_weights(&self, programme_id: i64) -> Result<Option<String>, StoreError> {
        Ok(sqlx::query("SELECT weights FROM matching_weights WHERE programme_id = $1")
            .bind(programme_id)
            .fetch_optional(self.pool())
            .await?
            .map(|r| r.try_get("weights"))
            .transpose()?)
    }

    /// Saves a programme's weights (JSON).
    pub async fn set_matching_weights(&self, actor: i64, programme_id: i64, json: &str) -> Result<(), StoreError> {
        let mut tx = self.audited(actor).await?;
        sqlx::query("DELETE FROM matching_weights WHERE programme_id = $1")
            .bind(programme_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO matching_weights (programme_id, weights, updated_by, updated_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(programme_id)
        .bind(json)
        .bind(actor)
        .bind(now())
        .execute(&mut *tx)
        .await?;
        tx.commit("matching.weights", &format!("programme:{programme_id}"), json).await
    }

    /// A coordinator's decision: the pair is proposed to both people (step
    /// 6 continues from there). `note` explains a choice made against the
    /// engine's proposal. Refused if either is already in an open pair
    /// beyond their capacity.
    pub async fn propose_pair(
        &self,
        actor: i64,
        programme_id: i64,
        mentee_id: i64,
        mentor_id: i64,
        note: &str,
    ) -> Result<i64, StoreError> {
        let mut tx = self.audited(actor).await?;
        let open = crate::pairing::open_statuses();
        let mentee_open: i64 =
            sqlx::query_scalar(&format!("SELECT COUNT(*) FROM pairs WHERE mentee_id = $1 AND status IN ({open})"))
                .bind(mentee_id)
                .fetch_one(&mut *tx)
                .await?;
        let mentor_open: i64 =
            sqlx::query_scalar(&format!("SELECT COUNT(*) FROM pairs WHERE mentor_id = $1 AND status IN ({open})"))
                .bind(mentor_id)
                .fetch_one(&mut *tx)
                .await?;
        let capacity: i64 = sqlx::query("SELECT capacity FROM participants WHERE id = $1")
            .bind(mentor_id)
            .fetch_one(&mut *tx)
            .await?
            .try_get("capacity")?;
        if mentee_open > 0 || mentor_open >= capacity {
            return Err(StoreError::Conflict);
        }
        let row = sqlx::query(
            "INSERT INTO pairs (programme_id, mentor_id, mentee_id, status, decision_note, created_at) \
             VALUES ($1, $2, $3, 'proposed', $4, $5) RETURNING id",
        )
        .bind(programme_id)
        .bind(mentor_id)
        .bind(mentee_id)
        .bind(note)
        .bind(now())
        .fetch_one(&mut *tx)
        .await?;
        let id: i64 = row.try_get("id")?;
        sqlx::query("DELETE FROM matching_marks WHERE programme_id = $1 AND mentee_id = $2")
            .bind(programme_id)
            .bind(mentee_id)
            .execute(&mut *tx)
            .await?;
        for person in [mentor_id, mentee_id] {
            crate::pairing::refresh_step(&mut tx, person).await?;
        }
        tx.commit("pair.propose", &format!("pair:{id}"), "").await?;
        Ok(id)
    }
}
