//! m4m's web interface and JSON API: server-rendered pages that work
//! without JavaScript, in the user's language, over the store.
//!
//! [`router`] assembles the routes ([`routes`]) behind the [`context`]
//! middleware, which every request passes: it finds who asks and in which
//! language, checks CSRF tokens, bounds bodies and renders errors.

pub mod access;
pub mod chart;
pub mod context;
pub mod error;
pub mod fmt;
pub mod i18n;
pub mod ical;
pub mod inventory;
pub mod mail;
pub mod pages;
pub mod reminders;
pub mod routes;
pub mod security;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use m4m_store::Store;
use m4m_store::sessions::SessionLimits;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::trace::TraceLayer;

use crate::error::AppError;

/// How the server behaves; the binary fills it from the command line.
#[derive(Clone, Debug)]
pub struct Config {
    /// Mark cookies `Secure` (and `__Host-`): on whenever the server is
    /// reached over TLS, i.e. not on loopback.
    pub secure_cookies: bool,
    /// The address people reach the server at, for links in e-mails.
    pub public_url: String,
    /// Session time-outs.
    pub session: SessionLimits,
    /// The largest request body accepted (413 beyond).
    pub max_body_bytes: usize,
    /// The largest body of a CSV import.
    pub max_import_bytes: usize,
    /// The largest file attached to a training module (413 beyond).
    pub max_upload_bytes: usize,
    /// Where attached files are kept, under random names.
    pub upload_dir: std::path::PathBuf,
    /// How long an invitation link stays valid.
    pub invitation_valid_secs: i64,
    /// The SMTP server that sends the outbox (`smtp://user:password@host:port`);
    /// without one, messages stay in the outbox for administrators to read.
    pub smtp_url: Option<String>,
    /// The sender of every message.
    pub mail_from: String,
    /// A pair that has logged no session for this many days is reminded
    /// (0: never).
    pub reminder_days: i64,
    /// Administrators, coordinators and supervisors must set up a second
    /// factor before anything else (off only for the demo).
    pub require_two_factor: bool,
    /// Run the background jobs (outbox, session purge, reminders,
    /// retention). Off only where a test drives them itself.
    pub background_jobs: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            secure_cookies: false,
            public_url: "http://127.0.0.1:3000".into(),
            session: SessionLimits::default(),
            max_body_bytes: 64 * 1024,
            max_import_bytes: 8 * 1024 * 1024,
            max_upload_bytes: 10 * 1024 * 1024,
            upload_dir: std::path::PathBuf::from("uploads"),
            invitation_valid_secs: 7 * 86_400,
            smtp_url: None,
            mail_from: "m4m <noreply@localhost>".into(),
            reminder_days: 14,
            require_two_factor: true,
            background_jobs: true,
        }
    }
}

/// What every handler shares.
#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub config: Arc<Config>,
}

const CSS: &str = include_str!("../static/m4m.css");

async fn stylesheet() -> Response {
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static("text/css; charset=utf-8")),
            (header::CACHE_CONTROL, HeaderValue::from_static("public, max-age=3600")),
        ],
        CSS,
    )
        .into_response()
}

async fn healthz(State(app): State<AppState>) -> Response {
    if app.store.ping().await {
        (StatusCode::OK, "ok").into_response()
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response()
    }
}

async fn not_found() -> AppError {
    AppError::NotFound
}

/// The whole application.
pub fn router(state: AppState) -> Router {
    use routes::*;
    let request_id = header::HeaderName::from_static("x-request-id");
    Router::new()
        .route("/", get(home::landing))
        .route("/home", get(home::home))
        .route("/login", get(auth::login_form).post(auth::login_submit))
        .route("/logout", post(auth::logout))
        .route("/language", post(auth::choose_language))
        .route("/programmes/new", get(programmes::new_form).post(programmes::create))
        .route("/programmes/{id}", get(programmes::show))
        .route("/invitations/new", get(invitations::new_form).post(invitations::create))
        .route("/invitations/{token}", get(invitations::accept_form).post(invitations::accept))
        .route("/join/{id}", get(register::join))
        .route("/join/{id}/{kind}", get(register::public_form).post(register::public_submit))
        .route("/programmes/{id}/register/{kind}", get(register::staff_form).post(register::staff_submit))
        .route("/people/{id}", get(people::show))
        .route("/people/{id}/status", post(people::move_status))
        .route("/people/{id}/notes", post(people::save_notes))
        .route("/people/{id}/invite", post(people::invite))
        .route("/people/merge", post(people::merge))
        .route("/people/keep-apart", post(people::keep_apart))
        .route("/programmes/{id}/duplicates", get(people::duplicates))
        .route("/programmes/{id}/people.csv", get(lists::export))
        .route("/programmes/{id}/import", get(lists::start).post(lists::upload))
        .route("/programmes/{id}/import/preview", post(lists::preview))
        .route("/programmes/{id}/import/commit", post(lists::commit))
        .route("/assessment", get(assessments::start))
        .route("/assessment/{id}/review", get(assessments::review))
        .route("/assessment/{id}/complete", post(assessments::complete))
        .route("/assessment/{id}/done", get(assessments::done))
        .route("/assessment/{id}/{n}", get(assessments::question).post(assessments::answer))
        .route("/people/{id}/questionnaires/{kind}", get(assessments::staff_fill).post(assessments::staff_save))
        .route("/questionnaires", get(assessments::list))
        .route("/questionnaires/{kind}", get(assessments::edit).post(assessments::save))
        .route("/stakeholders", get(stakeholders::list).post(stakeholders::create))
        .route("/stakeholders/{id}", get(stakeholders::show).post(stakeholders::update))
        .route("/outreach", get(stakeholders::outreach).post(stakeholders::create_outreach))
        .route("/stakeholders.csv", get(stakeholders::export))
        .route("/outreach.csv", get(stakeholders::export_outreach))
        .route("/admin/organisations", get(admin::organisations).post(admin::create_organisation))
        .route("/admin/organisations/{id}/time-zone", post(admin::set_time_zone))
        .route("/admin/users", get(admin::users))
        .route("/admin/outbox", get(admin::outbox))
        .route("/admin/inventory", get(admin::inventory))
        .route("/admin/inventory.csv", get(admin::inventory_csv))
        .merge(prematching::router())
        .merge(pairing::router())
        .merge(training::router())
        .merge(sessions::router())
        .merge(two_factor::router())
        .merge(consents::router())
        .merge(tokens::router())
        .merge(api::router())
        .merge(export::router())
        .merge(erasure::router())
        .fallback(not_found)
        // The context middleware bounds bodies itself (with a translated
        // 413); the extractors' own limit must not be lower.
        .layer(axum::extract::DefaultBodyLimit::max(16 * 1024 * 1024))
        // A panic becomes a 500 that the context renders like any error.
        .layer(CatchPanicLayer::custom(|_| AppError::Internal("panic".into()).into_response()))
        .layer(axum::middleware::from_fn_with_state(state.clone(), context::context))
        .route("/healthz", get(healthz))
        .route("/static/m4m.css", get(stylesheet))
        .layer(
            TraceLayer::new_for_http().make_span_with(|req: &Request| {
                let id = req.headers().get("x-request-id").and_then(|v| v.to_str().ok()).unwrap_or("-").to_owned();
                tracing::info_span!("request", method = %req.method(), path = redact_path(req.uri().path()), request_id = id)
            }),
        )
        // Pages compress to a fifth of their size: it matters on a slow
        // mobile connection.
        .layer(tower_http::compression::CompressionLayer::new())
        .layer(PropagateRequestIdLayer::new(request_id.clone()))
        .layer(SetRequestIdLayer::new(request_id, MakeRequestUuid))
        .with_state(state)
}

/// A path fit for the log: ids and tokens in it are replaced, since paths
/// can carry invitation tokens and ids of people. No query string.
pub fn redact_path(path: &str) -> String {
    path.split('/')
        .map(|seg| {
            if !seg.is_empty() && seg.bytes().all(|b| b.is_ascii_digit()) {
                ":id"
            } else if seg.len() > 24 {
                ":token"
            } else {
                seg
            }
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// A path fit for the audit trail: ids stay (the trail is about them),
/// tokens are replaced.
pub fn redact_tokens(path: &str) -> String {
    path.split('/').map(|seg| if seg.len() > 24 { ":token" } else { seg }).collect::<Vec<_>>().join("/")
}

/// Serves the application on `listener` until `shutdown` resolves. In the
/// background: sends the outbox every minute (when SMTP is configured),
/// purges expired sessions every ten minutes, queues reminders to idle
/// pairs every hour, erases closed records whose retention period ran out
/// and moves the members of running pairs to the step their pair has
/// reached (7 to 9 follow the time) every day (and at start-up).
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let store = state.store.clone();
    let config = state.config.clone();
    let jobs = config.background_jobs;
    let janitor = tokio::spawn(async move {
        if !jobs {
            return;
        }
        let mut tick = tokio::time::interval(Duration::from_secs(60));
        for minute in 0u64.. {
            tick.tick().await;
            if minute % 10 == 0
                && let Err(e) = store.purge_expired(config.session).await
            {
                tracing::warn!(error = %crate::error::chain(&e), "could not purge expired sessions");
            }
            if minute % 60 == 0
                && let Err(e) = reminders::run_reminders(&store, &config, m4m_store::now()).await
            {
                tracing::warn!(error = %crate::error::chain(&e), "could not queue reminders");
            }
            if minute % (24 * 60) == 0 {
                match store.run_retention(m4m_store::now(), false).await {
                    Ok(run) if run.erased > 0 => {
                        tracing::info!(erased = run.erased, "retention: closed records erased")
                    }
                    Ok(_) => {}
                    Err(e) => tracing::warn!(error = %crate::error::chain(&e), "could not apply the retention periods"),
                }
                if let Err(e) = store.refresh_pair_steps().await {
                    tracing::warn!(error = %e, "could not move the members of running pairs to their step");
                }
            }
            if let Err(e) = mail::dispatch_outbox(&store, &config).await {
                tracing::warn!(error = %crate::error::chain(&e), "could not send the outbox");
            }
        }
    });
    let app = router(state).into_make_service_with_connect_info::<SocketAddr>();
    let result = axum::serve(listener, app).with_graceful_shutdown(shutdown).await;
    janitor.abort();
    result
}

#[cfg(test)]
mod tests {
    #[test]
    fn paths_in_logs_carry_no_ids_or_tokens() {
        assert_eq!(super::redact_path("/programmes/42"), "/programmes/:id");
        assert_eq!(super::redact_path(&format!("/invitations/{}", "a".repeat(64))), "/invitations/:token");
        assert_eq!(super::redact_path("/home"), "/home");
    }
}
