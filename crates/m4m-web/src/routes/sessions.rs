//! Step 7: peer sessions — logged from a phone, planned ahead, confirmed by
//! the other side — and the calendar feeds.
//!
//! A pair is found with its permission check ([`pair_for`]): what one may
//! not see answers 404. The calendar feed by token (`/calendar/<token>.ics`)
//! is the only page here without log-in; its token is checked by hash and
//! a revoked one answers 404.

use askama::Template;
use axum::extract::{Form, Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use m4m_domain::Validation;
use m4m_domain::area::Area;
use m4m_domain::participant::AREAS;
use m4m_domain::peer_session::{MODES, NewPeerSession, SessionForm, SessionStatus, may_change};
use m4m_domain::permission::{Action, Target};
use m4m_domain::zone::Zone;
use m4m_store::pairing::Pair;
use m4m_store::peer_sessions::PeerSession;
use serde::Deserialize;

use crate::AppState;
use crate::context::{Ctx, CurrentUser, SignedIn};
use crate::error::AppError;
use crate::fmt;
use crate::i18n::{Arg, Tr};
use crate::ical;
use crate::kit::form::{Choice, FieldErrors, Values};
use crate::kit::labels::session_label;
use crate::kit::routing::{Routes, get, post};
use crate::pages::{Chrome, render};

/// The routes of step 7.
pub fn router() -> Routes {
    Routes::new()
        .route("/pairs/{id}", get(show))
        .route("/pairs/{id}/sessions/new", get(new_form))
        .route("/pairs/{id}/sessions", post(create))
        .route("/pairs/{id}/sessions/{session}", post(update))
        .route("/pairs/{id}/sessions/{session}/edit", get(edit_form))
        .route("/pairs/{id}/sessions/{session}/delete", post(delete))
        .route("/pairs/{id}/sessions/{session}/confirm", post(confirm))
        .route("/calendar", get(calendar))
        .route("/calendar/renew", post(renew_feed))
        .route("/calendar/revoke", post(revoke_feed))
        .route("/calendar/download.ics", get(download))
        .route("/calendar/{file}", get(feed))
}

/// A pair the user may see, and act on with `action`. The buddy's
/// supervisor follows the pair; acting on it is for its two members and
/// the programme's staff.
pub async fn pair_for(app: &AppState, user: &CurrentUser, id: i64, action: Action) -> Result<Pair, AppError> {
    let p = app.store.pair(id).await?.ok_or(AppError::NotFound)?;
    if !user.actor.can(Action::ViewPair, Target::related(p.organisation_id, &p.related_users())) {
        return Err(AppError::NotFound);
    }
    if action != Action::ViewPair && !user.actor.can(action, Target::related(p.organisation_id, &p.members())) {
        return Err(AppError::Forbidden);
    }
    Ok(p)
}

/// A session of a started pair, which `user` may change or
/// remove ([`may_change`]): 404 when it is not this pair's, 403 when it
/// is not theirs to change, 409 when the pair has not started.
async fn changeable(app: &AppState, user: &CurrentUser, pair: i64, id: i64) -> Result<(Pair, PeerSession), AppError> {
    let p = pair_for(app, user, pair, Action::LogPeerSession).await?;
    if !p.state().may_log_sessions() {
        return Err(AppError::Conflict);
    }
    let s = app.store.peer_session(id).await?.filter(|s| s.pair_id == p.id).ok_or(AppError::NotFound)?;
    let staff = user.actor.can(Action::LogPeerSession, Target::organisation(p.organisation_id));
    if !may_change(s.status, s.logged_by, user.id, p.is_member(user.id), staff) {
        return Err(AppError::Forbidden);
    }
    Ok((p, s))
}

/// The page's title: the other member's first name, or both for staff
/// (plain text; the template escapes it).
fn pair_title(tr: &Tr, p: &Pair, user_id: i64) -> String {
    let (buddy, newcomer) = (fmt::first_name(tr, &p.mentor.first_name), fmt::first_name(tr, &p.mentee.first_name));
    if p.mentor.user_id == Some(user_id) {
        tr.args("pair-title-with", &[("name", Arg::Text(&newcomer))])
    } else if p.mentee.user_id == Some(user_id) {
        tr.args("pair-title-with", &[("name", Arg::Text(&buddy))])
    } else {
        tr.args("pair-title-staff", &[("buddy", Arg::Text(&buddy)), ("newcomer", Arg::Text(&newcomer))])
    }
}

/// One session as the pair page lists it.
struct SessionRow {
    id: i64,
    planned: bool,
    /// Planned, and its time has come: to be logged as held.
    due: bool,
    /// When, how and where, as HTML.
    label: String,
    duration: String,
    topics: Vec<String>,
    summary: String,
    rating: String,
    logged_by: String,
    confirmed: String,
    can_confirm: bool,
    /// Whether the reader may change or remove it.
    can_change: bool,
}

fn first_name_of(tr: &Tr, p: &Pair, user: Option<i64>) -> Option<String> {
    match user {
        Some(u) if p.mentor.user_id == Some(u) => Some(fmt::first_name(tr, &p.mentor.first_name)),
        Some(u) if p.mentee.user_id == Some(u) => Some(fmt::first_name(tr, &p.mentee.first_name)),
        _ => None,
    }
}

fn session_row(tr: &Tr, p: &Pair, s: &PeerSession, user_id: i64, staff: bool) -> SessionRow {
    let member = p.is_member(user_id);
    let logged_by = match (s.logged_by, first_name_of(tr, p, s.logged_by)) {
        (Some(u), _) if u == user_id => tr.t("session-logged-by-you"),
        (_, Some(name)) => tr.with_name("session-logged-by", "name", &name),
        _ => tr.t("session-logged-by-staff"),
    };
    let confirmed = match (s.confirmed_at, first_name_of(tr, p, s.confirmed_by)) {
        (None, _) => String::new(),
        (Some(_), _) if s.confirmed_by == Some(user_id) => tr.t("session-confirmed-by-you"),
        (Some(_), Some(name)) => tr.with_name("session-confirmed-by", "name", &name),
        (Some(_), None) => tr.t("session-confirmed"),
    };
    SessionRow {
        id: s.id,
        planned: s.status == SessionStatus::Planned,
        due: s.status == SessionStatus::Planned && s.starts_at <= m4m_store::now(),
        label: session_label(tr, s.starts_at, &s.mode, &s.place),
        duration: tr.n("session-minutes", s.duration_minutes),
        topics: s
            .topics
            .iter()
            .filter_map(|t| Area::parse(t))
            .map(|a| format!("{} {}", a.icon(), tr.t(a.key())))
            .collect(),
        summary: s.summary.clone(),
        rating: s.rating.map(|r| tr.args("session-rating-of", &[("rating", Arg::Num(r))])).unwrap_or_default(),
        logged_by,
        can_confirm: member && s.confirmed_at.is_none() && s.logged_by.is_some_and(|u| u != user_id),
        can_change: p.state().may_log_sessions() && may_change(s.status, s.logged_by, user_id, member, staff),
        confirmed,
    }
}

#[derive(Template)]
#[template(path = "pair.html")]
struct PairPage {
    c: Chrome,
    id: i64,
    notice: Option<String>,
    /// Before the pair starts: where it stands, and its first meeting.
    forming: Option<String>,
    meeting: Option<String>,
    can_log: bool,
    /// Members, their supervisor and staff may raise a concern about it.
    can_raise: bool,
    /// For staff: the members' check-ins (who, due, satisfaction, how
    /// often they met, what helped, what is difficult).
    checkins: Vec<[String; 6]>,
    /// For the organisation's coordinators: the link to their contacts.
    can_contact: bool,
    /// For the organisation's coordinators, while the pair is open: the
    /// link to close it.
    can_close: bool,
    /// Once closed: when and why (step 10).
    closed: Option<String>,
    /// For staff: the members' exit questionnaires (who, satisfaction,
    /// would recommend, what changed, comment).
    exits: Vec<[String; 5]>,
    /// For a member whose exit questionnaire is still to answer.
    exit_due: bool,
    planned: Vec<SessionRow>,
    held: Vec<SessionRow>,
}

#[derive(Deserialize)]
struct PairQuery {
    saved: Option<String>,
    removed: Option<String>,
    closed: Option<String>,
}

/// `GET /pairs/{id}`: the pair's sessions, planned and held.
async fn show(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    Query(q): Query<PairQuery>,
) -> Result<Response, AppError> {
    let p = pair_for(&app, &user, id, Action::ViewPair).await?;
    let tr = ctx.tr;
    crate::access::record_pair_read(&app, &user, id, &p.members()).await?;
    let can_log = p.state().may_log_sessions()
        && user.actor.can(Action::LogPeerSession, Target::related(p.organisation_id, &p.members()));
    let staff = user.actor.can(Action::LogPeerSession, Target::organisation(p.organisation_id));
    let (planned, held): (Vec<_>, Vec<_>) = app
        .store
        .peer_sessions(id)
        .await?
        .iter()
        .map(|s| session_row(&tr, &p, s, user.id, staff))
        .partition(|s| s.planned);
    let mut planned = planned;
    planned.reverse();
    let page = PairPage {
        c: Chrome::new(&ctx, pair_title(&tr, &p, user.id)),
        id,
        notice: q
            .saved
            .map(|_| tr.t("session-saved"))
            .or_else(|| q.removed.map(|_| tr.t("session-removed")))
            .or_else(|| q.closed.map(|_| tr.t("close-done"))),
        forming: p.status.in_setup().then(|| tr.t(&format!("pair-status-{}", p.status.as_str()))),
        meeting: if p.first_meeting_held_at.is_none() { crate::kit::labels::first_meeting(&tr, &p) } else { None },
        can_log,
        can_raise: user.actor.can(Action::RaiseConcern, Target::related(p.organisation_id, &p.related_users())),
        can_contact: user.actor.can(Action::ManageParticipant, Target::organisation(p.organisation_id)),
        can_close: p.status.is_open()
            && user.actor.can(Action::ManageParticipant, Target::organisation(p.organisation_id)),
        closed: p.closing.as_ref().map(|c| {
            let reason = tr.t(&format!("close-reason-{}", c.reason.as_str()));
            let mut line = tr
                .args("pair-closed-on", &[("date", Arg::Text(&tr.date(c.closed_on))), ("reason", Arg::Text(&reason))]);
            if let Some(m) = c.meeting_on {
                line.push_str(". ");
                line.push_str(&tr.args("pair-closing-meeting-on", &[("date", Arg::Text(&tr.date(m)))]));
            }
            if staff && !c.note.is_empty() {
                line.push_str(". ");
                line.push_str(&c.note);
            }
            line
        }),
        exits: if staff {
            app.store
                .exit_answers(&p)
                .await?
                .into_iter()
                .map(|(side, a)| {
                    [
                        fmt::first_name(&tr, &p.member(side).first_name),
                        format!("{}/5", a.satisfaction),
                        tr.t(if a.recommend { "form-yes" } else { "form-no" }),
                        a.changed.iter().map(|x| tr.t(&format!("area-{x}"))).collect::<Vec<_>>().join(", "),
                        a.comment,
                    ]
                })
                .collect()
        } else {
            Vec::new()
        },
        exit_due: match p.side_of(user.id) {
            Some(side) => crate::routes::closing::exit_due(&app, &p, side).await?,
            None => false,
        },
        // The answers are the staff's: the other member never reads them.
        checkins: if staff {
            app.store
                .checkins_of_pair(id)
                .await?
                .into_iter()
                .map(|c| {
                    [
                        fmt::first_name(&tr, &c.first_name),
                        c.due_on,
                        format!("{}/5", c.answer.satisfaction),
                        tr.t(&format!("checkin-met-{}", c.answer.met)),
                        c.answer.helped,
                        c.answer.difficult,
                    ]
                })
                .collect()
        } else {
            Vec::new()
        },
        planned,
        held,
    };
    Ok(render(&page)?.into_response())
}

#[derive(Template)]
#[template(path = "session_form.html")]
struct SessionFormPage {
    c: Chrome,
    intro: String,
    action: String,
    cancel: String,
    planned: bool,
    /// The planned session this form records as held.
    from: Option<i64>,
    /// Where the session is removed, when the form changes one.
    delete: Option<String>,
    /// The zone in which the time is typed (an IANA name).
    zone: String,
    v: Values,
    errors: FieldErrors,
    modes: Vec<Choice>,
    /// With each area's icon.
    topics: Vec<(Choice, &'static str)>,
    ratings: Vec<Choice>,
}

/// What the session form does: log or plan a new session (or log a
/// planned one as held), or change one.
#[derive(Clone, Copy)]
enum FormFor {
    New { from: Option<i64> },
    Change(i64),
}

fn form_page(
    ctx: &Ctx,
    user_id: i64,
    p: &Pair,
    planned: bool,
    purpose: FormFor,
    v: Values,
    errors: Option<&Validation>,
) -> SessionFormPage {
    let tr = ctx.tr;
    let other = fmt::first_name(
        &tr,
        if p.mentor.user_id == Some(user_id) { &p.mentee.first_name } else { &p.mentor.first_name },
    );
    let has = |field: &str, value: &str| v.0.iter().any(|(k, x)| k == field && x == value);
    let (title, intro, action, from, delete) = match purpose {
        FormFor::New { from } => (
            if planned { "session-plan-title" } else { "session-log-title" },
            if planned { "session-plan-intro" } else { "session-log-intro" },
            format!("/pairs/{}/sessions", p.id),
            from,
            None,
        ),
        FormFor::Change(id) => (
            "session-change-title",
            "session-change-intro",
            format!("/pairs/{}/sessions/{id}", p.id),
            None,
            Some(format!("/pairs/{}/sessions/{id}/delete", p.id)),
        ),
    };
    SessionFormPage {
        c: Chrome::new(ctx, tr.t(title)),
        intro: tr.with_name(intro, "name", &other),
        action,
        cancel: format!("/pairs/{}", p.id),
        planned,
        from,
        delete,
        zone: fmt::utc_offset(tr.zone, m4m_store::now()),
        modes: MODES
            .iter()
            .map(|m| Choice {
                value: (*m).into(),
                label: tr.t(&format!("session-mode-label-{m}")),
                checked: has("mode", m),
            })
            .collect(),
        topics: AREAS
            .iter()
            .filter_map(|a| Area::parse(a))
            .map(|a| {
                (
                    Choice { value: a.as_str().into(), label: tr.t(a.key()), checked: has("topics", a.as_str()) },
                    a.icon(),
                )
            })
            .collect(),
        ratings: (1..=5)
            .map(|r: i64| Choice {
                value: r.to_string(),
                label: tr.t(&format!("session-rating-{r}")),
                checked: has("rating", &r.to_string()),
            })
            .collect(),
        errors: FieldErrors::of(&tr, errors),
        v,
    }
}

#[derive(Deserialize)]
struct NewQuery {
    planned: Option<String>,
    /// A planned session to record as held.
    from: Option<i64>,
}

/// The typical answers, so that logging takes a few taps: today an hour
/// ago (or tomorrow at the same hour when planning), an hour, in person —
/// on the wall clock of the person's zone.
fn defaults(zone: &Zone, planned: bool) -> Values {
    let now = zone.local(m4m_store::now());
    let at = if planned { now + time::Duration::days(1) } else { now - time::Duration::hours(1) };
    let at = if !planned && at.date() != now.date() { now } else { at };
    Values(vec![
        ("date".into(), m4m_domain::programme::format_date(at.date())),
        ("time".into(), format!("{:02}:00", at.hour())),
        ("duration".into(), "60".into()),
        ("mode".into(), "in_person".into()),
    ])
}

/// What a session said, to start the form that records it as held or
/// changes it.
fn values_of(zone: &Zone, s: &PeerSession) -> Values {
    let at = zone.local(s.starts_at);
    let mut v = vec![
        ("date".to_owned(), m4m_domain::programme::format_date(at.date())),
        ("time".to_owned(), format!("{:02}:{:02}", at.hour(), at.minute())),
        ("duration".to_owned(), s.duration_minutes.to_string()),
        ("mode".to_owned(), s.mode.clone()),
        ("place".to_owned(), s.place.clone()),
        ("summary".to_owned(), s.summary.clone()),
        ("rating".to_owned(), s.rating.map(|r| r.to_string()).unwrap_or_default()),
    ];
    v.extend(s.topics.iter().map(|t| ("topics".to_owned(), t.clone())));
    Values(v)
}

/// The planned session of this pair that a form records as held.
async fn planned_of(app: &AppState, p: &Pair, id: i64) -> Result<PeerSession, AppError> {
    app.store
        .peer_session(id)
        .await?
        .filter(|s| s.pair_id == p.id && s.status == SessionStatus::Planned)
        .ok_or(AppError::NotFound)
}

fn wants_planned(s: Option<&str>) -> bool {
    matches!(s, Some("1" | "true" | "yes"))
}

/// `GET /pairs/{id}/sessions/new[?planned=1]`
async fn new_form(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    Query(q): Query<NewQuery>,
) -> Result<Response, AppError> {
    let p = pair_for(&app, &user, id, Action::LogPeerSession).await?;
    if !p.state().may_log_sessions() {
        return Err(AppError::Conflict);
    }
    if let Some(from) = q.from {
        let s = planned_of(&app, &p, from).await?;
        let page =
            form_page(&ctx, user.id, &p, false, FormFor::New { from: Some(from) }, values_of(ctx.tr.zone, &s), None);
        return Ok(render(&page)?.into_response());
    }
    let planned = wants_planned(q.planned.as_deref());
    let page = form_page(&ctx, user.id, &p, planned, FormFor::New { from: None }, defaults(ctx.tr.zone, planned), None);
    Ok(render(&page)?.into_response())
}

/// `POST /pairs/{id}/sessions`
async fn create(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path(id): Path<i64>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let p = pair_for(&app, &user, id, Action::LogPeerSession).await?;
    if !p.state().may_log_sessions() {
        return Err(AppError::Conflict);
    }
    let v = Values(fields);
    let from = match v.get("from") {
        "" => None,
        id => Some(planned_of(&app, &p, id.parse().map_err(|_| AppError::NotFound)?).await?.id),
    };
    let planned = from.is_none() && wants_planned(Some(v.get("planned")));
    let status = if planned { SessionStatus::Planned } else { SessionStatus::Held };
    match parse_form(&ctx, &v, status) {
        Ok(s) => {
            match from {
                Some(id) => app.store.hold_planned_session(user.id, id, &s).await?,
                None => {
                    app.store.log_peer_session(user.id, p.id, &s).await?;
                }
            }
            Ok(Redirect::to(&format!("/pairs/{}?saved=1", p.id)).into_response())
        }
        Err(errors) => {
            let page = form_page(&ctx, user.id, &p, planned, FormFor::New { from }, v, Some(&errors));
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response())
        }
    }
}

/// The session form as sent, checked on the reader's wall clock.
fn parse_form(ctx: &Ctx, v: &Values, status: SessionStatus) -> Result<NewPeerSession, Validation> {
    let form = SessionForm {
        date: v.get("date"),
        time: v.get("time"),
        duration: v.get("duration"),
        mode: v.get("mode"),
        place: v.get("place"),
        topics: v.all("topics"),
        summary: v.get("summary"),
        rating: v.get("rating"),
    };
    NewPeerSession::parse(&form, status, time::OffsetDateTime::now_utc(), ctx.tr.zone)
}

/// `GET /pairs/{id}/sessions/{session}/edit`: change a session, or
/// remove it.
async fn edit_form(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path((id, session)): Path<(i64, i64)>,
) -> Result<Response, AppError> {
    let (p, s) = changeable(&app, &user, id, session).await?;
    let planned = s.status == SessionStatus::Planned;
    let page = form_page(&ctx, user.id, &p, planned, FormFor::Change(s.id), values_of(ctx.tr.zone, &s), None);
    Ok(render(&page)?.into_response())
}

/// `POST /pairs/{id}/sessions/{session}`: the changed session.
async fn update(
    State(app): State<AppState>,
    SignedIn(ctx, user): SignedIn,
    Path((id, session)): Path<(i64, i64)>,
    Form(fields): Form<Vec<(String, String)>>,
) -> Result<Response, AppError> {
    let (p, s) = changeable(&app, &user, id, session).await?;
    let status = s.status;
    let v = Values(fields);
    match parse_form(&ctx, &v, status) {
        Ok(new) => {
            app.store.update_peer_session(user.id, s.id, &new).await?;
            Ok(Redirect::to(&format!("/pairs/{}?saved=1", p.id)).into_response())
        }
        Err(errors) => {
            let planned = status == SessionStatus::Planned;
            let page = form_page(&ctx, user.id, &p, planned, FormFor::Change(s.id), v, Some(&errors));
            Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)?).into_response())
        }
    }
}

/// `POST /pairs/{id}/sessions/{session}/delete`: a plan called off, or a
/// session logged by mistake.
async fn delete(
    State(app): State<AppState>,
    SignedIn(_ctx, user): SignedIn,
    Path((id, session)): Path<(i64, i64)>,
) -> Result<Response, AppError> {
    let (p, s) = changeable(&app, &user, id, session).await?;
    app.store.delete_peer_session(user.id, s.id).await?;
    Ok(Redirect::to(&format!("/pairs/{}?removed=1", p.id)).into_response())
}

/// `POST /pairs/{id}/sessions/{session}/confirm`: the member of the pair
/// who did not log the session confirms it.
async fn confirm(
    State(app): State<AppState>,
    SignedIn(_ctx, user): SignedIn,
    Path((id, session)): Path<(i64, i64)>,
) -> Result<Response, AppError> {
    let p = pair_for(&app, &user, id, Action::LogPeerSession).await?;
    let s = app.store.peer_session(session).await?.filter(|s| s.pair_id == p.id).ok_or(AppError::NotFound)?;
    if !p.is_member(user.id) {
        return Err(AppError::Forbidden);
    }
    app.store.confirm_peer_session(user.id, s.id).await?;
    Ok(Redirect::to(&format!("/pairs/{}", p.id)).into_response())
}

#[derive(Template)]
#[template(path = "calendar.html")]
struct CalendarPage {
    c: Chrome,
    /// When the live feed was made, if there is one (HTML).
    since: Option<String>,
    /// The feed's URL, right after it was made (never stored).
    new_url: Option<String>,
}

fn since(tr: &Tr, at: i64) -> String {
    tr.html("calendar-feed-since", &[("when", Arg::User(&tr.when(at)))])
}

/// `GET /calendar`: the private feed's state, renew and revoke.
async fn calendar(State(app): State<AppState>, SignedIn(ctx, user): SignedIn) -> Result<Response, AppError> {
    let feed = app.store.calendar_feed(user.id).await?;
    let page = CalendarPage {
        c: Chrome::new(&ctx, ctx.tr.t("calendar-title")),
        since: feed.map(|f| since(&ctx.tr, f.created_at)),
        new_url: None,
    };
    Ok(render(&page)?.into_response())
}

/// `POST /calendar/renew`: a new feed URL (the old one stops working),
/// shown this once.
async fn renew_feed(State(app): State<AppState>, SignedIn(ctx, user): SignedIn) -> Result<Response, AppError> {
    let token = app.store.open_calendar_feed(user.id).await?;
    let page = CalendarPage {
        c: Chrome::new(&ctx, ctx.tr.t("calendar-title")),
        since: Some(since(&ctx.tr, m4m_store::now())),
        new_url: Some(format!("{}/calendar/{token}.ics", app.config.public_url.trim_end_matches('/'))),
    };
    Ok(render(&page)?.into_response())
}

/// `POST /calendar/revoke`
async fn revoke_feed(State(app): State<AppState>, SignedIn(_ctx, user): SignedIn) -> Result<Response, AppError> {
    app.store.revoke_calendar_feed(user.id).await?;
    Ok(Redirect::to("/calendar").into_response())
}

/// The calendar of an account's planned sessions, in its language.
async fn ics(app: &AppState, tr: &Tr, user_id: i64) -> Result<String, AppError> {
    let stamp = m4m_store::now();
    let base = app.config.public_url.trim_end_matches('/');
    let mut events: Vec<ical::Event> = app
        .store
        .calendar_entries(user_id)
        .await?
        .into_iter()
        .map(|e| {
            let s = e.session;
            ical::Event {
                uid: format!("peer-session-{}@m4m", s.id),
                starts_at: s.starts_at,
                ends_at: s.starts_at + s.duration_minutes * 60,
                stamp,
                summary: tr.args("calendar-event-summary", &[("name", Arg::Text(&e.other_first_name))]),
                location: if s.place.is_empty() { tr.t(&format!("session-mode-label-{}", s.mode)) } else { s.place },
                description: format!("{base}/pairs/{}", s.pair_id),
            }
        })
        .collect();
    // The first meeting of a pair being set up, from the moment it is
    // planned until it is recorded as held.
    for p in app.store.forming_pairs_of_user(user_id).await? {
        let (Some(side), Some(at), None) = (p.side_of(user_id), p.first_meeting_at, p.first_meeting_held_at) else {
            continue;
        };
        if at < stamp - 7 * 86_400 {
            continue;
        }
        let other = &p.member(side.other()).first_name;
        events.push(ical::Event {
            uid: format!("first-meeting-{}@m4m", p.id),
            starts_at: at,
            ends_at: at + 3600,
            stamp,
            summary: tr.args("calendar-first-meeting-summary", &[("name", Arg::Text(other))]),
            location: p.first_meeting_place.clone(),
            description: format!("{base}/pairs/{}/proposal", p.id),
        });
    }
    events.sort_by_key(|e| e.starts_at);
    Ok(ical::calendar(&tr.t("calendar-name"), &events))
}

fn calendar_response(body: String, download: bool) -> Response {
    let mut r = body.into_response();
    let h = r.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/calendar; charset=utf-8"));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if download {
        h.insert(header::CONTENT_DISPOSITION, HeaderValue::from_static("attachment; filename=\"m4m.ics\""));
    }
    r
}

/// `GET /calendar/download.ics`: the same calendar, for someone logged in.
async fn download(State(app): State<AppState>, SignedIn(ctx, user): SignedIn) -> Result<Response, AppError> {
    Ok(calendar_response(ics(&app, &ctx.tr, user.id).await?, true))
}

/// `GET /calendar/{token}.ics`: the private feed that calendar
/// applications subscribe to, without log-in.
async fn feed(State(app): State<AppState>, ctx: Ctx, Path(file): Path<String>) -> Result<Response, AppError> {
    let token = file.strip_suffix(".ics").ok_or(AppError::NotFound)?;
    if token.len() != 64 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(AppError::NotFound);
    }
    let (user_id, locale) = app.store.calendar_feed_owner(token).await?.ok_or(AppError::NotFound)?;
    let tr = locale.as_deref().filter(|l| !l.is_empty()).map_or(ctx.tr, Tr::for_code);
    Ok(calendar_response(ics(&app, &tr, user_id).await?, false))
}
