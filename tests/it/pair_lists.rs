//! A large programme's pairs and peer sessions, as its coordinator finds
//! them: searched, filtered, a page at a time with the total, the
//! sessions of a period with their hours; a date that is not one is said
//! and kept.

use crate::support::{TestApp, one};

/// A programme grown with synthetic pairs and sessions, and its
/// coordinator's client.
async fn large() -> (TestApp, crate::support::Client) {
    let app = TestApp::spawn().await;
    app.store.load_synthetic(&[1], 240, &|_, _, _| {}).await.unwrap();
    let c = app.login("coordinator.fr@example.org").await;
    (app, c)
}

#[tokio::test]
async fn a_coordinator_finds_any_pair_of_a_large_programme() {
    let (app, c) = large().await;
    let mut raw = app.raw().await;
    let total = one(&mut raw, "SELECT COUNT(*) FROM pairs WHERE programme_id = 1").await;
    assert!(total > 100, "{total}");

    let first = c.get("/programmes/1/pairs?lang=en").await;
    assert_eq!(first.status, 200);
    first.assert_has(&format!("Pairs 1–50 of {total}"));
    assert_eq!(first.body.matches("<tr><td><a href=\"/pairs/").count(), 50);
    first.assert_has("href=\"/programmes/1/pairs?page=2\">Next</a>");
    let second = c.get("/programmes/1/pairs?page=2&lang=en").await;
    second.assert_has(&format!("Pairs 51–100 of {total}"));
    // The programme page leads here.
    c.get("/programmes/1?lang=en").await.assert_has("href=\"/programmes/1/pairs\"");

    // Closed pairs only, newest first: as many as the database holds.
    let closed =
        one(&mut raw, "SELECT COUNT(*) FROM pairs WHERE programme_id = 1 AND status IN ('completed', 'ended_early')")
            .await;
    assert!(closed > 0);
    let page = c.get("/programmes/1/pairs?status=closed&sort=newest&lang=en").await;
    let shown = page.body.matches("<tr><td><a href=\"/pairs/").count() as i64;
    assert_eq!(shown, closed.min(50));
    assert_eq!(
        page.body.matches("</a></td><td>Completed</td>").count() as i64
            + page.body.matches("</a></td><td>Ended early</td>").count() as i64,
        shown,
        "every pair shown is closed"
    );
    page.assert_has("<option value=\"closed\" selected>");
    page.assert_has("href=\"/programmes/1/pairs\">All pairs</a>");

    // A member's name, without its accents and in any case, finds their
    // pairs and no other.
    let amal = one(
        &mut raw,
        "SELECT COUNT(*) FROM pairs pr JOIN participants n ON n.id = pr.mentee_id \
         WHERE pr.programme_id = 1 AND n.first_name = 'Amal' AND n.last_name = 'Haddad'",
    )
    .await;
    assert!(amal > 0);
    let found = c.get("/programmes/1/pairs?q=HADDAD&lang=en").await;
    assert_eq!(found.body.matches("<tr><td><a href=\"/pairs/").count() as i64, amal);
    assert_eq!(found.body.matches("<bdi>Amal Haddad</bdi>").count() as i64, amal);
    let none = c.get("/programmes/1/pairs?q=nobody-by-that-name&lang=fr").await;
    none.assert_has("Aucun binôme ne correspond à cette recherche.");

    // In French, the same list speaks French.
    c.get("/programmes/1/pairs?lang=fr").await.assert_has(&format!("Binômes 1 à 50 sur {total}"));
}

#[tokio::test]
async fn a_coordinator_sees_the_sessions_of_a_period_with_their_hours() {
    let (app, c) = large().await;
    let mut raw = app.raw().await;
    let all = "FROM peer_sessions s JOIN pairs pr ON pr.id = s.pair_id WHERE pr.programme_id = 1";
    let total = one(&mut raw, &format!("SELECT COUNT(*) {all}")).await;
    let minutes = one(&mut raw, &format!("SELECT CAST(COALESCE(SUM(s.duration_minutes), 0) AS BIGINT) {all}")).await;
    assert!(total > 50, "{total}");

    let page = c.get("/programmes/1/sessions?from=2000-01-01&to=2100-12-31&lang=en").await;
    assert_eq!(page.status, 200);
    page.assert_has(&format!("{total} sessions, {} hours in all", minutes / 60));
    page.assert_has(&format!("Sessions 1–50 of {total}"));
    page.assert_has("href=\"/programmes/1/sessions?from=2000-01-01&#38;to=2100-12-31&#38;page=2\">Next</a>");
    assert_eq!(page.body.matches("</bdi></a></td><td>").count(), 50);

    // Held only.
    let held = one(&mut raw, &format!("SELECT COUNT(*) {all} AND s.status = 'held'")).await;
    let page = c.get("/programmes/1/sessions?status=held&from=2000-01-01&lang=en").await;
    page.assert_has(&format!("{held} sessions"));
    page.assert_lacks("<td>Planned</td>");

    // A search: the sessions of the pairs either member of which holds the
    // term, found through the trigram index (three letters or more) or by
    // reading the members' keys (fewer).
    for term in ["haddad", "ha"] {
        let expected = one(
            &mut raw,
            &format!(
                "SELECT COUNT(*) {all} AND s.starts_at >= 946684800 AND (\
                 (SELECT search_key FROM participants WHERE id = pr.mentee_id) LIKE '%{term}%' OR \
                 (SELECT search_key FROM participants WHERE id = pr.mentor_id) LIKE '%{term}%')"
            ),
        )
        .await;
        assert!(expected > 0 && expected < total, "{term}: {expected} of {total}");
        let page = c.get(&format!("/programmes/1/sessions?q={term}&from=2000-01-01&lang=en")).await;
        page.assert_has(&format!("{expected} sessions"));
    }

    // By default: the last 30 days and what is planned, the period shown
    // in the form so that it can be changed.
    let page = c.get("/programmes/1/sessions?lang=en").await;
    assert_eq!(page.status, 200);
    let month_ago = (time::OffsetDateTime::now_utc() - time::Duration::days(30)).date();
    let shown = [month_ago - time::Duration::days(1), month_ago, month_ago + time::Duration::days(1)];
    assert!(
        shown.iter().any(|d| page.body.contains(&format!("name=\"from\" type=\"date\" value=\"{d}\""))),
        "the default period starts 30 days ago"
    );

    // A date that is not one: a 400 that says what to fix and keeps what
    // was typed.
    let bad = c.get("/programmes/1/sessions?from=2026-13-45&q=ali&lang=fr").await;
    assert_eq!(bad.status, 400);
    bad.assert_has("Saisissez une date");
    bad.assert_has("value=\"2026-13-45\"");
    bad.assert_has("value=\"ali\"");
    bad.assert_has("aria-invalid=\"true\"");
}

/// The lists download as spreadsheets with their filters: every row, not
/// only the page, in the reader's language and separator, or with the
/// codes for tools; each download is audited.
#[tokio::test]
async fn the_pairs_and_sessions_of_a_list_download_as_spreadsheets() {
    let (app, c) = large().await;
    let mut raw = app.raw().await;
    let closed =
        one(&mut raw, "SELECT COUNT(*) FROM pairs WHERE programme_id = 1 AND status IN ('completed', 'ended_early')")
            .await;
    let page = c.get("/programmes/1/pairs?status=closed&lang=fr").await;
    page.assert_has("href=\"/programmes/1/pairs.csv?status=closed\"");
    let csv = c.get("/programmes/1/pairs.csv?status=closed&lang=fr").await;
    assert_eq!(csv.status, 200);
    let lines: Vec<&str> = csv.body.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(
        lines[0],
        "Binôme;Personne accompagnée;Bénévole;État;Proposé le;Commencé le;Clos le;Rencontres tenues;Heures tenues;Dernière rencontre"
    );
    assert_eq!(lines.len() as i64 - 1, closed, "every closed pair, not a page");
    assert!(lines[1..].iter().all(|l| l.contains(";Terminé;") || l.contains(";Arrêté avant terme;")), "{}", lines[1]);

    // Sessions of all time, for tools: codes, commas, minutes that add up.
    let all = "FROM peer_sessions s JOIN pairs pr ON pr.id = s.pair_id WHERE pr.programme_id = 1";
    let total = one(&mut raw, &format!("SELECT COUNT(*) {all}")).await;
    let minutes = one(&mut raw, &format!("SELECT CAST(COALESCE(SUM(s.duration_minutes), 0) AS BIGINT) {all}")).await;
    let csv = c.get("/programmes/1/sessions.csv?from=2000-01-01&codes=1").await;
    let mut reader = csv::Reader::from_reader(csv.body.trim_start_matches('\u{feff}').as_bytes());
    let headers = reader.headers().unwrap().clone();
    assert_eq!(
        headers.iter().collect::<Vec<_>>(),
        ["session", "date", "time", "pair", "newcomer", "buddy", "minutes", "hours", "mode", "status", "confirmed"]
    );
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len() as i64, total);
    assert_eq!(records.iter().map(|r| r[6].parse::<i64>().unwrap()).sum::<i64>(), minutes);
    assert!(records.iter().all(|r| ["planned", "held"].contains(&&r[9])));
    let audited = one(
        &mut raw,
        "SELECT COUNT(*) FROM audit_log WHERE action IN ('programme.export_pairs', 'programme.export_sessions')",
    )
    .await;
    assert_eq!(audited, 2);
    // A period that is not one is refused, not guessed.
    assert_eq!(c.get("/programmes/1/sessions.csv?from=yesterday").await.status, 400);
}

/// A pair is found by what its members are called now: a corrected name
/// finds the pair and its sessions, the old one no longer does, and once a
/// member is erased nothing of theirs finds the pair or stays in its key.
#[tokio::test]
async fn a_pair_is_found_by_its_members_current_details_and_never_by_an_erased_one() {
    let app = TestApp::spawn().await;
    let c = app.login("coordinator.fr@example.org").await;
    let mut raw = app.raw().await;
    let amal = one(&mut raw, "SELECT id FROM participants WHERE first_name = 'Amal' AND last_name = 'Haddad'").await;
    let pairs = one(&mut raw, &format!("SELECT COUNT(*) FROM pairs WHERE mentee_id = {amal}")).await;
    let sessions = one(
        &mut raw,
        &format!("SELECT COUNT(*) FROM peer_sessions s JOIN pairs pr ON pr.id = s.pair_id WHERE pr.mentee_id = {amal}"),
    )
    .await;
    assert!(pairs > 0 && sessions > 0, "{pairs} pairs, {sessions} sessions");
    let listed = |page: &crate::support::Page| page.body.matches("<tr><td><a href=\"/pairs/").count() as i64;
    assert_eq!(listed(&c.get("/programmes/1/pairs?q=haddad&lang=en").await), pairs);
    // A pair found from a term in each member ("karim" is her buddy).
    assert!(listed(&c.get("/programmes/1/pairs?q=haddad+karim&lang=en").await) > 0);
    c.get("/programmes/1/sessions?q=haddad&lang=en").await.assert_has("<bdi>Amal Haddad</bdi>");

    // Her surname corrected (as the correction form writes the key).
    crate::support::exec(
        &mut raw,
        &format!(
            "UPDATE participants SET last_name = 'Mansour', search_key = 'amal mansour newcomer1.fr@example.org' \
             WHERE id = {amal}"
        ),
    )
    .await;
    assert_eq!(listed(&c.get("/programmes/1/pairs?q=mansour&lang=en").await), pairs);
    c.get("/programmes/1/pairs?q=haddad&lang=en").await.assert_has("No pair matches this search.");
    c.get("/programmes/1/sessions?q=mansour&lang=en").await.assert_has("<bdi>Amal Mansour</bdi>");

    // Erased: nothing of hers finds the pair, or is left in its key.
    let erased =
        c.post(&format!("/people/{amal}/erase"), &format!("/people/{amal}/erase"), &[("confirm", "yes")]).await;
    assert_eq!(erased.status, 200, "{}", erased.body);
    for q in ["mansour", "amal", "newcomer1"] {
        c.get(&format!("/programmes/1/pairs?q={q}&lang=en")).await.assert_has("No pair matches this search.");
    }
    let kept = one(
        &mut raw,
        &format!("SELECT COUNT(*) FROM pairs WHERE mentee_id = {amal} AND (search_key LIKE '%amal%' OR search_key LIKE '%mansour%')"),
    )
    .await;
    assert_eq!(kept, 0, "an erased member's key is gone from her pairs' keys");
}
