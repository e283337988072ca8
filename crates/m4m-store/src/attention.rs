//! What needs a coordinator today (step 9): the facts of every pair that
//! is setting up or running in some organisations, for the domain's
//! [`m4m_domain::attention::risks`], and the things waiting on someone —
//! proposals not answered, agreements not signed, sessions not confirmed.
//! One query each, whatever the number of pairs: the counts per pair are
//! grouped once and joined (a correlated subquery per pair let SQLite pick
//! the sessions' status index and scan every held session for each pair:
//! 4 s for a coordinator's home on `demo --mentees 20000`).

use m4m_domain::attention::{PairFacts, Thresholds};
use m4m_domain::checkin::{Cadence, current_due};
use m4m_domain::pairing::{Agreement, PairStatus};
use std::collections::HashMap;

use sqlx::Row;
use time::{Date, OffsetDateTime};

use crate::{Store, StoreError};

/// A pair with what is known of it.
#[derive(Debug, Clone)]
pub struct Watched {
    pub pair_id: i64,
    pub status: PairStatus,
    pub facts: PairFacts,
    pub thresholds: Thresholds,
    /// Fewer staff contacts than the pair is due ([`m4m_domain::contact`]).
    pub contact_overdue: bool,
}

/// The pairs to watch and the day their facts were read for: the one to
/// judge them by.
#[derive(Debug, Clone)]
pub struct Watch {
    pub today: Date,
    pub pairs: Vec<Watched>,
}

/// What a list says of a pair: its programme and its members' first names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairTitle {
    pub programme_name: String,
    pub mentor_first: String,
    pub mentee_first: String,
}

/// Something waiting on someone, about one pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Waiting {
    /// A proposal one side has not answered.
    Answer,
    /// An agreement written and not yet accepted by both.
    Signature,
    /// Sessions logged as held that the other side has not confirmed for
    /// a week (how many).
    Confirmation(i64),
}

fn day(unix: i64) -> Date {
    OffsetDateTime::from_unix_timestamp(unix).map_or(OffsetDateTime::UNIX_EPOCH.date(), |t| t.date())
}

fn list(organisations: &[i64]) -> Option<String> {
    (!organisations.is_empty()).then(|| organisations.iter().map(i64::to_string).collect::<Vec<_>>().join(", "))
}

impl Store {
    /// Every pair setting up or running in `organisations`, with its facts
    /// as of the store's today. Names are left to [`Store::pair_titles`],
    /// for the few pairs a page shows.
    pub async fn pairs_to_watch(&self, organisations: &[i64]) -> Result<Watch, StoreError> {
        let today = crate::today();
        let Some(orgs) = list(organisations) else { return Ok(Watch { today, pairs: Vec::new() }) };
        let rows = sqlx::query(&format!(
            "SELECT pr.id, pr.status, pr.started_on, pr.agreement, pr.first_meeting_at, \
             pr.first_meeting_held_at, g.risk_no_session_days, g.risk_ending_days, \
             g.checkin_first_days, g.checkin_every_days, pr.mentor_id, pr.mentee_id, \
             CAST(CASE WHEN km.user_id IS NULL THEN 0 ELSE 1 END AS BIGINT) AS mentor_account, \
             CAST(CASE WHEN nm.user_id IS NULL THEN 0 ELSE 1 END AS BIGINT) AS mentee_account, \
             ls.last_session, COALESCE(oc.open_concerns, 0) AS open_concerns, \
             COALESCE(oc.urgent_concerns, 0) AS urgent_concerns, COALESCE(k.contacts, 0) AS contacts \
             FROM pairs pr JOIN programmes g ON g.id = pr.programme_id \
             JOIN participants km ON km.id = pr.mentor_id JOIN participants nm ON nm.id = pr.mentee_id \
             LEFT JOIN (SELECT pair_id, MAX(starts_at) AS last_session FROM peer_sessions WHERE status = 'held' \
               GROUP BY pair_id) ls ON ls.pair_id = pr.id \
             LEFT JOIN (SELECT pair_id, COUNT(*) AS open_concerns, \
               SUM(CASE WHEN severity = 'urgent' THEN 1 ELSE 0 END) AS urgent_concerns FROM concerns \
               WHERE status <> 'closed' AND pair_id IS NOT NULL GROUP BY pair_id) oc ON oc.pair_id = pr.id \
             LEFT JOIN (SELECT pair_id, COUNT(*) AS contacts FROM pair_contacts GROUP BY pair_id) k ON k.pair_id = pr.id \
             WHERE g.organisation_id IN ({orgs}) AND pr.status IN ('{}', '{}') ORDER BY pr.id",
            PairStatus::Accepted.as_str(),
            PairStatus::Active.as_str()
        ))
        .fetch_all(self.pool())
        .await?;
        // Every check-in answered in those pairs, oldest first: one query.
        let answers = sqlx::query(&format!(
            "SELECT c.pair_id, c.participant_id, c.due_on, c.satisfaction FROM checkins c \
             JOIN pairs pr ON pr.id = c.pair_id JOIN programmes g ON g.id = pr.programme_id \
             WHERE g.organisation_id IN ({orgs}) AND pr.status = '{}' ORDER BY c.answered_at, c.id",
            PairStatus::Active.as_str()
        ))
        .fetch_all(self.pool())
        .await?;
        let mut by_pair: HashMap<i64, Vec<(i64, String, i64)>> = HashMap::new();
        for a in &answers {
            by_pair.entry(a.try_get("pair_id")?).or_default().push((
                a.try_get("participant_id")?,
                a.try_get("due_on")?,
                a.try_get("satisfaction")?,
            ));
        }
        let pairs = rows
            .iter()
            .map(|r| {
                let status: String = r.try_get("status")?;
                let status = PairStatus::parse(&status).ok_or_else(|| StoreError::corrupt("pairs.status", &status))?;
                let agreement: Option<String> = r.try_get("agreement")?;
                let months = match agreement {
                    Some(json) => {
                        serde_json::from_str::<Agreement>(&json).map_err(StoreError::json("pair agreement"))?.months
                    }
                    None => 6,
                };
                let started: Option<String> = r.try_get("started_on")?;
                let started_on = started
                    .as_deref()
                    .map(|s| m4m_domain::programme::parse_date("started_on", s))
                    .transpose()
                    .map_err(|_| StoreError::corrupt("pairs.started_on", started.as_deref().unwrap_or_default()))?;
                let (open, urgent): (i64, i64) = (r.try_get("open_concerns")?, r.try_get("urgent_concerns")?);
                let pair_id: i64 = r.try_get("id")?;
                let answered = by_pair.get(&pair_id).map(Vec::as_slice).unwrap_or_default();
                let cadence = Cadence {
                    first_days: r.try_get("checkin_first_days")?,
                    every_days: r.try_get("checkin_every_days")?,
                };
                // Members with an account answer check-ins; the due one is
                // unanswered while one of them has not.
                let mut members = Vec::new();
                if r.try_get::<i64, _>("mentor_account")? == 1 {
                    members.push(r.try_get::<i64, _>("mentor_id")?);
                }
                if r.try_get::<i64, _>("mentee_account")? == 1 {
                    members.push(r.try_get::<i64, _>("mentee_id")?);
                }
                let unanswered_checkin = match (status, started_on) {
                    (PairStatus::Active, Some(start)) => current_due(start, cadence, today).filter(|due| {
                        let due = m4m_domain::programme::format_date(*due);
                        members.iter().any(|m| !answered.iter().any(|(p, d, _)| p == m && *d == due))
                    }),
                    _ => None,
                };
                let contacts: i64 = r.try_get("contacts")?;
                let contact_overdue = match (status, started_on) {
                    (PairStatus::Active, Some(start)) => m4m_domain::contact::overdue(start, contacts, today),
                    _ => false,
                };
                Ok(Watched {
                    contact_overdue,
                    pair_id,
                    status,
                    facts: PairFacts {
                        started_on: if status == PairStatus::Active { started_on } else { None },
                        months,
                        last_session: r.try_get::<Option<i64>, _>("last_session")?.map(day),
                        first_meeting: r.try_get::<Option<i64>, _>("first_meeting_at")?.map(day),
                        first_meeting_held: r.try_get::<Option<i64>, _>("first_meeting_held_at")?.is_some(),
                        open_concerns: open,
                        urgent_concern: urgent > 0,
                        satisfaction: answered.iter().map(|(_, _, s)| *s).collect(),
                        unanswered_checkin,
                    },
                    thresholds: Thresholds {
                        no_session_days: r.try_get("risk_no_session_days")?,
                        ending_days: r.try_get("risk_ending_days")?,
                    },
                })
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        Ok(Watch { today, pairs })
    }

    /// The programme and first names of the pairs `ids`, by pair.
    pub async fn pair_titles(&self, ids: &[i64]) -> Result<HashMap<i64, PairTitle>, StoreError> {
        if ids.is_empty() {
            return Ok(HashMap::new());
        }
        let ids = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(", ");
        let rows = sqlx::query(&format!(
            "SELECT pr.id, g.name AS programme_name, km.first_name AS mentor_first, nm.first_name AS mentee_first \
             FROM pairs pr JOIN programmes g ON g.id = pr.programme_id \
             JOIN participants km ON km.id = pr.mentor_id JOIN participants nm ON nm.id = pr.mentee_id \
             WHERE pr.id IN ({ids})"
        ))
        .fetch_all(self.pool())
        .await?;
        rows.iter()
            .map(|r| {
                Ok((
                    r.try_get("id")?,
                    PairTitle {
                        programme_name: r.try_get("programme_name")?,
                        mentor_first: r.try_get("mentor_first")?,
                        mentee_first: r.try_get("mentee_first")?,
                    },
                ))
            })
            .collect()
    }

    /// What waits on someone in `organisations`: the pair and what it
    /// waits for. Oldest first; names are left to [`Store::pair_titles`].
    pub async fn waiting_on_someone(&self, organisations: &[i64]) -> Result<Vec<(i64, Waiting)>, StoreError> {
        let Some(orgs) = list(organisations) else { return Ok(Vec::new()) };
        let week_ago = crate::now() - 7 * 86_400;
        let rows = sqlx::query(&format!(
            "SELECT pr.id, pr.status, pr.mentor_answer, pr.mentee_answer, CAST(CASE WHEN pr.agreement IS NULL THEN 0 ELSE 1 END AS BIGINT) AS written, \
             pr.agreement_mentor_at, pr.agreement_mentee_at, pr.agreement_paper_by, \
             COALESCE(u.unconfirmed, 0) AS unconfirmed \
             FROM pairs pr JOIN programmes g ON g.id = pr.programme_id \
             LEFT JOIN (SELECT pair_id, COUNT(*) AS unconfirmed FROM peer_sessions WHERE status = 'held' \
               AND confirmed_at IS NULL AND starts_at < $1 GROUP BY pair_id) u ON u.pair_id = pr.id \
             WHERE g.organisation_id IN ({orgs}) AND pr.status IN ('proposed', 'accepted', 'active') ORDER BY pr.id"
        ))
        .bind(week_ago)
        .fetch_all(self.pool())
        .await?;
        let mut out = Vec::new();
        for r in &rows {
            let status: String = r.try_get("status")?;
            let (ma, na): (String, String) = (r.try_get("mentor_answer")?, r.try_get("mentee_answer")?);
            let written = r.try_get::<i64, _>("written")? != 0;
            let signed = r.try_get::<Option<i64>, _>("agreement_paper_by")?.is_some()
                || (r.try_get::<Option<i64>, _>("agreement_mentor_at")?.is_some()
                    && r.try_get::<Option<i64>, _>("agreement_mentee_at")?.is_some());
            let unconfirmed: i64 = r.try_get("unconfirmed")?;
            let what = if status == "proposed" && (ma.is_empty() || na.is_empty()) {
                Some(Waiting::Answer)
            } else if status == "accepted" && written && !signed {
                Some(Waiting::Signature)
            } else if unconfirmed > 0 {
                Some(Waiting::Confirmation(unconfirmed))
            } else {
                None
            };
            if let Some(what) = what {
                out.push((r.try_get("id")?, what));
            }
        }
        Ok(out)
    }
}
