//! Who sees what: a buddy sees only their own newcomers, an organisation
//! only its own data, an administrator or evaluator no person at all.

use m4m_domain::Role;
use m4m_domain::account::Email;

use crate::support::TestApp;

/// Names of people in the French programme who have no account.
const LILLE_PEOPLE: [&str; 4] = ["Yonas", "Tesfaye", "Oksana", "Mariam"];

#[tokio::test]
async fn a_buddy_cannot_read_another_buddys_newcomer() {
    let app = TestApp::spawn().await;
    let buddy1 = app.login("buddy1.fr@example.org").await;
    let home = buddy1.get("/home").await;
    home.assert_has("Amal");
    home.assert_lacks("Hamid");
    home.assert_lacks("Rahimi");
    let programme = buddy1.get("/programmes/1").await;
    assert_eq!(programme.status, 200);
    for name in LILLE_PEOPLE.iter().chain(&["Hamid", "Haddad"]) {
        programme.assert_lacks(name);
    }
    let newcomer2 = app.login("newcomer2.fr@example.org").await;
    let home = newcomer2.get("/home").await;
    home.assert_has("Leila");
    home.assert_lacks("Amal");
    home.assert_lacks("Karim");
}

#[tokio::test]
async fn a_buddy_sees_only_the_minimal_data_of_their_newcomer() {
    let app = TestApp::spawn().await;
    let home = app.login("buddy1.fr@example.org").await.get("/home").await;
    home.assert_has("<bdi>Amal</bdi>");
    // Family name and country of origin are not the buddy's to know here.
    home.assert_lacks("Haddad");
    home.assert_lacks(">SY<");
}

#[tokio::test]
async fn an_organisation_cannot_read_another_organisations_data() {
    let app = TestApp::spawn().await;
    let greek = app.login("coordinator.gr@example.org").await;
    assert_eq!(greek.get("/programmes/1").await.status, 404);
    assert_eq!(greek.get("/api/v1/programmes/1").await.status, 404);
    let list: serde_json::Value = serde_json::from_str(&greek.get("/api/v1/programmes").await.body).unwrap();
    let names: Vec<&str> = list["programmes"].as_array().unwrap().iter().map(|p| p["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Buddy System Athens 2026", "Buddy System Athens 2025"]);
    let home = greek.get("/home").await;
    home.assert_lacks("Lille");
    // And the other way round.
    let french = app.login("coordinator.fr@example.org").await;
    assert_eq!(french.get("/programmes/2").await.status, 404);
    let own = french.get("/programmes/1").await;
    for name in LILLE_PEOPLE {
        own.assert_has(name);
    }
    own.assert_lacks("Olena");
}

#[tokio::test]
async fn administrators_and_evaluators_see_figures_not_people() {
    let app = TestApp::spawn().await;
    let admin = app.login("admin@example.org").await;
    let programme = admin.get("/programmes/1").await;
    assert_eq!(programme.status, 200);
    for name in LILLE_PEOPLE {
        programme.assert_lacks(name);
    }
    let hash = m4m_domain::account::password::hash("evaluator-pass");
    app.store
        .create_user(None, &Email::parse("eval@example.org").unwrap(), "Eva Luator", &hash, Role::Evaluator, None)
        .await
        .unwrap();
    let eval = app.client();
    assert_eq!(eval.login("eval@example.org", "evaluator-pass").await.status(), 303);
    let home = eval.get("/home?lang=en").await;
    home.assert_has("id=\"h-figures\"");
    home.assert_has("Syndesmos Athens");
    for name in LILLE_PEOPLE.iter().chain(&["Amal", "Karim"]) {
        home.assert_lacks(name);
    }
    assert_eq!(eval.get("/programmes/1").await.status, 404);
    assert_eq!(eval.get("/admin/users").await.status, 403);
    // The accounts page names staff, and counts buddies and newcomers.
    let accounts = admin.get("/admin/users?lang=en").await;
    accounts.assert_has("coordinator.fr@example.org");
    accounts.assert_has("Buddies&#39; and newcomers&#39; accounts");
    for name in ["Amal Haddad", "newcomer1.fr@example.org", "Karim Benali", "buddy1.fr@example.org"] {
        accounts.assert_lacks(name);
    }
}

#[tokio::test]
async fn staff_pages_are_closed_to_everyone_else() {
    let app = TestApp::spawn().await;
    for email in
        ["coordinator.fr@example.org", "buddy1.fr@example.org", "newcomer1.fr@example.org", "supervisor.fr@example.org"]
    {
        let c = app.login(email).await;
        for path in ["/admin/organisations", "/admin/users", "/admin/outbox"] {
            assert_eq!(c.get(path).await.status, 403, "{email} {path}");
        }
        let r = c.post("/home", "/admin/organisations", &[("name", "Mine"), ("country", "FR")]).await;
        assert_eq!(r.status, 403, "{email}");
    }
    assert_eq!(app.store.organisations().await.unwrap().len(), 2);
    // Anonymous visitors are sent to log in.
    let anon = app.client();
    for path in ["/home", "/admin/users", "/programmes/1", "/invitations/new"] {
        let r = anon.get(path).await;
        assert_eq!(r.status, 303, "{path}");
        assert!(r.location().starts_with("/login"));
    }
}

#[tokio::test]
async fn a_supervisor_sees_their_buddies_but_not_the_programme_list() {
    let app = TestApp::spawn().await;
    let c = app.login("supervisor.fr@example.org").await;
    let home = c.get("/home").await;
    home.assert_has("Karim Benali");
    // The pairs of their buddies, with the newcomer's first name only:
    // no surname, no record.
    home.assert_has("Amal");
    home.assert_lacks("Haddad");
    let amal = app.store.user_by_email("newcomer1.fr@example.org").await.unwrap().unwrap().id;
    let pair = app.store.pairs_of_user(amal).await.unwrap()[0].clone();
    let page = c.get(&format!("/pairs/{}", pair.id)).await;
    assert_eq!(page.status, 200);
    page.assert_lacks("Haddad");
    page.assert_lacks("/sessions/new");
    assert_eq!(c.get(&format!("/people/{}", pair.mentee.participant_id)).await.status, 404);
    let programme = c.get("/programmes/1").await;
    for name in LILLE_PEOPLE {
        programme.assert_lacks(name);
    }
}

#[tokio::test]
async fn the_administrator_adds_an_organisation() {
    let app = TestApp::spawn().await;
    let admin = app.login("admin@example.org").await;
    let bad = admin
        .post("/admin/organisations?lang=en", "/admin/organisations", &[("name", ""), ("country", "France")])
        .await;
    assert_eq!(bad.status, 422);
    bad.assert_has("Enter the two-letter country code");
    let ok = admin
        .post(
            "/admin/organisations",
            "/admin/organisations",
            &[("name", "Compass Graz"), ("country", "at"), ("languages", "de, ar, fa")],
        )
        .await;
    assert_eq!(ok.status, 303);
    let list = admin.get("/admin/organisations").await;
    list.assert_has("Compass Graz");
    list.assert_has("<td>AT</td>");
    admin.get("/admin/users").await.assert_has("coordinator.gr@example.org");
}

#[tokio::test]
async fn every_read_of_a_record_is_audited() {
    let app = TestApp::spawn().await;
    let someone = app.store.programme_participants(1).await.unwrap()[3].id;
    let c = app.login("coordinator.fr@example.org").await;
    assert_eq!(c.get(&format!("/people/{someone}")).await.status, 200);
    let trail = app.store.audit_for(&format!("participant:{someone}"), 10).await.unwrap();
    let coordinator = app.store.user_by_email("coordinator.fr@example.org").await.unwrap().unwrap().id;
    assert!(trail.iter().any(|a| a.action == "participant.read" && a.actor_user_id == Some(coordinator)), "{trail:?}");
}

/// Health and legal notes: written and read by the person's coordinators
/// only; a refused text is shown back and nothing is saved.
#[tokio::test]
async fn confidential_notes_are_for_coordinators_only() {
    let app = TestApp::spawn().await;
    let amal = app.store.user_by_email("newcomer1.fr@example.org").await.unwrap().unwrap().id;
    let id = app.store.pairs_of_user(amal).await.unwrap()[0].mentee.participant_id;
    let (page, action) = (format!("/people/{id}"), format!("/people/{id}/notes"));
    let claire = app.login("coordinator.fr@example.org").await;
    let note = "Asylum appeal on 3 May <b>urgent</b>.\nAsks for a woman interpreter.";
    let r = claire.post(&page, &action, &[("notes", note)]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let shown = claire.get(&page).await;
    shown.assert_has("Asylum appeal on 3 May &#60;b&#62;urgent&#60;/b&#62;.\nAsks for a woman interpreter.");
    shown.assert_lacks("<b>urgent");
    assert_eq!(app.store.confidential_notes(id).await.unwrap(), note);
    let trail = app.store.audit_for(&format!("participant:{id}"), 20).await.unwrap();
    let line = trail.iter().find(|a| a.action == "participant.notes").expect("the change is audited");
    assert!(!line.detail.contains("Asylum"), "the audit line holds no text");

    // Too long: the page says so, keeps what was typed, and saves nothing.
    let long = format!("Kept draft {}", "x".repeat(4000));
    let r = claire.post(&page, &action, &[("notes", &long)]).await;
    assert_eq!(r.status, 422);
    r.assert_has("Kept draft");
    r.assert_has("aria-invalid=\"true\"");
    assert_eq!(app.store.confidential_notes(id).await.unwrap(), note);

    // Nobody else writes them, nor reads them anywhere.
    for (email, code) in [
        ("buddy1.fr@example.org", 403),
        ("newcomer1.fr@example.org", 403),
        ("supervisor.fr@example.org", 404),
        ("coordinator.gr@example.org", 404),
        ("admin@example.org", 404),
    ] {
        let c = app.login(email).await;
        let r = c.post("/home", &action, &[("notes", "overwritten")]).await;
        assert_eq!(r.status, code, "{email}");
        for path in ["/home", "/api/v1/pairs", &format!("/api/v1/people/{id}")] {
            c.get(path).await.assert_lacks("Asylum");
        }
    }
    assert_eq!(app.store.confidential_notes(id).await.unwrap(), note);
    // The coordinator's own API view of the record does not carry them:
    // partners' tools get the profile, not health or legal notes.
    claire.get(&format!("/api/v1/people/{id}")).await.assert_lacks("Asylum");
}
