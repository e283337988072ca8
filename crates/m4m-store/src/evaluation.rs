//! Step 10's global evaluation: the facts its figures are computed from
//! (`m4m_domain::evaluation`), for a programme, an organisation, a list of
//! organisations or the whole installation. Five queries, whatever the
//! size: the started pairs with their newcomer and their held sessions
//! (grouped in SQL), the latest score of each goal, check-ins grouped per
//! person and pair, exit answers, and the start and end area scores of
//! each newcomer who has both. Nobody is read whose consent to evaluation
//! is not in force: a pair counts through its newcomer's consent, an
//! answer through its author's (an erased record has no consent left, so
//! it leaves the figures too). No name or free text is read at all.
//!
//! The pairs come one row each (with their sessions already counted):
//! the filters ask for the newcomer's age at the pair's start and region
//! of origin, which the domain computes, so the counting by status and
//! reason happens there, over a few thousand small rows at most.

use m4m_domain::closing::ClosingReason;
use m4m_domain::evaluation::{Answered, AreaScores, Facts, PairFacts};
use m4m_domain::pairing::PairStatus;
use m4m_domain::participant::Kind;
use sqlx::Row;
use sqlx::any::AnyRow;

use crate::pairing::date_in;
use crate::{Store, StoreError};

/// Whose pairs an evaluation covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope<'a> {
    Programme(i64),
    Organisation(i64),
    Organisations(&'a [i64]),
    Everything,
}

impl Scope<'_> {
    /// The condition on the programme `g` of a pair, with its parameters
    /// (numbered from `$1`, so that it comes first in every query).
    fn condition(&self) -> (String, Vec<i64>) {
        match *self {
            Scope::Programme(id) => ("g.id = $1".into(), vec![id]),
            Scope::Organisation(id) => ("g.organisation_id = $1".into(), vec![id]),
            Scope::Organisations([]) => ("1 = 0".into(), vec![]),
            Scope::Organisations(ids) => {
                let marks: Vec<String> = (1..=ids.len()).map(|i| format!("${i}")).collect();
                (format!("g.organisation_id IN ({})", marks.join(", ")), ids.to_vec())
            }
            Scope::Everything => ("1 = 1".into(), vec![]),
        }
    }
}

/// Whether the participant `who` (a column) consents to evaluation now.
fn consents(who: &str) -> String {
    format!(
        "EXISTS (SELECT 1 FROM consents k WHERE k.participant_id = {who} AND k.purpose = 'evaluation' \
         AND k.withdrawn_at IS NULL)"
    )
}

const PAIRS: &str = "SELECT pr.id, pr.started_on, pr.status, pr.close_reason, pr.mentee_id, m.gender, m.birth_year, \
     m.country_of_origin, COALESCE(s.held, 0) AS held, COALESCE(s.minutes, 0) AS minutes \
     FROM pairs pr JOIN programmes g ON g.id = pr.programme_id JOIN participants m ON m.id = pr.mentee_id \
     LEFT JOIN (SELECT pair_id, COUNT(*) AS held, CAST(SUM(duration_minutes) AS BIGINT) AS minutes \
     FROM peer_sessions WHERE status = 'held' GROUP BY pair_id) s ON s.pair_id = pr.id \
     WHERE pr.status IN ('active', 'completed', 'ended_early') AND pr.started_on IS NOT NULL";

const GOALS: &str = "SELECT gl.pair_id, gp.score FROM goals gl JOIN pairs pr ON pr.id = gl.pair_id \
     JOIN programmes g ON g.id = pr.programme_id JOIN goal_progress gp ON gp.goal_id = gl.id \
     WHERE gp.id = (SELECT x.id FROM goal_progress x WHERE x.goal_id = gl.id ORDER BY x.recorded_at DESC, x.id DESC LIMIT 1)";

const CHECKINS: &str = "SELECT c.pair_id, c.participant_id, x.kind, CAST(SUM(c.satisfaction) AS BIGINT) AS total, \
     COUNT(*) AS answers, CAST(0 AS BIGINT) AS recommend \
     FROM checkins c JOIN pairs pr ON pr.id = c.pair_id JOIN programmes g ON g.id = pr.programme_id \
     JOIN participants x ON x.id = c.participant_id WHERE 1 = 1";

const EXITS: &str = "SELECT e.pair_id, e.participant_id, x.kind, e.satisfaction AS total, CAST(1 AS BIGINT) AS answers, \
     e.recommend AS recommend \
     FROM exit_answers e JOIN pairs pr ON pr.id = e.pair_id JOIN programmes g ON g.id = pr.programme_id \
     JOIN participants x ON x.id = e.participant_id WHERE 1 = 1";

/// The latest completed response of each moment (ids grow with time).
const SCORES: &str = "SELECT i.participant_id, ia.area, ia.mean_milli AS initial, fa.mean_milli AS final \
     FROM responses i JOIN area_scores ia ON ia.response_id = i.id \
     JOIN responses f ON f.participant_id = i.participant_id AND f.moment = 'final' \
     JOIN area_scores fa ON fa.response_id = f.id AND fa.area = ia.area \
     WHERE i.id = (SELECT MAX(r.id) FROM responses r WHERE r.participant_id = i.participant_id \
     AND r.moment = 'initial' AND r.completed_at IS NOT NULL) \
     AND f.id = (SELECT MAX(r.id) FROM responses r WHERE r.participant_id = i.participant_id \
     AND r.moment = 'final' AND r.completed_at IS NOT NULL)";

impl Store {
    /// The facts of the evaluation of `scope`: every started pair whose
    /// newcomer consents, and the consenting members' answers. The filters
    /// (period, cohort, gender, age, region) are applied by
    /// `Evaluation::compute`, from the facts of each pair.
    #[tracing::instrument(skip(self))]
    pub async fn evaluation_facts(&self, scope: Scope<'_>) -> Result<Facts, StoreError> {
        let (within, ids) = scope.condition();
        let fetch = async |sql: String| -> Result<Vec<AnyRow>, StoreError> {
            let mut q = sqlx::query(&sql);
            for id in &ids {
                q = q.bind(*id);
            }
            Ok(q.fetch_all(self.pool()).await?)
        };
        let mut facts = Facts::default();
        for r in fetch(format!("{PAIRS} AND {within} AND {}", consents("pr.mentee_id"))).await? {
            let status: String = r.try_get("status")?;
            let reason: Option<String> = r.try_get("close_reason")?;
            facts.pairs.push(PairFacts {
                id: r.try_get("id")?,
                started_on: date_in("pairs.started_on", r.try_get("started_on")?)?
                    .ok_or_else(|| StoreError::corrupt("pairs.started_on", "NULL"))?,
                status: PairStatus::parse(&status).ok_or_else(|| StoreError::corrupt("pairs.status", &status))?,
                close_reason: reason
                    .map(|s| ClosingReason::parse(&s).ok_or_else(|| StoreError::corrupt("pairs.close_reason", &s)))
                    .transpose()?,
                newcomer: r.try_get("mentee_id")?,
                gender: r.try_get("gender")?,
                birth_year: r
                    .try_get::<Option<i64>, _>("birth_year")?
                    .map(|y| {
                        i32::try_from(y).map_err(|_| StoreError::corrupt("participants.birth_year", &y.to_string()))
                    })
                    .transpose()?,
                country_of_origin: r.try_get("country_of_origin")?,
                sessions_held: r.try_get("held")?,
                minutes_held: r.try_get("minutes")?,
            });
        }
        for r in fetch(format!("{GOALS} AND {within} AND {}", consents("pr.mentee_id"))).await? {
            facts.goals.push((r.try_get("pair_id")?, r.try_get("score")?));
        }
        let grouped = " GROUP BY c.pair_id, c.participant_id, x.kind";
        for r in fetch(format!("{CHECKINS} AND {within} AND {}{grouped}", consents("x.id"))).await? {
            facts.checkins.push(answered(&r)?);
        }
        for r in fetch(format!("{EXITS} AND {within} AND {}", consents("x.id"))).await? {
            facts.exits.push(answered(&r)?);
        }
        let newcomers = format!(
            "i.participant_id IN (SELECT pr.mentee_id FROM pairs pr JOIN programmes g ON g.id = pr.programme_id \
             WHERE {within})"
        );
        for r in fetch(format!("{SCORES} AND {newcomers} AND {}", consents("i.participant_id"))).await? {
            let (initial, end): (i64, i64) = (r.try_get("initial")?, r.try_get("final")?);
            facts.scores.push(AreaScores {
                person: r.try_get("participant_id")?,
                area: r.try_get("area")?,
                initial: initial as f64 / 1000.0,
                end: end as f64 / 1000.0,
            });
        }
        Ok(facts)
    }
}

fn answered(r: &AnyRow) -> Result<Answered, StoreError> {
    let kind: String = r.try_get("kind")?;
    Ok(Answered {
        pair: r.try_get("pair_id")?,
        person: r.try_get("participant_id")?,
        side: Kind::parse(&kind).ok_or_else(|| StoreError::corrupt("participants.kind", &kind))?,
        satisfaction_sum: r.try_get("total")?,
        answers: r.try_get("answers")?,
        recommend: r.try_get("recommend")?,
    })
}
