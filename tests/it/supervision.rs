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

/// Step 8: the supervisor follows how sure a buddy feels of each
/// competence over time — Karim's start and mid-term side by side, as a
/// chart and a table in the reader's language — from her home; the
/// coordinators of his organisation may look too, nobody else.
#[tokio::test]
async fn the_supervisor_sees_a_buddys_self_assessments_over_time() {
    let app = TestApp::spawn().await;
    let mut raw = app.raw().await;
    let karim = one(&mut raw, "SELECT id FROM participants WHERE first_name = 'Karim'").await;
    let path = format!("/buddies/{karim}/self-assessment");
    let sophie = app.login("supervisor.fr@example.org").await;
    sophie.get("/home").await.assert_has(&format!("href=\"{path}\""));
    let page = sophie.get(&format!("{path}?lang=fr")).await;
    assert_eq!(page.status, 200, "{}", page.body);
    page.assert_has("Auto-évaluations de Karim Benali");
    // Both moments, as a chart with a legend and as a table.
    page.assert_has("role=\"img\" aria-label=\"Aisance par compétence à chaque auto-évaluation");
    page.assert_has(">Au début</text>");
    page.assert_has(">À mi-parcours</text>");
    page.assert_has(
        "<th scope=\"col\">Compétence</th><th scope=\"col\">Au début</th><th scope=\"col\">À mi-parcours</th>",
    );
    // The demo's answers: a point more in all but what he rated highest.
    page.assert_has("<th scope=\"row\">Écouter sans juger</th><td>3,0 / 5</td><td>4,0 / 5</td><td>+1,0</td>");
    page.assert_has("<th scope=\"row\">Communiquer entre cultures</th><td>5,0 / 5</td><td>5,0 / 5</td><td>±0,0</td>");
    page.assert_has("<th scope=\"row\">Encourager l&#39;autonomie</th><td>1,0 / 5</td><td>2,0 / 5</td><td>+1,0</td>");
    // Karim reads his own; the French coordinator too, in Arabic here.
    let own = app.login("buddy1.fr@example.org").await.get(&format!("{path}?lang=en")).await;
    assert_eq!(own.status, 200);
    own.assert_has("Listening without judging");
    let coordinator = app.login("coordinator.fr@example.org").await.get(&format!("{path}?lang=ar")).await;
    assert_eq!(coordinator.status, 200);
    coordinator.assert_has("الإصغاء من دون إصدار أحكام");
    // The other organisation's coordinator does not know him; his
    // newcomer knows him, but not this; another buddy does not know him.
    for (email, status) in
        [("coordinator.gr@example.org", 404), ("newcomer1.fr@example.org", 403), ("buddy2.fr@example.org", 404)]
    {
        let refused = app.login(email).await.get(&path).await;
        assert_eq!(refused.status, status, "{email}");
        refused.assert_lacks("Benali");
        refused.assert_lacks("role=\"img\"");
    }
    // A newcomer has no buddy's self-assessment.
    let amal = one(&mut raw, "SELECT id FROM participants WHERE first_name = 'Amal'").await;
    assert_eq!(sophie.get(&format!("/buddies/{amal}/self-assessment")).await.status, 404);
}
