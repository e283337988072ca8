//! Step 10's global evaluation on the demo data: the figures of last
//! year's programmes as computed by hand from `Store::past_cohorts`, the
//! same numbers on the page, in the CSV, from the API and from
//! `m4m evaluation`, small groups withheld everywhere, consent respected,
//! each reader held to their own organisations.

use std::process::Command;

use m4m_domain::participant::Purpose;
use serde_json::{Value, json};

use crate::support::{Client, TestApp, one};

/// The id of a demo programme, by name.
async fn programme(app: &TestApp, name: &str) -> i64 {
    app.store.programmes(None).await.unwrap().into_iter().find(|p| p.name == name).unwrap().id
}

async fn api(c: &Client, query: &str) -> Value {
    let page = c.get(&format!("/api/v1/evaluation{query}")).await;
    assert_eq!(page.status, 200, "{query}: {}", page.body);
    serde_json::from_str(&page.body).unwrap()
}

/// `m4m evaluation` on the test's database.
fn cli(app: &TestApp, args: &[&str]) -> Vec<u8> {
    let out = Command::new(env!("CARGO_BIN_EXE_m4m"))
        .args(["evaluation", "--database-url", &app.url])
        .args(args)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    out.stdout
}

fn close(v: &Value, expected: f64) -> bool {
    v.as_f64().is_some_and(|x| (x - expected).abs() < 0.0015)
}

#[tokio::test]
async fn lille_2025_figures_are_those_of_the_demo() {
    let app = TestApp::spawn().await;
    let lille = programme(&app, "Buddy System Lille 2025").await;
    let c = app.login("coordinator.fr@example.org").await;
    let r = api(&c, &format!("?programme={lille}")).await;
    // Eight pairs, all closed: five at their planned end, one when its
    // goals were reached, one moved away, one lost contact. Three ended
    // early, and so is each reason alone: a count under five. The active
    // ones (none) are withheld too: 8 − 5 − 0 would tell the three.
    assert_eq!(r["pairs"], json!({"formed": 8, "active": null, "completed": 5, "ended_early": null}));
    for reason in &r["ended_early_by_reason"].as_array().unwrap()[..3] {
        assert_eq!(reason["pairs"], Value::Null, "{reason}");
        assert_eq!(reason["suppressed"], true);
    }
    assert_eq!(r["ended_early_by_reason"][3], json!({"reason": "conflict", "pairs": 0, "suppressed": false}));
    // Retention, 5 completed of 8 closed, would tell the three that ended
    // early: withheld.
    assert_eq!(r["retention"], json!({"n": 8, "value": null, "suppressed": true}));
    // Sessions: 18 for each of the five six-month pairs (3 a month), then
    // 12, 6 and 9 for the early ones (4, 2, 3 months): 117, of 90 minutes.
    assert_eq!(r["sessions"], json!({"pairs": 8, "held": 117, "hours": 175.5, "suppressed": false}));
    // Goals: two per pair, scored lift − 1 and lift − 2 (lifts 2, 1, 2, 1,
    // 0, 3, none, none): 1 + 0 + 1 + 0 − 1 + 2 − 1 − 1 = 1 and
    // 0 − 1 + 0 − 1 − 2 + 1 − 2 − 2 = −7; −6 over 16 goals = −0.375.
    assert_eq!(r["goal_attainment"], json!({"n": 8, "value": -0.375, "suppressed": false}));
    // Six newcomers have a start and an end self-assessment.
    let areas = r["areas"].as_array().unwrap();
    assert_eq!(areas.len(), 11);
    for a in areas {
        assert_eq!(a["n"], 6, "{a}");
        assert_eq!(a["suppressed"], false);
        let (b, f, d) = (
            a["baseline_mean"].as_f64().unwrap(),
            a["final_mean"].as_f64().unwrap(),
            a["mean_change"].as_f64().unwrap(),
        );
        assert!((f - b - d).abs() < 0.002 && d > 0.0, "{a}");
        assert!(a["ci95_low"].as_f64().unwrap() < d && d < a["ci95_high"].as_f64().unwrap(), "{a}");
    }
    // Exit questionnaire: newcomers 5, 4, 5, 4, 3, 5 (two did not answer):
    // 26 / 6; buddies, one value each, Youssef's two pairs averaged:
    // (5 + 4 + 5 + 4 + 2.5) / 5 = 4.1; everyone answering 3 or more would
    // recommend, Youssef half the time (counted as yes).
    assert!(close(&r["satisfaction"]["exit"]["newcomers"]["value"], 26.0 / 6.0), "{}", r["satisfaction"]);
    assert_eq!(r["satisfaction"]["exit"]["newcomers"]["n"], 6);
    assert_eq!(r["satisfaction"]["exit"]["buddies"], json!({"n": 5, "value": 4.1, "suppressed": false}));
    // One check-in each a month before the end: the newcomers as at the
    // exit, the two who left unanswered at 2: 30 / 8; the buddies as at the
    // exit, 2 at the least, Youssef's averaged: (4 + 5 + 4 + 2.5 + 5) / 5.
    assert_eq!(r["satisfaction"]["checkins"]["newcomers"], json!({"n": 8, "value": 3.75, "suppressed": false}));
    assert_eq!(r["satisfaction"]["checkins"]["buddies"], json!({"n": 5, "value": 4.1, "suppressed": false}));
    assert_eq!(r["recommend"]["newcomers"], json!({"n": 6, "value": 1.0, "suppressed": false}));
    assert_eq!(r["recommend"]["buddies"], json!({"n": 5, "value": 1.0, "suppressed": false}));

    // The page, the CSV and the command line say the same.
    c.post("/home", "/language", &[("lang", "en"), ("return_to", "/home")]).await;
    let page = c.get(&format!("/evaluation?programme={lille}")).await;
    assert_eq!(page.status, 200);
    for shown in ["117", "175.5", "4.3", "4.1", "100.0%"] {
        page.assert_has(shown);
    }
    page.assert_has("role=\"img\"");
    let csv = c.get(&format!("/evaluation.csv?programme={lille}")).await;
    assert_eq!(csv.status, 200);
    assert!(csv.headers["content-type"].to_str().unwrap().starts_with("text/csv"));
    let text = csv.body.trim_start_matches('\u{feff}');
    assert!(text.starts_with("figure,key,n,value,suppressed\n"), "{text}");
    for row in [
        "pairs,formed,,8,false",
        "pairs,ended_early,,,true",
        "retention,,8,,true",
        "sessions,hours,8,175.5,false",
        "goal_attainment,,8,-0.375,false",
        "satisfaction_exit,buddies,5,4.1,false",
    ] {
        assert!(text.lines().any(|l| l == row), "{row} in\n{text}");
    }
    let id = lille.to_string();
    let from_cli: Value = serde_json::from_slice(&cli(&app, &["--programme", &id])).unwrap();
    assert_eq!(from_cli, r);
    assert_eq!(String::from_utf8(cli(&app, &["--programme", &id, "--format", "csv"])).unwrap(), csv.body);
}

#[tokio::test]
async fn athens_2025_alone_is_suppressed_everywhere() {
    let app = TestApp::spawn().await;
    let athens = programme(&app, "Buddy System Athens 2025").await;
    let c = app.login("coordinator.gr@example.org").await;
    let r = api(&c, &format!("?programme={athens}")).await;
    assert_eq!(r["pairs"], json!({"formed": null, "active": 0, "completed": null, "ended_early": null}));
    for figure in
        [&r["retention"], &r["goal_attainment"], &r["satisfaction"]["exit"]["newcomers"], &r["recommend"]["newcomers"]]
    {
        assert_eq!(figure, &json!({"n": null, "value": null, "suppressed": true}));
    }
    assert_eq!(r["sessions"], json!({"pairs": null, "held": null, "hours": null, "suppressed": true}));
    for a in r["areas"].as_array().unwrap() {
        assert_eq!(a["suppressed"], true, "{a}");
        for k in ["n", "baseline_mean", "final_mean", "mean_change", "ci95_low", "ci95_high", "effect_size"] {
            assert_eq!(a[k], Value::Null, "{k} of {a}");
        }
    }
    let page = c.get(&format!("/evaluation?programme={athens}")).await;
    assert_eq!(page.status, 200);
    // In the Greek coordinator's language.
    page.assert_has("λιγότερα από 5");
    let csv = c.get(&format!("/evaluation.csv?programme={athens}")).await.body;
    assert!(csv.lines().any(|l| l == "pairs,formed,,,true"), "{csv}");
    assert!(csv.lines().any(|l| l == "area_mean_change,language,,,true"), "{csv}");
    // What is not withheld is a zero: nothing over nobody.
    for row in csv.lines().skip(1).filter(|l| l.ends_with(",false")) {
        let cells: Vec<&str> = row.split(',').collect();
        assert!(["", "0"].contains(&cells[2]) && ["", "0"].contains(&cells[3]), "{row}");
    }
    let id = athens.to_string();
    let from_cli: Value = serde_json::from_slice(&cli(&app, &["--programme", &id])).unwrap();
    assert_eq!(from_cli, r);
    assert_eq!(String::from_utf8(cli(&app, &["--programme", &id, "--format", "csv"])).unwrap(), csv);
}

#[tokio::test]
async fn numbers_follow_the_language_and_arabic_runs_right_to_left() {
    let app = TestApp::spawn().await;
    let lille = programme(&app, "Buddy System Lille 2025").await;
    let athens = programme(&app, "Buddy System Athens 2025").await;
    let c = app.login("evaluator@example.org").await;
    c.post("/home", "/language", &[("lang", "fr"), ("return_to", "/home")]).await;
    let fr = c.get(&format!("/evaluation?programme={lille}")).await;
    fr.assert_has("<html lang=\"fr\"");
    for shown in ["100,0 %", "175,5", "4,3"] {
        fr.assert_has(shown);
    }
    fr.assert_lacks("175.5");
    c.post("/home", "/language", &[("lang", "ar"), ("return_to", "/home")]).await;
    let ar = c.get(&format!("/evaluation?programme={athens}")).await;
    ar.assert_has("dir=\"rtl\"");
    ar.assert_has("أقل من 5");
    ar.assert_has("direction=\"rtl\"");
    // A wrong filter: a 400 in the reader's language, never a 500.
    let bad = c.get("/evaluation?gender=%3Cb%3E").await;
    assert_eq!(bad.status, 400);
    bad.assert_has("dir=\"rtl\"");
    bad.assert_lacks("<b>");
    for query in [
        "?cohort=next",
        "?from=2025-13-01",
        "?from=2025-06-01&to=2025-01-01",
        "?age=old",
        "?region=mars",
        "?scope=people-1",
        "?programme=x",
        "?programme=1&organisation=1",
    ] {
        assert_eq!(c.get(&format!("/evaluation{query}")).await.status, 400, "{query}");
        assert_eq!(c.get(&format!("/evaluation.csv{query}")).await.status, 400, "{query}");
        let api = c.get(&format!("/api/v1/evaluation{query}")).await;
        assert_eq!(api.status, 400, "{query}");
        assert!(api.body.contains("\"error\""), "{query}: {}", api.body);
    }
}

#[tokio::test]
async fn withdrawing_consent_to_evaluation_takes_a_newcomer_out() {
    let app = TestApp::spawn().await;
    let lille = programme(&app, "Buddy System Lille 2025").await;
    let c = app.login("coordinator.fr@example.org").await;
    let mut raw = app.raw().await;
    let meron = one(&mut raw, "SELECT id FROM participants WHERE first_name = 'Meron' AND last_name = 'Tekle'").await;
    let coordinator = app.store.user_by_email("coordinator.fr@example.org").await.unwrap().unwrap().id;
    assert!(app.store.set_consent(coordinator, meron, Purpose::Evaluation, false, "fr").await.unwrap());
    let r = api(&c, &format!("?programme={lille}")).await;
    // Her pair (planned end) leaves with her: 7 formed, 4 completed (under five).
    assert_eq!(r["pairs"], json!({"formed": 7, "active": 0, "completed": null, "ended_early": null}));
    assert_eq!(r["retention"]["n"], 7);
    assert_eq!(r["areas"][0]["n"], 5);
    assert_eq!(r["satisfaction"]["exit"]["newcomers"]["n"], 5);
    assert_eq!(r["sessions"]["held"], 117 - 18);
}

#[tokio::test]
async fn each_reader_sees_the_figures_of_their_own_organisations() {
    let app = TestApp::spawn().await;
    let lille = programme(&app, "Buddy System Lille 2025").await;
    let athens = programme(&app, "Buddy System Athens 2025").await;
    let greek_org = app.store.programme(athens).await.unwrap().unwrap().organisation_id;
    let gr = app.login("coordinator.gr@example.org").await;
    let mine = api(&gr, "").await;
    assert_eq!(mine, api(&gr, &format!("?organisation={greek_org}")).await);
    let admin = app.login("admin@example.org").await;
    assert_eq!(mine, api(&admin, &format!("?organisation={greek_org}")).await);
    assert_ne!(mine, api(&admin, "").await);
    // The French programme is nowhere to be seen.
    for path in [
        format!("/evaluation?programme={lille}"),
        format!("/evaluation.csv?programme={lille}"),
        format!("/api/v1/evaluation?programme={lille}"),
        "/api/v1/evaluation?programme=999999".into(),
    ] {
        assert_eq!(gr.get(&path).await.status, 404, "{path}");
    }
    let page = gr.get("/evaluation").await;
    page.assert_has("Athens 2025");
    page.assert_lacks("Lille");
    // A buddy may see no figures at all.
    let buddy = app.login("buddy1.fr@example.org").await;
    assert_eq!(buddy.get("/evaluation").await.status, 403);
    assert_eq!(buddy.get("/api/v1/evaluation").await.status, 403);
    // The evaluator: every organisation, aggregates only, no way to anyone.
    let evaluator = app.login("evaluator@example.org").await;
    evaluator.get("/home").await.assert_has("href=\"/evaluation\"");
    let page = evaluator.get("/evaluation").await;
    assert_eq!(page.status, 200);
    page.assert_has("Lille 2025");
    page.assert_has("Athens 2025");
    for link in ["/people/", "/pairs/", "/programmes/"] {
        page.assert_lacks(&format!("href=\"{link}"));
    }
    for name in ["Meron", "Tekle", "Youssef", "Mahmoud"] {
        page.assert_lacks(name);
    }
}

#[tokio::test]
async fn filters_select_pairs_by_their_start_and_their_newcomer() {
    let app = TestApp::spawn().await;
    let lille = programme(&app, "Buddy System Lille 2025").await;
    let c = app.login("evaluator@example.org").await;
    let formed =
        async |filters: &str| api(&c, &format!("?programme={lille}{filters}")).await["pairs"]["formed"].clone();
    // Origins: Eritrea twice, Somalia twice, Guinea (Sub-Saharan Africa:
    // five), Syria and Iran (two), Afghanistan (one).
    assert_eq!(formed("&region=sub_saharan_africa").await, 5);
    assert_eq!(formed("&region=mena").await, Value::Null);
    assert_eq!(formed("&region=central_south_asia").await, Value::Null);
    assert_eq!(formed("&region=europe").await, 0);
    // The period: every start from the first to the last, or only the first.
    let mut raw = app.raw().await;
    let days: Vec<String> =
        sqlx::query_scalar(&format!("SELECT started_on FROM pairs WHERE programme_id = {lille} ORDER BY started_on"))
            .fetch_all(&mut raw)
            .await
            .unwrap();
    let (first, last) = (&days[0], &days[days.len() - 1]);
    assert_eq!(formed(&format!("&from={first}&to={last}")).await, 8);
    assert_eq!(formed(&format!("&to={first}")).await, Value::Null);
    // The cohorts, by the year each pair started, add up to all of them.
    let years: std::collections::BTreeSet<&str> = days.iter().map(|d| &d[..4]).collect();
    let by_year: Vec<usize> = years.iter().map(|y| days.iter().filter(|d| d.starts_with(*y)).count()).collect();
    for (year, n) in years.iter().zip(by_year) {
        let expected = if (1..5).contains(&n) { Value::Null } else { json!(n) };
        assert_eq!(formed(&format!("&cohort={year}")).await, expected, "{year}");
    }
    assert_eq!(formed("&cohort=1999").await, 0);
    // Every age band together is everyone.
    let mut total = 0;
    for band in ["under_25", "25_34", "35_49", "50_plus"] {
        let p = api(&c, &format!("?programme={lille}&age={band}")).await;
        total += p["retention"]["n"].as_i64().unwrap_or(0);
    }
    assert!(total <= 8);
}
