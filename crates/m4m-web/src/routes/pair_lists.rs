//! A programme's pairs and their peer sessions as its coordinators look
//! for them (steps 6 to 10). Pairs: every pair in every state, searched by
//! either member's name, e-mail or phone, filtered by status, in the order
//! asked. Sessions: those of a period (the last 30 days and what is
//! planned, unless asked otherwise), with their hours in all. Both a page
//! at a time with the total. The programme page shows the open pairs;
//! these lists are where a coordinator of a large programme finds any one.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use m4m_domain::pairing::PairStatus;
use m4m_domain::participant::search_terms;
use m4m_domain::peer_session::SessionStatus;
use m4m_domain::permission::Action;
use m4m_domain::programme::parse_date;
use m4m_store::pairing::{PairLine, PairSort, PairsQuery};
use m4m_store::peer_sessions::{SessionLine, SessionsQuery};
use serde::Deserialize;

use crate::AppState;
use crate::access::programme_for;
use crate::context::SignedIn;
use crate::error::AppError;
use crate::i18n::{Arg, Tr};
use crate::kit::form::{Choice, choices};
use crate::kit::pager::{Pager, start};
use crate::kit::paths::pair_page;
use crate::kit::routing::{Routes, get};
use crate::pages::{Chrome, render};

/// The routes of the lists of pairs.
pub fn router() -> Routes {
    Routes::new().route("/programmes/{id}/pairs", get(pairs)).route("/programmes/{id}/sessions", get(sessions))
}

/// Pairs to a page.
const PAGE: usize = 50;

/// The search, filter, order and page of a list of pairs, as sent.
#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct PairsParams {
    q: String,
    /// `open`, `closed` or one status; empty: every pair.
    status: String,
    /// `newest` or `newcomer`; empty: oldest first.
    sort: String,
    /// From 1.
    page: String,
}

impl PairsParams {
    fn query(&self) -> PairsQuery {
        let statuses = match self.status.as_str() {
            "open" => PairStatus::OPEN.to_vec(),
            "closed" => PairStatus::CLOSED.to_vec(),
            s => PairStatus::parse(s).into_iter().collect(),
        };
        let sort = match self.sort.as_str() {
            "newest" => PairSort::Newest,
            "newcomer" => PairSort::Newcomer,
            _ => PairSort::Oldest,
        };
        PairsQuery { terms: search_terms(&self.q), statuses, sort, limit: PAGE as i64, ..PairsQuery::default() }
    }

    /// This list's address at another page.
    fn link(&self, programme: i64, page: usize) -> String {
        let mut query: Vec<(&str, String)> = [("q", &self.q), ("status", &self.status), ("sort", &self.sort)]
            .into_iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(k, v)| (k, v.clone()))
            .collect();
        if page > 1 {
            query.push(("page", page.to_string()));
        }
        let query = serde_urlencoded::to_string(&query).unwrap_or_default();
        if query.is_empty() {
            format!("/programmes/{programme}/pairs")
        } else {
            format!("/programmes/{programme}/pairs?{query}")
        }
    }
}

/// A pair as a line of the list.
struct Line {
    link: String,
    mentee: String,
    mentor: String,
    status: String,
    /// The day it started, else the day it was proposed.
    since: String,
    /// "4 sessions, the last on 2026-11-20".
    sessions: String,
}

#[derive(Template)]
#[template(path = "pairs.html")]
struct PairsPage {
    c: Chrome,
    programme: i64,
    q: String,
    statuses: Vec<Choice>,
    sorts: Vec<Choice>,
    rows: Vec<Line>,
    /// "1,204 pairs" or "Pairs 51–100 of 1,204".
    summary: String,
    pager: Option<Pager>,
    filtered: bool,
}

fn line(tr: &Tr, p: PairLine) -> Line {
    let since = p.started_on.clone().unwrap_or_else(|| tr.date_of(p.created_at));
    let sessions = match p.last_held {
        Some(at) if p.sessions_held > 0 => tr
            .args("pairs-sessions-last", &[("count", Arg::Num(p.sessions_held)), ("date", Arg::Text(&tr.date_of(at)))]),
        _ => tr.n("pairs-sessions", p.sessions_held),
    };
    Line {
        link: pair_page(p.id, p.status),
        mentee: p.mentee,
        mentor: p.mentor,
        status: tr.t(&format!("pair-status-{}", p.status.as_str())),
        since,
        sessions,
    }
}

/// `GET /programmes/{id}/pairs`: for the programme's coordinators.
pub async fn pairs(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    Query(params): Query<PairsParams>,
) -> Result<Response, AppError> {
    let programme = programme_for(&app, &user, id, Action::ManageParticipant).await?;
    let tr = ctx.tr;
    let wanted = params.query();
    let first = app.store.pairs_page(programme.id, &wanted).await?;
    let total = first.total.max(0) as usize;
    let from = start(params.page.parse().unwrap_or(1), total, PAGE);
    let page = if from == 0 {
        first
    } else {
        app.store.pairs_page(programme.id, &PairsQuery { offset: from as i64, ..wanted.clone() }).await?
    };
    let rows: Vec<Line> = page.rows.into_iter().map(|p| line(&tr, p)).collect();
    let pager = Pager::of(&tr, "pairs-pager", (from, rows.len(), total, PAGE), |n| params.link(programme.id, n));
    let statuses = [("open".to_owned(), tr.t("pairs-filter-open")), ("closed".to_owned(), tr.t("pairs-filter-closed"))]
        .into_iter()
        .chain(PairStatus::ALL.iter().map(|s| (s.as_str().to_owned(), tr.t(&format!("pair-status-{}", s.as_str())))))
        .collect();
    let sorts =
        vec![("newest".to_owned(), tr.t("pairs-sort-newest")), ("newcomer".to_owned(), tr.t("pairs-sort-newcomer"))];
    let title = tr.args("pairs-title", &[("programme", Arg::User(programme.name_in(tr.lang.code)))]);
    Ok(render(&PairsPage {
        c: Chrome::new(&ctx, title),
        programme: programme.id,
        q: params.q.clone(),
        statuses: choices(tr.t("pairs-filter-any-status"), statuses, &params.status),
        sorts: choices(tr.t("pairs-sort-oldest"), sorts, &params.sort),
        summary: tr.n("pairs-total", total as i64),
        filtered: !wanted.terms.is_empty() || !wanted.statuses.is_empty(),
        rows,
        pager,
    })?
    .into_response())
}

/// The search, status, period and page of a list of sessions, as sent.
#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct SessionsParams {
    q: String,
    /// `planned` or `held`; empty: both.
    status: String,
    /// The first and last day (`yyyy-mm-dd`, in the organisation's time
    /// zone); both empty: the last 30 days and everything planned.
    from: String,
    to: String,
    page: String,
}

impl SessionsParams {
    fn link(&self, programme: i64, page: usize) -> String {
        let mut query: Vec<(&str, String)> =
            [("q", &self.q), ("status", &self.status), ("from", &self.from), ("to", &self.to)]
                .into_iter()
                .filter(|(_, v)| !v.is_empty())
                .map(|(k, v)| (k, v.clone()))
                .collect();
        if page > 1 {
            query.push(("page", page.to_string()));
        }
        let query = serde_urlencoded::to_string(&query).unwrap_or_default();
        if query.is_empty() {
            format!("/programmes/{programme}/sessions")
        } else {
            format!("/programmes/{programme}/sessions?{query}")
        }
    }
}

/// A session as a line of the list.
struct SessionRow {
    link: String,
    when: String,
    mentee: String,
    mentor: String,
    /// "90 minutes, in person".
    how: String,
    /// "Held, confirmed", "Planned".
    status: String,
}

#[derive(Template)]
#[template(path = "sessions.html")]
struct SessionsPage {
    c: Chrome,
    programme: i64,
    q: String,
    statuses: Vec<Choice>,
    from: String,
    to: String,
    /// What is wrong with a date typed, next to its field.
    from_error: Option<String>,
    to_error: Option<String>,
    rows: Vec<SessionRow>,
    /// "312 sessions, 406 hours in all".
    summary: String,
    pager: Option<Pager>,
    filtered: bool,
}

fn session_row(tr: &Tr, s: SessionLine) -> SessionRow {
    let minutes = tr.n("session-minutes", s.duration_minutes);
    let mode = tr.t(&format!("session-mode-{}", s.mode));
    let status = match (s.status, s.confirmed) {
        (SessionStatus::Planned, _) => tr.t("sessions-planned"),
        (SessionStatus::Held, true) => tr.t("sessions-held-confirmed"),
        (SessionStatus::Held, false) => tr.t("sessions-held"),
    };
    SessionRow {
        link: pair_page(s.pair_id, s.pair_status),
        when: tr.when(s.starts_at),
        mentee: s.mentee,
        mentor: s.mentor,
        how: tr.args("sessions-how", &[("minutes", Arg::Text(&minutes)), ("mode", Arg::Text(&mode))]),
        status,
    }
}

/// `GET /programmes/{id}/sessions`: for the programme's coordinators. A
/// date that is not one is a 400 with the page and what to fix.
pub async fn sessions(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    Query(params): Query<SessionsParams>,
) -> Result<Response, AppError> {
    let programme = programme_for(&app, &user, id, Action::ManageParticipant).await?;
    let tr = ctx.tr;
    let day = |raw: &str| -> Result<Option<i64>, String> {
        if raw.trim().is_empty() {
            return Ok(None);
        }
        let date = parse_date("date", raw).map_err(|e| tr.t(e.key))?;
        Ok(Some(tr.zone.unix(date.midnight())))
    };
    let (from, to) = (day(&params.from), day(&params.to));
    let (from_error, to_error) = (from.clone().err(), to.clone().err());
    let (from, to) = (from.unwrap_or(None), to.unwrap_or(None));
    let period_given = !params.from.trim().is_empty() || !params.to.trim().is_empty();
    let from = if period_given { from } else { Some(tr.zone.unix(tr.today().midnight()) - 30 * 86_400) };
    let wanted = SessionsQuery {
        terms: search_terms(&params.q),
        status: SessionStatus::parse(&params.status),
        from,
        // The last day is included.
        to: to.map(|t| t + 86_400),
        offset: 0,
        limit: PAGE as i64,
    };
    let first = app.store.sessions_page(programme.id, &wanted).await?;
    let total = first.total.max(0) as usize;
    let from_row = start(params.page.parse().unwrap_or(1), total, PAGE);
    let page = if from_row == 0 {
        first
    } else {
        app.store.sessions_page(programme.id, &SessionsQuery { offset: from_row as i64, ..wanted.clone() }).await?
    };
    let hours = page.minutes / 60;
    let summary = tr.args("sessions-total", &[("count", Arg::Num(page.total)), ("hours", Arg::Num(hours))]);
    let rows: Vec<SessionRow> = page.rows.into_iter().map(|s| session_row(&tr, s)).collect();
    let pager = Pager::of(&tr, "sessions-pager", (from_row, rows.len(), total, PAGE), |n| params.link(programme.id, n));
    let statuses = vec![("planned".to_owned(), tr.t("sessions-planned")), ("held".to_owned(), tr.t("sessions-held"))];
    let title = tr.args("sessions-title", &[("programme", Arg::User(programme.name_in(tr.lang.code)))]);
    let invalid = from_error.is_some() || to_error.is_some();
    let page = SessionsPage {
        c: Chrome::new(&ctx, title),
        programme: programme.id,
        q: params.q.clone(),
        statuses: choices(tr.t("sessions-any-status"), statuses, &params.status),
        // The period shown, so that the default one can be read and changed.
        from: if period_given { params.from.clone() } else { from.map(|f| tr.date_of(f)).unwrap_or_default() },
        to: params.to.clone(),
        from_error,
        to_error,
        summary,
        filtered: !wanted.terms.is_empty() || wanted.status.is_some() || period_given,
        rows,
        pager,
    };
    let status = if invalid { StatusCode::BAD_REQUEST } else { StatusCode::OK };
    Ok((status, render(&page)?).into_response())
}
