//! The pair, from its proposal to its start and its peer sessions: one
//! read model ([`Pair`]) for every page that shows a pair, and the writes
//! of step 6 — both answers, the first meeting, the agreement and its
//! signatures. Each write is checked by the domain's rules
//! ([`PairState::check`]) and guarded in SQL against a concurrent change;
//! the pair starts (and both people become active) in the same
//! transaction as the last of these. The step each member stands at
//! follows their pairs ([`refresh_step`]).

use m4m_domain::closing::{Closing, ClosingReason};
use m4m_domain::pairing::{Agreement, Answer, PairChange, PairState, PairStatus};
use m4m_domain::participant::{Kind, Status};
use m4m_domain::step::{PairPhase, Step};
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use crate::filter::{Filter, Value};
use crate::participants::{Brief, SessionBrief, language_codes};
use crate::{Store, StoreError, audit, now, outbox};

/// A pair with everything its pages show: both members' minimal data,
/// what step 6 recorded and, where asked for, its next planned session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pair {
    pub id: i64,
    pub programme_id: i64,
    pub programme_name: String,
    pub organisation_id: i64,
    pub status: PairStatus,
    pub mentor: Brief,
    pub mentee: Brief,
    /// The buddy's supervisor, who may follow the pair.
    pub supervisor_user_id: Option<i64>,
    pub mentor_answer: Answer,
    pub mentee_answer: Answer,
    pub decline_reason: String,
    /// When the first meeting is planned (Unix seconds), and where.
    pub first_meeting_at: Option<i64>,
    pub first_meeting_place: String,
    pub first_meeting_held_at: Option<i64>,
    pub agreement: Option<Agreement>,
    pub agreement_mentor_at: Option<i64>,
    pub agreement_mentee_at: Option<i64>,
    /// The staff member who recorded a paper signature.
    pub agreement_paper_by: Option<i64>,
    pub started_on: Option<time::Date>,
    /// Why a coordinator chose this pair by hand, if they did.
    pub decision_note: String,
    /// How the pair closed (step 10), once it has.
    pub closing: Option<Closing>,
    /// Filled by the reads that say so.
    pub next_session: Option<SessionBrief>,
}

impl Pair {
    /// The accounts related to the pair, for permission checks: its two
    /// members and the buddy's supervisor.
    pub fn related_users(&self) -> Vec<i64> {
        self.members().into_iter().chain(self.supervisor_user_id).collect()
    }

    /// The accounts of its two members: those who act on the pair.
    pub fn members(&self) -> Vec<i64> {
        self.mentor.user_id.into_iter().chain(self.mentee.user_id).collect()
    }

    /// Whether `user` is one of the two members (not their supervisor).
    pub fn is_member(&self, user: i64) -> bool {
        self.side_of(user).is_some()
    }

    /// Which side an account is on.
    pub fn side_of(&self, user_id: i64) -> Option<Kind> {
        if self.mentor.user_id == Some(user_id) {
            Some(Kind::Mentor)
        } else if self.mentee.user_id == Some(user_id) {
            Some(Kind::Mentee)
        } else {
            None
        }
    }

    /// One side's member.
    pub fn member(&self, side: Kind) -> &Brief {
        match side {
            Kind::Mentor => &self.mentor,
            Kind::Mentee => &self.mentee,
        }
    }

    /// The pair as the domain's rules read it.
    pub fn state(&self) -> PairState {
        PairState {
            status: self.status,
            mentor_answer: self.mentor_answer,
            mentee_answer: self.mentee_answer,
            first_meeting_at: self.first_meeting_at,
            first_meeting_held: self.first_meeting_held_at.is_some(),
            agreement_written: self.agreement.is_some(),
            mentor_signed: self.agreement_mentor_at.is_some(),
            mentee_signed: self.agreement_mentee_at.is_some(),
            paper_signed: self.agreement_paper_by.is_some(),
        }
    }

    /// What the pair says of where its members stand.
    pub fn phase(&self) -> Option<PairPhase> {
        match (self.status, self.started_on) {
            (PairStatus::Proposed | PairStatus::Accepted, _) => Some(PairPhase::Forming),
            (PairStatus::Active, Some(started_on)) => {
                Some(PairPhase::Active { started_on, months: self.agreement.as_ref().map_or(6, |a| a.months) })
            }
            (PairStatus::Active, None) => Some(PairPhase::Active { started_on: crate::today(), months: 6 }),
            (PairStatus::Declined | PairStatus::Completed | PairStatus::EndedEarly, _) => None,
        }
    }
}

/// Every column a [`Pair`] is read from, by name.
pub(crate) const PAIR_SELECT: &str = "SELECT pr.id, pr.programme_id, g.name AS programme_name, \
    g.organisation_id, pr.status, pr.mentor_answer, pr.mentee_answer, pr.decline_reason, pr.first_meeting_at, \
    pr.first_meeting_place, pr.first_meeting_held_at, pr.agreement, pr.agreement_mentor_at, pr.agreement_mentee_at, \
    pr.agreement_paper_by, pr.started_on, pr.decision_note, pr.closed_on, pr.close_reason, pr.close_note, \
    pr.closing_meeting_on, pr.mentor_rematch, pr.mentee_rematch, \
    b.id AS mentor_id, b.user_id AS mentor_user_id, b.first_name AS mentor_first_name, \
    b.languages AS mentor_languages, b.area AS mentor_area, b.supervisor_user_id, \
    n.id AS mentee_id, n.user_id AS mentee_user_id, n.first_name AS mentee_first_name, \
    n.languages AS mentee_languages, n.area AS mentee_area \
    FROM pairs pr JOIN programmes g ON g.id = pr.programme_id \
    JOIN participants b ON b.id = pr.mentor_id JOIN participants n ON n.id = pr.mentee_id";

/// The open statuses ([`PairStatus::OPEN`]) as an SQL list, for `IN (…)`.
pub(crate) fn open_statuses() -> String {
    PairStatus::OPEN.map(|s| format!("'{}'", s.as_str())).join(", ")
}

fn brief(r: &AnyRow, side: &str) -> Result<Brief, sqlx::Error> {
    Ok(Brief {
        participant_id: r.try_get(format!("{side}_id").as_str())?,
        user_id: r.try_get(format!("{side}_user_id").as_str())?,
        first_name: r.try_get(format!("{side}_first_name").as_str())?,
        languages: language_codes(&r.try_get::<String, _>(format!("{side}_languages").as_str())?),
        area: r.try_get(format!("{side}_area").as_str())?,
    })
}

/// Reads one row of [`PAIR_SELECT`].
pub(crate) fn read_pair(r: &AnyRow) -> Result<Pair, StoreError> {
    let status: String = r.try_get("status")?;
    let answer = |column: &str| -> Result<Answer, StoreError> {
        let a: String = r.try_get(column)?;
        Answer::parse(&a).ok_or_else(|| StoreError::corrupt(column, &a))
    };
    let agreement: Option<String> = r.try_get("agreement")?;
    let started_on: Option<String> = r.try_get("started_on")?;
    Ok(Pair {
        id: r.try_get("id")?,
        programme_id: r.try_get("programme_id")?,
        programme_name: r.try_get("programme_name")?,
        organisation_id: r.try_get("organisation_id")?,
        status: PairStatus::parse(&status).ok_or_else(|| StoreError::corrupt("pairs.status", &status))?,
        mentor: brief(r, "mentor")?,
        mentee: brief(r, "mentee")?,
        supervisor_user_id: r.try_get("supervisor_user_id")?,
        mentor_answer: answer("mentor_answer")?,
        mentee_answer: answer("mentee_answer")?,
        decline_reason: r.try_get("decline_reason")?,
        first_meeting_at: r.try_get("first_meeting_at")?,
        first_meeting_place: r.try_get("first_meeting_place")?,
        first_meeting_held_at: r.try_get("first_meeting_held_at")?,
        agreement: agreement
            .map(|a| serde_json::from_str(&a))
            .transpose()
            .map_err(StoreError::json("pair agreement"))?,
        agreement_mentor_at: r.try_get("agreement_mentor_at")?,
        agreement_mentee_at: r.try_get("agreement_mentee_at")?,
        agreement_paper_by: r.try_get("agreement_paper_by")?,
        started_on: date_in("pairs.started_on", started_on)?,
        decision_note: r.try_get("decision_note")?,
        closing: read_closing(r)?,
        next_session: None,
    })
}

/// Reads a stored day, naming the column if it is not one.
fn date_in(column: &'static str, raw: Option<String>) -> Result<Option<time::Date>, StoreError> {
    raw.map(|d| m4m_domain::programme::parse_date(column, &d).map_err(|_| StoreError::corrupt(column, &d))).transpose()
}

/// The closing columns of a [`PAIR_SELECT`] row, if the pair has closed.
fn read_closing(r: &AnyRow) -> Result<Option<Closing>, StoreError> {
    let Some(reason) = r.try_get::<Option<String>, _>("close_reason")? else { return Ok(None) };
    let reason = ClosingReason::parse(&reason).ok_or_else(|| StoreError::corrupt("pairs.close_reason", &reason))?;
    let closed_on = date_in("pairs.closed_on", r.try_get("closed_on")?)?
        .ok_or_else(|| StoreError::corrupt("pairs.closed_on", "NULL"))?;
    Ok(Some(Closing {
        reason,
        closed_on,
        meeting_on: date_in("pairs.closing_meeting_on", r.try_get("closing_meeting_on")?)?,
        note: r.try_get("close_note")?,
        mentor_rematch: r.try_get::<Option<i64>, _>("mentor_rematch")? == Some(1),
        mentee_rematch: r.try_get::<Option<i64>, _>("mentee_rematch")? == Some(1),
    }))
}

/// Reads the pairs that `condition` (SQL after `WHERE`, with `$1` bound to
/// `value`) selects.
pub(crate) async fn pairs_where(
    conn: &mut AnyConnection,
    condition: &str,
    value: i64,
) -> Result<Vec<Pair>, StoreError> {
    let rows = sqlx::query(&format!("{PAIR_SELECT} WHERE {condition}")).bind(value).fetch_all(conn).await?;
    rows.iter().map(read_pair).collect()
}

pub(crate) async fn load(conn: &mut AnyConnection, id: i64) -> Result<Option<Pair>, StoreError> {
    Ok(pairs_where(conn, "pr.id = $1", id).await?.pop())
}

/// Checks a change of a pair against the domain's rules; a refused one
/// reads as a conflict (the pair moved on since the page was shown).
pub(crate) fn check(pair: &Pair, change: PairChange) -> Result<(), StoreError> {
    pair.state().check(change, now()).map_err(|_| StoreError::Conflict)
}

/// Sets the step a person stands at from their status and open pairs
/// ([`Step::of`]), inside the caller's transaction. Called after every
/// change of a status or a pair, and daily for the steps that move with
/// time (7 to 9).
pub(crate) async fn refresh_step(conn: &mut AnyConnection, participant: i64) -> Result<(), StoreError> {
    let Some(row) = sqlx::query("SELECT status, step FROM participants WHERE id = $1")
        .bind(participant)
        .fetch_optional(&mut *conn)
        .await?
    else {
        return Ok(());
    };
    let (status, stored): (String, i64) = (row.try_get("status")?, row.try_get("step")?);
    let status = Status::parse(&status).ok_or_else(|| StoreError::corrupt("participants.status", &status))?;
    let open = open_statuses();
    let pairs =
        pairs_where(conn, &format!("(pr.mentor_id = $1 OR pr.mentee_id = $1) AND pr.status IN ({open})"), participant)
            .await?;
    let phases: Vec<PairPhase> = pairs.iter().filter_map(Pair::phase).collect();
    let step = i64::from(Step::of(status, &phases, crate::today()).number());
    if step != stored {
        sqlx::query("UPDATE participants SET step = $1 WHERE id = $2")
            .bind(step)
            .bind(participant)
            .execute(conn)
            .await?;
    }
    Ok(())
}

/// Starts the pair if everything is done ([`PairChange::Start`]): the pair
/// becomes active and both people too, with their status history.
async fn start_if_ready(conn: &mut AnyConnection, actor: i64, id: i64) -> Result<bool, StoreError> {
    let pair = load(conn, id).await?.ok_or(StoreError::NotFound)?;
    if pair.state().check(PairChange::Start, now()).is_err() {
        return Ok(false);
    }
    let today = crate::today();
    sqlx::query("UPDATE pairs SET status = $1, started_on = $2 WHERE id = $3 AND status = $4")
        .bind(PairStatus::Active.as_str())
        .bind(m4m_domain::programme::format_date(today))
        .bind(id)
        .bind(PairStatus::Accepted.as_str())
        .execute(&mut *conn)
        .await?;
    for person in [pair.mentor.participant_id, pair.mentee.participant_id] {
        let from = crate::registration::status_of(conn, person).await?;
        if from != Status::Active {
            crate::registration::move_in(conn, Some(actor), person, from, Status::Active, "").await?;
        }
        refresh_step(conn, person).await?;
    }
    if let Some(agreement) = &pair.agreement {
        crate::goals::goals_from_agreement(conn, id, pair.mentee.participant_id, agreement).await?;
    }
    audit::record(conn, Some(actor), "pair.start", &format!("pair:{id}"), "").await?;
    Ok(true)
}

/// Refreshes the steps of both members of a pair.
async fn refresh_members(conn: &mut AnyConnection, pair: &Pair) -> Result<(), StoreError> {
    refresh_step(conn, pair.mentor.participant_id).await?;
    refresh_step(conn, pair.mentee.participant_id).await
}

/// An account's pairs by where they stand ([`Store::pairs_of_account`]).
#[derive(Debug, Clone, Default)]
pub struct AccountPairs {
    /// Started, each with its next planned session, in the order of their
    /// ids.
    pub running: Vec<Pair>,
    /// Proposed or accepted.
    pub forming: Vec<Pair>,
    /// Completed or ended early, the most recently closed first (ties:
    /// the newest pair first).
    pub closed: Vec<Pair>,
    /// The planned sessions ahead (from an hour ago), soonest first, at
    /// most 50.
    pub upcoming: Vec<crate::participants::SessionBrief>,
}

/// The pairs an account is in, as the buddy or the newcomer (`$1`): one
/// indexed lookup per side. A condition on the user of either member
/// (`b.user_id = $1 OR n.user_id = $1`) cannot use an index and read
/// every pair of the installation (0.1 s per call at 20,000 people).
pub(crate) const PAIRS_OF_USER: &str = "(SELECT pr1.id FROM pairs pr1 JOIN participants p1 ON p1.id = pr1.mentor_id \
    WHERE p1.user_id = $1 UNION SELECT pr2.id FROM pairs pr2 JOIN participants p2 ON p2.id = pr2.mentee_id \
    WHERE p2.user_id = $1)";

impl Store {
    /// A pair by id, whatever its status; the caller checks who may see it.
    pub async fn pair(&self, id: i64) -> Result<Option<Pair>, StoreError> {
        let mut conn = self.pool().acquire().await?;
        load(&mut conn, id).await
    }

    /// The started pairs in which the account is the buddy or the
    /// newcomer, each with its next planned session.
    pub async fn pairs_of_user(&self, user_id: i64) -> Result<Vec<Pair>, StoreError> {
        Ok(self.pairs_of_account(user_id).await?.running)
    }

    /// Every pair of an account but the declined ones, by where they
    /// stand ([`AccountPairs`]), with the planned sessions ahead: a home's
    /// pairs in two statements, not six.
    pub async fn pairs_of_account(&self, user_id: i64) -> Result<AccountPairs, StoreError> {
        let mut conn = self.pool().acquire().await?;
        let condition =
            format!("pr.id IN {PAIRS_OF_USER} AND pr.status <> '{}' ORDER BY pr.id", PairStatus::Declined.as_str());
        let pairs = pairs_where(&mut conn, &condition, user_id).await?;
        drop(conn);
        // Sessions belong to pairs: none without one.
        let upcoming = if pairs.is_empty() { Vec::new() } else { self.upcoming_sessions(user_id, 50).await? };
        let mut out = AccountPairs { upcoming, ..AccountPairs::default() };
        for mut p in pairs {
            match p.status {
                PairStatus::Active => {
                    p.next_session = out.upcoming.iter().find(|s| s.pair_id == p.id).cloned();
                    out.running.push(p);
                }
                PairStatus::Proposed | PairStatus::Accepted => out.forming.push(p),
                PairStatus::Completed | PairStatus::EndedEarly => out.closed.push(p),
                PairStatus::Declined => {}
            }
        }
        out.closed.sort_by(|a, b| {
            let closed_on = |p: &Pair| p.closing.as_ref().map(|c| c.closed_on);
            closed_on(b).cmp(&closed_on(a)).then(b.id.cmp(&a.id))
        });
        Ok(out)
    }

    /// The pairs of an account on their way to starting (proposed or
    /// accepted): what may wait for them, and their first meeting.
    pub async fn forming_pairs_of_user(&self, user_id: i64) -> Result<Vec<Pair>, StoreError> {
        let mut conn = self.pool().acquire().await?;
        let condition = format!(
            "pr.id IN {PAIRS_OF_USER} AND pr.status IN ('{}', '{}') ORDER BY pr.id",
            PairStatus::Proposed.as_str(),
            PairStatus::Accepted.as_str()
        );
        pairs_where(&mut conn, &condition, user_id).await
    }

    /// The started pairs of the buddies a supervisor follows, each with the
    /// start of its last held session (none yet: `None`).
    pub async fn supervised_pairs(&self, supervisor_user_id: i64) -> Result<Vec<(Pair, Option<i64>)>, StoreError> {
        let mut conn = self.pool().acquire().await?;
        let condition = format!(
            "b.supervisor_user_id = $1 AND pr.status = '{}' ORDER BY b.first_name, pr.id",
            PairStatus::Active.as_str()
        );
        let pairs = pairs_where(&mut conn, &condition, supervisor_user_id).await?;
        let last: Vec<(i64, i64)> = sqlx::query(
            "SELECT s.pair_id, MAX(s.starts_at) AS last_held FROM peer_sessions s JOIN pairs pr ON pr.id = s.pair_id \
             JOIN participants b ON b.id = pr.mentor_id \
             WHERE b.supervisor_user_id = $1 AND s.status = 'held' GROUP BY s.pair_id",
        )
        .bind(supervisor_user_id)
        .fetch_all(&mut *conn)
        .await?
        .iter()
        .map(|r| Ok((r.try_get("pair_id")?, r.try_get("last_held")?)))
        .collect::<Result<_, sqlx::Error>>()?;
        Ok(pairs
            .into_iter()
            .map(|p| {
                let at = last.iter().find(|(id, _)| *id == p.id).map(|(_, at)| *at);
                (p, at)
            })
            .collect())
    }

    /// An answer to a proposal by one side. A decline closes the proposal
    /// (both return to the pool); two acceptances make the pair accepted.
    pub async fn answer_proposal(
        &self,
        actor: i64,
        id: i64,
        side: Kind,
        accept: bool,
        reason: &str,
    ) -> Result<(), StoreError> {
        let mut tx = self.audited(actor).await?;
        let pair = load(&mut tx, id).await?.ok_or(StoreError::NotFound)?;
        check(&pair, PairChange::Answer(side))?;
        let column = match side {
            Kind::Mentor => "mentor_answer",
            Kind::Mentee => "mentee_answer",
        };
        let answer = if accept { Answer::Accepted } else { Answer::Declined };
        let n = sqlx::query(&format!("UPDATE pairs SET {column} = $1 WHERE id = $2 AND status = $3 AND {column} = $4"))
            .bind(answer.as_str())
            .bind(id)
            .bind(PairStatus::Proposed.as_str())
            .bind(Answer::Waiting.as_str())
            .execute(&mut *tx)
            .await?
            .rows_affected();
        if n != 1 {
            return Err(StoreError::Conflict);
        }
        if !accept {
            sqlx::query("UPDATE pairs SET status = $1, decline_reason = $2 WHERE id = $3")
                .bind(PairStatus::Declined.as_str())
                .bind(reason)
                .bind(id)
                .execute(&mut *tx)
                .await?;
        } else {
            sqlx::query("UPDATE pairs SET status = $1 WHERE id = $2 AND mentor_answer = $3 AND mentee_answer = $3")
                .bind(PairStatus::Accepted.as_str())
                .bind(id)
                .bind(Answer::Accepted.as_str())
                .execute(&mut *tx)
                .await?;
        }
        refresh_members(&mut tx, &pair).await?;
        tx.commit(&format!("pair.{}", answer.as_str()), &format!("pair:{id}"), "").await
    }

    /// Schedules (or moves) the first meeting, facilitated by `actor`.
    pub async fn schedule_first_meeting(&self, actor: i64, id: i64, at: i64, place: &str) -> Result<(), StoreError> {
        let mut tx = self.audited(actor).await?;
        let pair = load(&mut tx, id).await?.ok_or(StoreError::NotFound)?;
        check(&pair, PairChange::PlanFirstMeeting)?;
        let n = sqlx::query(
            "UPDATE pairs SET first_meeting_at = $1, first_meeting_place = $2, facilitator_user_id = $3 WHERE id = $4 \
             AND status IN ($5, $6) AND first_meeting_held_at IS NULL",
        )
        .bind(at)
        .bind(place)
        .bind(actor)
        .bind(id)
        .bind(PairStatus::Proposed.as_str())
        .bind(PairStatus::Accepted.as_str())
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if n != 1 {
            return Err(StoreError::Conflict);
        }
        tx.commit("pair.first_meeting", &format!("pair:{id}"), "").await
    }

    /// Records the first meeting as held — once its time has come; starts
    /// the pair if all is done.
    pub async fn first_meeting_held(&self, actor: i64, id: i64) -> Result<bool, StoreError> {
        let mut tx = self.audited(actor).await?;
        let pair = load(&mut tx, id).await?.ok_or(StoreError::NotFound)?;
        check(&pair, PairChange::FirstMeetingHeld)?;
        let at = now();
        let n = sqlx::query(
            "UPDATE pairs SET first_meeting_held_at = $1 WHERE id = $2 AND status = $3 \
             AND first_meeting_at <= $1 AND first_meeting_held_at IS NULL",
        )
        .bind(at)
        .bind(id)
        .bind(PairStatus::Accepted.as_str())
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if n != 1 {
            return Err(StoreError::Conflict);
        }
        // Its line comes before those of the start it may lead to.
        tx.record("pair.first_meeting_held", &format!("pair:{id}"), "").await?;
        let started = start_if_ready(&mut tx, actor, id).await?;
        tx.commit_recorded().await?;
        Ok(started)
    }

    /// Writes (or rewrites) the agreement; a changed agreement must be
    /// accepted again by both.
    pub async fn save_agreement(&self, actor: i64, id: i64, agreement: &Agreement) -> Result<(), StoreError> {
        let json = serde_json::to_string(agreement).map_err(StoreError::json("pair agreement"))?;
        let mut tx = self.audited(actor).await?;
        let pair = load(&mut tx, id).await?.ok_or(StoreError::NotFound)?;
        check(&pair, PairChange::WriteAgreement)?;
        let n = sqlx::query(
            "UPDATE pairs SET agreement = $1, agreement_mentor_at = NULL, agreement_mentee_at = NULL, agreement_paper_by = NULL \
             WHERE id = $2 AND status = $3",
        )
        .bind(json)
        .bind(id)
        .bind(PairStatus::Accepted.as_str())
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if n != 1 {
            return Err(StoreError::Conflict);
        }
        tx.commit("pair.agreement", &format!("pair:{id}"), "").await
    }

    /// One side accepts the agreement in the app, or (`side` `None`) staff
    /// record that it was signed on paper. Starts the pair if all is done.
    pub async fn sign_agreement(&self, actor: i64, id: i64, side: Option<Kind>) -> Result<bool, StoreError> {
        let mut tx = self.audited(actor).await?;
        let pair = load(&mut tx, id).await?.ok_or(StoreError::NotFound)?;
        check(&pair, PairChange::Sign(side))?;
        let column = match side {
            Some(Kind::Mentor) => "agreement_mentor_at",
            Some(Kind::Mentee) => "agreement_mentee_at",
            None => "agreement_paper_by",
        };
        let value = if side.is_some() { now() } else { actor };
        let n = sqlx::query(&format!(
            "UPDATE pairs SET {column} = $1 WHERE id = $2 AND agreement IS NOT NULL AND status = $3 AND {column} IS NULL"
        ))
        .bind(value)
        .bind(id)
        .bind(PairStatus::Accepted.as_str())
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if n != 1 {
            return Err(StoreError::Conflict);
        }
        let how = side.map_or("paper", Kind::as_str);
        tx.record("pair.agreement_signed", &format!("pair:{id}"), how).await?;
        let started = start_if_ready(&mut tx, actor, id).await?;
        tx.commit_recorded().await?;
        Ok(started)
    }

    /// Sets again the step of everyone in an open pair: steps 7 to 9 move
    /// with the time a pair has run ([`PairPhase::step`]). Returns how many
    /// people were looked at. `m4m serve` does it every day.
    pub async fn refresh_pair_steps(&self) -> Result<usize, StoreError> {
        let open = open_statuses();
        let ids: Vec<i64> = sqlx::query_scalar(&format!(
            "SELECT mentor_id FROM pairs WHERE status IN ({open}) UNION SELECT mentee_id FROM pairs WHERE status IN ({open})"
        ))
        .fetch_all(self.pool())
        .await?;
        for chunk in ids.chunks(200) {
            let mut tx = self.begin_write().await?;
            for id in chunk {
                refresh_step(&mut tx, *id).await?;
            }
            tx.commit().await?;
        }
        Ok(ids.len())
    }

    /// The pairs of a programme on their way to starting (proposed or
    /// accepted), in the order they were made.
    pub async fn pairs_in_setup(&self, programme_id: i64) -> Result<Vec<PairLine>, StoreError> {
        let q = PairsQuery {
            statuses: vec![PairStatus::Proposed, PairStatus::Accepted],
            limit: i64::MAX,
            ..PairsQuery::default()
        };
        Ok(self.pairs_page(programme_id, &q).await?.rows)
    }

    /// A page of a programme's pairs as its coordinators look for them:
    /// how many match in all, and the rows of the page. The programme, the
    /// statuses and a search are read from the indexes
    /// `pairs_programme_status` and `…_order` alone; the members' names
    /// for the whole list only when the order needs them; the page's ids
    /// are found first, and its names and sessions read for those alone.
    pub async fn pairs_page(&self, programme_id: i64, q: &PairsQuery) -> Result<PairsPage, StoreError> {
        let mut filter = Filter::default().and_is("pr.programme_id = ?", Value::Int(programme_id));
        if !q.statuses.is_empty() {
            filter = filter.and_in("pr.status", q.statuses.iter().map(|s| Value::Text(s.as_str().into())));
        }
        // Each term in either member's names, e-mail or phone: the pair's
        // own key, in the programme's indexes of pairs (migration 0036).
        for t in &q.terms {
            filter = filter.and_is("pr.search_key LIKE ?", Value::Text(format!("%{t}%")));
        }
        let members = "JOIN participants b ON b.id = pr.mentor_id JOIN participants n ON n.id = pr.mentee_id";
        // The members' names are read for the newcomers' order only, and
        // never for the count (every pair has both members).
        let list = if q.sort == PairSort::Newcomer { format!("pairs pr {members}") } else { "pairs pr".to_owned() };
        let count_sql = format!("SELECT COUNT(*) AS n FROM pairs pr WHERE {}", filter.sql());
        let count =
            async { Ok::<i64, StoreError>(filter.bind(&count_sql).fetch_one(self.pool()).await?.try_get("n")?) };
        // A programme's count by status (its page shows the open pairs on
        // every visit: 1 ms at 11,000 pairs) is kept as its people's is.
        let total = if q.terms.is_empty() {
            let statuses = q.statuses.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(",");
            self.kept_pairs.get((programme_id, statuses), self.writes(), count).await?
        } else {
            count.await?
        };
        // The cursor is not in the total.
        if q.after > 0 {
            filter = filter.and_is("pr.id > ?", Value::Int(q.after));
        }
        let order = match q.sort {
            PairSort::Oldest => "pr.id",
            PairSort::Newest => "pr.id DESC",
            PairSort::Newcomer => "n.first_name, n.last_name, pr.id",
        };
        let next = filter.next();
        let held = "FROM peer_sessions s WHERE s.pair_id = pr.id AND s.status = 'held'";
        let rows_sql = format!(
            "SELECT pr.id, n.first_name AS mentee_first, n.last_name AS mentee_last, b.first_name AS mentor_first, \
             b.last_name AS mentor_last, pr.status, pr.created_at, pr.started_on, pr.closed_on, \
             (SELECT COUNT(*) {held}) AS held, (SELECT MAX(s.starts_at) {held}) AS last_held, \
             (SELECT CAST(COALESCE(SUM(s.duration_minutes), 0) AS BIGINT) {held}) AS minutes_held \
             FROM pairs pr {members} WHERE pr.id IN \
             (SELECT pr.id FROM {list} WHERE {} ORDER BY {order} LIMIT ${next} OFFSET ${}) ORDER BY {order}",
            filter.sql(),
            next + 1
        );
        let rows = filter.bind(&rows_sql).bind(q.limit).bind(q.offset).fetch_all(self.pool()).await?;
        Ok(PairsPage { total, rows: rows.iter().map(pair_line).collect::<Result<_, _>>()? })
    }

    /// Queues a message in the outbox.
    pub async fn queue_message(&self, recipient: &str, subject: &str, body: &str) -> Result<(), StoreError> {
        let mut conn = self.pool().acquire().await?;
        outbox::queue(&mut conn, recipient, subject, body).await
    }
}

/// Which of a programme's pairs to list, and how ([`Store::pairs_page`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairsQuery {
    /// Folded search terms ([`m4m_domain::participant::search_terms`]),
    /// each of which must be found in either member's names, e-mail or
    /// phone.
    pub terms: Vec<String>,
    /// The statuses to list; none: every status.
    pub statuses: Vec<PairStatus>,
    pub sort: PairSort,
    /// Only the pairs whose id is above this one (the API's cursor, with
    /// [`PairSort::Oldest`]). Not in the total.
    pub after: i64,
    pub offset: i64,
    pub limit: i64,
}

impl Default for PairsQuery {
    fn default() -> Self {
        PairsQuery { terms: Vec::new(), statuses: Vec::new(), sort: PairSort::Oldest, after: 0, offset: 0, limit: 100 }
    }
}

/// The orders of a list of pairs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PairSort {
    /// In the order they were made (the API's, for its cursor).
    Oldest,
    Newest,
    /// By the newcomer's name.
    Newcomer,
}

/// A page of pairs and how many match in all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairsPage {
    pub total: i64,
    pub rows: Vec<PairLine>,
}

/// A pair as a line of a list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairLine {
    pub id: i64,
    /// The newcomer's and the buddy's names.
    pub mentee: String,
    pub mentor: String,
    pub status: PairStatus,
    /// When it was proposed (Unix seconds).
    pub created_at: i64,
    /// When it started and ended (`yyyy-mm-dd`).
    pub started_on: Option<String>,
    pub closed_on: Option<String>,
    /// Its sessions held, and when the last one was (Unix seconds).
    pub sessions_held: i64,
    pub last_held: Option<i64>,
    /// The minutes of its sessions held.
    pub minutes_held: i64,
}

fn pair_line(r: &AnyRow) -> Result<PairLine, StoreError> {
    let name = |first: &str, last: &str| -> Result<String, StoreError> {
        let (f, l): (String, String) = (r.try_get(first)?, r.try_get(last)?);
        Ok(format!("{f} {l}").trim().to_owned())
    };
    let status: String = r.try_get("status")?;
    Ok(PairLine {
        id: r.try_get("id")?,
        mentee: name("mentee_first", "mentee_last")?,
        mentor: name("mentor_first", "mentor_last")?,
        status: PairStatus::parse(&status).ok_or_else(|| StoreError::corrupt("pairs.status", &status))?,
        created_at: r.try_get("created_at")?,
        started_on: r.try_get("started_on")?,
        closed_on: r.try_get("closed_on")?,
        sessions_held: r.try_get("held")?,
        last_held: r.try_get("last_held")?,
        minutes_held: r.try_get("minutes_held")?,
    })
}
