//! `m4m serve`, `m4m migrate`, `m4m demo`, `m4m user create` and
//! `m4m reminders run`: the commands that run the application and look
//! after its database.

use std::io::{BufRead, IsTerminal};
use std::net::SocketAddr;

use anyhow::{Context, bail};
use m4m_domain::Role;
use m4m_domain::account::{Email, check_password, parse_name, password};
use m4m_store::Store;
use m4m_store::demo::SyntheticPhase;
use m4m_store::sessions::SessionLimits;
use m4m_web::{AppState, Config};

/// Where the database is.
#[derive(Debug, clap::Args)]
pub struct DatabaseArgs {
    /// Database URL: `sqlite://FILE` (created if missing) or
    /// `postgres://USER@HOST/DB`.
    #[arg(long, env = "M4M_DATABASE_URL", default_value = m4m_store::DEFAULT_URL)]
    pub database_url: String,
}

impl DatabaseArgs {
    /// Connects and applies the migrations.
    pub async fn open(&self) -> anyhow::Result<Store> {
        let store = Store::connect(&self.database_url).await?;
        store.migrate().await?;
        Ok(store)
    }
}

/// Arguments of `m4m serve`.
#[derive(Debug, clap::Args)]
pub struct ServeArgs {
    #[command(flatten)]
    pub db: DatabaseArgs,
    /// Address and port to listen on.
    #[arg(long, env = "M4M_BIND", default_value = "127.0.0.1:3000")]
    pub bind: SocketAddr,
    /// Load the demo data when the database is empty.
    #[arg(long)]
    pub demo: bool,
    /// The address people use to reach m4m, for links in e-mails
    /// (default: http:// and the bind address). Its scheme decides whether
    /// cookies are Secure and HSTS is sent: https:// for a TLS deployment.
    #[arg(long, env = "M4M_PUBLIC_URL")]
    pub public_url: Option<String>,
    /// Mark cookies Secure (and __Host-) and send HSTS. Default: on when
    /// the public URL starts with https://.
    #[arg(long, env = "M4M_SECURE_COOKIES")]
    pub secure_cookies: Option<bool>,
    /// The reverse proxies whose forwarding header names the client, for
    /// rate limits: addresses or ranges, comma-separated (127.0.0.1,
    /// 10.0.0.0/8, ::1). Requests from anyone else are keyed on their own
    /// address, whatever header they send. Default: none.
    #[arg(long, env = "M4M_TRUSTED_PROXIES")]
    pub trusted_proxies: Option<String>,
    /// The header the trusted proxies write the client's address in:
    /// x-forwarded-for or forwarded (RFC 7239). It must be one the proxy
    /// writes itself, not one it passes on from the client.
    #[arg(long, env = "M4M_PROXY_HEADER", default_value = "x-forwarded-for", value_parser = ["x-forwarded-for", "forwarded"])]
    pub proxy_header: String,
    /// A token that lets a scraper read /metrics from another machine
    /// (Authorization: Bearer TOKEN). Without it, /metrics answers only to
    /// this machine, not through a proxy.
    #[arg(long, env = "M4M_METRICS_TOKEN", hide_env_values = true)]
    pub metrics_token: Option<String>,
    /// Minutes without a request after which a session ends.
    #[arg(long, env = "M4M_SESSION_IDLE_MINUTES", default_value_t = 30, value_parser = clap::value_parser!(i64).range(1..=1440))]
    pub session_idle_minutes: i64,
    /// Make administrators, coordinators and supervisors set up two-step
    /// log-in (an authenticator application) before anything else.
    /// Default: on, except with --demo, so that the demo accounts open
    /// with their password alone.
    #[arg(long, env = "M4M_REQUIRE_TWO_FACTOR")]
    pub require_two_factor: Option<bool>,
    /// Where files attached to training modules are kept (created if
    /// missing). Default: `uploads` beside the SQLite file, or `./uploads`
    /// with PostgreSQL.
    #[arg(long, env = "M4M_UPLOAD_DIR")]
    pub upload_dir: Option<std::path::PathBuf>,
    /// The largest file that may be attached to a training module, in MB.
    #[arg(long, env = "M4M_MAX_UPLOAD_MB", default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..=200))]
    pub max_upload_mb: u32,
    #[command(flatten)]
    pub mail: MailArgs,
}

/// E-mail and reminders, shared by `m4m serve` and `m4m reminders run`.
#[derive(Debug, clap::Args)]
pub struct MailArgs {
    /// The SMTP server that sends e-mail: smtps://user:password@host[:465]
    /// (implicit TLS), smtp://user:password@host[:587]?tls=starttls, or
    /// smtp://host[:25] to a relay on this machine (credentials over plain
    /// SMTP only with ?tls=none). Without it, messages stay in the outbox
    /// that administrators read.
    #[arg(long, env = "M4M_SMTP_URL", hide_env_values = true)]
    pub smtp_url: Option<String>,
    /// A certificate authority (PEM file) to trust for the SMTP server's
    /// certificate, besides the public ones (a relay with a private CA).
    #[arg(long, env = "M4M_SMTP_CA_FILE")]
    pub smtp_ca_file: Option<std::path::PathBuf>,
    /// The sender of every e-mail.
    #[arg(long, env = "M4M_MAIL_FROM", default_value = "m4m <noreply@localhost>")]
    pub mail_from: String,
    /// Remind a pair that has logged no session for this many days (0: never).
    #[arg(long, env = "M4M_REMINDER_DAYS", default_value_t = 14, value_parser = clap::value_parser!(i64).range(0..=365))]
    pub reminder_days: i64,
}

impl MailArgs {
    /// Puts the settings into a configuration and checks them.
    fn apply(self, config: Config) -> anyhow::Result<Config> {
        let config = Config {
            smtp_url: self.smtp_url.filter(|u| !u.trim().is_empty()),
            smtp_ca_file: self.smtp_ca_file,
            mail_from: self.mail_from,
            reminder_days: self.reminder_days,
            ..config
        };
        m4m_web::mail::check_config(&config)?;
        Ok(config)
    }
}

/// Arguments of `m4m reminders run`.
#[derive(Debug, clap::Args)]
pub struct RemindersArgs {
    #[command(flatten)]
    pub db: DatabaseArgs,
    /// The address people use to reach m4m, for the links in reminders.
    #[arg(long, env = "M4M_PUBLIC_URL", default_value = "http://127.0.0.1:3000")]
    pub public_url: String,
    #[command(flatten)]
    pub mail: MailArgs,
}

/// Arguments of `m4m demo`.
#[derive(Debug, clap::Args)]
pub struct DemoArgs {
    #[command(flatten)]
    pub db: DatabaseArgs,
    /// Also make this many synthetic newcomers (and half as many buddies),
    /// for load tests.
    #[arg(long, default_value_t = 0, value_parser = clap::value_parser!(u32).range(0..=1_000_000))]
    pub mentees: u32,
}

/// Arguments of `m4m user create`.
#[derive(Debug, clap::Args)]
pub struct UserCreateArgs {
    #[command(flatten)]
    pub db: DatabaseArgs,
    /// E-mail address, used to log in.
    #[arg(long)]
    pub email: String,
    /// Name as shown to others.
    #[arg(long)]
    pub name: String,
    /// Role: administrator, coordinator, supervisor, trainer, mentor,
    /// mentee or evaluator.
    #[arg(long, default_value = "administrator")]
    pub role: String,
    /// Organisation id, for every role but administrator.
    #[arg(long)]
    pub organisation: Option<i64>,
}

async fn load_demo(store: &Store, mentees: u32) -> anyhow::Result<()> {
    let hash = tokio::task::spawn_blocking(|| password::hash(m4m_store::demo::DEMO_PASSWORD)).await?;
    eprintln!("loading the demo organisations, accounts and people");
    let programmes = store.load_demo(&hash).await?;
    if mentees > 0 {
        let shown = PhaseProgress::new(std::io::stderr().is_terminal());
        store
            .load_synthetic(&programmes, mentees as usize, &|phase, done, total| shown.tell(phase, done, total))
            .await?;
        shown.finish();
    }
    Ok(())
}

/// The progress of `m4m demo --mentees N` on standard error: a bar per
/// phase on a terminal, a plain line per phase otherwise (logs, CI).
struct PhaseProgress {
    bar: Option<indicatif::ProgressBar>,
    phase: std::sync::Mutex<Option<SyntheticPhase>>,
}

impl PhaseProgress {
    fn new(terminal: bool) -> Self {
        let bar = terminal.then(|| {
            let bar = indicatif::ProgressBar::new(0);
            bar.set_style(
                indicatif::ProgressStyle::with_template("{msg:40} {bar:30} {pos}/{len} {eta}")
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
            );
            bar
        });
        PhaseProgress { bar, phase: std::sync::Mutex::new(None) }
    }

    fn tell(&self, phase: SyntheticPhase, done: usize, total: usize) {
        let mut current = self.phase.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if *current != Some(phase) {
            *current = Some(phase);
            match &self.bar {
                Some(bar) => {
                    bar.set_length(total as u64);
                    bar.reset();
                    bar.set_message(phase.describe());
                }
                None if total > 1 => eprintln!("{} ({total})", phase.describe()),
                None => eprintln!("{}", phase.describe()),
            }
        }
        if let Some(bar) = &self.bar {
            bar.set_position(done as u64);
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}

/// `m4m serve`: listens at once (`/healthz` answers, `/readyz` and pages
/// answer 503), migrates the database, loads the demo if asked, then takes
/// requests until SIGTERM or Ctrl-C.
pub async fn serve(args: ServeArgs, json_logs: bool) -> anyhow::Result<()> {
    let public_url = match &args.public_url {
        Some(url) => url.trim().trim_end_matches('/').to_owned(),
        None => {
            if !args.bind.ip().is_loopback() {
                tracing::warn!(
                    address = %args.bind,
                    "listening beyond this machine without --public-url: links in e-mails will carry the bind address \
                     (http://{}); set --public-url to the address people use",
                    args.bind
                );
            }
            format!("http://{}", args.bind)
        }
    };
    let tls = public_url.starts_with("https://");
    let secure = args.secure_cookies.unwrap_or(tls);
    if secure != tls {
        tracing::warn!(
            secure_cookies = secure,
            public_url = %public_url,
            "--secure-cookies does not match the scheme of the public URL"
        );
    }
    let trusted_proxies = m4m_web::kit::client::TrustedProxies::parse(
        args.trusted_proxies.as_deref().unwrap_or_default(),
        m4m_web::kit::client::ProxyHeader::parse(&args.proxy_header).unwrap_or_default(),
    )
    .map_err(|e| anyhow::anyhow!("--trusted-proxies: {e}"))?;
    let upload_dir = args.upload_dir.clone().unwrap_or_else(|| default_upload_dir(&args.db.database_url));
    let config = Config {
        secure_cookies: secure,
        public_url,
        session: SessionLimits { idle_secs: args.session_idle_minutes * 60, ..SessionLimits::default() },
        require_two_factor: args.require_two_factor.unwrap_or(!args.demo),
        max_upload_bytes: args.max_upload_mb as usize * 1024 * 1024,
        upload_dir: upload_dir.clone(),
        trusted_proxies,
        metrics_token: args.metrics_token.filter(|t| !t.trim().is_empty()),
        ..Config::default()
    };
    let config = args.mail.apply(config)?;
    let store = Store::connect(&args.db.database_url).await?;
    create_private_dir(&upload_dir)
        .with_context(|| format!("cannot create the upload folder {}", upload_dir.display()))?;
    let listener =
        tokio::net::TcpListener::bind(args.bind).await.with_context(|| format!("cannot listen on {}", args.bind))?;
    tracing::info!(address = %args.bind, backend = ?store.backend(), "m4m is listening");
    if !json_logs {
        eprintln!("m4m is listening on http://{}", args.bind);
    }
    let state = AppState::new(store.clone(), config);
    state.ready.send_replace(false);
    let server = tokio::spawn(m4m_web::serve(listener, state.clone(), stop_signal()));
    store.migrate().await?;
    if args.demo && store.is_empty().await? {
        let hash = tokio::task::spawn_blocking(|| password::hash(m4m_store::demo::DEMO_PASSWORD)).await?;
        if store.load_demo_if_empty(&hash).await?.is_some() {
            tracing::info!("demo data loaded");
        }
    }
    if store.is_empty().await? {
        tracing::warn!(
            "no account yet: create the first administrator with `m4m user create --email you@example.org \
             --name \"Your name\"` (same --database-url; it asks for the password), then log in"
        );
    }
    state.ready.send_replace(true);
    tracing::info!("ready: taking requests");
    server.await.context("the server stopped unexpectedly")??;
    store.close().await;
    tracing::info!("m4m stopped");
    Ok(())
}

/// Resolves when the process is asked to stop: SIGTERM (systemd, container
/// runtimes) or SIGINT (Ctrl-C).
async fn stop_signal() {
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(e) => {
                tracing::warn!(error = %e, "cannot listen for SIGTERM; Ctrl-C still stops the server");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    let signal = tokio::select! {
        _ = tokio::signal::ctrl_c() => "SIGINT",
        () = term => "SIGTERM",
    };
    tracing::info!(signal, "asked to stop");
}

/// Creates a folder readable by its owner only (an existing one is left
/// as it is).
fn create_private_dir(dir: &std::path::Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// The default upload directory: `uploads` in the folder of the SQLite
/// file, or in the working directory with PostgreSQL.
fn default_upload_dir(database_url: &str) -> std::path::PathBuf {
    let file = database_url.trim().strip_prefix("sqlite:").map(|rest| {
        let path = rest.trim_start_matches("//");
        path.split('?').next().unwrap_or_default().to_owned()
    });
    match file.as_deref().map(std::path::Path::new).and_then(std::path::Path::parent) {
        Some(dir) => dir.join("uploads"),
        None => std::path::PathBuf::from("uploads"),
    }
}

/// `m4m reminders run`: queues the reminders due now and, when SMTP is
/// configured, sends the outbox (what a running server does every hour).
pub async fn reminders(args: RemindersArgs) -> anyhow::Result<()> {
    let config = args.mail.apply(Config { public_url: args.public_url, ..Config::default() })?;
    let store = args.db.open().await?;
    let pairs = m4m_web::reminders::run_reminders(&store, &config, m4m_store::now()).await?;
    let sent = m4m_web::mail::dispatch_outbox(&store, &config).await?;
    store.close().await;
    eprintln!("{pairs} pair(s) reminded; {sent} message(s) sent");
    Ok(())
}

/// `m4m migrate`
pub async fn migrate(db: DatabaseArgs) -> anyhow::Result<()> {
    let store = db.open().await?;
    store.close().await;
    eprintln!("the database is up to date");
    Ok(())
}

/// Arguments of `m4m user reset-two-factor`.
#[derive(Debug, clap::Args)]
pub struct UserResetTwoFactorArgs {
    #[command(flatten)]
    pub db: DatabaseArgs,
    /// The account that lost its phone and its recovery codes.
    #[arg(long)]
    pub email: String,
}

/// `m4m user reset-two-factor`: removes an account's second factor, so
/// that its owner logs in with the password and sets up a new one.
pub async fn user_reset_two_factor(args: UserResetTwoFactorArgs) -> anyhow::Result<()> {
    let store = args.db.open().await?;
    let email = args.email.trim().to_lowercase();
    let Some(user) = store.user_by_email(&email).await? else {
        bail!("--email: no account with this address");
    };
    let had = store.reset_two_factor(None, user.id).await?;
    store.close().await;
    if had {
        eprintln!("two-step log-in removed for {email}: they log in with their password and set it up again");
    } else {
        eprintln!("{email} had no two-step log-in; nothing changed");
    }
    Ok(())
}

/// The account a `m4m user` command acts on.
#[derive(Debug, clap::Args)]
pub struct UserArgs {
    #[command(flatten)]
    pub db: DatabaseArgs,
    /// The account's e-mail address.
    #[arg(long)]
    pub email: String,
}

/// A new password from `M4M_PASSWORD` or the first line of standard
/// input (never the command line, which other users of the machine can
/// see), checked against the password rules.
fn read_new_password() -> anyhow::Result<String> {
    let password = match std::env::var("M4M_PASSWORD") {
        Ok(p) => p,
        Err(_) => {
            let mut line = String::new();
            std::io::stdin().lock().read_line(&mut line).context("cannot read the password from standard input")?;
            line.trim_end_matches(['\r', '\n']).to_owned()
        }
    };
    check_password(&password).map_err(|e| match e.key {
        "error-password-common" => anyhow::anyhow!(
            "this password is among the most common ones that attackers try first; choose another, \
             for example a few words you will remember"
        ),
        "error-too-long" => anyhow::anyhow!("the password may have at most 256 characters"),
        _ => anyhow::anyhow!("the password needs at least 8 characters"),
    })?;
    Ok(password)
}

/// `m4m user reset-password`: sets the password an operator gives (the
/// person can also use "Forgot your password?" when e-mail works); every
/// session of the account ends.
pub async fn user_reset_password(args: UserArgs) -> anyhow::Result<()> {
    let email = args.email.trim().to_lowercase();
    let password = read_new_password()?;
    let store = args.db.open().await?;
    let Some(user) = store.user_by_email(&email).await? else {
        bail!("--email: no account with this address");
    };
    let hash = tokio::task::spawn_blocking(move || password::hash(&password)).await?;
    store.set_password(None, user.id, &hash, None).await?;
    store.close().await;
    if user.active {
        eprintln!("new password set for {email}; their sessions have ended");
    } else {
        eprintln!("new password set for {email}; the account is deactivated: m4m user activate opens it again");
    }
    Ok(())
}

/// `m4m user deactivate` and `m4m user activate`.
pub async fn user_set_active(args: UserArgs, active: bool) -> anyhow::Result<()> {
    let store = args.db.open().await?;
    let email = args.email.trim().to_lowercase();
    let Some(user) = store.user_by_email(&email).await? else {
        bail!("--email: no account with this address");
    };
    if !store.set_active(None, user.id, active).await? {
        bail!("--email: this account was erased");
    }
    store.close().await;
    if active {
        eprintln!("{email} is active again: they log in with their password (API tokens must be made again)");
    } else {
        eprintln!(
            "{email} is deactivated: their sessions have ended and their API tokens are revoked; their data stay"
        );
    }
    Ok(())
}

/// Arguments of `m4m token create`.
#[derive(Debug, clap::Args)]
pub struct TokenCreateArgs {
    #[command(flatten)]
    pub db: DatabaseArgs,
    /// The account the token acts as (with its rights).
    #[arg(long)]
    pub user: String,
    /// What the token is for (shown in the account's list of tokens).
    #[arg(long)]
    pub name: String,
}

/// `m4m token create`: prints a new API token once on standard output.
pub async fn token_create(args: TokenCreateArgs) -> anyhow::Result<()> {
    let name = m4m_domain::account::parse_text("name", &args.name, 80)
        .map_err(|_| anyhow::anyhow!("--name: give a name of 1 to 80 characters"))?;
    let store = args.db.open().await?;
    let email = args.user.trim().to_lowercase();
    let Some(user) = store.user_by_email(&email).await?.filter(|u| u.active) else {
        bail!("--user: no active account with this address");
    };
    let (token, _) = store.create_api_token(None, user.id, &name).await?;
    store.close().await;
    println!("{token}");
    eprintln!("token {name:?} for {email}: shown only now; revoke it under API tokens in their account");
    Ok(())
}

/// `m4m demo`
pub async fn demo(args: DemoArgs) -> anyhow::Result<()> {
    let store = args.db.open().await?;
    if !store.is_empty().await? {
        bail!("the database already holds accounts; the demo goes only into an empty database");
    }
    load_demo(&store, args.mentees).await?;
    store.close().await;
    eprintln!("demo data loaded (password of every demo account: {})", m4m_store::demo::DEMO_PASSWORD);
    Ok(())
}

/// `m4m user create`: the password is read from `M4M_PASSWORD` or from
/// the first line of standard input, never from the command line (which
/// other users of the machine can see).
pub async fn user_create(args: UserCreateArgs) -> anyhow::Result<()> {
    let email = Email::parse(&args.email).map_err(|_| anyhow::anyhow!("--email: not an e-mail address"))?;
    let name =
        parse_name("name", &args.name).map_err(|_| anyhow::anyhow!("--name: give a name of 1 to 120 characters"))?;
    let Some(role) = Role::parse(&args.role) else {
        bail!("--role: unknown role {:?}", args.role);
    };
    match (role.needs_organisation(), args.organisation) {
        (true, None) => bail!("--organisation: a {} belongs to an organisation", role.as_str()),
        (false, Some(_)) if role == Role::Administrator => {
            bail!("--organisation: an administrator is installation-wide")
        }
        _ => {}
    }
    let password = read_new_password()?;
    let store = args.db.open().await?;
    if let Some(org) = args.organisation
        && store.organisation(org).await?.is_none()
    {
        bail!("--organisation: no organisation has the id {org}");
    }
    let hash = tokio::task::spawn_blocking(move || password::hash(&password)).await?;
    let id = store.create_user(None, &email, &name, &hash, role, args.organisation).await.map_err(|e| match e {
        m4m_store::StoreError::Taken(_) => {
            anyhow::anyhow!("--email: an account already uses {}", email.as_str())
        }
        other => other.into(),
    })?;
    store.close().await;
    eprintln!("account {id} created for {}", email.as_str());
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    #[test]
    fn uploads_default_to_the_folder_of_the_database() {
        assert_eq!(super::default_upload_dir("sqlite://m4m.db"), PathBuf::from("uploads"));
        assert_eq!(super::default_upload_dir("sqlite://data/m4m.db?mode=rwc"), PathBuf::from("data/uploads"));
        assert_eq!(super::default_upload_dir("sqlite:///var/lib/m4m/m4m.db"), PathBuf::from("/var/lib/m4m/uploads"));
        assert_eq!(super::default_upload_dir("postgres://m4m@db/m4m"), PathBuf::from("uploads"));
    }
}
