//! Check-ins (step 9): due a month after the start and every two months,
//! answered by each member, read by staff only, and a low satisfaction
//! puts the pair on the coordinator's list.

use crate::access_matrix::Objects;
use crate::support::{TestApp, one};

#[tokio::test]
async fn a_due_check_in_waits_on_the_home_is_answered_once_and_read_by_staff_only() {
    let app = TestApp::spawn().await;
    let o = Objects::find(&app).await;
    let pair1 = o.fill("{pair1}");
    let path = format!("/pairs/{pair1}/checkin");
    // Pair 1 started 40 days ago: the first check-in is due. Amal answered
    // hers in the demo; Karim's waits on his home.
    let karim = app.login("buddy1.fr@example.org").await;
    let home = karim.get("/home?lang=en").await;
    home.assert_has(&format!("href=\"{path}\""));
    home.assert_has("How is it going with Amal?");
    let amal = app.login("newcomer1.fr@example.org").await;
    amal.get("/home").await.assert_lacks(&format!("href=\"{path}\""));

    // A wrong answer is refused in his language, what he typed kept.
    let r = karim.post(&path, &path, &[("satisfaction", "9"), ("met", ""), ("helped", "Le marché du dimanche")]).await;
    assert_eq!(r.status, 422);
    r.assert_has("Choisissez de 1 à 5.");
    r.assert_has("Le marché du dimanche");
    let r = karim
        .post(&path, &path, &[("satisfaction", "5"), ("met", "weekly"), ("helped", "Le marché du dimanche")])
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    karim.get(r.location()).await.assert_has("Merci");
    // Answered: off his home, and not twice.
    karim.get("/home").await.assert_lacks(&format!("href=\"{path}\""));
    let again = karim.post(&path, &path, &[("satisfaction", "1"), ("met", "never")]).await;
    assert_eq!(again.status, 409);
    let mut raw = app.raw().await;
    assert_eq!(one(&mut raw, &format!("SELECT COUNT(*) FROM checkins WHERE pair_id = {pair1}")).await, 2);

    // The coordinator reads both answers on the pair's page; Amal reads
    // neither (nor Karim's).
    let claire = app.login("coordinator.fr@example.org").await;
    let page = claire.get(&format!("/pairs/{pair1}")).await;
    page.assert_has("Le marché du dimanche");
    page.assert_has("Le tram ensemble");
    let page = amal.get(&format!("/pairs/{pair1}")).await;
    page.assert_lacks("Le marché du dimanche");
    // Staff do not answer in a member's place.
    assert_eq!(claire.get(&path).await.status, 403);
}

#[tokio::test]
async fn a_low_satisfaction_puts_the_pair_on_the_coordinators_list() {
    let app = TestApp::spawn().await;
    let o = Objects::find(&app).await;
    let pair2 = o.fill("{pair2}");
    let claire = app.login("coordinator.fr@example.org").await;
    let home = claire.get("/home?lang=en").await;
    let at = home.body.find(&format!("href=\"/pairs/{pair2}\"")).expect("pair 2 needs the coordinator");
    let item = &home.body[at..at + 600];
    assert!(item.contains("Satisfaction at 2 out of 5"), "{item}");
    // Leila's answers are on the pair's page for the coordinator.
    claire.get(&format!("/pairs/{pair2}")).await.assert_has("Hamid annule souvent");
}

#[tokio::test]
async fn a_due_check_in_is_announced_by_e_mail_once_in_each_members_language() {
    let app = TestApp::spawn().await;
    let now = m4m_store::now();
    let before = app.store.outbox(500).await.unwrap().len();
    let sent = m4m_web::reminders::run_checkin_reminders(&app.store, now).await.unwrap();
    let outbox = app.store.outbox(500).await.unwrap();
    let new: Vec<_> = outbox.iter().take(outbox.len() - before).collect();
    assert_eq!(sent, new.len());
    // Karim (French) and Hamid (Arabic) have not answered theirs; Amal and
    // Leila have.
    let karim = new.iter().find(|m| m.recipient == "buddy1.fr@example.org").expect("Karim is told");
    assert_eq!(karim.subject, "Comment ça se passe avec Amal\u{202f}?");
    assert!(karim.body.contains("/checkin"));
    let hamid = new.iter().find(|m| m.recipient == "newcomer2.fr@example.org").expect("Hamid is told");
    assert_eq!(hamid.subject, "كيف تسير الأمور مع Leila؟");
    assert!(!new.iter().any(|m| m.recipient == "newcomer1.fr@example.org" || m.recipient == "buddy2.fr@example.org"));
    // Once.
    assert_eq!(m4m_web::reminders::run_checkin_reminders(&app.store, now + 3600).await.unwrap(), 0);
}
