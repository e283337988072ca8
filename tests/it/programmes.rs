//! A coordinator creates and opens programmes.

use crate::support::TestApp;

const VALID: [(&str, &str); 7] = [
    ("name", "Buddy System Roubaix 2027"),
    ("description", "Second wave."),
    ("languages", "fr, ar, ti"),
    ("starts_on", "2027-01-15"),
    ("ends_on", "2027-12-15"),
    ("target_mentors", "20"),
    ("target_mentees", "30"),
];

#[tokio::test]
async fn a_coordinator_creates_a_programme_in_their_organisation() {
    let app = TestApp::spawn().await;
    let c = app.login("coordinator.fr@example.org").await;
    // An organisation_id slipped into the form is ignored: one organisation.
    let mut form = VALID.to_vec();
    form.push(("organisation_id", "2"));
    let r = c.post("/programmes/new", "/programmes/new", &form).await;
    assert_eq!(r.status, 303, "{}", r.body);
    let page = c.get(&format!("{}?lang=en", r.location())).await;
    assert_eq!(page.status, 200);
    page.assert_has("Buddy System Roubaix 2027");
    page.assert_has("From <bdi>Jan 15, 2027</bdi> to <bdi>Dec 15, 2027</bdi>");
    page.assert_has("Entraide Lille Métropole");
    let created = app.store.programmes(None).await.unwrap();
    let p = created.iter().find(|p| p.name == "Buddy System Roubaix 2027").unwrap();
    assert_eq!(p.organisation_id, 1);
    assert_eq!(p.languages, ["fr", "ar", "ti"]);
    // It appears on the coordinator's home.
    c.get("/home").await.assert_has("Buddy System Roubaix 2027");
}

#[tokio::test]
async fn a_wrong_programme_form_says_what_to_fix_and_keeps_what_was_typed() {
    let app = TestApp::spawn().await;
    let c = app.login("coordinator.fr@example.org").await;
    let before = app.store.programmes(None).await.unwrap().len();
    let r = c
        .post(
            "/programmes/new?lang=en",
            "/programmes/new?lang=en",
            &[
                ("name", "Almost <b>right</b>"),
                ("starts_on", "2027-05-01"),
                ("ends_on", "2027-01-01"),
                ("target_mentors", "lots"),
                ("languages", "french"),
            ],
        )
        .await;
    assert_eq!(r.status, 422);
    r.assert_has("The last day cannot come before the first day.");
    r.assert_has("Enter a whole number from 0 to 100,000.");
    r.assert_has("Enter language codes of two or three letters");
    r.assert_has("value=\"Almost &#60;b&#62;right&#60;/b&#62;\"");
    r.assert_has("aria-invalid=\"true\"");
    assert_eq!(app.store.programmes(None).await.unwrap().len(), before, "nothing written");
}

#[tokio::test]
async fn only_coordinators_create_programmes() {
    let app = TestApp::spawn().await;
    for email in ["buddy1.fr@example.org", "newcomer1.fr@example.org", "supervisor.fr@example.org", "admin@example.org"]
    {
        let c = app.login(email).await;
        assert_eq!(c.get("/programmes/new").await.status, 403, "{email}");
        let r = c.post("/home", "/programmes/new", &VALID).await;
        assert_eq!(r.status, 403, "{email}");
    }
    // The demo's two running programmes and last year's two.
    assert_eq!(app.store.programmes(None).await.unwrap().len(), 4);
}

#[tokio::test]
async fn the_programme_page_leads_to_each_pair() {
    let app = TestApp::spawn().await;
    let karim = app.store.user_by_email("buddy1.fr@example.org").await.unwrap().unwrap().id;
    let pair = app.store.pairs_of_user(karim).await.unwrap()[0].id;
    let c = app.login("coordinator.fr@example.org").await;
    let page = c.get("/programmes/1?lang=en").await;
    page.assert_has(&format!(
        "<a href=\"/pairs/{pair}\"><bdi>Amal Haddad</bdi> ↔ <bdi>Karim Benali</bdi></a> — Active"
    ));
    assert_eq!(c.get(&format!("/pairs/{pair}")).await.status, 200);
    // A buddy reads the programme without its pairs.
    app.login("buddy1.fr@example.org").await.get("/programmes/1").await.assert_lacks("/pairs/");
}

/// A person's stored status that this version does not know (a hand edit)
/// is not read as the first status of their path: the list of the
/// programme is the error page, and the store names the value.
#[tokio::test]
async fn a_person_whose_stored_status_is_unknown_is_an_error_not_a_newcomer_just_registered() {
    let app = TestApp::spawn().await;
    let people = app.store.programme_participants(1).await.unwrap();
    let oksana = people.iter().find(|p| p.first_name == "Oksana").unwrap().id;
    let mut raw = app.raw().await;
    crate::support::exec(&mut raw, &format!("UPDATE participants SET status = 'matched' WHERE id = {oksana}")).await;
    for read in [app.store.participant(oksana).await.map(|_| ()), app.store.participants(1, 500).await.map(|_| ())] {
        match read {
            Err(m4m_store::StoreError::Corrupt(what)) => assert_eq!(what, "participants.status: \"matched\""),
            other => panic!("{other:?}"),
        }
    }
    let page = app.login("coordinator.fr@example.org").await.get("/programmes/1?lang=en").await;
    assert_eq!(page.status, 500);
    page.assert_has("Something went wrong on our side");
}

/// A coordinator changes how closely the programme follows its pairs: with
/// three days without a session as the threshold, a pair that last met five
/// days ago is at risk; a wrong value is refused in her language and what
/// she typed is kept.
#[tokio::test]
async fn a_coordinator_sets_how_closely_the_programme_follows_its_pairs() {
    let app = TestApp::spawn().await;
    let claire = app.login("coordinator.fr@example.org").await;
    let edit = "/programmes/1/edit";
    let form = claire.get(edit).await;
    assert_eq!(form.status, 200);
    form.assert_has("value=\"21\"");
    form.assert_has("value=\"Buddy System Lille 2026\"");
    let base = [
        ("name", "Buddy System Lille 2026"),
        ("starts_on", "2026-09-01"),
        ("ends_on", "2027-06-30"),
        ("status", "running"),
        ("checkin_first_days", "30"),
        ("checkin_every_days", "60"),
        ("midterm_weeks", "12"),
        ("risk_ending_days", "14"),
    ];
    let mut wrong = base.to_vec();
    wrong.push(("risk_no_session_days", "zero"));
    wrong.retain(|(k, _)| *k != "midterm_weeks");
    wrong.push(("midterm_weeks", "300"));
    let r = claire.post(edit, edit, &wrong).await;
    assert_eq!(r.status, 422);
    r.assert_has("Saisissez un nombre entier de jours de 1 à 365");
    r.assert_has("value=\"zero\"");
    assert!(app.store.programme(1).await.unwrap().unwrap().monitoring.risk_no_session_days == 21);

    let attention = claire.get("/attention").await;
    attention.assert_lacks("Aucune rencontre depuis 5 jours");
    let mut right = base.to_vec();
    right.push(("risk_no_session_days", "3"));
    let r = claire.post(edit, edit, &right).await;
    assert_eq!(r.status, 303, "{}", r.body);
    claire.get(r.location()).await.assert_has("Le programme est enregistré.");
    let m = app.store.programme(1).await.unwrap().unwrap().monitoring;
    assert_eq!((m.risk_no_session_days, m.midterm_weeks), (3, 12));
    claire.get("/attention").await.assert_has("Aucune rencontre depuis 5 jours");
    // Another organisation's coordinator may not, and sees nothing of it.
    let greek = app.login("coordinator.gr@example.org").await;
    assert_eq!(greek.post(edit, edit, &right).await.status, 404);
}

/// The occurrences of `needle` in a page.
fn count(page: &crate::support::Page, needle: &str) -> usize {
    page.body.matches(needle).count()
}

/// A large programme's people are found by name, e-mail or phone however
/// they were typed, filtered, and shown a page at a time with the part
/// shown and the total: nobody is cut off without a word. People
/// registered before the search existed are found too (their key is
/// written at start-up).
#[tokio::test]
async fn a_coordinator_finds_anyone_in_a_large_programme_a_page_at_a_time() {
    let app = TestApp::spawn().await;
    let mut raw = app.raw().await;
    let mut values = Vec::new();
    for i in 0..130 {
        values.push(format!(
            "(1, 'mentee', 'Hélène', 'Number{i}', 'ar', 'ar', 'registered', 2, 0, 'hn{i}@example.net', '')"
        ));
    }
    values.push(
        "(1, 'mentee', 'Zoë', 'Ångström', 'uk', 'uk', 'registered', 2, 0, 'zoe@example.net', '+33 6 11 22 33 44')"
            .to_owned(),
    );
    crate::support::exec(
        &mut raw,
        &format!(
            "INSERT INTO participants (programme_id, kind, first_name, last_name, languages, native_language, status, \
             step, created_at, email, phone) VALUES {}",
            values.join(", ")
        ),
    )
    .await;
    app.store.migrate().await.unwrap();
    let total =
        crate::support::one(&mut raw, "SELECT COUNT(*) FROM participants WHERE programme_id = 1 AND erased_at IS NULL")
            .await;
    assert!(total > 131, "{total}");
    let c = app.login("coordinator.fr@example.org").await;

    let first = c.get("/programmes/1?lang=en").await;
    assert_eq!(first.status, 200);
    first.assert_has(&format!("People 1–50 of {total}"));
    assert_eq!(count(&first, "<tr><td><a href=\"/people/"), 50);
    first.assert_has("href=\"/programmes/1?page=2#people\"");
    let second = c.get("/programmes/1?page=2&lang=en").await;
    second.assert_has(&format!("People 51–100 of {total}"));
    second.assert_has("href=\"/programmes/1#people\">Previous</a>");
    // Past the end: the last page, not an empty one.
    let last = c.get("/programmes/1?page=999&lang=en").await;
    let from = (total - 1) / 50 * 50 + 1;
    last.assert_has(&format!("People {from}–{total} of {total}"));
    last.assert_lacks(">Next</a>");

    // Without accents or capitals, several words in any order.
    let found = c.get("/programmes/1?q=HELENE+number12&lang=en").await;
    found.assert_has("11 people");
    found.assert_has("<bdi>Hélène Number12</bdi>");
    found.assert_has("<bdi>Hélène Number129</bdi>");
    found.assert_lacks("<bdi>Hélène Number13</bdi>");
    for q in ["angstrom+zoe", "06 11 22 33 44", "zoe%40example.net", "0611223344"] {
        let page = c.get(&format!("/programmes/1?q={q}&lang=en")).await;
        page.assert_has("One person");
        page.assert_has("<bdi>Zoë Ångström</bdi>");
    }
    let none = c.get("/programmes/1?q=nobody-by-that-name&lang=en").await;
    none.assert_has("Nobody matches this search.");
    none.assert_has("value=\"nobody-by-that-name\"");
    // A term shorter than the index's trigrams is still found.
    let short = c.get("/programmes/1?q=zo+44&lang=en").await;
    short.assert_has("<bdi>Zoë Ångström</bdi>");
    // The search index follows the key: rewritten as an erasure rewrites
    // it, the person is found by nothing that was theirs.
    sqlx::query("UPDATE participants SET search_key = 'zz erased' WHERE first_name = 'Zoë'")
        .execute(&mut raw)
        .await
        .unwrap();
    for q in ["angstrom", "0611223344", "zoe%40example.net"] {
        c.get(&format!("/programmes/1?q={q}&lang=en")).await.assert_has("Nobody matches this search.");
    }
    c.get("/programmes/1?q=erased&lang=en").await.assert_has("One person");

    // Filters keep what was chosen, and the pages keep the filters.
    let ukrainian = c.get("/programmes/1?language=uk&kind=mentee&lang=en").await;
    ukrainian.assert_has("<bdi>Zoë Ångström</bdi>");
    ukrainian.assert_lacks("<bdi>Hélène Number1</bdi>");
    ukrainian.assert_has("<option value=\"uk\" selected>");
    let paged = c.get("/programmes/1?q=helene&sort=name&lang=en").await;
    paged.assert_has("People 1–50 of 130");
    paged.assert_has("href=\"/programmes/1?q=helene&#38;sort=name&#38;page=2#people\"");
    let step = c.get("/programmes/1?step=2&lang=en").await;
    step.assert_has("People at step 2");
    // Values that mean nothing are left out, never an error.
    let odd = c.get("/programmes/1?step=abc&page=-4&kind=robot&status=x&language=%25&sort=up&lang=en").await;
    assert_eq!(odd.status, 200);
    odd.assert_has(&format!("People 1–50 of {total}"));
    // Another organisation's coordinator does not find them at all.
    let greek = app.login("coordinator.gr@example.org").await;
    assert_eq!(greek.get("/programmes/1?q=helene").await.status, 404);
}

/// A count as the English pages write it ("2,418").
fn grouped(n: i64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(d);
    }
    out
}

/// The names a list page shows, in its order.
fn names_shown(page: &crate::support::Page) -> Vec<String> {
    page.body
        .split("<tr><td><a href=\"/people/")
        .skip(1)
        .filter_map(|row| row.split("<bdi>").nth(1)?.split("</bdi>").next().map(str::to_owned))
        .collect()
}

/// A term most people hold is read in the list's order, a rare one
/// through the trigram index: either way the page holds the people the
/// search asks for, in the order asked, whatever the page.
#[tokio::test]
async fn a_search_that_most_people_match_pages_like_any_other() {
    let app = TestApp::spawn().await;
    let mut raw = app.raw().await;
    let values: Vec<String> = (0..2400)
        .map(|i| {
            format!(
                "(1, 'mentee', 'Nadia{}', 'Common{i}', 'ar', 'ar', 'registered', {}, {i}, 'nc{i}@example.net', '')",
                i % 7,
                2 + i % 3
            )
        })
        .collect();
    crate::support::exec(
        &mut raw,
        &format!(
            "INSERT INTO participants (programme_id, kind, first_name, last_name, languages, native_language, status, \
             step, created_at, email, phone) VALUES {}",
            values.join(", ")
        ),
    )
    .await;
    app.store.migrate().await.unwrap();
    let c = app.login("coordinator.fr@example.org").await;
    for (q, like) in [("common", vec!["%common%"]), ("nadia3+common1", vec!["%nadia3%", "%common1%"])] {
        for (sort, order) in [
            ("name", "first_name, last_name, id"),
            ("newest", "created_at DESC, id DESC"),
            ("step", "step, kind, first_name, id"),
        ] {
            let filter: String = like.iter().map(|l| format!(" AND search_key LIKE '{l}'")).collect();
            let total = crate::support::one(
                &mut raw,
                &format!("SELECT COUNT(*) FROM participants WHERE programme_id = 1 AND erased_at IS NULL{filter}"),
            )
            .await;
            // (A page past the end shows the last one.)
            let last = (total + 49) / 50;
            for page in [1, 2, 9.min(last), last] {
                let expected: Vec<String> = sqlx::query(&format!(
                    "SELECT first_name || ' ' || last_name FROM participants WHERE programme_id = 1 \
                     AND erased_at IS NULL{filter} ORDER BY {order} LIMIT 50 OFFSET {}",
                    (page - 1) * 50
                ))
                .fetch_all(&mut raw)
                .await
                .unwrap()
                .iter()
                .map(|r| sqlx::Row::get::<String, _>(r, 0))
                .collect();
                let shown = c.get(&format!("/programmes/1?q={q}&sort={sort}&page={page}&lang=en")).await;
                assert_eq!(names_shown(&shown), expected, "q={q} sort={sort} page={page}");
                shown.assert_has(&format!(" of {}", grouped(total)));
            }
        }
    }
}

/// A programme speaks to each reader in their language where it has the
/// words: its name and description written per interface language, the
/// programme's own shown where a language has none.
#[tokio::test]
async fn a_programme_is_presented_in_the_readers_language_where_it_is_written_in_it() {
    let app = TestApp::spawn().await;
    let anon = app.client();
    // The demo's Lille programme has French and Arabic texts.
    let ar = anon.get("/join/1?lang=ar").await;
    ar.assert_has("يرافق رفيقٌ متطوع");
    ar.assert_has("<title>نظام الرفيق ليل 2026");
    let en = anon.get("/join/1?lang=en").await;
    en.assert_has("accompanied for six months by a volunteer buddy");
    en.assert_lacks("يرافق");
    anon.get("/join/1?lang=fr").await.assert_has("Pendant six mois");
    anon.get("/join/1?lang=de").await.assert_has("accompanied for six months");

    let claire = app.login("coordinator.fr@example.org").await;
    let edit = "/programmes/1/edit?lang=en";
    let form = claire.get(edit).await;
    form.assert_has("Name in العربية");
    form.assert_has("Description in Français");
    form.assert_has("name=\"description_ar\"");
    form.assert_lacks("name=\"name_de\"");
    let long = "ن".repeat(161);
    let mut fields = vec![
        ("name", "Buddy System Lille 2026"),
        ("description", "Buddies in Lille."),
        ("languages", "fr, ar, prs, ps, ti, uk"),
        ("starts_on", "2026-09-01"),
        ("ends_on", "2027-06-30"),
        ("status", "running"),
        ("name_ar", long.as_str()),
        ("description_ar", "وصف جديد"),
        ("name_uk", "Бадді Лілль"),
        ("description_uk", "Наставники в Ліллі."),
    ];
    let r = claire.post(edit, edit, &fields).await;
    assert_eq!(r.status, 422, "a name too long in Arabic");
    r.assert_has("This is too long.");
    r.assert_has("وصف جديد");
    r.assert_has("Наставники в Ліллі.");
    r.assert_has("name=\"name_uk\"");
    assert_eq!(app.store.programme(1).await.unwrap().unwrap().texts["ar"].name, "نظام الرفيق ليل 2026");
    fields[6].1 = "نظام الرفيق ليل";
    let r = claire.post(edit, edit, &fields).await;
    assert_eq!(r.status, 303, "{}", r.body);
    anon.get("/join/1?lang=uk").await.assert_has("Наставники в Ліллі.");
    anon.get("/join/1?lang=ar").await.assert_has("وصف جديد");
    anon.get("/join/1?lang=en").await.assert_has("Buddies in Lille.");
    anon.get("/join/1/mentee?lang=uk").await.assert_has("Бадді Лілль");
    // The French text was left empty in the form: French readers now read
    // the programme's own.
    anon.get("/join/1?lang=fr").await.assert_has("Buddies in Lille.");
    claire.get("/programmes/1?lang=ar").await.assert_has("وصف جديد");
}
