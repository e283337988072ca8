//! What needs a coordinator today (step 9): pairs at risk, each with its
//! reasons, and what waits on someone — each a link to the thing to do.
//! The coordinator's home shows the first few of each list; `/attention`
//! shows them all.

use askama::Template;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use m4m_domain::attention::{Risk, risks};
use m4m_domain::permission::Action;
use m4m_store::attention::Waiting;

use crate::AppState;
use crate::context::SignedIn;
use crate::error::AppError;
use crate::fmt;
use crate::i18n::{Arg, Tr};
use crate::kit::routing::{Routes, get};
use crate::pages::{Chrome, render};

/// The routes of the attention list.
pub fn router() -> Routes {
    Routes::new().route("/attention", get(page))
}

/// One thing to do: where, about whom, why.
pub struct Item {
    pub link: String,
    pub pair: String,
    pub programme: String,
    pub reasons: Vec<String>,
}

/// The lists, cut at `limit` items each (with their full length).
pub struct Needs {
    pub at_risk: Vec<Item>,
    pub at_risk_total: usize,
    pub waiting: Vec<Item>,
    pub waiting_total: usize,
}

impl Needs {
    pub fn is_empty(&self) -> bool {
        self.at_risk_total == 0 && self.waiting_total == 0
    }

    /// Whether a list was cut.
    pub fn cut(&self) -> bool {
        self.at_risk.len() < self.at_risk_total || self.waiting.len() < self.waiting_total
    }
}

fn risk_text(tr: &Tr, r: Risk) -> String {
    match r {
        Risk::UrgentConcern => tr.t(r.key()),
        Risk::OpenConcern(n) => tr.n(r.key(), n),
        Risk::NoSession(days) => tr.args(r.key(), &[("days", Arg::Num(days))]),
        Risk::LowSatisfaction(n) => tr.args(r.key(), &[("score", Arg::Num(n))]),
        Risk::MissedCheckin(d) => tr.args(r.key(), &[("date", Arg::Text(&tr.date(d)))]),
        Risk::FirstMeetingOverdue(d) | Risk::AgreementEnds(d) => tr.args(r.key(), &[("date", Arg::Text(&tr.date(d)))]),
    }
}

fn pair_name(tr: &Tr, mentor: &str, mentee: &str) -> String {
    tr.args(
        "pair-title-staff",
        &[("buddy", Arg::Text(&fmt::first_name(tr, mentor))), ("newcomer", Arg::Text(&fmt::first_name(tr, mentee)))],
    )
}

/// What needs the coordinator of `organisations` today.
pub async fn needs(app: &AppState, tr: &Tr, organisations: &[i64], limit: usize) -> Result<Needs, AppError> {
    // Pairs' dates are stored as UTC days: today is counted the same way.
    let today = time::OffsetDateTime::now_utc().date();
    let watched = app.store.pairs_to_watch(organisations).await?;
    // Staff contacts due: the coordinator's own part of what waits.
    let contacts_due: Vec<Item> = watched
        .iter()
        .filter(|w| w.contact_overdue)
        .map(|w| Item {
            link: format!("/pairs/{}#contacts", w.pair_id),
            pair: pair_name(tr, &w.mentor_first, &w.mentee_first),
            programme: w.programme_name.clone(),
            reasons: vec![tr.t("waiting-contact")],
        })
        .collect();
    let mut at_risk: Vec<(Vec<Risk>, Item)> = watched
        .into_iter()
        .filter_map(|w| {
            let found = risks(&w.facts, w.thresholds, today);
            (!found.is_empty()).then(|| {
                let item = Item {
                    link: format!("/pairs/{}", w.pair_id),
                    pair: pair_name(tr, &w.mentor_first, &w.mentee_first),
                    programme: w.programme_name,
                    reasons: found.iter().map(|r| risk_text(tr, *r)).collect(),
                };
                (found, item)
            })
        })
        .collect();
    // The most pressing reason first; the list stays in that order.
    at_risk.sort_by(|a, b| a.0.cmp(&b.0));
    let waiting: Vec<Item> = app
        .store
        .waiting_on_someone(organisations)
        .await?
        .into_iter()
        .map(|(id, programme, mentor, mentee, what)| {
            let (link, reason) = match what {
                Waiting::Answer => (format!("/pairs/{id}/setup"), tr.t("waiting-answer")),
                Waiting::Signature => (format!("/pairs/{id}/setup"), tr.t("waiting-signature")),
                Waiting::Confirmation(n) => (format!("/pairs/{id}"), tr.n("waiting-confirmation", n)),
            };
            Item { link, pair: pair_name(tr, &mentor, &mentee), programme, reasons: vec![reason] }
        })
        .chain(contacts_due)
        .collect();
    let (at_risk_total, waiting_total) = (at_risk.len(), waiting.len());
    Ok(Needs {
        at_risk: at_risk.into_iter().take(limit).map(|(_, i)| i).collect(),
        at_risk_total,
        waiting: waiting.into_iter().take(limit).collect(),
        waiting_total,
    })
}

#[derive(Template)]
#[template(path = "attention.html")]
struct AttentionPage {
    c: Chrome,
    needs: Needs,
}

/// `GET /attention`: every pair at risk and everything waiting, for the
/// coordinators.
async fn page(State(app): State<AppState>, SignedIn(ctx, user): SignedIn) -> Result<Response, AppError> {
    let orgs = user.actor.organisations_for(Action::ManageProgramme).unwrap_or_default();
    if orgs.is_empty() {
        return Err(AppError::Forbidden);
    }
    let needs = needs(&app, &ctx.tr, &orgs, usize::MAX).await?;
    Ok(render(&AttentionPage { c: Chrome::new(&ctx, ctx.tr.t("attention-title")), needs })?.into_response())
}
