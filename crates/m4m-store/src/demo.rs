//! Demo data: two organisations in two countries, each with a programme
//! whose people stand at different steps, and the fixed demo accounts the
//! README lists. `synthetic` grows a large data set for load tests.
//!
//! The demo is written through the store's public functions, as the app
//! writes, so that it keeps the same rules and audit lines: the
//! organisations (`create_organisation`), staff accounts (`create_user`,
//! `set_locale`), programmes (`create_programme`), stakeholders and
//! outreach (`create_stakeholder`, `create_outreach`), the courses
//! (`create_course`, `add_module`, `set_module_text`), the people
//! (`register`, from a [`Registration`] the registration form's own
//! validation made), their screening decision by decision
//! (`move_status`, which holds each to the domain's moves and the training
//! gate) and their training module by module (`enrol`,
//! `record_progress`, which moves a trained buddy into the pool), a
//! buddy's supervisor and capacity (`set_follow_up`), the accounts of
//! buddies and newcomers (`invite`, `accept_invitation`), the
//! questionnaires (`open_response`, `complete_response`), the pairs from
//! their proposal to their start (`propose_pair`, `answer_proposal`,
//! `schedule_first_meeting`, `first_meeting_held`, `save_agreement`,
//! `sign_agreement`: the start moves both members into the pair and gives
//! the newcomer the goals of the agreement), the sessions they held
//! (`log_peer_session`, `confirm_peer_session`) and planned, concerns,
//! check-ins, goal progress, supervision, and last year's cohorts from
//! registration to their closing (`close_pair`) with their exit
//! questionnaires. [`Store::load_demo`] is therefore many transactions in
//! a row, not one.
//!
//! The past is replayed at its moments: the store stamps what it writes
//! with [`crate::now`] and [`crate::today`], which `as_of` sets
//! for the writes awaited inside it, so that a pair that started 100 days
//! ago was proposed, answered, met, agreed and started on those days, each
//! change checked by the domain's rules at that moment. The audit trail
//! keeps the real time of each write (its lines follow their order); the
//! records keep their own dates.
//!
//! Still written with the demo's own SQL, and why:
//! - the titles and progress of the goals this year's agreements gave:
//!   the app names no goal (a goal is an area of the agreement), the demo
//!   gives them words to show;
//! - everything in [`Store::load_synthetic`]: thousands of rows in one
//!   transaction for load tests — people, pairs at every stage, sessions,
//!   goals, check-ins, concerns, supervisions, self-assessments, closed
//!   pairs with their exit questionnaires — where a transaction per row
//!   would be far too slow (20,000 newcomers in seconds, bench/large_demo.sh).
//!
//! What is written in bulk is written as the rules would have it: a
//! started pair has both answers, its first meeting held, an agreement
//! signed and a start day; sessions only once a pair has started; a buddy
//! within their capacity; a newcomer paired only with a buddy of the pool;
//! "in a pair" exactly when a pair has started, with its line of history
//! ([`settle_steps`]). `tests/it/demo_rules.rs` reads every row of the
//! demo and of a synthetic set back and holds it to the domain's rules
//! (`m4m_domain::pairing`, `m4m_domain::step`), so that neither way of
//! writing can leave a row the app could not have written.

use m4m_domain::Role;
use m4m_domain::account::Email;
use m4m_domain::concern::{About, ConcernStatus, NewConcern, Severity};
use m4m_domain::supervision::{Format, NewAction, NewSupervision};
use sqlx::{AnyConnection, Row};

use m4m_domain::pairing::PairStatus;
use m4m_domain::participant::{FollowUp, Registration, RegistrationForm, Status, fold, name_key, search_key};
use m4m_domain::training::{ModuleKind, NewCourse, NewModule, Progress as Learning, Quiz};

use crate::registration::NewParticipant;
use crate::training::{Learner, ModuleText};

use m4m_domain::closing::{Closing, ClosingReason, ExitAnswer};
use m4m_domain::moment::Moment;
use m4m_domain::organisation::NewOrganisation;
use m4m_domain::peer_session::{NewPeerSession, SessionStatus};
use m4m_domain::programme::{NewProgramme, ProgrammeStatus, ProgrammeText};
use m4m_domain::questionnaire::{Answer, Answers, Kind, QuestionKind};
use m4m_domain::stakeholder::{NewOutreach, NewStakeholder};

use m4m_domain::pairing::Agreement;
use m4m_domain::participant::Kind as Side;

use crate::questionnaires;
use crate::{Store, StoreError, as_of, now, real_now};

/// The password of every demo account.
pub const DEMO_PASSWORD: &str = "m4m-demo-2026";

/// The demo accounts: e-mail, name, role, organisation (0 = France,
/// 1 = Greece, none = installation-wide).
pub const DEMO_ACCOUNTS: [(&str, &str, Role, Option<usize>); 10] = [
    ("admin@example.org", "Alex Admin", Role::Administrator, None),
    ("coordinator.fr@example.org", "Claire Dubois", Role::Coordinator, Some(0)),
    ("coordinator.gr@example.org", "Eleni Papadopoulou", Role::Coordinator, Some(1)),
    ("supervisor.fr@example.org", "Sophie Martin", Role::Supervisor, Some(0)),
    ("trainer.fr@example.org", "Thomas Leroy", Role::Trainer, Some(0)),
    ("buddy1.fr@example.org", "Karim Benali", Role::Mentor, Some(0)),
    ("buddy2.fr@example.org", "Leila Ahmadi", Role::Mentor, Some(0)),
    ("newcomer1.fr@example.org", "Amal Haddad", Role::Mentee, Some(0)),
    ("newcomer2.fr@example.org", "Hamid Rahimi", Role::Mentee, Some(0)),
    ("evaluator@example.org", "Eva Lindqvist", Role::Evaluator, None),
];

/// Kind, first and last name, languages, native language, origin, area, step.
type Someone = (&'static str, &'static str, &'static str, &'static str, &'static str, &'static str, &'static str, i64);

/// A demo person: who they are, and the step they stand at.
struct Person<'a> {
    programme: i64,
    kind: &'a str,
    first: &'a str,
    last: &'a str,
    languages: &'a str,
    native: &'a str,
    origin: &'a str,
    area: &'a str,
    step: i64,
}

impl Person<'static> {
    /// A demo person of `programme`; their account and supervisor come
    /// from the app's writes (the invitation, the follow-up form).
    fn of(programme: i64, (kind, first, last, languages, native, origin, area, step): Someone) -> Self {
        Person { programme, kind, first, last, languages, native, origin, area, step }
    }
}

/// The status a demo person at `step` is registered with. "In a pair"
/// follows the pairs made afterwards: the start of a pair replayed by
/// [`started_pair`], or [`settle_steps`] for the synthetic ones.
fn status_at(kind: &str, step: i64) -> Status {
    match (kind, step) {
        (_, 10..) => Status::Alumni,
        // In the pool: "in a pair" comes when a pair of theirs starts.
        (_, 6..) => Status::Ready,
        ("mentor", 5) => Status::Training,
        (_, 5) => Status::Ready,
        (_, 4) => Status::Ready,
        ("mentor", 3) => Status::Accepted,
        (_, 3) => Status::SelfAssessed,
        ("mentor", _) => Status::Applied,
        _ => Status::Registered,
    }
}

/// Puts the people written in bulk where the rules would: "in a pair"
/// (with its line of history) exactly when a pair of theirs has started,
/// each at the step their status and pairs give
/// ([`crate::pairing::refresh_step`]).
async fn settle_steps(conn: &mut AnyConnection) -> Result<(), StoreError> {
    let active = PairStatus::Active.as_str();
    let started = format!(
        "status = 'ready' AND EXISTS (SELECT 1 FROM pairs pr WHERE \
         (pr.mentor_id = participants.id OR pr.mentee_id = participants.id) AND pr.status = '{active}')"
    );
    sqlx::query(&format!(
        "INSERT INTO status_changes (participant_id, from_status, to_status, reason, changed_at) \
         SELECT id, 'ready', 'active', '', $1 FROM participants WHERE {started}"
    ))
    .bind(now())
    .execute(&mut *conn)
    .await?;
    sqlx::query(&format!("UPDATE participants SET status = 'active' WHERE {started}")).execute(&mut *conn).await?;
    let ids: Vec<i64> = sqlx::query_scalar("SELECT id FROM participants").fetch_all(&mut *conn).await?;
    for id in ids {
        crate::pairing::refresh_step(conn, id).await?;
    }
    Ok(())
}

/// A synthetic person ([`Store::load_synthetic`]), written in the caller's
/// transaction with its consents and first status line.
async fn person(conn: &mut AnyConnection, p: &Person<'_>) -> Result<i64, StoreError> {
    let status = status_at(p.kind, p.step);
    let row = sqlx::query(
        "INSERT INTO participants (programme_id, kind, first_name, last_name, languages, native_language, \
         country_of_origin, area, step, created_at, status, name_key, email, language, birth_year, \
         areas, availability, motivation, search_key) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, '', $13, $14, $15, $16, $17, $18) \
         RETURNING id",
    )
    .bind(p.programme)
    .bind(p.kind)
    .bind(p.first)
    .bind(p.last)
    .bind(p.languages)
    .bind(p.native)
    .bind(p.origin)
    .bind(p.area)
    .bind(p.step)
    .bind(now())
    .bind(status.as_str())
    .bind(name_key(p.first, p.last))
    .bind(p.native)
    .bind(1970 + (p.first.len() as i64 * 7 + p.last.len() as i64 * 3) % 35)
    .bind(if p.kind == "mentor" { "administration,language,employment" } else { "language,administration,housing" })
    .bind((1i64 << 21) - 1 - (p.first.len() as i64 % 7) * 0b111)
    .bind(if p.kind == "mentor" { "I arrived a few years ago and know how hard the first months are." } else { "" })
    .bind(search_key(p.first, p.last, "", ""))
    .fetch_one(&mut *conn)
    .await?;
    let id: i64 = row.try_get("id")?;
    for purpose in ["participation", "contact_sms", "evaluation"] {
        sqlx::query(
            "INSERT INTO consents (participant_id, purpose, notice_version, language, recorded_at) VALUES ($1, $2, 1, $3, $4)",
        )
        .bind(id)
        .bind(purpose)
        .bind(p.native)
        .bind(now())
        .execute(&mut *conn)
        .await?;
    }
    sqlx::query(
        "INSERT INTO status_changes (participant_id, from_status, to_status, reason, changed_at) VALUES ($1, '', $2, '', $3)",
    )
    .bind(id)
    .bind(status.as_str())
    .bind(now())
    .execute(conn)
    .await?;
    Ok(id)
}

/// A demo stakeholder, added by `actor` as a coordinator adds one.
async fn stakeholder(
    store: &Store,
    actor: i64,
    org: i64,
    name: &str,
    kind: &str,
    contact: &str,
    languages: &str,
) -> Result<i64, StoreError> {
    let new = NewStakeholder {
        name: name.into(),
        kind: kind.into(),
        contact_name: contact.into(),
        email: None,
        phone: String::new(),
        languages: crate::split_list(languages),
        area: String::new(),
        notes: String::new(),
    };
    store.create_stakeholder(actor, org, &new).await
}

/// A demo outreach action, logged by `actor` as a coordinator logs one.
#[allow(clippy::too_many_arguments)]
async fn outreach(
    store: &Store,
    actor: i64,
    org: i64,
    kind: &str,
    on: &str,
    stakeholder: Option<i64>,
    place: &str,
    reached: i64,
) -> Result<(), StoreError> {
    let held_on = m4m_domain::programme::parse_date("held_on", on)
        .map_err(|e| StoreError::Corrupt(format!("demo outreach: {e:?}")))?;
    let new = NewOutreach {
        kind: kind.into(),
        held_on,
        stakeholder_id: stakeholder,
        place: place.into(),
        audience: String::new(),
        people_reached: reached,
        materials: String::new(),
        notes: String::new(),
    };
    store.create_outreach(actor, org, &new).await?;
    Ok(())
}

/// A demo pair written in bulk (the past cohorts, the synthetic data):
/// a proposed one waiting for both answers, or one that started
/// `days_ago` (which places its members at step 7, 8 or 9,
/// [`m4m_domain::step::PairPhase::step`]) with its step 6 recorded as the
/// app records it — proposed two weeks before by the organisation's
/// coordinator, accepted by both, the first meeting that day at 10:00
/// (UTC) held an hour later, a six-month agreement signed on paper.
async fn pair(
    conn: &mut AnyConnection,
    programme: i64,
    mentor: i64,
    mentee: i64,
    status: PairStatus,
    days_ago: i64,
) -> Result<i64, StoreError> {
    if status == PairStatus::Proposed {
        let row = sqlx::query(
            "INSERT INTO pairs (programme_id, mentor_id, mentee_id, status, created_at) \
             VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(programme)
        .bind(mentor)
        .bind(mentee)
        .bind(status.as_str())
        .bind(real_now() - days_ago * 86_400)
        .fetch_one(conn)
        .await?;
        return Ok(row.try_get("id")?);
    }
    let coordinator: Option<i64> = sqlx::query_scalar(
        "SELECT m.user_id FROM memberships m JOIN programmes g ON g.organisation_id = m.organisation_id \
         WHERE g.id = $1 AND m.role = 'coordinator' ORDER BY m.user_id LIMIT 1",
    )
    .bind(programme)
    .fetch_optional(&mut *conn)
    .await?;
    let coordinator =
        coordinator.ok_or_else(|| StoreError::Corrupt(format!("programme {programme}: no coordinator")))?;
    let start = day_at(-days_ago, 10);
    let agreement = agreement(&[], "Meet every week on what the newcomer needs first.");
    let agreement = serde_json::to_string(&agreement).map_err(StoreError::json("pair agreement"))?;
    let row = sqlx::query(
        "INSERT INTO pairs (programme_id, mentor_id, mentee_id, status, mentor_answer, mentee_answer, \
         first_meeting_at, first_meeting_place, facilitator_user_id, first_meeting_held_at, agreement, \
         agreement_paper_by, started_on, created_at) \
         VALUES ($1, $2, $3, $4, 'accepted', 'accepted', $5, '', $6, $7, $8, $6, $9, $10) RETURNING id",
    )
    .bind(programme)
    .bind(mentor)
    .bind(mentee)
    .bind(PairStatus::Active.as_str())
    .bind(start)
    .bind(coordinator)
    .bind(start + 3600)
    .bind(agreement)
    .bind(m4m_domain::programme::format_date(real_today() - time::Duration::days(days_ago)))
    .bind(start - 14 * 86_400)
    .fetch_one(conn)
    .await?;
    Ok(row.try_get("id")?)
}

/// Today (UTC), whatever the store's clock says.
fn real_today() -> time::Date {
    time::OffsetDateTime::now_utc().date()
}

async fn planned_session(
    conn: &mut AnyConnection,
    pair: i64,
    in_days: i64,
    mode: &str,
    place: &str,
) -> Result<(), StoreError> {
    // Planned at 15:00 UTC, `in_days` from today.
    let day = now().div_euclid(86_400) * 86_400;
    sqlx::query(
        "INSERT INTO peer_sessions (pair_id, starts_at, duration_minutes, mode, place, status, created_at) \
         VALUES ($1, $2, 60, $3, $4, 'planned', $5)",
    )
    .bind(pair)
    .bind(day + in_days * 86_400 + 15 * 3600)
    .bind(mode)
    .bind(place)
    .bind(now())
    .execute(conn)
    .await?;
    Ok(())
}

/// The moment `hours` past midnight (UTC) of the day `days` from today
/// (negative: in the past).
fn day_at(days: i64, hours: i64) -> i64 {
    real_now().div_euclid(86_400) * 86_400 + days * 86_400 + hours * 3600
}

/// A member of a demo pair: their record, and their account if they have
/// one (who answers and signs in the app; for one without, the
/// coordinator records what they said in person).
#[derive(Clone, Copy)]
struct Member {
    participant: i64,
    account: Option<i64>,
}

/// A demo pair proposed by `coordinator` at `proposed` and accepted by
/// both at `answered`, through the writes the matching page and the
/// proposal page make.
async fn accepted_pair(
    store: &Store,
    coordinator: i64,
    programme: i64,
    mentor: Member,
    mentee: Member,
    proposed: i64,
    answered: i64,
) -> Result<i64, StoreError> {
    let id =
        as_of(proposed, store.propose_pair(coordinator, programme, mentee.participant, mentor.participant, "")).await?;
    for (side, member) in [(Side::Mentor, mentor), (Side::Mentee, mentee)] {
        let actor = member.account.unwrap_or(coordinator);
        as_of(answered, store.answer_proposal(actor, id, side, true, "")).await?;
    }
    Ok(id)
}

/// A demo pair that started `days_ago`, its step 6 replayed through the
/// app's writes, each at its moment: proposed two weeks before, accepted
/// by both two days later, the first meeting planned then for the day it
/// starts at 10:00 (UTC) in `place`; that day the meeting is recorded as
/// held, the coordinator writes `agreement` with them and both accept it
/// (in the app when both have an account, otherwise on paper), which
/// starts the pair and moves both into it.
#[allow(clippy::too_many_arguments)]
async fn started_pair(
    store: &Store,
    coordinator: i64,
    programme: i64,
    mentor: Member,
    mentee: Member,
    days_ago: i64,
    place: &str,
    agreement: &Agreement,
) -> Result<i64, StoreError> {
    let start = day_at(-days_ago, 10);
    let id =
        accepted_pair(store, coordinator, programme, mentor, mentee, start - 14 * 86_400, start - 12 * 86_400).await?;
    as_of(start - 12 * 86_400, store.schedule_first_meeting(coordinator, id, start, place)).await?;
    as_of(start + 3600, store.first_meeting_held(coordinator, id)).await?;
    as_of(start + 2 * 3600, store.save_agreement(coordinator, id, agreement)).await?;
    let signed = start + 3 * 3600;
    let started = match (mentor.account, mentee.account) {
        (Some(buddy), Some(newcomer)) => {
            as_of(signed, store.sign_agreement(buddy, id, Some(Side::Mentor))).await?;
            as_of(signed, store.sign_agreement(newcomer, id, Some(Side::Mentee))).await?
        }
        _ => as_of(signed, store.sign_agreement(coordinator, id, None)).await?,
    };
    if !started {
        return Err(StoreError::Corrupt(format!("demo pair {id} did not start")));
    }
    Ok(id)
}

/// A demo agreement for six months, meeting weekly, on the integration
/// areas `goals` (each becomes a goal of the pair when it starts).
fn agreement(goals: &[&str], goals_text: &str) -> Agreement {
    Agreement {
        goals: goals.iter().map(|g| (*g).to_owned()).collect(),
        goals_text: goals_text.into(),
        rhythm: "weekly".into(),
        months: 6,
        boundaries: "No money lent, no legal advice: the coordinator is called for those.".into(),
    }
}

/// A session a demo pair held `days_ago` days ago at 16:00 UTC, logged two
/// hours later by `logged_by` through the session form and, when
/// `confirmed_by` says, confirmed by the other member two hours after that.
#[allow(clippy::too_many_arguments)]
async fn log_held_session(
    store: &Store,
    pair: i64,
    days_ago: i64,
    topics: &str,
    summary: &str,
    rating: i64,
    logged_by: i64,
    confirmed_by: Option<i64>,
) -> Result<(), StoreError> {
    let starts_at = day_at(-days_ago, 16);
    let held = NewPeerSession {
        status: SessionStatus::Held,
        starts_at,
        duration_minutes: 90,
        mode: "in_person".into(),
        place: String::new(),
        topics: crate::split_list(topics),
        summary: summary.into(),
        rating: Some(rating),
    };
    let id = as_of(starts_at + 2 * 3600, store.log_peer_session(logged_by, pair, &held)).await?;
    if let Some(other) = confirmed_by {
        as_of(starts_at + 4 * 3600, store.confirm_peer_session(other, id)).await?;
    }
    Ok(())
}

/// A synthetic pair of last year, closed at its planned end or early for
/// one of the reasons (by `i`), with its sessions held, a goal and where
/// it ended, both exit questionnaires and the newcomer's initial and
/// final self-assessments — written in the caller's transaction.
async fn closed_pair(
    c: &mut AnyConnection,
    org: i64,
    programme: i64,
    mentor: i64,
    mentee: i64,
    i: usize,
) -> Result<(), StoreError> {
    let reason = ClosingReason::ALL[[0, 0, 0, 0, 1, 2, 3, 4, 5, 6][i % 10]];
    let days = 200 + (i % 150) as i64;
    let months = if reason == ClosingReason::PlannedEnd { 6 } else { 1 + (i % 4) as i64 };
    let pr = pair(c, programme, mentor, mentee, PairStatus::Active, days).await?;
    let closed_on = time::OffsetDateTime::now_utc().date() - time::Duration::days(days - months * 30);
    sqlx::query(
        "UPDATE pairs SET status = $1, closed_on = $2, close_reason = $3, mentor_rematch = 1, mentee_rematch = 0 \
         WHERE id = $4",
    )
    .bind(reason.status().as_str())
    .bind(m4m_domain::programme::format_date(closed_on))
    .bind(reason.as_str())
    .bind(pr)
    .execute(&mut *c)
    .await?;
    for k in 0..months * 2 {
        let topics = ["language", "administration", "employment", "housing", "social"][(i + k as usize) % 5];
        held_session(c, pr, days - 15 * k - 2, topics, "", 1 + ((i + k as usize) % 5) as i64, None, None).await?;
    }
    sqlx::query(
        "INSERT INTO goals (participant_id, pair_id, area, title, progress, created_at) VALUES ($1, $2, 'language', '', 0, $3)",
    )
    .bind(mentee)
    .bind(pr)
    .bind(now())
    .execute(&mut *c)
    .await?;
    sqlx::query(
        "INSERT INTO goal_progress (goal_id, score, comment, recorded_at) \
         SELECT id, $1, '', $2 FROM goals WHERE pair_id = $3",
    )
    .bind([-1i64, 0, 0, 1, 2][i % 5])
    .bind(now())
    .bind(pr)
    .execute(&mut *c)
    .await?;
    for (who, satisfaction) in [(mentee, 2 + (i % 4) as i64), (mentor, 3 + (i % 3) as i64)] {
        sqlx::query(
            "INSERT INTO exit_answers (pair_id, participant_id, satisfaction, recommend, changed, comment, answered_at) \
             VALUES ($1, $2, $3, $4, 'language,social', '', $5)",
        )
        .bind(pr)
        .bind(who)
        .bind(satisfaction)
        .bind(i64::from(satisfaction >= 3))
        .bind(now())
        .execute(&mut *c)
        .await?;
    }
    answered_in(c, org, mentee, Kind::NewcomerSelfAssessment, i, Moment::Initial, 0).await?;
    if reason != ClosingReason::LostContact {
        answered_in(c, org, mentee, Kind::NewcomerSelfAssessment, i, Moment::Final, i % 3).await?;
    }
    Ok(())
}

/// Steps 8 and 9 of a synthetic running pair, `days_ago` old: a goal of
/// the agreement with where it stands, the check-ins (the newcomer's
/// answered, the buddy's only for some: the others are overdue), a concern
/// for one pair in forty, and the newcomer's initial self-assessment with
/// the mid-term one once it is due — in the caller's transaction.
#[allow(clippy::too_many_arguments)]
async fn running_pair(
    c: &mut AnyConnection,
    org: i64,
    programme: i64,
    pr: i64,
    mentor: i64,
    mentee: i64,
    days_ago: i64,
    i: usize,
) -> Result<(), StoreError> {
    let today = time::OffsetDateTime::now_utc().date();
    let area = ["language", "administration", "employment", "housing", "transport"][i % 5];
    sqlx::query(
        "INSERT INTO goals (participant_id, pair_id, area, title, progress, created_at) VALUES ($1, $2, $3, '', 0, $4)",
    )
    .bind(mentee)
    .bind(pr)
    .bind(area)
    .bind(now())
    .execute(&mut *c)
    .await?;
    sqlx::query(
        "INSERT INTO goal_progress (goal_id, score, comment, recorded_at) SELECT id, $1, '', $2 FROM goals WHERE pair_id = $3",
    )
    .bind([-1i64, 0, 0, 1, 1, 2][i % 6])
    .bind(now())
    .bind(pr)
    .execute(&mut *c)
    .await?;
    let started = today - time::Duration::days(days_ago);
    let cadence = m4m_domain::checkin::Cadence::default();
    if let Some(due) = m4m_domain::checkin::current_due(started, cadence, today) {
        let due = m4m_domain::programme::format_date(due);
        let buddy_answers = i.is_multiple_of(3);
        for (who, satisfaction) in [(mentee, 2 + (i % 4) as i64), (mentor, 3 + (i % 3) as i64)] {
            if who == mentor && !buddy_answers {
                continue;
            }
            sqlx::query(
                "INSERT INTO checkins (pair_id, participant_id, due_on, satisfaction, met, helped, difficult, answered_at) \
                 VALUES ($1, $2, $3, $4, $5, '', '', $6)",
            )
            .bind(pr)
            .bind(who)
            .bind(&due)
            .bind(satisfaction)
            .bind(m4m_domain::checkin::MET[i % 4])
            .bind(now())
            .execute(&mut *c)
            .await?;
        }
    }
    if i.is_multiple_of(40) {
        let (severity, status) =
            [("medium", "open"), ("high", "acknowledged"), ("low", "closed"), ("urgent", "open")][(i / 40) % 4];
        sqlx::query(
            "INSERT INTO concerns (programme_id, pair_id, severity, status, summary, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, 'Synthetic concern', $5, $5)",
        )
        .bind(programme)
        .bind(pr)
        .bind(severity)
        .bind(status)
        .bind(now())
        .execute(&mut *c)
        .await?;
    }
    if days_ago >= 84 {
        answered_in(c, org, mentee, Kind::NewcomerSelfAssessment, i, Moment::Initial, 0).await?;
        answered_in(c, org, mentee, Kind::NewcomerSelfAssessment, i, Moment::Midterm, i % 2).await?;
    }
    Ok(())
}

/// A demo session planned `in_days` from today at 15:00 UTC, logged by
/// `actor` as the session form logs it.
async fn plan_session(
    store: &Store,
    actor: i64,
    pair: i64,
    in_days: i64,
    mode: &str,
    place: &str,
) -> Result<(), StoreError> {
    let day = now().div_euclid(86_400) * 86_400;
    let new = NewPeerSession {
        status: SessionStatus::Planned,
        starts_at: day + in_days * 86_400 + 15 * 3600,
        duration_minutes: 60,
        mode: mode.into(),
        place: place.into(),
        topics: Vec::new(),
        summary: String::new(),
        rating: None,
    };
    store.log_peer_session(actor, pair, &new).await?;
    Ok(())
}

/// A held session `days_ago` days ago at 16:00 UTC, logged two hours
/// later by `logged_by` and confirmed by `confirmed_by`.
#[allow(clippy::too_many_arguments)]
async fn held_session(
    conn: &mut AnyConnection,
    pair: i64,
    days_ago: i64,
    topics: &str,
    summary: &str,
    rating: i64,
    logged_by: Option<i64>,
    confirmed_by: Option<i64>,
) -> Result<(), StoreError> {
    let day = now().div_euclid(86_400) * 86_400;
    let starts_at = day - days_ago * 86_400 + 16 * 3600;
    sqlx::query(
        "INSERT INTO peer_sessions (pair_id, starts_at, duration_minutes, mode, place, status, topics, summary, \
         rating, logged_by, confirmed_by, confirmed_at, created_at) \
         VALUES ($1, $2, 90, 'in_person', '', 'held', $3, $4, $5, $6, $7, $8, $9)",
    )
    .bind(pair)
    .bind(starts_at)
    .bind(topics)
    .bind(summary)
    .bind(rating)
    .bind(logged_by)
    .bind(confirmed_by)
    .bind(confirmed_by.map(|_| starts_at + 4 * 3600))
    .bind(starts_at + 2 * 3600)
    .execute(conn)
    .await?;
    Ok(())
}

/// A demo organisation, created as an administrator creates one (its
/// time zone that of the country's capital).
async fn organisation(store: &Store, name: &str, country: &str, languages: &str) -> Result<i64, StoreError> {
    let new = NewOrganisation::parse(name, country, languages, "")
        .map_err(|e| StoreError::Corrupt(format!("demo organisation: {e:?}")))?;
    store.create_organisation(None, &new).await
}

/// A demo programme, created by `actor` as the programme form creates one:
/// running from September to June, 25 buddies and 40 newcomers wanted.
async fn programme(
    store: &Store,
    actor: i64,
    org: i64,
    name: &str,
    description: &str,
    languages: &str,
    texts: &[(&str, &str, &str)],
) -> Result<i64, StoreError> {
    let date = |raw| {
        m4m_domain::programme::parse_date("date", raw)
            .map_err(|e| StoreError::Corrupt(format!("demo programme: {e:?}")))
    };
    let new = NewProgramme {
        name: name.into(),
        description: description.into(),
        languages: crate::split_list(languages),
        starts_on: date("2026-09-01")?,
        ends_on: date("2027-06-30")?,
        target_mentors: 25,
        target_mentees: 40,
        status: ProgrammeStatus::Running,
        contact: "buddies@example.org".into(),
        texts: texts
            .iter()
            .map(|&(code, name, description)| {
                (code.to_owned(), ProgrammeText { name: name.into(), description: description.into() })
            })
            .collect(),
    };
    store.create_programme(actor, org, &new).await
}

/// Answers that vary with `seed`, each scale answer `lift` points above
/// the one of the same `seed` at no lift (at most the top of the scale):
/// how far a person came.
fn demo_answers(def: &m4m_domain::questionnaire::Definition, seed: usize, lift: usize) -> Answers {
    let mut answers = Answers::default();
    for (i, q) in def.questions().enumerate() {
        let n = seed + i * 7;
        let answer = match &q.kind {
            QuestionKind::Scale { min, max, .. } => {
                let range = usize::from(max - min);
                Some(Answer::Scale(min + (n % (range + 1) + lift).min(range) as u8))
            }
            QuestionKind::SingleChoice { options } => Some(Answer::Choice(options[n % options.len()].key.clone())),
            QuestionKind::MultipleChoice { options } => {
                Some(Answer::Choices(options.iter().take(2).map(|o| o.key.clone()).collect()))
            }
            QuestionKind::Number { min, .. } => Some(Answer::Number(*min)),
            QuestionKind::Date => {
                time::Date::from_calendar_date(2026, time::Month::September, 1).ok().map(Answer::Date)
            }
            QuestionKind::FreeText { .. } if q.required => Some(Answer::Text("Find my way in the city.".into())),
            QuestionKind::FreeText { .. } => None,
        };
        answers.set(&q.key, answer);
    }
    answers
}

/// A questionnaire a demo person completed at `at`, through the writes
/// the questionnaire pages make: opened at its moment, answered and
/// scored as the application scores it. `by` is the account that filled
/// it in, and whether it was staff on the person's behalf.
#[allow(clippy::too_many_arguments)]
async fn answered(
    store: &Store,
    org: i64,
    participant: i64,
    kind: Kind,
    seed: usize,
    moment: Moment,
    lift: usize,
    (by, by_staff): (i64, bool),
    at: i64,
) -> Result<(), StoreError> {
    let version = store.current_questionnaire(org, kind).await?;
    let answers = demo_answers(&version.definition, seed, lift);
    let scores = version.definition.baseline(&answers);
    let response = as_of(at, store.open_response(participant, org, kind, moment.as_str(), Some(by), by_staff)).await?;
    as_of(at, store.complete_response(Some(by), response.id, &answers, &scores)).await
}

/// A completed self-assessment of the synthetic data, written in the
/// caller's transaction ([`demo_answers`]).
async fn answered_in(
    conn: &mut AnyConnection,
    org: i64,
    participant: i64,
    kind: Kind,
    seed: usize,
    moment: Moment,
    lift: usize,
) -> Result<(), StoreError> {
    let (version, def) = questionnaires::seed(conn, org, kind).await?;
    let answers = demo_answers(&def, seed, lift);
    let scores = def.baseline(&answers);
    let response = questionnaires::insert_response(conn, participant, version, moment.as_str(), None, false).await?;
    questionnaires::complete_response(conn, None, response, &answers, &scores).await
}

/// The e-mail address a demo person without an account registered with.
fn demo_email(first: &str, last: &str) -> String {
    format!("{}.{}@example.net", fold(first), fold(last).replace(['\'', ' '], ""))
}

/// A demo person's registration, as their coordinator types it into the
/// registration form for someone met in person (validated by the form's
/// own rules, [`Registration::parse`]) and saves it at `at`, with who
/// referred them. Returns the record's id.
async fn register(
    store: &Store,
    coordinator: i64,
    p: &Person<'_>,
    email: &str,
    referred_by: Option<i64>,
    at: i64,
) -> Result<i64, StoreError> {
    let kind = Side::parse(p.kind).ok_or_else(|| StoreError::Corrupt(format!("demo person kind {}", p.kind)))?;
    let others: Vec<(&str, &str)> =
        p.languages.split(',').filter(|c| *c != p.native).map(|c| (c, "conversational")).collect();
    // Most of the week, less some slots that differ from one to another.
    let slots = (1i64 << 21) - 1 - (p.first.len() as i64 % 7) * 0b111;
    let slots: Vec<String> = (0..21).filter(|i| slots & (1 << i) != 0).map(|i: i64| i.to_string()).collect();
    let born = (1970 + (p.first.len() as i64 * 7 + p.last.len() as i64 * 3) % 35).to_string();
    let (areas, motivation) = match kind {
        Side::Mentor => (
            vec!["administration", "language", "employment"],
            "I arrived a few years ago and know how hard the first months are.",
        ),
        Side::Mentee => (vec!["language", "administration", "housing"], ""),
    };
    let form = RegistrationForm {
        kind: Some(kind),
        first_name: p.first,
        last_name: p.last,
        email,
        phone: "",
        native_language: p.native,
        languages: others,
        host_language_level: "",
        country_of_origin: p.origin,
        arrival_date: "",
        area: p.area,
        availability: slots.iter().map(String::as_str).collect(),
        interests: Vec::new(),
        areas,
        experience: "",
        motivation,
        gender: "",
        gender_preference: "",
        birth_year: &born,
        heard_from: if referred_by.is_some() { "stakeholder" } else { "" },
        consents: vec!["participation", "contact_sms", "evaluation"],
    };
    let day = time::OffsetDateTime::from_unix_timestamp(at).map_err(|e| StoreError::Corrupt(e.to_string()))?.date();
    let registration = Registration::parse(&form, day.year(), day)
        .map_err(|e| StoreError::Corrupt(format!("demo registration of {}: {e:?}", p.first)))?;
    let new = NewParticipant {
        programme_id: p.programme,
        registration: &registration,
        referred_by,
        entered_by: Some(coordinator),
        language: p.native,
    };
    as_of(at, store.register(&new)).await
}

/// A demo course and its modules, in order.
struct Course {
    id: i64,
    modules: Vec<(i64, ModuleKind)>,
    /// Who records the learners' progress (the trainer, or the
    /// coordinator where the organisation has none).
    trainer: i64,
    cohort: &'static str,
}

impl Course {
    /// Enrols a learner at `at` and records their first `done` modules
    /// completed, a day apart: a capsule gone through, a quiz passed, a
    /// session attended. Completing every mandatory one moves a buddy in
    /// training to "ready to match", as the training page does.
    async fn follow(&self, store: &Store, learner: Learner, done: usize, at: i64) -> Result<(), StoreError> {
        as_of(at, store.enrol(self.trainer, self.id, &[learner], self.cohort)).await?;
        let enrolment = match learner {
            Learner::Participant(p) => store.enrolments_of(p).await?,
            Learner::User(u) => store.enrolments_of_user(u).await?,
        }
        .into_iter()
        .find(|e| e.course_id == self.id)
        .ok_or(StoreError::NotFound)?;
        for (k, (module, kind)) in self.modules.iter().take(done).enumerate() {
            let progress = match kind {
                ModuleKind::Capsule => Learning::Done,
                ModuleKind::Quiz => Learning::Passed(100),
                ModuleKind::Session => Learning::Attended,
            };
            let when = at + (k as i64 + 1) * 86_400;
            as_of(when, store.record_progress(Some(self.trainer), enrolment.id, *module, progress)).await?;
        }
        Ok(())
    }
}

/// A demo course written by `actor` as the training pages write one: the
/// course, then its modules (`kind`, title, text, minutes, quiz, session
/// start), each with its French title and text where given.
async fn course(
    store: &Store,
    actor: i64,
    org: i64,
    course: (&str, &str, &str, &str),
    modules: &[(ModuleKind, &str, &str, i64, Option<&str>, Option<i64>, Option<(&str, &str)>)],
    cohort: &'static str,
) -> Result<Course, StoreError> {
    let (title, audience, description, language) = course;
    let new = NewCourse { title: title.into(), audience: audience.into(), description: description.into() };
    let id = store.create_course(actor, org, &new, language).await?;
    let mut ids = Vec::new();
    for &(kind, title, body, minutes, quiz, starts_at, french) in modules {
        let quiz = quiz.map(serde_json::from_str::<Quiz>).transpose().map_err(StoreError::json("demo quiz"))?;
        let module = NewModule {
            kind,
            title: title.into(),
            body: body.into(),
            link: String::new(),
            minutes,
            mandatory: true,
            quiz,
            pass_mark: 80,
            starts_at,
            place: if kind == ModuleKind::Session { "Maison des associations, Lille".into() } else { String::new() },
            capacity: (kind == ModuleKind::Session).then_some(15),
        };
        let module_id = store.add_module(actor, id, &module).await?;
        if let Some((title, body)) = french {
            let text = ModuleText { language: "fr".into(), title: title.into(), body: body.into() };
            store.set_module_text(actor, module_id, &text).await?;
        }
        ids.push((module_id, kind));
    }
    Ok(Course { id, modules: ids, trainer: actor, cohort })
}

/// Replays a demo person's screening from their first status to `to`,
/// each decision a day after the one before from `at` on, recorded by
/// `coordinator` through [`Store::move_status`] and so held to the same
/// rules ([`Status::path_to`]). A buddy's way through training is the
/// course, followed module by module: completing it moves them into the
/// pool; one whose screening stops at training has done its first module.
/// Returns the moment after the last decision.
async fn screen(
    store: &Store,
    coordinator: i64,
    id: i64,
    kind: Side,
    to: Status,
    course: Option<&Course>,
    at: i64,
) -> Result<i64, StoreError> {
    let path = kind
        .first_status()
        .path_to(kind, to)
        .ok_or_else(|| StoreError::Corrupt(format!("demo person {id}: no way to {}", to.as_str())))?;
    let (mut from, mut when) = (kind.first_status(), at);
    for next in path {
        when += 86_400;
        match (from, next, course) {
            (Status::Training, Status::Ready, Some(course)) => {
                course.follow(store, Learner::Participant(id), course.modules.len(), when).await?;
                when += course.modules.len() as i64 * 86_400;
            }
            _ => as_of(when, store.move_status(coordinator, id, from, next, "")).await?,
        }
        from = next;
    }
    if let (Status::Training, Some(course)) = (to, course) {
        course.follow(store, Learner::Participant(id), 1, when).await?;
    }
    Ok(when + 86_400)
}

/// The account of the demo account `i` of [`DEMO_ACCOUNTS`], in its
/// language: staff accounts created as `m4m user create` creates them;
/// a buddy's or newcomer's opened by the invitation their coordinator
/// sends from their record (`participant`), accepted at once.
async fn account(
    store: &Store,
    i: usize,
    orgs: [i64; 2],
    password_hash: &str,
    invited: Option<(i64, i64)>,
) -> Result<i64, StoreError> {
    let (email, name, role, org) = DEMO_ACCOUNTS[i];
    let locale = match org {
        Some(1) => "el",
        Some(_) if role == Role::Mentee => "ar",
        Some(_) => "fr",
        None => "en",
    };
    let parsed = Email::parse(email).map_err(|_| StoreError::NotFound)?;
    let id = match invited {
        None => store.create_user(None, &parsed, name, password_hash, role, org.map(|o| orgs[o])).await?,
        Some((coordinator, participant)) => {
            let message = |token: &str| {
                ("Your space in the Buddy System".to_owned(), format!("Open your space: /invitations/{token}"))
            };
            let org = org.map(|o| orgs[o]);
            let token =
                store.invite(coordinator, &parsed, name, role, org, 14 * 86_400, Some(participant), message).await?;
            // Sent when it was written, as the mail worker records it.
            let sent = store.outbox(20).await?.into_iter().find(|m| m.recipient == email && m.sent_at.is_none());
            if let Some(sent) = sent {
                store.mark_sent(sent.id).await?;
            }
            store.accept_invitation(&token, name, password_hash).await?
        }
    };
    store.set_locale(id, locale).await?;
    Ok(id)
}

impl Store {
    /// Whether the database holds no account yet.
    pub async fn is_empty(&self) -> Result<bool, StoreError> {
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users").fetch_one(self.pool()).await?;
        Ok(n == 0)
    }

    /// Loads the demo data unless the database holds accounts already —
    /// once, however many servers start together on an empty database
    /// ([`Store::exclusively`]). Returns the programmes when this call
    /// loaded them.
    pub async fn load_demo_if_empty(&self, password_hash: &str) -> Result<Option<[i64; 2]>, StoreError> {
        self.exclusively(async {
            if self.is_empty().await? { self.load_demo(password_hash).await.map(Some) } else { Ok(None) }
        })
        .await
    }

    /// Loads the demo data through the store's writes. `password_hash` is the hash
    /// of [`DEMO_PASSWORD`] (hashed once by the caller: Argon2 is slow on
    /// purpose). Returns the ids of the two programmes.
    pub async fn load_demo(&self, password_hash: &str) -> Result<[i64; 2], StoreError> {
        let fr = organisation(self, "Entraide Lille Métropole", "FR", "fr,ar,prs,ps,ti,en").await?;
        let gr = organisation(self, "Syndesmos Athens", "GR", "el,ar,fa,uk,en").await?;
        let orgs = [fr, gr];
        // The staff first (the buddies' and newcomers' accounts come from
        // the invitations sent once they are registered).
        let mut staff = Vec::new();
        for i in 0..5 {
            staff.push(account(self, i, orgs, password_hash, None).await?);
        }
        let [admin, cf, cg, supervisor, trainer] = staff[..] else { unreachable!("five staff accounts") };
        // Each organisation's programme, created by the administrator.
        let lille = programme(
            self,
            admin,
            fr,
            "Buddy System Lille 2026",
            "Newcomers to the Lille metropolis are accompanied for six months by a volunteer buddy, \
             often someone who arrived a few years earlier and speaks their language.",
            "fr,ar,prs,ps,ti",
            &[
                (
                    "fr",
                    "Buddy System Lille 2026",
                    "Pendant six mois, chaque personne nouvellement arrivée dans la métropole lilloise est accompagnée \
                     par un binôme bénévole, souvent arrivé quelques années plus tôt et qui parle sa langue.",
                ),
                (
                    "ar",
                    "نظام الرفيق ليل 2026",
                    "يرافق رفيقٌ متطوع كلَّ وافد جديد إلى منطقة ليل لمدة ستة أشهر، وغالبًا ما يكون شخصًا وصل قبل بضع \
                     سنوات ويتحدث لغته.",
                ),
            ],
        )
        .await?;
        let athens = programme(
            self,
            admin,
            gr,
            "Buddy System Athens 2026",
            "Refugees in Athens meet a buddy every week to find their way: services, Greek, work, school.",
            "el,ar,fa,uk",
            &[(
                "el",
                "Buddy System Athens 2026",
                "Πρόσφυγες στην Αθήνα συναντούν κάθε εβδομάδα έναν buddy για να βρουν τον δρόμο τους: υπηρεσίες, \
                 ελληνικά, εργασία, σχολείο.",
            )],
        )
        .await?;
        // Step 1, written as the app writes it: the local actors, added by
        // each organisation's coordinator (before the people they refer).
        let ccas = stakeholder(self, cf, fr, "CCAS de Lille", "social_service", "Nadia Bensaid", "fr,ar").await?;
        let exiles =
            stakeholder(self, cf, fr, "Solidarité Exilés Lille", "association", "Paul Vandamme", "fr,en,prs,ps")
                .await?;
        stakeholder(self, cf, fr, "École Jules Ferry", "school", "Mme Lambert", "fr").await?;
        stakeholder(self, cf, fr, "Communauté érythréenne du Nord", "migrant_community", "Tesfay Gebre", "ti,fr")
            .await?;
        let dimos =
            stakeholder(self, cg, gr, "Dimos Athinaion social service", "social_service", "Maria K.", "el,en").await?;
        // Step 5: each organisation's course for buddies, written by its
        // trainer (Lille) or coordinator (Athens) before the first buddy
        // of the year reaches it.
        let quiz = r#"{"questions":[{"text":{"en":"Your newcomer tells you of violence at home. What do you do?","fr":"La personne que vous accompagnez vous parle de violences à la maison. Que faites-vous ?"},"options":[{"en":"Keep it secret","fr":"Je garde le secret"},{"en":"Tell the coordinator the same day","fr":"J’en parle au coordinateur le jour même"}],"correct":1},{"text":{"en":"Can you lend money to your newcomer?","fr":"Pouvez-vous prêter de l’argent ?"},"options":[{"en":"Yes","fr":"Oui"},{"en":"No","fr":"Non"}],"correct":1}]}"#;
        let lille_course = as_of(
            day_at(-200, 9),
            course(
                self,
                trainer,
                fr,
                ("Buddies' course 2026", "buddies", "Three modules before the first match.", "en"),
                &[
                    (
                        ModuleKind::Capsule,
                        "Your role and its limits",
                        "What a buddy does, and what they leave to professionals.",
                        30,
                        None,
                        None,
                        None,
                    ),
                    (ModuleKind::Quiz, "Confidentiality and safeguarding", "", 20, Some(quiz), None, None),
                    (
                        ModuleKind::Session,
                        "Intercultural communication workshop",
                        "Role plays and exchange of experience.",
                        180,
                        None,
                        Some(1_796_479_200),
                        None,
                    ),
                ],
                "Pilot France 2026",
            ),
        )
        .await?;
        let athens_course = as_of(
            day_at(-200, 9),
            course(
                self,
                cg,
                gr,
                ("Buddies' course Athens 2026", "buddies", "Two modules before the first match.", "en"),
                &[
                    (
                        ModuleKind::Capsule,
                        "Your role and its limits",
                        "What a buddy does, and what they leave to professionals.",
                        30,
                        None,
                        None,
                        None,
                    ),
                    (ModuleKind::Quiz, "Confidentiality and safeguarding", "", 20, Some(quiz), None, None),
                ],
                "Athens 2026",
            ),
        )
        .await?;
        // Step 2: the people, registered by their coordinator (the Lille
        // newcomers referred by the CCAS, or by the exiles' association
        // for those who speak Dari, Pashto or Tigrinya), then screened one
        // decision a day, the buddies through the course. Those of the
        // running pairs came half a year ago; Athens' others today.
        let registered = day_at(-180, 9);
        let referred = |kind: &str, native: &str| match (kind, native) {
            ("mentee", "prs" | "ps" | "ti") => Some(exiles),
            ("mentee", _) => Some(ccas),
            _ => None,
        };
        let lille_people: [(Someone, &str); 16] = [
            (("mentor", "Karim", "Benali", "fr,ar,en", "ar", "DZ", "Lille-Moulins", 7), "buddy1.fr@example.org"),
            (("mentor", "Leila", "Ahmadi", "fr,fa,prs,en", "fa", "AF", "Roubaix", 7), "buddy2.fr@example.org"),
            (("mentee", "Amal", "Haddad", "ar,en", "ar", "SY", "Lille-Fives", 7), "newcomer1.fr@example.org"),
            (("mentee", "Hamid", "Rahimi", "prs,ps,en", "prs", "AF", "Roubaix", 7), "newcomer2.fr@example.org"),
            // People without accounts, at the earlier and later steps. A
            // newcomer without a pair stands before step 6 or after step 9.
            (("mentee", "Yonas", "Tesfaye", "ti,en", "ti", "ER", "Lille-Sud", 2), ""),
            (("mentee", "Fatima", "Warsame", "so,ar", "so", "SO", "Lomme", 3), ""),
            (("mentee", "Nour", "Al-Sayed", "ar,fr", "ar", "SY", "Wazemmes", 4), ""),
            (("mentee", "Oksana", "Kovalenko", "uk,ru,en", "uk", "UA", "Villeneuve-d'Ascq", 4), ""),
            (("mentee", "Zahra", "Sultani", "prs,fa", "prs", "AF", "Tourcoing", 3), ""),
            (("mentee", "Abdi", "Hassan", "so,en", "so", "SO", "Lille-Moulins", 10), ""),
            // Mariam accepted, waiting for the next course.
            (("mentor", "Mariam", "Diallo", "fr,en", "fr", "SN", "Lille-Centre", 3), ""),
            (("mentor", "Julien", "Lefebvre", "fr,en,es", "fr", "FR", "Lambersart", 5), ""),
            (("mentor", "Samira", "Ouali", "fr,ar", "ar", "MA", "Wazemmes", 5), ""),
            (("mentor", "Ahmad", "Noori", "fr,ps,prs", "ps", "AF", "Roubaix", 6), ""),
            (("mentor", "Hanna", "Bondar", "fr,uk,ru", "uk", "UA", "Lille-Fives", 8), ""),
            (("mentor", "Tesfay", "Gebre", "fr,ti,en", "ti", "ER", "Lille-Sud", 10), ""),
        ];
        let mut lille_ids = Vec::new();
        for (i, ((kind, first, last, languages, native, origin, area, step), account_email)) in
            lille_people.into_iter().enumerate()
        {
            let someone = Person::of(lille, (kind, first, last, languages, native, origin, area, step));
            let email = if account_email.is_empty() { demo_email(first, last) } else { account_email.to_owned() };
            let at = if i < 4 { registered } else { registered + 10 * 86_400 };
            let id = register(self, cf, &someone, &email, referred(kind, native), at).await?;
            let side = Side::parse(kind).ok_or(StoreError::NotFound)?;
            screen(self, cf, id, side, status_at(kind, step), Some(&lille_course), at).await?;
            if side == Side::Mentor {
                // Sophie supervises the Lille buddies, one newcomer each.
                let follow_up = FollowUp { supervisor: Some(supervisor), capacity: 1 };
                as_of(at, self.set_follow_up(cf, id, &follow_up)).await?;
            }
            lille_ids.push(id);
        }
        let [k1, k2, n1, n2, ..] = lille_ids[..] else { unreachable!("sixteen Lille people") };
        let athens_people: [Someone; 8] = [
            ("mentee", "Rami", "Khalil", "ar,en", "ar", "SY", "Kypseli", 2),
            ("mentee", "Parisa", "Karimi", "fa,en", "fa", "IR", "Exarchia", 3),
            ("mentee", "Olena", "Shevchenko", "uk,en", "uk", "UA", "Piraeus", 4),
            ("mentee", "Samir", "Haidari", "fa,prs", "prs", "AF", "Kypseli", 7),
            ("mentor", "Nikos", "Georgiou", "el,en", "el", "GR", "Pangrati", 5),
            ("mentor", "Dina", "Mansour", "el,ar,en", "ar", "EG", "Kypseli", 7),
            ("mentor", "Maria", "Ioannou", "el,en,fr", "el", "GR", "Piraeus", 4),
            ("mentor", "Reza", "Moradi", "el,fa", "fa", "IR", "Exarchia", 2),
        ];
        let mut athens_ids = Vec::new();
        for (i, (kind, first, last, languages, native, origin, area, step)) in athens_people.into_iter().enumerate() {
            // Olena, Samir, Dina and Maria are paired below.
            let at = if [2, 3, 5, 6].contains(&i) { registered } else { real_now() - 8 * 86_400 };
            let someone = Person::of(athens, (kind, first, last, languages, native, origin, area, step));
            let id = register(self, cg, &someone, &demo_email(first, last), None, at).await?;
            let side = Side::parse(kind).ok_or(StoreError::NotFound)?;
            screen(self, cg, id, side, status_at(kind, step), Some(&athens_course), at).await?;
            athens_ids.push(id);
        }
        let (olena, maria, samir, dina) = (athens_ids[2], athens_ids[6], athens_ids[3], athens_ids[5]);
        // Their own space, opened by invitation once the course was done:
        // Karim and Leila, Amal and Hamid.
        let opened = registered + 20 * 86_400;
        let mut invited = Vec::new();
        for (i, participant) in [(5, k1), (6, k2), (7, n1), (8, n2)] {
            invited.push(as_of(opened, account(self, i, orgs, password_hash, Some((cf, participant)))).await?);
        }
        let [buddy1, buddy2, newcomer1, newcomer2] = invited[..] else { unreachable!("four invited accounts") };
        account(self, 9, orgs, password_hash, None).await?;
        // Step 3: the starting points, with their coordinator at the
        // intake (Amal) and at the interview (Karim); Hamid has not done
        // his yet, so his home invites him to. (Written in this order, as
        // the tests that read "Amal's first answers" expect.)
        let intake = registered + 2 * 86_400;
        let with = (cf, true);
        answered(self, fr, n1, Kind::NewcomerSelfAssessment, 1, Moment::Initial, 0, with, intake + 3600).await?;
        answered(self, fr, k1, Kind::BuddySelfAssessment, 2, Moment::Initial, 0, with, intake + 3600).await?;
        // Step 8: Karim's mid-term self-assessment, a point more sure of
        // himself in all but what he rated highest, for his supervisor.
        answered(self, fr, k1, Kind::BuddySelfAssessment, 2, Moment::Midterm, 1, (buddy1, false), day_at(-3, 18))
            .await?;
        answered(self, fr, k1, Kind::BuddyInterview, 3, Moment::Initial, 0, with, intake).await?;
        answered(self, fr, n1, Kind::NewcomerIntake, 4, Moment::Initial, 0, with, intake).await?;
        // The course for professionals and volunteers, followed by staff
        // accounts: Claire completed it, Sophie is at its first module.
        let staff_course = as_of(
            day_at(-190, 9),
            course(
                self,
                trainer,
                fr,
                (
                    "Professionals' and volunteers' course 2026",
                    "professionals",
                    "For the social workers and volunteers who run the Buddy System.",
                    "en",
                ),
                &[
                    (
                        ModuleKind::Capsule,
                        "The Buddy System in ten steps",
                        "From mapping the local actors to the evaluation: who does what at each step.",
                        45,
                        None,
                        None,
                        Some((
                            "Le Buddy System en dix étapes",
                            "De la cartographie des acteurs locaux à l’évaluation : qui fait quoi à chaque étape.",
                        )),
                    ),
                    (
                        ModuleKind::Capsule,
                        "Supervising buddies",
                        "Regular check-ins, warning signs, when and how to refer.",
                        30,
                        None,
                        None,
                        Some((
                            "Accompagner les binômes",
                            "Points réguliers, signaux d’alerte, quand et comment orienter.",
                        )),
                    ),
                    (
                        ModuleKind::Session,
                        "Case discussion",
                        "Situations met by buddies, discussed together.",
                        120,
                        None,
                        Some(1_797_084_000),
                        None,
                    ),
                ],
                "Pilot France 2026 – staff",
            ),
        )
        .await?;
        staff_course.follow(self, Learner::User(cf), 3, day_at(-185, 9)).await?;
        staff_course.follow(self, Learner::User(supervisor), 1, day_at(-185, 9)).await?;
        // Steps 6 and 7, replayed as the app writes them, each at its
        // moment: Karim and Amal started 40 days ago, Leila and Hamid 100
        // (both pairs with accounts, who answered and signed in the app);
        // in Athens Olena and Maria accepted each other and meet soon,
        // Samir and Dina have met every week for 150 days (no accounts:
        // the coordinator recorded their answers and the paper agreement).
        let member = |participant, account| Member { participant, account };
        let pair1 = started_pair(
            self,
            cf,
            lille,
            member(k1, Some(buddy1)),
            member(n1, Some(newcomer1)),
            40,
            "CCAS de Lille",
            &agreement(&["language", "employment", "transport"], ""),
        )
        .await?;
        let pair2 = started_pair(
            self,
            cf,
            lille,
            member(k2, Some(buddy2)),
            member(n2, Some(newcomer2)),
            100,
            "Médiathèque de Roubaix",
            &agreement(&["administration", "housing"], ""),
        )
        .await?;
        let accepted =
            accepted_pair(self, cg, athens, member(maria, None), member(olena, None), day_at(-2, 9), day_at(-1, 9))
                .await?;
        as_of(
            day_at(-1, 10),
            self.schedule_first_meeting(cg, accepted, real_now() + 3 * 86_400, "Kypseli community centre"),
        )
        .await?;
        let weekly = started_pair(
            self,
            cg,
            athens,
            member(dina, None),
            member(samir, None),
            150,
            "Kypseli community centre",
            &agreement(&[], "Find the services of the neighbourhood and practise Greek for every day."),
        )
        .await?;
        // The goals the Lille agreements gave, in the pair's own words and
        // with how far each has come: no public write names a goal.
        let mut tx = self.audited(None).await?;
        for (pair, area, title, progress) in [
            (pair1, "language", "Hold a conversation in French at the pharmacy", 40),
            (pair1, "employment", "Prepare a CV and a first job interview", 20),
            (pair1, "transport", "Travel alone by metro and tram", 80),
            (pair2, "administration", "Open a bank account", 60),
            (pair2, "housing", "Apply for social housing", 10),
        ] {
            sqlx::query("UPDATE goals SET title = $1, progress = $2 WHERE pair_id = $3 AND area = $4")
                .bind(title)
                .bind(progress)
                .bind(pair)
                .bind(area)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit("demo.goals", &format!("programme:{lille}"), "").await?;
        // The sessions the Lille pairs held, logged through the session
        // form by a member some hours after each, one confirmed.
        log_held_session(
            self,
            pair1,
            12,
            "transport",
            "Took the metro and the tram to the CAF together.",
            5,
            buddy1,
            Some(newcomer1),
        )
        .await?;
        log_held_session(self, pair1, 5, "language,health", "Practised French for the pharmacy.", 4, newcomer1, None)
            .await?;
        log_held_session(
            self,
            pair2,
            8,
            "administration,money",
            "Gathered the papers to open a bank account.",
            3,
            buddy2,
            None,
        )
        .await?;
        // The pairs started in the past moved on since, as the daily
        // refresh of a running server finds them.
        self.refresh_pair_steps().await?;
        // What was done to inform the local actors (step 1).
        outreach(self, cf, fr, "information_session", "2026-09-10", Some(ccas), "CCAS, salle 2", 28).await?;
        outreach(self, cf, fr, "material", "2026-09-15", Some(exiles), "Leaflets in French, Arabic, Dari", 200).await?;
        outreach(self, cf, fr, "referral", "2026-10-02", Some(exiles), "", 3).await?;
        outreach(self, cg, gr, "information_session", "2026-09-20", Some(dimos), "Kypseli community centre", 40)
            .await?;
        // The sessions the pairs planned, each logged by its buddy (Dina
        // has no account: the Greek coordinator logged hers).
        plan_session(self, buddy1, pair1, 2, "in_person", "Médiathèque Jean Lévy").await?;
        plan_session(self, buddy1, pair1, 9, "in_person", "CAF, rue de Tournai").await?;
        plan_session(self, buddy2, pair2, 4, "online", "").await?;
        plan_session(self, cg, weekly, 3, "in_person", "Kypseli").await?;
        // Step 8, written as the app writes it: an urgent concern Amal
        // raised about herself, still open; one Leila raised about her pair
        // with Hamid, followed to its end; one in Athens.
        self.raise_concern(
            newcomer1,
            lille,
            About::Person(n1),
            &NewConcern {
                severity: Severity::Urgent,
                summary: "Mon propriétaire veut me mettre dehors demain".into(),
                text: "Il a changé la serrure de la cave et dit que je dois partir demain matin.".into(),
            },
        )
        .await?;
        let followed = self
            .raise_concern(
                buddy2,
                lille,
                About::Pair(pair2),
                &NewConcern {
                    severity: Severity::Medium,
                    summary: "Hamid ne vient plus à nos rendez-vous".into(),
                    text: "Deux rendez-vous manqués sans prévenir.".into(),
                },
            )
            .await?;
        for (from, to, note) in [
            (ConcernStatus::Open, ConcernStatus::Acknowledged, "Appelé Leila, puis Hamid."),
            (
                ConcernStatus::Acknowledged,
                ConcernStatus::ActionTaken,
                "Hamid a commencé un travail de nuit : rendez-vous déplacés au samedi.",
            ),
            (ConcernStatus::ActionTaken, ConcernStatus::Closed, "Deux séances tenues depuis."),
        ] {
            self.move_concern(cf, followed, from, to, note).await?;
        }
        self.raise_concern(
            cg,
            athens,
            About::Pair(weekly),
            &NewConcern {
                severity: Severity::Low,
                summary: "Samir asks for help beyond the agreement".into(),
                text: String::new(),
            },
        )
        .await?;
        // Check-ins: Amal answered hers (Karim's waits on his home); Leila
        // was happy a month in and is not now; Hamid has not answered.
        {
            use m4m_domain::checkin::{Answer, Cadence, current_due};
            let today = time::OffsetDateTime::now_utc().date();
            let start1 = today - time::Duration::days(40);
            let start2 = today - time::Duration::days(100);
            let c = Cadence::default();
            let answer = |satisfaction: i64, met: &str, helped: &str, difficult: &str| Answer {
                satisfaction,
                met: met.into(),
                helped: helped.into(),
                difficult: difficult.into(),
            };
            if let Some(due) = current_due(start1, c, today) {
                self.record_checkin(newcomer1, pair1, n1, due, &answer(4, "weekly", "Le tram ensemble", "")).await?;
            }
            let first2 = start2 + time::Duration::days(c.first_days);
            self.record_checkin(buddy2, pair2, k2, first2, &answer(4, "weekly", "Les papiers de la banque", ""))
                .await?;
            if let Some(due) = current_due(start2, c, today) {
                let late = answer(2, "less", "", "Hamid annule souvent, je ne sais pas pourquoi.");
                self.record_checkin(buddy2, pair2, k2, due, &late).await?;
            }
        }
        // Where Amal's goals stand, as she and Karim recorded it.
        for (goal, who, score, comment) in [
            ("Hold a conversation in French at the pharmacy", newcomer1, -1, "J'ai encore peur de ne pas comprendre."),
            ("Hold a conversation in French at the pharmacy", buddy1, 0, "Elle a demandé ses médicaments seule."),
            ("Travel alone by metro and tram", newcomer1, 1, ""),
        ] {
            let id: i64 =
                sqlx::query_scalar("SELECT id FROM goals WHERE title = $1").bind(goal).fetch_one(self.pool()).await?;
            let score = m4m_domain::goal::Attainment::from_stored(score).ok_or(StoreError::NotFound)?;
            self.record_goal_progress(who, id, score, comment).await?;
        }
        // Supervision: Sophie met Karim alone a month ago and both her
        // buddies together ten days ago, with actions for each.
        let today = time::OffsetDateTime::now_utc().date();
        let one_to_one = self
            .record_supervision(
                supervisor,
                fr,
                &NewSupervision {
                    format: Format::OneToOne,
                    held_on: today - time::Duration::days(30),
                    buddies: vec![k1],
                    topics: vec!["wellbeing".into(), "boundaries".into()],
                    topics_text: String::new(),
                    notes: "Karim porte beaucoup de démarches à la place d'Amal : l'aider à faire avec elle.".into(),
                    actions: vec![NewAction {
                        text: "Noter ce qu'Amal fait déjà seule".into(),
                        owner: Some(k1),
                        due_on: today - time::Duration::days(16),
                    }],
                },
            )
            .await?;
        if let Some(done) = self.supervision(one_to_one).await?.and_then(|s| s.actions.first().map(|a| a.id)) {
            self.complete_supervision_action(buddy1, done).await?;
        }
        self.record_supervision(
            supervisor,
            fr,
            &NewSupervision {
                format: Format::Group,
                held_on: today - time::Duration::days(10),
                buddies: vec![k1, k2],
                topics: vec!["cultural".into(), "practical".into()],
                topics_text: "Ramadan et rendez-vous".into(),
                notes: "Échange sur les horaires pendant le ramadan ; Leila partage sa liste de cours de français."
                    .into(),
                actions: vec![
                    NewAction {
                        text: "Envoyer à Karim la liste des cours de français gratuits".into(),
                        owner: Some(k2),
                        due_on: today + time::Duration::days(4),
                    },
                    NewAction {
                        text: "Proposer un rendez-vous à la CAF avec Amal".into(),
                        owner: Some(k1),
                        due_on: today + time::Duration::days(7),
                    },
                    NewAction {
                        text: "Diffuser le guide interculturel".into(),
                        owner: None,
                        due_on: today + time::Duration::days(3),
                    },
                ],
            },
        )
        .await?;
        self.past_cohorts(admin, [fr, gr], [cf, cg], quiz).await?;
        // Sealed now rather than by the first second of a server: the demo
        // is read (and tampered with, in the tests) right after it loads.
        self.seal_audit().await?;
        Ok([lille, athens])
    }

    /// Step 10's history: last year's programme of each organisation, all
    /// its pairs closed — at their planned end or early, for several
    /// reasons — with exit questionnaires and final self-assessments, so
    /// that the global evaluation has figures. Lille's 2025 cohort is
    /// large enough to be shown; Athens' (three newcomers) is a group
    /// under five, suppressed everywhere.
    async fn past_cohorts(
        &self,
        admin: i64,
        orgs: [i64; 2],
        coordinators: [i64; 2],
        quiz: &str,
    ) -> Result<(), StoreError> {
        // Newcomer, buddy (index into the buddies), closing reason, how
        // many points each answer rose by the end (None: no final one),
        // exit answers (newcomer's and buddy's satisfaction, 0 = none).
        type Past = (Someone, usize, ClosingReason, Option<usize>, (i64, i64));
        let lille_buddies: [Someone; 5] = [
            ("mentor", "Sara", "Haddou", "fr,ar", "ar", "MA", "Lille-Centre", 10),
            ("mentor", "Omid", "Azizi", "fr,prs,fa", "prs", "AF", "Roubaix", 10),
            ("mentor", "Chloé", "Petit", "fr,en", "fr", "FR", "Lambersart", 10),
            ("mentor", "Youssef", "Amrani", "fr,ar,en", "ar", "MA", "Wazemmes", 10),
            ("mentor", "Aster", "Haile", "fr,ti,en", "ti", "ER", "Lille-Sud", 10),
        ];
        let lille: [Past; 8] = [
            (
                ("mentee", "Meron", "Tekle", "ti,en", "ti", "ER", "Lille-Sud", 10),
                4,
                ClosingReason::PlannedEnd,
                Some(2),
                (5, 5),
            ),
            (
                ("mentee", "Yusuf", "Omar", "so,ar", "so", "SO", "Lomme", 10),
                0,
                ClosingReason::PlannedEnd,
                Some(1),
                (4, 4),
            ),
            (
                ("mentee", "Layla", "Nasser", "ar,en", "ar", "SY", "Fives", 10),
                0,
                ClosingReason::PlannedEnd,
                Some(2),
                (5, 4),
            ),
            (
                ("mentee", "Arash", "Rezaei", "fa,en", "fa", "IR", "Roubaix", 10),
                1,
                ClosingReason::PlannedEnd,
                Some(1),
                (4, 5),
            ),
            (
                ("mentee", "Khadija", "Bah", "fr,ff", "ff", "GN", "Moulins", 10),
                2,
                ClosingReason::PlannedEnd,
                Some(0),
                (3, 4),
            ),
            (
                ("mentee", "Bilal", "Sharifi", "prs,ps", "prs", "AF", "Tourcoing", 10),
                1,
                ClosingReason::GoalsReached,
                Some(3),
                (5, 5),
            ),
            (
                ("mentee", "Selam", "Berhe", "ti", "ti", "ER", "Lille-Sud", 10),
                3,
                ClosingReason::MovedAway,
                None,
                (0, 3),
            ),
            (("mentee", "Hodan", "Ali", "so,en", "so", "SO", "Lomme", 10), 3, ClosingReason::LostContact, None, (0, 2)),
        ];
        let athens_buddies: [Someone; 2] = [
            ("mentor", "Irini", "Markou", "el,en", "el", "GR", "Pangrati", 10),
            ("mentor", "Tarek", "Saleh", "el,ar", "ar", "EG", "Kypseli", 10),
        ];
        let athens: [Past; 3] = [
            (
                ("mentee", "Mahmoud", "Aziz", "ar", "ar", "SY", "Kypseli", 10),
                0,
                ClosingReason::PlannedEnd,
                Some(1),
                (4, 4),
            ),
            (
                ("mentee", "Nazanin", "Jafari", "fa,en", "fa", "IR", "Exarchia", 10),
                1,
                ClosingReason::PlannedEnd,
                Some(2),
                (5, 4),
            ),
            (
                ("mentee", "Ahmad", "Wardak", "ps,prs", "ps", "AF", "Piraeus", 10),
                1,
                ClosingReason::Conflict,
                Some(0),
                (2, 2),
            ),
        ];
        let today = time::OffsetDateTime::now_utc().date();
        let cohorts: [(usize, &str, &str, &[Someone], &[Past]); 2] = [
            (0, "Buddy System Lille 2025", "fr,ar,prs,ps,ti", &lille_buddies, &lille),
            (1, "Buddy System Athens 2025", "el,ar,fa", &athens_buddies, &athens),
        ];
        for (o, name, languages, buddies, newcomers) in cohorts {
            let (org, coordinator) = (orgs[o], coordinators[o]);
            let new = NewProgramme {
                name: name.into(),
                description: "Last year's programme: every pair has closed.".into(),
                languages: crate::split_list(languages),
                starts_on: today - time::Duration::days(420),
                ends_on: today - time::Duration::days(30),
                target_mentors: buddies.len() as i64,
                target_mentees: newcomers.len() as i64,
                status: ProgrammeStatus::Closed,
                contact: "buddies@example.org".into(),
                texts: Default::default(),
            };
            let programme = self.create_programme(admin, org, &new).await?;
            // Last year's course, written by the coordinator.
            let course = as_of(
                day_at(-450, 9),
                course(
                    self,
                    coordinator,
                    org,
                    ("Buddies' course 2025", "buddies", "Two modules before the first match.", "en"),
                    &[
                        (ModuleKind::Capsule, "Your role and its limits", "", 30, None, None, None),
                        (ModuleKind::Quiz, "Confidentiality and safeguarding", "", 20, Some(quiz), None, None),
                    ],
                    "2025",
                ),
            )
            .await?;
            // Registered, screened and trained (the buddies) before the
            // first pair was proposed, as this year's people are.
            let registered = day_at(-430, 9);
            let mut buddy_ids = Vec::new();
            for b in buddies.iter().copied() {
                let id =
                    register(self, coordinator, &Person::of(programme, b), &demo_email(b.1, b.2), None, registered)
                        .await?;
                let ready =
                    screen(self, coordinator, id, Side::Mentor, Status::Ready, Some(&course), registered).await?;
                // Each accompanied one or two newcomers at a time.
                let follow_up = FollowUp { supervisor: None, capacity: 2 };
                as_of(ready, self.set_follow_up(coordinator, id, &follow_up)).await?;
                buddy_ids.push(id);
            }
            let place = ["Maison des associations, Lille", "Kypseli community centre"][o];
            let mut pairs = Vec::new();
            for (i, (n, buddy, reason, lift, exits)) in newcomers.iter().copied().enumerate() {
                let newcomer =
                    register(self, coordinator, &Person::of(programme, n), &demo_email(n.1, n.2), None, registered)
                        .await?;
                screen(self, coordinator, newcomer, Side::Mentee, Status::Ready, None, registered).await?;
                // Started a year ago for six months, through the app's
                // step 6 (no accounts: the coordinator records what they
                // said); the early ones stopped after two to four.
                let days = 380 - 9 * i as i64;
                let second = ["housing", "employment", "administration"][i % 3];
                let terms = agreement(&["language", second], "Meet every week on what the newcomer needs first.");
                let (mentor, mentee) = (
                    Member { participant: buddy_ids[buddy], account: None },
                    Member { participant: newcomer, account: None },
                );
                let pr = started_pair(self, coordinator, programme, mentor, mentee, days, place, &terms).await?;
                let start = day_at(-days, 12);
                answered(
                    self,
                    org,
                    newcomer,
                    Kind::NewcomerSelfAssessment,
                    11 + i * 3,
                    Moment::Initial,
                    0,
                    (coordinator, true),
                    start,
                )
                .await?;
                let months = if reason == ClosingReason::PlannedEnd { 6 } else { 2 + (i as i64 % 3) };
                // The sessions they held, logged by the coordinator.
                for k in 0..months * 3 {
                    let topics =
                        ["language", "administration,housing", "employment", "transport", "health"][k as usize % 5];
                    let rating = 3 + (k + i as i64) % 3;
                    log_held_session(self, pr, days - 10 * k - 3, topics, "", rating, coordinator, None).await?;
                }
                let closed_on = today - time::Duration::days(days - months * 30);
                pairs.push((pr, newcomer, buddy_ids[buddy], reason, closed_on, lift, exits, 11 + i * 3));
            }
            for (pr, newcomer, buddy, reason, closed_on, lift, (mine, theirs), seed) in pairs {
                let goals: Vec<i64> = sqlx::query_scalar("SELECT id FROM goals WHERE pair_id = $1 ORDER BY id")
                    .bind(pr)
                    .fetch_all(self.pool())
                    .await?;
                for (g, id) in goals.into_iter().enumerate() {
                    let score = (lift.unwrap_or(0) as i64 - 1 - g as i64).clamp(-2, 2);
                    let score = m4m_domain::goal::Attainment::from_stored(score).ok_or(StoreError::NotFound)?;
                    self.record_goal_progress(coordinator, id, score, "").await?;
                }
                // A check-in a month before the end, from both: how the
                // pairs felt on the way (step 9), for the evaluation too.
                let due = closed_on - time::Duration::days(30);
                for (who, satisfaction, met) in
                    [(newcomer, mine.max(2), "weekly"), (buddy, theirs.max(2), "fortnightly")]
                {
                    let answer = m4m_domain::checkin::Answer {
                        satisfaction,
                        met: met.into(),
                        helped: String::new(),
                        difficult: String::new(),
                    };
                    self.record_checkin(coordinator, pr, who, due, &answer).await?;
                }
                let closing = Closing {
                    reason,
                    closed_on,
                    meeting_on: (reason == ClosingReason::PlannedEnd).then_some(closed_on),
                    note: String::new(),
                    // Last year's buddies did not ask for a new pair: each
                    // becomes alumni when their last pair closes.
                    mentor_rematch: false,
                    mentee_rematch: false,
                };
                // Recorded now, for the day it closed, as a coordinator
                // catching up records it.
                self.close_pair(coordinator, pr, &closing).await?;
                // The newcomer's final self-assessment, with the coordinator
                // on the day it closed.
                if let Some(lift) = lift {
                    let at = closed_on.midnight().assume_utc().unix_timestamp() + 14 * 3600;
                    let (kind, final_) = (Kind::NewcomerSelfAssessment, Moment::Final);
                    answered(self, org, newcomer, kind, seed, final_, lift, (coordinator, true), at).await?;
                }
                for (who, satisfaction) in [(newcomer, mine), (buddy, theirs)] {
                    if satisfaction > 0 {
                        let answer = ExitAnswer {
                            satisfaction,
                            recommend: satisfaction >= 3,
                            changed: if satisfaction >= 4 {
                                vec!["language".into(), "social".into()]
                            } else {
                                Vec::new()
                            },
                            comment: String::new(),
                        };
                        self.save_exit_answer(coordinator, pr, who, &answer).await?;
                    }
                }
            }
        }
        Ok(())
    }

    /// Adds `mentees` synthetic newcomers and half as many buddies to the
    /// demo programmes, spread over the steps, with pairs and planned
    /// sessions, for load tests. Names and places are made up.
    pub async fn load_synthetic(
        &self,
        programmes: &[i64],
        mentees: usize,
        progress: Progress<'_>,
    ) -> Result<(), StoreError> {
        const FIRST: [&str; 12] =
            ["Ali", "Mina", "Omar", "Sara", "Yusuf", "Aya", "Ivan", "Lina", "Dawit", "Hawa", "Reza", "Noor"];
        const LANGS: [(&str, &str, &str); 6] = [
            ("ar,en", "ar", "SY"),
            ("prs,ps", "prs", "AF"),
            ("ti,en", "ti", "ER"),
            ("uk,ru", "uk", "UA"),
            ("so,ar", "so", "SO"),
            ("fa,en", "fa", "IR"),
        ];
        if programmes.is_empty() {
            return Ok(());
        }
        let mut tx = self.audited(None).await?;
        let c = &mut *tx;
        // Registered before the oldest pair was proposed.
        let registered = day_at(-400, 9);
        let mut mentors = Vec::new();
        let buddies = mentees.div_ceil(2);
        for i in 0..buddies {
            progress(SyntheticPhase::Buddies, i, buddies);
            let (languages, native, origin) = LANGS[i % LANGS.len()];
            let step = [5, 6, 7, 7, 8][i % 5];
            let first = format!("{} B{i}", FIRST[i % FIRST.len()]);
            let langs = format!("fr,el,{languages}");
            let programme = programmes[i % programmes.len()];
            let someone = Person {
                programme,
                kind: "mentor",
                first: &first,
                last: "Synthetic",
                languages: &langs,
                native,
                origin,
                area: "Area",
                step,
            };
            let id = as_of(registered, person(c, &someone)).await?;
            // Buddies each accompany two synthetic newcomers.
            sqlx::query("UPDATE participants SET capacity = 2 WHERE id = $1").bind(id).execute(&mut *c).await?;
            if step == 5 {
                // Step 5: in the organisation's first course, one module done.
                let course = sqlx::query(
                    "SELECT c.id FROM courses c JOIN programmes g ON g.organisation_id = c.organisation_id \
                     WHERE g.id = $1 ORDER BY c.id LIMIT 1",
                )
                .bind(programme)
                .fetch_optional(&mut *c)
                .await?;
                if let Some(course) = course {
                    let course: i64 = course.try_get("id")?;
                    sqlx::query(
                        "INSERT INTO enrolments (course_id, participant_id, cohort, enrolled_at) VALUES ($1, $2, 'Synthetic', $3)",
                    )
                    .bind(course)
                    .bind(id)
                    .bind(now())
                    .execute(&mut *c)
                    .await?;
                }
            }
            mentors.push((id, programme, step));
        }
        // The buddies in the pool, who may be paired: not those still in
        // training (step 5).
        let pool: Vec<(i64, i64)> = mentors.iter().filter(|m| m.2 != 5).map(|m| (m.0, m.1)).collect();
        let mut paired = 0;
        for i in 0..mentees {
            progress(SyntheticPhase::Newcomers, i, mentees);
            let (languages, native, origin) = LANGS[(i * 7) % LANGS.len()];
            let step = 2 + (i % 9) as i64;
            let first = format!("{} N{i}", FIRST[(i * 5) % FIRST.len()]);
            // From step 6 on, with a buddy of the pool, two newcomers
            // each (in the pool while there is room left).
            let buddy = if step >= 6 { pool.get(paired / 2).copied() } else { None };
            let step = if step >= 6 && buddy.is_none() { 4 } else { step };
            paired += usize::from(buddy.is_some());
            let (mentor, programme) = buddy.unwrap_or((0, programmes[i % programmes.len()]));
            let someone = Person {
                programme,
                kind: "mentee",
                first: &first,
                last: "Synthetic",
                languages,
                native,
                origin,
                area: "Area",
                step,
            };
            let id = as_of(registered, person(c, &someone)).await?;
            if step == 6 {
                // Step 6: proposed, waiting for both answers.
                pair(c, programme, mentor, id, PairStatus::Proposed, 0).await?;
            }
            if step == 10 {
                // Step 10: a pair of last year, closed, with both exit
                // questionnaires and the newcomer's two self-assessments.
                let org: i64 = sqlx::query_scalar("SELECT organisation_id FROM programmes WHERE id = $1")
                    .bind(programme)
                    .fetch_one(&mut *c)
                    .await?;
                closed_pair(c, org, programme, mentor, id, i).await?;
            }
            if (7..=9).contains(&step) {
                // Started long enough ago to stand at that step.
                let days_ago = [20, 100, 150][(step - 7) as usize];
                let pr = pair(c, programme, mentor, id, PairStatus::Active, days_ago).await?;
                planned_session(c, pr, 1 + (i % 14) as i64, "in_person", "").await?;
                let topics = ["language", "administration,money", "transport", "employment", "housing,social"][i % 5];
                // Held after the pair started.
                let held = (3 + (i % 20) as i64).min(days_ago - 1);
                held_session(c, pr, held, topics, "", 1 + (i % 5) as i64, None, None).await?;
                let org: i64 = sqlx::query_scalar("SELECT organisation_id FROM programmes WHERE id = $1")
                    .bind(programme)
                    .fetch_one(&mut *c)
                    .await?;
                running_pair(c, org, programme, pr, mentor, id, days_ago, i).await?;
            }
        }
        // Group supervisions of the running pairs' buddies, ten at a time.
        let groups = mentors.len().div_ceil(10);
        let mentors: Vec<(i64, i64)> = mentors.into_iter().map(|(id, programme, _)| (id, programme)).collect();
        for (n, group) in mentors.chunks(10).enumerate() {
            progress(SyntheticPhase::Supervisions, n, groups);
            let org: i64 = sqlx::query_scalar("SELECT organisation_id FROM programmes WHERE id = $1")
                .bind(group[0].1)
                .fetch_one(&mut *c)
                .await?;
            let held = time::OffsetDateTime::now_utc().date() - time::Duration::days(5 + (n % 40) as i64);
            let row = sqlx::query(
                "INSERT INTO supervisions (organisation_id, format, held_on, topics, created_at) \
                 VALUES ($1, 'group', $2, 'boundaries,practical', $3) RETURNING id",
            )
            .bind(org)
            .bind(m4m_domain::programme::format_date(held))
            .bind(now())
            .fetch_one(&mut *c)
            .await?;
            let supervision: i64 = row.try_get("id")?;
            for (buddy, _) in group.iter().filter(|(_, p)| *p == group[0].1) {
                sqlx::query("INSERT INTO supervision_buddies (supervision_id, participant_id) VALUES ($1, $2)")
                    .bind(supervision)
                    .bind(*buddy)
                    .execute(&mut *c)
                    .await?;
            }
        }
        progress(SyntheticPhase::Steps, 0, 1);
        settle_steps(c).await?;
        progress(SyntheticPhase::Saving, 0, 1);
        tx.commit("demo.synthetic", "installation", &mentees.to_string()).await?;
        self.seal_audit().await?;
        // After a bulk load, PostgreSQL plans from statistics and reads an
        // index alone only where its visibility map says the pages are
        // all visible: both come from VACUUM ANALYZE, which its autovacuum
        // runs later, or never where it is off. SQLite plans without
        // statistics, as the query plans were chosen for.
        if self.backend == crate::Backend::Postgres {
            sqlx::query("VACUUM (ANALYZE)").execute(self.pool()).await?;
        }
        progress(SyntheticPhase::Saving, 1, 1);
        Ok(())
    }
}

/// What [`Store::load_synthetic`] is doing, for a progress display.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyntheticPhase {
    Buddies,
    Newcomers,
    Supervisions,
    Steps,
    Saving,
}

impl SyntheticPhase {
    /// What the phase does, for the command line.
    pub fn describe(self) -> &'static str {
        match self {
            SyntheticPhase::Buddies => "adding buddies",
            SyntheticPhase::Newcomers => "adding newcomers, pairs and sessions",
            SyntheticPhase::Supervisions => "adding group supervisions",
            SyntheticPhase::Steps => "settling each person's step",
            SyntheticPhase::Saving => "saving",
        }
    }
}

/// Told the phase, the items done and their number, before each item (and
/// once more at the end of the last phase): it must be quick.
pub type Progress<'a> = &'a (dyn Fn(SyntheticPhase, usize, usize) + Sync);
