//! Every page each demo role reaches from its home, on a 360 × 740 phone,
//! in English and in Arabic, checked as the people who use m4m would meet
//! it: axe-core finds no serious or critical accessibility problem, the
//! page is no wider than the screen, it transfers at most 30 KB and asks
//! nothing of another host, and the Arabic page shows no message key and
//! no English interface text. Each role's home is kept as a screenshot in
//! both directions (`target/tmp/screenshots/crawl-*`).
//!
//! axe-core is pinned and installed from npm by `scripts/test.sh` under
//! `target/axe/` (or named by `AXE_CORE_JS`).

use std::collections::BTreeSet;

use crate::browser::{Driver, FITS};
use crate::support::{PASSWORD, TestApp};

/// The accounts whose homes the crawl starts from.
const ROLES: [&str; 9] = [
    "admin@example.org",
    "coordinator.fr@example.org",
    "coordinator.gr@example.org",
    "supervisor.fr@example.org",
    "trainer.fr@example.org",
    "buddy1.fr@example.org",
    "newcomer1.fr@example.org",
    "newcomer2.fr@example.org",
    "evaluator@example.org",
];

/// What a page may weigh in all, compressed as it travels.
const MAX_BYTES: f64 = 30.0 * 1024.0;

fn axe_source() -> String {
    let path = std::env::var("AXE_CORE_JS").unwrap_or_else(|_| {
        concat!(env!("CARGO_MANIFEST_DIR"), "/target/axe/node_modules/axe-core/axe.min.js").to_owned()
    });
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("axe-core not found at {path} ({e}): run scripts/test.sh, which installs it"))
}

/// The links of the page a role may follow: this site's pages, not the
/// downloads, the log-out, the language switch or another language.
const LINKS: &str = "return [...new Set([...document.querySelectorAll('a[href]')]
  .map(a => new URL(a.href, location.href))
  .filter(u => u.origin === location.origin)
  .filter(u => !/\\.(csv|ics|xlsx|json|pdf)$/.test(u.pathname) && !/export|logout|\\/files\\//.test(u.pathname))
  .map(u => { u.hash = ''; u.searchParams.delete('lang'); return u.pathname + u.search; }))]";

/// The serious and critical problems axe-core finds, one line each.
fn axe_script(source: &str) -> String {
    format!(
        "{source}
        return axe.run(document, {{ resultTypes: ['violations'] }}).then(r => r.violations
          .filter(v => v.impact === 'serious' || v.impact === 'critical')
          .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')));"
    )
}

/// What the page and everything it loaded weigh compressed, and any
/// request to another host.
const WEIGHT: &str = "const nav = performance.getEntriesByType('navigation')[0];
const res = performance.getEntriesByType('resource');
return { bytes: nav.encodedBodySize + res.reduce((s, r) => s + r.encodedBodySize, 0),
         elsewhere: res.map(r => r.name).filter(n => new URL(n).origin !== location.origin) };";

/// Whether the page is an error page (its alert, then the way home).
const ERROR_PAGE: &str = "return !!document.querySelector('p.notice.error[role=alert] + p > a[href=\"/\"]')";

/// The English interface texts that must not show on an Arabic page: the
/// messages of three words or more whose Arabic translation differs, with
/// no placeholder.
fn english_texts() -> Vec<(String, String)> {
    let parse = |src: &str| -> Vec<(String, String)> {
        src.lines()
            .filter(|l| !l.starts_with([' ', '#', '.', '*', '[']))
            .filter_map(|l| l.split_once(" = "))
            .map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
            .collect()
    };
    let en = parse(include_str!("../../crates/m4m-web/locales/en.ftl"));
    let ar: std::collections::HashMap<String, String> =
        parse(include_str!("../../crates/m4m-web/locales/ar.ftl")).into_iter().collect();
    en.into_iter()
        .filter(|(k, v)| {
            v.split_whitespace().count() >= 3
                && !v.contains('{')
                && !v.contains('<')
                && ar.get(k).is_some_and(|a| a != v)
        })
        .collect()
}

#[tokio::test]
async fn every_page_of_every_role_is_accessible_light_and_translated_on_a_phone() {
    let app = TestApp::spawn().await;
    let axe = axe_script(&axe_source());
    let english = english_texts();
    let keys: Vec<String> = include_str!("../../crates/m4m-web/locales/en.ftl")
        .lines()
        .filter_map(|l| l.split_once(" = ").map(|(k, _)| k.trim().to_owned()))
        .filter(|k| k.contains('-') && !k.starts_with([' ', '#', '.']))
        .collect();
    let d = Driver::start(360, 740).await;
    let mut problems = Vec::new();
    let mut seen = 0;
    let mut heaviest = 0.0_f64;
    for who in ROLES {
        d.log_in(&app.base, who, PASSWORD).await;
        let links = d.script(LINKS).await;
        let mut pages: BTreeSet<String> = links
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|v| v.as_str().map(str::to_owned))
            .filter(|p| !p.starts_with("/join/"))
            .collect();
        pages.insert("/home".into());
        let role = who.split('@').next().unwrap();
        for page in &pages {
            for lang in ["en", "ar"] {
                let sep = if page.contains('?') { '&' } else { '?' };
                d.goto(&format!("{}{page}{sep}lang={lang}", app.base)).await;
                seen += 1;
                let at = format!("{role} {page} ({lang})");
                if page == "/home" {
                    d.screenshot(&format!("crawl-{role}-home-{lang}")).await;
                }
                if d.script(ERROR_PAGE).await == true {
                    problems.push(format!("{at}: an error page"));
                }
                if d.script(FITS).await != true {
                    let width = d.script("return document.documentElement.scrollWidth").await;
                    problems.push(format!("{at}: {width} px wide"));
                }
                let weight = d.script(WEIGHT).await;
                let bytes = weight["bytes"].as_f64().unwrap_or_default();
                heaviest = heaviest.max(bytes);
                if bytes > MAX_BYTES {
                    problems.push(format!("{at}: {:.1} KB", bytes / 1024.0));
                }
                if weight["elsewhere"].as_array().is_some_and(|a| !a.is_empty()) {
                    problems.push(format!("{at}: asks another host for {}", weight["elsewhere"]));
                }
                for v in d.script(&axe).await.as_array().unwrap() {
                    problems.push(format!("{at}: {}", v.as_str().unwrap_or_default()));
                }
                if lang == "ar" {
                    let text = d.text().await;
                    for (key, value) in &english {
                        if text.contains(value.as_str()) {
                            problems.push(format!("{at}: English text of {key}: {value}"));
                        }
                    }
                    for key in &keys {
                        if text.split(|c: char| c.is_whitespace()).any(|w| w == key) {
                            problems.push(format!("{at}: message key {key}"));
                        }
                    }
                }
            }
        }
    }
    assert!(seen > 60, "the crawl reached {seen} pages");
    assert!(heaviest > 4096.0, "the weights were measured: {heaviest} bytes at most");
    assert!(english.len() > 300, "the English texts looked for: {}", english.len());
    assert!(problems.is_empty(), "{} problems:\n{}", problems.len(), problems.join("\n"));
}
