//! What every request shares: health, CSRF, body limits, error pages,
//! security headers.

use crate::support::TestApp;

#[tokio::test]
async fn health_answers_without_log_in() {
    let app = TestApp::spawn().await;
    let r = app.client().get("/healthz").await;
    assert_eq!(r.status, 200);
    assert_eq!(r.body, "ok");
}

#[tokio::test]
async fn a_form_without_its_csrf_token_is_refused_and_changes_nothing() {
    let app = TestApp::spawn().await;
    let c = app.client();
    c.get("/login").await;
    let no_token =
        c.post_raw("/login", &[("email", "coordinator.fr@example.org"), ("password", "m4m-demo-2026")]).await;
    assert_eq!(no_token.status, 403);
    let wrong = c
        .post_raw(
            "/login?lang=en",
            &[("csrf", &"0".repeat(64)), ("email", "coordinator.fr@example.org"), ("password", "m4m-demo-2026")],
        )
        .await;
    assert_eq!(wrong.status, 403);
    wrong.assert_has("This form has expired");
    assert_eq!(c.get("/home").await.status, 303, "no session was opened");

    // Logged in, a forged programme is refused too.
    let coordinator = app.login("coordinator.fr@example.org").await;
    let before = app.store.programmes(None).await.unwrap().len();
    let forged = coordinator
        .post_raw("/programmes/new", &[("name", "Forged"), ("starts_on", "2027-01-01"), ("ends_on", "2027-02-01")])
        .await;
    assert_eq!(forged.status, 403);
    // The anonymous token of another browser does not fit a session either.
    let other = app.client().get("/login").await.csrf();
    let cross = coordinator
        .post_raw(
            "/programmes/new",
            &[("csrf", &other), ("name", "Forged"), ("starts_on", "2027-01-01"), ("ends_on", "2027-02-01")],
        )
        .await;
    assert_eq!(cross.status, 403);
    assert_eq!(app.store.programmes(None).await.unwrap().len(), before);
}

#[tokio::test]
async fn an_oversized_body_gets_413_with_a_page() {
    let app = TestApp::spawn().await;
    let c = app.client();
    let csrf = c.get("/login").await.csrf();
    let huge = "x".repeat(200 * 1024);
    let r = c.post_raw("/login?lang=en", &[("csrf", &csrf), ("email", &huge), ("password", "x")]).await;
    assert_eq!(r.status, 413);
    r.assert_has("What you sent is too large");
    r.assert_has("<html lang=\"en\"");
}

#[tokio::test]
async fn unknown_pages_get_a_translated_404_that_leaks_nothing() {
    let app = TestApp::spawn().await;
    let c = app.client();
    let fr = c.get_with("/no/such/page", &[("accept-language", "fr-FR,fr;q=0.9")]).await;
    assert_eq!(fr.status, 404);
    fr.assert_has("<html lang=\"fr\" dir=\"ltr\">");
    fr.assert_has(&m4m_web::i18n::Tr::for_code("fr").t("error-404-title"));
    fr.assert_lacks("Page not found");
    let ar = c.get("/no/such/page?lang=ar").await;
    ar.assert_has("<html lang=\"ar\" dir=\"rtl\">");
    // A path the router cannot parse gets a page too, not the framework's text.
    let coordinator = app.login("coordinator.fr@example.org").await;
    let bad = coordinator.get("/programmes/not-a-number?lang=en").await;
    assert_eq!(bad.status, 400);
    bad.assert_has("<html lang=\"en\"");
    bad.assert_lacks("Invalid URL");
    // A wrong method too.
    let put = coordinator.http.put(format!("{}/home", app.base)).send().await.unwrap();
    assert!(put.status().is_client_error());
}

#[tokio::test]
async fn every_page_carries_the_security_headers() {
    let app = TestApp::spawn().await;
    let c = app.login("coordinator.fr@example.org").await;
    for path in ["/", "/login", "/home", "/nowhere"] {
        let p = c.get(path).await;
        let csp = p.headers["content-security-policy"].to_str().unwrap();
        assert!(csp.contains("default-src 'self'") && !csp.contains("unsafe-inline"), "{path}");
        assert!(csp.contains("frame-ancestors 'none'") && csp.contains("object-src 'none'"));
        assert_eq!(p.headers["x-content-type-options"], "nosniff");
        assert_eq!(p.headers["cache-control"], "no-store", "{path}");
        assert!(p.headers.contains_key("x-request-id"));
        assert!(!p.headers.contains_key("strict-transport-security"), "not over plain HTTP");
    }
}

#[tokio::test]
async fn over_tls_browsers_are_told_to_keep_to_https_and_cookies_are_host_bound() {
    // Behind a TLS proxy the server marks its cookies Secure; the test
    // client reaches it over plain HTTP, so it reads the headers only.
    let config = m4m_web::Config { secure_cookies: true, ..TestApp::demo_config() };
    let app = TestApp::spawn_with(config, true).await;
    let c = app.client();
    let page = c.get("/login").await;
    assert_eq!(page.headers["strict-transport-security"], "max-age=31536000; includeSubDomains");
    let r = c.login("coordinator.fr@example.org", m4m_store::demo::DEMO_PASSWORD).await;
    assert_eq!(r.status(), 303);
    let cookie = r.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(cookie.starts_with("__Host-m4m_session="), "{cookie}");
    assert!(cookie.contains("; Secure") && cookie.contains("HttpOnly") && cookie.contains("Path=/"), "{cookie}");
    assert!(!cookie.contains("Domain="), "{cookie}");
}

#[tokio::test]
async fn pages_request_nothing_from_other_hosts_and_stay_small() {
    let app = TestApp::spawn().await;
    let c = app.login("coordinator.fr@example.org").await;
    let anonymous = app.client().get("/").await;
    anonymous.assert_lacks("<script");
    for path in ["/home", "/programmes/1", "/invitations/new"] {
        let p = c.get(path).await;
        assert_eq!(p.status, 200, "{path}");
        for pattern in ["src=\"http", "href=\"http", "@import", "<script"] {
            p.assert_lacks(pattern);
        }
        assert!(p.body.len() < 60_000, "{path} is {} bytes", p.body.len());
    }
    let css = c.get("/static/m4m.css").await;
    assert!(css.body.len() < 12_000);
    assert!(!css.body.contains("margin-left") && !css.body.contains("padding-right"), "logical properties only");
}

#[tokio::test]
async fn the_api_answers_in_json() {
    let app = TestApp::spawn().await;
    let anonymous = app.client().get("/api/v1/programmes").await;
    assert_eq!(anonymous.status, 401);
    let v: serde_json::Value = serde_json::from_str(&anonymous.body).unwrap();
    assert_eq!(v["error"]["status"], 401);
    let c = app.login("coordinator.fr@example.org").await;
    let missing = c.get("/api/v1/programmes/9999").await;
    assert_eq!(missing.status, 404);
    assert!(missing.headers["content-type"].to_str().unwrap().starts_with("application/json"));
    let me: serde_json::Value = serde_json::from_str(&c.get("/api/v1/me").await.body).unwrap();
    assert_eq!(me["email"], "coordinator.fr@example.org");
    assert_eq!(me["roles"][0]["role"], "coordinator");
}

#[tokio::test]
async fn pages_are_compressed_for_browsers_that_ask() {
    let app = TestApp::spawn().await;
    let c = app.client();
    let plain = c.get("/join/1/mentee").await;
    let zipped = c.get_with("/join/1/mentee", &[("accept-encoding", "gzip")]).await;
    assert_eq!(zipped.headers["content-encoding"], "gzip");
    assert!(plain.headers.get("content-encoding").is_none());
    assert!(zipped.body.len() < plain.body.len() / 2, "{} vs {}", zipped.body.len(), plain.body.len());
}

/// A failure the user did not cause shows the translated 500 page and
/// nothing of its cause; the log has the cause whole (what failed, then
/// why) with the id of the request it failed in.
#[tokio::test]
async fn an_internal_error_is_logged_with_its_causes_and_the_page_shows_none() {
    use crate::support::{ServerProcess, exec, fresh_database, one};
    let (url, _file) = fresh_database().await;
    // At the level a server runs at: the request's span, and its id, show.
    let server = ServerProcess::start(&url, "info").await;
    sqlx::any::install_default_drivers();
    let mut raw =
        <sqlx::AnyConnection as sqlx::Connection>::connect(&m4m_store::parse_url(&url).unwrap().1).await.unwrap();
    let amal = one(&mut raw, "SELECT id FROM participants WHERE first_name = 'Amal'").await;
    let pair = one(&mut raw, &format!("SELECT id FROM pairs WHERE mentee_id = {amal} ORDER BY id LIMIT 1")).await;
    exec(&mut raw, &format!("UPDATE pairs SET agreement = 'x' WHERE id = {pair}")).await;

    let page = server.login("buddy1.fr@example.org").await.get(&format!("/pairs/{pair}?lang=fr")).await;
    assert_eq!(page.status, 500);
    page.assert_has("Un problème est survenu de notre côté");
    page.assert_lacks("JSON");
    let request = page.headers.get("x-request-id").and_then(|v| v.to_str().ok()).expect("a request id").to_owned();
    let log = server.stop();
    let line = log.lines().find(|l| l.contains("internal error")).unwrap_or_else(|| panic!("no error logged:\n{log}"));
    assert!(
        line.contains("the pair agreement cannot be stored as JSON or read back: expected value at line 1 column 1"),
        "{line}"
    );
    assert!(line.contains(&request), "{line}");
}
