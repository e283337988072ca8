//! Certificates: a completed course with its learning hours, for the
//! learner and the course's staff.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use m4m_domain::permission::{Action, Target};
use m4m_store::training::Module;

use super::{localised, progress_in};
use crate::AppState;
use crate::context::SignedIn;
use crate::error::AppError;
use crate::i18n::Arg;
use crate::kit::routing::{Routes, get};
use crate::pages::{Chrome, render};

/// The routes of certificates.
pub fn router() -> Routes {
    Routes::new().route("/certificates/{id}", get(certificate))
}

/// Minutes as hours with one decimal, halves rounded up (195 min: 3.3).
fn hours(minutes: i64) -> String {
    let tenths = (minutes * 10 + 30).div_euclid(60);
    format!("{}.{}", tenths / 10, tenths % 10)
}

#[derive(Template)]
#[template(path = "certificate.html")]
struct Certificate {
    c: Chrome,
    text: String,
    modules: Vec<String>,
}

/// `GET /certificates/{enrolment}`: for the learner and the staff of the
/// course, once the course is completed.
async fn certificate(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let e = app.store.enrolment(id).await?.ok_or(AppError::NotFound)?;
    let course = app.store.course(e.course_id).await?.ok_or(AppError::NotFound)?;
    let own = e.user_id == Some(user.id);
    let staff = user.actor.can(Action::ManageTraining, Target::organisation(course.organisation_id));
    let Some(completed) = e.completed_at.filter(|_| own || staff) else {
        return Err(AppError::NotFound);
    };
    let modules = app.store.modules(course.id).await?;
    let done: Vec<&Module> = modules.iter().filter(|m| progress_in(&e, m.id).completed()).collect();
    let minutes: i64 = done.iter().map(|m| m.minutes).sum();
    let hours = hours(minutes);
    let name = e.name.clone();
    let date = ctx.tr.date_of(completed);
    let text = ctx.tr.html(
        "certificate-text",
        &[
            ("name", Arg::User(&name)),
            ("course", Arg::User(&course.title)),
            // A whole number selects its plural form ("1 hour").
            ("hours", hours.parse::<i64>().map_or(Arg::Text(&hours), Arg::Num)),
            ("date", Arg::User(&date)),
        ],
    );
    // The modules under their titles in the reader's language.
    let mut titles = Vec::with_capacity(done.len());
    for m in done {
        titles.push(localised(m, &app.store.module_texts(m.id).await?, ctx.tr.lang.code).0);
    }
    Ok(render(&Certificate { c: Chrome::new(&ctx, ctx.tr.t("certificate-title")), text, modules: titles })?
        .into_response())
}

#[cfg(test)]
mod tests {
    #[test]
    fn learning_time_reads_in_hours() {
        assert_eq!(super::hours(230), "3.8");
        assert_eq!(super::hours(195), "3.3");
        assert_eq!(super::hours(150), "2.5");
        assert_eq!(super::hours(0), "0.0");
    }
}
