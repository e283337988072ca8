//! Check-ins (step 9): each member of a running pair answers, from a
//! phone and in under a minute, how it is going — when one is due (a
//! month after the start, then every two months by default). The answers
//! are for the programme's staff, not for the other member.

use askama::Template;
use axum::extract::{Form, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use m4m_domain::Validation;
use m4m_domain::checkin::{Answer, MET, current_due};
use m4m_domain::permission::Action;
use m4m_store::pairing::Pair;
use serde::Deserialize;
use time::Date;

use crate::AppState;
use crate::context::{Ctx, CurrentUser, SignedIn};
use crate::error::AppError;
use crate::fmt;
use crate::i18n::{Arg, Tr};
use crate::kit::form::{Choice, FieldErrors};
use crate::kit::routing::{Routes, get};
use crate::pages::{Chrome, render};
use crate::routes::sessions::pair_for;

/// The routes of check-ins.
pub fn router() -> Routes {
    Routes::new().route("/pairs/{id}/checkin", get(show).post(answer))
}

/// The check-in due now for `user` in pair `p`, if they are a member and
/// have not answered it: their record id and the due date.
pub async fn due_for(app: &AppState, user_id: i64, p: &Pair) -> Result<Option<(i64, Date)>, AppError> {
    let (Some(side), Some(started)) = (p.side_of(user_id), p.started_on) else { return Ok(None) };
    if !p.state().may_log_sessions() {
        return Ok(None);
    }
    let cadence = app.store.checkin_cadence(p.programme_id).await?;
    let Some(due) = current_due(started, cadence, time::OffsetDateTime::now_utc().date()) else { return Ok(None) };
    let me = p.member(side).participant_id;
    Ok((!app.store.checkin_answered(p.id, me, due).await?).then_some((me, due)))
}

#[derive(Template)]
#[template(path = "checkin.html")]
struct CheckinPage {
    c: Chrome,
    id: i64,
    intro: String,
    /// Nothing due (or just answered): the message instead of the form.
    nothing: Option<String>,
    satisfaction: Vec<Choice>,
    met: Vec<Choice>,
    helped: String,
    difficult: String,
    errors: FieldErrors,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct CheckinForm {
    satisfaction: String,
    met: String,
    helped: String,
    difficult: String,
}

fn page(
    ctx: &Ctx,
    p: &Pair,
    user_id: i64,
    nothing: Option<String>,
    f: &CheckinForm,
    v: Option<&Validation>,
) -> CheckinPage {
    let tr: &Tr = &ctx.tr;
    let other = p.side_of(user_id).map(|s| fmt::first_name(tr, &p.member(s.other()).first_name)).unwrap_or_default();
    let choice = |value: String, label: String, checked: bool| Choice { value, label, checked };
    CheckinPage {
        c: Chrome::new(ctx, tr.t("checkin-title")),
        id: p.id,
        intro: tr.args("checkin-intro", &[("name", Arg::Text(&other))]),
        nothing,
        satisfaction: (1..=5)
            .map(|n: i64| {
                choice(n.to_string(), tr.t(&format!("checkin-satisfaction-{n}")), f.satisfaction == n.to_string())
            })
            .collect(),
        met: MET.iter().map(|m| choice((*m).to_owned(), tr.t(&format!("checkin-met-{m}")), f.met == *m)).collect(),
        helped: f.helped.clone(),
        difficult: f.difficult.clone(),
        errors: FieldErrors::of(tr, v),
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Shown {
    done: Option<String>,
}

async fn member_pair(app: &AppState, user: &CurrentUser, id: i64) -> Result<Pair, AppError> {
    let p = pair_for(app, user, id, Action::ViewPair).await?;
    // Staff and the supervisor read the answers; only the members answer.
    if !p.is_member(user.id) {
        return Err(AppError::Forbidden);
    }
    Ok(p)
}

/// `GET /pairs/{id}/checkin`
async fn show(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    Query(q): Query<Shown>,
) -> Result<Response, AppError> {
    let p = member_pair(&app, &user, id).await?;
    let nothing = if q.done.is_some() {
        Some(ctx.tr.t("checkin-thanks"))
    } else if due_for(&app, user.id, &p).await?.is_none() {
        Some(ctx.tr.t("checkin-nothing-due"))
    } else {
        None
    };
    Ok(render(&page(&ctx, &p, user.id, nothing, &CheckinForm::default(), None))?.into_response())
}

/// `POST /pairs/{id}/checkin`
async fn answer(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    Form(f): Form<CheckinForm>,
) -> Result<Response, AppError> {
    let p = member_pair(&app, &user, id).await?;
    let Some((me, due)) = due_for(&app, user.id, &p).await? else { return Err(AppError::Conflict) };
    match Answer::parse(&f.satisfaction, &f.met, &f.helped, &f.difficult) {
        Ok(a) => {
            app.store.record_checkin(user.id, p.id, me, due, &a).await?;
            Ok(Redirect::to(&format!("/pairs/{id}/checkin?done=1")).into_response())
        }
        Err(v) => {
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page(&ctx, &p, user.id, None, &f, Some(&v)))?)
                .into_response())
        }
    }
}
