//! Each demo account logs in and lands on its own home.

use crate::support::TestApp;

#[tokio::test]
async fn each_demo_account_lands_on_its_home() {
    let app = TestApp::spawn().await;
    let cases: [(&str, &[&str]); 9] = [
        ("admin@example.org", &["id=\"h-orgs\"", "Entraide Lille Métropole", "Syndesmos Athens", "id=\"h-figures\""]),
        ("coordinator.fr@example.org", &["id=\"h-programmes\"", "Buddy System Lille 2026", "href=\"/programmes/new\""]),
        ("coordinator.gr@example.org", &["id=\"h-programmes\"", "Buddy System Athens 2026"]),
        (
            "supervisor.fr@example.org",
            &["id=\"h-supervised\"", "Karim Benali", "Leila Ahmadi", "Les binômes de vos bénévoles", "href=\"/pairs/"],
        ),
        ("trainer.fr@example.org", &["id=\"h-training\"", "Buddy System Lille 2026"]),
        ("buddy1.fr@example.org", &["id=\"h-newcomers\"", "<bdi>Amal</bdi>", "<bdi>Médiathèque Jean Lévy</bdi>"]),
        ("buddy2.fr@example.org", &["id=\"h-newcomers\"", "<bdi>Hamid</bdi>"]),
        (
            "newcomer1.fr@example.org",
            &["id=\"h-buddy\"", "<bdi>Karim</bdi>", "id=\"h-goals\"", "Travel alone by metro and tram"],
        ),
        ("newcomer2.fr@example.org", &["id=\"h-buddy\"", "<bdi>Leila</bdi>", "Open a bank account"]),
    ];
    for (email, expected) in cases {
        let c = app.login(email).await;
        let home = c.get("/home").await;
        assert_eq!(home.status, 200, "{email}");
        for needle in expected {
            assert!(home.body.contains(needle), "{email}: expected {needle:?}");
        }
    }
    // Times are on Lille's wall clock, one hour ahead of UTC in winter and
    // two in summer, said as a French reader says it.
    let home = app.login("buddy1.fr@example.org").await.get("/home").await;
    assert!(home.body.contains("UTC+1</bdi>") || home.body.contains("UTC+2</bdi>"), "{}", home.body);
    assert!(!home.body.contains("UTC+0</bdi>"));
}

#[tokio::test]
async fn the_coordinator_sees_how_many_people_stand_at_each_step() {
    let app = TestApp::spawn().await;
    let c = app.login("coordinator.fr@example.org").await;
    let home = c.get("/home?lang=en").await;
    // Lille: 16 people; two pairs, one started 40 days ago (step 7), one
    // 100 days ago, past half of its agreed time (step 8).
    home.assert_has("16 people");
    home.assert_has(
        "<span class=\"n\">7</span> <span class=\"name\">Peer sessions</span> <strong class=\"count\">2</strong>",
    );
    home.assert_has(
        "<span class=\"n\">8</span> <span class=\"name\">Supervision</span> <strong class=\"count\">2</strong>",
    );
    home.assert_has(
        "<span class=\"n\">1</span> <span class=\"name\">Inform stakeholders</span> <strong class=\"count\">0</strong>",
    );
    home.assert_lacks("Buddy System Athens 2026");
}

#[tokio::test]
async fn the_landing_page_sends_a_logged_in_person_home() {
    let app = TestApp::spawn().await;
    let anonymous = app.client().get("/").await;
    assert_eq!(anonymous.status, 200);
    anonymous.assert_has("href=\"/login\"");
    let c = app.login("buddy1.fr@example.org").await;
    let r = c.get("/").await;
    assert_eq!(r.status, 303);
    assert_eq!(r.location(), "/home");
}

#[tokio::test]
async fn after_log_in_the_person_goes_back_where_they_were_going() {
    let app = TestApp::spawn().await;
    let c = app.client();
    let r = c.get("/programmes/1").await;
    assert_eq!(r.status, 303);
    assert_eq!(r.location(), "/login?next=%2Fprogrammes%2F1");
    let form = c.get(r.location()).await;
    form.assert_has("name=\"next\" value=\"/programmes/1\"");
    let csrf = form.csrf();
    let done = c
        .post_raw(
            "/login",
            &[
                ("csrf", &csrf),
                ("email", "coordinator.fr@example.org"),
                ("password", "m4m-demo-2026"),
                ("next", "/programmes/1"),
            ],
        )
        .await;
    assert_eq!(done.location(), "/programmes/1");
    // But never to another site.
    let c2 = app.client();
    let csrf = c2.get("/login").await.csrf();
    let away = c2
        .post_raw(
            "/login",
            &[
                ("csrf", &csrf),
                ("email", "coordinator.fr@example.org"),
                ("password", "m4m-demo-2026"),
                ("next", "//evil.example"),
            ],
        )
        .await;
    assert_eq!(away.location(), "/home");
}

#[tokio::test]
async fn a_step_tile_leads_to_the_people_at_that_step() {
    let app = TestApp::spawn().await;
    let c = app.login("coordinator.fr@example.org").await;
    let home = c.get("/home?lang=en").await;
    home.assert_has("<a href=\"/programmes/1?step=7#people\">");
    home.assert_lacks("href=\"/programmes/1?step=1#people\"");
    let page = c.get("/programmes/1?step=7&lang=en").await;
    page.assert_has("People at step 7 · Peer sessions");
    page.assert_has("Karim Benali");
    page.assert_lacks("Yonas");
    c.get("/programmes/1?lang=en").await.assert_has("Yonas");
    // A buddy sees the counts, not links to lists he may not read.
    let b = app.login("buddy1.fr@example.org").await;
    b.get("/programmes/1").await.assert_lacks("?step=7#people");
}

/// The coordinator's home counts the held peer sessions of the last
/// twelve weeks, week by week on the organisation's clock: a chart and a
/// table with the sessions and hours of each week.
#[tokio::test]
async fn the_coordinator_sees_the_held_sessions_per_week() {
    use m4m_domain::peer_session::Weekly;
    use m4m_domain::zone::Zone;
    use sqlx::Row;
    let app = TestApp::spawn().await;
    let mut raw = app.raw().await;
    let zone: String =
        sqlx::query("SELECT time_zone FROM organisations WHERE id = 1").fetch_one(&mut raw).await.unwrap().get(0);
    let rows = sqlx::query(
        "SELECT s.starts_at, s.duration_minutes FROM peer_sessions s JOIN pairs p ON p.id = s.pair_id \
         JOIN programmes g ON g.id = p.programme_id WHERE g.organisation_id = 1 AND s.status = 'held'",
    )
    .fetch_all(&mut raw)
    .await
    .unwrap();
    let mut weekly = Weekly::last(&Zone::from_stored(&zone), time::OffsetDateTime::now_utc().unix_timestamp(), 12);
    for r in &rows {
        weekly.count(r.get::<i64, _>(0), r.get::<i64, _>(1));
    }
    let busiest = *weekly.weeks().iter().max_by_key(|w| w.sessions).unwrap();
    assert!(busiest.sessions > 0, "the demo holds sessions in the last weeks");
    let total: i64 = weekly.weeks().iter().map(|w| w.sessions).sum();
    let c = app.login("coordinator.fr@example.org").await;
    let home = c.get("/home?lang=fr").await;
    assert_eq!(home.status, 200);
    home.assert_has("<h2 id=\"h-weekly\">Rencontres par semaine</h2>");
    home.assert_has("role=\"img\" aria-label=\"Rencontres tenues par semaine, les 12 dernières semaines\"");
    // The week's Monday as a French reader writes it ("23 nov. 2026").
    let monday = m4m_web::i18n::Tr::for_code("fr").date(busiest.starts_on);
    assert!(!monday.contains('-'), "{monday}");
    home.assert_has(&format!(">Semaine du \u{2068}{monday}\u{2069}</text>"));
    let hours = format!("{:.1}", busiest.minutes as f64 / 60.0).replace('.', ",");
    home.assert_has(&format!("<tr><th scope=\"row\">{monday}</th><td>{}</td><td>{hours}</td></tr>", busiest.sessions));
    home.assert_has(&format!("{total} rencontres tenues sur ces semaines"));
    let section = home.body.split("id=\"h-weekly\"").nth(1).unwrap().split("</section>").next().unwrap();
    assert_eq!(section.matches("<tr><th scope=\"row\">").count(), 12, "one row a week");
    // Another organisation's sessions are not counted: the Greek
    // coordinator's table has the same twelve weeks, of Athens' pairs.
    let greek = app.login("coordinator.gr@example.org").await.get("/home?lang=en").await;
    greek.assert_has("Peer sessions held per week, the last 12 weeks");
}

/// The account menu fits the role: staff find two-step log-in and API
/// tokens there; a newcomer or a buddy finds their data and consents.
#[tokio::test]
async fn the_account_menu_fits_the_role() {
    let app = TestApp::spawn().await;
    for email in ["newcomer1.fr@example.org", "buddy1.fr@example.org"] {
        let home = app.login(email).await.get("/home").await;
        home.assert_lacks("href=\"/account/tokens\"");
        home.assert_lacks("href=\"/account/two-factor\"");
        home.assert_has("href=\"/me/export\"");
        home.assert_has("href=\"/me/consents\"");
    }
    let home = app.login("coordinator.fr@example.org").await.get("/home").await;
    home.assert_has("href=\"/account/tokens\"");
    home.assert_has("href=\"/account/two-factor\"");
}

/// The statements a request to `route` ran, as the server logged them
/// (sqlx logs each at debug level, in the span of its request). A
/// signed-in session's own touch (`last_seen_at`, once a minute whatever
/// the page: a slow run of the test crosses the minute) is not the page's.
fn statements(log: &str, route: &str) -> usize {
    log.lines()
        .map(crate::support::without_colours)
        .filter(|l| l.contains(&format!("route={route}")) && l.contains("db.statement=\"") && !l.contains("PRAGMA"))
        .filter(|l| !l.contains("SET last_seen_at"))
        .count()
}

/// A coordinator's home reads as much for ten programmes as for two: no
/// query per programme.
#[tokio::test]
async fn a_coordinators_home_does_as_many_queries_whatever_the_number_of_programmes() {
    let (url, _) = crate::support::fresh_database().await;
    let server = crate::support::ServerProcess::start(&url, "info,sqlx::query=debug").await;
    let c = server.login("coordinator.fr@example.org").await;
    assert_eq!(c.get("/home").await.status, 200);
    // Figures kept between visits are read again after a second
    // (`m4m_store::kept`): both visits counted here read them.
    let past_kept = std::time::Duration::from_millis(1100);
    tokio::time::sleep(past_kept).await;
    let before = server.log();
    c.get("/home").await.assert_has("Buddy System Lille 2026");
    let with_two = statements(&server.log()[before.len()..], "/home");
    let store = m4m_store::Store::connect(&url).await.unwrap();
    let lille = store.programme(1).await.unwrap().unwrap();
    let form = m4m_domain::programme::ProgrammeForm {
        name: "More",
        starts_on: "2027-01-01",
        ends_on: "2027-12-31",
        status: "recruiting",
        ..Default::default()
    };
    let new = m4m_domain::programme::NewProgramme::parse(&form).unwrap();
    for _ in 0..8 {
        store.create_programme(1, lille.organisation_id, &new).await.unwrap();
    }
    store.close().await;
    tokio::time::sleep(past_kept).await;
    let before = server.log();
    let home = c.get("/home").await;
    assert!(home.body.matches(">More<").count() >= 8, "the new programmes are on the home");
    let with_ten = statements(&server.log()[before.len()..], "/home");
    assert!(with_two > 3, "the statements were counted: {with_two}");
    assert_eq!(with_ten, with_two, "as many queries for ten programmes as for two");
}
