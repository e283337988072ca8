//! The demo data keeps every rule the app keeps. `load_demo` replays its
//! people's and pairs' past through the store's own writes;
//! `load_synthetic` writes thousands of rows in bulk. Both are read back
//! row by row here and held to the domain's rules: each pair's state is
//! reached by the moves of `m4m_domain::pairing`, at the times it records;
//! sessions, check-ins and exit answers only where the pair allows them;
//! each person's status on their path, in step with their pairs and their
//! history, at the step `Step::of` gives; buddies within their capacity at
//! every moment; a participation consent for everyone.

use m4m_domain::closing::ClosingReason;
use m4m_domain::pairing::{Agreement, Answer, PairChange, PairState, PairStatus};
use m4m_domain::participant::{Kind, Status};
use m4m_domain::step::{PairPhase, Step};
use sqlx::{AnyConnection, Row};

use crate::support::TestApp;

/// A date stored as `yyyy-mm-dd`.
fn date(raw: &str) -> time::Date {
    m4m_domain::programme::parse_date("date", raw).unwrap()
}

/// Midnight (UTC) of a day, in Unix seconds.
fn midnight(d: time::Date) -> i64 {
    d.midnight().assume_utc().unix_timestamp()
}

struct StoredPair {
    id: i64,
    programme: i64,
    mentor: i64,
    mentee: i64,
    status: PairStatus,
    created_at: i64,
    started_on: Option<time::Date>,
    closed_on: Option<time::Date>,
    months: u8,
}

/// Replays the life a stored pair records through the domain's moves, in
/// the order the app allows them, each checked at the moment it records;
/// the moves end at the stored status.
fn replay(r: &sqlx::any::AnyRow) -> Result<(), String> {
    let answer = |c: &str| Answer::parse(&r.get::<String, _>(c)).ok_or(format!("{c} unknown"));
    let (mentor_answer, mentee_answer) = (answer("mentor_answer")?, answer("mentee_answer")?);
    let stored = PairStatus::parse(&r.get::<String, _>("status")).ok_or("status unknown")?;
    let created_at: i64 = r.get("created_at");
    let meeting_at: Option<i64> = r.get("first_meeting_at");
    let held_at: Option<i64> = r.get("first_meeting_held_at");
    let agreement: Option<String> = r.get("agreement");
    let (mentor_at, mentee_at): (Option<i64>, Option<i64>) =
        (r.get("agreement_mentor_at"), r.get("agreement_mentee_at"));
    let paper: Option<i64> = r.get("agreement_paper_by");
    let started_on: Option<String> = r.get("started_on");
    let close_reason: Option<String> = r.get("close_reason");

    let mut s = PairState::proposed();
    let step = |s: &PairState, change: PairChange, at: i64| -> Result<(), String> {
        s.check(change, at).map_err(|e| format!("{change:?} refused: {e:?}"))
    };
    for (side, a) in [(Kind::Mentor, mentor_answer), (Kind::Mentee, mentee_answer)] {
        if a != Answer::Waiting {
            if s.status != PairStatus::Proposed {
                return Err(format!("{side:?} answered after the proposal was decided"));
            }
            step(&s, PairChange::Answer(side), created_at)?;
            match side {
                Kind::Mentor => s.mentor_answer = a,
                Kind::Mentee => s.mentee_answer = a,
            }
            if a == Answer::Declined {
                s.status = PairStatus::Declined;
            }
        }
    }
    if s.mentor_answer == Answer::Accepted && s.mentee_answer == Answer::Accepted {
        s.status = PairStatus::Accepted;
    }
    if let Some(at) = meeting_at {
        step(&s, PairChange::PlanFirstMeeting, created_at)?;
        s.first_meeting_at = Some(at);
    }
    if let Some(held) = held_at {
        step(&s, PairChange::FirstMeetingHeld, held)?;
        s.first_meeting_held = true;
    }
    if let Some(json) = &agreement {
        serde_json::from_str::<Agreement>(json).map_err(|e| format!("agreement unreadable: {e}"))?;
        step(&s, PairChange::WriteAgreement, created_at)?;
        s.agreement_written = true;
    }
    for (side, at) in [(Kind::Mentor, mentor_at), (Kind::Mentee, mentee_at)] {
        if let Some(at) = at {
            step(&s, PairChange::Sign(Some(side)), at)?;
            match side {
                Kind::Mentor => s.mentor_signed = true,
                Kind::Mentee => s.mentee_signed = true,
            }
        }
    }
    if paper.is_some() {
        step(&s, PairChange::Sign(None), created_at)?;
        s.paper_signed = true;
    }
    if started_on.is_some() {
        let start = midnight(date(started_on.as_deref().unwrap_or_default()));
        step(&s, PairChange::Start, start + 86_399)?;
        s.status = PairStatus::Active;
        if held_at.is_some_and(|h| h >= start + 86_400) {
            return Err("started before its first meeting was held".into());
        }
    } else if matches!(stored, PairStatus::Active | PairStatus::Completed | PairStatus::EndedEarly) {
        return Err("running or closed without a start day".into());
    }
    if let Some(reason) = close_reason {
        let reason = ClosingReason::parse(&reason).ok_or("close reason unknown")?;
        step(&s, PairChange::Close, 0)?;
        s.status = reason.status();
        if r.get::<Option<String>, _>("closed_on").is_none() {
            return Err("closed without a day".into());
        }
    }
    if s.status != stored {
        return Err(format!("its moves end at {:?}, it is stored {stored:?}", s.status));
    }
    Ok(())
}

/// Every rule of the list above that the rows of the database break,
/// each as a line naming the row.
async fn broken_rules(raw: &mut AnyConnection) -> Vec<String> {
    let mut broken = Vec::new();
    let today = time::OffsetDateTime::now_utc().date();
    let now = today.midnight().assume_utc().unix_timestamp() + 86_400;

    let rows = sqlx::query(
        "SELECT id, programme_id, mentor_id, mentee_id, status, mentor_answer, mentee_answer, first_meeting_at, \
         first_meeting_held_at, agreement, agreement_mentor_at, agreement_mentee_at, agreement_paper_by, started_on, \
         closed_on, close_reason, created_at FROM pairs ORDER BY id",
    )
    .fetch_all(&mut *raw)
    .await
    .unwrap();
    let mut pairs = Vec::new();
    for r in &rows {
        let id: i64 = r.get("id");
        if let Err(e) = replay(r) {
            broken.push(format!("pair {id}: {e}"));
            continue;
        }
        let agreement: Option<String> = r.get("agreement");
        let months = agreement.and_then(|a| serde_json::from_str::<Agreement>(&a).ok()).map_or(6, |a| a.months);
        let started_on = r.get::<Option<String>, _>("started_on").map(|d| date(&d));
        let closed_on = r.get::<Option<String>, _>("closed_on").map(|d| date(&d));
        if let (Some(s), Some(c)) = (started_on, closed_on)
            && c < s
        {
            broken.push(format!("pair {id}: closed on {c} before it started on {s}"));
        }
        if started_on.is_some_and(|s| s > today) {
            broken.push(format!("pair {id}: starts in the future"));
        }
        pairs.push(StoredPair {
            id,
            programme: r.get("programme_id"),
            mentor: r.get("mentor_id"),
            mentee: r.get("mentee_id"),
            status: PairStatus::parse(&r.get::<String, _>("status")).unwrap(),
            created_at: r.get("created_at"),
            started_on,
            closed_on,
            months,
        });
    }

    // People: status on their path and in step with their pairs, their
    // history ending at it, their step the domain's, a consent.
    let people = sqlx::query(
        "SELECT p.id, p.programme_id, p.kind, p.status, p.step, p.capacity, p.created_at, \
         (SELECT s.to_status FROM status_changes s WHERE s.participant_id = p.id ORDER BY s.changed_at DESC, s.id DESC \
          LIMIT 1) AS last_status, \
         (SELECT COUNT(*) FROM consents c WHERE c.participant_id = p.id AND c.purpose = 'participation' \
          AND c.withdrawn_at IS NULL) AS consents \
         FROM participants p WHERE p.erased_at IS NULL ORDER BY p.id",
    )
    .fetch_all(&mut *raw)
    .await
    .unwrap();
    let mut registered = std::collections::HashMap::new();
    for r in &people {
        let id: i64 = r.get("id");
        let kind = Kind::parse(&r.get::<String, _>("kind")).unwrap();
        let status = Status::parse(&r.get::<String, _>("status")).unwrap();
        registered.insert(id, (r.get::<i64, _>("created_at"), kind, r.get::<i64, _>("programme_id")));
        if !status.belongs_to(kind) {
            broken.push(format!("person {id}: {status:?} is not on the path of a {kind:?}"));
        }
        if r.get::<Option<String>, _>("last_status").as_deref() != Some(status.as_str()) {
            broken.push(format!("person {id}: history ends elsewhere than at {status:?}"));
        }
        if r.get::<i64, _>("consents") == 0 {
            broken.push(format!("person {id}: no consent to take part"));
        }
        let mine: Vec<&StoredPair> = pairs.iter().filter(|p| p.mentor == id || p.mentee == id).collect();
        let running = mine.iter().filter(|p| p.status == PairStatus::Active).count();
        if (status == Status::Active) != (running > 0) {
            broken.push(format!("person {id}: {status:?} with {running} running pairs"));
        }
        if mine.iter().any(|p| p.status.is_open()) && !matches!(status, Status::Ready | Status::Active) {
            broken.push(format!("person {id}: {status:?} in an open pair"));
        }
        if mine.iter().any(|p| p.started_on.is_some())
            && !matches!(status, Status::Ready | Status::Active | Status::Alumni | Status::Withdrawn)
        {
            broken.push(format!("person {id}: {status:?} after a pair"));
        }
        let phases: Vec<PairPhase> = mine
            .iter()
            .filter(|p| p.status.is_open())
            .map(|p| match p.started_on {
                Some(started_on) if p.status == PairStatus::Active => {
                    PairPhase::Active { started_on, months: p.months }
                }
                _ => PairPhase::Forming,
            })
            .collect();
        let step = i64::from(Step::of(status, &phases, today).number());
        if r.get::<i64, _>("step") != step {
            broken
                .push(format!("person {id}: at step {} where the rules place them at {step}", r.get::<i64, _>("step")));
        }
        // Capacity: the buddy's pairs running at once, at every start.
        if kind == Kind::Mentor {
            let capacity: i64 = r.get("capacity");
            let lives: Vec<(i64, i64)> = mine
                .iter()
                .filter(|p| p.status != PairStatus::Declined)
                .map(|p| {
                    let from = p.started_on.map_or(p.created_at, midnight);
                    let to = p.closed_on.map_or(i64::MAX, midnight);
                    (from, to)
                })
                .collect();
            for (from, _) in &lives {
                let at_once = lives.iter().filter(|(f, t)| f <= from && from < t).count() as i64;
                if at_once > capacity {
                    broken.push(format!("buddy {id}: {at_once} pairs at once, for a capacity of {capacity}"));
                    break;
                }
            }
        }
    }
    for p in &pairs {
        let members = [(p.mentor, Kind::Mentor), (p.mentee, Kind::Mentee)];
        for (person, kind) in members {
            match registered.get(&person) {
                Some((at, k, programme)) => {
                    if *k != kind || *programme != p.programme {
                        broken.push(format!("pair {}: member {person} is not its {kind:?} in its programme", p.id));
                    }
                    if *at > p.created_at {
                        broken.push(format!("pair {}: proposed before {person} registered", p.id));
                    }
                }
                None => broken.push(format!("pair {}: member {person} missing", p.id)),
            }
        }
        if p.status.is_open() && pairs.iter().any(|o| o.id != p.id && o.mentee == p.mentee && o.status.is_open()) {
            broken.push(format!("pair {}: its newcomer is in another open pair", p.id));
        }
    }

    // Sessions: only on a started pair, held within its life and logged
    // after, confirmed by someone else after it took place.
    let sessions = sqlx::query(
        "SELECT id, pair_id, status, starts_at, logged_by, confirmed_by, confirmed_at, created_at FROM peer_sessions",
    )
    .fetch_all(&mut *raw)
    .await
    .unwrap();
    for s in &sessions {
        let (id, pair): (i64, i64) = (s.get("id"), s.get("pair_id"));
        let starts_at: i64 = s.get("starts_at");
        let Some(p) = pairs.iter().find(|p| p.id == pair) else { continue };
        let Some(started_on) = p.started_on else {
            broken.push(format!("session {id}: on pair {pair}, which has not started"));
            continue;
        };
        if s.get::<String, _>("status") == "held" {
            if starts_at < midnight(started_on) || p.closed_on.is_some_and(|c| starts_at >= midnight(c) + 86_400) {
                broken.push(format!("session {id}: held outside the life of pair {pair}"));
            }
            if starts_at > now || s.get::<i64, _>("created_at") < starts_at {
                broken.push(format!("session {id}: held in the future or logged before it took place"));
            }
        } else if p.status != PairStatus::Active {
            broken.push(format!("session {id}: planned on pair {pair}, which is {:?}", p.status));
        }
        let confirmed_by: Option<i64> = s.get("confirmed_by");
        if confirmed_by.is_some() && confirmed_by == s.get::<Option<i64>, _>("logged_by") {
            broken.push(format!("session {id}: confirmed by who logged it"));
        }
        if s.get::<Option<i64>, _>("confirmed_at").is_some_and(|c| c < starts_at) {
            broken.push(format!("session {id}: confirmed before it took place"));
        }
    }

    // Check-ins on started pairs, from their members; exit answers on
    // closed ones; a pair's goals are its newcomer's.
    for (table, column, which) in [
        ("checkins", "participant_id", "started"),
        ("exit_answers", "participant_id", "closed"),
        ("goals", "participant_id", "newcomer"),
    ] {
        let rows = sqlx::query(&format!("SELECT pair_id, {column} AS who FROM {table} WHERE pair_id IS NOT NULL"))
            .fetch_all(&mut *raw)
            .await
            .unwrap();
        for r in &rows {
            let (pair, who): (i64, i64) = (r.get("pair_id"), r.get("who"));
            let Some(p) = pairs.iter().find(|p| p.id == pair) else { continue };
            let ok = match which {
                "started" => p.started_on.is_some() && (who == p.mentor || who == p.mentee),
                "closed" => p.status.is_closed() && (who == p.mentor || who == p.mentee),
                _ => who == p.mentee,
            };
            if !ok {
                broken.push(format!("{table}: a row of {who} on pair {pair} ({:?})", p.status));
            }
        }
    }
    broken
}

/// Asserts that nothing in the database breaks a rule, listing what does.
async fn assert_rules_kept(raw: &mut AnyConnection) {
    let broken = broken_rules(raw).await;
    assert!(broken.is_empty(), "{} rules broken:\n{}", broken.len(), broken.join("\n"));
}

#[tokio::test]
async fn the_demo_keeps_every_rule_of_the_app() {
    let app = TestApp::spawn().await;
    let mut raw = app.raw().await;
    assert_rules_kept(&mut raw).await;
    // The demo's pairs started as the app starts pairs: answered, met,
    // agreed and signed, each on its day.
    let started: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM pairs WHERE started_on IS NOT NULL AND first_meeting_held_at IS NOT NULL \
         AND agreement IS NOT NULL",
    )
    .fetch_one(&mut raw)
    .await
    .unwrap();
    let all: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM pairs WHERE started_on IS NOT NULL")
        .fetch_one(&mut raw)
        .await
        .unwrap();
    assert!(all > 10 && started == all, "{started} of {all}");
    // The audit trail holds, its lines in the order of their times.
    assert!(matches!(app.store.verify_audit().await.unwrap(), m4m_store::audit::Verdict::Intact { .. }));
    let late: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM audit_log a JOIN audit_log b ON b.seq = a.seq + 1 WHERE b.at < a.at")
            .fetch_one(&mut raw)
            .await
            .unwrap();
    assert_eq!(late, 0, "audit lines out of the order of their times");
}

#[tokio::test]
async fn synthetic_data_keeps_every_rule_of_the_app() {
    let app = TestApp::spawn().await;
    app.store.load_synthetic(&[1, 2], 300, &|_, _, _| {}).await.unwrap();
    let mut raw = app.raw().await;
    // Every kind of pair is there to be checked.
    for status in ["proposed", "active", "completed", "ended_early"] {
        let n: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM pairs p JOIN participants n ON n.id = p.mentee_id \
             WHERE n.last_name = 'Synthetic' AND p.status = $1",
        )
        .bind(status)
        .fetch_one(&mut raw)
        .await
        .unwrap();
        assert!(n > 0, "no synthetic pair {status}");
    }
    assert_rules_kept(&mut raw).await;
}
