//! Step 10's global evaluation: the facts its figures are computed from
//! (`m4m_domain::evaluation`), for a programme, an organisation, a list of
//! organisations or the whole installation, and the pairs the filters
//! select (period, cohort, the newcomer's gender, age band and region of
//! origin). Five queries, whatever the size: the pairs with their held
//! sessions counted, the goals' latest scores summed, check-ins grouped
//! per person and pair, exit answers, and the start and end area scores
//! summed per area (the sums a paired change is computed from). Nobody is
//! read whose consent to evaluation is not in force: a pair counts through
//! its newcomer's consent, an answer through its author's (an erased
//! record has no consent left, so it leaves the figures too). No name or
//! free text is read at all.

use m4m_domain::closing::ClosingReason;
use m4m_domain::evaluation::{Answered, Facts, Filters, GoalScores, PairFacts, PairedSums, Region};
use m4m_domain::pairing::PairStatus;
use m4m_domain::participant::Kind;
use m4m_domain::programme::format_date;
use sqlx::Row;
use sqlx::any::AnyRow;

use crate::{Store, StoreError};

/// Whose pairs an evaluation covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope<'a> {
    Programme(i64),
    Organisation(i64),
    Organisations(&'a [i64]),
    Everything,
}

/// A query parameter.
enum Bind {
    Int(i64),
    Text(String),
}

/// The parameters of a query, numbered as they are added.
#[derive(Default)]
struct Binds(Vec<Bind>);

impl Binds {
    /// Adds a parameter and returns its place (`$3`).
    fn add(&mut self, b: Bind) -> String {
        self.0.push(b);
        format!("${}", self.0.len())
    }

    fn list(&mut self, items: impl IntoIterator<Item = Bind>) -> String {
        items.into_iter().map(|b| self.add(b)).collect::<Vec<_>>().join(", ")
    }
}

/// Whether the participant `who` (a column) consents to evaluation now.
fn consents(who: &str) -> String {
    format!(
        "EXISTS (SELECT 1 FROM consents k WHERE k.participant_id = {who} AND k.purpose = 'evaluation' \
         AND k.withdrawn_at IS NULL)"
    )
}

/// The condition on a pair `pr`, its programme `g` and its newcomer `m`
/// for the pair to be covered: started, in the scope, its newcomer
/// consenting, admitted by every filter.
fn covered(scope: Scope<'_>, f: &Filters, binds: &mut Binds) -> String {
    let mut c = vec![
        "pr.status IN ('active', 'completed', 'ended_early')".to_owned(),
        "pr.started_on IS NOT NULL".to_owned(),
        consents("pr.mentee_id"),
    ];
    match scope {
        Scope::Programme(id) => c.push(format!("g.id = {}", binds.add(Bind::Int(id)))),
        Scope::Organisation(id) => c.push(format!("g.organisation_id = {}", binds.add(Bind::Int(id)))),
        Scope::Organisations([]) => c.push("1 = 0".into()),
        Scope::Organisations(ids) => {
            c.push(format!("g.organisation_id IN ({})", binds.list(ids.iter().map(|&id| Bind::Int(id)))));
        }
        Scope::Everything => {}
    }
    // Dates are stored as YYYY-MM-DD: their order is the text's.
    if let Some(d) = f.from {
        c.push(format!("pr.started_on >= {}", binds.add(Bind::Text(format_date(d)))));
    }
    if let Some(d) = f.to {
        c.push(format!("pr.started_on <= {}", binds.add(Bind::Text(format_date(d)))));
    }
    if let Some(year) = f.cohort {
        c.push(format!("SUBSTR(pr.started_on, 1, 4) = {}", binds.add(Bind::Text(format!("{year:04}")))));
    }
    if let Some(g) = f.gender {
        c.push(format!("m.gender = {}", binds.add(Bind::Text(g.into()))));
    }
    if let Some(band) = f.age {
        let (youngest, oldest) = band.ages();
        c.push(format!(
            "m.birth_year IS NOT NULL AND CAST(SUBSTR(pr.started_on, 1, 4) AS INTEGER) - m.birth_year BETWEEN {} AND {}",
            binds.add(Bind::Int(youngest.into())),
            binds.add(Bind::Int(oldest.into()))
        ));
    }
    if let Some(region) = f.region {
        let country = "UPPER(TRIM(m.country_of_origin))";
        let codes = |binds: &mut Binds, codes: Vec<&str>| binds.list(codes.into_iter().map(|c| Bind::Text(c.into())));
        match region.countries() {
            Some(list) => c.push(format!("{country} IN ({})", codes(binds, list.to_vec()))),
            None => c.push(format!("{country} NOT IN ({})", codes(binds, Region::all_countries().collect()))),
        }
    }
    c.join(" AND ")
}

/// The pairs, programmes and newcomers every query starts from.
const PAIRS_OF: &str =
    "pairs pr JOIN programmes g ON g.id = pr.programme_id JOIN participants m ON m.id = pr.mentee_id";

impl Store {
    /// The facts of the evaluation of the pairs of `scope` that `filters` select.
    #[tracing::instrument(skip(self))]
    pub async fn evaluation_facts(&self, scope: Scope<'_>, filters: &Filters) -> Result<Facts, StoreError> {
        let mut binds = Binds::default();
        let within = covered(scope, filters, &mut binds);
        let fetch = async |sql: String| -> Result<Vec<AnyRow>, StoreError> {
            let mut q = sqlx::query(&sql);
            for b in &binds.0 {
                q = match b {
                    Bind::Int(i) => q.bind(*i),
                    Bind::Text(t) => q.bind(t.as_str()),
                };
            }
            Ok(q.fetch_all(self.pool()).await?)
        };
        let mut facts = Facts::default();
        let pairs = format!(
            "SELECT pr.id, pr.status, pr.close_reason, COALESCE(s.held, 0) AS held, COALESCE(s.minutes, 0) AS minutes \
             FROM {PAIRS_OF} LEFT JOIN (SELECT pair_id, COUNT(*) AS held, CAST(SUM(duration_minutes) AS BIGINT) AS minutes \
             FROM peer_sessions WHERE status = 'held' GROUP BY pair_id) s ON s.pair_id = pr.id WHERE {within}"
        );
        for r in fetch(pairs).await? {
            let status: String = r.try_get("status")?;
            let reason: Option<String> = r.try_get("close_reason")?;
            facts.pairs.push(PairFacts {
                id: r.try_get("id")?,
                status: PairStatus::parse(&status).ok_or_else(|| StoreError::corrupt("pairs.status", &status))?,
                close_reason: reason
                    .map(|s| ClosingReason::parse(&s).ok_or_else(|| StoreError::corrupt("pairs.close_reason", &s)))
                    .transpose()?,
                sessions_held: r.try_get("held")?,
                minutes_held: r.try_get("minutes")?,
            });
        }
        let goals = format!(
            "SELECT COUNT(*) AS goals, CAST(COALESCE(SUM(gp.score), 0) AS BIGINT) AS score_sum, \
             COUNT(DISTINCT gl.pair_id) AS pairs \
             FROM {PAIRS_OF} JOIN goals gl ON gl.pair_id = pr.id JOIN goal_progress gp ON gp.goal_id = gl.id \
             WHERE gp.id = (SELECT x.id FROM goal_progress x WHERE x.goal_id = gl.id \
             ORDER BY x.recorded_at DESC, x.id DESC LIMIT 1) AND {within}"
        );
        if let Some(r) = fetch(goals).await?.first() {
            facts.goals = GoalScores {
                goals: r.try_get("goals")?,
                score_sum: r.try_get("score_sum")?,
                pairs: r.try_get("pairs")?,
            };
        }
        let checkins = format!(
            "SELECT c.pair_id, c.participant_id, x.kind, CAST(SUM(c.satisfaction) AS BIGINT) AS total, \
             COUNT(*) AS answers, CAST(0 AS BIGINT) AS recommend \
             FROM {PAIRS_OF} JOIN checkins c ON c.pair_id = pr.id JOIN participants x ON x.id = c.participant_id \
             WHERE {within} AND {} GROUP BY c.pair_id, c.participant_id, x.kind",
            consents("x.id")
        );
        for r in fetch(checkins).await? {
            facts.checkins.push(answered(&r)?);
        }
        let exits = format!(
            "SELECT e.pair_id, e.participant_id, x.kind, e.satisfaction AS total, CAST(1 AS BIGINT) AS answers, \
             e.recommend AS recommend \
             FROM {PAIRS_OF} JOIN exit_answers e ON e.pair_id = pr.id JOIN participants x ON x.id = e.participant_id \
             WHERE {within} AND {}",
            consents("x.id")
        );
        for r in fetch(exits).await? {
            facts.exits.push(answered(&r)?);
        }
        // The latest completed response of each moment (ids grow with
        // time), of the newcomers of the pairs covered, summed per area.
        let scores = format!(
            "SELECT ia.area, COUNT(*) AS n, CAST(SUM(ia.mean_milli) AS BIGINT) AS baseline, \
             CAST(SUM(fa.mean_milli) AS BIGINT) AS final_sum, \
             CAST(SUM((fa.mean_milli - ia.mean_milli) * (fa.mean_milli - ia.mean_milli)) AS BIGINT) AS change_squared \
             FROM responses i JOIN area_scores ia ON ia.response_id = i.id \
             JOIN responses f ON f.participant_id = i.participant_id AND f.moment = 'final' \
             JOIN area_scores fa ON fa.response_id = f.id AND fa.area = ia.area \
             WHERE i.id = (SELECT MAX(r.id) FROM responses r WHERE r.participant_id = i.participant_id \
             AND r.moment = 'initial' AND r.completed_at IS NOT NULL) \
             AND f.id = (SELECT MAX(r.id) FROM responses r WHERE r.participant_id = i.participant_id \
             AND r.moment = 'final' AND r.completed_at IS NOT NULL) \
             AND i.participant_id IN (SELECT pr.mentee_id FROM {PAIRS_OF} WHERE {within}) \
             GROUP BY ia.area"
        );
        for r in fetch(scores).await? {
            let sums = PairedSums {
                n: r.try_get("n")?,
                baseline: r.try_get("baseline")?,
                end: r.try_get("final_sum")?,
                change_squared: r.try_get("change_squared")?,
            };
            facts.scores.push((r.try_get("area")?, sums));
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
