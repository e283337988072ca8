//! Step 10's global evaluation in a real browser: the evaluator goes from
//! their home to the figures, picks last year's Lille programme in the
//! filter form, reads the charts and tables on a phone, and prints the
//! page for a funder without the navigation and the form.

use serde_json::json;

use crate::browser::Driver;
use crate::support::{PASSWORD, TestApp};

#[tokio::test]
async fn an_evaluator_filters_reads_and_prints_the_figures() {
    let app = TestApp::spawn().await;
    let lille =
        app.store.programmes(None).await.unwrap().into_iter().find(|p| p.name == "Buddy System Lille 2025").unwrap().id;
    let d = Driver::start(390, 844).await;
    d.goto(&format!("{}/login?lang=en", app.base)).await;
    d.type_into("#f-email", "evaluator@example.org").await;
    d.type_into("#f-password", PASSWORD).await;
    d.click("form.stack button[type=submit]").await;
    d.wait_until("return location.pathname === '/home' && document.readyState === 'complete'").await;
    d.click("a[href='/evaluation']").await;
    d.wait_until("return location.pathname === '/evaluation' && document.readyState === 'complete'").await;

    d.click(&format!("#scope option[value='programme-{lille}']")).await;
    d.click("form.filters button[type=submit]").await;
    d.wait_until(&format!(
        "return location.search.includes('scope=programme-{lille}') && document.readyState === 'complete'"
    ))
    .await;
    let text = d.script("return document.body.innerText").await.as_str().unwrap().to_owned();
    assert!(text.contains("100.0%"), "{text}");
    assert!(text.contains("fewer than 5"), "{text}");
    // Every chart is an image with a name, and has its table.
    let charts = d.script("return [...document.querySelectorAll('svg.chart')].every(s => s.getAttribute('role') === 'img' && s.querySelector('title').textContent.length > 0)").await;
    assert_eq!(charts, true);
    assert_eq!(d.script("return document.querySelectorAll('svg.chart').length").await, 3);
    assert_eq!(d.script("return document.scripts.length").await, 0);
    // Nothing overflows the phone's width (wide tables scroll in their own box).
    assert_eq!(d.script("return document.documentElement.scrollWidth <= window.innerWidth + 1").await, true);
    d.screenshot("evaluation-lille-2025").await;

    // Printed: no navigation, no filter form, the figures stay.
    d.cmd(
        reqwest::Method::POST,
        "/goog/cdp/execute",
        json!({"cmd": "Emulation.setEmulatedMedia", "params": {"media": "print"}}),
    )
    .await;
    let hidden = |css: &str| format!("return getComputedStyle(document.querySelector(\"{css}\")).display === 'none'");
    assert_eq!(d.script(&hidden("header.top")).await, true);
    assert_eq!(d.script(&hidden("form.filters")).await, true);
    assert_eq!(d.script(&hidden("svg.chart")).await, false);
}
