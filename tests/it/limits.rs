//! Limits that must hold when many requests arrive at the same moment, not
//! only one after another: the log-in throttle and the tries of a two-step
//! code, each attacked with over a hundred simultaneous requests over real
//! HTTP.

use m4m_domain::two_factor::{STEP_SECS, code_at};
use m4m_web::Config;

use crate::support::{Client, ServerProcess, TestApp};

const PASSWORD: &str = m4m_store::demo::DEMO_PASSWORD;

/// Sends `forms` to `path` all at once from one browser (one cookie jar,
/// one CSRF token); returns each answer's status and `Location`.
async fn burst(c: &Client, path: &str, forms: Vec<Vec<(&'static str, String)>>) -> Vec<(u16, String)> {
    let csrf = c.get(if path == "/login" { "/login" } else { "/login/code" }).await.csrf();
    let mut tasks = Vec::new();
    for form in forms {
        let http = c.http.clone();
        let url = format!("{}{path}", c.base);
        let mut fields = vec![("csrf", csrf.clone())];
        fields.extend(form);
        tasks.push(tokio::spawn(async move {
            let r = http.post(url).form(&fields).send().await.unwrap();
            let location = r.headers().get("location").map(|l| l.to_str().unwrap().to_owned()).unwrap_or_default();
            (r.status().as_u16(), location)
        }));
    }
    let mut out = Vec::new();
    for t in tasks {
        out.push(t.await.unwrap());
    }
    out
}

#[tokio::test]
async fn a_burst_of_passwords_on_one_account_gets_no_more_checks_than_the_limit() {
    let app = TestApp::spawn().await;
    let c = app.client();
    let email = "buddy1.fr@example.org";
    let mut forms: Vec<Vec<(&'static str, String)>> =
        (0..120).map(|i| vec![("email", email.to_owned()), ("password", format!("wrong-{i}"))]).collect();
    // The right password, in the middle of the burst.
    forms.insert(60, vec![("email", email.to_owned()), ("password", PASSWORD.to_owned())]);
    let answers = burst(&c, "/login", forms).await;
    let checked = answers.iter().filter(|(s, _)| *s == 401 || *s == 303).count();
    let throttled = answers.iter().filter(|(s, _)| *s == 429).count();
    assert!(answers.iter().all(|(s, _)| [303, 401, 429].contains(s)), "{answers:?}");
    assert!(checked <= 5, "{checked} passwords were checked out of a burst of 121");
    assert_eq!(checked + throttled, 121);
    // Afterwards the account is throttled for everyone, right password or
    // not.
    let later = app.client();
    assert_eq!(later.login(email, PASSWORD).await.status(), 429);
}

#[tokio::test]
async fn a_burst_of_codes_on_one_challenge_gets_no_more_checks_than_its_tries() {
    let app = TestApp::spawn_with(Config::default(), true).await;
    let email = "supervisor.fr@example.org";
    let id = app.store.user_by_email(email).await.unwrap().unwrap().id;
    // Set up the second factor, as the supervisor does at her first log-in.
    let first = app.client();
    first.login(email, PASSWORD).await;
    first.get("/account/two-factor").await;
    let secret = app.store.two_factor(id).await.unwrap().unwrap().secret;
    let code = |steps: i64| code_at(&secret, m4m_store::now() / STEP_SECS + steps);
    let r = first.post("/account/two-factor", "/account/two-factor", &[("code", &code(0))]).await;
    assert_eq!(r.status, 200, "{}", r.body);

    let c = app.client();
    let r = c.login(email, PASSWORD).await;
    assert_eq!(r.headers()["location"], "/login/code");
    let right = code(1);
    let mut forms: Vec<Vec<(&'static str, String)>> = (0..120)
        .map(|i| format!("{:06}", (i * 7919) % 1_000_000))
        .filter(|wrong| *wrong != right)
        .map(|wrong| vec![("code", wrong)])
        .collect();
    forms.insert(50, vec![("code", right)]);
    let sent = forms.len();
    let answers = burst(&c, "/login/code", forms).await;
    let logged_in = answers.iter().filter(|(s, l)| *s == 303 && l == "/home").count() as i64;
    let refused = answers.iter().filter(|(s, l)| *s == 401 || (*s == 303 && l == "/login?again=1")).count();
    assert_eq!(logged_in as usize + refused, sent, "{answers:?}");
    // Every wrong code checked counts against the account's log-in
    // throttle: the trail of failures tells how many were checked.
    let mut raw = app.raw().await;
    let wrong_checked = crate::support::one(
        &mut raw,
        &format!("SELECT COUNT(*) FROM login_attempts WHERE email = '{email}' AND success = 0"),
    )
    .await;
    assert!(wrong_checked + logged_in <= 5, "{wrong_checked} wrong codes and {logged_in} right one checked");
    assert!(wrong_checked + logged_in >= 1, "the challenge's tries were used");
}

/// 200 log-ins at the same moment, each for another address: the server's
/// memory stays within the bound the password gate sets (one 19 MiB check
/// per core at a time, in working memory it reuses), where it used to grow
/// by gigabytes and stay there.
#[tokio::test]
async fn a_flood_of_log_ins_stays_within_the_memory_bound() {
    let app = TestApp::spawn().await;
    let server = ServerProcess::start(&app.url, "warn").await;
    let c = server.client();
    let before = server.peak_memory_kib();
    let forms: Vec<Vec<(&'static str, String)>> = (0..200)
        .map(|i| vec![("email", format!("nobody{i}@example.org")), ("password", format!("wrong-password-{i}"))])
        .collect();
    let answers = burst(&c, "/login", forms).await;
    assert!(answers.iter().all(|(s, _)| [401, 429, 503].contains(s)), "{answers:?}");
    assert!(answers.iter().any(|(s, _)| *s == 401), "some were checked");
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get()) as u64;
    let bound = before + cores * 2 * 20 * 1024 + 64 * 1024;
    let peak = server.peak_memory_kib();
    server.stop();
    assert!(peak <= bound, "peak {peak} KiB after a flood, bound {bound} KiB (started at {before} KiB)");
}

/// Two servers started at the same moment with `--demo` on one empty
/// database: both come up, and the demo is loaded once.
#[tokio::test]
async fn two_servers_starting_together_load_the_demo_once() {
    let (url, file) = crate::support::fresh_database().await;
    let (a, b) = tokio::join!(ServerProcess::start(&url, "warn"), ServerProcess::start(&url, "warn"));
    for server in [&a, &b] {
        let r = server.client().login("coordinator.fr@example.org", PASSWORD).await;
        assert_eq!(r.status(), 303, "both servers serve the demo");
    }
    let (log_a, log_b) = (a.stop(), b.stop());
    sqlx::any::install_default_drivers();
    let mut raw = <sqlx::AnyConnection as sqlx::Connection>::connect(&url).await.unwrap();
    assert_eq!(crate::support::one(&mut raw, "SELECT COUNT(*) FROM organisations").await, 2, "{log_a}\n{log_b}");
    assert_eq!(crate::support::one(&mut raw, "SELECT COUNT(*) FROM users WHERE email = 'admin@example.org'").await, 1);
    if let Some(file) = file {
        let _ = std::fs::remove_file(file);
    }
}
