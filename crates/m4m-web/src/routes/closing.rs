//! Step 10, the end of a pair: a coordinator closes it with a reason
//! (`/pairs/{id}/close`), and each member answers the exit questionnaire
//! from a phone (`/pairs/{id}/exit`); the newcomer's final
//! self-assessment follows through `/assessment`.

use askama::Template;
use axum::extract::{Form, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use m4m_domain::Validation;
use m4m_domain::attention::planned_end;
use m4m_domain::closing::{Closing, ClosingForm, ClosingReason, ExitAnswer, still_asked};
use m4m_domain::participant::{AREAS, Kind};
use m4m_domain::peer_session::SessionStatus;
use m4m_domain::permission::{Action, Target};
use m4m_store::pairing::Pair;
use serde::Deserialize;

use crate::AppState;
use crate::context::{Ctx, CurrentUser, SignedIn};
use crate::error::AppError;
use crate::fmt;
use crate::i18n::{Arg, Tr};
use crate::kit::form::{Choice, FieldErrors, Values};
use crate::kit::routing::{Routes, get};
use crate::pages::{Chrome, render};
use crate::routes::sessions::pair_for;

/// The routes of closing a pair and its exit questionnaire.
pub fn router() -> Routes {
    Routes::new()
        .route("/pairs/{id}/close", get(close_form).post(close))
        .route("/pairs/{id}/exit", get(exit_form).post(exit_answer))
}

/// A pair the user may close: its organisation's coordinators.
async fn staff_pair(app: &AppState, user: &CurrentUser, id: i64) -> Result<Pair, AppError> {
    let p = pair_for(app, user, id, Action::ViewPair).await?;
    if !user.actor.can(Action::ManageParticipant, Target::organisation(p.organisation_id)) {
        return Err(AppError::Forbidden);
    }
    Ok(p)
}

fn yes_no(tr: &Tr, sent: &str) -> Vec<Choice> {
    ["yes", "no"]
        .iter()
        .map(|v| Choice { value: (*v).to_owned(), label: tr.t(&format!("form-{v}")), checked: sent == *v })
        .collect()
}

#[derive(Template)]
#[template(path = "pair_close.html")]
struct ClosePage {
    c: Chrome,
    id: i64,
    intro: String,
    /// What closing will do, in the reader's words.
    effects: Vec<String>,
    reasons: Vec<Choice>,
    closed_on: String,
    meeting_on: String,
    note: String,
    /// Each member: the field, its question and the two choices.
    rematch: Vec<(&'static str, String, Vec<Choice>)>,
    errors: FieldErrors,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct CloseForm {
    reason: String,
    closed_on: String,
    meeting_on: String,
    note: String,
    mentor_rematch: String,
    mentee_rematch: String,
}

async fn close_page(
    app: &AppState,
    ctx: &Ctx,
    p: &Pair,
    f: &CloseForm,
    v: Option<&Validation>,
) -> Result<ClosePage, AppError> {
    let tr = &ctx.tr;
    let buddy = fmt::first_name(tr, &p.mentor.first_name);
    let newcomer = fmt::first_name(tr, &p.mentee.first_name);
    let planned = app.store.peer_sessions(p.id).await?.iter().filter(|s| s.status == SessionStatus::Planned).count();
    // The same end as the one "needs attention" warns of.
    let planned_end = p.started_on.zip(p.agreement.as_ref()).map(|(s, a)| planned_end(s, a.months));
    let default_reason = if planned_end.is_some_and(|end| end <= tr.today()) { "planned_end" } else { "" };
    let sent = if f.reason.is_empty() { default_reason } else { f.reason.as_str() };
    let mut effects = vec![tr.n("close-effect-sessions", planned as i64), tr.t("close-effect-checkins")];
    if let Some(end) = planned_end {
        effects.insert(0, tr.args("close-planned-end", &[("date", Arg::Text(&tr.date(end)))]));
    }
    Ok(ClosePage {
        c: Chrome::new(ctx, tr.t("close-title")),
        id: p.id,
        intro: tr.html("close-intro", &[("buddy", Arg::User(&buddy)), ("newcomer", Arg::User(&newcomer))]),
        effects,
        reasons: ClosingReason::ALL
            .iter()
            .map(|r| Choice {
                value: r.as_str().to_owned(),
                label: tr.t(&format!("close-reason-{}", r.as_str())),
                checked: sent == r.as_str(),
            })
            .collect(),
        closed_on: if f.closed_on.is_empty() {
            m4m_domain::programme::format_date(tr.today())
        } else {
            f.closed_on.clone()
        },
        meeting_on: f.meeting_on.clone(),
        note: f.note.clone(),
        rematch: vec![
            ("mentor_rematch", tr.with_name("close-rematch", "name", &buddy), yes_no(tr, &f.mentor_rematch)),
            ("mentee_rematch", tr.with_name("close-rematch", "name", &newcomer), yes_no(tr, &f.mentee_rematch)),
        ],
        errors: FieldErrors::of(tr, v),
    })
}

/// `GET /pairs/{id}/close`
async fn close_form(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let p = staff_pair(&app, &user, id).await?;
    if !p.status.is_open() {
        return Ok(Redirect::to(&format!("/pairs/{id}")).into_response());
    }
    Ok(render(&close_page(&app, &ctx, &p, &CloseForm::default(), None).await?)?.into_response())
}

/// `POST /pairs/{id}/close`
async fn close(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    Form(f): Form<CloseForm>,
) -> Result<Response, AppError> {
    let p = staff_pair(&app, &user, id).await?;
    if p.state().check(m4m_domain::pairing::PairChange::Close, m4m_store::now()).is_err() {
        return Err(AppError::Conflict);
    }
    let form = ClosingForm {
        reason: &f.reason,
        closed_on: &f.closed_on,
        meeting_on: &f.meeting_on,
        note: &f.note,
        mentor_rematch: &f.mentor_rematch,
        mentee_rematch: &f.mentee_rematch,
    };
    match Closing::parse(&form, p.started_on, ctx.tr.today()) {
        Ok(closing) => {
            app.store.close_pair(user.id, id, &closing).await?;
            Ok(Redirect::to(&format!("/pairs/{id}?closed=1")).into_response())
        }
        Err(v) => Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&close_page(&app, &ctx, &p, &f, Some(&v)).await?)?)
            .into_response()),
    }
}

#[derive(Template)]
#[template(path = "pair_exit.html")]
struct ExitPage {
    c: Chrome,
    id: i64,
    intro: String,
    /// Already answered (or just now): the message instead of the form.
    nothing: Option<String>,
    /// For a newcomer whose final self-assessment is due: its link.
    final_due: bool,
    satisfaction: Vec<Choice>,
    recommend: Vec<Choice>,
    changed: Vec<Choice>,
    comment: String,
    errors: FieldErrors,
}

#[derive(Default)]
struct ExitForm {
    satisfaction: String,
    recommend: String,
    changed: Vec<String>,
    comment: String,
}

impl From<Values> for ExitForm {
    fn from(v: Values) -> ExitForm {
        ExitForm {
            satisfaction: v.get("satisfaction").to_owned(),
            recommend: v.get("recommend").to_owned(),
            changed: v.all("changed").into_iter().map(str::to_owned).collect(),
            comment: v.get("comment").to_owned(),
        }
    }
}

fn exit_page(
    ctx: &Ctx,
    p: &Pair,
    side: Kind,
    nothing: Option<String>,
    final_due: bool,
    f: &ExitForm,
    v: Option<&Validation>,
) -> ExitPage {
    let tr = &ctx.tr;
    let other = fmt::first_name(tr, &p.member(side.other()).first_name);
    let intro = match side {
        Kind::Mentor => "exit-intro-buddy",
        Kind::Mentee => "exit-intro-newcomer",
    };
    ExitPage {
        c: Chrome::new(ctx, tr.t("exit-title")),
        id: p.id,
        intro: tr.args(intro, &[("name", Arg::Text(&other))]),
        nothing,
        final_due,
        satisfaction: (1..=5)
            .map(|n: i64| Choice {
                value: n.to_string(),
                label: tr.t(&format!("checkin-satisfaction-{n}")),
                checked: f.satisfaction == n.to_string(),
            })
            .collect(),
        recommend: yes_no(tr, &f.recommend),
        changed: AREAS
            .iter()
            .map(|a| Choice {
                value: (*a).to_owned(),
                label: tr.t(&format!("area-{a}")),
                checked: f.changed.iter().any(|c| c == a),
            })
            .collect(),
        comment: f.comment.clone(),
        errors: FieldErrors::of(tr, v),
    }
}

/// The member's side of a closed pair they are asked about: only the
/// members answer, only once the pair has closed, and for
/// [`m4m_domain::closing::ASK_FOR_DAYS`].
async fn member_of_closed(app: &AppState, user: &CurrentUser, id: i64) -> Result<(Pair, Kind), AppError> {
    let p = pair_for(app, user, id, Action::ViewPair).await?;
    let Some(side) = p.side_of(user.id) else { return Err(AppError::Forbidden) };
    if !p.status.is_closed() {
        return Err(AppError::NotFound);
    }
    Ok((p, side))
}

/// Whether the exit questionnaire of this member is still to answer.
pub async fn exit_due(app: &AppState, p: &Pair, side: Kind) -> Result<bool, AppError> {
    let Some(closing) = &p.closing else { return Ok(false) };
    if !still_asked(closing.closed_on, time::OffsetDateTime::now_utc().date()) {
        return Ok(false);
    }
    Ok(app.store.exit_answer(p.id, p.member(side).participant_id).await?.is_none())
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Shown {
    done: Option<String>,
}

/// `GET /pairs/{id}/exit`
async fn exit_form(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    Query(q): Query<Shown>,
) -> Result<Response, AppError> {
    let (p, side) = member_of_closed(&app, &user, id).await?;
    let answered = app.store.exit_answer(p.id, p.member(side).participant_id).await?.is_some();
    let nothing = if q.done.is_some() || answered { Some(ctx.tr.t("exit-thanks")) } else { None };
    let final_due = final_due(&app, &user, side).await?;
    Ok(render(&exit_page(&ctx, &p, side, nothing, final_due, &ExitForm::default(), None))?.into_response())
}

/// Whether the member's final self-assessment is due (newcomers and
/// buddies alike fill it when their pair closes).
async fn final_due(app: &AppState, user: &CurrentUser, side: Kind) -> Result<bool, AppError> {
    let mine = app.store.participants_of_user(user.id).await?;
    let Some((participant_id, _, _)) = mine.into_iter().next() else { return Ok(false) };
    let kind = crate::routes::assessments::self_assessment(side);
    let due = crate::routes::assessments::due_moment(app, user.id, participant_id, kind).await?;
    Ok(due == Some(m4m_domain::moment::Moment::Final))
}

/// `POST /pairs/{id}/exit`
async fn exit_answer(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let f = ExitForm::from(Values(fields));
    let (p, side) = member_of_closed(&app, &user, id).await?;
    let changed: Vec<&str> = f.changed.iter().map(String::as_str).collect();
    match ExitAnswer::parse(&f.satisfaction, &f.recommend, &changed, &f.comment) {
        Ok(a) => {
            app.store.save_exit_answer(user.id, p.id, p.member(side).participant_id, &a).await?;
            Ok(Redirect::to(&format!("/pairs/{id}/exit?done=1")).into_response())
        }
        Err(v) => {
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&exit_page(&ctx, &p, side, None, false, &f, Some(&v)))?)
                .into_response())
        }
    }
}
