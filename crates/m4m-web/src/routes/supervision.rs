//! Supervision meetings (step 8): recorded by a supervisor for the buddies
//! they supervise (or by a coordinator, from a buddy's record), with
//! topics, notes and follow-up actions; read in full by staff, by the
//! buddies present as "it happened" and their own actions.
//!
//! The form offers the buddies whose record names the person as their
//! supervisor, plus the buddy a coordinator came from (`?buddy=N`): a
//! short list on a phone, never the whole organisation.

use askama::Template;
use axum::extract::{Form, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use m4m_domain::Validation;
use m4m_domain::participant::Kind;
use m4m_domain::permission::{Action, Target};
use m4m_domain::programme::format_date;
use m4m_domain::supervision::{Format, NewAction, NewSupervision, Reader, SupervisionForm, TOPICS, reader};
use m4m_store::supervision::Supervision;
use serde::Deserialize;

use crate::AppState;
use crate::access::participant_for;
use crate::context::{Ctx, CurrentUser, SignedIn};
use crate::error::AppError;
use crate::i18n::{Arg, Tr};
use crate::kit::form::{Choice, FieldErrors, Values};
use crate::kit::routing::{Routes, get, post};
use crate::pages::{Chrome, render};
use crate::routes::assessments::{self, Baseline};

/// The routes of supervision.
pub fn router() -> Routes {
    Routes::new()
        .route("/supervisions/new", get(new_form).post(record))
        .route("/supervisions/{id}", get(show))
        .route("/supervisions/{id}/actions", post(add_action))
        .route("/supervisions/{id}/actions/{action}/done", post(complete))
        .route("/buddies/{id}/self-assessment", get(self_assessments))
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct BuddyQuery {
    buddy: Option<i64>,
}

/// The buddies `user` may record a supervision for: id, name,
/// organisation.
async fn candidates(
    app: &AppState,
    user: &CurrentUser,
    buddy: Option<i64>,
) -> Result<Vec<(i64, String, i64)>, AppError> {
    let mut list: Vec<(i64, String, i64)> = app
        .store
        .supervisable(user.id)
        .await?
        .into_iter()
        .filter(|(_, _, org)| user.actor.can(Action::Supervise, Target::related(*org, &[user.id])))
        .collect();
    if let Some(id) = buddy
        && !list.iter().any(|(b, _, _)| *b == id)
    {
        let p = participant_for(app, user, id, Action::Supervise).await?;
        if p.kind != Kind::Mentor {
            return Err(AppError::NotFound);
        }
        list.insert(0, (p.id, format!("{} {}", p.first_name, p.last_name).trim().to_owned(), p.organisation_id));
    }
    if list.is_empty()
        && !user.actor.has_role(m4m_domain::Role::Supervisor)
        && !user.actor.has_role(m4m_domain::Role::Coordinator)
    {
        return Err(AppError::Forbidden);
    }
    Ok(list)
}

#[derive(Template)]
#[template(path = "supervision_form.html")]
struct FormPage {
    c: Chrome,
    buddy: Option<i64>,
    v: Values,
    errors: FieldErrors,
    formats: Vec<Choice>,
    buddies: Vec<Choice>,
    topics: Vec<Choice>,
    /// Owners offered for each action: me, then the buddies.
    owners: Vec<(String, String)>,
    rows: Vec<usize>,
}

impl FormPage {
    /// The value typed in an action row's field.
    fn row(&self, field: &str, i: &usize) -> &str {
        self.v.0.iter().filter(|(k, _)| k == field).nth(*i).map_or("", |(_, v)| v.as_str())
    }
}

const ACTION_ROWS: usize = 3;

fn form_page(
    ctx: &Ctx,
    list: &[(i64, String, i64)],
    buddy: Option<i64>,
    v: Values,
    errors: Option<&Validation>,
) -> FormPage {
    let tr = &ctx.tr;
    let choice = |value: String, label: String, checked: bool| Choice { value, label, checked };
    let formats = Format::ALL
        .iter()
        .map(|f| {
            let checked = v.get("format") == f.as_str() || (v.get("format").is_empty() && *f == Format::OneToOne);
            choice(f.as_str().to_owned(), tr.t(f.key()), checked)
        })
        .collect();
    let buddies = list
        .iter()
        .map(|(id, name, _)| {
            let checked =
                v.has("buddies", &id.to_string()) || (list.len() == 1 || buddy == Some(*id)) && v.0.is_empty();
            choice(id.to_string(), name.clone(), checked)
        })
        .collect();
    let topics = TOPICS
        .iter()
        .map(|t| choice((*t).to_owned(), tr.t(&format!("supervision-topic-{t}")), v.has("topics", t)))
        .collect();
    let mut owners = vec![("me".to_owned(), tr.t("supervision-owner-me"))];
    owners.extend(list.iter().map(|(id, name, _)| (id.to_string(), name.clone())));
    let errors = FieldErrors::of(tr, errors);
    FormPage {
        c: Chrome::new(ctx, tr.t("supervision-new-title")),
        buddy,
        v,
        errors,
        formats,
        buddies,
        topics,
        owners,
        rows: (0..ACTION_ROWS).collect(),
    }
}

/// `GET /supervisions/new` (`?buddy=N` from a buddy's record).
async fn new_form(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Query(q): Query<BuddyQuery>,
) -> Result<Response, AppError> {
    let list = candidates(&app, &user, q.buddy).await?;
    let today = ctx.tr.today();
    let v = Values(vec![("held_on".into(), format_date(today))]);
    let mut page = form_page(&ctx, &list, q.buddy, v, None);
    // A fresh form: the date is today's, the buddy the one come from.
    page.v.0.clear();
    page.v.0.push(("held_on".into(), format_date(today)));
    Ok(render(&page)?.into_response())
}

/// `POST /supervisions/new`
async fn record(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let v = Values(fields);
    let buddy = v.get("buddy").parse::<i64>().ok();
    let list = candidates(&app, &user, buddy).await?;
    let allowed: Vec<i64> = list.iter().map(|(id, _, _)| *id).collect();
    let texts = v.all("action_text");
    let owners = v.all("action_owner");
    let dues = v.all("action_due");
    let actions = (0..texts.len().max(dues.len()))
        .map(|i| {
            (
                texts.get(i).copied().unwrap_or(""),
                owners.get(i).copied().unwrap_or(""),
                dues.get(i).copied().unwrap_or(""),
            )
        })
        .collect();
    let parsed = NewSupervision::parse(&SupervisionForm {
        format: v.get("format"),
        held_on: v.get("held_on"),
        buddies: v.all("buddies"),
        allowed: &allowed,
        topics: v.all("topics"),
        topics_text: v.get("topics_text"),
        notes: v.get("notes"),
        actions,
        today: ctx.tr.today(),
    });
    // Every buddy present belongs to one organisation: the meeting's.
    let parsed = parsed.and_then(|s| {
        let orgs: Vec<i64> = list.iter().filter(|(id, _, _)| s.buddies.contains(id)).map(|(_, _, org)| *org).collect();
        if orgs.windows(2).any(|w| w[0] != w[1]) {
            let mut e = Validation::default();
            e.add("buddies", "supervision-error-buddy");
            Err(e)
        } else {
            Ok((s, orgs.first().copied().unwrap_or_default()))
        }
    });
    match parsed {
        Ok((s, org)) => {
            let id = app.store.record_supervision(user.id, org, &s).await?;
            Ok(Redirect::to(&format!("/supervisions/{id}?saved=1")).into_response())
        }
        Err(e) => {
            let page = form_page(&ctx, &list, buddy, v, Some(&e));
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response())
        }
    }
}

/// A supervision the user may read, and how.
async fn readable(app: &AppState, user: &CurrentUser, id: i64) -> Result<(Supervision, Reader), AppError> {
    let s = app.store.supervision(id).await?.ok_or(AppError::NotFound)?;
    let staff = user.actor.can(Action::Supervise, Target::related(s.organisation_id, &s.supervisors()));
    match reader(user.id, &s.buddy_users(), staff) {
        Some(r) => Ok((s, r)),
        None => {
            crate::access::record_concealed(app, user, &format!("supervision:{id}"), "read").await?;
            Err(AppError::NotFound)
        }
    }
}

/// An action as the page shows it.
struct ActionRow {
    id: i64,
    text: String,
    owner: String,
    due: String,
    done: Option<String>,
    /// Whether this reader may mark it done.
    may_complete: bool,
}

#[derive(Template)]
#[template(path = "supervision.html")]
struct ShowPage {
    c: Chrome,
    id: i64,
    notice: Option<String>,
    staff: bool,
    when: String,
    buddies: Vec<String>,
    topics: Vec<String>,
    topics_text: String,
    notes: String,
    recorded_by: String,
    actions: Vec<ActionRow>,
    /// Who may own a new action, the one sent selected.
    owners: Vec<Choice>,
    action_error: Option<String>,
    action_text: String,
    action_due: String,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ShownQuery {
    saved: Option<String>,
}

fn show_page(
    ctx: &Ctx,
    user: &CurrentUser,
    s: Supervision,
    as_reader: Reader,
    notice: Option<String>,
    (typed, errors): (&Values, Option<&Validation>),
) -> ShowPage {
    let tr: &Tr = &ctx.tr;
    let staff = as_reader == Reader::Staff;
    let mine: Vec<i64> = s.buddies.iter().filter(|b| b.user_id == Some(user.id)).map(|b| b.participant_id).collect();
    let actions = s
        .actions
        .iter()
        .filter(|a| staff || a.owner_participant_id.is_some_and(|o| mine.contains(&o)))
        .map(|a| ActionRow {
            id: a.id,
            text: a.text.clone(),
            owner: if a.owner_participant_id.is_some() { a.owner_name.clone() } else { s.recorded_by_name.clone() },
            due: tr.args("supervision-due", &[("date", Arg::Text(&tr.date(a.due_on)))]),
            done: a.done_at.map(|at| tr.args("supervision-done-on", &[("date", Arg::Text(&tr.date_of(at)))])),
            may_complete: a.done_at.is_none(),
        })
        .collect();
    let when = tr.args(
        "supervision-when",
        &[("date", Arg::Text(&tr.date(s.held_on))), ("format", Arg::Text(&tr.t(s.format.key())))],
    );
    ShowPage {
        c: Chrome::new(ctx, tr.t("supervision-title")),
        id: s.id,
        notice,
        staff,
        when,
        buddies: if staff { s.buddies.iter().map(|b| b.name.clone()).collect() } else { Vec::new() },
        topics: if staff {
            s.topics.iter().map(|t| tr.t(&format!("supervision-topic-{t}"))).collect()
        } else {
            Vec::new()
        },
        topics_text: if staff { s.topics_text.clone() } else { String::new() },
        notes: if staff { s.notes.clone() } else { String::new() },
        recorded_by: tr.args("supervision-recorded-by", &[("name", Arg::Text(&s.recorded_by_name))]),
        actions,
        owners: std::iter::once(("me".to_owned(), tr.t("supervision-owner-me")))
            .chain(s.buddies.iter().map(|b| (b.participant_id.to_string(), b.name.clone())))
            .map(|(value, label)| Choice { checked: typed.has("action_owner", &value), value, label })
            .collect(),
        action_error: errors.and_then(|e| e.0.first()).map(|i| tr.t(i.key)),
        action_text: typed.get("action_text").to_owned(),
        action_due: typed.get("action_due").to_owned(),
    }
}

/// `GET /supervisions/{id}`
async fn show(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    Query(q): Query<ShownQuery>,
) -> Result<Response, AppError> {
    let (s, as_reader) = readable(&app, &user, id).await?;
    if as_reader == Reader::Staff && s.recorded_by != Some(user.id) {
        app.store.audit(Some(user.id), "supervision.read", &format!("supervision:{id}"), "").await?;
    }
    let notice = q.saved.map(|_| ctx.tr.t("supervision-saved"));
    Ok(render(&show_page(&ctx, &user, s, as_reader, notice, (&Values::default(), None)))?.into_response())
}

/// `POST /supervisions/{id}/actions`: staff add a follow-up action.
async fn add_action(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (s, as_reader) = readable(&app, &user, id).await?;
    if as_reader != Reader::Staff {
        return Err(AppError::Forbidden);
    }
    let v = Values(fields);
    let present: Vec<String> = s.buddies.iter().map(|b| b.participant_id.to_string()).collect();
    let allowed: Vec<i64> = s.buddies.iter().map(|b| b.participant_id).collect();
    // The action is checked as a row of a supervision with these buddies.
    let checked = NewSupervision::parse(&SupervisionForm {
        format: s.format.as_str(),
        held_on: &format_date(s.held_on),
        buddies: present.iter().map(String::as_str).collect(),
        allowed: &allowed,
        topics: Vec::new(),
        topics_text: "",
        notes: "",
        actions: vec![(v.get("action_text"), v.get("action_owner"), v.get("action_due"))],
        today: s.held_on,
    })
    .and_then(|parsed| {
        parsed.actions.into_iter().next().ok_or_else(|| {
            let mut e = Validation::default();
            e.add("actions", "error-required");
            e
        })
    });
    match checked {
        Ok(a) => {
            let a: NewAction = a;
            app.store.add_supervision_action(user.id, id, &a).await?;
            Ok(Redirect::to(&format!("/supervisions/{id}?saved=1")).into_response())
        }
        Err(e) => {
            let page = show_page(&ctx, &user, s, as_reader, None, (&v, Some(&e)));
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response())
        }
    }
}

/// `POST /supervisions/{id}/actions/{action}/done`: the buddy who owns it,
/// or staff.
async fn complete(
    State(app): State<AppState>,
    SignedIn(_ctx, user): SignedIn,
    Path((id, action)): Path<(i64, i64)>,
) -> Result<Response, AppError> {
    let (s, as_reader) = readable(&app, &user, id).await?;
    let a = s.actions.iter().find(|a| a.id == action).ok_or(AppError::NotFound)?;
    let owner_user =
        s.buddies.iter().find(|b| Some(b.participant_id) == a.owner_participant_id).and_then(|b| b.user_id);
    if as_reader != Reader::Staff && owner_user != Some(user.id) {
        return Err(AppError::NotFound);
    }
    app.store.complete_supervision_action(user.id, action).await?;
    let back = if as_reader == Reader::Staff { format!("/supervisions/{id}") } else { "/home".to_owned() };
    Ok(Redirect::to(&back).into_response())
}

#[derive(Template)]
#[template(path = "buddy_self_assessment.html")]
struct SelfAssessmentPage {
    c: Chrome,
    /// The buddy's self-assessments done, per competence; `None` before
    /// the first.
    baseline: Option<Baseline>,
}

/// `GET /buddies/{id}/self-assessment`: a buddy's self-assessments — at
/// the start, mid-term, at the end — per competence, as a chart and a
/// table, for the buddy's supervisors and their organisation's
/// coordinators (who may supervise them), and for the buddy. Nobody else:
/// the newcomer of their pair may know the buddy but not this.
async fn self_assessments(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let own = app.store.participant(id).await?.filter(|p| p.erased_at.is_none() && p.user_id == Some(user.id));
    let p = match own {
        Some(p) => p,
        None => {
            let p = participant_for(&app, &user, id, Action::Supervise).await?;
            // Showing someone's answers, even as scores, is a read of their record.
            let subject = format!("participant:{}", p.id);
            app.store.audit(Some(user.id), "participant.answers_read", &subject, "buddy_self_assessment").await?;
            p
        }
    };
    if p.kind != Kind::Mentor {
        return Err(AppError::NotFound);
    }
    let tr = &ctx.tr;
    let name = format!("{} {}", p.first_name, p.last_name);
    let title = tr.args("buddy-assessment-title", &[("name", Arg::Text(name.trim()))]);
    let baseline = assessments::baseline(&app, tr, &p).await?;
    Ok(render(&SelfAssessmentPage { c: Chrome::new(&ctx, title), baseline })?.into_response())
}
