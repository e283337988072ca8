//! The staff's contacts with a pair (step 9): the coordinators record a
//! call, a visit or a message; twice in the first month and monthly after
//! are expected, and an overdue one shows on their home.

use askama::Template;
use axum::extract::{Form, Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use m4m_domain::Validation;
use m4m_domain::contact::{KINDS, NewContact};
use m4m_domain::permission::{Action, Target};
use m4m_domain::programme::format_date;
use m4m_store::pairing::Pair;
use serde::Deserialize;

use crate::AppState;
use crate::context::{Ctx, CurrentUser, SignedIn};
use crate::error::AppError;
use crate::kit::form::{Choice, FieldErrors};
use crate::kit::routing::{Routes, get};
use crate::pages::{Chrome, render};
use crate::routes::sessions::pair_for;

/// The routes of staff contacts.
pub fn router() -> Routes {
    Routes::new().route("/pairs/{id}/contacts", get(show).post(record))
}

#[derive(Template)]
#[template(path = "contacts.html")]
struct ContactsPage {
    c: Chrome,
    id: i64,
    rows: Vec<[String; 4]>,
    kinds: Vec<Choice>,
    on: String,
    note: String,
    errors: FieldErrors,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct ContactForm {
    kind: String,
    on: String,
    note: String,
}

/// A pair the user records contacts with: its organisation's staff.
async fn staff_pair(app: &AppState, user: &CurrentUser, id: i64) -> Result<Pair, AppError> {
    let p = pair_for(app, user, id, Action::ViewPair).await?;
    if !user.actor.can(Action::ManageParticipant, Target::organisation(p.organisation_id)) {
        return Err(AppError::Forbidden);
    }
    Ok(p)
}

async fn page(
    app: &AppState,
    ctx: &Ctx,
    p: &Pair,
    f: &ContactForm,
    v: Option<&Validation>,
) -> Result<ContactsPage, AppError> {
    let tr = &ctx.tr;
    let rows = app
        .store
        .contacts_of_pair(p.id)
        .await?
        .into_iter()
        .map(|c| [c.on, tr.t(&format!("contact-kind-{}", c.kind)), c.by, c.note])
        .collect();
    Ok(ContactsPage {
        c: Chrome::new(ctx, tr.t("contacts-title")),
        id: p.id,
        rows,
        kinds: KINDS
            .iter()
            .map(|k| Choice {
                value: (*k).to_owned(),
                label: tr.t(&format!("contact-kind-{k}")),
                checked: f.kind == *k || (f.kind.is_empty() && *k == "call"),
            })
            .collect(),
        on: if f.on.is_empty() { format_date(tr.today()) } else { f.on.clone() },
        note: f.note.clone(),
        errors: FieldErrors::of(tr, v),
    })
}

/// `GET /pairs/{id}/contacts`
async fn show(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let p = staff_pair(&app, &user, id).await?;
    Ok(render(&page(&app, &ctx, &p, &ContactForm::default(), None).await?)?.into_response())
}

/// `POST /pairs/{id}/contacts`
async fn record(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    Form(f): Form<ContactForm>,
) -> Result<Response, AppError> {
    let p = staff_pair(&app, &user, id).await?;
    match NewContact::parse(&f.kind, &f.on, &f.note, ctx.tr.today()) {
        Ok(c) => {
            app.store.record_contact(user.id, p.id, &c).await?;
            Ok(Redirect::to(&format!("/pairs/{id}/contacts")).into_response())
        }
        Err(v) => {
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page(&app, &ctx, &p, &f, Some(&v)).await?)?).into_response())
        }
    }
}
