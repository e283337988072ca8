//! No page wider than a 360 px phone: the pages found too wide, each
//! opened as the role that reads it, in English and in Arabic.

use crate::access_matrix::Objects;
use crate::browser::{Driver, FITS};
use crate::support::{PASSWORD, TestApp};

#[tokio::test]
async fn the_pages_found_too_wide_fit_a_360_px_phone() {
    let app = TestApp::spawn().await;
    let o = Objects::find(&app).await;
    let amal = o.fill("{amal}");
    let d = Driver::start(360, 740).await;
    let pages: [(&str, Vec<String>); 4] = [
        (
            "coordinator.fr@example.org",
            vec![
                format!("/people/{amal}"),
                format!("/people/{amal}/export"),
                "/join/1/mentee".into(),
                // The list of people with its search and filters.
                "/programmes/1?q=a&sort=name".into(),
                // The pairs and sessions found by a member's name.
                "/programmes/1/pairs?q=haddad&status=open".into(),
                "/programmes/1/sessions?q=haddad&from=2020-01-01".into(),
            ],
        ),
        ("buddy1.fr@example.org", vec!["/me/export".into()]),
        ("newcomer1.fr@example.org", vec!["/me/export".into(), "/home".into()]),
        ("admin@example.org", vec!["/admin/outbox".into(), "/admin/users".into()]),
    ];
    let mut wide = Vec::new();
    for (who, paths) in pages {
        d.log_in(&app.base, who, PASSWORD).await;
        for path in paths {
            for lang in ["en", "ar"] {
                let sep = if path.contains('?') { '&' } else { '?' };
                d.goto(&format!("{}{path}{sep}lang={lang}", app.base)).await;
                if d.script(FITS).await != true {
                    let width = d.script("return document.documentElement.scrollWidth").await;
                    wide.push(format!("{who} {path} ({lang}): {width} px"));
                }
            }
        }
    }
    assert!(wide.is_empty(), "wider than the phone:\n{}", wide.join("\n"));
}

/// What every chart's texts must be on a phone: no smaller than 11 px, no
/// figure written over a bar, nothing outside the chart.
const CHART_PROBLEMS: &str = "const out = [];
for (const svg of document.querySelectorAll('svg.chart')) {
  const box = svg.getBoundingClientRect();
  const texts = [...svg.querySelectorAll('text')];
  for (const t of texts) {
    const r = t.getBoundingClientRect();
    if (r.height < 11) out.push('too small (' + r.height.toFixed(1) + ' px): ' + t.textContent);
    if (r.left < box.left - 1 || r.right > box.right + 1) out.push('outside the chart: ' + t.textContent);
  }
  for (const bar of svg.querySelectorAll('rect[rx]')) {
    const b = bar.getBoundingClientRect();
    for (const t of texts) {
      const r = t.getBoundingClientRect();
      if (r.left < b.right - 1 && r.right > b.left + 1 && r.top < b.bottom - 1 && r.bottom > b.top + 1)
        out.push('over a bar: ' + t.textContent);
    }
  }
}
return out;";

#[tokio::test]
async fn charts_read_on_a_360_px_phone_in_both_directions() {
    let app = TestApp::spawn().await;
    let d = Driver::start(360, 740).await;
    d.log_in(&app.base, "evaluator@example.org", PASSWORD).await;
    for lang in ["en", "ar"] {
        d.goto(&format!("{}/evaluation?lang={lang}", app.base)).await;
        assert_eq!(d.script("return document.querySelectorAll('svg.chart').length").await, 3, "{lang}");
        let problems = d.script(CHART_PROBLEMS).await;
        assert_eq!(problems, serde_json::json!([]), "{lang}");
        assert_eq!(d.script(FITS).await, true, "{lang}");
        d.script("document.querySelectorAll('svg.chart')[1].scrollIntoView(); return true").await;
        d.screenshot(&format!("evaluation-charts-360-{lang}")).await;
    }
}
