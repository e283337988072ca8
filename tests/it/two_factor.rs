//! Two-step log-in for the roles that see many people's records: set up
//! with an authenticator application, asked after the password, codes
//! that work once, recovery codes for a lost phone.

use m4m_domain::two_factor::{STEP_SECS, code_at};
use m4m_web::Config;

use crate::support::{Client, TestApp};

const PASSWORD: &str = m4m_store::demo::DEMO_PASSWORD;

/// m4m as in production: staff must set up a second factor.
async fn strict() -> TestApp {
    TestApp::spawn_with(Config::default(), true).await
}

/// The code an authenticator application shows now for the account.
async fn current_code(app: &TestApp, user_id: i64, steps_ahead: i64) -> String {
    let tf = app.store.two_factor(user_id).await.unwrap().expect("a secret");
    code_at(&tf.secret, m4m_store::now() / STEP_SECS + steps_ahead)
}

async fn password_step(c: &Client, email: &str) -> reqwest::Response {
    c.login(email, PASSWORD).await
}

/// Sets up the second factor for a fresh log-in; returns the recovery
/// codes shown.
async fn set_up(app: &TestApp, c: &Client, user_id: i64) -> Vec<String> {
    let page = c.get("/account/two-factor?lang=en").await;
    assert_eq!(page.status, 200);
    let code = current_code(app, user_id, 0).await;
    let done = c.post("/account/two-factor", "/account/two-factor?lang=en", &[("code", &code)]).await;
    assert_eq!(done.status, 200, "{}", done.body);
    done.assert_has("Keep these recovery codes");
    let codes: Vec<String> =
        done.body.split("<li><code>").skip(1).map(|s| s.split("</code>").next().unwrap().to_owned()).collect();
    assert_eq!(codes.len(), 10);
    codes
}

#[tokio::test]
async fn a_coordinator_must_set_up_a_second_factor_before_anything_else() {
    let app = strict().await;
    let claire_id = app.store.user_by_email("coordinator.fr@example.org").await.unwrap().unwrap().id;
    let c = app.client();
    let r = password_step(&c, "coordinator.fr@example.org").await;
    assert_eq!(r.status(), 303, "no second factor yet: the password opens a session");
    // Every page leads to the set-up until it is done.
    for path in ["/home", "/programmes/1", "/people/1"] {
        let p = c.get(path).await;
        assert_eq!(p.status, 303, "{path}");
        assert_eq!(p.location(), "/account/two-factor");
    }
    let page = c.get("/account/two-factor?lang=en").await;
    page.assert_has("must set up two-step log-in");
    page.assert_has("<svg");
    page.assert_has("autocomplete=\"one-time-code\"");
    let tf = app.store.two_factor(claire_id).await.unwrap().unwrap();
    let typed = m4m_domain::two_factor::base32(&tf.secret);
    let shown: String =
        page.body.split("<code dir=\"ltr\">").nth(1).unwrap().split("</code>").next().unwrap().replace(' ', "");
    assert_eq!(shown, typed, "the secret to type by hand is the one stored");
    // A wrong code: refused, nothing set up.
    let wrong = c.post("/account/two-factor", "/account/two-factor?lang=en", &[("code", "000000")]).await;
    assert_eq!(wrong.status, 422);
    wrong.assert_has("This code is not right");
    assert!(app.store.two_factor(claire_id).await.unwrap().unwrap().confirmed_at.is_none());
    let codes = set_up(&app, &c, claire_id).await;
    assert!(codes.iter().all(|c| c.len() == 19));
    assert_eq!(c.get("/home").await.status, 200);
    // A buddy is not asked for one.
    let karim = app.client();
    assert_eq!(password_step(&karim, "buddy1.fr@example.org").await.status(), 303);
    assert_eq!(karim.get("/home").await.status, 200);
}

#[tokio::test]
async fn the_code_comes_after_the_password_and_works_once() {
    let app = strict().await;
    let email = "coordinator.fr@example.org";
    let id = app.store.user_by_email(email).await.unwrap().unwrap().id;
    let first = app.client();
    password_step(&first, email).await;
    let codes = set_up(&app, &first, id).await;

    // The password alone opens nothing.
    let c = app.client();
    let r = password_step(&c, email).await;
    assert_eq!(r.status(), 303);
    assert_eq!(r.headers()["location"], "/login/code");
    assert!(
        !r.headers().get_all("set-cookie").iter().any(|v| v.to_str().unwrap().starts_with("m4m_session=")),
        "no session before the code"
    );
    let home = c.get("/home").await;
    assert_eq!(home.status, 303);
    assert!(home.location().starts_with("/login"));
    let wrong = c.post("/login/code", "/login/code?lang=en", &[("code", "123456")]).await;
    assert_eq!(wrong.status, 401);
    wrong.assert_has("This code is not right");
    // The next step's code (the phone a little ahead) is accepted.
    let code = current_code(&app, id, 1).await;
    let ok = c.post("/login/code", "/login/code", &[("code", &code)]).await;
    assert_eq!(ok.status, 303);
    assert_eq!(ok.location(), "/home");
    assert_eq!(c.get("/home").await.status, 200);
    // The same code a second time is refused, even with the password.
    let again = app.client();
    password_step(&again, email).await;
    let replay = again.post("/login/code", "/login/code", &[("code", &code)]).await;
    assert_eq!(replay.status, 401);
    // A recovery code works once.
    let ok = again.post("/login/code", "/login/code", &[("code", &codes[0].to_uppercase())]).await;
    assert_eq!(ok.status, 303);
    assert_eq!(again.get("/home").await.status, 200);
    assert_eq!(app.store.recovery_codes_left(id).await.unwrap(), 9);
    let third = app.client();
    password_step(&third, email).await;
    assert_eq!(third.post("/login/code", "/login/code", &[("code", &codes[0])]).await.status, 401);
    let audit = app.store.audit_for(&format!("user:{id}"), 50).await.unwrap();
    assert!(audit.iter().any(|a| a.action == "login.second_factor_failed"));
    assert!(audit.iter().any(|a| a.action == "two_factor.recovery_code_used"));
}

#[tokio::test]
async fn five_wrong_codes_send_back_to_the_password() {
    let app = strict().await;
    let email = "supervisor.fr@example.org";
    let id = app.store.user_by_email(email).await.unwrap().unwrap().id;
    let first = app.client();
    password_step(&first, email).await;
    set_up(&app, &first, id).await;
    let c = app.client();
    password_step(&c, email).await;
    for _ in 0..4 {
        assert_eq!(c.post("/login/code", "/login/code", &[("code", "999999")]).await.status, 401);
    }
    let last = c.post("/login/code", "/login/code", &[("code", "999999")]).await;
    assert_eq!(last.status, 303);
    assert_eq!(last.location(), "/login?again=1");
    // Even the right code is too late now.
    let code = current_code(&app, id, 0).await;
    let late = c.post("/login", "/login/code", &[("code", &code)]).await;
    assert_eq!(late.status, 303);
    assert_eq!(late.location(), "/login?again=1");
    assert_eq!(c.get("/home").await.status, 303);
    c.get("/login?again=1&lang=en").await.assert_has("Log in again");
}

#[tokio::test]
async fn new_recovery_codes_need_a_current_code_and_replace_the_old() {
    let app = strict().await;
    let email = "admin@example.org";
    let id = app.store.user_by_email(email).await.unwrap().unwrap().id;
    let c = app.client();
    password_step(&c, email).await;
    let old = set_up(&app, &c, id).await;
    let page = c.get("/account/two-factor?lang=en").await;
    page.assert_has("Two-step log-in is on");
    page.assert_has("10 recovery codes left");
    let refused =
        c.post("/account/two-factor", "/account/two-factor/recovery-codes?lang=en", &[("code", "nope")]).await;
    assert_eq!(refused.status, 422);
    let code = current_code(&app, id, 1).await;
    let renewed = c.post("/account/two-factor", "/account/two-factor/recovery-codes", &[("code", &code)]).await;
    assert_eq!(renewed.status, 200);
    assert!(!renewed.body.contains(&old[0]), "new codes");
    let other = app.client();
    password_step(&other, email).await;
    assert_eq!(other.post("/login/code", "/login/code", &[("code", &old[1])]).await.status, 401, "old codes are void");
    // A lost phone and lost codes: the command line resets it.
    assert!(app.store.reset_two_factor(None, id).await.unwrap());
    let fresh = app.client();
    assert_eq!(password_step(&fresh, email).await.status(), 303);
    assert_eq!(fresh.get("/home").await.location(), "/account/two-factor", "to be set up again");
}
