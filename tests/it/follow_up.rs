//! A buddy's follow-up, set by their coordinator on the person's page:
//! the supervisor who then finds them in their supervision meetings
//! (step 9), and how many newcomers they accompany at once, which
//! pre-matching and proposals keep to (step 6).

use crate::support::{TestApp, one};

#[tokio::test]
async fn a_coordinator_gives_a_buddy_a_supervisor_and_a_capacity_that_the_rules_then_keep() {
    let app = TestApp::spawn().await;
    let mut raw = app.raw().await;
    let mariam = one(&mut raw, "SELECT id FROM participants WHERE first_name = 'Mariam'").await;
    let karim = one(&mut raw, "SELECT id FROM participants WHERE first_name = 'Karim'").await;
    let yonas = one(&mut raw, "SELECT id FROM participants WHERE first_name = 'Yonas'").await;
    let lille = one(&mut raw, &format!("SELECT programme_id FROM participants WHERE id = {karim}")).await;
    let sophie_id = one(&mut raw, "SELECT id FROM users WHERE email = 'supervisor.fr@example.org'").await;
    let greek = one(&mut raw, "SELECT id FROM users WHERE email = 'coordinator.gr@example.org'").await;
    let claire = app.login("coordinator.fr@example.org").await;
    let sophie = app.login("supervisor.fr@example.org").await;
    let (page, action) = (format!("/people/{mariam}"), format!("/people/{mariam}/follow-up"));

    // Sophie supervises the Lille buddies; Mariam's coordinator takes her
    // off Sophie's list.
    let form = claire.get(&format!("{page}?lang=en")).await;
    form.assert_has("Supervision and capacity");
    form.assert_has("<option value=\"\">Nobody yet</option>");
    form.assert_has(&format!("<option value=\"{sophie_id}\" selected>"));
    form.assert_has("name=\"capacity\" type=\"number\" min=\"1\" max=\"5\" value=\"1\"");
    let mine = format!("name=\"buddies\" value=\"{mariam}\"");
    sophie.get("/supervisions/new").await.assert_has(&mine);
    let nobody = claire.post(&page, &action, &[("supervisor", ""), ("capacity", "1")]).await;
    assert_eq!(nobody.status, 303, "{}", nobody.body);
    sophie.get("/supervisions/new").await.assert_lacks(&mine);
    claire.get(&format!("{page}?lang=en")).await.assert_has("<option value=\"\" selected>Nobody yet</option>");

    // Refused: another organisation's coordinator, a capacity out of
    // range. Both said at their field, what was typed kept, nothing saved.
    let refused = claire
        .post(&page, &format!("{action}?lang=en"), &[("supervisor", &greek.to_string()), ("capacity", "9")])
        .await;
    assert_eq!(refused.status, 422);
    refused.assert_has("Choose a supervisor from the list.");
    refused.assert_has("Give a whole number from 1 to 5.");
    refused.assert_has("value=\"9\"");
    let stored =
        format!("SELECT COALESCE(supervisor_user_id, 0) * 10 + capacity FROM participants WHERE id = {mariam}");
    assert_eq!(one(&mut raw, &stored).await, 1, "nothing saved");

    // Saved: Sophie finds Mariam among her buddies again.
    let saved = claire.post(&page, &action, &[("supervisor", &sophie_id.to_string()), ("capacity", "2")]).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    assert_eq!(saved.location(), format!("/people/{mariam}?follow-up=1#follow-up"));
    let shown = claire.get(&format!("{}&lang=en", saved.location().trim_end_matches("#follow-up"))).await;
    shown.assert_has("The buddy&#39;s supervisor and capacity are saved.");
    shown.assert_has(&format!("<option value=\"{sophie_id}\" selected>"));
    shown.assert_has("value=\"2\"");
    assert_eq!(one(&mut raw, &stored).await, sophie_id * 10 + 2);
    let audited = format!(
        "SELECT COUNT(*) FROM audit_log WHERE action = 'participant.follow_up' AND subject = 'participant:{mariam}'"
    );
    assert_eq!(one(&mut raw, &audited).await, 3, "the demo's, then two");
    sophie.get("/supervisions/new").await.assert_has(&mine);

    // Karim accompanies Amal, one newcomer at a time: a second proposal is
    // refused until his coordinator lets him take two.
    assert!(app.store.propose_pair(1, lille, yonas, karim, "").await.is_err(), "over his capacity");
    let karim_page = format!("/people/{karim}");
    let karim_action = format!("/people/{karim}/follow-up");
    let two =
        claire.post(&karim_page, &karim_action, &[("supervisor", &sophie_id.to_string()), ("capacity", "2")]).await;
    assert_eq!(two.status, 303, "{}", two.body);
    app.store.propose_pair(1, lille, yonas, karim, "").await.expect("within his capacity");
    // With two pairs open, one at a time is refused.
    let one_again = claire
        .post(
            &karim_page,
            &format!("{karim_action}?lang=en"),
            &[("supervisor", &sophie_id.to_string()), ("capacity", "1")],
        )
        .await;
    assert_eq!(one_again.status, 422);
    one_again.assert_has("This buddy already has more pairs in progress");

    // Karim himself and the Greek coordinator may not change it.
    let before = one(&mut raw, &format!("SELECT capacity FROM participants WHERE id = {karim}")).await;
    let buddy = app.login("buddy1.fr@example.org").await;
    assert_eq!(buddy.post("/home", &karim_action, &[("supervisor", ""), ("capacity", "5")]).await.status, 403);
    let gr = app.login("coordinator.gr@example.org").await;
    assert_eq!(gr.post("/home", &karim_action, &[("supervisor", ""), ("capacity", "5")]).await.status, 404);
    assert_eq!(one(&mut raw, &format!("SELECT capacity FROM participants WHERE id = {karim}")).await, before);
}
