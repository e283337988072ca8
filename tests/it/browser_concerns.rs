//! Steps 8 and 9 in a real browser on a phone-sized screen: a newcomer
//! raises an urgent concern in Arabic that her buddy never sees and a
//! coordinator acknowledges and closes; a supervisor records a group
//! supervision; a check-in and a goal are answered; the coordinator's home
//! leads to a pair at risk.

use crate::browser::{Driver, FITS};
use crate::support::{PASSWORD, TestApp};

#[tokio::test]
async fn an_urgent_concern_in_arabic_is_followed_to_its_end_on_a_phone() {
    let app = TestApp::spawn().await;
    let amal = app.store.user_by_email("newcomer1.fr@example.org").await.unwrap().unwrap().id;
    let pair = app.store.pairs_of_user(amal).await.unwrap()[0].id;
    let d = Driver::start(390, 844).await;

    d.log_in(&app.base, "newcomer1.fr@example.org", PASSWORD).await;
    d.goto(&format!("{}/pairs/{pair}", app.base)).await;
    d.click(&format!("a[href='/concerns/new?pair={pair}']")).await;
    d.wait_until("return location.pathname === '/concerns/new' && document.readyState === 'complete'").await;
    assert_eq!(d.script("return document.documentElement.dir").await, "rtl");
    assert_eq!(d.script(FITS).await, true, "the form fits a phone's width");
    d.script("document.getElementById('f-severity').value = 'urgent'; return true").await;
    d.type_into("#f-summary", "صاحب البيت يريد طردي غداً").await;
    d.type_into("#f-text", "غيّر القفل").await;
    d.screenshot("newcomer-raises-concern-ar").await;
    d.click("form.stack button[type=submit]").await;
    d.wait_until("return /^\\/concerns\\/\\d+$/.test(location.pathname) && document.readyState === 'complete'").await;
    let page = d.text().await;
    assert!(page.contains("تم إرسال بلاغك إلى المنسقين."), "{page}");
    assert_eq!(d.script(FITS).await, true);
    let path = d.script("return location.pathname").await.as_str().unwrap().to_owned();

    // Her buddy: nothing on the pair's page nor at home.
    d.log_in(&app.base, "buddy1.fr@example.org", PASSWORD).await;
    assert!(!d.text().await.contains("صاحب البيت"));
    d.goto(&format!("{}/pairs/{pair}", app.base)).await;
    assert!(!d.text().await.contains("صاحب البيت"));

    // The coordinator: first on her home, acknowledged, then closed.
    d.log_in(&app.base, "coordinator.fr@example.org", PASSWORD).await;
    assert_eq!(d.script(FITS).await, true, "the home fits a phone's width");
    // The header leaves the screen to the page (it took 320 px of 844).
    let header = d.script("return document.querySelector('header.top').offsetHeight").await;
    assert!(header.as_i64().unwrap() <= 160, "the header takes {header} px on a phone");
    d.click(&format!("a[href='{path}']")).await;
    d.wait_until(&format!("return location.pathname === '{path}' && document.readyState === 'complete'")).await;
    assert_eq!(d.script(FITS).await, true);
    d.type_into("#note", "Appelée ; hébergement d'urgence trouvé pour ce soir.").await;
    d.screenshot("coordinator-acknowledges-concern").await;
    d.click("form[action$='/move'] button[type=submit]").await;
    d.wait_until("return document.readyState === 'complete' && location.search.includes('moved')").await;
    d.click("input[name=status][value=closed]").await;
    d.type_into("#note", "Relogée par le CCAS.").await;
    d.click("form[action$='/move'] button[type=submit]").await;
    d.wait_until("return document.readyState === 'complete' && !document.querySelector('#note')").await;
    let page = d.text().await;
    assert!(page.contains("Relogée par le CCAS."), "{page}");
    assert!(page.contains("Close"), "{page}");
    d.screenshot("coordinator-closed-concern").await;
}

/// Step 9 on a phone: the buddy answers his check-in from his home in a
/// few taps; the newcomer, in Arabic, says where a goal stands; the
/// coordinator's home shows a pair at risk with its reason, and the link
/// leads to the pair.
#[tokio::test]
async fn a_check_in_and_a_goal_are_answered_on_a_phone_and_a_pair_at_risk_is_one_tap_away() {
    let app = TestApp::spawn().await;
    let karim = app.store.user_by_email("buddy1.fr@example.org").await.unwrap().unwrap().id;
    let pair = app.store.pairs_of_user(karim).await.unwrap()[0].id;
    let d = Driver::start(390, 844).await;

    d.log_in(&app.base, "buddy1.fr@example.org", PASSWORD).await;
    d.click(&format!("a[href='/pairs/{pair}/checkin']")).await;
    d.wait_until("return location.pathname.endsWith('/checkin') && document.readyState === 'complete'").await;
    assert_eq!(d.script(FITS).await, true, "the check-in fits a phone's width");
    d.click("input[name=satisfaction][value='4']").await;
    d.click("input[name=met][value=weekly]").await;
    d.screenshot("buddy-checkin").await;
    d.click("form.checkin-form button[type=submit]").await;
    d.wait_until("return location.search.includes('done') && document.readyState === 'complete'").await;
    assert!(d.text().await.contains("Merci"));

    d.log_in(&app.base, "newcomer1.fr@example.org", PASSWORD).await;
    d.goto(&format!("{}/pairs/{pair}/goals", app.base)).await;
    assert_eq!(d.script("return document.documentElement.dir").await, "rtl");
    assert_eq!(d.script(FITS).await, true, "the goals fit a phone's width");
    d.click("form[action$='/progress'] input[name=score][value='1']").await;
    d.type_into("form[action$='/progress'] textarea", "طلبت الدواء وحدي").await;
    d.screenshot("newcomer-goal-ar").await;
    d.click("form[action$='/progress'] button[type=submit]").await;
    d.wait_until("return location.search.includes('saved') && document.readyState === 'complete'").await;
    assert!(d.text().await.contains("طلبت الدواء وحدي"));

    d.log_in(&app.base, "coordinator.fr@example.org", PASSWORD).await;
    let page = d.text().await;
    assert!(page.contains("Satisfaction à 2 sur 5"), "{page}");
    d.screenshot("coordinator-needs-you-today").await;
    d.click("#h-attention ~ ul.attention a").await;
    d.wait_until("return /^\\/pairs\\/\\d+$/.test(location.pathname) && document.readyState === 'complete'").await;
    assert!(d.text().await.contains("Hamid annule souvent"));
}

/// Step 8 on a phone: the supervisor records a group supervision of her
/// two buddies, with a note and an action for one of them.
#[tokio::test]
async fn a_supervisor_records_a_group_supervision_on_a_phone() {
    let app = TestApp::spawn().await;
    let d = Driver::start(390, 844).await;
    d.log_in(&app.base, "supervisor.fr@example.org", PASSWORD).await;
    d.click("a[href='/supervisions/new']").await;
    d.wait_until("return location.pathname === '/supervisions/new' && document.readyState === 'complete'").await;
    assert_eq!(d.script(FITS).await, true, "the form fits a phone's width");
    d.click("input[name=format][value=group]").await;
    d.script("document.querySelectorAll('input[name=buddies]').forEach(b => { b.checked = true; }); return true").await;
    d.click("input[name=topics][value=boundaries]").await;
    d.type_into("#f-notes", "Deux bénévoles fatigués : on espace les rencontres.").await;
    d.type_into("#f-action-0", "Appeler la CAF avec Amal").await;
    d.script("document.getElementById('f-owner-0').selectedIndex = 1; document.getElementById('f-due-0').value = '2027-01-15'; return true").await;
    d.screenshot("supervisor-records-group").await;
    d.click("form.supervision-form button[type=submit]").await;
    d.wait_until("return /^\\/supervisions\\/\\d+$/.test(location.pathname) && document.readyState === 'complete'")
        .await;
    let page = d.text().await;
    assert!(page.contains("Deux bénévoles fatigués"), "{page}");
    assert!(page.contains("Appeler la CAF avec Amal"), "{page}");
    assert_eq!(d.script(FITS).await, true);
}
