//! Consent after registration: each optional purpose (contact by SMS,
//! e-mail or phone, sharing with partners, use in the evaluation) can be
//! withdrawn — and given again — in one step, by the person themselves
//! (`/me/consents`) or by a coordinator at their request
//! (`/people/{id}/consents`). It takes effect at once: e-mail stops for
//! whoever withdrew it (reminders, proposals); staff see "do not call"
//! beside the phone number. Taking part is not withdrawn here: leaving the
//! programme is a move of status, which keeps the record's history.

use askama::Template;
use axum::extract::{Form, Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use m4m_domain::participant::Purpose;
use m4m_domain::permission::Action;
use serde::Deserialize;

use crate::AppState;
use crate::access::participant_for;
use crate::context::SignedIn;
use crate::error::AppError;
use crate::i18n::Arg;
use crate::kit::record::{PurposeRow, purpose_rows};
use crate::kit::routing::{Routes, get};
use crate::pages::{Chrome, render};

/// The routes of consent changes.
pub fn router() -> Routes {
    Routes::new()
        .route("/me/consents", get(mine).post(change_mine))
        .route("/people/{id}/consents", get(for_person).post(change_for_person))
}

/// One participant record's consents, with where the form goes.
struct RecordConsents {
    id: i64,
    programme: String,
    action: String,
    rows: Vec<PurposeRow>,
}

#[derive(Template)]
#[template(path = "consents.html")]
struct ConsentsPage {
    c: Chrome,
    notice: Option<String>,
    intro: String,
    /// The person's record page, for staff.
    back: Option<String>,
    records: Vec<RecordConsents>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Saved {
    saved: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Change {
    participant: i64,
    purpose: String,
    give: String,
}

fn optional_purpose(raw: &str) -> Result<Purpose, AppError> {
    match Purpose::parse(raw) {
        Some(Purpose::Participation) | None => Err(AppError::BadRequest("error-choice-invalid")),
        Some(p) => Ok(p),
    }
}

/// `GET /me/consents`: the person's own consents, one button each.
async fn mine(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Query(q): Query<Saved>,
) -> Result<Response, AppError> {
    let tr = ctx.tr;
    let mut records = Vec::new();
    for (id, _, _) in app.store.participants_of_user(user.id).await? {
        let Some(p) = app.store.participant(id).await? else { continue };
        let programme = app.store.programme(p.programme_id).await?.map(|g| g.name).unwrap_or_default();
        let consents = app.store.consents(id).await?;
        records.push(RecordConsents {
            id,
            programme,
            action: "/me/consents".into(),
            rows: purpose_rows(&tr, &consents),
        });
    }
    if records.is_empty() {
        return Err(AppError::NotFound);
    }
    let page = ConsentsPage {
        c: Chrome::new(&ctx, tr.t("consents-title")),
        notice: q.saved.map(|_| tr.t("consents-saved")),
        intro: tr.t("consents-intro"),
        back: None,
        records,
    };
    Ok(render(&page)?.into_response())
}

/// `POST /me/consents`: one purpose given or withdrawn, for one of the
/// person's own records.
async fn change_mine(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Form(f): Form<Change>,
) -> Result<Response, AppError> {
    let purpose = optional_purpose(&f.purpose)?;
    let own = app.store.participants_of_user(user.id).await?.iter().any(|(id, _, _)| *id == f.participant);
    if !own {
        return Err(AppError::NotFound);
    }
    app.store.set_consent(user.id, f.participant, purpose, f.give == "1", ctx.tr.lang.code).await?;
    Ok(Redirect::to("/me/consents?saved=1").into_response())
}

/// `GET /people/{id}/consents`: a coordinator changes a consent at the
/// person's request.
async fn for_person(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    Query(q): Query<Saved>,
) -> Result<Response, AppError> {
    let p = participant_for(&app, &user, id, Action::ManageParticipant).await?;
    let tr = ctx.tr;
    let consents = app.store.consents(p.id).await?;
    let programme = app.store.programme(p.programme_id).await?.map(|g| g.name).unwrap_or_default();
    let page = ConsentsPage {
        c: Chrome::new(&ctx, tr.args("consents-title-of", &[("name", Arg::Text(&p.first_name))])),
        notice: q.saved.map(|_| tr.t("consents-saved")),
        intro: tr.t("consents-intro-staff"),
        back: Some(format!("/people/{}", p.id)),
        records: vec![RecordConsents {
            id: p.id,
            programme,
            action: format!("/people/{}/consents", p.id),
            rows: purpose_rows(&tr, &consents),
        }],
    };
    Ok(render(&page)?.into_response())
}

/// `POST /people/{id}/consents`
async fn change_for_person(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    Form(f): Form<Change>,
) -> Result<Response, AppError> {
    let p = participant_for(&app, &user, id, Action::ManageParticipant).await?;
    let purpose = optional_purpose(&f.purpose)?;
    app.store.set_consent(user.id, p.id, purpose, f.give == "1", ctx.tr.lang.code).await?;
    Ok(Redirect::to(&format!("/people/{}/consents?saved=1", p.id)).into_response())
}
