//! Step 7 in a real browser on a phone-sized screen: a buddy logs a
//! session from his home in a few taps, the newcomer (in Arabic, right to
//! left) confirms it and logs one of her own.

use crate::browser::{Driver, FITS};
use crate::support::{PASSWORD, TestApp};

#[tokio::test]
async fn buddy_and_newcomer_log_sessions_on_a_phone() {
    let app = TestApp::spawn().await;
    let karim = app.store.user_by_email("buddy1.fr@example.org").await.unwrap().unwrap().id;
    let pair = app.store.pairs_of_user(karim).await.unwrap()[0].id;
    let before = app.store.peer_sessions(pair).await.unwrap().len();

    let d = Driver::start(390, 844).await;
    d.log_in(&app.base, "buddy1.fr@example.org", PASSWORD).await;
    d.click(&format!("a[href='/pairs/{pair}/sessions/new']")).await;
    d.wait_until("return location.pathname.endsWith('/sessions/new') && document.readyState === 'complete'").await;
    assert_eq!(d.script(FITS).await, true, "the form fits a phone's width");
    // Date, time, duration and mode are filled in: a topic and a rating remain.
    d.click("input[name=topics][value=transport]").await;
    d.type_into("#f-summary", "Pris le tram ensemble jusqu'à la CAF.").await;
    d.click("input[name=rating][value='5']").await;
    d.screenshot("buddy-logs-session").await;
    d.click("form.session-form button[type=submit]").await;
    d.wait_until(&format!("return location.pathname === '/pairs/{pair}' && document.readyState === 'complete'")).await;
    let text = d.script("return document.body.innerText").await;
    assert!(text.as_str().unwrap().contains("Pris le tram ensemble"), "{text}");
    assert_eq!(app.store.peer_sessions(pair).await.unwrap().len(), before + 1);
    d.cmd(reqwest::Method::DELETE, "/cookie", serde_json::json!({})).await;

    // Amal reads Arabic: her pages run right to left.
    d.log_in(&app.base, "newcomer1.fr@example.org", PASSWORD).await;
    assert_eq!(d.script("return document.documentElement.dir").await, "rtl");
    d.click(&format!("a[href='/pairs/{pair}']")).await;
    d.wait_until("return document.readyState === 'complete' && !!document.querySelector('.session form')").await;
    assert_eq!(d.script(FITS).await, true);
    d.click(".session form button[type=submit]").await;
    d.wait_until("return document.readyState === 'complete' && document.body.innerText.includes('أكّدتموها أنتم')")
        .await;
    d.screenshot("newcomer-confirms-ar").await;
    let confirmed =
        app.store.peer_sessions(pair).await.unwrap().into_iter().filter(|s| s.confirmed_at.is_some()).count();
    assert!(confirmed >= 1);

    d.click(&format!("a[href='/pairs/{pair}/sessions/new']")).await;
    d.wait_until("return location.pathname.endsWith('/sessions/new') && document.readyState === 'complete'").await;
    assert_eq!(d.script(FITS).await, true);
    d.click("input[name=topics][value=language]").await;
    d.click("input[name=rating][value='4']").await;
    d.screenshot("newcomer-logs-session-ar").await;
    d.click("form.session-form button[type=submit]").await;
    d.wait_until(&format!("return location.pathname === '/pairs/{pair}' && document.readyState === 'complete'")).await;
    assert_eq!(app.store.peer_sessions(pair).await.unwrap().len(), before + 2);
}
