//! Progress recorded by the trainer, for every learner of a module at
//! once: a capsule gone through, attendance at a face-to-face session
//! (within its capacity), a quiz's score.

use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use m4m_domain::Validation;
use m4m_domain::training::{ModuleKind, Progress};

use super::modules::module_view;
use super::{own_module, progress_in};
use crate::AppState;
use crate::context::SignedIn;
use crate::error::AppError;
use crate::kit::form::Values;
use crate::kit::routing::{Routes, post};

/// The routes of progress.
pub fn router() -> Routes {
    Routes::new().route("/training/modules/{id}", post(record))
}

/// `POST /training/modules/{id}`: progress of every learner at once
/// (`p_<enrolment>` = status, or `score_<enrolment>` for a quiz).
async fn record(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (m, c) = own_module(&app, &user, id).await?;
    let enrolments = app.store.enrolments(c.id).await?;
    let mut changes: Vec<(i64, Progress)> = Vec::new();
    let mut errors = Validation::default();
    for e in &enrolments {
        let status = fields.iter().find(|(k, _)| *k == format!("p_{}", e.id)).map(|(_, v)| v.as_str());
        let score = fields.iter().find(|(k, _)| *k == format!("score_{}", e.id)).map(|(_, v)| v.trim());
        let progress = match (m.kind, status, score) {
            (ModuleKind::Quiz, _, Some("")) | (ModuleKind::Quiz, _, None) => continue,
            (ModuleKind::Quiz, _, Some(s)) => match s.parse::<u8>() {
                Ok(s) if s <= 100 => {
                    if i64::from(s) >= m.pass_mark {
                        Progress::Passed(s)
                    } else {
                        Progress::Failed(s)
                    }
                }
                _ => {
                    errors.add("score", "error-count-invalid");
                    continue;
                }
            },
            (_, Some(s), _) => match s {
                "done" if m.kind == ModuleKind::Capsule => Progress::Done,
                "attended" if m.kind == ModuleKind::Session => Progress::Attended,
                "absent" if m.kind == ModuleKind::Session => Progress::Absent,
                "not_started" => Progress::NotStarted,
                _ => {
                    errors.add("status", "error-choice-invalid");
                    continue;
                }
            },
            _ => continue,
        };
        if progress != progress_in(e, m.id) {
            changes.push((e.id, progress));
        }
    }
    let attended = enrolments
        .iter()
        .filter(|e| {
            changes.iter().find(|(id, _)| *id == e.id).map_or(progress_in(e, m.id), |(_, p)| *p) == Progress::Attended
        })
        .count() as i64;
    if m.capacity.is_some_and(|cap| attended > cap) {
        errors.add("status", "module-too-many");
    }
    if let Some(first) = errors.0.first() {
        // The progress chosen is given back, unsaved.
        let sent = Values(fields);
        let page = module_view(&app, &ctx, &m, &c, (Some(ctx.tr.t(first.key)), &sent), None).await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    for (enrolment, progress) in changes {
        app.store.record_progress(Some(user.id), enrolment, m.id, progress).await?;
    }
    Ok(Redirect::to(&format!("/training/{}?done=recorded", c.id)).into_response())
}
