//! Step 10, the end of a pair: a coordinator closes it with a reason, its
//! planned sessions and check-ins stop, each member goes back to the pool
//! or becomes alumni, both answer the exit questionnaire in their own
//! language, and the newcomer's final self-assessment falls due.

use crate::access_matrix::Objects;
use crate::support::{TestApp, one};

#[tokio::test]
async fn a_coordinator_closes_a_pair_early_and_both_members_answer_the_exit_questionnaire() {
    let app = TestApp::spawn().await;
    let o = Objects::find(&app).await;
    let (pair1, amal, karim) = (o.fill("{pair1}"), o.fill("{amal}"), o.fill("{karim}"));
    let mut raw = app.raw().await;
    let planned = format!("SELECT COUNT(*) FROM peer_sessions WHERE pair_id = {pair1} AND status = 'planned'");
    assert_eq!(one(&mut raw, &planned).await, 2, "the demo pair has two sessions planned");
    let close = format!("/pairs/{pair1}/close");

    // The form, in the coordinator's French, says what closing does.
    let claire = app.login("coordinator.fr@example.org").await;
    let form = claire.get(&close).await;
    assert_eq!(form.status, 200);
    form.assert_has("Objectifs atteints avant terme");
    form.assert_has("Les 2 rencontres prévues sont annulées.");
    // A day to come and no answer on re-matching: refused, what she typed
    // kept, nothing changed.
    let r = claire
        .post(&close, &close, &[("reason", "moved_away"), ("closed_on", "2099-01-01"), ("note", "Parti à Lyon")])
        .await;
    assert_eq!(r.status, 422);
    r.assert_has("Ce jour n’est pas encore venu.");
    r.assert_has("Choisissez oui ou non.");
    r.assert_has("Parti à Lyon");
    assert_eq!(one(&mut raw, &format!("SELECT COUNT(*) FROM pairs WHERE id = {pair1} AND status = 'active'")).await, 1);

    let r = claire
        .post(
            &close,
            &close,
            &[("reason", "moved_away"), ("note", "Parti à Lyon"), ("mentor_rematch", "yes"), ("mentee_rematch", "no")],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let page = claire.get(r.location()).await;
    page.assert_has("Le binôme est clos.");
    page.assert_has("La personne accompagnée a déménagé");
    page.assert_has("Parti à Lyon");
    assert_eq!(one(&mut raw, &planned).await, 0, "the planned sessions are cancelled");
    let status = |id: &str| format!("SELECT COUNT(*) FROM participants WHERE id = {id} AND status = '{{}}'");
    let is = |id: &str, s: &str| status(id).replace("{}", s);
    assert_eq!(one(&mut raw, &is(&karim, "ready")).await, 1, "Karim may take another newcomer");
    assert_eq!(one(&mut raw, &is(&amal, "alumni")).await, 1, "Amal leaves the programme");
    assert_eq!(one(&mut raw, &format!("SELECT step FROM participants WHERE id = {amal}")).await, 10);
    assert_eq!(
        one(&mut raw, &format!("SELECT COUNT(*) FROM pairs WHERE id = {pair1} AND status = 'ended_early'")).await,
        1
    );
    // Closed once: the form is gone, a second closing conflicts.
    assert_eq!(claire.get(&close).await.status, 303);
    let again = claire
        .post(
            &format!("/pairs/{pair1}"),
            &close,
            &[("reason", "other"), ("mentor_rematch", "no"), ("mentee_rematch", "no")],
        )
        .await;
    assert_eq!(again.status, 409);
    // No more check-in, no more sessions.
    let karim_c = app.login("buddy1.fr@example.org").await;
    karim_c.get(&format!("/pairs/{pair1}/checkin")).await.assert_has("Aucun point d’étape n’est prévu maintenant.");
    assert_eq!(karim_c.get(&format!("/pairs/{pair1}/sessions/new")).await.status, 409);

    // Amal, in Arabic: the exit questionnaire waits on her home.
    let exit = format!("/pairs/{pair1}/exit");
    let amal_c = app.login("newcomer1.fr@example.org").await;
    let home = amal_c.get("/home").await;
    home.assert_has(&format!("href=\"{exit}\""));
    home.assert_has("انتهت فترتك مع");
    let r =
        amal_c.post(&exit, &exit, &[("satisfaction", "7"), ("changed", "language"), ("comment", "شكرا كريم")]).await;
    assert_eq!(r.status, 422);
    r.assert_has("اختر من 1 إلى 5.");
    r.assert_has("اختر نعم أو لا.");
    r.assert_has("شكرا كريم");
    let r = amal_c
        .post(
            &exit,
            &exit,
            &[
                ("satisfaction", "5"),
                ("recommend", "yes"),
                ("changed", "language"),
                ("changed", "social"),
                ("comment", "شكرا كريم"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let thanks = amal_c.get(r.location()).await;
    thanks.assert_has("شكرًا لك: تم حفظ إجاباتك.");
    // Her final self-assessment is due: the page leads to it, and so does
    // her home.
    thanks.assert_has("href=\"/assessment\"");
    amal_c.get("/home").await.assert_has("تقييمك الذاتي النهائي");
    let start = amal_c.get("/assessment").await;
    assert_eq!(start.status, 303);
    let response = start.location().trim_start_matches("/assessment/").split('/').next().unwrap().to_owned();
    assert_eq!(
        one(&mut raw, &format!("SELECT COUNT(*) FROM responses WHERE id = {response} AND moment = 'final'")).await,
        1
    );
    // Answered once.
    assert_eq!(amal_c.post(&exit, &exit, &[("satisfaction", "1"), ("recommend", "no")]).await.status, 409);
    amal_c.get("/home").await.assert_lacks(&format!("href=\"{exit}\""));

    // Karim answers in French; the coordinator reads both, Amal neither's
    // answers on the pair's page, and staff do not answer for them.
    let r = karim_c.post(&exit, &exit, &[("satisfaction", "3"), ("recommend", "yes"), ("comment", "Trop court")]).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let page = claire.get(&format!("/pairs/{pair1}")).await;
    page.assert_has("شكرا كريم");
    page.assert_has("Trop court");
    amal_c.get(&format!("/pairs/{pair1}")).await.assert_lacks("Trop court");
    assert_eq!(claire.get(&exit).await.status, 403);
    assert_eq!(app.login("buddy2.fr@example.org").await.get(&exit).await.status, 404);

    // Amal, now alumni, may become a buddy: the form knows her already,
    // and asks for her consent afresh.
    let home = amal_c.get("/home").await;
    home.assert_has("href=\"/me/become-buddy\"");
    let form = amal_c.get("/me/become-buddy").await;
    assert_eq!(form.status, 200);
    form.assert_has("value=\"Amal\"");
    form.assert_has("value=\"newcomer1.fr@example.org\"");
    form.assert_lacks("value=\"participation\" checked");
    let mut fields: Vec<(&str, &str)> = vec![
        ("first_name", "Amal"),
        ("last_name", "Haddad"),
        ("email", "newcomer1.fr@example.org"),
        ("native_language", "ar"),
        ("areas", "language"),
        ("motivation", "أريد أن أساعد كما ساعدني كريم"),
    ];
    let r = amal_c.post("/me/become-buddy", "/me/become-buddy", &fields).await;
    assert_eq!(r.status, 422, "no consent given");
    r.assert_has("أريد أن أساعد كما ساعدني كريم");
    fields.push(("consents", "participation"));
    let r = amal_c.post("/me/become-buddy", "/me/become-buddy", &fields).await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(
        one(
            &mut raw,
            "SELECT COUNT(*) FROM participants WHERE first_name = 'Amal' AND kind = 'mentor' AND status = 'applied'"
        )
        .await,
        1
    );
    // Someone still in a pair has no such form.
    assert_eq!(app.login("newcomer2.fr@example.org").await.get("/me/become-buddy").await.status, 404);
}

#[tokio::test]
async fn a_person_leaves_the_programme_only_once_their_pair_has_closed() {
    let app = TestApp::spawn().await;
    let o = Objects::find(&app).await;
    let pair2 = o.fill("{pair2}");
    let mut raw = app.raw().await;
    let hamid = one(&mut raw, "SELECT id FROM participants WHERE first_name = 'Hamid'").await;
    let claire = app.login("coordinator.fr@example.org").await;
    let person = format!("/people/{hamid}");
    let move_to = format!("/people/{hamid}/status");
    let r = claire.post(&person, &move_to, &[("status", "withdrawn"), ("reason", "Plus de nouvelles")]).await;
    assert_eq!(r.status, 422);
    r.assert_has("Clôturez d’abord le binôme de cette personne");
    // The page lists the pair to close, with the way to close it.
    r.assert_has(&format!("href=\"/pairs/{pair2}/close\""));
    assert_eq!(one(&mut raw, &format!("SELECT COUNT(*) FROM pairs WHERE id = {pair2} AND status = 'active'")).await, 1);

    // Closed for lost contact, both back in the pool: then he may leave.
    let close = format!("/pairs/{pair2}/close");
    let r = claire
        .post(&close, &close, &[("reason", "lost_contact"), ("mentor_rematch", "yes"), ("mentee_rematch", "yes")])
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    assert_eq!(
        one(&mut raw, &format!("SELECT COUNT(*) FROM participants WHERE id = {hamid} AND status = 'ready'")).await,
        1
    );
    let r = claire.post(&person, &move_to, &[("status", "withdrawn"), ("reason", "Plus de nouvelles")]).await;
    assert_eq!(r.status, 303, "{}", r.body);
}
