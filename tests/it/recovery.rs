//! Getting back into an account and closing one: "forgot my password",
//! changing one's password, `m4m user reset-password`, and deactivating
//! and reactivating an account (the administrator's page and
//! `m4m user deactivate|activate`).

use crate::support::{Client, PASSWORD, TestApp, exec};

/// The first `/login/reset/<token>` link in a text.
fn reset_link(body: &str) -> String {
    body.match_indices("/login/reset/")
        .map(|(at, _)| &body[at..])
        .find(|rest| rest.len() >= 13 + 64 && rest[13..13 + 64].bytes().all(|b| b.is_ascii_hexdigit()))
        .map(|rest| rest[..13 + 64].to_owned())
        .expect("a reset link")
}

/// Asks for a reset link for `email` through the form.
async fn forgot(c: &Client, email: &str) -> crate::support::Page {
    c.post("/login/forgot", "/login/forgot", &[("email", email)]).await
}

/// The messages queued for `recipient`, newest first.
/// The messages with a link to a new password sent to `recipient`.
async fn mail_to(app: &TestApp, recipient: &str) -> Vec<m4m_store::outbox::Message> {
    let outbox = app.store.outbox(500).await.unwrap();
    outbox.into_iter().filter(|m| m.recipient == recipient && m.body.contains("/login/reset/")).collect()
}

#[tokio::test]
async fn a_forgotten_password_is_replaced_with_a_single_use_link_that_ends_the_other_sessions() {
    let app = TestApp::spawn().await;
    let karim = "buddy1.fr@example.org";
    // Karim is logged in on another computer.
    let elsewhere = app.login(karim).await;
    let c = app.client();
    c.get("/login?lang=en").await.assert_has("href=\"/login/forgot\">Forgot your password?</a>");

    // The answer is the same whether the address has an account or not.
    let known = forgot(&c, "Buddy1.FR@example.org").await;
    let unknown = forgot(&c, "nobody@example.org").await;
    assert_eq!((known.status, unknown.status), (303, 303));
    assert_eq!(known.location(), unknown.location());
    assert_eq!(known.body, unknown.body);
    c.get(&format!("{}&lang=en", known.location())).await.assert_has("If an account uses this address");
    assert!(mail_to(&app, "nobody@example.org").await.is_empty());
    let mail = mail_to(&app, karim).await;
    assert_eq!(mail.len(), 1);
    let link = reset_link(&mail[0].body);
    // The link is completed with the server's address when it is sent.
    assert!(mail[0].body.contains(&m4m_store::outbox::link(&link)), "{}", mail[0].body);
    // The database keeps only the hash of the link's secret.
    let token = &link["/login/reset/".len()..];
    let mut raw = app.raw().await;
    let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM password_resets WHERE token_hash = $1")
        .bind(token)
        .fetch_one(&mut raw)
        .await
        .unwrap();
    assert_eq!(stored, 0, "the token itself is not stored");

    // The link opens a form; the new password follows the rules.
    let form = c.get(&format!("{link}?lang=en")).await;
    assert_eq!(form.status, 200);
    form.assert_has("Choose a new password");
    let mismatch =
        c.post(&link, &link, &[("password", "a new passphrase"), ("password_again", "another passphrase")]).await;
    assert_eq!(mismatch.status, 422);
    let common =
        c.post(&link, &format!("{link}?lang=en"), &[("password", "password"), ("password_again", "password")]).await;
    assert_eq!(common.status, 422);
    common.assert_has("among the most common ones");
    let done = c.post(&link, &link, &[("password", "a new passphrase"), ("password_again", "a new passphrase")]).await;
    assert_eq!(done.status, 303);
    assert_eq!(done.location(), "/login?reset=1");
    c.get("/login?reset=1&lang=en").await.assert_has("Your new password is saved");

    // The other session has ended; the link works once.
    assert_eq!(elsewhere.get("/home").await.status, 303);
    let again = c.get(&format!("{link}?lang=en")).await;
    assert_eq!(again.status, 410);
    again.assert_has("has expired or has already been used");
    let csrf = again.csrf();
    let replay = c
        .post_raw(
            &link,
            &[("csrf", &csrf), ("password", "a third passphrase"), ("password_again", "a third passphrase")],
        )
        .await;
    assert_eq!(replay.status, 410);
    assert_eq!(app.client().login(karim, PASSWORD).await.status(), 401);
    assert_eq!(app.client().login(karim, "a third passphrase").await.status(), 401);
    assert_eq!(app.client().login(karim, "a new passphrase").await.status(), 303);
    // A made-up link is simply not found.
    assert_eq!(c.get(&format!("/login/reset/{}", "0".repeat(64))).await.status, 404);
    assert_eq!(c.get("/login/reset/short").await.status, 404);

    // A link expires after an hour.
    assert_eq!(forgot(&c, karim).await.status, 303);
    let late = reset_link(&mail_to(&app, karim).await[0].body);
    assert_ne!(late, link);
    exec(&mut raw, "UPDATE password_resets SET created_at = created_at - 3601, expires_at = expires_at - 3601").await;
    assert_eq!(c.get(&late).await.status, 410);
}

#[tokio::test]
async fn asking_for_new_passwords_is_throttled_per_address_and_per_client() {
    let app = TestApp::spawn().await;
    let c = app.client();
    let karim = "buddy1.fr@example.org";
    for _ in 0..3 {
        assert_eq!(forgot(&c, karim).await.status, 303);
    }
    // The fourth in the hour: refused, for an address with or without an
    // account alike, and no message is queued.
    let blocked = c.post("/login/forgot?lang=en", "/login/forgot", &[("email", karim)]).await;
    assert_eq!(blocked.status, 429);
    assert_eq!(blocked.headers["retry-after"], "3600");
    blocked.assert_has("Too many requests for a new password");
    assert_eq!(mail_to(&app, karim).await.len(), 3);
    for _ in 0..3 {
        assert_eq!(forgot(&c, "nobody@example.org").await.status, 303);
    }
    assert_eq!(forgot(&c, "nobody@example.org").await.status, 429);
    // From one client, at most 20 requests an hour whatever the address.
    for i in 9..=20 {
        assert_eq!(forgot(&c, &format!("someone{i}@example.org")).await.status, 303, "request {i}");
    }
    assert_eq!(forgot(&c, "newcomer1.fr@example.org").await.status, 429);
    assert!(mail_to(&app, "newcomer1.fr@example.org").await.is_empty());
    // A malformed address says what to fix, and keeps what was typed.
    let bad = c.post("/login/forgot?lang=en", "/login/forgot", &[("email", "not an address")]).await;
    assert_eq!(bad.status, 422);
    bad.assert_has("value=\"not an address\"");
}

#[tokio::test]
async fn a_person_changes_their_password_and_their_other_sessions_end() {
    let app = TestApp::spawn().await;
    let amal = "newcomer1.fr@example.org";
    let here = app.login(amal).await;
    let elsewhere = app.login(amal).await;
    here.get("/home?lang=en").await.assert_has("href=\"/account/password\"");
    let page = here.get("/account/password?lang=en").await;
    assert_eq!(page.status, 200);
    page.assert_has("Current password");
    // A wrong current password changes nothing.
    let wrong = here
        .post(
            "/account/password",
            "/account/password?lang=en",
            &[
                ("current_password", "not-mine-at-all"),
                ("password", "a new passphrase"),
                ("password_again", "a new passphrase"),
            ],
        )
        .await;
    assert_eq!(wrong.status, 422);
    wrong.assert_has("This is not your current password");
    // The refusal of a common password says that it is too common.
    let common = here
        .post(
            "/account/password",
            "/account/password?lang=en",
            &[("current_password", PASSWORD), ("password", "password"), ("password_again", "password")],
        )
        .await;
    assert_eq!(common.status, 422);
    common.assert_has("among the most common ones");
    common.assert_lacks("at least 8 characters.");
    assert_eq!(elsewhere.get("/home").await.status, 200, "nothing changed yet");
    let done = here
        .post(
            "/account/password",
            "/account/password",
            &[("current_password", PASSWORD), ("password", "a new passphrase"), ("password_again", "a new passphrase")],
        )
        .await;
    assert_eq!(done.status, 303);
    assert_eq!(done.location(), "/account/password?done=1");
    here.get("/account/password?done=1&lang=en").await.assert_has("Your password is changed");
    // This session stays; the other one has ended.
    assert_eq!(here.get("/home").await.status, 200);
    assert_eq!(elsewhere.get("/home").await.status, 303);
    assert_eq!(app.client().login(amal, PASSWORD).await.status(), 401);
    assert_eq!(app.client().login(amal, "a new passphrase").await.status(), 303);
}

#[tokio::test]
async fn a_borrowed_session_cannot_guess_the_current_password() {
    let app = TestApp::spawn().await;
    let c = app.login("buddy2.fr@example.org").await;
    for _ in 0..5 {
        let r = c
            .post(
                "/account/password",
                "/account/password",
                &[
                    ("current_password", "a guess 123"),
                    ("password", "a new passphrase"),
                    ("password_again", "a new passphrase"),
                ],
            )
            .await;
        assert_eq!(r.status, 422);
    }
    let blocked = c
        .post(
            "/account/password",
            "/account/password",
            &[("current_password", PASSWORD), ("password", "a new passphrase"), ("password_again", "a new passphrase")],
        )
        .await;
    assert_eq!(blocked.status, 429);
    // The password is unchanged (and log-ins to the account wait too).
    let hash = app.store.user_by_email("buddy2.fr@example.org").await.unwrap().unwrap().password_hash.unwrap();
    assert!(m4m_domain::account::password::verify(PASSWORD, &hash));
    assert_eq!(app.client().login("buddy2.fr@example.org", PASSWORD).await.status(), 429);
}

/// A GET of the JSON API with a bearer token: its status.
async fn api_status(app: &TestApp, token: &str) -> u16 {
    reqwest::Client::new()
        .get(format!("{}/api/v1/me", app.base))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
        .status()
        .as_u16()
}

#[tokio::test]
async fn a_deactivated_account_loses_its_sessions_and_tokens_at_once_and_keeps_its_data() {
    let app = TestApp::spawn().await;
    let claire = "coordinator.gr@example.org";
    let id = app.store.user_by_email(claire).await.unwrap().unwrap().id;
    let session = app.login(claire).await;
    let (token, _) = app.store.create_api_token(None, id, "partner tool").await.unwrap();
    assert_eq!(api_status(&app, &token).await, 200);
    let admin = app.login("admin@example.org").await;
    let users = admin.get("/admin/users?lang=en").await;
    // (The page was opened with `?lang=en`: its forms post with it.)
    users.assert_has(&format!("action=\"/admin/users/{id}/deactivate?lang=en\""));
    let own = app.store.user_by_email("admin@example.org").await.unwrap().unwrap().id;
    users.assert_lacks(&format!("action=\"/admin/users/{own}/deactivate"));

    let done = admin.post("/admin/users", &format!("/admin/users/{id}/deactivate"), &[]).await;
    assert_eq!(done.status, 303);
    let users = admin.get(&format!("{}&lang=en", done.location())).await;
    users.assert_has("The account is deactivated");
    users.assert_has(&format!("action=\"/admin/users/{id}/activate?lang=en\""));
    // At once: the open session and the API token no longer work.
    assert_eq!(session.get("/home").await.status, 303);
    assert_eq!(api_status(&app, &token).await, 401);
    // The right password is told the account is deactivated; a wrong one
    // gets the usual answer.
    let right = app.client().login(claire, PASSWORD).await;
    assert_eq!(right.status(), 403);
    assert!(right.text().await.unwrap().contains("This account is deactivated"));
    let wrong = app.client().login(claire, "not-the-password").await;
    assert_eq!(wrong.status(), 401);
    assert!(!wrong.text().await.unwrap().contains("deactivated"));
    // No reset link for a deactivated account.
    assert_eq!(forgot(&app.client(), claire).await.status, 303);
    assert!(mail_to(&app, claire).await.is_empty());
    // Its data stay: the account and its role.
    assert_eq!(app.store.grants(id).await.unwrap().len(), 1);
    // An administrator cannot lock themselves out; others may not do this.
    assert_eq!(admin.post("/admin/users", &format!("/admin/users/{own}/deactivate"), &[]).await.status, 400);
    let coordinator = app.login("coordinator.fr@example.org").await;
    assert_eq!(coordinator.post("/home", &format!("/admin/users/{id}/activate"), &[]).await.status, 403);
    assert_eq!(admin.post("/admin/users", "/admin/users/999999/activate", &[]).await.status, 404);

    // Reactivated: the password opens it again; the token stays revoked.
    let back = admin.post("/admin/users", &format!("/admin/users/{id}/activate"), &[]).await;
    assert_eq!(back.status, 303);
    assert_eq!(app.client().login(claire, PASSWORD).await.status(), 303);
    assert_eq!(api_status(&app, &token).await, 401);
}

fn m4m(app: &TestApp, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_m4m"))
        .args(["user"])
        .args(args)
        .args(["--database-url", &app.url])
        .env("M4M_PASSWORD", "an operator's passphrase")
        .output()
        .unwrap()
}

#[tokio::test]
async fn the_operator_resets_a_password_and_deactivates_an_account_from_the_command_line() {
    let app = TestApp::spawn().await;
    let karim = "buddy1.fr@example.org";
    let session = app.login(karim).await;
    let out = m4m(&app, &["reset-password", "--email", "Buddy1.fr@example.org"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(session.get("/home").await.status, 303, "the sessions end");
    assert_eq!(app.client().login(karim, PASSWORD).await.status(), 401);
    assert_eq!(app.client().login(karim, "an operator's passphrase").await.status(), 303);
    // A common password is refused as too common, not as too short.
    let common = std::process::Command::new(env!("CARGO_BIN_EXE_m4m"))
        .args(["user", "reset-password", "--email", karim, "--database-url", &app.url])
        .env("M4M_PASSWORD", "password")
        .output()
        .unwrap();
    assert_eq!(common.status.code(), Some(2));
    let err = String::from_utf8_lossy(&common.stderr);
    assert!(err.contains("most common") && !err.contains("at least 8"), "{err}");
    let unknown = m4m(&app, &["reset-password", "--email", "nobody@example.org"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("no account"));

    let session = app.client();
    assert_eq!(session.login(karim, "an operator's passphrase").await.status(), 303);
    let off = m4m(&app, &["deactivate", "--email", karim]);
    assert!(off.status.success(), "{}", String::from_utf8_lossy(&off.stderr));
    assert_eq!(session.get("/home").await.status, 303);
    assert_eq!(app.client().login(karim, "an operator's passphrase").await.status(), 403);
    let on = m4m(&app, &["activate", "--email", karim]);
    assert!(on.status.success(), "{}", String::from_utf8_lossy(&on.stderr));
    assert_eq!(app.client().login(karim, "an operator's passphrase").await.status(), 303);
}
