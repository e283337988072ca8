//! Log-in, log-out, sessions, throttling and invitations.

use m4m_store::sessions::SessionLimits;
use m4m_web::Config;

use crate::support::{PASSWORD, ServerProcess, TestApp, fresh_database, without_colours};

#[tokio::test]
async fn a_wrong_password_and_an_unknown_email_get_the_same_answer() {
    let app = TestApp::spawn().await;
    let c = app.client();
    let wrong = c.login("coordinator.fr@example.org", "not-the-password").await;
    assert_eq!(wrong.status(), 401);
    let wrong = wrong.text().await.unwrap();
    let unknown = c.login("nobody@example.org", PASSWORD).await;
    assert_eq!(unknown.status(), 401);
    let unknown = unknown.text().await.unwrap();
    let message = "The e-mail address or the password is wrong";
    assert!(wrong.contains(message) && unknown.contains(message));
    // What was typed stays in the form, the password does not.
    assert!(wrong.contains("value=\"coordinator.fr@example.org\""));
    assert!(!wrong.contains("not-the-password"));
    // No session was opened.
    assert_eq!(c.get("/home").await.status, 303);
}

#[tokio::test]
async fn log_in_renews_the_session_and_log_out_ends_it() {
    let app = TestApp::spawn().await;
    let c = app.login("coordinator.fr@example.org").await;
    let home = c.get("/home").await;
    assert_eq!(home.status, 200);
    // Log in again as someone else in the same browser (the form was open
    // in another tab): a new session.
    let csrf = home.csrf();
    let again =
        c.post_raw("/login", &[("csrf", &csrf), ("email", "buddy1.fr@example.org"), ("password", PASSWORD)]).await;
    assert_eq!(again.status, 303);
    // The old session's token no longer passes.
    assert_eq!(c.post_raw("/logout", &[("csrf", &csrf)]).await.status, 403);
    c.get("/home?lang=en").await.assert_has("Karim Benali");
    let csrf = c.get("/home").await.csrf();
    let out = c.post_raw("/logout", &[("csrf", &csrf)]).await;
    assert_eq!(out.status, 303);
    assert_eq!(out.location(), "/login?bye=1");
    let after = c.get("/home").await;
    assert_eq!(after.status, 303);
    assert!(after.location().starts_with("/login?next="));
}

#[tokio::test]
async fn a_copied_session_cookie_is_worthless_after_log_out() {
    let app = TestApp::spawn().await;
    let c = app.client();
    let r = c.login("coordinator.fr@example.org", PASSWORD).await;
    let set_cookie = r.headers()["set-cookie"].to_str().unwrap().to_owned();
    assert!(set_cookie.contains("HttpOnly") && set_cookie.contains("SameSite=Lax"));
    let value = set_cookie.split(';').next().unwrap().to_owned();
    let thief = app.client();
    assert_eq!(thief.get_with("/home", &[("cookie", &value)]).await.status, 200);
    let csrf = c.get("/home").await.csrf();
    c.post_raw("/logout", &[("csrf", &csrf)]).await;
    assert_eq!(thief.get_with("/home", &[("cookie", &value)]).await.status, 303);
}

#[tokio::test]
async fn five_failures_lock_the_account_for_a_while_even_with_the_right_password() {
    let app = TestApp::spawn().await;
    let c = app.client();
    for _ in 0..5 {
        assert_eq!(c.login("buddy2.fr@example.org", "wrong-password").await.status(), 401);
    }
    let blocked = c.login("buddy2.fr@example.org", PASSWORD).await;
    assert_eq!(blocked.status(), 429);
    assert_eq!(blocked.headers()["retry-after"], "900");
    assert!(blocked.text().await.unwrap().contains("Too many attempts"));
    // Another account is not affected.
    assert_eq!(c.login("buddy1.fr@example.org", PASSWORD).await.status(), 303);
}

#[tokio::test]
async fn an_idle_session_ends() {
    let app = TestApp::spawn_with_idle(1).await;
    let c = app.login("coordinator.fr@example.org").await;
    assert_eq!(c.get("/home").await.status, 200);
    tokio::time::sleep(std::time::Duration::from_millis(2100)).await;
    assert_eq!(c.get("/home").await.status, 303);
}

#[tokio::test]
async fn a_session_ends_at_its_absolute_limit_however_busy() {
    let session = SessionLimits { idle_secs: 3600, absolute_secs: 2 };
    let app = TestApp::spawn_with(Config { session, ..TestApp::demo_config() }, true).await;
    let c = app.login("coordinator.fr@example.org").await;
    for _ in 0..3 {
        assert_eq!(c.get("/home").await.status, 200);
        tokio::time::sleep(std::time::Duration::from_millis(700)).await;
    }
    tokio::time::sleep(std::time::Duration::from_millis(1000)).await;
    assert_eq!(c.get("/home").await.status, 303);
}

/// The session, the account and its roles: one query per request, not
/// one each. Counted in the server's statement log (sqlx logs every
/// statement at debug level, in the span of its request).
#[tokio::test]
async fn a_signed_in_request_reads_its_session_account_and_roles_in_one_query() {
    let (url, _) = fresh_database().await;
    let server = ServerProcess::start(&url, "info,sqlx::query=debug").await;
    let c = server.login("coordinator.fr@example.org").await;
    // A page that reads nothing itself: whatever it reads, the request did.
    assert_eq!(c.get("/no-such-page").await.status, 404);
    let log = server.stop();
    let read: Vec<String> = log
        .lines()
        .map(without_colours)
        .filter(|l| l.contains("route=unmatched") && l.contains("db.statement=\"") && !l.contains("PRAGMA"))
        .collect();
    assert_eq!(read.len(), 1, "{read:#?}");
    assert!(read[0].contains("FROM login_sessions") && read[0].contains("JOIN memberships"), "{read:#?}");
}

#[tokio::test]
async fn an_inactive_account_cannot_log_in() {
    let app = TestApp::spawn().await;
    let c = app.login("buddy2.fr@example.org").await;
    let id = app.store.user_by_email("buddy2.fr@example.org").await.unwrap().unwrap().id;
    set_active(&app, id, false).await;
    // The open session dies with the account...
    assert_eq!(c.get("/home").await.status, 303);
    // ...and no new one can be opened: the right password is told why.
    assert_eq!(app.client().login("buddy2.fr@example.org", PASSWORD).await.status(), 403);
}

async fn set_active(app: &TestApp, id: i64, active: bool) {
    app.store.set_active(None, id, active).await.unwrap();
}

/// The first `/invitations/<token>` link in a page or an e-mail.
fn link_in(body: &str) -> String {
    body.match_indices("/invitations/")
        .map(|(at, _)| &body[at..])
        .find(|rest| rest.len() >= 13 + 64 && rest[13..13 + 64].bytes().all(|b| b.is_ascii_hexdigit()))
        .map(|rest| rest[..13 + 64].to_owned())
        .expect("an invitation link")
}

#[tokio::test]
async fn a_coordinator_invites_a_buddy_who_sets_a_password_once() {
    let app = TestApp::spawn().await;
    let coordinator = app.login("coordinator.fr@example.org").await;
    let sent = coordinator
        .post(
            "/invitations/new",
            "/invitations/new",
            &[("email", "Nadia@Example.org"), ("name", "Nadia Saleh"), ("role", "mentor")],
        )
        .await;
    assert_eq!(sent.status, 200, "{}", sent.body);
    let link = link_in(&sent.body);
    // The e-mail waits in the outbox, with the same link.
    let mail = app.store.outbox(10).await.unwrap();
    assert_eq!(mail[0].recipient, "nadia@example.org");
    assert!(mail[0].body.contains(&link));

    let nadia = app.client();
    let form = nadia.get(&link).await;
    assert_eq!(form.status, 200);
    form.assert_has("value=\"Nadia Saleh\"");
    // Two different passwords: refused, nothing used up.
    let mismatch = nadia
        .post(&link, &link, &[("name", "Nadia"), ("password", "long-enough-1"), ("password_again", "long-enough-2")])
        .await;
    assert_eq!(mismatch.status, 422);
    let short =
        nadia.post(&link, &link, &[("name", "Nadia"), ("password", "short"), ("password_again", "short")]).await;
    assert_eq!(short.status, 422);
    // One of the passwords attackers try first: refused, whatever its case.
    let common = nadia
        .post(
            &link,
            &format!("{link}?lang=en"),
            &[("name", "Nadia"), ("password", "Azertyuiop"), ("password_again", "Azertyuiop")],
        )
        .await;
    assert_eq!(common.status, 422);
    common.assert_has("among the most common ones");
    let ok = nadia
        .post(&link, &link, &[("name", "Nadia"), ("password", "long-enough-1"), ("password_again", "long-enough-1")])
        .await;
    assert_eq!(ok.status, 303);
    assert_eq!(ok.location(), "/home");
    let home = nadia.get("/home?lang=en").await;
    home.assert_has("Welcome, <bdi>Nadia</bdi>");
    home.assert_has("id=\"h-newcomers\"");
    // The link is single use.
    let again = app.client().get(&link).await;
    assert_eq!(again.status, 410);
    // And the password works.
    assert_eq!(app.client().login("nadia@example.org", "long-enough-1").await.status(), 303);
}

#[tokio::test]
async fn an_expired_invitation_is_refused_with_a_clear_message() {
    let app = TestApp::spawn().await;
    let admin = app.store.user_by_email("admin@example.org").await.unwrap().unwrap();
    let email = m4m_domain::account::Email::parse("late@example.org").unwrap();
    let token = app
        .store
        .invite(admin.id, &email, "Late", m4m_domain::Role::Mentor, Some(1), -1, None, |_| ("s".into(), "b".into()))
        .await
        .unwrap();
    let c = app.client();
    let page = c.get(&format!("/invitations/{token}?lang=en")).await;
    assert_eq!(page.status, 410);
    page.assert_has("has expired or has already been used");
    let csrf = page.csrf();
    let post = c
        .post_raw(
            &format!("/invitations/{token}"),
            &[("csrf", &csrf), ("name", "L"), ("password", "long-enough"), ("password_again", "long-enough")],
        )
        .await;
    assert_eq!(post.status, 410);
    assert!(app.store.user_by_email("late@example.org").await.unwrap().is_none());
    // A made-up token is simply not found.
    assert_eq!(c.get(&format!("/invitations/{}", "0".repeat(64))).await.status, 404);
    assert_eq!(c.get("/invitations/short").await.status, 404);
}

#[tokio::test]
async fn inviting_an_existing_person_adds_a_role() {
    let app = TestApp::spawn().await;
    let coordinator = app.login("coordinator.fr@example.org").await;
    // Amal, a newcomer, becomes a buddy too.
    let sent = coordinator
        .post(
            "/invitations/new",
            "/invitations/new",
            &[("email", "newcomer1.fr@example.org"), ("name", "Amal Haddad"), ("role", "mentor")],
        )
        .await;
    assert_eq!(sent.status, 200);
    let link = link_in(&sent.body);
    let amal = app.client();
    let done = amal
        .post(
            &link,
            &link,
            &[("name", "Amal Haddad"), ("password", "new-password-1"), ("password_again", "new-password-1")],
        )
        .await;
    assert_eq!(done.status, 303);
    let home = amal.get("/home?lang=en").await;
    home.assert_has("id=\"h-newcomers\"");
    home.assert_has("id=\"h-buddy\"");
    let id = app.store.user_by_email("newcomer1.fr@example.org").await.unwrap().unwrap().id;
    assert_eq!(app.store.grants(id).await.unwrap().len(), 2);
}

#[tokio::test]
async fn invitation_forms_refuse_what_the_inviter_may_not_give() {
    let app = TestApp::spawn().await;
    let coordinator = app.login("coordinator.fr@example.org").await;
    let before = app.store.outbox(100).await.unwrap().len();
    // A coordinator cannot make an administrator...
    let admin = coordinator
        .post(
            "/invitations/new?lang=en",
            "/invitations/new",
            &[("email", "x@example.org"), ("name", "X"), ("role", "administrator")],
        )
        .await;
    assert_eq!(admin.status, 422);
    // ...nor invite into another organisation (id 2 is the Greek one).
    let other = coordinator
        .post(
            "/invitations/new",
            "/invitations/new",
            &[("email", "y@example.org"), ("name", "Y"), ("role", "mentor"), ("organisation_id", "2")],
        )
        .await;
    assert_eq!(other.status, 422);
    // Bad e-mail: says what to fix and keeps the name typed.
    let bad = coordinator
        .post(
            "/invitations/new?lang=en",
            "/invitations/new",
            &[("email", "not-an-address"), ("name", "Zed"), ("role", "mentor")],
        )
        .await;
    assert_eq!(bad.status, 422);
    bad.assert_has("value=\"Zed\"");
    assert_eq!(app.store.outbox(100).await.unwrap().len(), before, "nothing was sent");
    // A buddy cannot invite at all.
    let buddy = app.login("buddy1.fr@example.org").await;
    assert_eq!(buddy.get("/invitations/new").await.status, 403);
}

/// A federation's administrator finds any staff account among hundreds:
/// by name without its accents or by e-mail, by role, deactivated ones
/// apart, a page at a time with the total. Buddies and newcomers stay
/// counts, never names, however many there are.
#[tokio::test]
async fn an_administrator_finds_any_staff_account_a_page_at_a_time() {
    use m4m_domain::Role;
    use m4m_domain::account::Email;
    let app = TestApp::spawn().await;
    let hash = "not-a-real-hash";
    for i in 0..120 {
        let email = Email::parse(&format!("coord{i}@federation.example")).unwrap();
        app.store
            .create_user(None, &email, &format!("Hélène Coordinatrice {i:03}"), hash, Role::Coordinator, Some(1))
            .await
            .unwrap();
    }
    let trainer = Email::parse("zoe.trainer@federation.example").unwrap();
    let zoe = app.store.create_user(None, &trainer, "Zoë Ångström", hash, Role::Trainer, Some(2)).await.unwrap();
    app.store.set_active(None, zoe, false).await.unwrap();
    for i in 0..30 {
        let email = Email::parse(&format!("volunteer{i}@federation.example")).unwrap();
        app.store.create_user(None, &email, &format!("Volunteer {i}"), hash, Role::Mentor, Some(1)).await.unwrap();
    }
    let mut raw = app.raw().await;
    let staff = crate::support::one(
        &mut raw,
        "SELECT COUNT(DISTINCT user_id) FROM memberships WHERE role NOT IN ('mentor', 'mentee')",
    )
    .await;
    sqlx::Connection::close(raw).await.unwrap();
    assert!(staff > 120);
    let admin = app.login("admin@example.org").await;

    let first = admin.get("/admin/users?lang=en").await;
    assert_eq!(first.status, 200);
    first.assert_has(&format!("Accounts 1–50 of {staff}"));
    first.assert_has("href=\"/admin/users?page=2\">Next</a>");
    let last = admin.get("/admin/users?page=3&lang=en").await;
    last.assert_has(&format!("Accounts 101–{staff} of {staff}"));
    for page in [&first, &last] {
        page.assert_lacks("volunteer1@federation.example");
        page.assert_lacks("Volunteer 1");
    }

    // Accents and case do not matter; the search and the page travel
    // together.
    let found = admin.get("/admin/users?q=HELENE+coordinatrice&lang=en").await;
    found.assert_has("Accounts 1–50 of 120");
    found.assert_has("href=\"/admin/users?q=HELENE+coordinatrice&#38;page=2\">Next</a>");
    let one = admin.get("/admin/users?q=coord7%40federation&lang=en").await;
    one.assert_has("One staff account");
    one.assert_has("<bdi>Hélène Coordinatrice 007</bdi>");

    // By role and state: the deactivated trainer alone.
    let trainers = admin.get("/admin/users?role=trainer&state=inactive&lang=en").await;
    trainers.assert_has("One staff account");
    trainers.assert_has("<bdi>Zoë Ångström</bdi>");
    trainers.assert_has("<option value=\"trainer\" selected>");
    let none = admin.get("/admin/users?q=zzzz&lang=fr").await;
    none.assert_has("Aucun compte ne correspond à cette recherche.");

    // The volunteers' accounts are counted per organisation.
    let buddies = crate::support::one(
        &mut app.raw().await,
        "SELECT COUNT(*) FROM memberships m JOIN organisations o ON o.id = m.organisation_id \
         WHERE m.role = 'mentor' AND o.id = 1",
    )
    .await;
    assert!(first.body.contains(&format!("</bdi></td><td>{buddies}</td>")), "{buddies} buddies counted for Lille");
    // The administrator's home counts every account in one query.
    let accounts = crate::support::one(&mut app.raw().await, "SELECT COUNT(*) FROM users").await;
    admin.get("/home?lang=en").await.assert_has(&format!("{accounts} accounts"));
}
