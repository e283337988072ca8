//! Concerns (step 8): raised from a phone by a newcomer, a buddy or staff,
//! about a pair or a person; followed by the organisation's coordinators
//! to their end; listed per programme as the incident log.
//!
//! Who reads a concern is the domain's rule ([`m4m_domain::concern::reader`]):
//! its raiser (what they wrote and where it stands) and the coordinators
//! (everything). For anyone else a concern does not exist (404), and no
//! page shown to the other member of a pair says that one was raised.

use askama::Template;
use axum::extract::{Form, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use m4m_domain::Validation;
use m4m_domain::concern::{About, ConcernStatus, NewConcern, Reader, Severity, reader};
use m4m_domain::permission::{Action, Target};
use m4m_store::concerns::Concern;
use serde::Deserialize;

use crate::AppState;
use crate::access::{participant_for, programme_for};
use crate::context::{Ctx, CurrentUser, SignedIn};
use crate::error::AppError;
use crate::fmt;
use crate::i18n::{Arg, Tr};
use crate::kit::form::Choice;
use crate::kit::routing::{Routes, get, post};
use crate::pages::{Chrome, Control, Field, Form as FormView, FormPage, render};

/// The routes of concerns.
pub fn router() -> Routes {
    Routes::new()
        .route("/concerns/new", get(new_form).post(raise))
        .route("/concerns/{id}", get(show))
        .route("/concerns/{id}/move", post(move_concern))
        .route("/programmes/{id}/concerns", get(incident_log))
}

/// What the concern is about, as the form carries it.
#[derive(Deserialize, Default)]
#[serde(default)]
struct AboutQuery {
    pair: Option<i64>,
    person: Option<i64>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ConcernForm {
    pair: Option<i64>,
    person: Option<i64>,
    severity: String,
    summary: String,
    text: String,
}

/// The subject of a new concern, checked: its programme, organisation and
/// how the form names it.
struct Subject {
    about: About,
    programme_id: i64,
    organisation_id: i64,
    /// "your pair with Karim", "yourself", a person's name (for staff).
    label: String,
    /// Whom the raiser may tell that the other member will not know.
    other: Option<String>,
}

/// What a concern may be about for `user`: a pair they belong to or
/// follow, a person they may see, or (without either) themselves.
async fn subject(app: &AppState, tr: &Tr, user: &CurrentUser, q: &AboutQuery) -> Result<Subject, AppError> {
    if let Some(id) = q.pair {
        let p = crate::routes::sessions::pair_for(app, user, id, Action::ViewPair).await?;
        if !user.actor.can(Action::RaiseConcern, Target::related(p.organisation_id, &p.related_users())) {
            return Err(AppError::Forbidden);
        }
        let other = p.side_of(user.id).map(|side| fmt::first_name(tr, &p.member(side.other()).first_name));
        let label = match &other {
            Some(name) => tr.args("concern-about-my-pair", &[("name", Arg::Text(name))]),
            None => tr.args(
                "pair-title-staff",
                &[
                    ("buddy", Arg::Text(&fmt::first_name(tr, &p.mentor.first_name))),
                    ("newcomer", Arg::Text(&fmt::first_name(tr, &p.mentee.first_name))),
                ],
            ),
        };
        return Ok(Subject {
            about: About::Pair(p.id),
            programme_id: p.programme_id,
            organisation_id: p.organisation_id,
            label,
            other,
        });
    }
    let own = app.store.participants_of_user(user.id).await?.into_iter().next().map(|(id, _, _)| id);
    let id = q.person.or(own).ok_or(AppError::NotFound)?;
    let p = participant_for(app, user, id, Action::RaiseConcern).await?;
    let label = if Some(id) == own { tr.t("concern-about-me") } else { format!("{} {}", p.first_name, p.last_name) };
    Ok(Subject {
        about: About::Person(p.id),
        programme_id: p.programme_id,
        organisation_id: p.organisation_id,
        label,
        other: None,
    })
}

fn form_page(ctx: &Ctx, s: &Subject, f: &ConcernForm, errors: Option<&Validation>) -> FormPage {
    let tr = &ctx.tr;
    let mut hidden = Vec::new();
    match s.about {
        About::Pair(id) => hidden.push(("pair", id.to_string())),
        About::Person(id) => hidden.push(("person", id.to_string())),
    }
    let severities =
        Severity::ALL.iter().map(|v| (v.as_str().to_owned(), tr.t(v.key()))).collect::<Vec<(String, String)>>();
    let form = FormView {
        action: "/concerns/new".into(),
        submit: tr.t("concern-send"),
        fields: vec![
            Field::new(tr, "severity", "concern-severity", Control::Select, &f.severity).required().options(severities),
            Field::new(tr, "summary", "concern-summary", Control::Text, &f.summary).required(),
            Field::new(tr, "text", "concern-text", Control::TextArea, &f.text),
        ],
        hidden,
    };
    let form = match errors {
        Some(e) => form.with_errors(tr, e),
        None => form,
    };
    let mut intro = vec![tr.args("concern-intro-about", &[("about", Arg::Text(&s.label))]), tr.t("concern-intro-who")];
    if let Some(other) = &s.other {
        intro.push(tr.args("concern-intro-other", &[("name", Arg::Text(other))]));
    }
    intro.push(tr.t("concern-intro-urgent"));
    FormPage { c: Chrome::new(ctx, tr.t("concern-new-title")), intro, notice: None, form }
}

/// `GET /concerns/new?pair=N` (or `?person=N`, or about oneself).
async fn new_form(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Query(q): Query<AboutQuery>,
) -> Result<Response, AppError> {
    let s = subject(&app, &ctx.tr, &user, &q).await?;
    let f = ConcernForm { severity: Severity::Medium.as_str().into(), ..ConcernForm::default() };
    Ok(render(&form_page(&ctx, &s, &f, None))?.into_response())
}

/// `POST /concerns/new`: records the concern; an urgent one tells every
/// coordinator of the organisation at once.
async fn raise(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Form(f): Form<ConcernForm>,
) -> Result<Response, AppError> {
    let s = subject(&app, &ctx.tr, &user, &AboutQuery { pair: f.pair, person: f.person }).await?;
    match NewConcern::parse(&f.severity, &f.summary, &f.text) {
        Ok(new) => {
            let id = app.store.raise_concern(user.id, s.programme_id, s.about, &new).await?;
            if new.severity.notifies_at_once() {
                notify_coordinators(&app, s.organisation_id, id).await?;
            }
            Ok(Redirect::to(&format!("/concerns/{id}?sent=1")).into_response())
        }
        Err(v) => Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&form_page(&ctx, &s, &f, Some(&v)))?).into_response()),
    }
}

/// The message an urgent concern sends to each coordinator, in their
/// language. It names no one and quotes nothing: the link leads to the
/// concern behind the log-in.
async fn notify_coordinators(app: &AppState, organisation: i64, id: i64) -> Result<(), AppError> {
    let link = m4m_store::outbox::link(&format!("/concerns/{id}"));
    for (email, locale) in app.store.coordinators_to_notify(organisation).await? {
        let tr = Tr::for_code(locale.as_deref().unwrap_or("en"));
        let body = tr.args("concern-mail-body", &[("link", Arg::Text(&link))]);
        app.store.queue_message(&email, &tr.t("concern-mail-subject"), &body).await?;
    }
    Ok(())
}

/// A concern the user may read, and how.
async fn readable(app: &AppState, user: &CurrentUser, id: i64) -> Result<(Concern, Reader), AppError> {
    let c = app.store.concern(id).await?.ok_or(AppError::NotFound)?;
    let handles = user.actor.can(Action::HandleConcern, Target::organisation(c.organisation_id));
    match reader(user.id, c.raised_by, handles) {
        Some(r) => Ok((c, r)),
        None => {
            crate::access::record_concealed(app, user, &format!("concern:{id}"), "read").await?;
            Err(AppError::NotFound)
        }
    }
}

/// One line of a concern's history.
struct MoveLine {
    text: String,
    note: String,
}

#[derive(Template)]
#[template(path = "concern.html")]
struct ConcernPage {
    c: Chrome,
    notice: Option<String>,
    severity: String,
    urgent: bool,
    status: String,
    about: String,
    raised: String,
    summary: String,
    text: String,
    moves: Vec<MoveLine>,
    /// For coordinators: the pair's or person's page.
    link: Option<String>,
    /// The next moves, the one sent (or else the first) checked, with the
    /// form's note and error.
    next: Vec<Choice>,
    note: String,
    error: Option<String>,
    id: i64,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ShownQuery {
    sent: Option<String>,
    moved: Option<String>,
}

async fn concern_page(
    app: &AppState,
    ctx: &Ctx,
    user: &CurrentUser,
    id: i64,
    notice: Option<String>,
    (status, note): (&str, &str),
    errors: Option<&Validation>,
) -> Result<ConcernPage, AppError> {
    let tr = &ctx.tr;
    let (c, as_reader) = readable(app, user, id).await?;
    let staff = as_reader == Reader::Coordinator;
    if staff && c.raised_by != Some(user.id) {
        app.store.audit(Some(user.id), "concern.read", &format!("concern:{id}"), "").await?;
    }
    let moves = app
        .store
        .concern_moves(id)
        .await?
        .into_iter()
        .map(|m| MoveLine {
            text: tr.args(
                "concern-move-line",
                &[
                    ("date", Arg::Text(&tr.when(m.at))),
                    ("status", Arg::Text(&tr.t(m.to.key()))),
                    ("name", Arg::Text(&m.by)),
                ],
            ),
            // The raiser sees where it stands, not what the coordinators wrote.
            note: if staff { m.note } else { String::new() },
        })
        .collect();
    let raised = if staff {
        tr.args(
            "concern-raised-by",
            &[("date", Arg::Text(&tr.when(c.created_at))), ("name", Arg::Text(&c.raised_by_name))],
        )
    } else {
        tr.args("concern-raised-on", &[("date", Arg::Text(&tr.when(c.created_at)))])
    };
    let link = staff.then(|| match (c.pair_id, c.participant_id) {
        (Some(pair), _) => format!("/pairs/{pair}"),
        (None, Some(person)) => format!("/people/{person}"),
        (None, None) => format!("/programmes/{}", c.programme_id),
    });
    let next: Vec<ConcernStatus> = if staff { c.status.next().to_vec() } else { Vec::new() };
    let chosen = next.iter().find(|s| s.as_str() == status).or(next.first()).copied();
    let next = next
        .iter()
        .map(|s| Choice {
            value: s.as_str().to_owned(),
            label: tr.t(&format!("concern-move-to-{}", s.as_str())),
            checked: Some(*s) == chosen,
        })
        .collect();
    Ok(ConcernPage {
        c: Chrome::new(ctx, tr.t("concern-title")),
        notice,
        severity: tr.t(c.severity.key()),
        urgent: c.severity == Severity::Urgent,
        status: tr.t(c.status.key()),
        about: if staff { c.about.clone() } else { String::new() },
        raised,
        summary: c.summary,
        text: c.text,
        moves,
        link,
        next,
        note: note.to_owned(),
        error: errors.and_then(|e| e.0.first()).map(|e| tr.t(e.key)),
        id,
    })
}

/// `GET /concerns/{id}`
async fn show(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    Query(q): Query<ShownQuery>,
) -> Result<Response, AppError> {
    let notice = q.sent.map(|_| ctx.tr.t("concern-sent")).or_else(|| q.moved.map(|_| ctx.tr.t("concern-moved")));
    Ok(render(&concern_page(&app, &ctx, &user, id, notice, ("", ""), None).await?)?.into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct MoveForm {
    status: String,
    note: String,
}

/// `POST /concerns/{id}/move`: a coordinator moves it on, with a note.
async fn move_concern(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    Form(f): Form<MoveForm>,
) -> Result<Response, AppError> {
    let (c, as_reader) = readable(&app, &user, id).await?;
    if as_reader != Reader::Coordinator {
        return Err(AppError::Forbidden);
    }
    let checked = match ConcernStatus::parse(f.status.trim()) {
        Some(to) => c.status.check_move(to, &f.note).map(|note| (to, note)),
        None => c.status.check_move(c.status, &f.note).map(|note| (c.status, note)),
    };
    match checked {
        Ok((to, note)) => {
            app.store.move_concern(user.id, id, c.status, to, &note).await?;
            Ok(Redirect::to(&format!("/concerns/{id}?moved=1")).into_response())
        }
        Err(v) => {
            let page = concern_page(&app, &ctx, &user, id, None, (f.status.trim(), &f.note), Some(&v)).await?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response())
        }
    }
}

/// A concern as lists show it: link, severity, summary, about, when,
/// where it stands.
pub struct ConcernRow {
    pub link: String,
    pub severity: String,
    pub urgent: bool,
    pub summary: String,
    pub about: String,
    pub when: String,
    pub status: String,
}

/// The rows of a list of concerns.
pub fn rows(tr: &Tr, list: Vec<Concern>) -> Vec<ConcernRow> {
    list.into_iter()
        .map(|c| ConcernRow {
            link: format!("/concerns/{}", c.id),
            severity: tr.t(c.severity.key()),
            urgent: c.severity == Severity::Urgent,
            summary: c.summary,
            about: c.about,
            when: tr.when(c.created_at),
            status: tr.t(c.status.key()),
        })
        .collect()
}

#[derive(Template)]
#[template(path = "concerns.html")]
struct IncidentLog {
    c: Chrome,
    rows: Vec<ConcernRow>,
}

/// `GET /programmes/{id}/concerns`: the incident log, for coordinators.
async fn incident_log(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let p = programme_for(&app, &user, id, Action::HandleConcern).await?;
    let tr = ctx.tr;
    let rows = rows(&tr, app.store.concerns_of_programme(p.id).await?);
    let title = tr.args("concerns-title", &[("programme", Arg::Text(&p.name))]);
    Ok(render(&IncidentLog { c: Chrome::new(&ctx, title), rows })?.into_response())
}
