//! Step 10 in a real browser on a phone-sized screen: a coordinator closes
//! a pair early with a reason; the buddy answers the exit questionnaire in
//! French, the newcomer in Arabic, then fills her final self-assessment
//! and sees where she stands at the end against the start.

use crate::browser::{Driver, FITS};
use crate::support::{PASSWORD, TestApp};

async fn loaded(d: &Driver, condition: &str) {
    d.wait_until(&format!("return ({condition}) && document.readyState === 'complete'")).await;
}

/// Answers the exit questionnaire on the page shown: a satisfaction, yes,
/// one area.
async fn answer_exit(d: &Driver, satisfaction: &str, area: &str) {
    assert_eq!(d.script(FITS).await, true, "the exit questionnaire fits a phone's width");
    d.click(&format!("input[name=satisfaction][value='{satisfaction}']")).await;
    d.click("input[name=recommend][value=yes]").await;
    d.click(&format!("input[name=changed][value={area}]")).await;
}

#[tokio::test]
async fn a_pair_closes_early_both_answer_the_exit_questionnaire_and_the_newcomer_sees_how_far_she_came() {
    let app = TestApp::spawn().await;
    let karim = app.store.user_by_email("buddy1.fr@example.org").await.unwrap().unwrap().id;
    let pair = app.store.pairs_of_user(karim).await.unwrap()[0].id;
    let d = Driver::start(390, 844).await;

    // The coordinator, from the pair's page: a few taps.
    d.log_in(&app.base, "coordinator.fr@example.org", PASSWORD).await;
    d.goto(&format!("{}/pairs/{pair}", app.base)).await;
    d.click(&format!("a[href='/pairs/{pair}/close']")).await;
    loaded(&d, "location.pathname.endsWith('/close')").await;
    assert_eq!(d.script(FITS).await, true, "the closing form fits a phone's width");
    d.click("input[name=reason][value=goals_reached]").await;
    d.type_into("#f-note", "Amal se débrouille seule ; fin d'un commun accord.").await;
    d.click("input[name=mentor_rematch][value=yes]").await;
    d.click("input[name=mentee_rematch][value=no]").await;
    d.screenshot("coordinator-closes-pair").await;
    d.click("form.stack button[type=submit]").await;
    loaded(&d, "location.search.includes('closed')").await;
    let page = d.text().await;
    assert!(page.contains("Le binôme est clos."), "{page}");
    assert!(page.contains("Objectifs atteints avant terme"), "{page}");

    // The buddy, in French, from his home.
    d.log_in(&app.base, "buddy1.fr@example.org", PASSWORD).await;
    d.click(&format!("a[href='/pairs/{pair}/exit']")).await;
    loaded(&d, "location.pathname.endsWith('/exit')").await;
    answer_exit(&d, "4", "language").await;
    d.type_into("#f-comment", "Une belle rencontre.").await;
    d.screenshot("buddy-exit-questionnaire-fr").await;
    d.click("form.checkin-form button[type=submit]").await;
    loaded(&d, "location.search.includes('done')").await;
    assert!(d.text().await.replace('\u{a0}', " ").contains("Merci : vos réponses sont enregistrées."));

    // The newcomer, in Arabic, right to left.
    d.log_in(&app.base, "newcomer1.fr@example.org", PASSWORD).await;
    assert_eq!(d.script("return document.documentElement.dir").await, "rtl");
    d.click(&format!("a[href='/pairs/{pair}/exit']")).await;
    loaded(&d, "location.pathname.endsWith('/exit')").await;
    answer_exit(&d, "5", "social").await;
    d.screenshot("newcomer-exit-questionnaire-ar").await;
    d.click("form.checkin-form button[type=submit]").await;
    loaded(&d, "location.search.includes('done')").await;
    let page = d.text().await;
    assert!(page.contains("شكرًا لك: تم حفظ إجاباتك."), "{page}");

    // Then her final self-assessment, one question per screen: the
    // highest answer each time.
    d.click("a[href='/assessment']").await;
    loaded(&d, "/^\\/assessment\\/\\d+\\/\\d+$/.test(location.pathname)").await;
    for _ in 0..40 {
        if d.script("return location.pathname.endsWith('/done')").await == true {
            break;
        }
        if d.script("return location.pathname.endsWith('/review')").await == true {
            d.screenshot("newcomer-final-review-ar").await;
            d.click("form[action$='/complete'] button.primary").await;
            loaded(&d, "location.pathname.endsWith('/done')").await;
            break;
        }
        assert_eq!(d.script(FITS).await, true, "each question fits a phone's width");
        let before = d.script("return location.pathname").await;
        d.script(
            "const f = document.querySelector('form.one-question');
             const radios = f.querySelectorAll('input[type=radio]');
             if (radios.length) radios[radios.length - 1].checked = true;
             const boxes = f.querySelectorAll('input[type=checkbox]');
             if (boxes.length) boxes[0].checked = true;
             f.querySelectorAll('input[type=number]').forEach(i => i.value = i.min || '1');
             f.querySelectorAll('input[type=date]').forEach(i => i.value = '2025-09-01');
             f.querySelectorAll('textarea').forEach(t => { if (!t.value) t.value = 'وحدي'; });
             return true",
        )
        .await;
        d.click("form.one-question button.primary").await;
        d.wait_until(&format!("return location.pathname !== {before} && document.readyState === 'complete'")).await;
    }
    loaded(&d, "location.pathname.endsWith('/done')").await;
    assert_eq!(d.script(FITS).await, true, "the result fits a phone's width");
    let page = d.text().await;
    assert!(page.contains("في البداية") && page.contains("في النهاية"), "start against end: {page}");
    assert_eq!(d.script("return document.querySelectorAll('svg[role=img]').length > 0").await, true);
    d.screenshot("newcomer-start-against-end-ar").await;
}
