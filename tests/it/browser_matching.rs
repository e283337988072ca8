//! Steps 4 to 7 in a real browser on a phone-sized screen: the coordinator
//! runs pre-matching, locks a pair, confirms another; the newcomer (in
//! Ukrainian) and the buddy (in French) accept; the first meeting and the
//! agreement are recorded; the pair starts and logs its first session.

use crate::browser::Driver;
use crate::support::{PASSWORD, TestApp};

/// Gives a registered person an account in `locale`, as an invitation does.
async fn account(app: &TestApp, first_name: &str, email: &str, locale: &str) -> i64 {
    let p =
        app.store.programme_participants(1).await.unwrap().into_iter().find(|p| p.first_name == first_name).unwrap();
    let coordinator = app.store.user_by_email("coordinator.fr@example.org").await.unwrap().unwrap();
    let role = if p.kind == m4m_domain::participant::Kind::Mentor {
        m4m_domain::Role::Mentor
    } else {
        m4m_domain::Role::Mentee
    };
    let address = m4m_domain::account::Email::parse(email).unwrap();
    let token = app
        .store
        .invite(coordinator.id, &address, first_name, role, Some(1), 3600, Some(p.id), |_| {
            (String::new(), String::new())
        })
        .await
        .unwrap();
    let user = app
        .store
        .accept_invitation(&token, first_name, &m4m_domain::account::password::hash("their-own-password"))
        .await
        .unwrap();
    app.store.set_locale(user, locale).await.unwrap();
    p.id
}

async fn click_in(d: &Driver, container: &str, text: &str, button: &str) {
    let js = format!(
        "const c = [...document.querySelectorAll('{container}')].find(x => x.textContent.includes('{text}')); \
         c.querySelector('{button}').click(); return true;"
    );
    d.script(&js).await;
}

#[tokio::test]
async fn from_pre_matching_to_the_first_session_in_a_browser() {
    let app = TestApp::spawn().await;
    let oksana = account(&app, "Oksana", "oksana@example.net", "uk").await;
    account(&app, "Hanna", "hanna@example.net", "fr").await;
    let d = Driver::start(390, 844).await;

    // Step 4: explained proposals; lock one, run again, confirm another.
    d.log_in(&app.base, "coordinator.fr@example.org", PASSWORD).await;
    d.goto(&format!("{}/programmes/1/matching", app.base)).await;
    assert_eq!(d.script("return document.querySelectorAll('article.proposal').length").await, 2);
    assert_eq!(d.script("return document.querySelectorAll('article.proposal tbody tr').length > 10").await, true);
    click_in(&d, "article.proposal", "Nour", "form + form button").await;
    d.wait_until("return location.search.includes('done=') && document.readyState === 'complete'").await;
    let locked = "return [...document.querySelectorAll('article.proposal')].some(a => a.textContent.includes('Nour') && !!a.querySelector('.badge'))";
    assert_eq!(d.script(locked).await, true, "the lock holds when the engine runs again");
    click_in(&d, "article.proposal", "Oksana", "form button").await;
    d.wait_until("return location.search.includes('done=confirmed') && document.readyState === 'complete'").await;
    let pair =
        app.store.pairs_in_setup(1).await.unwrap().into_iter().find(|p| p.mentee.starts_with("Oksana")).unwrap().id;

    // Step 6: each side answers in their own language.
    for (email, lang) in [("oksana@example.net", "uk"), ("hanna@example.net", "fr")] {
        d.log_in(&app.base, email, "their-own-password").await;
        assert_eq!(d.script("return document.documentElement.lang").await, lang);
        d.click(&format!("a[href='/pairs/{pair}/proposal']")).await;
        d.wait_until("return document.readyState === 'complete' && !!document.querySelector('button[value=accept]')")
            .await;
        assert_eq!(d.script("return document.documentElement.scrollWidth <= window.innerWidth + 1").await, true);
        d.click("button[value=accept]").await;
        d.wait_until("return document.readyState === 'complete' && !document.querySelector('button[value=accept]')")
            .await;
    }
    assert_eq!(app.store.pair(pair).await.unwrap().unwrap().status, m4m_domain::pairing::PairStatus::Accepted);

    // The coordinator records the first meeting and the agreement.
    d.log_in(&app.base, "coordinator.fr@example.org", PASSWORD).await;
    d.goto(&format!("{}/pairs/{pair}/setup", app.base)).await;
    d.script("document.querySelector('#f-date').value = '2026-12-03'; return true;").await;
    d.type_into("#f-time", "15:00").await;
    d.type_into("#f-place", "CCAS de Lille").await;
    d.click("form[action$='/meeting'] button").await;
    d.wait_until(
        "return document.readyState === 'complete' && !!document.querySelector(\"form[action$='/held'] button\")",
    )
    .await;
    d.click("form[action$='/held'] button").await;
    d.wait_until("return document.readyState === 'complete' && !document.querySelector(\"form[action$='/held']\")")
        .await;
    d.click("input[name=confidentiality]").await;
    d.click("form[action$='/agreement'] button").await;
    d.wait_until("return document.readyState === 'complete' && !!document.querySelector(\"form[action$='/sign']\")")
        .await;

    // Both accept the agreement: the pair starts.
    for email in ["oksana@example.net", "hanna@example.net"] {
        d.log_in(&app.base, email, "their-own-password").await;
        d.click(&format!("a[href='/pairs/{pair}/agreement']")).await;
        d.wait_until(
            "return document.readyState === 'complete' && !!document.querySelector(\"form[action$='/sign']\")",
        )
        .await;
        d.click("form[action$='/sign'] button").await;
        d.wait_until("return document.readyState === 'complete' && !document.querySelector(\"form[action$='/sign']\")")
            .await;
    }
    assert_eq!(app.store.pair(pair).await.unwrap().unwrap().status, m4m_domain::pairing::PairStatus::Active);
    assert_eq!(app.store.participant(oksana).await.unwrap().unwrap().status, m4m_domain::participant::Status::Active);

    // Step 7: the buddy logs the first session from the phone.
    d.log_in(&app.base, "hanna@example.net", "their-own-password").await;
    d.click(&format!("a[href='/pairs/{pair}/sessions/new']")).await;
    d.wait_until("return location.pathname.endsWith('/sessions/new') && document.readyState === 'complete'").await;
    d.click("input[name=topics][value=housing]").await;
    d.click("input[name=rating][value='5']").await;
    d.click("form.session-form button[type=submit]").await;
    d.wait_until(&format!("return location.pathname === '/pairs/{pair}' && document.readyState === 'complete'")).await;
    d.screenshot("pair-first-session").await;
    assert_eq!(app.store.peer_sessions(pair).await.unwrap().len(), 1);
}
