//! The pair's life as its people meet it: what the rules of
//! `m4m_domain::pairing` make impossible, and the first meeting that both
//! members see once it is planned. Each test here failed before the pair
//! became a domain type.

use m4m_domain::pairing::PairStatus;
use m4m_domain::participant::Status;

use crate::support::{Client, TestApp};

/// Gives a registered person an account (through an invitation) and logs
/// them in.
async fn account_for(app: &TestApp, participant: i64, email: &str) -> Client {
    let coordinator = app.store.user_by_email("coordinator.fr@example.org").await.unwrap().unwrap();
    let p = app.store.participant(participant).await.unwrap().unwrap();
    let role = match p.kind {
        m4m_domain::participant::Kind::Mentor => m4m_domain::Role::Mentor,
        m4m_domain::participant::Kind::Mentee => m4m_domain::Role::Mentee,
    };
    let email = m4m_domain::account::Email::parse(email).unwrap();
    let token = app
        .store
        .invite(coordinator.id, &email, &p.first_name, role, Some(1), 3600, Some(participant), |_| {
            ("s".into(), "b".into())
        })
        .await
        .unwrap();
    let hash = m4m_domain::account::password::hash("a-long-password");
    app.store.accept_invitation(&token, &p.first_name, &hash).await.unwrap();
    let c = app.client();
    assert_eq!(c.login(email.as_str(), "a-long-password").await.status(), 303);
    c
}

/// A day `n` days from today on the French demo organisation's clock.
fn in_days(n: i64) -> String {
    let zone = m4m_domain::zone::Zone::parse("Europe/Paris").unwrap();
    let d = zone.today(time::OffsetDateTime::now_utc()) + time::Duration::days(n);
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

struct Accepted {
    pair: i64,
    oksana: i64,
    hanna: i64,
    newcomer: Client,
    buddy: Client,
    coordinator: Client,
}

/// Oksana (newcomer) and Hanna (buddy) are proposed to each other by the
/// coordinator and both accept.
async fn accepted_pair(app: &TestApp) -> Accepted {
    let people = app.store.programme_participants(1).await.unwrap();
    let oksana = people.iter().find(|p| p.first_name == "Oksana").unwrap().id;
    let hanna = people.iter().find(|p| p.first_name == "Hanna").unwrap().id;
    let newcomer = account_for(app, oksana, "oksana@example.net").await;
    let buddy = account_for(app, hanna, "hanna@example.net").await;
    let coordinator = app.login("coordinator.fr@example.org").await;
    let r = coordinator
        .post(
            "/programmes/1/matching",
            "/programmes/1/matching/confirm",
            &[("mentee", &oksana.to_string()), ("mentor", &hanna.to_string())],
        )
        .await;
    assert_eq!(r.status, 303);
    let pair = app.store.pairs_in_setup(1).await.unwrap()[0].id;
    for c in [&newcomer, &buddy] {
        let r =
            c.post(&format!("/pairs/{pair}/proposal"), &format!("/pairs/{pair}/answer"), &[("answer", "accept")]).await;
        assert_eq!(r.status, 303);
    }
    assert_eq!(app.store.pair(pair).await.unwrap().unwrap().status, PairStatus::Accepted);
    Accepted { pair, oksana, hanna, newcomer, buddy, coordinator }
}

#[tokio::test]
async fn no_one_is_put_in_a_pair_by_hand() {
    let app = TestApp::spawn().await;
    let people = app.store.programme_participants(1).await.unwrap();
    let oksana = people.iter().find(|p| p.first_name == "Oksana").unwrap();
    assert_eq!(oksana.status, Status::Ready);
    let coordinator = app.login("coordinator.fr@example.org").await;
    let page = format!("/people/{}", oksana.id);
    // The page does not offer it...
    coordinator.get(&format!("{page}?lang=en")).await.assert_lacks("value=\"active\"");
    // ...and a forged form is refused with the reason, changing nothing.
    let r = coordinator.post(&page, &format!("{page}/status?lang=en"), &[("status", "active")]).await;
    assert_eq!(r.status, 422);
    r.assert_has("This change of status is not possible from the current status.");
    let after = app.store.participant(oksana.id).await.unwrap().unwrap();
    assert_eq!((after.status, after.step), (Status::Ready, 4));
    let pool = app.store.matching_pool(1).await.unwrap();
    assert!(pool.mentees.iter().any(|p| p.id == oksana.id), "still proposed by pre-matching");
}

#[tokio::test]
async fn the_first_meeting_is_recorded_as_held_only_once_its_time_has_come() {
    let app = TestApp::spawn().await;
    let a = accepted_pair(&app).await;
    let setup = format!("/pairs/{}/setup", a.pair);
    let r = a
        .coordinator
        .post(
            &setup,
            &format!("/pairs/{}/meeting", a.pair),
            &[("date", &in_days(2)), ("time", "15:00"), ("place", "CCAS de Lille")],
        )
        .await;
    assert_eq!(r.status, 303);
    let early = a.coordinator.post(&setup, &format!("/pairs/{}/held?lang=en", a.pair), &[]).await;
    assert_eq!(early.status, 422);
    early.assert_has("The first meeting has not taken place yet");
    assert_eq!(app.store.pair(a.pair).await.unwrap().unwrap().first_meeting_held_at, None);
    // Moved to yesterday, it can be recorded.
    a.coordinator
        .post(
            &setup,
            &format!("/pairs/{}/meeting", a.pair),
            &[("date", &in_days(-1)), ("time", "15:00"), ("place", "CCAS de Lille")],
        )
        .await;
    assert_eq!(a.coordinator.post(&setup, &format!("/pairs/{}/held", a.pair), &[]).await.status, 303);
    assert!(app.store.pair(a.pair).await.unwrap().unwrap().first_meeting_held_at.is_some());
}

#[tokio::test]
async fn no_session_is_logged_before_the_pair_starts() {
    let app = TestApp::spawn().await;
    let a = accepted_pair(&app).await;
    let new = format!("/pairs/{}/sessions/new", a.pair);
    assert_eq!(a.buddy.get(&new).await.status, 409);
    let r = a
        .buddy
        .post(
            &format!("/pairs/{}", a.pair),
            &format!("/pairs/{}/sessions?lang=en", a.pair),
            &[
                ("date", &in_days(-1)),
                ("time", "10:00"),
                ("duration", "60"),
                ("mode", "in_person"),
                ("topics", "transport"),
                ("summary", "Bus pass"),
                ("rating", "4"),
            ],
        )
        .await;
    assert_eq!(r.status, 409);
    // The pair's page says why instead of offering it.
    let page = a.buddy.get(&format!("/pairs/{}?lang=en", a.pair)).await;
    page.assert_has("Sessions can be logged once the pair has started.");
    page.assert_lacks(&format!("href=\"{new}\""));
    assert!(app.store.peer_sessions(a.pair).await.unwrap().is_empty());
    assert_eq!(a.oksana, app.store.pair(a.pair).await.unwrap().unwrap().mentee.participant_id);
}

#[tokio::test]
async fn a_buddy_whose_places_are_taken_is_not_proposed_again() {
    let app = TestApp::spawn().await;
    let before = app.store.matching_pool(1).await.unwrap();
    let people = app.store.programme_participants(1).await.unwrap();
    let hanna = people.iter().find(|p| p.first_name == "Hanna").unwrap().id;
    assert!(before.mentors.iter().any(|m| m.person.id == hanna));
    let a = accepted_pair(&app).await;
    // Accepted, not started: she holds her one place and the newcomer hers.
    let pool = app.store.matching_pool(1).await.unwrap();
    assert!(!pool.mentors.iter().any(|m| m.person.id == a.hanna), "a buddy at capacity is proposed");
    assert!(!pool.mentees.iter().any(|m| m.id == a.oksana), "a newcomer in a pair is proposed");
    let page = a.coordinator.get("/programmes/1/matching?lang=en").await;
    assert_eq!(page.status, 200);
    // A second proposal to her is refused.
    let nour = people.iter().find(|p| p.first_name == "Nour").unwrap().id;
    let r = a
        .coordinator
        .post(
            "/programmes/1/matching",
            "/programmes/1/matching/confirm",
            &[("mentee", &nour.to_string()), ("mentor", &a.hanna.to_string())],
        )
        .await;
    assert_ne!(r.status, 303, "proposed beyond her capacity");
    assert_eq!(app.store.pairs_in_setup(1).await.unwrap().len(), 1);
}

#[tokio::test]
async fn both_members_see_the_first_meeting_once_it_is_planned() {
    let app = TestApp::spawn().await;
    let a = accepted_pair(&app).await;
    // Proposed and accepted: both stand at step 6, not 4 and not 7.
    for id in [a.oksana, a.hanna] {
        assert_eq!(app.store.participant(id).await.unwrap().unwrap().step, 6);
    }
    a.coordinator
        .post(
            &format!("/pairs/{}/setup", a.pair),
            &format!("/pairs/{}/meeting", a.pair),
            &[("date", &in_days(3)), ("time", "15:00"), ("place", "Maison des associations")],
        )
        .await;
    for (c, other) in [(&a.newcomer, "Hanna"), (&a.buddy, "Oksana")] {
        let home = c.get("/home?lang=en").await;
        home.assert_has("First meeting:");
        home.assert_has("Maison des associations");
        let proposal = c.get(&format!("/pairs/{}/proposal?lang=en", a.pair)).await;
        proposal.assert_has("Your first meeting");
        proposal.assert_has("Maison des associations");
        c.get(&format!("/pairs/{}?lang=en", a.pair)).await.assert_has("Maison des associations");
        let ics = c.get("/calendar/download.ics?lang=en").await;
        assert_eq!(ics.status, 200);
        ics.assert_has(&format!("SUMMARY:First meeting with {other}"));
        ics.assert_has("LOCATION:Maison des associations");
    }
    // In French too.
    a.newcomer.get("/home?lang=fr").await.assert_has("Première rencontre");
}

#[tokio::test]
async fn the_database_refuses_a_status_no_page_knows_and_keeps_the_sessions_of_its_pairs() {
    let app = TestApp::spawn().await;
    let mut raw = app.raw().await;
    let pair = crate::support::one(&mut raw, "SELECT MIN(id) FROM pairs WHERE status = 'active'").await;
    let sessions =
        crate::support::one(&mut raw, &format!("SELECT COUNT(*) FROM peer_sessions WHERE pair_id = {pair}")).await;
    assert!(sessions > 0, "the demo pair has sessions");
    for bad in [
        format!("UPDATE pairs SET status = 'closed' WHERE id = {pair}"),
        format!("UPDATE pairs SET mentor_answer = 'maybe' WHERE id = {pair}"),
    ] {
        assert!(sqlx::query(&bad).execute(&mut raw).await.is_err(), "{bad}");
    }
    let page = app.login("buddy1.fr@example.org").await.get(&format!("/pairs/{pair}")).await;
    assert_eq!(page.status, 200);
    // The rebuilt table kept its references: the pair's sessions are there.
    let after =
        crate::support::one(&mut raw, &format!("SELECT COUNT(*) FROM peer_sessions WHERE pair_id = {pair}")).await;
    assert_eq!(after, sessions);
    assert_eq!(app.store.pair(pair).await.unwrap().unwrap().status, PairStatus::Active);
}

/// Pairs and their sessions made before the database knew the statuses
/// survive the migration that teaches it (on SQLite, a rebuild of `pairs`).
#[tokio::test]
async fn pairs_and_their_sessions_survive_the_migration_to_known_statuses() {
    use sqlx::{Connection, Executor};
    let (url, _file) = crate::support::fresh_database().await;
    let store = m4m_store::Store::connect(&url).await.unwrap();
    store.migrate_to(16).await.unwrap();
    let mut conn = sqlx::AnyConnection::connect(&m4m_store::parse_url(&url).unwrap().1).await.unwrap();
    for sql in [
        "INSERT INTO organisations (id, name, country, created_at) VALUES (1, 'Org', 'FR', 0)",
        "INSERT INTO programmes (id, organisation_id, name, starts_on, ends_on, status, created_at) \
         VALUES (1, 1, 'P', '2026-01-01', '2026-12-31', 'open', 0)",
        "INSERT INTO participants (id, programme_id, kind, first_name, last_name, step, status, created_at) \
         VALUES (1, 1, 'mentor', 'Ana', 'Silva', 7, 'active', 0)",
        "INSERT INTO participants (id, programme_id, kind, first_name, last_name, step, status, created_at) \
         VALUES (2, 1, 'mentee', 'Omar', 'Said', 7, 'active', 0)",
        "INSERT INTO pairs (id, programme_id, mentor_id, mentee_id, status, started_on, created_at, mentor_answer, \
         mentee_answer) VALUES (5, 1, 1, 2, 'active', '2026-09-01', 0, 'accepted', 'accepted')",
        "INSERT INTO peer_sessions (id, pair_id, starts_at, status, created_at) VALUES (1, 5, 100, 'held', 100)",
        "INSERT INTO peer_sessions (id, pair_id, starts_at, status, created_at) VALUES (2, 5, 200, 'planned', 100)",
    ] {
        conn.execute(sql).await.unwrap_or_else(|e| panic!("{sql}: {e}"));
    }
    store.migrate().await.unwrap();
    let p = store.pair(5).await.unwrap().unwrap();
    assert_eq!(
        (p.status, p.mentor.first_name.as_str(), p.mentee.first_name.as_str()),
        (PairStatus::Active, "Ana", "Omar")
    );
    assert_eq!(store.peer_sessions(5).await.unwrap().len(), 2);
    if url.starts_with("sqlite") {
        conn.execute("PRAGMA foreign_keys = ON").await.unwrap();
        let broken = sqlx::query("PRAGMA foreign_key_check").fetch_all(&mut conn).await.unwrap();
        assert!(broken.is_empty(), "no dangling reference");
        // Removing the pair still removes its sessions: the reference
        // points at the new table.
        conn.execute("DELETE FROM pairs WHERE id = 5").await.unwrap();
        assert!(store.peer_sessions(5).await.unwrap().is_empty());
    }
}
