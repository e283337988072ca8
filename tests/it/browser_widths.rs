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
