//! The right to erasure and retention periods: a coordinator erases a
//! person's record on request, after a confirmation page that says what
//! will go; coordinators (for their organisation) and administrators (for
//! any) set how long closed records are kept; coordinators review what
//! falls due in the next 30 days. The rule of what is erased and what is
//! kept lives in the store (`m4m_store::erasure`).

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Redirect, Response};
use m4m_domain::permission::{Action, Target};
use m4m_domain::retention;
use m4m_store::erasure::Reason;
use serde::Deserialize;

use crate::AppState;
use crate::access::participant_for;
use crate::context::SignedIn;
use crate::error::AppError;
use crate::i18n::Arg;
use crate::kit::labels::status_label;
use crate::kit::routing::{Routes, get};
use crate::pages::{Chrome, render};

/// The routes of erasure and retention.
pub fn router() -> Routes {
    Routes::new()
        .route("/people/{id}/erase", get(confirm).post(erase))
        .route("/retention", get(retention_page).post(set_retention))
}

#[derive(Template)]
#[template(path = "erase.html")]
struct ErasePage {
    c: Chrome,
    id: i64,
    programme_id: i64,
    /// What will go, one line each; empty once done.
    items: Vec<String>,
    done: bool,
}

/// `GET /people/{id}/erase`: what erasing the record removes, and the
/// button that does it.
async fn confirm(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, AppError> {
    let p = participant_for(&app, &user, id, Action::ErasePersonalData).await?;
    let preview = app.store.erasure_preview(p.id).await?.ok_or(AppError::NotFound)?;
    let tr = ctx.tr;
    let name = format!("{} {}", p.first_name, p.last_name).trim().to_owned();
    let mut items = vec![tr.args("erase-item-record", &[("name", Arg::Text(&name))])];
    // The notes are named only to those who may read them (today every
    // role that erases may).
    let notes_readable = user.actor.can(Action::ViewConfidentialNotes, Target::organisation(p.organisation_id));
    if notes_readable && !app.store.confidential_notes(p.id).await?.is_empty() {
        items.push(tr.t("erase-item-notes"));
    }
    let counted = [
        ("erase-item-consents", preview.consents),
        ("erase-item-reasons", preview.status_reasons),
        ("erase-item-answers", preview.responses),
        ("erase-item-goals", preview.goals),
        ("erase-item-pairs", preview.pairs),
        ("erase-item-sessions", preview.peer_sessions),
        ("erase-item-marks", preview.matching_marks),
        ("erase-item-invitations", preview.invitations),
        ("erase-item-messages", preview.messages),
    ];
    for (key, n) in counted.into_iter().filter(|(_, n)| *n > 0) {
        items.push(tr.args(key, &[("count", Arg::Num(n))]));
    }
    if let Some((_, email)) = &preview.account {
        items.push(tr.args("erase-item-account", &[("email", Arg::Text(email))]));
    } else if preview.account_kept {
        items.push(tr.t("erase-item-account-kept"));
    }
    app.store.audit(Some(user.id), "participant.read", &format!("participant:{}", p.id), "").await?;
    Ok(render(&ErasePage {
        c: Chrome::new(&ctx, tr.args("erase-title", &[("name", Arg::Text(&name))])),
        id: p.id,
        programme_id: p.programme_id,
        items,
        done: false,
    })?
    .into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct EraseForm {
    confirm: String,
}

/// `POST /people/{id}/erase`: erases the record (and its account when it
/// is only the person's), audited with ids only.
async fn erase(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    Form(f): Form<EraseForm>,
) -> Result<Response, AppError> {
    let p = participant_for(&app, &user, id, Action::ErasePersonalData).await?;
    if f.confirm != "yes" {
        return Err(AppError::BadRequest("erase-confirm-needed"));
    }
    app.store.erase_participant(Some(user.id), p.id, Reason::Request).await?.ok_or(AppError::NotFound)?;
    tracing::info!(participant = p.id, "a record was erased on request");
    Ok(render(&ErasePage {
        c: Chrome::new(&ctx, ctx.tr.t("erase-done-title")),
        id: p.id,
        programme_id: p.programme_id,
        items: Vec::new(),
        done: true,
    })?
    .into_response())
}

/// One record that falls due, as listed for review.
struct DueRow {
    id: i64,
    name: String,
    why: String,
    when: String,
}

/// One organisation's retention setting and, for its coordinators, what
/// falls due.
struct OrganisationRetention {
    id: i64,
    name: String,
    months: i64,
    period: String,
    due: Option<Vec<DueRow>>,
}

#[derive(Template)]
#[template(path = "retention.html")]
struct RetentionPage {
    c: Chrome,
    notice: Option<String>,
    organisations: Vec<OrganisationRetention>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Saved {
    saved: Option<String>,
}

/// `GET /retention`
async fn retention_page(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Query(q): Query<Saved>,
) -> Result<Response, AppError> {
    let scope = user.actor.organisations_for(Action::ManageRetention);
    if scope.as_ref().is_some_and(Vec::is_empty) {
        return Err(AppError::Forbidden);
    }
    let tr = ctx.tr;
    let until = m4m_store::now() + retention::REVIEW_DAYS * 86_400;
    let mut organisations = Vec::new();
    for o in app.store.organisations().await? {
        if !scope.as_ref().is_none_or(|ids| ids.contains(&o.id)) {
            continue;
        }
        let (months, default) = app.store.retention_months(o.id).await?;
        let period = tr.args(
            if default { "retention-period-default" } else { "retention-period" },
            &[("months", Arg::Num(months))],
        );
        // Names only for those who may see the organisation's people.
        let due = if user.actor.can(Action::ViewParticipant, Target::organisation(o.id)) {
            let rows = app.store.retention_due(Some(&[o.id]), until).await?;
            Some(
                rows.into_iter()
                    .map(|d| DueRow {
                        id: d.participant_id,
                        name: format!("{} {}", d.first_name, d.last_name).trim().to_owned(),
                        why: tr.args(
                            "retention-why",
                            &[
                                ("status", Arg::Text(&status_label(&tr, d.status))),
                                ("date", Arg::Text(&tr.date_of(d.last_activity))),
                            ],
                        ),
                        when: tr.date_of(d.due_at),
                    })
                    .collect(),
            )
        } else {
            None
        };
        organisations.push(OrganisationRetention { id: o.id, name: o.name, months, period, due });
    }
    Ok(render(&RetentionPage {
        c: Chrome::new(&ctx, tr.t("retention-title")),
        notice: q.saved.map(|_| tr.t("retention-saved")),
        organisations,
    })?
    .into_response())
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct RetentionForm {
    organisation: i64,
    months: String,
}

/// `POST /retention`: an organisation's retention period.
async fn set_retention(
    State(app): State<AppState>,
    SignedIn(_, user): SignedIn,
    Form(f): Form<RetentionForm>,
) -> Result<Response, AppError> {
    app.store.organisation(f.organisation).await?.ok_or(AppError::NotFound)?;
    if !user.actor.can(Action::ManageRetention, Target::organisation(f.organisation)) {
        return Err(AppError::NotFound);
    }
    let months = retention::parse_months(&f.months).map_err(|e| AppError::BadRequest(e.key))?;
    app.store.set_retention(user.id, f.organisation, months).await?;
    Ok(Redirect::to("/retention?saved=1").into_response())
}
