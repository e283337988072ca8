//! What needs a coordinator today (step 9): pairs at risk with their
//! reasons, by the programme's own thresholds, and what waits on someone.

use crate::access_matrix::Objects;
use crate::support::{TestApp, exec};

/// The part of the home under "Needs you today".
fn needs_section(body: &str) -> &str {
    let start = body.find("id=\"h-attention\"").expect("a needs-you-today section");
    let end = body[start..].find("</section>").map_or(body.len(), |e| start + e);
    &body[start..end]
}

#[tokio::test]
async fn the_coordinators_home_says_which_pair_needs_them_and_why() {
    let app = TestApp::spawn().await;
    let o = Objects::find(&app).await;
    let (pair1, pair_gr) = (o.fill("{pair1}"), o.fill("{pairGR}"));

    // Athens: a pair that has not met since it started, with a concern.
    let eleni = app.login("coordinator.gr@example.org").await;
    let home = eleni.get("/home?lang=en").await;
    let needs = needs_section(&home.body);
    assert!(needs.contains(&format!("href=\"/pairs/{pair_gr}\"")), "{needs}");
    assert!(needs.contains("No session for 15"), "{needs}");
    assert!(needs.contains("A concern is open"), "{needs}");
    assert!(!needs.contains("Karim"), "Lille's pairs are not Athens' business");
    assert_eq!(eleni.get(&format!("/pairs/{pair_gr}")).await.status, 200, "the link leads to the pair");

    // Lille: pair1 met five days ago, within the default 21 days...
    let claire = app.login("coordinator.fr@example.org").await;
    let needs = needs_section(&claire.get("/home?lang=en").await.body).to_owned();
    assert!(!needs.contains(&format!("href=\"/pairs/{pair1}\"")), "{needs}");
    assert!(needs.contains("A session waits for confirmation for over a week"), "{needs}");
    // ...but this programme wants one at least every five days.
    let mut raw = app.raw().await;
    exec(&mut raw, "UPDATE programmes SET risk_no_session_days = 5 WHERE name = 'Buddy System Lille 2026'").await;
    let needs = needs_section(&claire.get("/home?lang=en").await.body).to_owned();
    assert!(needs.contains(&format!("href=\"/pairs/{pair1}\"")), "{needs}");
    assert!(needs.contains("No session for "), "{needs}");

    // An urgent concern about the pair puts it first, in French too.
    let amal = app.login("newcomer1.fr@example.org").await;
    let form = format!("/concerns/new?pair={pair1}");
    let r = amal
        .post(&form, "/concerns/new", &[("pair", &pair1), ("severity", "urgent"), ("summary", "Peur"), ("text", "")])
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let page = claire.get("/home").await;
    let needs = needs_section(&page.body);
    let first = needs.find("href=\"/pairs/").map(|at| &needs[at..]).unwrap();
    assert!(first.starts_with(&format!("href=\"/pairs/{pair1}\"")), "{needs}");
    assert!(needs.contains("Un signalement urgent est ouvert"), "{needs}");

    // The whole list says the same.
    let all = claire.get("/attention?lang=en").await;
    assert_eq!(all.status, 200);
    all.assert_has(&format!("href=\"/pairs/{pair1}\""));
    all.assert_has("An urgent concern is open");

    // Buddies and newcomers have no such list.
    amal.get("/home").await.assert_lacks("id=\"h-attention\"");
}

#[tokio::test]
async fn an_overdue_staff_contact_waits_until_it_is_recorded() {
    let app = TestApp::spawn().await;
    let o = Objects::find(&app).await;
    let pair1 = o.fill("{pair1}");
    let claire = app.login("coordinator.fr@example.org").await;
    // Forty days in and no contact yet: two are due.
    let link = format!("href=\"/pairs/{pair1}#contacts\"");
    let needs = needs_section(&claire.get("/home?lang=en").await.body).to_owned();
    assert!(needs.contains(&link) && needs.contains("A staff contact is due"), "{needs}");
    let path = format!("/pairs/{pair1}/contacts");
    let yesterday = (time::OffsetDateTime::now_utc() - time::Duration::days(1)).date().to_string();
    let r = claire.post(&path, &path, &[("kind", "fax"), ("on", &yesterday), ("note", "Tout va bien")]).await;
    assert_eq!(r.status, 422);
    r.assert_has("Choisissez appel, visite ou message.");
    r.assert_has("Tout va bien");
    for kind in ["call", "visit"] {
        let r = claire.post(&path, &path, &[("kind", kind), ("on", &yesterday), ("note", "Tout va bien")]).await;
        assert_eq!(r.status, 303, "{}", r.body);
    }
    claire.get(&path).await.assert_has("Visite");
    let needs = needs_section(&claire.get("/home?lang=en").await.body).to_owned();
    assert!(!needs.contains(&link), "{needs}");
}
