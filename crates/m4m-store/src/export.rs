//! Everything m4m stores about one person, in one JSON document: the right
//! of access and the right to data portability (GDPR articles 15 and 20).
//! The document's schema is written out in docs/EXPORT.md; a change here
//! is a change there.
//!
//! A person is a participant record (a buddy or a newcomer in one
//! programme) and, when they have one, the account linked to it; exporting
//! an account brings every participant record linked to it. Every table
//! that refers to a participant or an account is either read here
//! ([`COVERED`]) or deliberately left out, with the reason ([`LEFT_OUT`]);
//! a test reads the foreign keys of the live schema and fails on a table
//! that is in neither list.
//!
//! Rows are read column by column into JSON, with the columns named in each
//! query: the query is the schema. Comma-separated lists become arrays and
//! stored JSON (answers, agreements) becomes JSON.

use serde_json::{Map, Value, json};
use sqlx::any::AnyRow;
use sqlx::{Column, Row};

use crate::{Store, StoreError, now, split_list};

/// The version of the document's schema (docs/EXPORT.md).
pub const FORMAT_VERSION: i64 = 1;

/// The tables that refer to a person and are read into the export.
pub const COVERED: &[&str] = &[
    "users",
    "participants",
    "memberships",
    "invitations",
    "calendar_feeds",
    "consents",
    "status_changes",
    "duplicate_dismissals",
    "responses",
    "enrolments",
    "module_progress",
    "goals",
    "goal_progress",
    "checkins",
    "exit_answers",
    "pair_contacts",
    "pairs",
    "peer_sessions",
    "matching_marks",
    "concerns",
    "supervisions",
    "supervision_buddies",
    "supervision_actions",
    "two_factor",
];

/// Tables that refer to a person but are deliberately not exported, and
/// why.
pub const LEFT_OUT: &[(&str, &str)] = &[
    // The export carries the concerns the person raised, with where each
    // stands. Concerns others raised about them, and the coordinators'
    // notes on any concern, stay out: they would tell the person who
    // reported them and what the organisation does to protect someone
    // (a safeguarding exemption the organisation can lift by hand).
    // When a check-in reminder went out: bookkeeping of a message whose
    // text is in the outbox, nothing the person said or did.
    ("checkin_reminders", "when a check-in reminder was sent (the message is in the outbox)"),
    ("concern_moves", "coordinators' notes on concerns, kept back to protect who reported them"),
    // Live log-in sessions: the row is the hash of a cookie and a CSRF
    // token, secrets that last at most 12 hours; copying them out would
    // only help someone to take over a session.
    ("login_sessions", "secrets of open log-in sessions, short-lived"),
    // Outreach is the work of staff towards local actors (step 1); the
    // account appears only as its author, nothing there is about them.
    ("outreach", "staff authorship of the organisation's outreach log"),
    // Versions of a questionnaire record which staff account edited the
    // form; the person's answers are exported with `responses`.
    ("questionnaire_versions", "staff authorship of questionnaire forms"),
    // A course module names its trainer; the course is the organisation's,
    // a learner's progress is exported with `module_progress`.
    ("course_modules", "staff authorship of training modules"),
    // The weights of the matching criteria are a programme's setting; the
    // account appears only as the last to change them.
    ("matching_weights", "staff authorship of a programme's matching settings"),
    // A file attached to a course module names the trainer who uploaded
    // it; the file is the course's, not about anyone.
    ("module_files", "staff authorship of training files"),
    // The recovery codes are hashes of one-time secrets: nothing about the
    // person, and of use only to an attacker.
    ("recovery_codes", "hashes of single-use recovery codes"),
    // Between a right password and the code: a secret that lives five
    // minutes.
    ("login_challenges", "secrets of log-ins waiting for their second factor, five minutes"),
    // Messages m4m sent the person: they have them in their inbox;
    // administrators read the outbox for delivery.
    ("outbox", "messages sent to the person, which they have received"),
    // A "forgot my password" link: the hash of a secret that works an
    // hour and is deleted after a day.
    ("password_resets", "hashes of single-use password reset links, an hour"),
    // API tokens: the hash of a secret a tool holds; their names and use
    // are listed in the account's settings.
    ("api_tokens", "hashes of API tokens, listed in the account's settings"),
    // An organisation's retention period names the account that set it
    // last; the setting is the organisation's.
    ("retention_settings", "staff authorship of an organisation's retention period"),
];

/// Who follows a course.
#[derive(Debug, Clone, Copy)]
enum Learner {
    Participant,
    User,
}

/// Whom to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    /// A participant record, with its linked account if any.
    Participant(i64),
    /// An account, with every participant record linked to it.
    User(i64),
}

/// Columns stored as comma-separated lists, exported as arrays.
const LISTS: &[&str] = &["languages", "interests", "areas", "topics"];
/// Columns stored as JSON text, exported as JSON.
const JSON_TEXT: &[&str] = &["answers", "agreement"];

fn cell(r: &AnyRow, i: usize) -> Value {
    if let Ok(v) = r.try_get::<Option<i64>, _>(i) {
        return v.map_or(Value::Null, Value::from);
    }
    if let Ok(v) = r.try_get::<Option<String>, _>(i) {
        return v.map_or(Value::Null, Value::from);
    }
    if let Ok(v) = r.try_get::<Option<f64>, _>(i) {
        return v.map_or(Value::Null, Value::from);
    }
    Value::Null
}

fn object(r: &AnyRow) -> Map<String, Value> {
    let mut m = Map::new();
    for (i, col) in r.columns().iter().enumerate() {
        let name = col.name();
        let mut v = cell(r, i);
        if let Value::String(s) = &v {
            if LISTS.contains(&name) {
                v = Value::from(split_list(s));
            } else if JSON_TEXT.contains(&name) {
                v = serde_json::from_str(s).unwrap_or(v);
            }
        }
        m.insert(name.to_owned(), v);
    }
    m
}

impl Store {
    async fn objects(&self, sql: &str, id: i64) -> Result<Vec<Map<String, Value>>, StoreError> {
        let rows = sqlx::query(sql).bind(id).fetch_all(self.pool()).await?;
        Ok(rows.iter().map(object).collect())
    }

    async fn account_part(&self, user: i64) -> Result<Option<Value>, StoreError> {
        let Some(mut account) = self
            .objects("SELECT id, email, display_name, locale, active, created_at FROM users WHERE id = $1", user)
            .await?
            .pop()
        else {
            return Ok(None);
        };
        let memberships = self
            .objects(
                "SELECT m.role, m.organisation_id, o.name AS organisation, m.created_at FROM memberships m \
                 LEFT JOIN organisations o ON o.id = m.organisation_id WHERE m.user_id = $1 ORDER BY m.id",
                user,
            )
            .await?;
        let invitations = self
            .objects(
                "SELECT i.role, i.organisation_id, i.participant_id, i.display_name, i.created_at, i.expires_at, \
                 i.used_at FROM invitations i JOIN users u ON u.email = i.email WHERE u.id = $1 ORDER BY i.id",
                user,
            )
            .await?;
        let feeds = self
            .objects("SELECT created_at, revoked_at FROM calendar_feeds WHERE user_id = $1 ORDER BY id", user)
            .await?;
        let trail = self.trail(&format!("user:{user}")).await?;
        // Courses followed as a professional or volunteer (a buddy's are
        // with their participant record).
        let enrolments = self.enrolments_part(Learner::User, user).await?;
        account.insert("enrolments".into(), Value::from(enrolments));
        // Whether two-step log-in is on; the secret itself never leaves.
        let two_factor = self
            .objects("SELECT created_at, confirmed_at FROM two_factor WHERE user_id = $1", user)
            .await?
            .pop()
            .map_or(Value::Null, Value::Object);
        account.insert("two_factor".into(), two_factor);
        account.insert("memberships".into(), Value::from(memberships));
        account.insert("invitations".into(), Value::from(invitations));
        account.insert("calendar_feeds".into(), Value::from(feeds));
        account.insert("access_log".into(), trail);
        Ok(Some(Value::Object(account)))
    }

    /// The courses of a learner (a participant record or a staff account),
    /// each with its progress.
    async fn enrolments_part(&self, learner: Learner, id: i64) -> Result<Vec<Map<String, Value>>, StoreError> {
        let column = match learner {
            Learner::Participant => "participant_id",
            Learner::User => "user_id",
        };
        let mut enrolments = self
            .objects(
                &format!(
                    "SELECT e.id, e.course_id, c.title AS course, e.cohort, e.enrolled_at, e.completed_at \
                     FROM enrolments e JOIN courses c ON c.id = e.course_id WHERE e.{column} = $1 ORDER BY e.id"
                ),
                id,
            )
            .await?;
        for e in &mut enrolments {
            let eid = e.get("id").and_then(Value::as_i64).unwrap_or_default();
            let progress = self
                .objects(
                    "SELECT mp.module_id, m.title AS module, m.kind, mp.status, mp.score, mp.recorded_by, \
                     mp.recorded_at FROM module_progress mp JOIN course_modules m ON m.id = mp.module_id \
                     WHERE mp.enrolment_id = $1 ORDER BY m.position",
                    eid,
                )
                .await?;
            e.insert("progress".into(), Value::from(progress));
        }
        Ok(enrolments)
    }

    /// Audit lines about one subject, oldest first, with the actor's name.
    async fn trail(&self, subject: &str) -> Result<Value, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT a.at, {}, a.action, a.subject FROM audit_log a \
             LEFT JOIN users u ON u.id = a.actor_user_id WHERE a.subject = $1 ORDER BY a.id",
            crate::audit::REFUSED_ACTOR
        ))
        .bind(subject)
        .fetch_all(self.pool())
        .await?;
        Ok(Value::from(rows.iter().map(object).collect::<Vec<_>>()))
    }

    async fn participant_part(&self, id: i64) -> Result<Option<Value>, StoreError> {
        let Some(mut p) = self
            .objects(
                "SELECT p.id, p.kind, p.first_name, p.last_name, p.email, p.phone, p.gender, p.birth_year, \
                 p.languages, p.native_language, p.host_language_level, p.country_of_origin, p.arrival_date, \
                 p.area, p.availability, p.interests, p.areas, p.experience, p.motivation, p.confidential_notes, p.gender_preference, \
                 p.capacity, p.heard_from, p.referred_by, s.name AS referred_by_name, p.language, p.status, p.step, \
                 p.programme_id, g.name AS programme, g.organisation_id, o.name AS organisation, \
                 p.supervisor_user_id, p.entered_by, p.user_id, p.created_at \
                 FROM participants p JOIN programmes g ON g.id = p.programme_id \
                 JOIN organisations o ON o.id = g.organisation_id \
                 LEFT JOIN stakeholders s ON s.id = p.referred_by WHERE p.id = $1",
                id,
            )
            .await?
            .pop()
        else {
            return Ok(None);
        };
        let consents = self
            .objects(
                "SELECT purpose, notice_version, language, recorded_by, recorded_at, withdrawn_at FROM consents \
                 WHERE participant_id = $1 ORDER BY id",
                id,
            )
            .await?;
        let statuses = self
            .objects(
                "SELECT from_status, to_status, reason, changed_by, changed_at FROM status_changes \
                 WHERE participant_id = $1 ORDER BY id",
                id,
            )
            .await?;
        let dismissals = self
            .objects(
                "SELECT dismissed_by, dismissed_at FROM duplicate_dismissals WHERE low_id = $1 OR high_id = $1",
                id,
            )
            .await?;
        let invitations = self
            .objects(
                "SELECT email, display_name, role, invited_by, created_at, expires_at, used_at FROM invitations \
                 WHERE participant_id = $1 ORDER BY id",
                id,
            )
            .await?;
        let mut responses = self
            .objects(
                "SELECT r.id, q.kind AS questionnaire, r.version_id, v.version, r.moment, r.by_staff, r.filled_by, r.answers, \
                 r.started_at, r.updated_at, r.completed_at FROM responses r \
                 JOIN questionnaire_versions v ON v.id = r.version_id \
                 JOIN questionnaires q ON q.id = v.questionnaire_id WHERE r.participant_id = $1 ORDER BY r.id",
                id,
            )
            .await?;
        for r in &mut responses {
            let rid = r.get("id").and_then(Value::as_i64).unwrap_or_default();
            let scores = self
                .objects(
                    "SELECT area, mean_milli, normalised_milli, answered FROM area_scores WHERE response_id = $1 \
                     ORDER BY area",
                    rid,
                )
                .await?;
            r.insert("area_scores".into(), Value::from(scores));
        }
        let enrolments = self.enrolments_part(Learner::Participant, id).await?;
        let mut goals = self
            .objects(
                "SELECT id, pair_id, area, title, progress, created_at FROM goals WHERE participant_id = $1 ORDER BY id",
                id,
            )
            .await?;
        for g in &mut goals {
            let gid = g.get("id").and_then(Value::as_i64).unwrap_or_default();
            let progress = self
                .objects(
                    "SELECT score, comment, recorded_by, recorded_at FROM goal_progress WHERE goal_id = $1 ORDER BY id",
                    gid,
                )
                .await?;
            g.insert("attainment".into(), Value::from(progress));
        }
        let mut pairs = self
            .objects(
                "SELECT x.id, CASE WHEN x.mentor_id = $1 THEN 'mentor' ELSE 'mentee' END AS role, \
                 o.id AS other_participant_id, o.first_name AS other_first_name, x.programme_id, x.status, \
                 x.started_on, x.decision_note, x.mentor_answer, x.mentee_answer, x.decline_reason, \
                 x.first_meeting_at, x.first_meeting_place, x.facilitator_user_id, x.first_meeting_held_at, \
                 x.agreement, x.agreement_mentor_at, x.agreement_mentee_at, x.agreement_paper_by, x.created_at, \
                 x.closed_on, x.close_reason, x.close_note, x.closing_meeting_on, x.mentor_rematch, x.mentee_rematch \
                 FROM pairs x JOIN participants o ON o.id = CASE WHEN x.mentor_id = $1 THEN x.mentee_id ELSE x.mentor_id END \
                 WHERE x.mentor_id = $1 OR x.mentee_id = $1 ORDER BY x.id",
                id,
            )
            .await?;
        for pair in &mut pairs {
            let pid = pair.get("id").and_then(Value::as_i64).unwrap_or_default();
            let sessions = self
                .objects(
                    "SELECT id, starts_at, duration_minutes, mode, place, status, topics, summary, rating, \
                     logged_by, confirmed_by, confirmed_at, created_at FROM peer_sessions WHERE pair_id = $1 \
                     ORDER BY starts_at, id",
                    pid,
                )
                .await?;
            pair.insert("peer_sessions".into(), Value::from(sessions));
            let contacts = self
                .objects(
                    "SELECT kind, contacted_on, note, recorded_by FROM pair_contacts WHERE pair_id = $1 ORDER BY id",
                    pid,
                )
                .await?;
            pair.insert("staff_contacts".into(), Value::from(contacts));
        }
        let marks = self
            .objects(
                "SELECT programme_id, CASE WHEN mentee_id = $1 THEN 'mentee' ELSE 'mentor' END AS role, kind, \
                 reason, created_by, created_at FROM matching_marks WHERE mentee_id = $1 OR mentor_id = $1",
                id,
            )
            .await?;
        let checkins = self
            .objects(
                "SELECT pair_id, due_on, satisfaction, met, helped, difficult, answered_at FROM checkins \
                 WHERE participant_id = $1 ORDER BY id",
                id,
            )
            .await?;
        let exits = self
            .objects(
                "SELECT pair_id, satisfaction, recommend, changed, comment, answered_at FROM exit_answers \
                 WHERE participant_id = $1 ORDER BY id",
                id,
            )
            .await?;
        let concerns = self
            .objects(
                "SELECT c.id, c.programme_id, c.pair_id, c.severity, c.status, c.summary, c.text, c.created_at, \
                 c.updated_at FROM concerns c JOIN participants me ON me.user_id = c.raised_by \
                 WHERE me.id = $1 ORDER BY c.id",
                id,
            )
            .await?;
        // Supervisions attended, as the buddy sees them: when, in which
        // format, the actions they own; the notes are the supervisors'.
        let mut supervisions = self
            .objects(
                "SELECT s.id, s.format, s.held_on FROM supervisions s \
                 JOIN supervision_buddies b ON b.supervision_id = s.id WHERE b.participant_id = $1 ORDER BY s.id",
                id,
            )
            .await?;
        for s in &mut supervisions {
            let sid = s.get("id").and_then(Value::as_i64).unwrap_or_default();
            let actions = self
                .objects(
                    &format!(
                        "SELECT id, text, due_on, done_at FROM supervision_actions \
                         WHERE supervision_id = $1 AND owner_participant_id = {id} ORDER BY id"
                    ),
                    sid,
                )
                .await?;
            s.insert("actions".into(), Value::from(actions));
        }
        let access = self.access_log(id, 10_000).await?;
        let access: Vec<Value> = access
            .into_iter()
            .rev()
            .map(|a| {
                json!({
                    "at": a.at,
                    "actor_user_id": a.actor_user_id,
                    "actor_name": a.actor_name,
                    "action": a.action,
                    "subject": a.subject,
                })
            })
            .collect();
        p.insert("consents".into(), Value::from(consents));
        p.insert("status_changes".into(), Value::from(statuses));
        p.insert("duplicate_dismissals".into(), Value::from(dismissals));
        p.insert("invitations".into(), Value::from(invitations));
        p.insert("responses".into(), Value::from(responses));
        p.insert("enrolments".into(), Value::from(enrolments));
        p.insert("goals".into(), Value::from(goals));
        p.insert("pairs".into(), Value::from(pairs));
        p.insert("matching_marks".into(), Value::from(marks));
        p.insert("concerns_raised".into(), Value::from(concerns));
        p.insert("checkins".into(), Value::from(checkins));
        p.insert("exit_questionnaires".into(), Value::from(exits));
        p.insert("supervisions".into(), Value::from(supervisions));
        p.insert("access_log".into(), Value::from(access));
        Ok(Some(Value::Object(p)))
    }

    /// The account and the participant records of a person.
    async fn person_ids(&self, subject: Subject) -> Result<Option<(Option<i64>, Vec<i64>)>, StoreError> {
        match subject {
            Subject::Participant(id) => {
                let row = sqlx::query("SELECT user_id FROM participants WHERE id = $1")
                    .bind(id)
                    .fetch_optional(self.pool())
                    .await?;
                Ok(row.map(|r| r.try_get::<Option<i64>, _>("user_id")).transpose()?.map(|user| (user, vec![id])))
            }
            Subject::User(user) => {
                if self.user(user).await?.is_none() {
                    return Ok(None);
                }
                let ids = sqlx::query("SELECT id FROM participants WHERE user_id = $1 ORDER BY id")
                    .bind(user)
                    .fetch_all(self.pool())
                    .await?
                    .iter()
                    .map(|r| r.try_get("id"))
                    .collect::<Result<Vec<i64>, _>>()?;
                Ok(Some((Some(user), ids)))
            }
        }
    }

    /// Everything about a person (docs/EXPORT.md), or `None` when there is
    /// no such person. The export is recorded in the audit trail, by
    /// `actor` (`None`: the command line), for the record and the account.
    pub async fn export_person(&self, subject: Subject, actor: Option<i64>) -> Result<Option<Value>, StoreError> {
        let Some((user, ids)) = self.person_ids(subject).await? else {
            return Ok(None);
        };
        for id in &ids {
            self.audit(actor, "participant.export", &format!("participant:{id}"), "").await?;
        }
        if let Some(u) = user {
            self.audit(actor, "user.export", &format!("user:{u}"), "").await?;
        }
        let account = match user {
            Some(u) => self.account_part(u).await?,
            None => None,
        };
        let mut participants = Vec::new();
        for id in ids {
            if let Some(p) = self.participant_part(id).await? {
                participants.push(p);
            }
        }
        Ok(Some(json!({
            "format": "m4m-person-export",
            "version": FORMAT_VERSION,
            "exported_at": now(),
            "account": account,
            "participants": participants,
        })))
    }
}
