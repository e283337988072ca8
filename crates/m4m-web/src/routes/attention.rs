//! What needs a coordinator today (step 9): pairs at risk, each with its
//! reasons, and what waits on someone — each a link to the thing to do.
//! The coordinator's home shows the first ten of each list; `/attention`
//! shows them all, a hundred to a page, saying which and how many.

use askama::Template;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use m4m_domain::attention::Risk;
use m4m_domain::permission::Action;
use m4m_store::attention::{PairTitle, Waiting};

use crate::AppState;
use crate::context::SignedIn;
use crate::error::AppError;
use crate::fmt;
use crate::i18n::{Arg, Tr};
use crate::kit::pager::{Pager, start};
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

/// The lists, one page of each (with their full length and where the
/// page starts, 0-based).
pub struct Needs {
    pub at_risk: Vec<Item>,
    pub at_risk_total: usize,
    pub at_risk_from: usize,
    pub waiting: Vec<Item>,
    pub waiting_total: usize,
    pub waiting_from: usize,
    /// The page size.
    pub size: usize,
}

/// Which page of each list to show (1-based).
#[derive(Debug, Clone, Copy, serde::Deserialize)]
#[serde(default)]
pub struct Pages {
    pub risk: usize,
    pub wait: usize,
}

impl Default for Pages {
    fn default() -> Pages {
        Pages { risk: 1, wait: 1 }
    }
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

/// What needs the coordinator of `organisations` today: `size` items of
/// each list, at the `pages` asked, as the store keeps them judged by the
/// domain's rules; only the items shown are named and put into words.
pub async fn needs(
    app: &AppState,
    tr: &Tr,
    organisations: &[i64],
    size: usize,
    pages: Pages,
) -> Result<Needs, AppError> {
    let counts = app.store.attention_counts(organisations).await?;
    let (at_risk_total, waiting_total) = (counts.at_risk, counts.waiting_total());
    let (at_risk_from, waiting_from) = (start(pages.risk, at_risk_total, size), start(pages.wait, waiting_total, size));
    let page = app.store.attention_page(organisations, counts, at_risk_from, waiting_from, size).await?;
    let item = |link: String, reasons: Vec<String>, t: &PairTitle| Item {
        link,
        pair: pair_name(tr, &t.mentor_first, &t.mentee_first),
        programme: t.programme_name.clone(),
        reasons,
    };
    Ok(Needs {
        at_risk: page
            .at_risk
            .iter()
            .map(|(id, found, t)| item(format!("/pairs/{id}"), found.iter().map(|r| risk_text(tr, *r)).collect(), t))
            .collect(),
        at_risk_total,
        at_risk_from,
        waiting: page
            .waiting
            .iter()
            .map(|(id, what, t)| {
                let (link, reason) = match what {
                    Waiting::Answer => (format!("/pairs/{id}/setup"), tr.t("waiting-answer")),
                    Waiting::Signature => (format!("/pairs/{id}/setup"), tr.t("waiting-signature")),
                    Waiting::Confirmation(n) => (format!("/pairs/{id}"), tr.n("waiting-confirmation", *n)),
                    Waiting::Contact => (format!("/pairs/{id}#contacts"), tr.t("waiting-contact")),
                };
                item(link, vec![reason], t)
            })
            .collect(),
        waiting_total,
        waiting_from,
        size,
    })
}

#[derive(Template)]
#[template(path = "attention.html")]
struct AttentionPage {
    c: Chrome,
    needs: Needs,
    pagers: Vec<Pager>,
}

/// A page of the whole list.
const PAGE: usize = 100;

/// `GET /attention`: every pair at risk and everything waiting, for the
/// coordinators.
async fn page(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Query(pages): Query<Pages>,
) -> Result<Response, AppError> {
    let orgs = user.actor.organisations_for(Action::ManageProgramme).unwrap_or_default();
    if orgs.is_empty() {
        return Err(AppError::Forbidden);
    }
    let tr = &ctx.tr;
    let needs = needs(&app, tr, &orgs, PAGE, pages).await?;
    let link = |risk: usize, wait: usize| format!("/attention?risk={risk}&wait={wait}");
    let pagers = [
        Pager::of(
            tr,
            "attention-pager-risk",
            (needs.at_risk_from, needs.at_risk.len(), needs.at_risk_total, needs.size),
            |p| link(p, pages.wait),
        ),
        Pager::of(
            tr,
            "attention-pager-wait",
            (needs.waiting_from, needs.waiting.len(), needs.waiting_total, needs.size),
            |p| link(pages.risk, p),
        ),
    ]
    .into_iter()
    .flatten()
    .collect();
    Ok(render(&AttentionPage { c: Chrome::new(&ctx, tr.t("attention-title")), needs, pagers })?.into_response())
}
