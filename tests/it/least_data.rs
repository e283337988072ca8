//! Least data per role, proven by crawling: unique strings are planted in
//! the sensitive fields of a newcomer's and a buddy's records (family name,
//! phone, origin, confidential notes); then every role follows every link
//! it is given, from its home and the JSON API, and each planted string
//! must appear only in the answers of the roles allowed to know it. What a
//! role may not see is absent from what it receives, not hidden.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use crate::access_matrix::Objects;
use crate::support::{Client, TestApp, one};

/// A planted string and the roles allowed to receive it.
struct Canary {
    text: &'static str,
    field: &'static str,
    allowed: &'static [&'static str],
}

const CANARIES: [Canary; 8] = [
    // Amal, newcomer1: her coordinator, and herself (her own export).
    Canary { text: "Zk1Last", field: "Amal's family name", allowed: &["coFR", "n1"] },
    Canary { text: "Zk1Phone", field: "Amal's phone", allowed: &["coFR", "n1"] },
    Canary { text: "Zk1Origin", field: "Amal's country of origin", allowed: &["coFR", "n1"] },
    Canary { text: "Zk1Notes", field: "Amal's confidential notes", allowed: &["coFR", "n1"] },
    // Karim, buddy1: his family name is known to those who train and
    // supervise him; his contact, origin and notes are not.
    Canary { text: "Zk2Last", field: "Karim's family name", allowed: &["coFR", "b1", "supFR", "trFR"] },
    Canary { text: "Zk2Phone", field: "Karim's phone", allowed: &["coFR", "b1"] },
    Canary { text: "Zk2Origin", field: "Karim's country of origin", allowed: &["coFR", "b1"] },
    Canary { text: "Zk2Notes", field: "Karim's confidential notes", allowed: &["coFR", "b1"] },
];

/// The roles that crawl, with their accounts.
const CRAWLERS: [(&str, &str); 10] = [
    ("admin", "admin@example.org"),
    ("coFR", "coordinator.fr@example.org"),
    ("coGR", "coordinator.gr@example.org"),
    ("supFR", "supervisor.fr@example.org"),
    ("trFR", "trainer.fr@example.org"),
    ("b1", "buddy1.fr@example.org"),
    ("b2", "buddy2.fr@example.org"),
    ("n1", "newcomer1.fr@example.org"),
    ("n2", "newcomer2.fr@example.org"),
    ("eval", "evaluator@example.org"),
];

/// The links of a page to follow: same-site paths, without fragments.
fn links(body: &str) -> Vec<String> {
    body.split("href=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(|href| href.replace("&amp;", "&"))
        .map(|href| href.split('#').next().unwrap_or_default().to_owned())
        .filter(|href| href.starts_with('/') && !href.starts_with("//") && !href.starts_with("/static/"))
        .collect()
}

/// Everything `client` can reach by following links from its home, and
/// the API's entry points with the demo objects: path → body.
async fn crawl(client: &Client, seeds: Vec<String>) -> BTreeMap<String, String> {
    let mut seen: BTreeSet<String> = seeds.iter().cloned().collect();
    let mut queue: VecDeque<String> = seeds.into();
    let mut pages = BTreeMap::new();
    while let Some(path) = queue.pop_front() {
        if pages.len() >= 400 {
            break;
        }
        let page = client.get(&path).await;
        for link in links(&page.body) {
            // Leaving, or changing the interface language, ends or alters
            // the crawl; neither shows data.
            if link.starts_with("/logout") || link.contains("lang=") {
                continue;
            }
            if seen.insert(link.clone()) {
                queue.push_back(link);
            }
        }
        pages.insert(path, page.body);
    }
    pages
}

#[tokio::test]
async fn each_role_receives_only_the_personal_data_it_needs() {
    let app = TestApp::spawn().await;
    let objects = Objects::find(&app).await;
    let mut raw = app.raw().await;
    let (amal, karim) = (objects.fill("{amal}"), objects.fill("{karim}"));
    for (id, n) in [(&amal, 1), (&karim, 2)] {
        let sql = format!(
            "UPDATE participants SET last_name = 'Zk{n}Last', phone = 'Zk{n}Phone', \
             country_of_origin = 'Zk{n}Origin', confidential_notes = 'Zk{n}Notes' WHERE id = {id}"
        );
        sqlx::query(&sql).execute(&mut raw).await.unwrap();
    }
    assert_eq!(one(&mut raw, "SELECT COUNT(*) FROM participants WHERE confidential_notes LIKE 'Zk%'").await, 2);
    // The evaluator is a demo account (installation-wide).

    let api = [
        "/api/v1/me",
        "/api/v1/programmes",
        "/api/v1/programmes/{p1}",
        "/api/v1/programmes/{p1}/people",
        "/api/v1/people/{amal}",
        "/api/v1/people/{karim}",
        "/api/v1/people/{amal}/answers",
        "/api/v1/questionnaires",
        "/api/v1/figures",
        "/api/v1/evaluation",
        "/api/v1/pairs",
        "/api/v1/pairs/{pair1}/sessions",
    ];
    let mut failures = Vec::new();
    let mut received: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (role, email) in CRAWLERS {
        let client = app.login(email).await;
        let seeds = ["/home", "/me/export", "/me/export.json", "/evaluation", "/evaluation.csv"]
            .into_iter()
            .map(str::to_owned)
            .chain(api.iter().map(|p| objects.fill(p)))
            .collect();
        let pages = crawl(&client, seeds).await;
        assert!(pages.len() > 5, "{role} crawled {} pages", pages.len());
        if role == "eval" {
            // The evaluator reaches the evaluation from their home, and nothing of a person.
            assert!(pages.get("/evaluation").is_some_and(|b| b.contains("Buddy System Lille 2025")), "eval's crawl");
            assert!(!pages.keys().any(|p| p.starts_with("/people/") || p.starts_with("/pairs/")), "{:?}", pages.keys());
        }
        for canary in &CANARIES {
            for (path, body) in &pages {
                if body.contains(canary.text) {
                    received.entry(canary.text).or_default().insert(role);
                    if !canary.allowed.contains(&role) {
                        failures.push(format!("{role} received {} at {path}", canary.field));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "personal data where it does not belong:\n{}", failures.join("\n"));
    // The planted strings are found where they belong: the crawl reaches
    // the pages that show them.
    for canary in &CANARIES {
        let got = received.get(canary.text).cloned().unwrap_or_default();
        assert!(got.contains("coFR"), "the coordinator never saw {}", canary.field);
    }
    assert!(received["Zk1Notes"].contains("n1"), "Amal's own export holds the notes about her");
    assert!(received["Zk2Notes"].contains("b1"), "Karim's own export holds the notes about him");
}
