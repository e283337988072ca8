//! What needs a coordinator today (step 9): pairs at risk with their
//! reasons, by the programme's own thresholds, and what waits on someone.

use crate::access_matrix::Objects;
use crate::support::{TestApp, exec, one};

/// The part of the home under "Needs you today".
fn needs_section(body: &str) -> &str {
    let start = body.find("id=\"h-attention\"").expect("a needs-you-today section");
    let end = body[start..].find("</section>").map_or(body.len(), |e| start + e);
    &body[start..end]
}

#[tokio::test]
async fn the_coordinators_home_says_which_pair_needs_them_and_why() {
    let app = TestApp::spawn().await;
    let o = Objects::find(&app).await;
    let (pair1, pair_gr) = (o.fill("{pair1}"), o.fill("{pairGR}"));

    // Athens: a pair that has not met since it started, with a concern.
    let eleni = app.login("coordinator.gr@example.org").await;
    let home = eleni.get("/home?lang=en").await;
    let needs = needs_section(&home.body);
    assert!(needs.contains(&format!("href=\"/pairs/{pair_gr}\"")), "{needs}");
    assert!(needs.contains("No session for 15"), "{needs}");
    assert!(needs.contains("A concern is open"), "{needs}");
    assert!(!needs.contains("Karim"), "Lille's pairs are not Athens' business");
    assert_eq!(eleni.get(&format!("/pairs/{pair_gr}")).await.status, 200, "the link leads to the pair");

    // Lille: pair1 met five days ago, within the default 21 days...
    let claire = app.login("coordinator.fr@example.org").await;
    let needs = needs_section(&claire.get("/home?lang=en").await.body).to_owned();
    assert!(!needs.contains(&format!("href=\"/pairs/{pair1}\"")), "{needs}");
    assert!(needs.contains("A session waits for confirmation for over a week"), "{needs}");
    // ...but this programme wants one at least every five days.
    let mut raw = app.raw().await;
    exec(&mut raw, "UPDATE programmes SET risk_no_session_days = 5 WHERE name = 'Buddy System Lille 2026'").await;
    let needs = needs_section(&claire.get("/home?lang=en").await.body).to_owned();
    assert!(needs.contains(&format!("href=\"/pairs/{pair1}\"")), "{needs}");
    assert!(needs.contains("No session for "), "{needs}");

    // An urgent concern about the pair puts it first, in French too.
    let amal = app.login("newcomer1.fr@example.org").await;
    let form = format!("/concerns/new?pair={pair1}");
    let r = amal
        .post(&form, "/concerns/new", &[("pair", &pair1), ("severity", "urgent"), ("summary", "Peur"), ("text", "")])
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let page = claire.get("/home").await;
    let needs = needs_section(&page.body);
    let first = needs.find("href=\"/pairs/").map(|at| &needs[at..]).unwrap();
    assert!(first.starts_with(&format!("href=\"/pairs/{pair1}\"")), "{needs}");
    assert!(needs.contains("Un signalement urgent est ouvert"), "{needs}");

    // The whole list says the same.
    let all = claire.get("/attention?lang=en").await;
    assert_eq!(all.status, 200);
    all.assert_has(&format!("href=\"/pairs/{pair1}\""));
    all.assert_has("An urgent concern is open");

    // Buddies and newcomers have no such list.
    amal.get("/home").await.assert_lacks("id=\"h-attention\"");
}

#[tokio::test]
async fn an_overdue_staff_contact_waits_until_it_is_recorded() {
    let app = TestApp::spawn().await;
    let o = Objects::find(&app).await;
    let pair1 = o.fill("{pair1}");
    let claire = app.login("coordinator.fr@example.org").await;
    // Forty days in and no contact yet: two are due.
    let link = format!("href=\"/pairs/{pair1}#contacts\"");
    let needs = needs_section(&claire.get("/home?lang=en").await.body).to_owned();
    assert!(needs.contains(&link) && needs.contains("A staff contact is due"), "{needs}");
    let path = format!("/pairs/{pair1}/contacts");
    let yesterday = (time::OffsetDateTime::now_utc() - time::Duration::days(1)).date().to_string();
    let r = claire.post(&path, &path, &[("kind", "fax"), ("on", &yesterday), ("note", "Tout va bien")]).await;
    assert_eq!(r.status, 422);
    r.assert_has("Choisissez appel, visite ou message.");
    r.assert_has("Tout va bien");
    for kind in ["call", "visit"] {
        let r = claire.post(&path, &path, &[("kind", kind), ("on", &yesterday), ("note", "Tout va bien")]).await;
        assert_eq!(r.status, 303, "{}", r.body);
    }
    claire.get(&path).await.assert_has("Visite");
    let needs = needs_section(&claire.get("/home?lang=en").await.body).to_owned();
    assert!(!needs.contains(&link), "{needs}");
}

/// The pairs a statement gives, in its order.
async fn pair_ids(raw: &mut sqlx::AnyConnection, sql: &str) -> Vec<i64> {
    use sqlx::Row;
    sqlx::query(sql).fetch_all(raw).await.unwrap().iter().map(|r| r.get::<i64, _>(0)).collect()
}

/// Every running or setting-up pair of organisation 1, judged the plain
/// way: each fact read on its own for each pair, then the domain's rules.
/// The pairs at risk (by id, with their reasons) and those with a staff
/// contact due.
async fn judged_one_by_one(
    raw: &mut sqlx::AnyConnection,
    today: time::Date,
) -> (Vec<(i64, Vec<m4m_domain::attention::Risk>)>, Vec<i64>) {
    use m4m_domain::attention::{PairFacts, Thresholds, risks};
    use m4m_domain::checkin::{Cadence, current_due};
    use m4m_domain::programme::{format_date, parse_date};
    use sqlx::Row;
    let day = |unix: i64| time::OffsetDateTime::from_unix_timestamp(unix).unwrap().date();
    let pairs = sqlx::query(
        "SELECT pr.id FROM pairs pr JOIN programmes g ON g.id = pr.programme_id \
         WHERE g.organisation_id = 1 AND pr.status IN ('accepted', 'active') ORDER BY pr.id",
    )
    .fetch_all(&mut *raw)
    .await
    .unwrap();
    let (mut at_risk, mut contact_due) = (Vec::new(), Vec::new());
    for p in pairs {
        let id: i64 = p.get("id");
        let r = sqlx::query(
            "SELECT pr.status, pr.started_on, pr.agreement, pr.first_meeting_at, pr.first_meeting_held_at, \
             pr.mentor_id, pr.mentee_id, g.risk_no_session_days, g.risk_ending_days, g.checkin_first_days, \
             g.checkin_every_days FROM pairs pr JOIN programmes g ON g.id = pr.programme_id WHERE pr.id = $1",
        )
        .bind(id)
        .fetch_one(&mut *raw)
        .await
        .unwrap();
        let active = r.get::<String, _>("status") == "active";
        let started = r.get::<Option<String>, _>("started_on").map(|s| parse_date("started_on", &s).unwrap());
        let months = r
            .get::<Option<String>, _>("agreement")
            .map_or(6, |a| serde_json::from_str::<m4m_domain::pairing::Agreement>(&a).unwrap().months);
        let mut sessions = Vec::new();
        for s in sqlx::query("SELECT starts_at, status FROM peer_sessions WHERE pair_id = $1")
            .bind(id)
            .fetch_all(&mut *raw)
            .await
            .unwrap()
        {
            if s.get::<String, _>("status") == "held" {
                sessions.push(s.get::<i64, _>("starts_at"));
            }
        }
        let (mut open, mut urgent) = (0, false);
        for c in sqlx::query("SELECT status, severity FROM concerns WHERE pair_id = $1")
            .bind(id)
            .fetch_all(&mut *raw)
            .await
            .unwrap()
        {
            if c.get::<String, _>("status") != "closed" {
                open += 1;
                urgent |= c.get::<String, _>("severity") == "urgent";
            }
        }
        let answers = sqlx::query(
            "SELECT participant_id, due_on, satisfaction FROM checkins WHERE pair_id = $1 ORDER BY answered_at, id",
        )
        .bind(id)
        .fetch_all(&mut *raw)
        .await
        .unwrap();
        let answers: Vec<(i64, String, i64)> = if active {
            answers.iter().map(|a| (a.get("participant_id"), a.get("due_on"), a.get("satisfaction"))).collect()
        } else {
            Vec::new()
        };
        let mut members = Vec::new();
        for side in ["mentor_id", "mentee_id"] {
            let person: i64 = r.get(side);
            let account = sqlx::query("SELECT user_id FROM participants WHERE id = $1")
                .bind(person)
                .fetch_one(&mut *raw)
                .await
                .unwrap()
                .get::<Option<i64>, _>("user_id");
            if account.is_some() {
                members.push(person);
            }
        }
        let cadence = Cadence { first_days: r.get("checkin_first_days"), every_days: r.get("checkin_every_days") };
        let unanswered_checkin = started
            .filter(|_| active)
            .and_then(|s| current_due(s, cadence, today))
            .filter(|due| members.iter().any(|m| !answers.iter().any(|(p, d, _)| p == m && *d == format_date(*due))));
        let facts = PairFacts {
            started_on: started.filter(|_| active),
            months,
            last_session: sessions.iter().max().map(|s| day(*s)),
            first_meeting: r.get::<Option<i64>, _>("first_meeting_at").map(day),
            first_meeting_held: r.get::<Option<i64>, _>("first_meeting_held_at").is_some(),
            open_concerns: open,
            urgent_concern: urgent,
            satisfaction: answers.iter().map(|(_, _, s)| *s).collect(),
            unanswered_checkin,
        };
        let thresholds =
            Thresholds { no_session_days: r.get("risk_no_session_days"), ending_days: r.get("risk_ending_days") };
        let found = risks(&facts, thresholds, today);
        if !found.is_empty() {
            at_risk.push((id, found));
        }
        let contacts = one(raw, &format!("SELECT COUNT(*) FROM pair_contacts WHERE pair_id = {id}")).await;
        if let (true, Some(start)) = (active, started)
            && m4m_domain::contact::overdue(start, contacts, today)
        {
            contact_due.push(id);
        }
    }
    (at_risk, contact_due)
}

/// A programme grown with hundreds of pairs: the store's facts, read for
/// all pairs at once, give the same pairs at risk with the same reasons as
/// reading each pair on its own; the home counts them and shows the most
/// pressing ten, and the whole list pages through all of them in order.
#[tokio::test]
async fn a_large_programme_lists_exactly_the_pairs_the_rules_find() {
    let app = TestApp::spawn().await;
    app.store.load_synthetic(&[1], 1500, &|_, _, _| {}).await.unwrap();
    let mut raw = app.raw().await;
    // The hourly job judges what the writes changed and drains their lines.
    assert!(one(&mut raw, "SELECT COUNT(*) FROM pair_watch_changes").await > 1500);
    app.store.judge_pairs().await.unwrap();
    assert_eq!(one(&mut raw, "SELECT COUNT(*) FROM pair_watch_changes").await, 0);
    let today = m4m_domain::programme::format_date(m4m_store::today());
    let behind = format!("SELECT COUNT(*) FROM pair_watch WHERE judged_for < '{today}'");
    assert_eq!(one(&mut raw, &behind).await, 0);
    let watch = app.store.pairs_to_watch(&[1]).await.unwrap();
    let (mut expected, contact_due) = judged_one_by_one(&mut raw, watch.today).await;
    let kinds: std::collections::BTreeSet<String> =
        expected.iter().flat_map(|(_, r)| r.iter().map(|r| r.key().to_owned())).collect();
    assert!(expected.len() > 100, "a list of several pages: {} pairs, {kinds:?}", expected.len());
    assert!(kinds.len() >= 4, "{kinds:?}");
    let found: Vec<(i64, Vec<m4m_domain::attention::Risk>)> = watch
        .pairs
        .iter()
        .map(|w| (w.pair_id, m4m_domain::attention::risks(&w.facts, w.thresholds, watch.today)))
        .filter(|(_, r)| !r.is_empty())
        .collect();
    assert_eq!(found, expected);
    let overdue: Vec<i64> = watch.pairs.iter().filter(|w| w.contact_overdue).map(|w| w.pair_id).collect();
    assert_eq!(overdue, contact_due);

    // The pages: most pressing first, ties in the order of the pairs.
    expected.sort_by(|a, b| a.1.cmp(&b.1));
    let links = |body: &str, section: &str| -> Vec<(i64, usize)> {
        let start = body.find(section).expect("the list");
        let part = &body[start..];
        let part = &part[..part.find("</ul>\n").unwrap_or(part.len())];
        part.split("<li class=\"card\"><a href=\"/pairs/")
            .skip(1)
            .map(|item| {
                // `/pairs/{id}`, `…/setup` or `…#contacts`.
                let id = item[..item.find(|c: char| !c.is_ascii_digit()).unwrap()].parse().unwrap();
                (id, item.matches("<li>").count())
            })
            .collect()
    };
    let shown = |list: &[(i64, Vec<m4m_domain::attention::Risk>)]| -> Vec<(i64, usize)> {
        list.iter().map(|(id, r)| (*id, r.len())).collect()
    };
    let c = app.login("coordinator.fr@example.org").await;
    let home = c.get("/home?lang=en").await;
    let needs = needs_section(&home.body);
    assert!(needs.contains(&format!("Pairs at risk <span class=\"count\">{}</span>", expected.len())), "{needs}");
    assert_eq!(links(needs, "Pairs at risk"), shown(&expected[..10]));
    let mut listed = Vec::new();
    for page in 1..=expected.len().div_ceil(100) {
        let all = c.get(&format!("/attention?risk={page}&lang=en")).await;
        assert_eq!(all.status, 200);
        listed.extend(links(&all.body, "Pairs at risk"));
    }
    assert_eq!(listed, shown(&expected));
    // What waits on someone: answers, signatures and confirmations in the
    // order of the pairs, then the staff contacts due, each once, on the
    // home and across the pages of the whole list.
    let mut waiting = pair_ids(
        &mut raw,
        "SELECT pair_id FROM pair_watch WHERE organisation_id = 1 AND waiting IS NOT NULL ORDER BY pair_id",
    )
    .await;
    let contacts = pair_ids(
        &mut raw,
        "SELECT pair_id FROM pair_watch WHERE organisation_id = 1 AND contact_due = 1 ORDER BY pair_id",
    )
    .await;
    assert!(!waiting.is_empty() && contacts.len() > 100, "{} waiting, {} contacts", waiting.len(), contacts.len());
    waiting.extend(contacts);
    let only_ids = |found: Vec<(i64, usize)>| found.into_iter().map(|(id, _)| id).collect::<Vec<i64>>();
    let home = c.get("/home?lang=en").await;
    let needs = needs_section(&home.body);
    assert!(needs.contains(&format!("Waiting for someone <span class=\"count\">{}</span>", waiting.len())), "{needs}");
    assert_eq!(only_ids(links(needs, "Waiting for someone")), waiting[..10]);
    let mut listed = Vec::new();
    for page in 1..=waiting.len().div_ceil(100) {
        let all = c.get(&format!("/attention?wait={page}&lang=en")).await;
        assert_eq!(all.status, 200);
        listed.extend(only_ids(links(&all.body, "Waiting for someone")));
    }
    assert_eq!(listed, waiting);
    // The judgements are kept; those of an earlier day are made again.
    exec(&mut raw, "UPDATE pair_watch SET risks = NULL, risk_order = NULL, judged_for = '2000-01-01'").await;
    let home = c.get("/home?lang=en").await;
    let needs = needs_section(&home.body);
    assert!(needs.contains(&format!("Pairs at risk <span class=\"count\">{}</span>", expected.len())), "{needs}");
    assert_eq!(links(needs, "Pairs at risk"), shown(&expected[..10]));
    // A reason in words: the days since the last session, or the start.
    let (id, reasons) = expected.iter().find(|(_, r)| r.len() == 1).unwrap();
    if let [m4m_domain::attention::Risk::NoSession(days)] = reasons.as_slice() {
        let all = c.get("/attention?lang=en").await.body;
        let item = &all[all.find(&format!("href=\"/pairs/{id}\"")).unwrap()..];
        assert!(item[..item.find("</li></ul>").unwrap()].contains(&format!("No session for {days} days")));
    }
}
