//! What needs a coordinator today (step 9): the facts of the pairs that
//! are setting up or running, judged by the domain's
//! [`m4m_domain::attention::risks`], and the things waiting on someone —
//! proposals not answered, agreements not signed, sessions not confirmed,
//! staff contacts due.
//!
//! The judgement of each pair is kept (`pair_watch`, migration 0034): a
//! page reads a count and the rows it shows from an index, in the order a
//! coordinator reads them, however many pairs the organisation runs. The
//! database's triggers add a line to `pair_watch_changes` with every write
//! that changes what a pair is judged on (writes only add lines: none
//! waits for a row another write holds); before reading, the pairs with
//! lines and those judged for an earlier day are judged again here — a
//! few after ordinary writes, every running pair once a day.

use m4m_domain::attention::{PairFacts, Risk, Thresholds, codes, order_key, parse_codes, risks};
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

/// A page of each attention list, each pair with its title
/// ([`Store::attention_page`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AttentionPage {
    pub at_risk: Vec<(i64, Vec<Risk>, PairTitle)>,
    pub waiting: Vec<(i64, Waiting, PairTitle)>,
}

/// Something waiting on someone, about one pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Waiting {
    /// Fewer staff contacts than the pair is due (the coordinator's own
    /// part, [`m4m_domain::contact`]).
    Contact,
    /// A proposal one side has not answered.
    Answer,
    /// An agreement written and not yet accepted by both.
    Signature,
    /// Sessions logged as held that the other side has not confirmed for
    /// a week (how many).
    Confirmation(i64),
}

impl Waiting {
    /// How it is kept.
    fn code(self) -> String {
        match self {
            Waiting::Contact => "contact".to_owned(),
            Waiting::Answer => "answer".to_owned(),
            Waiting::Signature => "signature".to_owned(),
            Waiting::Confirmation(n) => format!("confirm:{n}"),
        }
    }

    fn parse(code: &str) -> Option<Waiting> {
        Some(match code.split_once(':') {
            Some(("confirm", n)) => Waiting::Confirmation(n.parse().ok()?),
            _ if code == "answer" => Waiting::Answer,
            _ if code == "signature" => Waiting::Signature,
            _ if code == "contact" => Waiting::Contact,
            _ => return None,
        })
    }
}

/// How many pairs are at risk, and how many things wait on someone: the
/// answers, signatures and confirmations (`waiting`), then the staff
/// contacts due.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AttentionCounts {
    pub at_risk: usize,
    pub waiting: usize,
    pub contacts: usize,
}

impl AttentionCounts {
    /// Everything that waits on someone, contacts included.
    pub fn waiting_total(self) -> usize {
        self.waiting + self.contacts
    }
}

/// The day a judgement holds for when nothing of it changes with the day.
const ANY_DAY: &str = "9999-12-31";

/// How many pairs are judged (read and kept) at a time.
const CHUNK: usize = 500;

/// The kept judgement of one pair.
struct Judged {
    pair_id: i64,
    judged_for: String,
    risks: Vec<Risk>,
    waiting: Option<Waiting>,
    contact_due: bool,
}

/// What a pair is judged on, read for the pairs a condition selects
/// (`condition`, on `pr` and `g`): one row per pair, each count read through
/// the pair's own index (`MAX(CASE …)` so that SQLite does not take the
/// sessions' status index and scan every held session for each pair).
fn facts_query(condition: &str) -> String {
    format!(
        "SELECT pr.id, pr.status, pr.started_on, pr.agreement, pr.first_meeting_at, \
         pr.first_meeting_held_at, g.risk_no_session_days, g.risk_ending_days, \
         g.checkin_first_days, g.checkin_every_days, pr.mentor_id, pr.mentee_id, \
         pr.mentor_answer, pr.mentee_answer, \
         CAST(CASE WHEN pr.agreement IS NULL THEN 0 ELSE 1 END AS BIGINT) AS written, \
         CAST(CASE WHEN pr.agreement_paper_by IS NOT NULL OR (pr.agreement_mentor_at IS NOT NULL \
           AND pr.agreement_mentee_at IS NOT NULL) THEN 1 ELSE 0 END AS BIGINT) AS signed, \
         CAST(CASE WHEN km.user_id IS NULL THEN 0 ELSE 1 END AS BIGINT) AS mentor_account, \
         CAST(CASE WHEN nm.user_id IS NULL THEN 0 ELSE 1 END AS BIGINT) AS mentee_account, \
         (SELECT MAX(CASE WHEN s.status = 'held' THEN s.starts_at END) FROM peer_sessions s \
           WHERE s.pair_id = pr.id) AS last_session, \
         COALESCE((SELECT SUM(CASE WHEN s.status = 'held' AND s.confirmed_at IS NULL AND s.starts_at < $1 \
           THEN 1 ELSE 0 END) FROM peer_sessions s WHERE s.pair_id = pr.id), 0) AS unconfirmed, \
         (SELECT COUNT(*) FROM concerns c WHERE c.pair_id = pr.id AND c.status <> 'closed') AS open_concerns, \
         (SELECT COUNT(*) FROM concerns c WHERE c.pair_id = pr.id AND c.status <> 'closed' \
           AND c.severity = 'urgent') AS urgent_concerns, \
         (SELECT COUNT(*) FROM pair_contacts k WHERE k.pair_id = pr.id) AS contacts \
         FROM pairs pr JOIN programmes g ON g.id = pr.programme_id \
         JOIN participants km ON km.id = pr.mentor_id JOIN participants nm ON nm.id = pr.mentee_id \
         WHERE {condition} ORDER BY pr.id"
    )
}

fn day(unix: i64) -> Date {
    OffsetDateTime::from_unix_timestamp(unix).map_or(OffsetDateTime::UNIX_EPOCH.date(), |t| t.date())
}

fn list(organisations: &[i64]) -> Option<String> {
    (!organisations.is_empty()).then(|| organisations.iter().map(i64::to_string).collect::<Vec<_>>().join(", "))
}

impl Store {
    /// Every pair setting up or running in `organisations`, with its facts
    /// as of the store's today (as the judgements kept are made; the
    /// tests compare them with a pair-by-pair reading).
    pub async fn pairs_to_watch(&self, organisations: &[i64]) -> Result<Watch, StoreError> {
        let today = crate::today();
        let Some(orgs) = list(organisations) else { return Ok(Watch { today, pairs: Vec::new() }) };
        let condition = format!(
            "g.organisation_id IN ({orgs}) AND pr.status IN ('{}', '{}')",
            PairStatus::Accepted.as_str(),
            PairStatus::Active.as_str()
        );
        let pairs = self.read_facts(&condition, today).await?.into_iter().map(|(w, _)| w).collect();
        Ok(Watch { today, pairs })
    }

    /// The facts of the pairs `condition` selects, each with what waits
    /// on someone.
    async fn read_facts(&self, condition: &str, today: Date) -> Result<Vec<(Watched, Option<Waiting>)>, StoreError> {
        // Sessions held before the day a week ago wait "for over a week".
        let week_ago = today.midnight().assume_utc().unix_timestamp() - 7 * 86_400;
        // Statements that name their pairs are used once: not kept in the
        // connection's cache of prepared statements, where a few hundred
        // ids each would hold megabytes (as every `IN` of ids below).
        let rows = sqlx::query(&facts_query(condition)).persistent(false).bind(week_ago).fetch_all(self.pool()).await?;
        let ids = rows.iter().map(|r| r.try_get::<i64, _>("id")).collect::<Result<Vec<_>, _>>()?;
        // Every check-in answered in those pairs, oldest first: one query.
        let mut by_pair: HashMap<i64, Vec<(i64, String, i64)>> = HashMap::new();
        if let Some(ids) = list(&ids) {
            let answers = sqlx::query(&format!(
                "SELECT pair_id, participant_id, due_on, satisfaction FROM checkins \
                 WHERE pair_id IN ({ids}) ORDER BY answered_at, id"
            ))
            .persistent(false)
            .fetch_all(self.pool())
            .await?;
            for a in &answers {
                by_pair.entry(a.try_get("pair_id")?).or_default().push((
                    a.try_get("participant_id")?,
                    a.try_get("due_on")?,
                    a.try_get("satisfaction")?,
                ));
            }
        }
        rows.iter()
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
                // Only an active pair's check-ins count.
                let answered = match status {
                    PairStatus::Active => by_pair.get(&pair_id).map(Vec::as_slice).unwrap_or_default(),
                    _ => &[],
                };
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
                let (ma, na): (String, String) = (r.try_get("mentor_answer")?, r.try_get("mentee_answer")?);
                let written = r.try_get::<i64, _>("written")? != 0;
                let signed = r.try_get::<i64, _>("signed")? != 0;
                let unconfirmed: i64 = r.try_get("unconfirmed")?;
                let waiting = match status {
                    PairStatus::Proposed if ma.is_empty() || na.is_empty() => Some(Waiting::Answer),
                    PairStatus::Accepted if written && !signed => Some(Waiting::Signature),
                    PairStatus::Proposed | PairStatus::Accepted | PairStatus::Active if unconfirmed > 0 => {
                        Some(Waiting::Confirmation(unconfirmed))
                    }
                    _ => None,
                };
                let watched = Watched {
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
                };
                Ok((watched, waiting))
            })
            .collect()
    }

    /// The lines of change of `orgs` (a list of ids), and the pairs to
    /// judge again: those with lines and those judged for a day before
    /// `today`, in the order of their ids.
    async fn stale(&self, orgs: &str, today: &str) -> Result<(Vec<i64>, Vec<i64>), StoreError> {
        // Both in one statement (every coordinator's visit asks, and most
        // find neither): a line of change has its id, a pair judged for an
        // earlier day none.
        let rows = sqlx::query(&format!(
            "SELECT id AS line, pair_id FROM pair_watch_changes WHERE organisation_id IN ({orgs}) \
             UNION ALL SELECT 0 AS line, pair_id FROM pair_watch WHERE organisation_id IN ({orgs}) AND judged_for < $1"
        ))
        .bind(today)
        .fetch_all(self.pool())
        .await?;
        let mut stale = std::collections::BTreeSet::new();
        let mut lines = Vec::new();
        for r in &rows {
            let line: i64 = r.try_get("line")?;
            if line > 0 {
                lines.push(line);
            }
            stale.insert(r.try_get::<i64, _>("pair_id")?);
        }
        lines.sort_unstable();
        Ok((lines, stale.into_iter().collect()))
    }

    /// Judges again the pairs of `orgs` (a list of ids) that changed since
    /// they were judged or were judged for an earlier day, keeps the new
    /// judgements and removes the lines of change it read. Those lines are
    /// read before the facts, so every change they stand for is in the
    /// facts; a write after that adds a line of its own, which stays for
    /// the next visit. One judge at a time in this process, taken only when
    /// there is something to judge (every coordinator's visit asks), and
    /// asked again once taken: a judge that waited finds the work done.
    async fn judge_stale(&self, orgs: &str) -> Result<(), StoreError> {
        let today = crate::today();
        let today_text = m4m_domain::programme::format_date(today);
        let (lines, stale) = self.stale(orgs, &today_text).await?;
        if lines.is_empty() && stale.is_empty() {
            return Ok(());
        }
        let _turn = self.judging.lock().await;
        let (lines, stale) = self.stale(orgs, &today_text).await?;
        for chunk in stale.chunks(CHUNK) {
            let ids = list(chunk).unwrap_or_default();
            let read = self.read_facts(&format!("pr.id IN ({ids})"), today).await?;
            let judged: Vec<Judged> = read
                .into_iter()
                .map(|(w, waiting)| {
                    let watched = matches!(w.status, PairStatus::Accepted | PairStatus::Active);
                    Judged {
                        pair_id: w.pair_id,
                        judged_for: if watched { today_text.clone() } else { ANY_DAY.to_owned() },
                        risks: if watched { risks(&w.facts, w.thresholds, today) } else { Vec::new() },
                        waiting,
                        contact_due: w.contact_overdue,
                    }
                })
                .collect();
            if !self.keep_judgements(&judged).await? {
                // Not kept: the lines stay, and these pairs are judged again.
                return Ok(());
            }
        }
        if lines.is_empty() {
            return Ok(());
        }
        // SQLite's writers take their turn (a write transaction).
        let mut tx = self.begin_write().await?;
        for chunk in lines.chunks(CHUNK) {
            let ids = list(chunk).unwrap_or_default();
            sqlx::query(&format!("DELETE FROM pair_watch_changes WHERE id IN ({ids})"))
                .persistent(false)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await
    }

    /// Writes judgements, one statement for the lot; whether they were
    /// kept. On PostgreSQL, two servers judging the same pairs at once may
    /// lock their rows in another order, and the database then has one of
    /// them give way: those pairs are judged again at the next visit (the
    /// kept judgements are a cache of the rules' answer, never the only
    /// copy of anything).
    async fn keep_judgements(&self, judged: &[Judged]) -> Result<bool, StoreError> {
        if judged.is_empty() {
            return Ok(true);
        }
        let rows: Vec<String> = (0..judged.len())
            .map(|i| {
                let at = i * 6;
                format!("(${}, ${}, ${}, ${}, ${}, ${})", at + 1, at + 2, at + 3, at + 4, at + 5, at + 6)
            })
            .collect();
        let sql = format!(
            "UPDATE pair_watch SET judged_for = v.column2, risks = v.column3, risk_order = v.column4, \
             waiting = v.column5, contact_due = v.column6 \
             FROM (VALUES {}) AS v WHERE pair_watch.pair_id = v.column1",
            rows.join(", ")
        );
        let query = judged.iter().fold(sqlx::query(&sql).persistent(false), |q, j| {
            q.bind(j.pair_id)
                .bind(j.judged_for.clone())
                .bind((!j.risks.is_empty()).then(|| codes(&j.risks)))
                .bind((!j.risks.is_empty()).then(|| order_key(&j.risks)))
                .bind(j.waiting.map(Waiting::code))
                .bind(i64::from(j.contact_due))
        });
        match self.backend {
            crate::Backend::Sqlite => {
                let mut tx = self.begin_write().await?;
                query.execute(&mut *tx).await?;
                tx.commit().await?;
                Ok(true)
            }
            crate::Backend::Postgres => match query.execute(self.pool()).await {
                Ok(_) => {
                    // Not through a write transaction: counted here.
                    self.writes.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    Ok(true)
                }
                Err(e) => {
                    tracing::warn!(error = %e, "pairs judged but not kept; judged again at the next visit");
                    Ok(false)
                }
            },
        }
    }

    /// Judges again, in every organisation, the pairs that changed or
    /// were judged for an earlier day (a background job, hourly).
    pub async fn judge_pairs(&self) -> Result<(), StoreError> {
        let all: Vec<i64> = sqlx::query_scalar("SELECT id FROM organisations").fetch_all(self.pool()).await?;
        match list(&all) {
            Some(orgs) => self.judge_stale(&orgs).await,
            None => Ok(()),
        }
    }

    /// How many pairs of `organisations` are at risk today, and how many
    /// things wait on someone (judging first what has changed).
    pub async fn attention_counts(&self, organisations: &[i64]) -> Result<AttentionCounts, StoreError> {
        let Some(orgs) = list(organisations) else { return Ok(AttentionCounts::default()) };
        self.judge_stale(&orgs).await?;
        // Kept as the home's other figures are (`kept`): a judgement made
        // here counts as a write.
        let read = async {
            let row = sqlx::query(&format!(
                "SELECT (SELECT COUNT(*) FROM pair_watch WHERE organisation_id IN ({orgs}) AND risk_order IS NOT NULL) AS r, \
                 (SELECT COUNT(*) FROM pair_watch WHERE organisation_id IN ({orgs}) AND waiting IS NOT NULL) AS w, \
                 (SELECT COUNT(*) FROM pair_watch WHERE organisation_id IN ({orgs}) AND contact_due = 1) AS c"
            ))
            .fetch_one(self.pool())
            .await?;
            let count = |name: &str| -> Result<usize, StoreError> { Ok(row.try_get::<i64, _>(name)?.max(0) as usize) };
            Ok::<_, StoreError>(AttentionCounts { at_risk: count("r")?, waiting: count("w")?, contacts: count("c")? })
        };
        self.kept_attention.get(organisations.to_vec(), self.writes(), read).await
    }

    /// A page of each list, with the titles of the pairs on them, in one
    /// statement: the pairs at risk from `risk_from`, the most pressing
    /// first ([`Risk`]'s order), ties in the order of the pairs; what waits
    /// on someone from `wait_from` (answers, signatures and confirmations
    /// in the order of the pairs, then the staff contacts due); at most
    /// `limit` of each. As judged by the last [`Store::attention_counts`],
    /// which says where the contacts start. A home reads this on every
    /// visit: one round trip rather than four, and a statement kept
    /// prepared (the pairs' titles were read by their ids, a statement of
    /// its own each time, planned again each time).
    pub async fn attention_page(
        &self,
        organisations: &[i64],
        counts: AttentionCounts,
        risk_from: usize,
        wait_from: usize,
        limit: usize,
    ) -> Result<AttentionPage, StoreError> {
        let Some(orgs) = list(organisations) else { return Ok(AttentionPage::default()) };
        // Each list's page from its index, then the titles of the lot: one
        // join for the three, which PostgreSQL plans in about 60 % of the
        // time a join for each takes (2-3 ms against 3.5-5). The bounds are written in the statement,
        // which has no parameters, so that PostgreSQL plans it once for each
        // connection; the first pages (a home's) are kept prepared, the
        // others are not (a statement for each page asked).
        let part = |list: &str, what: &str, ord: &str, condition: &str, order: &str, limit: usize, offset: usize| {
            format!(
                "SELECT * FROM (SELECT '{list}' AS list, pair_id, {what} AS what, {ord} AS ord FROM pair_watch \
                 WHERE organisation_id IN ({orgs}) AND {condition} ORDER BY {order} LIMIT {limit} OFFSET {offset}) {list}"
            )
        };
        let parts = [
            part("r", "risks", "risk_order", "risk_order IS NOT NULL", "risk_order, pair_id", limit, risk_from),
            part("w", "waiting", "''", "waiting IS NOT NULL", "pair_id", limit, wait_from),
            // The contacts come after every other thing waiting.
            part("c", "''", "''", "contact_due = 1", "pair_id", limit, wait_from.saturating_sub(counts.waiting)),
        ];
        let sql = format!(
            "SELECT l.list, l.pair_id, l.what, l.ord, g.name AS programme_name, km.first_name AS mentor_first, \
             nm.first_name AS mentee_first FROM ({}) l JOIN pairs pr ON pr.id = l.pair_id \
             JOIN programmes g ON g.id = pr.programme_id \
             JOIN participants km ON km.id = pr.mentor_id JOIN participants nm ON nm.id = pr.mentee_id",
            parts.join(" UNION ALL ")
        );
        let rows = sqlx::query(&sql).persistent(risk_from == 0 && wait_from == 0).fetch_all(self.pool()).await?;
        let (mut risk_order, mut waiting, mut contacts) = (Vec::new(), Vec::new(), Vec::new());
        for r in &rows {
            let id: i64 = r.try_get("pair_id")?;
            let title = PairTitle {
                programme_name: r.try_get("programme_name")?,
                mentor_first: r.try_get("mentor_first")?,
                mentee_first: r.try_get("mentee_first")?,
            };
            let what: String = r.try_get("what")?;
            match r.try_get::<String, _>("list")?.as_str() {
                "r" => {
                    let found = parse_codes(&what).ok_or_else(|| StoreError::corrupt("pair_watch.risks", &what))?;
                    risk_order.push((r.try_get::<String, _>("ord")?, id, found, title));
                }
                "w" => {
                    let w = Waiting::parse(&what).ok_or_else(|| StoreError::corrupt("pair_watch.waiting", &what))?;
                    waiting.push((id, w, title));
                }
                _ => contacts.push((id, Waiting::Contact, title)),
            }
        }
        // The parts of a union come in no promised order: each is sorted
        // here as its own statement sorted it.
        risk_order.sort_by(|a, b| (&a.0, a.1).cmp(&(&b.0, b.1)));
        waiting.sort_by_key(|w| w.0);
        contacts.sort_by_key(|c| c.0);
        Ok(AttentionPage {
            at_risk: risk_order.into_iter().map(|(_, id, found, title)| (id, found, title)).collect(),
            waiting: waiting.into_iter().chain(contacts).take(limit).collect(),
        })
    }
}
