//! The test harness: [`TestApp::spawn`] starts m4m with the demo data on a
//! fresh database and gives cookie-keeping HTTP clients.

use std::sync::atomic::{AtomicU32, Ordering};

use m4m_store::Store;
use m4m_store::sessions::SessionLimits;
use m4m_web::{AppState, Config};
use sqlx::Executor;

pub const PASSWORD: &str = "m4m-demo-2026";

static COUNTER: AtomicU32 = AtomicU32::new(0);

/// A running m4m.
pub struct TestApp {
    pub base: String,
    pub store: Store,
    /// Where this server keeps uploaded files (a fresh temporary folder).
    pub upload_dir: std::path::PathBuf,
    /// The database URL, for tests that go behind the store's back.
    pub url: String,
    sqlite_file: Option<std::path::PathBuf>,
    _shutdown: tokio::sync::oneshot::Sender<()>,
}

/// The Argon2 hash of the demo password, computed once per test binary.
fn demo_hash() -> &'static str {
    static HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    HASH.get_or_init(|| m4m_domain::account::password::hash(PASSWORD))
}

/// A fresh, empty database URL: a new PostgreSQL database when
/// `M4M_TEST_DATABASE_URL` names a server, else a new SQLite file.
pub async fn fresh_database() -> (String, Option<std::path::PathBuf>) {
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    let tag = format!("{}_{}_{n}", std::process::id(), m4m_store::now() % 100_000);
    match std::env::var("M4M_TEST_DATABASE_URL") {
        Ok(server) if server.starts_with("postgres") => {
            sqlx::any::install_default_drivers();
            let name = format!("m4m_test_{tag}");
            let mut conn =
                <sqlx::AnyConnection as sqlx::Connection>::connect(&server).await.expect("PostgreSQL for the tests");
            conn.execute(format!("CREATE DATABASE {name}").as_str()).await.expect("create the test database");
            let base = server.rsplit_once('/').map_or(server.as_str(), |(b, _)| b).to_owned();
            (format!("{base}/{name}"), None)
        }
        _ => {
            let file = std::env::temp_dir().join(format!("m4m-test-{tag}.db"));
            (format!("sqlite://{}", file.display()), Some(file))
        }
    }
}

impl TestApp {
    /// m4m with the demo data, configured as `m4m serve --demo` is: the
    /// demo's staff log in without a second factor.
    pub async fn spawn() -> TestApp {
        Self::spawn_with(Self::demo_config(), true).await
    }

    /// The configuration of `m4m serve --demo`.
    pub fn demo_config() -> Config {
        Config { require_two_factor: false, ..Config::default() }
    }

    /// m4m with a given configuration, with or without the demo data.
    pub async fn spawn_with(mut config: Config, demo: bool) -> TestApp {
        // The tests run the background jobs themselves, when they need
        // them: a job running on its own would race with a test's setup.
        config.background_jobs = false;
        let (url, sqlite_file) = fresh_database().await;
        let store = Store::connect(&url).await.expect("connect");
        store.migrate().await.expect("migrate");
        if demo {
            store.load_demo(demo_hash()).await.expect("demo data");
        }
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        config.public_url = format!("http://{addr}");
        let n = COUNTER.fetch_add(1, Ordering::SeqCst);
        config.upload_dir =
            std::env::temp_dir().join(format!("m4m-uploads-{}-{}-{n}", std::process::id(), addr.port()));
        let upload_dir = config.upload_dir.clone();
        let state = AppState::new(store.clone(), config);
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        tokio::spawn(async move {
            m4m_web::serve(listener, state, async {
                let _ = rx.await;
            })
            .await
            .unwrap();
        });
        TestApp { base: format!("http://{addr}"), store, upload_dir, url, sqlite_file, _shutdown: tx }
    }

    /// m4m whose sessions end after `idle_secs` without a request.
    pub async fn spawn_with_idle(idle_secs: i64) -> TestApp {
        let config = Config { session: SessionLimits { idle_secs, ..SessionLimits::default() }, ..Self::demo_config() };
        Self::spawn_with(config, true).await
    }

    /// A direct connection to the database, bypassing the store.
    pub async fn raw(&self) -> sqlx::AnyConnection {
        connect_raw(&self.url).await
    }

    /// A new browser-like client with its own cookies, not following
    /// redirects (tests look at them).
    pub fn client(&self) -> Client {
        Client::to(&self.base)
    }

    /// A client logged in as a demo account.
    pub async fn login(&self, email: &str) -> Client {
        Client::signed_in(&self.base, email).await
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.upload_dir);
        if let Some(f) = &self.sqlite_file {
            for suffix in ["", "-wal", "-shm"] {
                let _ = std::fs::remove_file(format!("{}{suffix}", f.display()));
            }
        }
    }
}

/// An HTTP client with a cookie jar, bound to one server.
pub struct Client {
    pub base: String,
    pub http: reqwest::Client,
    jar: std::sync::Arc<reqwest::cookie::Jar>,
}

impl Client {
    /// A client of the server at `base` logged in as a demo account.
    pub async fn signed_in(base: &str, email: &str) -> Client {
        let c = Client::to(base);
        let r = c.login(email, PASSWORD).await;
        assert_eq!(r.status(), 303, "{email} should log in");
        assert_eq!(r.headers()["location"], "/home");
        c
    }

    /// A new browser-like client of the server at `base`, with its own
    /// cookies, not following redirects (tests look at them).
    pub fn to(base: &str) -> Client {
        let jar = std::sync::Arc::new(reqwest::cookie::Jar::default());
        Client {
            base: base.to_owned(),
            http: reqwest::Client::builder()
                .cookie_provider(jar.clone())
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap(),
            jar,
        }
    }

    /// The cookies this client sends, as a `Cookie` header's value.
    pub fn cookies(&self) -> String {
        use reqwest::cookie::CookieStore;
        let url = reqwest::Url::parse(&self.base).unwrap();
        self.jar.cookies(&url).map(|v| v.to_str().unwrap().to_owned()).unwrap_or_default()
    }
}

/// A response read whole.
pub struct Page {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub body: String,
}

impl Page {
    /// The `Location` header of a redirect.
    pub fn location(&self) -> &str {
        self.headers.get("location").and_then(|v| v.to_str().ok()).unwrap_or("")
    }

    /// The value of the first hidden `csrf` field.
    pub fn csrf(&self) -> String {
        let at = self.body.find("name=\"csrf\" value=\"").expect("a form with a CSRF token");
        self.body[at + 19..at + 19 + 64].to_owned()
    }

    /// Asserts the body contains `needle`.
    #[track_caller]
    pub fn assert_has(&self, needle: &str) {
        assert!(self.body.contains(needle), "expected {needle:?} in:\n{}", self.body);
    }

    /// Asserts the body does not contain `needle`.
    #[track_caller]
    pub fn assert_lacks(&self, needle: &str) {
        assert!(!self.body.contains(needle), "did not expect {needle:?} in:\n{}", self.body);
    }
}

impl Client {
    async fn read(r: reqwest::Response) -> Page {
        let status = r.status().as_u16();
        let headers = r.headers().clone();
        Page { status, headers, body: r.text().await.unwrap() }
    }

    /// GET a path.
    pub async fn get(&self, path: &str) -> Page {
        Self::read(self.http.get(format!("{}{path}", self.base)).send().await.unwrap()).await
    }

    /// GET with extra headers.
    pub async fn get_with(&self, path: &str, headers: &[(&str, &str)]) -> Page {
        let mut req = self.http.get(format!("{}{path}", self.base));
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        Self::read(req.send().await.unwrap()).await
    }

    /// POST a form as is (no CSRF token added).
    pub async fn post_raw(&self, path: &str, form: &[(&str, &str)]) -> Page {
        Self::read(self.http.post(format!("{}{path}", self.base)).form(form).send().await.unwrap()).await
    }

    /// POST a form with the CSRF token of the page at `form_page`.
    pub async fn post(&self, form_page: &str, path: &str, form: &[(&str, &str)]) -> Page {
        let csrf = self.get(form_page).await.csrf();
        let mut fields: Vec<(&str, &str)> = vec![("csrf", &csrf)];
        fields.extend_from_slice(form);
        self.post_raw(path, &fields).await
    }

    /// Logs in through the form.
    pub async fn login(&self, email: &str, password: &str) -> reqwest::Response {
        let csrf = self.get("/login").await.csrf();
        self.http
            .post(format!("{}/login", self.base))
            .form(&[("csrf", csrf.as_str()), ("email", email), ("password", password)])
            .send()
            .await
            .unwrap()
    }
}

/// A real `m4m serve --demo` process (the binary, not the library) on a
/// free port: for what only a whole process shows (its log, a backup taken
/// while it writes, its own background jobs). It has its own upload folder
/// and captures everything it logs; it is stopped when dropped.
pub struct ServerProcess {
    child: std::process::Child,
    pub base: String,
    uploads: std::path::PathBuf,
    log: std::sync::Arc<std::sync::Mutex<Vec<u8>>>,
    reader: Option<std::thread::JoinHandle<()>>,
}

impl ServerProcess {
    /// The most memory the process has held so far, in KiB (Linux's
    /// `VmHWM`).
    pub fn peak_memory_kib(&self) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id())).unwrap();
        let line = status.lines().find(|l| l.starts_with("VmHWM:")).expect("VmHWM in /proc/PID/status");
        line.split_whitespace().nth(1).unwrap().parse().unwrap()
    }

    /// Starts the server on the database at `url`, logging at `level`
    /// (`M4M_LOG`), and waits until it is ready.
    pub async fn start(url: &str, level: &str) -> ServerProcess {
        Self::start_with(url, level, &[]).await
    }

    /// [`ServerProcess::start`] with more environment (`M4M_SMTP_URL`, …).
    pub async fn start_with(url: &str, level: &str, env: &[(&str, &str)]) -> ServerProcess {
        let server = Self::launch_with(url, level, &["--demo"], "127.0.0.1", env);
        server.wait_until_ready().await;
        server
    }

    /// Starts `m4m serve` with `args` on the database at `url`, bound to
    /// a free port of `host`, and returns at once (see
    /// [`ServerProcess::wait_until_ready`]).
    pub fn launch(url: &str, level: &str, args: &[&str], host: &str) -> ServerProcess {
        Self::launch_with(url, level, args, host, &[])
    }

    /// [`ServerProcess::launch`] with more environment.
    pub fn launch_with(url: &str, level: &str, args: &[&str], host: &str, env: &[(&str, &str)]) -> ServerProcess {
        use std::io::Read;
        use std::process::{Command, Stdio};
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let uploads = std::env::temp_dir().join(format!("m4m-serve-uploads-{}-{port}", std::process::id()));
        let mut child = Command::new(env!("CARGO_BIN_EXE_m4m"))
            .args(["serve", "--database-url", url, "--bind", &format!("{host}:{port}")])
            .args(args)
            .arg("--upload-dir")
            .arg(&uploads)
            .env("M4M_LOG", level)
            .env_remove("M4M_SMTP_URL")
            .env_remove("M4M_PUBLIC_URL")
            .env_remove("M4M_TRUSTED_PROXIES")
            .env_remove("M4M_LOG_FORMAT")
            .envs(env.iter().copied())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let log = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let (mut stderr, mut stdout) = (child.stderr.take().unwrap(), child.stdout.take().unwrap());
        let sink = log.clone();
        let reader = std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = stderr.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().extend_from_slice(&buf[..n]);
            }
            let mut rest = Vec::new();
            let _ = stdout.read_to_end(&mut rest);
            sink.lock().unwrap().extend_from_slice(&rest);
        });
        // Owned at once, so that the process is stopped even when it never
        // answers.
        ServerProcess { child, base: format!("http://127.0.0.1:{port}"), uploads, log, reader: Some(reader) }
    }

    /// Waits until `path` answers 200 (at most 30 seconds).
    pub async fn wait_for(&self, path: &str) -> bool {
        let http = reqwest::Client::new();
        for _ in 0..300 {
            if http.get(format!("{}{path}", self.base)).send().await.is_ok_and(|r| r.status().is_success()) {
                return true;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        false
    }

    /// Waits until the server is migrated and takes requests (`/readyz`).
    pub async fn wait_until_ready(&self) {
        assert!(self.wait_for("/readyz").await, "m4m serve did not become ready:\n{}", self.log());
    }

    /// Everything the server logged so far.
    pub fn log(&self) -> String {
        String::from_utf8_lossy(&self.log.lock().unwrap()).into_owned()
    }

    /// The folder of uploaded files.
    pub fn uploads(&self) -> &std::path::Path {
        &self.uploads
    }

    /// Sends `SIGTERM`, as systemd and container runtimes do to stop a
    /// service.
    pub fn terminate(&self) {
        let sent = std::process::Command::new("kill").args(["-TERM", &self.child.id().to_string()]).status().unwrap();
        assert!(sent.success(), "kill -TERM");
    }

    /// Waits (at most `secs`) for the process to end by itself; returns its
    /// exit status (`None`: still running, then killed) and its log.
    pub fn wait_exit(mut self, secs: u64) -> (Option<std::process::ExitStatus>, String) {
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(secs);
        let status = loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                break Some(status);
            }
            if std::time::Instant::now() > deadline {
                break None;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        };
        self.halt();
        (status, String::from_utf8_lossy(&self.log.lock().unwrap()).into_owned())
    }

    /// A new browser-like client of this server.
    pub fn client(&self) -> Client {
        Client::to(&self.base)
    }

    /// A client logged in as a demo account.
    pub async fn login(&self, email: &str) -> Client {
        Client::signed_in(&self.base, email).await
    }

    /// Stops the server and returns everything it logged.
    pub fn stop(mut self) -> String {
        self.halt();
        String::from_utf8_lossy(&self.log.lock().unwrap()).into_owned()
    }

    fn halt(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        if let Some(r) = self.reader.take() {
            let _ = r.join();
        }
        let _ = std::fs::remove_dir_all(&self.uploads);
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        self.halt();
    }
}

/// A direct connection to the database at `url` (as the app takes it),
/// bypassing the store.
pub async fn connect_raw(url: &str) -> sqlx::AnyConnection {
    sqlx::any::install_default_drivers();
    let url = m4m_store::parse_url(url).expect("a valid URL").1;
    <sqlx::AnyConnection as sqlx::Connection>::connect(&url).await.expect("a raw connection")
}

/// Runs one SQL statement on a raw connection (test fixtures).
pub async fn exec(raw: &mut sqlx::AnyConnection, sql: &str) {
    sqlx::query(sql).execute(raw).await.unwrap_or_else(|e| panic!("{sql}: {e}"));
}

/// The integer a query answers with (a count, or the id `RETURNING` gives).
pub async fn one(raw: &mut sqlx::AnyConnection, sql: &str) -> i64 {
    use sqlx::Row;
    sqlx::query(sql).fetch_one(raw).await.unwrap_or_else(|e| panic!("{sql}: {e}")).get::<i64, _>(0)
}

/// A questionnaire response of `participant` to the first questionnaire
/// of the first organisation, with `answers` (JSON) and one area score
/// (housing: mean and normalised in thousandths): returns its id.
pub async fn plant_response(
    raw: &mut sqlx::AnyConnection,
    participant: i64,
    answers: &str,
    at: i64,
    (mean, normalised): (i64, i64),
) -> i64 {
    let version = one(
        raw,
        "SELECT v.id FROM questionnaire_versions v JOIN questionnaires q ON q.id = v.questionnaire_id \
         WHERE q.organisation_id = 1 ORDER BY v.id LIMIT 1",
    )
    .await;
    let response = one(
        raw,
        &format!(
            "INSERT INTO responses (participant_id, version_id, moment, answers, started_at, updated_at) \
             VALUES ({participant}, {version}, 'checkin', '{answers}', {at}, {at}) RETURNING id"
        ),
    )
    .await;
    exec(
        raw,
        &format!(
            "INSERT INTO area_scores (response_id, area, mean_milli, normalised_milli, answered) \
             VALUES ({response}, 'housing', {mean}, {normalised}, 2)"
        ),
    )
    .await;
    response
}

/// A log line without its terminal colours.
pub fn without_colours(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            chars.by_ref().find(|c| c.is_ascii_alphabetic());
        } else {
            out.push(c);
        }
    }
    out
}
