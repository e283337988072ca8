//! Consent after registration: withdrawn in one step, by the person or by
//! a coordinator at their request, with effect at once; given again as
//! easily.

use m4m_web::Config;

use crate::support::TestApp;

async fn participant_of(app: &TestApp, email: &str) -> i64 {
    let user = app.store.user_by_email(email).await.unwrap().unwrap().id;
    app.store.participants_of_user(user).await.unwrap()[0].0
}

#[tokio::test]
async fn a_newcomer_withdraws_email_and_gets_no_more_mail_until_she_gives_it_again() {
    let app = TestApp::spawn().await;
    let amal = participant_of(&app, "newcomer1.fr@example.org").await;
    let c = app.login("newcomer1.fr@example.org").await;
    c.get("/home?lang=en").await.assert_has("href=\"/me/consents\"");
    let page = c.get("/me/consents?lang=en").await;
    assert_eq!(page.status, 200);
    page.assert_has("You may contact me by e-mail.");
    page.assert_has("Not given");
    // Given first, then withdrawn: one click each.
    let give = [("participant", amal.to_string()), ("purpose", "contact_email".into()), ("give", "1".into())];
    let give: Vec<(&str, &str)> = give.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(c.post("/me/consents", "/me/consents", &give).await.status, 303);
    let page = c.get("/me/consents?lang=en").await;
    page.assert_has("Given on");
    let withdraw = [("participant", amal.to_string()), ("purpose", "contact_email".into()), ("give", "0".into())];
    let withdraw: Vec<(&str, &str)> = withdraw.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let done = c.post("/me/consents", "/me/consents", &withdraw).await;
    assert_eq!(done.status, 303);
    assert_eq!(done.location(), "/me/consents?saved=1");
    c.get("/me/consents?saved=1&lang=en").await.assert_has("It takes effect now.");
    assert!(!app.store.may_email(amal).await.unwrap());
    let audit = app.store.audit_for(&format!("participant:{amal}"), 20).await.unwrap();
    assert!(audit.iter().any(|a| a.action == "consent.withdraw" && a.detail == "contact_email"));

    // The reminder to the idle pair goes to Karim only (the demo's
    // earlier mail, her invitation among it, is left aside).
    let config = Config::default();
    let later = m4m_store::now() + 30 * 86_400;
    let earlier = app.store.outbox(500).await.unwrap().iter().map(|m| m.id).max().unwrap_or(0);
    m4m_web::reminders::run_reminders(&app.store, &config, later).await.unwrap();
    let outbox: Vec<_> = app.store.outbox(50).await.unwrap().into_iter().filter(|m| m.id > earlier).collect();
    assert!(outbox.iter().any(|m| m.recipient == "buddy1.fr@example.org"));
    assert!(!outbox.iter().any(|m| m.recipient == "newcomer1.fr@example.org"), "withdrawn: no mail to Amal");

    // Given again: mail again at the next reminder.
    assert_eq!(c.post("/me/consents", "/me/consents", &give).await.status, 303);
    assert!(app.store.may_email(amal).await.unwrap());
    m4m_web::reminders::run_reminders(&app.store, &config, later + 15 * 86_400).await.unwrap();
    let outbox = app.store.outbox(50).await.unwrap();
    assert!(outbox.iter().any(|m| m.recipient == "newcomer1.fr@example.org"));
    // The history keeps every step.
    let lines = app.store.consents(amal).await.unwrap();
    let email: Vec<_> = lines.iter().filter(|l| l.purpose.as_str() == "contact_email").collect();
    assert_eq!(email.len(), 2);
    assert_eq!(email.iter().filter(|l| l.withdrawn_at.is_some()).count(), 1);
}

#[tokio::test]
async fn a_coordinator_records_a_withdrawal_at_the_persons_request() {
    let app = TestApp::spawn().await;
    let amal = participant_of(&app, "newcomer1.fr@example.org").await;
    let claire = app.login("coordinator.fr@example.org").await;
    claire.get(&format!("/people/{amal}?lang=en")).await.assert_has(&format!("href=\"/people/{amal}/consents\""));
    let page = claire.get(&format!("/people/{amal}/consents?lang=en")).await;
    assert_eq!(page.status, 200);
    page.assert_has("The change is recorded with your name");
    // The demo recorded consent to SMS at registration.
    page.assert_has("You may contact me by SMS.");
    let form = format!("/people/{amal}/consents");
    let amal_s = amal.to_string();
    let sms = [("participant", amal_s.as_str()), ("purpose", "contact_sms"), ("give", "0")];
    assert_eq!(claire.post(&form, &form, &sms).await.status, 303);
    let record = claire.get(&format!("/people/{amal}?lang=en")).await;
    record.assert_has("Do not contact");
    record.assert_has("no SMS");
    // Taking part is not withdrawn here, and unknown purposes are refused.
    for purpose in ["participation", "marketing"] {
        let bad = [("participant", amal_s.as_str()), ("purpose", purpose), ("give", "0")];
        assert_eq!(claire.post(&form, &format!("{form}?lang=en"), &bad).await.status, 400, "{purpose}");
    }
    let participation = app.store.consents(amal).await.unwrap();
    assert!(participation.iter().any(|c| c.purpose.as_str() == "participation" && c.withdrawn_at.is_none()));
    // Nobody else changes her consents.
    let withdraw_eval = [("participant", amal_s.as_str()), ("purpose", "evaluation"), ("give", "0")];
    // Her buddy sees her (403: not his to change); the others do not (404).
    for (who, status) in
        [("buddy1.fr@example.org", 403), ("coordinator.gr@example.org", 404), ("newcomer2.fr@example.org", 404)]
    {
        let c = app.login(who).await;
        assert_eq!(c.post("/home", &form, &withdraw_eval).await.status, status, "{who}");
        // Nor through their own page with her record's id.
        assert_eq!(c.post("/home", "/me/consents", &withdraw_eval).await.status, 404, "{who}");
    }
    let evaluation = app.store.consents(amal).await.unwrap();
    assert!(evaluation.iter().any(|c| c.purpose.as_str() == "evaluation" && c.withdrawn_at.is_none()), "unchanged");
}
