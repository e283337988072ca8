//! End-to-end in a real browser: headless Chromium driven through
//! ChromeDriver's WebDriver protocol (over HTTP, with our own few lines of
//! client). `scripts/test.sh` installs Debian's `chromium` and
//! `chromium-driver`; without them these tests fail and say so.

use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::{Value, json};

use crate::support::{PASSWORD, TestApp};

pub(crate) struct Driver {
    child: Child,
    url: String,
    session: String,
    http: reqwest::Client,
    profile: std::path::PathBuf,
}

impl Drop for Driver {
    fn drop(&mut self) {
        // Ask ChromeDriver to close the browser first (killing the driver
        // alone can leave Chromium running with its profile locked), then
        // stop the driver.
        let address = self.url.trim_start_matches("http://").to_owned();
        if let Ok(mut stream) = std::net::TcpStream::connect(&address) {
            use std::io::{Read, Write};
            let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
            let request =
                format!("DELETE /session/{} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n", self.session);
            let _ = stream.write_all(request.as_bytes());
            let _ = stream.read_to_end(&mut Vec::new());
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

fn find(program: &str, env: &str) -> String {
    if let Ok(p) = std::env::var(env) {
        return p;
    }
    for dir in ["/usr/bin", "/usr/local/bin", "/usr/lib/chromium"] {
        let p = format!("{dir}/{program}");
        if std::path::Path::new(&p).exists() {
            return p;
        }
    }
    panic!(
        "{program} not found: run scripts/test.sh, which installs Debian's chromium and chromium-driver (or set {env})"
    );
}

/// A script that is true when the page fits the window's width: no
/// sideways scrolling on a phone.
pub(crate) const FITS: &str = "return document.documentElement.scrollWidth <= window.innerWidth + 1";

impl Driver {
    /// Logs in through the form (after forgetting any earlier session)
    /// and waits for the home.
    pub(crate) async fn log_in(&self, base: &str, email: &str, password: &str) {
        self.cmd(reqwest::Method::DELETE, "/cookie", json!({})).await;
        self.goto(&format!("{base}/login")).await;
        self.type_into("#f-email", email).await;
        self.type_into("#f-password", password).await;
        self.click("form.stack button[type=submit]").await;
        self.wait_until("return location.pathname === '/home' && document.readyState === 'complete'").await;
    }

    /// The page's text as a reader sees it.
    pub(crate) async fn text(&self) -> String {
        self.script("return document.body.innerText").await.as_str().unwrap_or_default().to_owned()
    }

    pub(crate) async fn start(width: u32, height: u32) -> Driver {
        let port = {
            let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
            l.local_addr().unwrap().port()
        };
        let child = Command::new(find("chromedriver", "CHROMEDRIVER"))
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        let url = format!("http://127.0.0.1:{port}");
        let http = reqwest::Client::new();
        for _ in 0..100 {
            if http.get(format!("{url}/status")).send().await.is_ok() {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        // A profile of its own for every browser: two never share a lock.
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
        let profile = std::env::temp_dir().join(format!("m4m-chromium-{}-{port}-{nanos}", std::process::id()));
        let caps = json!({ "capabilities": { "alwaysMatch": {
            "goog:chromeOptions": {
                "binary": find("chromium", "CHROMIUM"),
                "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                         "--disable-quic", "--no-first-run", "--disable-background-networking",
                         "--disable-component-update", "--disable-sync",
                         format!("--window-size={width},{height}"),
                         format!("--user-data-dir={}", profile.display())]
            }
        }}});
        let r: Value = http.post(format!("{url}/session")).json(&caps).send().await.unwrap().json().await.unwrap();
        let session =
            r["value"]["sessionId"].as_str().unwrap_or_else(|| panic!("no WebDriver session: {r}")).to_owned();
        Driver { child, url, session, http, profile }
    }

    pub(crate) async fn cmd(&self, method: reqwest::Method, path: &str, body: Value) -> Value {
        let url = format!("{}/session/{}{path}", self.url, self.session);
        let req = self.http.request(method.clone(), url);
        let req = if method == reqwest::Method::GET { req } else { req.json(&body) };
        let r: Value = req.send().await.unwrap().json().await.unwrap();
        assert!(r["value"].get("error").is_none(), "WebDriver {path}: {r}");
        r["value"].clone()
    }

    pub(crate) async fn goto(&self, url: &str) {
        self.cmd(reqwest::Method::POST, "/url", json!({ "url": url })).await;
    }

    pub(crate) async fn element(&self, css: &str) -> String {
        let v = self.cmd(reqwest::Method::POST, "/element", json!({ "using": "css selector", "value": css })).await;
        v.as_object().and_then(|o| o.values().next()).and_then(Value::as_str).unwrap().to_owned()
    }

    pub(crate) async fn type_into(&self, css: &str, text: &str) {
        let id = self.element(css).await;
        self.cmd(reqwest::Method::POST, &format!("/element/{id}/value"), json!({ "text": text })).await;
    }

    pub(crate) async fn click(&self, css: &str) {
        let id = self.element(css).await;
        self.cmd(reqwest::Method::POST, &format!("/element/{id}/click"), json!({})).await;
    }

    pub(crate) async fn script(&self, js: &str) -> Value {
        self.cmd(reqwest::Method::POST, "/execute/sync", json!({ "script": js, "args": [] })).await
    }

    /// Waits until a script returns true (a click that submits a form
    /// returns before the next page has loaded).
    pub(crate) async fn wait_until(&self, js: &str) {
        for _ in 0..100 {
            if self.script(js).await == Value::Bool(true) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("waited 10 s in vain for: {js}");
    }

    pub(crate) async fn screenshot(&self, name: &str) {
        use std::io::Write;
        let b64 = self.cmd(reqwest::Method::GET, "/screenshot", json!({})).await;
        let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("screenshots");
        std::fs::create_dir_all(&dir).unwrap();
        let bytes = decode_base64(b64.as_str().unwrap());
        assert!(bytes.starts_with(b"\x89PNG"), "a PNG screenshot");
        std::fs::File::create(dir.join(format!("{name}.png"))).unwrap().write_all(&bytes).unwrap();
    }
}

fn decode_base64(s: &str) -> Vec<u8> {
    const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let (mut buf, mut bits) = (0u32, 0);
    for c in s.bytes().filter(|c| *c != b'=' && !c.is_ascii_whitespace()) {
        let v = A.iter().position(|a| *a == c).unwrap() as u32;
        buf = (buf << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buf >> bits) as u8);
        }
    }
    out
}

#[tokio::test]
async fn a_coordinator_logs_in_and_the_arabic_page_runs_right_to_left() {
    let app = TestApp::spawn().await;
    let d = Driver::start(390, 844).await; // a phone-sized screen
    // Without `?lang=` (which would carry on through the log-in), the
    // account's own language applies once signed in.
    d.goto(&format!("{}/login", app.base)).await;
    d.type_into("#f-email", "coordinator.fr@example.org").await;
    d.type_into("#f-password", PASSWORD).await;
    d.click("form.stack button[type=submit]").await;
    d.wait_until("return location.pathname === '/home' && document.readyState === 'complete'").await;
    // The coordinator's own language is French.
    assert_eq!(d.script("return document.documentElement.lang").await, "fr");
    assert!(d.script("return document.body.innerText").await.as_str().unwrap().contains("Buddy System Lille 2026"));

    // Switch to Arabic with the language switcher, as a person would.
    d.click("details.lang summary").await;
    d.click("details.lang button[value=ar]").await;
    d.wait_until("return document.documentElement.lang === 'ar' && document.readyState === 'complete'").await;
    assert_eq!(d.script("return location.pathname").await, "/home");
    assert_eq!(d.script("return document.documentElement.dir").await, "rtl");
    assert_eq!(d.script("return getComputedStyle(document.body).direction").await, "rtl");
    // Mirrored: the brand sits at the right edge of the header.
    let mirrored = d
        .script(
            "const h = document.querySelector('header.top').getBoundingClientRect();\
             const b = document.querySelector('.brand').getBoundingClientRect();\
             return (h.right - b.right) < (b.left - h.left);",
        )
        .await;
    assert_eq!(mirrored, true);
    // Nothing overflows the phone's width.
    let overflow = d.script("return document.documentElement.scrollWidth <= window.innerWidth + 1").await;
    assert_eq!(overflow, true);
    d.screenshot("coordinator-home-ar").await;

    // The choice is saved: reload in a fresh page still Arabic.
    d.goto(&format!("{}/home", app.base)).await;
    assert_eq!(d.script("return document.documentElement.dir").await, "rtl");
}

#[tokio::test]
async fn the_pages_work_without_javascript() {
    let app = TestApp::spawn().await;
    let d = Driver::start(1024, 768).await;
    // Turn scripts off through the browser's own settings page is not
    // possible headless; the pages carry no script at all instead.
    d.goto(&format!("{}/login?lang=en", app.base)).await;
    assert_eq!(d.script("return document.scripts.length").await, 0);
    d.type_into("#f-email", "buddy1.fr@example.org").await;
    d.type_into("#f-password", "wrong-password").await;
    d.click("form.stack button[type=submit]").await;
    d.wait_until("return document.readyState === 'complete' && !!document.querySelector('.notice')").await;
    let text = d.script("return document.body.innerText").await;
    assert!(text.as_str().unwrap().contains("The e-mail address or the password is wrong"));
    // Keyboard users find the skip link first.
    let first = d.script("return document.querySelector('a, button, input, summary').className").await;
    assert_eq!(first, "skip");
}

#[tokio::test]
async fn a_newcomer_registers_in_arabic_on_a_phone() {
    let app = TestApp::spawn().await;
    let d = Driver::start(390, 844).await;
    d.goto(&format!("{}/join/1?lang=ar", app.base)).await;
    assert_eq!(d.script("return document.documentElement.dir").await, "rtl");
    d.click("a[href='/join/1/mentee']").await;
    d.wait_until("return location.pathname === '/join/1/mentee' && document.readyState === 'complete'").await;
    let fits = "return document.documentElement.scrollWidth <= window.innerWidth + 1";
    assert_eq!(d.script(fits).await, true, "the form fits a phone's width");
    d.type_into("#f-first_name", "رنا").await;
    d.type_into("#f-phone", "+33 6 10 20 30 40").await;
    d.click("#f-native_language option[value=ar]").await;
    d.click("input[name=availability][value='4']").await;
    d.click("input[name=areas][value=housing]").await;
    // Sent without consent: the form says so and keeps what was typed.
    d.click("form.registration button[type=submit]").await;
    d.wait_until("return document.readyState === 'complete' && !!document.querySelector('#form-errors')").await;
    assert_eq!(d.script("return document.querySelector('#f-first_name').value").await, "رنا");
    assert_eq!(d.script("return document.querySelector('input[name=areas][value=housing]').checked").await, true);
    d.click("input[name=consents][value=participation]").await;
    d.click("form.registration button[type=submit]").await;
    d.wait_until("return document.readyState === 'complete' && !document.querySelector('form.registration')").await;
    assert_eq!(d.script("return document.documentElement.lang").await, "ar");
    d.screenshot("newcomer-registered-ar").await;
    let rana = app.store.programme_participants(1).await.unwrap().into_iter().find(|p| p.first_name == "رنا").unwrap();
    assert_eq!(rana.language, "ar");
    assert_eq!(rana.areas, ["housing"]);
    assert_eq!(app.store.consents(rana.id).await.unwrap().len(), 1);
}

/// The charts of step 8 on a phone, in French and in Arabic: the
/// supervisor opens a buddy's self-assessments from her home (the start
/// and mid-term side by side, the table with the change); the coordinator's
/// home draws the sessions held per week with its table. Both fit the
/// screen's width.
#[tokio::test]
async fn the_supervisor_and_the_coordinator_read_their_charts_on_a_phone() {
    let app = TestApp::spawn().await;
    let d = Driver::start(390, 844).await;
    d.log_in(&app.base, "supervisor.fr@example.org", PASSWORD).await;
    d.goto(&format!("{}/home?lang=fr", app.base)).await;
    let karim = app.store.user_by_email("buddy1.fr@example.org").await.unwrap().unwrap().id;
    let karim = app.store.participants_of_user(karim).await.unwrap()[0].0;
    d.click(&format!("a[href='/buddies/{karim}/self-assessment']")).await;
    d.wait_until("return location.pathname.endsWith('/self-assessment') && document.readyState === 'complete'").await;
    let text = d.text().await;
    assert!(text.contains("Auto-évaluations de Karim Benali"), "{text}");
    assert!(text.contains("À mi-parcours"), "{text}");
    assert_eq!(d.script(FITS).await, true, "the self-assessments fit a phone's width");
    d.screenshot("supervisor-buddy-self-assessment-fr").await;
    let path = d.script("return location.pathname").await;
    d.goto(&format!("{}{}?lang=ar", app.base, path.as_str().unwrap())).await;
    assert_eq!(d.script("return document.documentElement.dir").await, "rtl");
    assert_eq!(d.script(FITS).await, true, "the Arabic self-assessments fit a phone's width");
    d.screenshot("supervisor-buddy-self-assessment-ar").await;

    let d = Driver::start(390, 844).await;
    d.log_in(&app.base, "coordinator.fr@example.org", PASSWORD).await;
    d.goto(&format!("{}/home?lang=fr", app.base)).await;
    d.script("document.getElementById('h-weekly').scrollIntoView()").await;
    let text = d.text().await;
    assert!(text.contains("Rencontres par semaine"), "{text}");
    assert_eq!(d.script(FITS).await, true, "the coordinator's home fits a phone's width");
    d.screenshot("coordinator-sessions-per-week-fr").await;
    d.goto(&format!("{}/home?lang=ar", app.base)).await;
    d.script("document.getElementById('h-weekly').scrollIntoView()").await;
    assert_eq!(d.script(FITS).await, true, "the Arabic home fits a phone's width");
    d.screenshot("coordinator-sessions-per-week-ar").await;
}
