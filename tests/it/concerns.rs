//! Concerns (step 8): a newcomer raises one from their phone in Arabic,
//! the buddy never learns of it, the coordinators are told at once when it
//! is urgent and follow it to its end, each move with a note.

use crate::support::{TestApp, one};

/// The id in `/concerns/N?sent=1`.
fn concern_id(location: &str) -> i64 {
    location.trim_start_matches("/concerns/").split('?').next().unwrap().parse().expect(location)
}

#[tokio::test]
async fn an_urgent_concern_reaches_the_coordinators_and_never_the_buddy() {
    let app = TestApp::spawn().await;
    let mut raw = app.raw().await;
    let pair =
        one(&mut raw, "SELECT p.id FROM pairs p JOIN participants m ON m.id = p.mentee_id WHERE m.first_name = 'Amal'")
            .await;
    let amal = app.login("newcomer1.fr@example.org").await;
    // From the pair's page, in her language (Arabic).
    let page = amal.get(&format!("/pairs/{pair}")).await;
    page.assert_has(&format!("href=\"/concerns/new?pair={pair}\""));
    let form_path = format!("/concerns/new?pair={pair}");
    let form = amal.get(&form_path).await;
    assert_eq!(form.status, 200);
    form.assert_has("dir=\"rtl\"");
    form.assert_has("لن يتم إبلاغ Karim");
    let before = app.store.outbox(100).await.unwrap().len();
    let r = amal
        .post(
            &form_path,
            "/concerns/new",
            &[
                ("pair", &pair.to_string()),
                ("severity", "urgent"),
                ("summary", "يصرخ في وجهي"),
                ("text", "منذ الأسبوع الماضي"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let id = concern_id(r.location());
    let mine = amal.get(r.location()).await;
    mine.assert_has("تم إرسال بلاغك إلى المنسقين.");
    mine.assert_has("يصرخ في وجهي");
    mine.assert_has("عاجل");

    // Every coordinator of Lille is told at once, in their language, with
    // a link and no word of what was written; the Greek one is not.
    let outbox = app.store.outbox(100).await.unwrap();
    let sent: Vec<_> = outbox.iter().take(outbox.len() - before).collect();
    assert_eq!(sent.len(), 1, "{sent:?}");
    assert_eq!(sent[0].recipient, "coordinator.fr@example.org");
    assert_eq!(sent[0].subject, "Signalement urgent dans m4m");
    assert!(sent[0].body.contains(&format!("/concerns/{id}")));
    assert!(!sent[0].body.contains("يصرخ") && !sent[0].body.contains("Amal"));

    // The buddy: nothing on the pair, nothing at home, 404 on the concern.
    let karim = app.login("buddy1.fr@example.org").await;
    for path in [format!("/pairs/{pair}"), "/home".to_owned()] {
        let p = karim.get(&path).await;
        assert_eq!(p.status, 200);
        p.assert_lacks("يصرخ");
        p.assert_lacks(&format!("/concerns/{id}"));
    }
    assert_eq!(karim.get(&format!("/concerns/{id}")).await.status, 404);

    // The coordinator sees it at the top of their home, urgent first.
    let claire = app.login("coordinator.fr@example.org").await;
    let home = claire.get("/home?lang=en").await;
    let concerns = home.body.find("Concerns to follow").expect("the concerns section");
    let programmes = home.body.find("id=\"h-programmes\"").unwrap();
    assert!(concerns < programmes, "concerns come first");
    home.assert_has("يصرخ في وجهي");

    // Open → closed straight away is refused, the note kept; every move
    // needs a note.
    let path = format!("/concerns/{id}");
    let move_path = format!("/concerns/{id}/move");
    let r = claire.post(&path, &move_path, &[("status", "closed"), ("note", "Vu avec elle")]).await;
    assert_eq!(r.status, 422);
    r.assert_has("Choisissez l’une des étapes proposées.");
    r.assert_has("Vu avec elle");
    let r = claire.post(&path, &move_path, &[("status", "acknowledged"), ("note", "  ")]).await;
    assert_eq!(r.status, 422);
    let r =
        claire.post(&path, &move_path, &[("status", "acknowledged"), ("note", "Appelée, rendez-vous demain")]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let r = claire.post(&path, &move_path, &[("status", "action_taken"), ("note", "Binôme suspendu")]).await;
    assert_eq!(r.status, 303);
    let r = claire.post(&path, &move_path, &[("status", "closed"), ("note", "Nouveau binôme proposé")]).await;
    assert_eq!(r.status, 303);
    let done = claire.get(&path).await;
    done.assert_has("Close");
    done.assert_has("Binôme suspendu");
    done.assert_lacks("name=\"status\"");

    // The raiser sees where it stands, not what the coordinators wrote.
    let mine = amal.get(&path).await;
    mine.assert_has("مغلق");
    mine.assert_lacks("Binôme suspendu");
    mine.assert_lacks("Appelée");
    // And may not move it.
    let r = amal.post(&path, &move_path, &[("status", "closed"), ("note", "x")]).await;
    assert_eq!(r.status, 403);

    // Closed, it leaves the home and stays in the incident log.
    claire.get("/home?lang=en").await.assert_lacks(&format!("/concerns/{id}\""));
    let log = claire.get("/programmes/1/concerns?lang=en").await;
    assert_eq!(log.status, 200);
    log.assert_has(&format!("/concerns/{id}\""));
    log.assert_has("Closed");
    // The Greek coordinator reaches none of it.
    let eleni = app.login("coordinator.gr@example.org").await;
    assert_eq!(eleni.get(&path).await.status, 404);
    assert_eq!(eleni.get("/programmes/1/concerns").await.status, 404);
}

#[tokio::test]
async fn a_wrong_concern_says_what_to_fix_and_keeps_what_was_typed() {
    let app = TestApp::spawn().await;
    let amal = app.login("newcomer1.fr@example.org").await;
    let r = amal
        .post("/concerns/new", "/concerns/new", &[("severity", "worst"), ("summary", ""), ("text", "نص طويل كتبته")])
        .await;
    assert_eq!(r.status, 422);
    r.assert_has("اختر مدى الخطورة.");
    r.assert_has("نص طويل كتبته");
    let mut raw = app.raw().await;
    assert_eq!(
        one(&mut raw, "SELECT COUNT(*) FROM concerns WHERE raised_by IS NOT NULL AND text = 'نص طويل كتبته'").await,
        0
    );
    // About herself, low: no message to anyone, listed on her home.
    let before = app.store.outbox(100).await.unwrap().len();
    let r = amal
        .post("/concerns/new", "/concerns/new", &[("severity", "low"), ("summary", "Je dors mal"), ("text", "")])
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(app.store.outbox(100).await.unwrap().len(), before);
    amal.get("/home").await.assert_has("Je dors mal");
}

#[tokio::test]
async fn the_demo_shows_an_urgent_concern_open_and_one_followed_to_its_end() {
    let app = TestApp::spawn().await;
    let claire = app.login("coordinator.fr@example.org").await;
    let home = claire.get("/home?lang=en").await;
    home.assert_has("Mon propriétaire veut me mettre dehors demain");
    home.assert_lacks("Hamid ne vient plus");
    let log = claire.get("/programmes/1/concerns?lang=en").await;
    log.assert_has("Hamid ne vient plus");
    // Hamid, the other member of that pair, sees nothing of it.
    let hamid = app.login("newcomer2.fr@example.org").await;
    hamid.get("/home").await.assert_lacks("ne vient plus");
    // Leila, who raised it, sees it closed.
    let leila = app.login("buddy2.fr@example.org").await;
    let home = leila.get("/home?lang=en").await;
    home.assert_has("Hamid ne vient plus");
    home.assert_has("Closed");
}

/// A programme with many open concerns: the home lists the ten most
/// pressing, says how many there are, and leads to the programme's log,
/// which lists every one.
#[tokio::test]
async fn the_home_shows_the_ten_most_pressing_concerns_and_where_the_rest_are() {
    let app = TestApp::spawn().await;
    let mut raw = app.raw().await;
    let person = one(&mut raw, "SELECT MIN(id) FROM participants WHERE programme_id = 1").await;
    for n in 0..12 {
        crate::support::exec(
            &mut raw,
            &format!(
                "INSERT INTO concerns (programme_id, participant_id, severity, status, summary, text, created_at, \
                 updated_at) VALUES (1, {person}, 'low', 'open', 'Zq7 minor {n}', '', {at}, {at})",
                at = 1_700_000_000 + n
            ),
        )
        .await;
    }
    let open = one(
        &mut raw,
        "SELECT COUNT(*) FROM concerns c JOIN programmes g ON g.id = c.programme_id \
         WHERE g.organisation_id = 1 AND c.status <> 'closed'",
    )
    .await;
    let claire = app.login("coordinator.fr@example.org").await;
    let home = claire.get("/home?lang=en").await;
    let section = home.body.split("id=\"h-concerns\"").nth(1).unwrap().split("</section>").next().unwrap();
    assert!(section.contains(&format!("Concerns to follow <span class=\"count\">{open}</span>")), "{section}");
    assert_eq!(section.matches("<li class=\"card").count(), 10, "{section}");
    assert!(section.contains("The 10 most pressing are shown here"), "{section}");
    assert!(section.contains("href=\"/programmes/1/concerns\""), "{section}");
    // The most severe first: the demo's urgent one is shown, the last of
    // the low ones (the newest) is not.
    assert!(section.contains("urgent"), "{section}");
    assert!(!section.contains("Zq7 minor 11"), "{section}");
    let log = claire.get("/programmes/1/concerns?lang=en").await;
    for n in 0..12 {
        log.assert_has(&format!("Zq7 minor {n}"));
    }
}
