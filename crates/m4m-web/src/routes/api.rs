//! The JSON API under `/api/v1/`: the same permissions as the pages,
//! errors as JSON. It grows with each step; bearer tokens come with the
//! privacy work, until then it answers the browser session.

use axum::Json;
use axum::extract::{Path, State};
use m4m_domain::permission::{Action, Target};
use serde::Serialize;
use serde_json::{Value, json};

use crate::AppState;
use crate::context::SignedIn;
use crate::error::AppError;

#[derive(Serialize)]
struct ProgrammeJson {
    id: i64,
    organisation_id: i64,
    name: String,
    description: String,
    languages: Vec<String>,
    starts_on: String,
    ends_on: String,
    target_mentors: i64,
    target_mentees: i64,
    status: &'static str,
}

impl From<m4m_store::programmes::Programme> for ProgrammeJson {
    fn from(p: m4m_store::programmes::Programme) -> Self {
        ProgrammeJson {
            id: p.id,
            organisation_id: p.organisation_id,
            name: p.name,
            description: p.description,
            languages: p.languages,
            starts_on: p.starts_on,
            ends_on: p.ends_on,
            target_mentors: p.target_mentors,
            target_mentees: p.target_mentees,
            status: p.status.as_str(),
        }
    }
}

/// `GET /api/v1/me`: who the API sees.
pub async fn me(SignedIn(ctx, user): SignedIn) -> Json<Value> {
    let roles: Vec<Value> = user
        .actor
        .grants
        .iter()
        .map(|g| json!({ "role": g.role.as_str(), "organisation_id": g.organisation }))
        .collect();
    Json(json!({ "id": user.id, "name": user.name, "email": user.email, "language": ctx.tr.lang.code, "roles": roles }))
}

/// `GET /api/v1/programmes`: the programmes the asker may see.
pub async fn programmes(State(app): State<AppState>, SignedIn(_, user): SignedIn) -> Result<Json<Value>, AppError> {
    let scope = user.actor.organisations_for(Action::ViewProgramme);
    let list: Vec<ProgrammeJson> = app
        .store
        .programmes(scope.as_deref())
        .await?
        .into_iter()
        .filter(|p| user.actor.can(Action::ViewProgramme, Target::organisation(p.organisation_id)))
        .map(Into::into)
        .collect();
    Ok(Json(json!({ "programmes": list })))
}

/// `GET /api/v1/programmes/{id}`, with the people per step.
pub async fn programme(
    State(app): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(id): Path<i64>,
) -> Result<Json<Value>, AppError> {
    let p = app.store.programme(id).await?.ok_or(AppError::NotFound)?;
    if !user.actor.can(Action::ViewProgramme, Target::organisation(p.organisation_id)) {
        return Err(AppError::NotFound);
    }
    let counts = app.store.step_counts(id).await?;
    let steps: Vec<Value> = (1..=10)
        .map(|n| json!({ "step": n, "mentors": counts.mentors[n - 1], "mentees": counts.mentees[n - 1] }))
        .collect();
    Ok(Json(json!({ "programme": ProgrammeJson::from(p), "steps": steps })))
}
