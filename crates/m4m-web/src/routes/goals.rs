//! The goals of a pair (step 9): where each stands on the goal-attainment
//! scale, recorded over time by either member or staff, with the history
//! shown. The pair's supervisor and staff read them; the members and the
//! programme's staff record them (the rule of logging sessions).

use askama::Template;
use axum::extract::{Form, Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use m4m_domain::Validation;
use m4m_domain::goal::{Attainment, parse_progress};
use m4m_domain::permission::{Action, Target};
use m4m_store::goals::PairGoal;
use m4m_store::pairing::Pair;
use serde::Deserialize;

use crate::AppState;
use crate::context::{Ctx, CurrentUser, SignedIn};
use crate::error::AppError;
use crate::i18n::Tr;
use crate::kit::routing::{Routes, get, post};
use crate::pages::{Chrome, render};
use crate::routes::sessions::pair_for;

/// The routes of goals.
pub fn router() -> Routes {
    Routes::new().route("/pairs/{id}/goals", get(show)).route("/goals/{id}/progress", post(record))
}

/// A goal as the page shows it.
struct GoalView {
    id: i64,
    title: String,
    area: String,
    latest: Option<String>,
    history: Vec<(String, String, String, String)>,
    /// The form's values and error, after a refused record.
    score: String,
    comment: String,
    error: Option<String>,
}

#[derive(Template)]
#[template(path = "goals.html")]
struct GoalsPage {
    c: Chrome,
    pair_id: i64,
    notice: Option<String>,
    may_record: bool,
    scale: Vec<(String, String)>,
    goals: Vec<GoalView>,
}

fn label(tr: &Tr, a: Attainment) -> String {
    format!("{} · {}", a.signed(), tr.t(a.key()))
}

fn may_record(user: &CurrentUser, p: &Pair) -> bool {
    p.state().may_log_sessions()
        && user.actor.can(Action::LogPeerSession, Target::related(p.organisation_id, &p.members()))
}

fn page(
    ctx: &Ctx,
    user: &CurrentUser,
    p: &Pair,
    goals: Vec<PairGoal>,
    notice: Option<String>,
    refused: Option<(i64, &str, &str, &Validation)>,
) -> GoalsPage {
    let tr = &ctx.tr;
    let goals = goals
        .into_iter()
        .map(|g| {
            let (score, comment, error) = match refused {
                Some((id, s, c, v)) if id == g.id => (s.to_owned(), c.to_owned(), v.0.first().map(|i| tr.t(i.key))),
                _ => (String::new(), String::new(), None),
            };
            GoalView {
                id: g.id,
                title: g.title.clone(),
                area: tr.t(&format!("area-{}", g.area)),
                latest: g.latest().map(|a| label(tr, a)),
                history: g
                    .history
                    .iter()
                    .rev()
                    .map(|h| (tr.date_of(h.at), label(tr, h.score), h.by.clone(), h.comment.clone()))
                    .collect(),
                score,
                comment,
                error,
            }
        })
        .collect();
    GoalsPage {
        c: Chrome::new(ctx, tr.t("goals-title")),
        pair_id: p.id,
        notice,
        may_record: may_record(user, p),
        scale: Attainment::ALL.iter().map(|a| (a.value().to_string(), label(tr, *a))).collect(),
        goals,
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Shown {
    saved: Option<String>,
}

/// `GET /pairs/{id}/goals`
async fn show(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    Query(q): Query<Shown>,
) -> Result<Response, AppError> {
    let p = pair_for(&app, &user, id, Action::ViewPair).await?;
    crate::access::record_pair_read(&app, &user, id, &p.members()).await?;
    let goals = app.store.pair_goals(id).await?;
    let notice = q.saved.map(|_| ctx.tr.t("goals-saved"));
    Ok(render(&page(&ctx, &user, &p, goals, notice, None))?.into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ProgressForm {
    score: String,
    comment: String,
}

/// `POST /goals/{id}/progress`
async fn record(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(goal): Path<i64>,
    Form(f): Form<ProgressForm>,
) -> Result<Response, AppError> {
    let pair = app.store.goal_pair(goal).await?.flatten().ok_or(AppError::NotFound)?;
    let p = pair_for(&app, &user, pair, Action::ViewPair).await?;
    if !may_record(&user, &p) {
        return Err(AppError::Forbidden);
    }
    match parse_progress(&f.score, &f.comment) {
        Ok((score, comment)) => {
            app.store.record_goal_progress(user.id, goal, score, &comment).await?;
            Ok(Redirect::to(&format!("/pairs/{pair}/goals?saved=1#goal-{goal}")).into_response())
        }
        Err(v) => {
            let goals = app.store.pair_goals(pair).await?;
            let html = render(&page(&ctx, &user, &p, goals, None, Some((goal, &f.score, &f.comment, &v))))?;
            Ok((StatusCode::UNPROCESSABLE_ENTITY, html).into_response())
        }
    }
}
