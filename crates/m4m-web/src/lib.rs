//! m4m's web interface and JSON API: server-rendered pages that work
//! without JavaScript, in the user's language, over the store.
//!
//! [`router`] assembles the routes ([`routes`]) behind the [`context`]
//! middleware, which every request passes: it finds who asks and in which
//! language, checks CSRF tokens, bounds bodies and renders errors.
//! [`route_table`] lists them. What route modules share is in [`kit`].

pub mod access;
pub mod chart;
pub mod context;
pub mod error;
pub mod fmt;
pub mod i18n;
pub mod ical;
pub mod inventory;
pub mod kit;
pub mod mail;
pub mod metrics;
pub mod observe;
pub mod pages;
pub mod passwords;
pub mod reminders;
pub mod report;
pub mod routes;
pub mod security;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::State;
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use m4m_store::Store;
use m4m_store::sessions::SessionLimits;
use tower_http::catch_panic::CatchPanicLayer;

use crate::error::AppError;
use crate::kit::client::TrustedProxies;
use crate::kit::routing::{Routes, get};

/// How the server behaves; the binary fills it from the command line.
#[derive(Clone, Debug)]
pub struct Config {
    /// Mark cookies `Secure` (and `__Host-`) and send HSTS: on whenever
    /// the server is reached over TLS (its public URL is `https://`).
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
    /// The SMTP server that sends the outbox (`smtps://user:password@host`,
    /// `smtp://…?tls=starttls`, or plain `smtp://host:port` to a local
    /// relay); without one, messages stay in the outbox for administrators
    /// to read.
    pub smtp_url: Option<String>,
    /// A certificate authority (PEM) trusted for the SMTP server's
    /// certificate besides the public ones: a relay with a private CA.
    pub smtp_ca_file: Option<std::path::PathBuf>,
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
    /// The reverse proxies whose forwarding header names the client (for
    /// throttling); nobody's by default.
    pub trusted_proxies: TrustedProxies,
    /// A token that lets a scraper read `/metrics` from elsewhere than
    /// this machine.
    pub metrics_token: Option<String>,
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
            smtp_ca_file: None,
            mail_from: "m4m <noreply@localhost>".into(),
            reminder_days: 14,
            require_two_factor: true,
            background_jobs: true,
            trusted_proxies: TrustedProxies::default(),
            metrics_token: None,
        }
    }
}

/// What every handler shares.
#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub config: Arc<Config>,
    /// Every password check and hash of a request waits here.
    pub passwords: Arc<passwords::PasswordGate>,
    /// What `/metrics` reports.
    pub metrics: Arc<metrics::Metrics>,
    /// Whether the database is migrated and the server takes requests
    /// (`/readyz`); until then every page answers 503.
    pub ready: Arc<tokio::sync::watch::Sender<bool>>,
}

impl AppState {
    /// The state of a server over `store`, ready to take requests.
    pub fn new(store: Store, config: Config) -> AppState {
        AppState {
            store,
            config: Arc::new(config),
            passwords: Arc::new(passwords::PasswordGate::for_this_machine()),
            metrics: Arc::new(metrics::Metrics::default()),
            ready: Arc::new(tokio::sync::watch::Sender::new(true)),
        }
    }
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

/// Whether this server takes requests: its migrations are done and the
/// database answers. A load balancer sends nothing to it until then.
async fn readyz(State(app): State<AppState>) -> Response {
    if !*app.ready.borrow() {
        (StatusCode::SERVICE_UNAVAILABLE, "starting: the database is being migrated").into_response()
    } else if app.store.ping().await {
        (StatusCode::OK, "ready").into_response()
    } else {
        (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response()
    }
}

async fn not_found() -> AppError {
    AppError::NotFound
}

/// The routes behind the context middleware, in the order of the ten
/// steps.
fn steps() -> Routes {
    use routes::*;
    Routes::new()
        // Logging in (with its second step), the homes, invitations to an
        // account, and the programmes the steps run in.
        .merge(auth::router())
        .merge(two_factor::router())
        .merge(password::router())
        .merge(home::router())
        .merge(invitations::router())
        .merge(programmes::router())
        // 1. Inform stakeholders.
        .merge(stakeholders::router())
        // 2. Recruitment and registration: the forms, a person's record,
        // spreadsheets in and out.
        .merge(register::router())
        .merge(people::router())
        .merge(lists::router())
        // 3. Initial self-assessment.
        .merge(assessments::router())
        // 4. Pre-matching.
        .merge(prematching::router())
        // 5. Training.
        .merge(training::router())
        // 6. Matching and first meeting.
        .merge(pairing::router())
        .merge(pair_lists::router())
        // 7. Peer sessions.
        .merge(sessions::router())
        // 8. Supervision: meetings with buddies and their follow-up
        // actions; concerns raised and followed to their end.
        .merge(supervision::router())
        .merge(concerns::router())
        // 9. Progress monitoring: the pairs' goals, what needs a
        // coordinator today.
        .merge(goals::router())
        .merge(checkins::router())
        .merge(contacts::router())
        .merge(attention::router())
        // 10. Final and global evaluation: closing a pair, the exit
        // questionnaire; the figures of the programmes, for funders.
        .merge(closing::router())
        .merge(evaluation::router())
        // Privacy: consents, access and export, erasure and retention.
        .merge(consents::router())
        .merge(export::router())
        .merge(erasure::router())
        // The JSON API and its tokens.
        .merge(api::router())
        .merge(tokens::router())
        // The installation's administration.
        .merge(admin::router())
}

/// The routes served before the context middleware, to anyone.
fn open() -> Routes {
    Routes::new()
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics::metrics))
        .route("/static/m4m.css", get(stylesheet))
}

/// Every route of the [`router`]: method and path as declared (a `GET`
/// answers `HEAD` too). The router is built from the same [`Routes`],
/// which list each route as they register it, so that no route is served
/// without being listed here.
pub fn route_table() -> Vec<(Method, &'static str)> {
    let mut table = steps().table().to_vec();
    table.extend_from_slice(open().table());
    table
}

/// The whole application.
pub fn router(state: AppState) -> Router {
    steps()
        .into_router()
        .fallback(not_found)
        // The context middleware bounds bodies itself (with a translated
        // 413); the extractors' own limit must not be lower.
        .layer(axum::extract::DefaultBodyLimit::max(16 * 1024 * 1024))
        // A panic becomes a 500 that the context renders like any error.
        .layer(CatchPanicLayer::custom(|_| AppError::internal("panic").into_response()))
        .layer(axum::middleware::from_fn_with_state(state.clone(), context::context))
        .merge(open().into_router())
        // Pages compress to a fifth of their size: it matters on a slow
        // mobile connection.
        .layer(tower_http::compression::CompressionLayer::new())
        // Outermost: the request id, the access log and the counters see
        // every answer as sent. (A layer on the router wraps each route,
        // so the matched route is known here.)
        .layer(axum::middleware::from_fn_with_state(state.clone(), observe::observe))
        .layer(axum::middleware::from_fn(run_to_completion))
        .with_state(state)
}

/// A request's work runs to its end even when the client goes away. The
/// server drops a request's future when its connection closes; dropped in
/// the middle of a write, it could leave a database connection inside its
/// transaction, holding SQLite's write lock, and every later write then
/// waited its ten seconds and failed (seen under load when the load
/// generator closed its 64 connections at the end of a run).
async fn run_to_completion(request: axum::extract::Request, next: axum::middleware::Next) -> Response {
    match tokio::spawn(next.run(request)).await {
        Ok(response) => response,
        Err(e) => {
            tracing::error!(error = %e, "a request's task ended without an answer");
            AppError::internal("request task").into_response()
        }
    }
}

/// A path fit for the audit trail: ids stay (the trail is about them),
/// tokens are replaced.
pub fn redact_tokens(path: &str) -> String {
    path.split('/').map(|seg| if seg.len() > 24 { ":token" } else { seg }).collect::<Vec<_>>().join("/")
}

/// How long requests in flight and the background job under way may
/// take to finish once the server is asked to stop.
const GRACE: Duration = Duration::from_secs(30);

/// Serves the application on `listener` until `shutdown` resolves, then
/// stops gracefully: no new connection is taken, the requests in flight
/// and the background job under way finish (for at most 30 seconds), and
/// the function returns.
///
/// In the background, once the server is ready ([`AppState::ready`]):
/// sends the outbox every minute (when SMTP is configured), purges expired
/// sessions every ten minutes, queues reminders to idle pairs every hour,
/// erases closed records whose retention period ran out and moves the
/// members of running pairs to the step their pair has reached (7 to 9
/// follow the time) every day (and at start-up); and every second, seals
/// the new lines of the audit trail.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let (stop, stopping) = tokio::sync::watch::channel(false);
    let jobs = state.config.background_jobs.then(|| tokio::spawn(background_jobs(state.clone(), stopping.clone())));
    let sealer = state.config.background_jobs.then(|| tokio::spawn(seal_audit(state.clone(), stopping.clone())));
    let app = router(state).into_make_service_with_connect_info::<SocketAddr>();
    let mut told = stopping.clone();
    let server = axum::serve(listener, app)
        .with_graceful_shutdown(async move {
            let _ = told.wait_for(|s| *s).await;
        })
        .into_future();
    tokio::pin!(server);
    tokio::pin!(shutdown);
    let result = tokio::select! {
        r = &mut server => r,
        () = &mut shutdown => {
            let _ = stop.send(true);
            tracing::info!("stopping: finishing the requests in flight and the background job under way");
            match tokio::time::timeout(GRACE, &mut server).await {
                Ok(r) => r,
                Err(_) => {
                    tracing::warn!(seconds = GRACE.as_secs(), "requests still running after the grace period: left unfinished");
                    Ok(())
                }
            }
        }
    };
    let _ = stop.send(true);
    if let Some(sealer) = sealer
        && tokio::time::timeout(GRACE, sealer).await.is_err()
    {
        tracing::warn!("the audit trail's sealing still running after the grace period: left to the next start");
    }
    if let Some(jobs) = jobs
        && tokio::time::timeout(GRACE, jobs).await.is_err()
    {
        tracing::warn!(
            seconds = GRACE.as_secs(),
            "a background job still running after the grace period: left unfinished"
        );
    }
    result
}

/// How often the audit lines written meanwhile are sealed into the chain:
/// often enough that a sealing (which holds the turn to write) stays short.
const SEAL_EVERY: Duration = Duration::from_millis(250);

/// Seals the audit trail's new lines every second (see `m4m_store::audit`)
/// once the database is ready, and once more when the server stops.
async fn seal_audit(state: AppState, mut stopping: tokio::sync::watch::Receiver<bool>) {
    let AppState { store, metrics, ready, .. } = state;
    let mut migrated = ready.subscribe();
    tokio::select! {
        _ = stopping.wait_for(|s| *s) => return,
        _ = migrated.wait_for(|r| *r) => {}
    }
    let mut tick = tokio::time::interval(SEAL_EVERY);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        let last = tokio::select! {
            _ = stopping.wait_for(|s| *s) => true,
            _ = tick.tick() => false,
        };
        let done = store.seal_audit().await;
        if let Err(e) = &done {
            tracing::warn!(error = %crate::error::chain(e), "could not seal the audit trail");
        }
        metrics.job("audit_seal", done.is_ok());
        if last {
            return;
        }
    }
}

/// The background jobs (see [`serve`]), one after the other, until
/// `stopping` turns true; a job under way is finished first.
async fn background_jobs(state: AppState, mut stopping: tokio::sync::watch::Receiver<bool>) {
    let AppState { store, config, metrics, ready, .. } = state;
    // Nothing runs on a database that is still being migrated; the jobs
    // start the moment it is ready, as at start-up before.
    let mut migrated = ready.subscribe();
    tokio::select! {
        _ = stopping.wait_for(|s| *s) => return,
        _ = migrated.wait_for(|r| *r) => {}
    }
    let mut tick = tokio::time::interval(Duration::from_secs(60));
    for minute in 0u64.. {
        tokio::select! {
            _ = stopping.wait_for(|s| *s) => return,
            _ = tick.tick() => {}
        }
        if minute % 10 == 0 {
            let done = store.purge_expired(config.session).await;
            if let Err(e) = &done {
                tracing::warn!(error = %crate::error::chain(e), "could not purge expired sessions");
            }
            metrics.job("sessions", done.is_ok());
        }
        if minute % 60 == 0 {
            let done = reminders::run_reminders(&store, &config, m4m_store::now()).await;
            if let Err(e) = &done {
                tracing::warn!(error = %crate::error::chain(e), "could not queue reminders");
            }
            metrics.job("reminders", done.is_ok());
            // The new day's judgements made before the first coordinator
            // asks, and the lines of change drained in organisations
            // nobody has looked at for a while.
            let done = store.judge_pairs().await;
            if let Err(e) = &done {
                tracing::warn!(error = %crate::error::chain(e), "could not judge the pairs to watch");
            }
            metrics.job("attention", done.is_ok());
        }
        if minute % (24 * 60) == 0 {
            let done = store.run_retention(m4m_store::now(), false).await;
            match &done {
                Ok(run) if run.erased > 0 => tracing::info!(erased = run.erased, "retention: closed records erased"),
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %crate::error::chain(e), "could not apply the retention periods"),
            }
            metrics.job("retention", done.is_ok());
            let done = store.refresh_pair_steps().await;
            if let Err(e) = &done {
                tracing::warn!(error = %crate::error::chain(e), "could not move the members of running pairs to their step");
            }
            metrics.job("pair_steps", done.is_ok());
        }
        if config.smtp_url.is_some() {
            let done = mail::dispatch_outbox(&store, &config).await;
            if let Err(e) = &done {
                tracing::warn!(error = %crate::error::chain(e), "could not send the outbox");
            }
            metrics.job("outbox", done.is_ok());
        }
    }
}
