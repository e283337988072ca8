//! Enrolment: the buddies and staff accounts a trainer adds to a course,
//! as one cohort.

use axum::Form;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use m4m_domain::participant::Kind;
use m4m_store::training::Learner;

use super::own_course;
use crate::AppState;
use crate::context::SignedIn;
use crate::error::AppError;
use crate::kit::routing::{Routes, post};

/// The routes of enrolment.
pub fn router() -> Routes {
    Routes::new().route("/training/{id}/enrol", post(enrol))
}

/// `POST /training/{id}/enrol`: the ticked buddies and staff accounts join
/// the course, as one cohort.
async fn enrol(
    State(app): State<AppState>,
    SignedIn(_, user): SignedIn,
    Path(id): Path<i64>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let c = own_course(&app, &user, id).await?;
    let cohort = fields.iter().find(|(k, _)| k == "cohort").map_or("", |(_, v)| v.as_str()).trim();
    let cohort: String = cohort.chars().filter(|ch| !ch.is_control()).take(80).collect();
    let mut chosen = Vec::new();
    for (_, v) in fields.iter().filter(|(k, _)| k == "participant") {
        let pid: i64 = v.parse().map_err(|_| AppError::BadRequest("error-choice-invalid"))?;
        let p = app.store.participant(pid).await?.ok_or(AppError::BadRequest("error-choice-invalid"))?;
        // Only the organisation's own buddies.
        if p.organisation_id != c.organisation_id || p.kind != Kind::Mentor {
            return Err(AppError::BadRequest("error-choice-invalid"));
        }
        chosen.push(Learner::Participant(pid));
    }
    if fields.iter().any(|(k, _)| k == "user") {
        let staff = app.store.staff_learners(c.organisation_id).await?;
        for (_, v) in fields.iter().filter(|(k, _)| k == "user") {
            let uid: i64 = v.parse().map_err(|_| AppError::BadRequest("error-choice-invalid"))?;
            // Only the organisation's own staff, without a participant record.
            if !staff.iter().any(|s| s.user_id == uid) {
                return Err(AppError::BadRequest("error-choice-invalid"));
            }
            chosen.push(Learner::User(uid));
        }
    }
    app.store.enrol(user.id, c.id, &chosen, &cohort).await?;
    Ok(Redirect::to(&format!("/training/{}?done=enrolled", c.id)).into_response())
}
