//! The goals of a pair (step 9): the agreement's goals become the pair's,
//! and either member records where each stands on the goal-attainment
//! scale; the history is kept and shown.

use crate::access_matrix::Objects;
use crate::support::{TestApp, one};

#[tokio::test]
async fn a_newcomer_says_where_her_goal_stands_and_the_history_stays() {
    let app = TestApp::spawn().await;
    let o = Objects::find(&app).await;
    let (pair1, goal) = (o.fill("{pair1}"), o.fill("{goalAmal}"));
    let amal = app.login("newcomer1.fr@example.org").await;
    // Her home leads to her pair's goals, with where each stands.
    let home = amal.get("/home?lang=en").await;
    home.assert_has("Hold a conversation in French at the pharmacy");
    home.assert_has("0 · as expected");
    home.assert_has(&format!("href=\"/pairs/{pair1}/goals#goal-{goal}\""));
    let path = format!("/pairs/{pair1}/goals");
    let page = amal.get(&format!("{path}?lang=en")).await;
    page.assert_has("J&#39;ai encore peur de ne pas comprendre.");
    page.assert_has("−1 · less than expected");

    // A wrong score is refused in her language, the comment kept.
    let action = format!("/goals/{goal}/progress");
    let r = amal.post(&path, &action, &[("score", "5"), ("comment", "ذهبت وحدي")]).await;
    assert_eq!(r.status, 422);
    r.assert_has("اختر نقطة على المقياس");
    r.assert_has("ذهبت وحدي");
    let r = amal.post(&path, &action, &[("score", "2"), ("comment", "ذهبت وحدي")]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let page = amal.get(&format!("{path}?lang=en")).await;
    page.assert_has("+2 · much more than expected");
    page.assert_has("ذهبت وحدي");
    page.assert_has("J&#39;ai encore peur");
    let mut raw = app.raw().await;
    assert_eq!(one(&mut raw, &format!("SELECT COUNT(*) FROM goal_progress WHERE goal_id = {goal}")).await, 3);

    // Her buddy reads it; another buddy does not; the supervisor reads
    // and may not record.
    let karim = app.login("buddy1.fr@example.org").await;
    karim.get(&path).await.assert_has("ذهبت وحدي");
    let leila = app.login("buddy2.fr@example.org").await;
    assert_eq!(leila.get(&path).await.status, 404);
    let sophie = app.login("supervisor.fr@example.org").await;
    let page = sophie.get(&path).await;
    assert_eq!(page.status, 200);
    page.assert_lacks(&format!("action=\"{action}\""));
}

#[tokio::test]
async fn the_agreements_goals_become_the_pairs_when_it_starts() {
    let app = TestApp::spawn().await;
    let o = Objects::find(&app).await;
    let pair = o.fill("{pairGRnew}");
    let mut raw = app.raw().await;
    assert_eq!(one(&mut raw, &format!("SELECT COUNT(*) FROM goals WHERE pair_id = {pair}")).await, 0);
    // The coordinator records the first meeting as held (moved to the
    // past), writes the agreement and both sign on paper: the pair starts.
    crate::support::exec(
        &mut raw,
        &format!("UPDATE pairs SET first_meeting_at = first_meeting_at - 7 * 86400 WHERE id = {pair}"),
    )
    .await;
    let eleni = app.login("coordinator.gr@example.org").await;
    let setup = format!("/pairs/{pair}/setup");
    assert_eq!(eleni.post(&setup, &format!("/pairs/{pair}/held"), &[]).await.status, 303);
    let r = eleni
        .post(
            &setup,
            &format!("/pairs/{pair}/agreement"),
            &[
                ("goals", "language"),
                ("goals", "employment"),
                ("goals_text", "Speak Greek at the market; a first job"),
                ("rhythm", "weekly"),
                ("months", "6"),
                ("boundaries", "No money"),
                ("confidentiality", "yes"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let r = eleni.post(&setup, &format!("/pairs/{pair}/sign"), &[("paper", "1")]).await;
    assert!(r.status == 303, "{}: {}", r.status, r.body);
    assert_eq!(one(&mut raw, &format!("SELECT COUNT(*) FROM pairs WHERE id = {pair} AND status = 'active'")).await, 1);
    let page = eleni.get(&format!("/pairs/{pair}/goals?lang=en")).await;
    page.assert_has("Speak Greek at the market; a first job");
    assert_eq!(one(&mut raw, &format!("SELECT COUNT(*) FROM goals WHERE pair_id = {pair}")).await, 2);
}
