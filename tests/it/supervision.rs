//! Supervision of buddies (step 8): a supervisor records a group meeting
//! with notes and actions; the buddies see that it happened and their own
//! actions, never the notes; a newcomer reaches none of it; and a
//! supervisor is never offered a link to a page they may not open.

use std::collections::{BTreeSet, VecDeque};

use crate::support::{Client, TestApp, one};

fn id_after(location: &str, prefix: &str) -> i64 {
    location.trim_start_matches(prefix).split(['?', '/']).next().unwrap().parse().expect(location)
}

#[tokio::test]
async fn a_group_supervision_shows_its_notes_to_staff_and_their_actions_to_buddies() {
    let app = TestApp::spawn().await;
    let mut raw = app.raw().await;
    let karim = one(&mut raw, "SELECT id FROM participants WHERE first_name = 'Karim'").await;
    let leila = one(&mut raw, "SELECT id FROM participants WHERE first_name = 'Leila'").await;
    let sophie = app.login("supervisor.fr@example.org").await;
    let form = sophie.get("/supervisions/new").await;
    assert_eq!(form.status, 200);
    form.assert_has(&format!("name=\"buddies\" value=\"{karim}\""));
    form.assert_has(&format!("name=\"buddies\" value=\"{leila}\""));
    let today = time::OffsetDateTime::now_utc().date();
    let due = m4m_domain::programme::format_date(today + time::Duration::days(5));
    let held = m4m_domain::programme::format_date(today);
    let (k, l) = (karim.to_string(), leila.to_string());
    let r = sophie
        .post(
            "/supervisions/new",
            "/supervisions/new",
            &[
                ("format", "group"),
                ("held_on", &held),
                ("buddies", &k),
                ("buddies", &l),
                ("topics", "difficult_situation"),
                ("notes", "Leila est épuisée : réduire à une rencontre par semaine."),
                ("action_text", "Appeler Hamid avec Leila"),
                ("action_owner", &l),
                ("action_due", &due),
                ("action_text", "Relire la charte"),
                ("action_owner", &k),
                ("action_due", &due),
                ("action_text", ""),
                ("action_owner", "me"),
                ("action_due", ""),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let id = id_after(r.location(), "/supervisions/");
    let page = sophie.get(r.location()).await;
    page.assert_has("Leila est épuisée");
    page.assert_has("Appeler Hamid avec Leila");
    page.assert_has("Relire la charte");
    let home = sophie.get("/home").await;
    home.assert_has(&format!("href=\"/supervisions/{id}\""));

    // Karim: it happened, and his own action; not the notes, not Leila's.
    let karim_c = app.login("buddy1.fr@example.org").await;
    let mine = karim_c.get(&format!("/supervisions/{id}")).await;
    assert_eq!(mine.status, 200);
    mine.assert_has("Relire la charte");
    mine.assert_lacks("épuisée");
    mine.assert_lacks("Appeler Hamid");
    let home = karim_c.get("/home").await;
    home.assert_has("Relire la charte");
    let action = one(
        &mut raw,
        &format!("SELECT id FROM supervision_actions WHERE text = 'Relire la charte' AND supervision_id = {id}"),
    )
    .await;
    let done = format!("/supervisions/{id}/actions/{action}/done");
    // Leila may not tick Karim's action.
    let leila_c = app.login("buddy2.fr@example.org").await;
    assert_eq!(leila_c.post("/home", &done, &[]).await.status, 404);
    let r = karim_c.post("/home", &done, &[]).await;
    assert_eq!(r.status, 303);
    karim_c.get("/home").await.assert_lacks("Relire la charte");

    // Amal, the newcomer of Karim's pair, reaches nothing.
    let amal = app.login("newcomer1.fr@example.org").await;
    assert_eq!(amal.get(&format!("/supervisions/{id}")).await.status, 404);
    amal.get("/home").await.assert_lacks("Relire la charte");
}

#[tokio::test]
async fn a_wrong_supervision_says_what_to_fix_and_keeps_the_notes() {
    let app = TestApp::spawn().await;
    let mut raw = app.raw().await;
    let karim = one(&mut raw, "SELECT id FROM participants WHERE first_name = 'Karim'").await.to_string();
    let leila = one(&mut raw, "SELECT id FROM participants WHERE first_name = 'Leila'").await.to_string();
    let amal = one(&mut raw, "SELECT id FROM participants WHERE first_name = 'Amal'").await.to_string();
    let before = one(&mut raw, "SELECT COUNT(*) FROM supervisions").await;
    let sophie = app.login("supervisor.fr@example.org").await;
    let r = sophie
        .post(
            "/supervisions/new",
            "/supervisions/new",
            &[
                ("format", "one_to_one"),
                ("held_on", "2999-01-01"),
                ("buddies", &karim),
                ("buddies", &leila),
                ("notes", "Mes notes tapées longuement"),
            ],
        )
        .await;
    assert_eq!(r.status, 422);
    r.assert_has("Une supervision individuelle concerne un·e seul·e bénévole.");
    r.assert_has("La date ne peut pas être dans le futur.");
    r.assert_has("Mes notes tapées longuement");
    // Someone she does not supervise cannot be slipped in.
    let r = sophie
        .post(
            "/supervisions/new",
            "/supervisions/new",
            &[("format", "group"), ("held_on", "2026-01-01"), ("buddies", &amal)],
        )
        .await;
    assert_eq!(r.status, 422);
    r.assert_has("Choisissez parmi les bénévoles proposé·es.");
    assert_eq!(one(&mut raw, "SELECT COUNT(*) FROM supervisions").await, before);
}

/// Every page a client reaches from its home by following links, with
/// its status: at most `limit` pages, links that change nothing only.
async fn crawl(c: &Client, limit: usize) -> Vec<(String, u16)> {
    let mut seen = BTreeSet::new();
    let mut queue = VecDeque::from(["/home".to_owned()]);
    let mut out = Vec::new();
    while let Some(path) = queue.pop_front() {
        if !seen.insert(path.clone()) || out.len() >= limit {
            continue;
        }
        let page = c.get(&path).await;
        out.push((path.clone(), page.status));
        if !page.headers.get("content-type").is_some_and(|t| t.to_str().unwrap_or("").starts_with("text/html")) {
            continue;
        }
        for part in page.body.split("href=\"").skip(1) {
            let link = part.split('"').next().unwrap_or("").replace("&amp;", "&");
            let skip = ["/logout", "/static/", "/calendar/", "/api/"];
            if link.starts_with('/') && !link.starts_with("//") && !skip.iter().any(|s| link.starts_with(s)) {
                queue.push_back(link.split('#').next().unwrap_or("").to_owned());
            }
        }
    }
    out
}

#[tokio::test]
async fn a_supervisor_is_never_offered_a_page_they_may_not_open() {
    let app = TestApp::spawn().await;
    let sophie = app.login("supervisor.fr@example.org").await;
    let pages = crawl(&sophie, 150).await;
    assert!(pages.iter().any(|(p, _)| p.ends_with("/access")), "the crawl reached a buddy's access log: {pages:?}");
    assert!(pages.iter().any(|(p, _)| p.starts_with("/supervisions/")), "{pages:?}");
    let refused: Vec<_> = pages.iter().filter(|(_, s)| *s == 403 || *s == 404).collect();
    assert!(refused.is_empty(), "links to pages the supervisor may not open: {refused:?}");
}
