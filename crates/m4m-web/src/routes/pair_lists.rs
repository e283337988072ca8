//! A programme's pairs and their peer sessions as its coordinators look
//! for them (steps 6 to 10). Pairs: every pair in every state, searched by
//! either member's name, e-mail or phone, filtered by status, in the order
//! asked. Sessions: those of a period (the last 30 days and what is
//! planned, unless asked otherwise), with their hours in all. Both a page
//! at a time with the total. The programme page shows the open pairs;
//! these lists are where a coordinator of a large programme finds any one.
//! Each list downloads as a spreadsheet with its search and filters, every
//! row of it (not only the page), in the reader's language and separator,
//! or with stable codes for tools (`?codes=1`), as CSV or as a workbook
//! (`.xlsx`, typed cells: see [`crate::kit::workbook`]); every download is
//! audited.

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
use crate::context::{CurrentUser, SignedIn};
use crate::error::AppError;
use crate::i18n::{Arg, Tr};
use crate::kit::form::{Choice, choices};
use crate::kit::pager::{Pager, address, fetch_page};
use crate::kit::paths::pair_page;
use crate::kit::routing::{Routes, get};
use crate::kit::workbook::{self, Cell, Sheet};
use crate::pages::{Chrome, render};

/// The routes of the lists of pairs.
pub fn router() -> Routes {
    Routes::new()
        .route("/programmes/{id}/pairs", get(pairs))
        .route("/programmes/{id}/pairs.csv", get(export_pairs))
        .route("/programmes/{id}/pairs.xlsx", get(export_pairs_xlsx))
        .route("/programmes/{id}/sessions", get(sessions))
        .route("/programmes/{id}/sessions.csv", get(export_sessions))
        .route("/programmes/{id}/sessions.xlsx", get(export_sessions_xlsx))
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
    /// `1`: a spreadsheet for tools (stable codes and `,`).
    codes: String,
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

    /// This list's address at another page; page 0: its spreadsheet.
    fn link(&self, programme: i64, page: usize) -> String {
        let list = if page == 0 { "pairs.csv" } else { "pairs" };
        let params = [("q", self.q.as_str()), ("status", &self.status), ("sort", &self.sort)];
        address(&format!("/programmes/{programme}/{list}"), &params, page)
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
    /// This list as a spreadsheet.
    export: String,
    /// This list as a workbook.
    export_xlsx: String,
}

fn line(tr: &Tr, p: PairLine) -> Line {
    let since = p.started_on.as_deref().map_or_else(|| tr.date_of(p.created_at), |d| crate::fmt::date_text(tr, d));
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
    let store = &app.store;
    let (page, from) = fetch_page(params.page.parse().unwrap_or(1), PAGE, |offset| {
        let wanted = PairsQuery { offset, ..wanted.clone() };
        async move { store.pairs_page(programme.id, &wanted).await }
    })
    .await?;
    let total = page.total.max(0) as usize;
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
        export: params.link(programme.id, 0),
        export_xlsx: params.link(programme.id, 0).replacen(".csv", ".xlsx", 1),
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
    /// `1`: a spreadsheet for tools (stable codes and `,`).
    codes: String,
}

impl SessionsParams {
    fn period_given(&self) -> bool {
        !self.from.trim().is_empty() || !self.to.trim().is_empty()
    }

    /// The sessions these parameters ask for, `limit` of them, and what
    /// is wrong with the first and the last day typed, if anything (a
    /// wrong day is left out of the query).
    fn query(&self, tr: &Tr, limit: i64) -> (SessionsQuery, Option<String>, Option<String>) {
        let day = |raw: &str| -> Result<Option<i64>, String> {
            if raw.trim().is_empty() {
                return Ok(None);
            }
            let date = parse_date("date", raw).map_err(|e| tr.t(e.key))?;
            Ok(Some(tr.zone.unix(date.midnight())))
        };
        let (from, to) = (day(&self.from), day(&self.to));
        let (from_error, to_error) = (from.clone().err(), to.clone().err());
        let (from, to) = (from.unwrap_or(None), to.unwrap_or(None));
        let from = if self.period_given() { from } else { Some(tr.zone.unix(tr.today().midnight()) - 30 * 86_400) };
        let query = SessionsQuery {
            terms: search_terms(&self.q),
            status: SessionStatus::parse(&self.status),
            from,
            // The last day is included.
            to: to.map(|t| t + 86_400),
            offset: 0,
            limit,
        };
        (query, from_error, to_error)
    }

    /// This list's address at another page; page 0: its spreadsheet.
    fn link(&self, programme: i64, page: usize) -> String {
        let list = if page == 0 { "sessions.csv" } else { "sessions" };
        let params = [("q", self.q.as_str()), ("status", &self.status), ("from", &self.from), ("to", &self.to)];
        address(&format!("/programmes/{programme}/{list}"), &params, page)
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
    /// This list as a spreadsheet.
    export: String,
    /// This list as a workbook.
    export_xlsx: String,
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
    let (wanted, from_error, to_error) = params.query(&tr, PAGE as i64);
    let period_given = params.period_given();
    let from = wanted.from;
    let store = &app.store;
    let (page, from_row) = fetch_page(params.page.parse().unwrap_or(1), PAGE, |offset| {
        let wanted = SessionsQuery { offset, ..wanted.clone() };
        async move { store.sessions_page(programme.id, &wanted).await }
    })
    .await?;
    let total = page.total.max(0) as usize;
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
        from: if period_given { params.from.clone() } else { from.map(|f| tr.iso_date_of(f)).unwrap_or_default() },
        to: params.to.clone(),
        from_error,
        to_error,
        summary,
        filtered: !wanted.terms.is_empty() || wanted.status.is_some() || period_given,
        export: params.link(programme.id, 0),
        export_xlsx: params.link(programme.id, 0).replacen(".csv", ".xlsx", 1),
        rows,
        pager,
    };
    let status = if invalid { StatusCode::BAD_REQUEST } else { StatusCode::OK };
    Ok((status, render(&page)?).into_response())
}

/// Whether a spreadsheet is asked for tools: stable codes, `,`.
fn for_tools(codes: &str) -> bool {
    codes == "1"
}

/// A spreadsheet of a list, audited as `action` (`_xlsx` added for a
/// workbook): translated headings (message `prefix` + code) and, in CSV,
/// the reader's separator; or the codes (and `,`) for tools.
#[allow(clippy::too_many_arguments)]
async fn spreadsheet(
    app: &AppState,
    (user, programme): (i64, i64),
    tr: Tr,
    (action, name): (&str, &str),
    (prefix, columns): (&str, &[&str]),
    rows: Vec<Vec<Cell>>,
    tools: bool,
    sheet: Sheet,
) -> Result<Response, AppError> {
    let action = if sheet == Sheet::Xlsx { format!("{action}_xlsx") } else { action.to_owned() };
    let subject = format!("programme:{programme}");
    app.store.audit(Some(user), &action, &subject, &rows.len().to_string()).await?;
    let file = format!("m4m-programme-{programme}-{name}");
    workbook::list_download(tr, &file, sheet, (prefix, columns), rows, tools).await
}

/// The columns of the pairs' spreadsheet.
const PAIR_COLUMNS: [&str; 10] =
    ["pair", "newcomer", "buddy", "status", "proposed", "started", "closed", "sessions", "hours", "last-session"];

/// Hours from minutes, two decimals.
fn hours(minutes: i64) -> Cell {
    Cell::Decimal(minutes as f64 / 60.0, 2)
}

/// `GET /programmes/{id}/pairs.csv`: every pair the list finds, with its
/// sessions held and their hours.
pub async fn export_pairs(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    Query(params): Query<PairsParams>,
) -> Result<Response, AppError> {
    pairs_sheet(app, ctx.tr, user, id, params, Sheet::Csv).await
}

/// `GET /programmes/{id}/pairs.xlsx`: the same as a workbook.
pub async fn export_pairs_xlsx(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    Query(params): Query<PairsParams>,
) -> Result<Response, AppError> {
    pairs_sheet(app, ctx.tr, user, id, params, Sheet::Xlsx).await
}

async fn pairs_sheet(
    app: AppState,
    tr: Tr,
    user: CurrentUser,
    id: i64,
    params: PairsParams,
    sheet: Sheet,
) -> Result<Response, AppError> {
    let programme = programme_for(&app, &user, id, Action::ManageParticipant).await?;
    let tools = for_tools(&params.codes);
    let page = app.store.pairs_page(programme.id, &PairsQuery { limit: i64::MAX, ..params.query() }).await?;
    let rows: Vec<Vec<Cell>> = page
        .rows
        .into_iter()
        .map(|p| {
            let status =
                if tools { p.status.as_str().to_owned() } else { tr.t(&format!("pair-status-{}", p.status.as_str())) };
            vec![
                Cell::Int(p.id),
                Cell::text(p.mentee),
                Cell::text(p.mentor),
                Cell::text(status),
                Cell::Date(tr.zone.local(p.created_at).date()),
                Cell::date_text(&p.started_on.unwrap_or_default()),
                Cell::date_text(&p.closed_on.unwrap_or_default()),
                Cell::Int(p.sessions_held),
                hours(p.minutes_held),
                p.last_held.map_or(Cell::Empty, |at| Cell::Date(tr.zone.local(at).date())),
            ]
        })
        .collect();
    let who = (user.id, programme.id);
    let columns = ("export-pairs-column-", &PAIR_COLUMNS[..]);
    spreadsheet(&app, who, tr, ("programme.export_pairs", "pairs"), columns, rows, tools, sheet).await
}

/// The columns of the sessions' spreadsheet.
const SESSION_COLUMNS: [&str; 11] =
    ["session", "date", "time", "pair", "newcomer", "buddy", "minutes", "hours", "mode", "status", "confirmed"];

/// `GET /programmes/{id}/sessions.csv`: every session the list finds
/// (its period, status and search), with its length in minutes and hours.
pub async fn export_sessions(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    Query(params): Query<SessionsParams>,
) -> Result<Response, AppError> {
    sessions_sheet(app, ctx.tr, user, id, params, Sheet::Csv).await
}

/// `GET /programmes/{id}/sessions.xlsx`: the same as a workbook.
pub async fn export_sessions_xlsx(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    Query(params): Query<SessionsParams>,
) -> Result<Response, AppError> {
    sessions_sheet(app, ctx.tr, user, id, params, Sheet::Xlsx).await
}

async fn sessions_sheet(
    app: AppState,
    tr: Tr,
    user: CurrentUser,
    id: i64,
    params: SessionsParams,
    sheet: Sheet,
) -> Result<Response, AppError> {
    let programme = programme_for(&app, &user, id, Action::ManageParticipant).await?;
    let tools = for_tools(&params.codes);
    let (wanted, from_error, to_error) = params.query(&tr, i64::MAX);
    if from_error.is_some() || to_error.is_some() {
        return Err(AppError::BadRequest("error-date-invalid"));
    }
    let page = app.store.sessions_page(programme.id, &wanted).await?;
    let rows: Vec<Vec<Cell>> = page
        .rows
        .into_iter()
        .map(|s| {
            let local = tr.zone.local(s.starts_at);
            let (status, mode, confirmed) = if tools {
                (s.status.as_str().to_owned(), s.mode.clone(), if s.confirmed { "1" } else { "0" }.to_owned())
            } else {
                let status = match s.status {
                    SessionStatus::Planned => tr.t("sessions-planned"),
                    SessionStatus::Held => tr.t("sessions-held"),
                };
                let confirmed = tr.t(if s.confirmed { "form-yes" } else { "form-no" });
                (status, tr.t(&format!("session-mode-label-{}", s.mode)), confirmed)
            };
            vec![
                Cell::Int(s.id),
                Cell::Date(local.date()),
                Cell::text(format!("{:02}:{:02}", local.hour(), local.minute())),
                Cell::Int(s.pair_id),
                Cell::text(s.mentee),
                Cell::text(s.mentor),
                Cell::Int(s.duration_minutes),
                hours(s.duration_minutes),
                Cell::text(mode),
                Cell::text(status),
                Cell::text(confirmed),
            ]
        })
        .collect();
    let who = (user.id, programme.id);
    let columns = ("export-sessions-column-", &SESSION_COLUMNS[..]);
    spreadsheet(&app, who, tr, ("programme.export_sessions", "sessions"), columns, rows, tools, sheet).await
}
