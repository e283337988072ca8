//! The rights of access and portability: everything about a person, as
//! JSON (docs/EXPORT.md) and as a printable page in the person's own
//! language; and the log of who read, changed or exported a person's
//! record.
//!
//! Coordinators export the people of their organisation; a buddy or a
//! newcomer exports themselves from their home (`/me/export`), and only
//! themselves: the permission target of an export names the person's own
//! account and nobody else's. Every export is audited by the store.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use m4m_domain::permission::{Action, Target};
use m4m_domain::questionnaire::Answers;
use m4m_store::export::Subject;
use m4m_store::registration::Participant;
use serde_json::Value;

use crate::AppState;
use crate::context::{Ctx, CurrentUser, SignedIn};
use crate::error::AppError;
use crate::i18n::{Arg, Tr};
use crate::kit::labels::status_label;
use crate::kit::record::{Fact, consent_lines, facts, history_lines};
use crate::kit::routing::{Routes, get};
use crate::pages::{Chrome, render};
use crate::routes::assessments::answer_text;

/// The routes of access and portability.
pub fn router() -> Routes {
    Routes::new()
        .route("/people/{id}/access", get(access_page))
        .route("/people/{id}/export", get(person_page))
        .route("/people/{id}/export.json", get(person_json))
        .route("/me/export", get(my_page))
        .route("/me/export.json", get(my_json))
}

/// The audit actions a person's access log can show, each with its
/// message `audit-<action with dots as dashes>`; others show their code.
pub const ACTIONS: &[&str] = &[
    "participant.read",
    "participant.answers_read",
    "participant.access_log",
    "participant.export",
    "participant.register",
    "participant.status",
    "participant.keep_apart",
    "participant.merge",
    "programme.export",
    "programme.export_xlsx",
    "response.complete",
    "matching.mark",
    "course.enrol",
    "module.progress",
    "pair.read",
    "pair.propose",
    "pair.accepted",
    "pair.declined",
    "pair.start",
    "pair.first_meeting",
    "pair.first_meeting_held",
    "pair.agreement",
    "pair.agreement_signed",
    "pair.reminder",
    "peer_session.planned",
    "peer_session.held",
    "peer_session.confirm",
    "user.create",
    "user.activate",
    "user.deactivate",
    "user.export",
    "invitation.accept",
    "login",
    "login.failed",
    "login.throttled",
    "logout",
    "calendar_feed.open",
    "calendar_feed.revoke",
    "access.denied",
];

/// What an audit action means, in the reader's language.
pub fn action_label(tr: &Tr, action: &str) -> String {
    if ACTIONS.contains(&action) {
        tr.t(&format!("audit-{}", action.replace('.', "-")))
    } else {
        tr.args("audit-other", &[("code", Arg::Text(action))])
    }
}

/// A record the asker may export, or why not: 404 when they may not even
/// see it, 403 when they see it but may not export it.
async fn exportable(app: &AppState, user: &CurrentUser, id: i64) -> Result<Participant, AppError> {
    let p = app.store.participant(id).await?.filter(|p| p.erased_at.is_none()).ok_or(AppError::NotFound)?;
    let own: Vec<i64> = p.user_id.into_iter().collect();
    if user.actor.can(Action::ExportPersonalData, Target::related(p.organisation_id, &own)) {
        return Ok(p);
    }
    let related = app.store.participant_related_users(id).await?;
    if user.actor.can(Action::ViewParticipant, Target::related(p.organisation_id, &related)) {
        return Err(AppError::Forbidden);
    }
    crate::access::record_concealed(app, user, &format!("participant:{id}"), "export").await?;
    Err(AppError::NotFound)
}

/// A file to download.
fn download(export: &Value, name: &str) -> Result<Response, AppError> {
    let body = serde_json::to_string_pretty(export).map_err(AppError::failed)?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/json; charset=utf-8".to_owned()),
            (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"")),
        ],
        body,
    )
        .into_response())
}

/// `GET /people/{id}/export.json`
async fn person_json(
    State(app): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let p = exportable(&app, &user, id).await?;
    let export = app.store.export_person(Subject::Participant(p.id), Some(user.id)).await?.ok_or(AppError::NotFound)?;
    download(&export, &format!("m4m-person-{}.json", p.id))
}

/// `GET /me/export.json`: the asker's own account and records. No rule of
/// the permission table is asked: the subject is the asker's own account,
/// taken from their session, never from the request, and everyone may
/// have their own data.
async fn my_json(State(app): State<AppState>, SignedIn(_, user): SignedIn) -> Result<Response, AppError> {
    let export = app.store.export_person(Subject::User(user.id), Some(user.id)).await?.ok_or(AppError::NotFound)?;
    download(&export, "m4m-my-data.json")
}

/// A section of the printable export.
pub struct Section {
    pub title: String,
    pub blocks: Vec<Block>,
}

/// A part of a section: an optional heading, labelled facts, lines.
#[derive(Default)]
pub struct Block {
    pub heading: String,
    pub facts: Vec<Fact>,
    pub lines: Vec<String>,
}

#[derive(Template)]
#[template(path = "export.html")]
struct ExportPage {
    c: Chrome,
    /// The document's language and direction (the person's).
    lang: String,
    dir: &'static str,
    doc_title: String,
    generated: String,
    /// For staff: the document is in the person's language.
    staff_note: Option<String>,
    json_href: String,
    sections: Vec<Section>,
}

fn text(v: &Value, key: &str) -> String {
    match v.get(key) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

fn int(v: &Value, key: &str) -> Option<i64> {
    v.get(key).and_then(Value::as_i64)
}

fn items<'a>(v: &'a Value, key: &str) -> impl Iterator<Item = &'a Value> {
    v.get(key).and_then(Value::as_array).into_iter().flatten()
}

fn fact(tr: &Tr, key: &str, value: String) -> Option<Fact> {
    (!value.is_empty()).then(|| Fact { label: tr.t(key), value })
}

/// Who a line of an access log names when it names nobody: someone who
/// was refused (never named), or the system itself.
fn actor_unnamed(action: &str) -> &'static str {
    if action == "access.denied" { "access-refused-someone" } else { "access-system" }
}

fn access_lines(tr: &Tr, v: &Value) -> Vec<String> {
    items(v, "access_log")
        .map(|a| {
            let who = a
                .get("actor_name")
                .and_then(Value::as_str)
                .map_or_else(|| tr.t(actor_unnamed(&text(a, "action"))), str::to_owned);
            let when = int(a, "at").map(|t| tr.when(t)).unwrap_or_default();
            format!("{when} — {who} — {}", action_label(tr, &text(a, "action")))
        })
        .collect()
}

/// The sections of one participant record, in `tr`'s language.
async fn record_sections(app: &AppState, tr: &Tr, p: &Participant, v: &Value) -> Result<Vec<Section>, AppError> {
    let mut out = Vec::new();
    // Profile and registration.
    let referred = match p.referred_by {
        Some(id) => app.store.stakeholder(id).await?.map(|s| s.name),
        None => None,
    };
    let mut profile = vec![
        Fact { label: tr.t("export-name"), value: format!("{} {}", p.first_name, p.last_name).trim().to_owned() },
        Fact {
            label: tr.t("export-programme"),
            value: format!("{} — {}", text(v, "programme"), text(v, "organisation")),
        },
        Fact { label: tr.t("person-status"), value: status_label(tr, p.status) },
    ];
    profile.extend(facts(tr, p, referred));
    let notes = text(v, "confidential_notes");
    if !notes.is_empty() {
        profile.push(Fact { label: tr.t("notes-title"), value: notes });
    }
    let date = tr.when(p.created_at);
    let lang = m4m_domain::language::endonym(&p.language).unwrap_or(&p.language).to_owned();
    let registration = tr.args(
        if p.entered_by.is_some() { "person-entered-by-staff" } else { "person-self-registered" },
        &[("date", Arg::Text(&date)), ("language", Arg::Text(&lang))],
    );
    out.push(Section {
        title: tr.t("export-profile"),
        blocks: vec![Block { facts: profile, lines: vec![registration], ..Block::default() }],
    });
    let consents = consent_lines(tr, app.store.consents(p.id).await?)
        .into_iter()
        .map(|(label, value)| Fact { label, value })
        .collect();
    out.push(Section { title: tr.t("person-consents"), blocks: vec![Block { facts: consents, ..Block::default() }] });
    out.push(Section {
        title: tr.t("person-history"),
        blocks: vec![Block { lines: history_lines(tr, app.store.status_history(p.id).await?), ..Block::default() }],
    });
    // Questionnaire answers, with the questions of the version answered.
    let mut answers = Vec::new();
    for r in items(v, "responses") {
        let mut block = Block { heading: tr.t(&format!("q-kind-{}", text(r, "questionnaire"))), ..Block::default() };
        if let Some(done) = int(r, "completed_at") {
            block.lines.push(tr.args("q-done-on", &[("date", Arg::Text(&tr.when(done)))]));
        }
        let given: Answers = r.get("answers").cloned().and_then(|a| serde_json::from_value(a).ok()).unwrap_or_default();
        if let Some(version) = app.store.questionnaire_version(int(r, "version_id").unwrap_or_default()).await? {
            for q in version.definition.questions() {
                if let Some(a) = given.get(&q.key) {
                    let answer = answer_text(tr, q, Some(a));
                    block.facts.push(Fact { label: q.text.get(tr.lang.code).to_owned(), value: answer });
                }
            }
        }
        answers.push(block);
    }
    out.push(Section { title: tr.t("export-answers"), blocks: answers });
    // Training.
    let mut training = Vec::new();
    for e in items(v, "enrolments") {
        let mut block = Block { heading: text(e, "course"), ..Block::default() };
        block.lines.push(tr.args(
            "export-enrolled-on",
            &[("date", Arg::Text(&int(e, "enrolled_at").map(|t| tr.when(t)).unwrap_or_default()))],
        ));
        if let Some(done) = int(e, "completed_at") {
            block.lines.push(tr.args("export-completed-on", &[("date", Arg::Text(&tr.when(done)))]));
        }
        for m in items(e, "progress") {
            let score = int(m, "score").unwrap_or_default();
            let status = tr.args(&format!("progress-{}", text(m, "status")), &[("score", Arg::Num(score))]);
            block.facts.push(Fact { label: text(m, "module"), value: status });
        }
        training.push(block);
    }
    out.push(Section { title: tr.t("export-training"), blocks: training });
    // Pairs, their first meeting, agreement and peer sessions.
    let mut pairs = Vec::new();
    for pair in items(v, "pairs") {
        let role = tr.t(if text(pair, "role") == "mentor" { "role-mentee" } else { "role-mentor" });
        let mut block = Block {
            heading: tr.args(
                "export-pair-with",
                &[("name", Arg::Text(&text(pair, "other_first_name"))), ("role", Arg::Text(&role))],
            ),
            ..Block::default()
        };
        let status = tr.t(&format!("pair-status-{}", text(pair, "status")));
        block.facts.extend(fact(tr, "person-status", status));
        block.facts.extend(fact(tr, "export-started-on", crate::fmt::date_text(tr, &text(pair, "started_on"))));
        if let Some(at) = int(pair, "first_meeting_at") {
            let when = tr.when(at);
            let place = text(pair, "first_meeting_place");
            let value = tr.args("pair-meeting-at", &[("when", Arg::Text(&when)), ("place", Arg::Text(&place))]);
            block.facts.extend(fact(tr, "pair-step-meeting", value));
        }
        if pair.get("agreement").is_some_and(|a| !a.is_null()) {
            let signed = [int(pair, "agreement_mentor_at"), int(pair, "agreement_mentee_at")]
                .into_iter()
                .flatten()
                .map(|t| tr.when(t))
                .collect::<Vec<_>>()
                .join(", ");
            let value = if signed.is_empty() { tr.t("export-agreement-written") } else { signed };
            block.facts.extend(fact(tr, "pair-agreement-title", value));
        }
        block.facts.extend(fact(tr, "export-decline-reason", text(pair, "decline_reason")));
        for s in items(pair, "peer_sessions") {
            let when = int(s, "starts_at").map(|t| tr.when(t)).unwrap_or_default();
            let mode = tr.t(&format!("session-mode-{}", text(s, "mode")));
            let place = text(s, "place");
            let mut line = if place.is_empty() {
                tr.args("session-at", &[("when", Arg::Text(&when)), ("mode", Arg::Text(&mode))])
            } else {
                tr.args(
                    "session-at-place",
                    &[("when", Arg::Text(&when)), ("mode", Arg::Text(&mode)), ("place", Arg::Text(&place))],
                )
            };
            let summary = text(s, "summary");
            if !summary.is_empty() {
                line.push_str(&format!(" — {summary}"));
            }
            block.lines.push(line);
        }
        pairs.push(block);
    }
    out.push(Section { title: tr.t("export-pairs"), blocks: pairs });
    let goals: Vec<String> = items(v, "goals")
        .map(|g| format!("{} — {} %", text(g, "title"), int(g, "progress").unwrap_or_default()))
        .collect();
    if !goals.is_empty() {
        out.push(Section { title: tr.t("pair-goals"), blocks: vec![Block { lines: goals, ..Block::default() }] });
    }
    out.push(Section {
        title: tr.t("access-title"),
        blocks: vec![Block { lines: access_lines(tr, v), ..Block::default() }],
    });
    Ok(out)
}

fn account_section(tr: &Tr, account: &Value) -> Section {
    let mut facts_: Vec<Fact> = Vec::new();
    facts_.extend(fact(tr, "export-name", text(account, "display_name")));
    facts_.extend(fact(tr, "export-email", text(account, "email")));
    let locale = text(account, "locale");
    let language = m4m_domain::language::endonym(&locale).unwrap_or(&locale).to_owned();
    facts_.extend(fact(tr, "export-language", language));
    let roles = items(account, "memberships")
        .map(|m| {
            let role = tr.t(&format!("role-{}", text(m, "role")));
            match text(m, "organisation") {
                o if o.is_empty() => role,
                o => format!("{role} — {o}"),
            }
        })
        .collect::<Vec<_>>()
        .join(", ");
    facts_.extend(fact(tr, "export-roles", roles));
    Section {
        title: tr.t("export-account"),
        blocks: vec![Block { facts: facts_, lines: access_lines(tr, account), ..Block::default() }],
    }
}

/// The language a person reads: their account's choice, else the
/// language they registered in, else English.
async fn language_of(app: &AppState, p: &Participant) -> Result<Tr, AppError> {
    let locale = match p.user_id {
        Some(u) => app.store.user(u).await?.and_then(|u| u.locale).filter(|l| !l.is_empty()),
        None => None,
    };
    Ok(Tr::for_code(locale.as_deref().unwrap_or(&p.language)))
}

async fn page(
    app: &AppState,
    ctx: &Ctx,
    tr: Tr,
    export: &Value,
    doc_title: String,
    json_href: String,
    staff: bool,
) -> Result<Response, AppError> {
    let mut sections = Vec::new();
    if let Some(account) = export.get("account").filter(|a| !a.is_null()) {
        sections.push(account_section(&tr, account));
    }
    for v in items(export, "participants") {
        let Some(p) = app.store.participant(int(v, "id").unwrap_or_default()).await? else { continue };
        sections.extend(record_sections(app, &tr, &p, v).await?);
    }
    let staff_note = staff.then(|| ctx.tr.args("export-staff-note", &[("language", Arg::Text(tr.lang.native_name))]));
    let page = ExportPage {
        c: Chrome::new(ctx, doc_title.clone()),
        lang: tr.lang.code.to_owned(),
        dir: tr.dir(),
        generated: tr.args("export-generated", &[("date", Arg::Text(&tr.when(m4m_store::now())))]),
        doc_title,
        staff_note,
        json_href,
        sections,
    };
    Ok(render(&page)?.into_response())
}

/// `GET /people/{id}/export`: the printable export, in the person's
/// language.
async fn person_page(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let p = exportable(&app, &user, id).await?;
    let export = app.store.export_person(Subject::Participant(p.id), Some(user.id)).await?.ok_or(AppError::NotFound)?;
    let own = p.user_id == Some(user.id);
    let tr = if own { ctx.tr } else { language_of(&app, &p).await?.in_zone(ctx.tr.zone) };
    let title = tr.args("export-title-of", &[("name", Arg::Text(&p.first_name))]);
    page(&app, &ctx, tr, &export, title, format!("/people/{}/export.json", p.id), !own).await
}

/// `GET /me/export`: the asker's own data, in their language.
async fn my_page(State(app): State<AppState>, SignedIn(ctx, user): SignedIn) -> Result<Response, AppError> {
    let export = app.store.export_person(Subject::User(user.id), Some(user.id)).await?.ok_or(AppError::NotFound)?;
    let tr = ctx.tr;
    page(&app, &ctx, tr, &export, tr.t("export-title-mine"), "/me/export.json".into(), false).await
}

#[derive(Template)]
#[template(path = "access_log.html")]
struct AccessPage {
    c: Chrome,
    id: i64,
    /// When, who, what.
    rows: Vec<(String, String, String)>,
    can_export: bool,
    /// Whether the record itself opens for this reader (a supervisor
    /// reads the access log of a buddy, not their record).
    can_open_record: bool,
}

/// `GET /people/{id}/access`: who read, changed or exported this person's
/// record, newest first. For the coordinators of the person's organisation
/// and the supervisor of a buddy. Someone refused access shows without
/// their name ([`m4m_store::audit::AccessLine`]).
async fn access_page(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let p = app.store.participant(id).await?.ok_or(AppError::NotFound)?;
    let related = app.store.participant_related_users(id).await?;
    // Coordinators: anyone of their organisation; a supervisor: the
    // buddies she supervises, nobody else.
    if !user.actor.can(Action::ViewAccessLog, Target::related(p.organisation_id, &related)) {
        if user.actor.can(Action::ViewParticipant, Target::related(p.organisation_id, &related)) {
            return Err(AppError::Forbidden);
        }
        crate::access::record_concealed(&app, &user, &format!("participant:{id}"), "access_log").await?;
        return Err(AppError::NotFound);
    }
    app.store.audit(Some(user.id), "participant.access_log", &format!("participant:{id}"), "").await?;
    let tr = ctx.tr;
    let rows = app
        .store
        .access_log(id, 500)
        .await?
        .into_iter()
        .map(|a| {
            let who = a.actor_name.unwrap_or_else(|| tr.t(actor_unnamed(&a.action)));
            (tr.when(a.at), who, action_label(&tr, &a.action))
        })
        .collect();
    let can_export = user.actor.can(Action::ExportPersonalData, Target::organisation(p.organisation_id));
    // The same check as the record's page (`people::show`).
    let can_open_record = user.actor.can(Action::ManageParticipant, Target::organisation(p.organisation_id));
    let title = tr.args("access-title-of", &[("name", Arg::Text(&format!("{} {}", p.first_name, p.last_name)))]);
    Ok(render(&AccessPage { c: Chrome::new(&ctx, title), id, rows, can_export, can_open_record })?.into_response())
}
