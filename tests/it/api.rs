//! The JSON API for partners' tools: bearer tokens made in the settings
//! or on the command line, the same permissions as the pages, and the
//! OpenAPI document generated from the handlers.

use serde_json::Value;

use crate::support::TestApp;

/// A client without cookies, as a partner's tool is.
fn tool() -> reqwest::Client {
    reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap()
}

async fn call(app: &TestApp, token: &str, method: reqwest::Method, path: &str, body: Option<&str>) -> (u16, Value) {
    let mut req = tool().request(method, format!("{}{path}", app.base)).bearer_auth(token);
    if let Some(b) = body {
        req = req.header("content-type", "application/json").body(b.to_owned());
    }
    let r = req.send().await.unwrap();
    let status = r.status().as_u16();
    let text = r.text().await.unwrap();
    (status, serde_json::from_str(&text).unwrap_or(Value::Null))
}

/// Makes a token through the settings page; returns it.
async fn token_from_settings(app: &TestApp, email: &str, name: &str) -> String {
    let c = app.login(email).await;
    let made = c.post("/account/tokens", "/account/tokens?lang=en", &[("name", name)]).await;
    assert_eq!(made.status, 200, "{}", made.body);
    made.assert_has("shown only this once");
    let at = made.body.find("m4m_").expect("the token, shown once");
    let token = made.body[at..at + 68].to_owned();
    assert!(token[4..].bytes().all(|b| b.is_ascii_hexdigit()), "{token}");
    let list = c.get("/account/tokens?lang=en").await;
    list.assert_has(name);
    list.assert_lacks(&token);
    token
}

#[tokio::test]
async fn a_buddys_token_reads_and_logs_sessions_of_his_own_pair_only() {
    let app = TestApp::spawn().await;
    let token = token_from_settings(&app, "buddy1.fr@example.org", "Phone app").await;
    let (status, me) = call(&app, &token, reqwest::Method::GET, "/api/v1/me", None).await;
    assert_eq!(status, 200);
    assert_eq!(me["email"], "buddy1.fr@example.org");
    assert_eq!(me["roles"][0]["role"], "mentor");
    let (status, pairs) = call(&app, &token, reqwest::Method::GET, "/api/v1/pairs", None).await;
    assert_eq!(status, 200);
    assert_eq!(pairs["pairs"].as_array().unwrap().len(), 1);
    assert_eq!(pairs["pairs"][0]["newcomer"], "Amal");
    assert_eq!(pairs["pairs"][0]["side"], "mentor");
    assert!(pairs.to_string().find("Haddad").is_none(), "first names only");
    let pair = pairs["pairs"][0]["id"].as_i64().unwrap();
    let path = format!("/api/v1/pairs/{pair}/sessions");
    let (status, before) = call(&app, &token, reqwest::Method::GET, &path, None).await;
    assert_eq!(status, 200);
    let before = before["sessions"].as_array().unwrap().len();

    // Logging needs no CSRF token with a bearer token; it is checked as the form is.
    let today = time::OffsetDateTime::now_utc().date() - time::Duration::days(1);
    let date = format!("{:04}-{:02}-{:02}", today.year(), u8::from(today.month()), today.day());
    let body = format!(
        r#"{{"date":"{date}","time":"10:00","duration_minutes":45,"mode":"online","topics":["language"],"summary":"Logged from the phone app","rating":5}}"#
    );
    let (status, created) = call(&app, &token, reqwest::Method::POST, &path, Some(&body)).await;
    assert_eq!(status, 201, "{created}");
    let id = created["id"].as_i64().unwrap();
    let s = app.store.peer_session(id).await.unwrap().unwrap();
    assert_eq!((s.summary.as_str(), s.duration_minutes, s.rating), ("Logged from the phone app", 45, Some(5)));
    let (_, after) = call(&app, &token, reqwest::Method::GET, &path, None).await;
    assert_eq!(after["sessions"].as_array().unwrap().len(), before + 1);
    // Wrong fields: 422 naming each; not JSON: 400; nothing stored.
    let (status, refused) = call(
        &app,
        &token,
        reqwest::Method::POST,
        &path,
        Some(r#"{"date":"soon","time":"25:00","duration_minutes":-4,"mode":"x"}"#),
    )
    .await;
    assert_eq!(status, 422, "{refused}");
    for field in ["date", "time", "duration", "mode"] {
        assert!(refused["error"]["fields"][field].is_string(), "{field}: {refused}");
    }
    assert_eq!(call(&app, &token, reqwest::Method::POST, &path, Some("{not json")).await.0, 400);
    let (_, after) = call(&app, &token, reqwest::Method::GET, &path, None).await;
    assert_eq!(after["sessions"].as_array().unwrap().len(), before + 1);
    // Another pair, another organisation's programme: not found.
    let leila = app.store.user_by_email("buddy2.fr@example.org").await.unwrap().unwrap().id;
    let hers = app.store.pairs_of_user(leila).await.unwrap()[0].id;
    let (status, err) = call(&app, &token, reqwest::Method::GET, &format!("/api/v1/pairs/{hers}/sessions"), None).await;
    assert_eq!(status, 404);
    assert_eq!(err["error"]["status"], 404);
    assert_eq!(
        call(&app, &token, reqwest::Method::POST, &format!("/api/v1/pairs/{hers}/sessions"), Some(&body)).await.0,
        404
    );
    let athens = app.store.programmes(None).await.unwrap().into_iter().find(|p| p.name.contains("Athens")).unwrap();
    assert_eq!(
        call(&app, &token, reqwest::Method::GET, &format!("/api/v1/programmes/{}", athens.id), None).await.0,
        404
    );
}

#[tokio::test]
async fn wrong_revoked_and_orphaned_tokens_open_nothing() {
    let app = TestApp::spawn().await;
    let token = token_from_settings(&app, "coordinator.fr@example.org", "Reporting").await;
    assert_eq!(call(&app, &token, reqwest::Method::GET, "/api/v1/programmes", None).await.0, 200);
    let forged = format!("m4m_{}", "0".repeat(64));
    for bad in [forged.as_str(), "m4m_short", "", "not-a-token"] {
        let (status, body) = call(&app, bad, reqwest::Method::GET, "/api/v1/me", None).await;
        assert_eq!(status, 401, "{bad:?}");
        assert_eq!(body["error"]["status"], 401);
    }
    // A bearer token opens the API, not the pages.
    let page = tool().get(format!("{}/home", app.base)).bearer_auth(&token).send().await.unwrap();
    assert_eq!(page.status().as_u16(), 303);
    // Revoked from the settings: dead at once.
    let claire = app.login("coordinator.fr@example.org").await;
    let id = app
        .store
        .api_tokens(app.store.user_by_email("coordinator.fr@example.org").await.unwrap().unwrap().id)
        .await
        .unwrap()[0]
        .id;
    // Someone else cannot revoke it.
    let karim = app.login("buddy1.fr@example.org").await;
    assert_eq!(karim.post("/account/tokens", &format!("/account/tokens/{id}/revoke"), &[]).await.status, 404);
    assert_eq!(call(&app, &token, reqwest::Method::GET, "/api/v1/me", None).await.0, 200);
    assert_eq!(claire.post("/account/tokens", &format!("/account/tokens/{id}/revoke"), &[]).await.status, 303);
    assert_eq!(call(&app, &token, reqwest::Method::GET, "/api/v1/me", None).await.0, 401);
    claire.get("/account/tokens?lang=en").await.assert_has("Revoked");
    // A token made on the command line, then the account deactivated.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_m4m"))
        .args([
            "token",
            "create",
            "--database-url",
            app.url.as_str(),
            "--user",
            "buddy2.fr@example.org",
            "--name",
            "Sync",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let cli_token = String::from_utf8(out.stdout).unwrap().trim().to_owned();
    assert!(cli_token.starts_with("m4m_") && cli_token.len() == 68);
    let (status, me) = call(&app, &cli_token, reqwest::Method::GET, "/api/v1/me", None).await;
    assert_eq!(status, 200);
    assert_eq!(me["email"], "buddy2.fr@example.org");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_m4m"))
        .args(["token", "create", "--database-url", app.url.as_str(), "--user", "nobody@example.org", "--name", "X"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let mut raw = app.raw().await;
    sqlx::query("UPDATE users SET active = 0 WHERE email = 'buddy2.fr@example.org'").execute(&mut raw).await.unwrap();
    assert_eq!(call(&app, &cli_token, reqwest::Method::GET, "/api/v1/me", None).await.0, 401);
}

#[tokio::test]
async fn the_openapi_document_describes_every_api_route() {
    let app = TestApp::spawn().await;
    let r = tool().get(format!("{}/api/v1/openapi.json", app.base)).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let doc: Value = serde_json::from_str(&r.text().await.unwrap()).unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    assert_eq!(doc["components"]["securitySchemes"]["bearer"]["scheme"], "bearer");
    // Every route the API serves is described (the router's own list).
    let routes: Vec<&str> = m4m_web::route_table()
        .into_iter()
        .map(|(_, path)| path)
        .filter(|p| p.starts_with("/api/") && *p != "/api/v1/openapi.json")
        .collect();
    assert!(routes.len() >= 5);
    for route in routes {
        let described = &doc["paths"][route];
        assert!(described.is_object(), "{route} is not in the OpenAPI document");
        for (_, op) in described.as_object().unwrap() {
            assert!(op["responses"].as_object().is_some_and(|r| !r.is_empty()), "{route}");
        }
    }
    assert!(doc["paths"]["/api/v1/pairs/{id}/sessions"]["post"]["requestBody"].is_object());
}

#[tokio::test]
async fn hostile_json_gets_a_4xx_or_is_stored_as_plain_text() {
    let app = TestApp::spawn().await;
    let token = token_from_settings(&app, "buddy1.fr@example.org", "Fuzz").await;
    let (_, pairs) = call(&app, &token, reqwest::Method::GET, "/api/v1/pairs", None).await;
    let pair = pairs["pairs"][0]["id"].as_i64().unwrap();
    let path = format!("/api/v1/pairs/{pair}/sessions");
    let before = app.store.peer_sessions(pair).await.unwrap().len();
    let values = [
        "null",
        "true",
        "-1",
        "1e308",
        "99999999999999999999999",
        "\"\"",
        "\"<script>alert(1)</script>\"",
        "\"\\u0000\"",
        "\"' OR 1=1 --\"",
        "[]",
        "{}",
        "[\"language\", 7, null]",
    ];
    let fields = ["status", "date", "time", "duration_minutes", "mode", "place", "topics", "summary", "rating"];
    let mut failures = Vec::new();
    let mut accepted = 0;
    for field in fields {
        for value in values {
            let body = format!(
                r#"{{"date":"2026-01-01","time":"10:00","duration_minutes":60,"mode":"online","topics":["language"],"rating":3,"{field}":{value}}}"#
            );
            let (status, _) = call(&app, &token, reqwest::Method::POST, &path, Some(&body)).await;
            match status {
                201 => accepted += 1,
                400..500 => {}
                _ => failures.push(format!("{field} = {value}: {status}")),
            }
        }
    }
    let long = format!(r#"{{"summary":"{}"}}"#, "x".repeat(200_000));
    let (status, _) = call(&app, &token, reqwest::Method::POST, &path, Some(&long)).await;
    assert_eq!(status, 413);
    for junk in ["", "{", "[1,2", "\u{0}", "{\"date\":}"] {
        let (status, _) = call(&app, &token, reqwest::Method::POST, &path, Some(junk)).await;
        assert_eq!(status, 400, "{junk:?}");
    }
    assert!(failures.is_empty(), "{failures:#?}");
    // Text is text: taken as typed, shown escaped; everything else refused.
    assert!(accepted > 0 && accepted < fields.len() * values.len());
    assert_eq!(app.store.peer_sessions(pair).await.unwrap().len(), before + accepted, "only what was accepted");
    let page = app.login("buddy1.fr@example.org").await.get(&format!("/pairs/{pair}")).await;
    page.assert_has("&lt;script&gt;alert(1)&lt;/script&gt;");
    page.assert_lacks("<script>alert(1)</script>");
    assert_eq!(tool().get(format!("{}/healthz", app.base)).send().await.unwrap().status().as_u16(), 200);
}

#[tokio::test]
async fn a_coordinators_tool_reads_people_answers_and_figures_of_her_organisation_only() {
    let app = TestApp::spawn().await;
    let token = token_from_settings(&app, "coordinator.fr@example.org", "Reporting").await;
    let lille = app.store.programmes(None).await.unwrap().into_iter().find(|p| p.name.contains("Lille")).unwrap();
    let (status, people) =
        call(&app, &token, reqwest::Method::GET, &format!("/api/v1/programmes/{}/people", lille.id), None).await;
    assert_eq!(status, 200);
    let amal = people["people"].as_array().unwrap().iter().find(|p| p["first_name"] == "Amal").expect("Amal");
    let id = amal["id"].as_i64().unwrap();
    let (status, person) = call(&app, &token, reqwest::Method::GET, &format!("/api/v1/people/{id}"), None).await;
    assert_eq!(status, 200);
    assert_eq!((person["last_name"].as_str(), person["kind"].as_str()), (Some("Haddad"), Some("mentee")));
    let (status, answers) =
        call(&app, &token, reqwest::Method::GET, &format!("/api/v1/people/{id}/answers"), None).await;
    assert_eq!(status, 200);
    let list = answers["questionnaires"].as_array().unwrap();
    let intake = list.iter().find(|q| q["kind"] == "newcomer_intake").expect("the intake");
    assert!(intake["answers"].is_object());
    let assessment = list.iter().find(|q| q["kind"] == "newcomer_self_assessment").expect("the self-assessment");
    assert_eq!(assessment["area_scores"].as_array().unwrap().len(), 11, "{answers}");
    // The questionnaires say what each answer answers: every question the
    // self-assessment answered is in the definition of its version.
    let (status, forms) = call(&app, &token, reqwest::Method::GET, "/api/v1/questionnaires", None).await;
    assert_eq!(status, 200);
    let form = forms["questionnaires"]
        .as_array()
        .unwrap()
        .iter()
        .find(|q| q["kind"] == "newcomer_self_assessment")
        .expect("the self-assessment's definition");
    let definition = form["definition"].to_string();
    for key in assessment["answers"].as_object().unwrap().keys() {
        assert!(definition.contains(&format!("\"{key}\"")), "{key} is defined: {definition}");
    }
    assert!(form["responses"].as_i64().unwrap() >= 1);
    // Both reads are in her record's access log.
    let trail = app.store.audit_for(&format!("participant:{id}"), 20).await.unwrap();
    assert!(trail.iter().filter(|a| a.action == "participant.read").count() >= 2);
    let (status, figures) = call(&app, &token, reqwest::Method::GET, "/api/v1/figures", None).await;
    assert_eq!(status, 200);
    let orgs = figures["organisations"].as_array().unwrap();
    assert_eq!(orgs.len(), 1, "her organisation only: {figures}");
    assert!(orgs[0]["mentees"].as_i64().unwrap() > 0);
    assert!(!figures.to_string().contains("Amal"), "counts, not people");
    // The Greek coordinator's tool and a buddy's see none of it.
    let greek = token_from_settings(&app, "coordinator.gr@example.org", "Athens").await;
    assert_eq!(call(&app, &greek, reqwest::Method::GET, &format!("/api/v1/people/{id}"), None).await.0, 404);
    assert_eq!(call(&app, &greek, reqwest::Method::GET, &format!("/api/v1/people/{id}/answers"), None).await.0, 404);
    let (_, gr) = call(&app, &greek, reqwest::Method::GET, "/api/v1/figures", None).await;
    assert_eq!(gr["organisations"].as_array().unwrap().len(), 1);
    assert_ne!(gr["organisations"][0]["organisation_id"], orgs[0]["organisation_id"]);
    let buddy = token_from_settings(&app, "buddy1.fr@example.org", "Phone").await;
    assert_eq!(call(&app, &buddy, reqwest::Method::GET, &format!("/api/v1/people/{id}"), None).await.0, 403);
    assert_eq!(call(&app, &buddy, reqwest::Method::GET, "/api/v1/figures", None).await.0, 403);
    assert_eq!(call(&app, &buddy, reqwest::Method::GET, "/api/v1/questionnaires", None).await.0, 403);
    // A buddy's training, module by module: Karim completed the buddies'
    // course (the demo), its mandatory modules all done.
    let karim = people["people"].as_array().unwrap().iter().find(|p| p["first_name"] == "Karim").expect("Karim");
    let karim = karim["id"].as_i64().unwrap();
    let path = format!("/api/v1/people/{karim}/training");
    let (status, training) = call(&app, &token, reqwest::Method::GET, &path, None).await;
    assert_eq!(status, 200, "{training}");
    assert!(training["total"].as_i64().unwrap() >= 1, "{training}");
    let course = &training["courses"][0];
    assert!(course["completed_at"].is_i64(), "{training}");
    assert_eq!(course["mandatory_done"], course["mandatory_total"], "{training}");
    let modules = course["modules"].as_array().unwrap();
    assert!(!modules.is_empty());
    assert!(modules.iter().all(|m| m["status"].is_string() && m["title"].is_string()), "{training}");
    assert!(
        app.store
            .audit_for(&format!("participant:{karim}"), 20)
            .await
            .unwrap()
            .iter()
            .any(|a| a.detail == "api training")
    );
    assert_eq!(call(&app, &greek, reqwest::Method::GET, &path, None).await.0, 404);
    assert_eq!(call(&app, &buddy, reqwest::Method::GET, &path, None).await.0, 403);
    let (status, body) =
        call(&app, &buddy, reqwest::Method::GET, &format!("/api/v1/programmes/{}/people", lille.id), None).await;
    assert_eq!(status, 403);
    assert!(!body.to_string().contains("Haddad"));
}

/// A tool that logs a session of a pair not started yet is told why, in
/// its person's language, as the pair's page says it; nothing is stored.
#[tokio::test]
async fn a_session_of_a_pair_not_started_is_refused_with_the_reason() {
    let app = TestApp::spawn().await;
    let coordinator = app.store.user_by_email("coordinator.fr@example.org").await.unwrap().unwrap().id;
    let people = app.store.programme_participants(1).await.unwrap();
    let oksana = people.iter().find(|p| p.first_name == "Oksana").unwrap().id;
    let hanna = people.iter().find(|p| p.first_name == "Hanna").unwrap().id;
    let pair = app.store.propose_pair(coordinator, 1, oksana, hanna, "").await.unwrap();
    // Hanna, the buddy, has an account (through an invitation) and a token.
    let email = m4m_domain::account::Email::parse("hanna@example.net").unwrap();
    let invitation = app
        .store
        .invite(coordinator, &email, "Hanna", m4m_domain::Role::Mentor, Some(1), 3600, Some(hanna), |_| {
            ("s".into(), "b".into())
        })
        .await
        .unwrap();
    let hash = m4m_domain::account::password::hash("a-long-password");
    let user = app.store.accept_invitation(&invitation, "Hanna", &hash).await.unwrap();
    let (token, _) = app.store.create_api_token(Some(user), user, "Phone app").await.unwrap();

    let yesterday = time::OffsetDateTime::now_utc().date() - time::Duration::days(1);
    let body = format!(
        r#"{{"date":"{yesterday}","time":"10:00","duration_minutes":45,"mode":"online","topics":["language"],"rating":5}}"#
    );
    let path = format!("/api/v1/pairs/{pair}/sessions");
    let (status, refused) = call(&app, &token, reqwest::Method::POST, &path, Some(&body)).await;
    assert_eq!(status, 422, "{refused}");
    assert_eq!(refused["error"]["code"], "pair-not-started");
    assert_eq!(refused["error"]["message"], "Sessions can be logged once the pair has started.");
    assert!(refused["error"]["fields"].is_null(), "no field is wrong: {refused}");
    let (status, refused) = call(&app, &token, reqwest::Method::POST, &format!("{path}?lang=fr"), Some(&body)).await;
    assert_eq!(status, 422);
    assert_eq!(refused["error"]["message"], "Les séances pourront être enregistrées une fois le binôme commencé.");
    assert!(app.store.peer_sessions(pair).await.unwrap().is_empty());
}

/// A partner's tool walks a programme's people a page at a time: the total
/// is given, each person comes exactly once even while people register
/// during the walk, and a wrong limit or cursor is a 400 that says what
/// to send.
#[tokio::test]
async fn a_tool_walks_every_person_once_a_page_at_a_time() {
    let app = TestApp::spawn().await;
    let token = token_from_settings(&app, "coordinator.fr@example.org", "Walker").await;
    let mut raw = app.raw().await;
    let before =
        crate::support::one(&mut raw, "SELECT COUNT(*) FROM participants WHERE programme_id = 1 AND erased_at IS NULL")
            .await;
    let (status, first) = call(&app, &token, reqwest::Method::GET, "/api/v1/programmes/1/people", None).await;
    assert_eq!(status, 200);
    assert_eq!(first["total"].as_i64(), Some(before));
    assert_eq!(first["people"].as_array().unwrap().len() as i64, before.min(100));
    let mut seen = std::collections::BTreeSet::new();
    let mut cursor = String::new();
    let mut pages = 0;
    loop {
        let path = format!("/api/v1/programmes/1/people?limit=7&cursor={cursor}");
        let (status, page) = call(&app, &token, reqwest::Method::GET, &path, None).await;
        assert_eq!(status, 200, "{page}");
        let people = page["people"].as_array().unwrap();
        assert!(people.len() <= 7);
        for p in people {
            assert!(seen.insert(p["id"].as_i64().unwrap()), "{} twice", p["id"]);
        }
        pages += 1;
        if pages == 2 {
            // Someone registers during the walk.
            crate::support::exec(
                &mut raw,
                "INSERT INTO participants (programme_id, kind, first_name, last_name, status, step, created_at) \
                 VALUES (1, 'mentee', 'Late', 'Comer', 'registered', 2, 0)",
            )
            .await;
        }
        match page["next_cursor"].as_str() {
            Some(next) => cursor = next.to_owned(),
            None => break,
        }
    }
    assert_eq!(seen.len() as i64, before + 1, "everyone once, the late comer too");
    let (_, searched) = call(&app, &token, reqwest::Method::GET, "/api/v1/programmes/1/people?q=HADDAD", None).await;
    assert_eq!(searched["total"].as_i64(), Some(1), "{searched}");
    assert_eq!(searched["people"][0]["first_name"], "Amal");
    for bad in ["limit=0", "limit=1001", "limit=ten", "cursor=abc", "cursor=-3"] {
        let (status, body) =
            call(&app, &token, reqwest::Method::GET, &format!("/api/v1/programmes/1/people?{bad}"), None).await;
        assert_eq!(status, 400, "{bad}");
        let message = body.to_string();
        assert!(message.contains("limit") || message.contains("cursor"), "{bad}: {message}");
    }
}

/// A partner's tool walks a programme's pairs as it walks its people: the
/// total, each pair once even while a pair forms during the walk, a 400
/// for a wrong limit or cursor; another organisation's coordinator and a
/// buddy get nothing.
#[tokio::test]
async fn a_tool_walks_every_pair_of_a_programme_once() {
    let app = TestApp::spawn().await;
    let token = token_from_settings(&app, "coordinator.fr@example.org", "Pairs").await;
    let mut raw = app.raw().await;
    // Proposals declined before, so that the walk takes several pages.
    crate::support::exec(
        &mut raw,
        "INSERT INTO pairs (programme_id, mentor_id, mentee_id, status, created_at) \
         SELECT 1, m.id, n.id, 'declined', 0 FROM participants m, participants n \
         WHERE m.programme_id = 1 AND m.kind = 'mentor' AND n.programme_id = 1 AND n.kind = 'mentee' LIMIT 5",
    )
    .await;
    let before = crate::support::one(&mut raw, "SELECT COUNT(*) FROM pairs WHERE programme_id = 1").await;
    assert!(before > 4, "the pairs: {before}");
    let mut seen = std::collections::BTreeSet::new();
    let mut cursor = String::new();
    let mut pages = 0;
    loop {
        let path = format!("/api/v1/programmes/1/pairs?limit=2&cursor={cursor}");
        let (status, page) = call(&app, &token, reqwest::Method::GET, &path, None).await;
        assert_eq!(status, 200, "{page}");
        if pages == 0 {
            assert_eq!(page["total"].as_i64(), Some(before));
            assert!(page["pairs"][0]["buddy"].as_str().is_some_and(|b| b.contains(' ')), "full names: {page}");
        }
        for p in page["pairs"].as_array().unwrap() {
            assert!(seen.insert(p["id"].as_i64().unwrap()), "{} twice", p["id"]);
            assert!(p["status"].as_str().is_some());
        }
        pages += 1;
        if pages == 1 {
            // A pair forms during the walk.
            crate::support::exec(
                &mut raw,
                "INSERT INTO pairs (programme_id, mentor_id, mentee_id, status, created_at) \
                 SELECT 1, m.id, n.id, 'declined', 0 FROM participants m, participants n \
                 WHERE m.programme_id = 1 AND m.kind = 'mentor' AND n.programme_id = 1 AND n.kind = 'mentee' LIMIT 1",
            )
            .await;
        }
        match page["next_cursor"].as_str() {
            Some(next) => cursor = next.to_owned(),
            None => break,
        }
    }
    assert_eq!(seen.len() as i64, before + 1, "every pair once, the new one too");
    assert!(pages > 2);
    for bad in ["limit=0", "limit=1001", "cursor=abc"] {
        let (status, _) =
            call(&app, &token, reqwest::Method::GET, &format!("/api/v1/programmes/1/pairs?{bad}"), None).await;
        assert_eq!(status, 400, "{bad}");
    }
    let greek = token_from_settings(&app, "coordinator.gr@example.org", "Elsewhere").await;
    assert_eq!(call(&app, &greek, reqwest::Method::GET, "/api/v1/programmes/1/pairs", None).await.0, 404);
    let buddy = token_from_settings(&app, "buddy1.fr@example.org", "Mine").await;
    assert_eq!(call(&app, &buddy, reqwest::Method::GET, "/api/v1/programmes/1/pairs", None).await.0, 403);
}

/// Without credentials, any API route answers 401 in JSON with
/// `WWW-Authenticate: Bearer`, a POST too: before any CSRF check (a tool
/// has no form token to send) and before the body is read. The pages keep
/// their CSRF check.
#[tokio::test]
async fn the_api_asks_for_credentials_before_any_csrf_check() {
    let app = TestApp::spawn().await;
    let body = r#"{"date":"2026-01-01","time":"10:00","duration_minutes":45,"mode":"online","topics":["language"],"rating":5}"#;
    for (method, path) in [
        (reqwest::Method::POST, "/api/v1/pairs/1/sessions"),
        (reqwest::Method::GET, "/api/v1/pairs/1/sessions"),
        (reqwest::Method::GET, "/api/v1/programmes"),
        (reqwest::Method::POST, "/api/v1/no-such-route"),
    ] {
        for cookie in [None, Some(format!("m4m_csrf={}", "a".repeat(64)))] {
            let mut req = tool()
                .request(method.clone(), format!("{}{path}", app.base))
                .header("content-type", "application/json");
            if let Some(c) = &cookie {
                req = req.header("cookie", c);
            }
            let r = req.body(body).send().await.unwrap();
            assert_eq!(r.status().as_u16(), 401, "{method} {path} {cookie:?}");
            let challenge = r.headers().get("www-authenticate").and_then(|v| v.to_str().ok()).map(str::to_owned);
            assert_eq!(challenge.as_deref(), Some("Bearer"), "{method} {path}");
            let error: Value = serde_json::from_str(&r.text().await.unwrap()).unwrap();
            assert_eq!(error["error"]["status"], 401);
            assert_eq!(error["error"]["code"], "error-401-text");
        }
    }
    // A wrong token: 401 as well, never the form's 403.
    let forged = format!("m4m_{}", "0".repeat(64));
    let (status, _) = call(&app, &forged, reqwest::Method::POST, "/api/v1/pairs/1/sessions", Some(body)).await;
    assert_eq!(status, 401);
    let r = tool().get(format!("{}/api/v1/openapi.json", app.base)).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 200, "the description is public");
    // A page's form without its token is still refused as before.
    let r = tool().post(format!("{}/login", app.base)).form(&[("email", "x@example.org")]).send().await.unwrap();
    assert_eq!(r.status().as_u16(), 403);
    assert!(r.headers().get("www-authenticate").is_none());
}

/// A body that looks right but breaks the rules of the schema (empty
/// date, duration 0, a number for a text) is a 422 that names each field
/// in the asker's language; a whole number written `45.0` is a whole
/// number, as JSON Schema says.
#[tokio::test]
async fn a_session_body_against_its_schema_is_a_422_naming_each_field() {
    let app = TestApp::spawn().await;
    let token = token_from_settings(&app, "buddy1.fr@example.org", "Phone app").await;
    let (_, pairs) = call(&app, &token, reqwest::Method::GET, "/api/v1/pairs", None).await;
    let pair = pairs["pairs"][0]["id"].as_i64().unwrap();
    let path = format!("/api/v1/pairs/{pair}/sessions");
    let before = app.store.peer_sessions(pair).await.unwrap().len();
    let (status, refused) = call(
        &app,
        &token,
        reqwest::Method::POST,
        &format!("{path}?lang=en"),
        Some(r#"{"date":"","time":"","duration_minutes":0,"mode":""}"#),
    )
    .await;
    assert_eq!(status, 422, "{refused}");
    assert_eq!(refused["error"]["code"], "form-fix-errors");
    let fields = &refused["error"]["fields"];
    assert_eq!(fields["date"], "This field is required.");
    assert_eq!(fields["time"], "This field is required.");
    assert_eq!(fields["duration"], "Enter a duration from 5 to 600 minutes.");
    assert_eq!(fields["mode"], "This field is required.");
    assert_eq!(fields["topics"], "Tick at least one topic.");
    assert_eq!(fields["rating"], "Say how it went, from 1 to 5.");
    let yesterday = time::OffsetDateTime::now_utc().date() - time::Duration::days(2);
    let wrong = [
        (r#""place":42"#, "place", "Send this field as text (a JSON string), as the API's description says."),
        (r#""status":null"#, "status", "Choose one of the options offered."),
        (r#""status":"done""#, "status", "Choose one of the options offered."),
        (r#""topics":["language",""]"#, "topics", "Choose one of the options offered."),
        (r#""time":" 10:00""#, "time", "Enter a time such as 14:30."),
        (r#""summary":"a\u0007b""#, "summary", "This contains characters that are not allowed."),
        (r#""place":"line\nbreak""#, "place", "This contains characters that are not allowed."),
        (r#""rating":4.5"#, "rating", "Choose a number from 1 to 5."),
    ];
    for (field, name, message) in wrong {
        let body = format!(
            r#"{{"date":"{yesterday}","time":"10:00","duration_minutes":45,"mode":"online","topics":["language"],"rating":5,{field}}}"#
        );
        let (status, refused) =
            call(&app, &token, reqwest::Method::POST, &format!("{path}?lang=en"), Some(&body)).await;
        assert_eq!(status, 422, "{field}: {refused}");
        assert_eq!(refused["error"]["fields"][name], message, "{field}: {refused}");
    }
    // The same in Arabic and French.
    let body = format!(
        r#"{{"date":"{yesterday}","time":"10:00","duration_minutes":45,"mode":"online","topics":["language"],"rating":5,"place":[]}}"#
    );
    let (_, ar) = call(&app, &token, reqwest::Method::POST, &format!("{path}?lang=ar"), Some(&body)).await;
    assert_eq!(ar["error"]["fields"]["place"], "أرسل هذا الحقل نصًّا (سلسلة JSON) كما يذكر وصف الواجهة البرمجية.");
    let (_, fr) = call(&app, &token, reqwest::Method::POST, &format!("{path}?lang=fr"), Some(&body)).await;
    assert_eq!(
        fr["error"]["fields"]["place"],
        "Envoyez ce champ sous forme de texte (une chaîne JSON), comme l’indique la description de l’API."
    );
    // A planned session has no rating yet.
    let tomorrow = time::OffsetDateTime::now_utc().date() + time::Duration::days(2);
    let planned = format!(
        r#"{{"status":"planned","date":"{tomorrow}","time":"10:00","duration_minutes":45,"mode":"online","rating":3}}"#
    );
    let (status, refused) = call(&app, &token, reqwest::Method::POST, &format!("{path}?lang=en"), Some(&planned)).await;
    assert_eq!(status, 422);
    assert_eq!(refused["error"]["fields"]["rating"], "A planned session cannot be rated yet.");
    assert_eq!(app.store.peer_sessions(pair).await.unwrap().len(), before, "nothing stored");
    // What the schema allows is taken: 45.0 minutes, a planned session
    // without topics or rating (null), unknown fields ignored.
    let held = format!(
        r#"{{"date":"{yesterday}","time":"10:00:00","duration_minutes":45.0,"mode":"online","topics":["language","language"],"rating":5.0,"extra":{{"x":1}}}}"#
    );
    let (status, created) = call(&app, &token, reqwest::Method::POST, &path, Some(&held)).await;
    assert_eq!(status, 201, "{created}");
    let s = app.store.peer_session(created["id"].as_i64().unwrap()).await.unwrap().unwrap();
    assert_eq!((s.duration_minutes, s.rating, s.topics.len()), (45, Some(5), 1));
    let planned = format!(
        r#"{{"status":"planned","date":"{tomorrow}","time":"10:00","duration_minutes":30,"mode":"phone","rating":null}}"#
    );
    assert_eq!(call(&app, &token, reqwest::Method::POST, &path, Some(&planned)).await.0, 201);
}

/// The OpenAPI document says every answer an operation can give, and the
/// rules of the session body, from the same constants the server checks.
#[tokio::test]
async fn the_openapi_document_states_every_answer_and_the_bodys_rules() {
    let app = TestApp::spawn().await;
    let r = tool().get(format!("{}/api/v1/openapi.json", app.base)).send().await.unwrap();
    let doc: Value = serde_json::from_str(&r.text().await.unwrap()).unwrap();
    let lists = [
        "/api/v1/programmes",
        "/api/v1/programmes/{id}/people",
        "/api/v1/programmes/{id}/pairs",
        "/api/v1/people/{id}/answers",
        "/api/v1/people/{id}/training",
        "/api/v1/questionnaires",
        "/api/v1/pairs",
        "/api/v1/pairs/{id}/sessions",
    ];
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let responses = op["responses"].as_object().unwrap();
            let mut wanted = vec!["400", "401", "403", "503"];
            if path.contains('{') {
                wanted.push("404");
            }
            if method == "post" {
                wanted.extend(["413", "422"]);
            }
            for status in wanted {
                let r = &responses.get(status).unwrap_or_else(|| panic!("{method} {path}: no {status}"));
                assert_eq!(
                    r["content"]["application/json"]["schema"]["$ref"], "#/components/schemas/ApiError",
                    "{method} {path} {status}"
                );
            }
            assert!(responses["401"]["headers"]["WWW-Authenticate"].is_object(), "{method} {path}");
            if method == "get" && lists.contains(&path.as_str()) {
                let names: Vec<&str> =
                    op["parameters"].as_array().unwrap().iter().filter_map(|p| p["name"].as_str()).collect();
                assert!(names.contains(&"limit") && names.contains(&"cursor"), "{path}: {names:?}");
                let body = responses["200"]["content"]["application/json"]["schema"]["$ref"].as_str().unwrap();
                let schema = &doc["components"]["schemas"][body.rsplit('/').next().unwrap()];
                assert!(schema["properties"]["total"].is_object(), "{path}");
                assert!(schema["properties"]["next_cursor"].is_object(), "{path}");
            }
        }
    }
    let variants = doc["components"]["schemas"]["NewSession"]["oneOf"].as_array().unwrap();
    assert_eq!(variants.len(), 2);
    let held = &variants[0]["properties"];
    assert_eq!(held["duration_minutes"]["minimum"], 5);
    assert_eq!(held["duration_minutes"]["maximum"], 600);
    assert_eq!(held["rating"]["maximum"], 5);
    assert_eq!(held["mode"]["enum"].as_array().unwrap().len(), m4m_domain::peer_session::MODES.len());
    assert_eq!(held["topics"]["minItems"], 1);
    assert_eq!(held["topics"]["items"]["enum"].as_array().unwrap().len(), m4m_domain::participant::AREAS.len());
    assert_eq!(held["summary"]["maxLength"], m4m_domain::peer_session::SUMMARY_MAX_CHARS);
    assert_eq!(held["date"]["format"], "date");
    assert!(held["time"]["pattern"].is_string());
    assert_eq!(variants[1]["properties"]["rating"]["type"], "null");
}

/// Walks a list of the API a page at a time (`limit` items), calling
/// `during` after the first page; returns the ids seen, each checked to
/// come once, and the total the first page gave.
async fn walk(
    app: &TestApp,
    token: &str,
    path: &str,
    key: &str,
    limit: usize,
    mut during: impl AsyncFnMut(),
) -> (Vec<i64>, i64) {
    let mut seen = Vec::new();
    let mut cursor = String::new();
    let mut total = None;
    loop {
        let sep = if path.contains('?') { '&' } else { '?' };
        let (status, page) =
            call(app, token, reqwest::Method::GET, &format!("{path}{sep}limit={limit}&cursor={cursor}"), None).await;
        assert_eq!(status, 200, "{path}: {page}");
        total.get_or_insert(page["total"].as_i64().unwrap());
        let items = page[key].as_array().unwrap();
        assert!(items.len() <= limit);
        for item in items {
            let id = item["id"].as_i64().unwrap();
            assert!(!seen.contains(&id), "{path}: {id} twice");
            seen.push(id);
        }
        if seen.len() <= limit {
            during().await;
        }
        match page["next_cursor"].as_str() {
            Some(next) => cursor = next.to_owned(),
            None => break,
        }
    }
    (seen, total.unwrap())
}

/// The other lists of the API page as a programme's people do: a limit, a
/// cursor, the total, each item once even while items are added during
/// the walk, and a 400 for a wrong limit or cursor.
#[tokio::test]
async fn every_list_of_the_api_comes_a_page_at_a_time() {
    let app = TestApp::spawn().await;
    let coordinator = token_from_settings(&app, "coordinator.fr@example.org", "Lists").await;
    let buddy = token_from_settings(&app, "buddy1.fr@example.org", "Lists").await;
    let mut raw = app.raw().await;

    // Programmes: one is created during the walk.
    let (_, all) = call(&app, &coordinator, reqwest::Method::GET, "/api/v1/programmes", None).await;
    let before = all["total"].as_i64().unwrap();
    assert!(before >= 2, "{all}");
    assert_eq!(all["programmes"].as_array().unwrap().len() as i64, before);
    assert!(all["next_cursor"].is_null());
    let organisation = all["programmes"][0]["organisation_id"].as_i64().unwrap();
    let insert = format!(
        "INSERT INTO programmes (organisation_id, name, starts_on, ends_on, status, created_at) \
         VALUES ({organisation}, 'Added during the walk', '2027-01-01', '2027-12-31', 'draft', 0)"
    );
    let (seen, total) = walk(&app, &coordinator, "/api/v1/programmes", "programmes", 1, async || {
        crate::support::exec(&mut raw, &insert).await;
    })
    .await;
    assert_eq!(total, before);
    assert_eq!(seen.len() as i64, before + 1, "each once, the new one too");
    assert!(seen.windows(2).all(|w| w[0] < w[1]), "in the order of ids: {seen:?}");

    // Questionnaires and a person's answers.
    let (seen, total) = walk(&app, &coordinator, "/api/v1/questionnaires", "questionnaires", 1, async || {}).await;
    assert!(total >= 2);
    assert_eq!(seen.len() as i64, total);
    let (_, people) =
        call(&app, &coordinator, reqwest::Method::GET, "/api/v1/programmes/1/people?q=Haddad", None).await;
    let amal = people["people"][0]["id"].as_i64().unwrap();
    let (seen, total) =
        walk(&app, &coordinator, &format!("/api/v1/people/{amal}/answers"), "questionnaires", 1, async || {}).await;
    assert_eq!(total, 2, "the intake and the self-assessment");
    assert_eq!(seen.len(), 2);

    // The buddy's own pairs, and his pair's sessions: one is logged
    // during the walk.
    let (seen, total) = walk(&app, &buddy, "/api/v1/pairs", "pairs", 1, async || {}).await;
    assert_eq!((seen.len(), total), (1, 1));
    let path = format!("/api/v1/pairs/{}/sessions", seen[0]);
    let (_, first) = call(&app, &buddy, reqwest::Method::GET, &path, None).await;
    let before = first["total"].as_i64().unwrap();
    assert!(before >= 1, "{first}");
    let yesterday = time::OffsetDateTime::now_utc().date() - time::Duration::days(2);
    let body = format!(
        r#"{{"date":"{yesterday}","time":"10:00","duration_minutes":45,"mode":"online","topics":["language"],"rating":4}}"#
    );
    let (seen, total) = walk(&app, &buddy, &path, "sessions", 1, async || {
        assert_eq!(call(&app, &buddy, reqwest::Method::POST, &path, Some(&body)).await.0, 201);
    })
    .await;
    assert_eq!(total, before);
    assert_eq!(seen.len() as i64, before + 1, "each once, the new one too");

    for list in ["/api/v1/programmes", "/api/v1/questionnaires", &format!("/api/v1/people/{amal}/answers")] {
        for bad in ["limit=0", "limit=1001", "limit=ten", "cursor=abc", "cursor=-3"] {
            let (status, body) = call(&app, &coordinator, reqwest::Method::GET, &format!("{list}?{bad}"), None).await;
            assert_eq!(status, 400, "{list}?{bad}: {body}");
        }
    }
    for list in ["/api/v1/pairs", path.as_str()] {
        let (status, _) = call(&app, &buddy, reqwest::Method::GET, &format!("{list}?limit=1001"), None).await;
        assert_eq!(status, 400, "{list}");
    }
}
