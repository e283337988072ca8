//! Step 6: from a proposal to a working pair.

use m4m_domain::participant::Status;

use crate::support::{Client, TestApp};

/// Gives a registered person an account (through an invitation, as the
/// app does) and logs them in.
async fn account_for(app: &TestApp, participant: i64, email: &str) -> Client {
    let admin = app.store.user_by_email("coordinator.fr@example.org").await.unwrap().unwrap();
    let p = app.store.participant(participant).await.unwrap().unwrap();
    let role = if p.kind == m4m_domain::participant::Kind::Mentor {
        m4m_domain::Role::Mentor
    } else {
        m4m_domain::Role::Mentee
    };
    let email = m4m_domain::account::Email::parse(email).unwrap();
    let token = app
        .store
        .invite(admin.id, &email, &p.first_name, role, Some(1), 3600, Some(participant), |_| ("s".into(), "b".into()))
        .await
        .unwrap();
    let hash = m4m_domain::account::password::hash("a-long-password");
    app.store.accept_invitation(&token, &p.first_name, &hash).await.unwrap();
    let c = app.client();
    assert_eq!(c.login(email.as_str(), "a-long-password").await.status(), 303);
    c
}

#[tokio::test]
async fn a_proposed_pair_answers_meets_agrees_and_starts() {
    let app = TestApp::spawn().await;
    let people = app.store.programme_participants(1).await.unwrap();
    let oksana = people.iter().find(|p| p.first_name == "Oksana").unwrap().id;
    let hanna = people.iter().find(|p| p.first_name == "Hanna").unwrap().id;
    let newcomer = account_for(&app, oksana, "oksana@example.net").await;
    let buddy = account_for(&app, hanna, "hanna@example.net").await;
    let coordinator = app.login("coordinator.fr@example.org").await;
    let before = app.store.outbox(100).await.unwrap().len();
    let r = coordinator
        .post(
            "/programmes/1/matching",
            "/programmes/1/matching/confirm",
            &[("mentee", &oksana.to_string()), ("mentor", &hanna.to_string())],
        )
        .await;
    assert_eq!(r.status, 303);
    // Both are told, each in their own language.
    let mail = app.store.outbox(100).await.unwrap();
    assert_eq!(mail.len(), before + 2);
    assert!(mail.iter().any(|m| m.recipient == "oksana@example.net"));
    let pair = app
        .store
        .forming_pairs_of_user(app.store.user_by_email("oksana@example.net").await.unwrap().unwrap().id)
        .await
        .unwrap()[0]
        .id;

    // The newcomer sees only what she needs of the buddy.
    newcomer.get("/home?lang=en").await.assert_has(&format!("/pairs/{pair}/proposal"));
    let proposal = newcomer.get(&format!("/pairs/{pair}/proposal?lang=en")).await;
    proposal.assert_has("<bdi>Hanna</bdi>");
    proposal.assert_lacks("Bondar");
    let no_reason = newcomer
        .post(&format!("/pairs/{pair}/proposal"), &format!("/pairs/{pair}/answer?lang=en"), &[("answer", "decline")])
        .await;
    assert_eq!(no_reason.status, 422);
    no_reason.assert_has("Give a reason.");
    for c in [&newcomer, &buddy] {
        let r =
            c.post(&format!("/pairs/{pair}/proposal"), &format!("/pairs/{pair}/answer"), &[("answer", "accept")]).await;
        assert_eq!(r.status, 303);
    }
    assert_eq!(app.store.pair(pair).await.unwrap().unwrap().status, m4m_domain::pairing::PairStatus::Accepted);

    // Staff: the first meeting, then the agreement.
    let setup = format!("/pairs/{pair}/setup");
    let early = coordinator.post(&setup, &format!("/pairs/{pair}/held?lang=en"), &[]).await;
    assert_eq!(early.status, 422);
    let meeting = coordinator
        .post(
            &setup,
            &format!("/pairs/{pair}/meeting"),
            &[("date", "2026-12-03"), ("time", "15:00"), ("place", "CCAS de Lille")],
        )
        .await;
    assert_eq!(meeting.status, 303);
    assert_eq!(coordinator.post(&setup, &format!("/pairs/{pair}/held"), &[]).await.status, 303);
    let missing = coordinator
        .post(&setup, &format!("/pairs/{pair}/agreement?lang=en"), &[("goals", "housing"), ("rhythm", "weekly")])
        .await;
    assert_eq!(missing.status, 422);
    missing.assert_has("Confirm that confidentiality was explained to both.");
    let agreed = coordinator
        .post(
            &setup,
            &format!("/pairs/{pair}/agreement"),
            &[
                ("goals", "housing"),
                ("goals", "language"),
                ("rhythm", "weekly"),
                ("months", "6"),
                ("confidentiality", "yes"),
            ],
        )
        .await;
    assert_eq!(agreed.status, 303);
    assert_eq!(
        app.store.pair(pair).await.unwrap().unwrap().status,
        m4m_domain::pairing::PairStatus::Accepted,
        "not before both accept it"
    );

    // Both accept the agreement: the pair starts.
    newcomer.get("/home").await.assert_has(&format!("/pairs/{pair}/agreement"));
    for c in [&newcomer, &buddy] {
        let page = c.get(&format!("/pairs/{pair}/agreement?lang=en")).await;
        page.assert_has("Every week");
        assert_eq!(c.post(&format!("/pairs/{pair}/agreement"), &format!("/pairs/{pair}/sign"), &[]).await.status, 303);
    }
    let record = app.store.pair(pair).await.unwrap().unwrap();
    assert_eq!(record.status, m4m_domain::pairing::PairStatus::Active);
    for id in [oksana, hanna] {
        assert_eq!(app.store.participant(id).await.unwrap().unwrap().status, Status::Active);
    }
    newcomer.get("/home?lang=en").await.assert_has("<bdi>Hanna</bdi>");
}

#[tokio::test]
async fn a_decline_returns_both_to_the_pool() {
    let app = TestApp::spawn().await;
    let people = app.store.programme_participants(1).await.unwrap();
    let nour = people.iter().find(|p| p.first_name == "Nour").unwrap().id;
    let ahmad = people.iter().find(|p| p.first_name == "Ahmad").unwrap().id;
    let buddy = account_for(&app, ahmad, "ahmad@example.net").await;
    let coordinator = app.login("coordinator.fr@example.org").await;
    coordinator
        .post(
            "/programmes/1/matching",
            "/programmes/1/matching/confirm",
            &[("mentee", &nour.to_string()), ("mentor", &ahmad.to_string())],
        )
        .await;
    let pool = app.store.matching_pool(1).await.unwrap();
    assert!(!pool.mentees.iter().any(|p| p.id == nour));
    let pair = app.store.pairs_in_setup(1).await.unwrap()[0].id;
    let r = buddy
        .post(
            &format!("/pairs/{pair}/proposal"),
            &format!("/pairs/{pair}/answer"),
            &[("answer", "decline"), ("reason", "I move to Lyon next month")],
        )
        .await;
    assert_eq!(r.status, 303);
    let record = app.store.pair(pair).await.unwrap().unwrap();
    assert_eq!(record.status, m4m_domain::pairing::PairStatus::Declined);
    assert_eq!(record.decline_reason, "I move to Lyon next month");
    let pool = app.store.matching_pool(1).await.unwrap();
    assert!(pool.mentees.iter().any(|p| p.id == nour), "the newcomer is back in the pool");
    // Others cannot see or answer it.
    let other = app.login("buddy1.fr@example.org").await;
    assert_eq!(other.get(&format!("/pairs/{pair}/proposal")).await.status, 404);
    let greek = app.login("coordinator.gr@example.org").await;
    assert_eq!(greek.get(&format!("/pairs/{pair}/setup")).await.status, 404);
}
