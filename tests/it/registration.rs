//! Step 2: registration with consent, screening, duplicates, spreadsheets.

use crate::support::{Client, TestApp, exec, one};
use m4m_domain::participant::{Purpose, Status};

/// The fields of a newcomer registering herself, in Arabic.
fn newcomer(first: &str, phone: &str) -> Vec<(&'static str, String)> {
    vec![
        ("first_name", first.to_owned()),
        ("last_name", "Al-Masri".into()),
        ("phone", phone.to_owned()),
        ("native_language", "ar".into()),
        ("lang_1", "en".into()),
        ("level_1", "basic".into()),
        ("host_language_level", "basic".into()),
        ("country_of_origin", "سوريا".into()),
        ("arrival_date", "2026-06-01".into()),
        ("area", "Lille-Fives".into()),
        ("availability", "3".into()),
        ("availability", "4".into()),
        ("areas", "language".into()),
        ("areas", "housing".into()),
        ("interests", "cooking".into()),
        ("gender", "woman".into()),
        ("gender_preference", "woman".into()),
        ("birth_year", "1994".into()),
        ("heard_from", "stakeholder".into()),
        ("referred_by", "1".into()),
        ("consents", "participation".into()),
        ("consents", "contact_sms".into()),
    ]
}

async fn submit(c: &Client, page: &str, action: &str, fields: &[(&'static str, String)]) -> crate::support::Page {
    let form: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    c.post(page, action, &form).await
}

#[tokio::test]
async fn a_newcomer_registers_in_arabic_from_the_public_page() {
    let app = TestApp::spawn().await;
    let phone = app.client();
    let public = phone.get("/join/1?lang=ar").await;
    assert_eq!(public.status, 200);
    public.assert_has("<html lang=\"ar\" dir=\"rtl\">");
    public.assert_has("href=\"/join/1/mentee\"");
    public.assert_has("href=\"/join/1/mentor\"");
    let form = phone.get("/join/1/mentee").await;
    form.assert_has("name=\"consents\" value=\"participation\"");
    let done = submit(&phone, "/join/1/mentee", "/join/1/mentee", &newcomer("Rania", "+33 6 11 22 33 44")).await;
    assert_eq!(done.status, 200, "{}", done.body);
    done.assert_has(&m4m_web::i18n::Tr::for_code("ar").t("reg-thanks-text"));

    let people = app.store.programme_participants(1).await.unwrap();
    let rania = people.iter().find(|p| p.first_name == "Rania").expect("registered");
    assert_eq!(rania.status, Status::Registered);
    assert_eq!(rania.language, "ar");
    assert_eq!(rania.entered_by, None);
    assert_eq!(rania.languages, "ar:native,en:basic");
    assert_eq!(rania.availability, 0b11000);
    assert_eq!(rania.referred_by, Some(1));
    let consents = app.store.consents(rania.id).await.unwrap();
    let purposes: Vec<Purpose> = consents.iter().map(|c| c.purpose).collect();
    assert_eq!(purposes, [Purpose::Participation, Purpose::ContactSms]);
    assert!(consents.iter().all(|c| c.language == "ar" && c.notice_version == 1 && c.recorded_by.is_none()));

    // The coordinator sees her at step 2.
    let coordinator = app.login("coordinator.fr@example.org").await;
    let page = coordinator.get("/programmes/1?lang=en").await;
    page.assert_has(&format!("<a href=\"/people/{}\"><bdi>Rania Al-Masri</bdi></a>", rania.id));
    let record = coordinator.get(&format!("/people/{}?lang=en", rania.id)).await;
    record.assert_has("Registered themselves on");
    record.assert_has("I agree to take part in the programme");
}

#[tokio::test]
async fn registration_without_consent_is_refused_and_keeps_what_was_typed() {
    let app = TestApp::spawn().await;
    let c = app.client();
    let mut fields = newcomer("Samira", "+33 6 99 88 77 66");
    fields.retain(|(k, v)| !(*k == "consents" && v == "participation"));
    let before = app.store.programme_participants(1).await.unwrap().len();
    let r = submit(&c, "/join/1/mentee?lang=en", "/join/1/mentee", &fields).await;
    assert_eq!(r.status, 422);
    r.assert_has("Registration needs your agreement to take part.");
    r.assert_has("value=\"Samira\"");
    r.assert_has("value=\"contact_sms\" checked");
    assert_eq!(app.store.programme_participants(1).await.unwrap().len(), before);
    // No phone and no e-mail: say so.
    let mut unreachable = newcomer("Samira", "");
    unreachable.retain(|(k, _)| *k != "phone");
    let r = submit(&c, "/join/1/mentee?lang=en", "/join/1/mentee", &unreachable).await;
    assert_eq!(r.status, 422);
    r.assert_has("Give a phone number or an e-mail address.");
}

#[tokio::test]
async fn a_draft_programme_has_no_public_page() {
    let app = TestApp::spawn().await;
    let c = app.login("coordinator.fr@example.org").await;
    let r = c
        .post(
            "/programmes/new",
            "/programmes/new",
            &[("name", "Not yet"), ("starts_on", "2027-01-01"), ("ends_on", "2027-06-01"), ("status", "draft")],
        )
        .await;
    let id = r.location().rsplit('/').next().unwrap().to_owned();
    let anon = app.client();
    assert_eq!(anon.get(&format!("/join/{id}")).await.status, 404);
    assert_eq!(anon.get(&format!("/join/{id}/mentee")).await.status, 404);
    assert_eq!(anon.get("/join/1/landlord").await.status, 404);
}

#[tokio::test]
async fn public_registration_is_protected_against_floods() {
    let app = TestApp::spawn().await;
    let c = app.client();
    let csrf = c.get("/join/1/mentee").await.csrf();
    let mut last = 0;
    for _ in 0..11 {
        last = c.post_raw("/join/1/mentee", &[("csrf", &csrf), ("first_name", "")]).await.status;
    }
    assert_eq!(last, 429);
}

#[tokio::test]
async fn a_buddy_registers_in_french_and_is_screened_to_accepted() {
    let app = TestApp::spawn().await;
    let c = app.client();
    let fields = vec![
        ("first_name", "Yasmine".to_owned()),
        ("last_name", "Haddou".into()),
        ("email", "yasmine@example.net".into()),
        ("native_language", "ar".into()),
        ("lang_1", "fr".into()),
        ("level_1", "fluent".into()),
        ("areas", "administration".into()),
        ("motivation", "Je suis arrivée en 2016, je veux aider à mon tour.".into()),
        ("birth_year", "1988".into()),
        ("gender", "woman".into()),
        ("consents", "participation".into()),
        ("consents", "contact_email".into()),
    ];
    let r = submit(&c, "/join/1/mentor?lang=fr", "/join/1/mentor", &fields).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let y = app.store.programme_participants(1).await.unwrap().into_iter().find(|p| p.first_name == "Yasmine").unwrap();
    assert_eq!(y.status, Status::Applied);
    assert_eq!(y.language, "fr");

    let coordinator = app.login("coordinator.fr@example.org").await;
    let path = format!("/people/{}", y.id);
    let status = format!("{path}/status");
    // Straight to accepted is not allowed; declining needs a reason.
    let jump = coordinator.post(&path, &status, &[("status", "accepted")]).await;
    assert_eq!(jump.status, 422);
    let decline =
        coordinator.post(&path, &format!("{status}?lang=en"), &[("status", "declined"), ("reason", " ")]).await;
    assert_eq!(decline.status, 422);
    decline.assert_has("Give a reason.");
    for next in ["interview", "references_checked", "accepted"] {
        let r = coordinator.post(&path, &status, &[("status", next), ("reason", "")]).await;
        assert_eq!(r.status, 303, "{next}: {}", r.body);
    }
    let y = app.store.participant(y.id).await.unwrap().unwrap();
    assert_eq!(y.status, Status::Accepted);
    assert_eq!(y.step, 3);
    let history = app.store.status_history(y.id).await.unwrap();
    assert_eq!(
        history.iter().map(|h| h.to.as_str()).collect::<Vec<_>>(),
        ["applied", "interview", "references_checked", "accepted"]
    );
    assert_eq!(history[3].by.as_deref(), Some("Claire Dubois"));
    let page = coordinator.get(&format!("{path}?lang=en")).await;
    page.assert_has("Accepted");
    page.assert_has("value=\"training\"");
    // Every move is in the audit trail.
    let audit = app.store.audit_for(&format!("participant:{}", y.id), 10).await.unwrap();
    assert_eq!(audit.iter().filter(|a| a.action == "participant.status").count(), 3);
}

#[tokio::test]
async fn staff_register_a_newcomer_on_their_behalf() {
    let app = TestApp::spawn().await;
    let c = app.login("coordinator.fr@example.org").await;
    let r =
        submit(&c, "/programmes/1/register/mentee", "/programmes/1/register/mentee", &newcomer("Bilal", "0611223344"))
            .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let id: i64 = r.location().rsplit('/').next().unwrap().parse().unwrap();
    let p = app.store.participant(id).await.unwrap().unwrap();
    assert!(p.entered_by.is_some());
    let consents = app.store.consents(id).await.unwrap();
    assert_eq!(consents[0].recorded_by.as_deref(), Some("Claire Dubois"));
    c.get(&format!("/people/{id}?lang=en")).await.assert_has("Registered by staff on");
    // Nobody else may.
    let buddy = app.login("buddy1.fr@example.org").await;
    assert_eq!(buddy.get("/programmes/1/register/mentee").await.status, 403);
    let greek = app.login("coordinator.gr@example.org").await;
    assert_eq!(greek.get("/programmes/1/register/mentee").await.status, 404);
}

#[tokio::test]
async fn records_are_closed_to_buddies_and_other_organisations() {
    let app = TestApp::spawn().await;
    let someone = app.store.programme_participants(1).await.unwrap()[4].id;
    for email in
        ["buddy1.fr@example.org", "coordinator.gr@example.org", "admin@example.org", "newcomer2.fr@example.org"]
    {
        let c = app.login(email).await;
        let r = c.get(&format!("/people/{someone}")).await;
        assert!(r.status == 404 || r.status == 403, "{email}: {}", r.status);
        r.assert_lacks("Tesfaye");
        for path in ["/programmes/1/duplicates", "/programmes/1/people.csv", "/programmes/1/import"] {
            let r = c.get(path).await;
            assert!(r.status == 404 || r.status == 403, "{email} {path}");
        }
        let forged =
            c.post("/home", &format!("/people/{someone}/status"), &[("status", "withdrawn"), ("reason", "x")]).await;
        assert!(forged.status == 404 || forged.status == 403, "{email}");
    }
    let still = app.store.participant(someone).await.unwrap().unwrap();
    assert_ne!(still.status, Status::Withdrawn);
}

#[tokio::test]
async fn duplicates_are_shown_and_merged_or_kept_apart() {
    let app = TestApp::spawn().await;
    let anon = app.client();
    // The same person twice (same phone written differently), and a third.
    submit(&anon, "/join/1/mentee", "/join/1/mentee", &newcomer("Huda", "+33 6 55 44 33 22")).await;
    submit(&anon, "/join/1/mentee", "/join/1/mentee", &newcomer("Houda", "06.55.44.33.22")).await;
    let c = app.login("coordinator.fr@example.org").await;
    let page = c.get("/programmes/1/duplicates?lang=en").await;
    page.assert_has("same phone");
    page.assert_has("Huda Al-Masri");
    page.assert_has("Houda Al-Masri");
    let people = app.store.programme_participants(1).await.unwrap();
    let huda = people.iter().find(|p| p.first_name == "Huda").unwrap().id;
    let houda = people.iter().find(|p| p.first_name == "Houda").unwrap().id;
    let merged = c
        .post(
            "/programmes/1/duplicates",
            "/people/merge",
            &[("keep", &huda.to_string()), ("other", &houda.to_string()), ("programme", "1")],
        )
        .await;
    assert_eq!(merged.status, 303);
    assert!(app.store.participant(houda).await.unwrap().is_none());
    assert_eq!(app.store.consents(huda).await.unwrap().len(), 4, "the consents of both records");
    c.get("/programmes/1/duplicates?lang=en").await.assert_lacks("Houda");

    // Two records kept apart stay apart.
    submit(&anon, "/join/1/mentee", "/join/1/mentee", &newcomer("Huda", "+33 7 00 00 00 01")).await;
    let dup = app.store.possible_duplicates(1).await.unwrap();
    assert_eq!(dup.len(), 1, "same name and year of birth");
    let kept = c
        .post(
            "/programmes/1/duplicates",
            "/people/keep-apart",
            &[("keep", &dup[0].a.to_string()), ("other", &dup[0].b.to_string()), ("programme", "1")],
        )
        .await;
    assert_eq!(kept.status, 303);
    assert!(app.store.possible_duplicates(1).await.unwrap().is_empty());
}

#[tokio::test]
async fn the_export_opens_safely_in_a_spreadsheet() {
    let app = TestApp::spawn().await;
    let anon = app.client();
    let mut fields = newcomer("=HYPERLINK(\"http://evil\")", "+33 6 12 12 12 12");
    fields[1] = ("last_name", "@SUM(A1)".into());
    let r = submit(&anon, "/join/1/mentee", "/join/1/mentee", &fields).await;
    assert_eq!(r.status, 200);
    let c = app.login("coordinator.fr@example.org").await;
    let csv = c.http.get(format!("{}/programmes/1/people.csv", app.base)).send().await.unwrap();
    assert_eq!(csv.status(), 200);
    assert!(csv.headers()["content-type"].to_str().unwrap().starts_with("text/csv"));
    assert!(csv.headers()["content-disposition"].to_str().unwrap().starts_with("attachment"));
    let bytes = csv.bytes().await.unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "UTF-8 with a byte-order mark");
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    // For the French coordinator's spreadsheet: French headings, `;`.
    assert!(text.starts_with("Numéro;Binôme ou nouvel arrivant;Statut;Étape;Prénom;Nom;E-mail;Téléphone"), "{text}");
    assert!(text.contains("'=HYPERLINK"), "{text}");
    assert!(text.contains("'@SUM(A1)"));
    assert!(text.contains(";+33 6 12 12 12 12;"), "the phone number stays dialable: {text}");
    assert!(!text.contains(";=HYPERLINK"));
    assert!(text.contains("Amal"));
    assert!(!text.contains("Olena"), "only this programme");
    // For tools: the stable codes and `,`.
    let codes = c.get("/programmes/1/people.csv?codes=1").await;
    assert!(
        codes.body.trim_start_matches('\u{feff}').starts_with("id,kind,status,step,first_name,last_name,email,phone")
    );
    assert!(codes.body.contains(",+33 6 12 12 12 12,"));
    // The French export imports back: its headings are recognised.
    let page = upload_bytes(&c, &bytes, "fr").await;
    assert_eq!(page.status, 200, "{}", page.body);
    let mapped = import_fields(&page);
    let column = |f: &str| mapped.iter().find(|(k, _)| k == f).map(|(_, v)| v.clone());
    assert_eq!(column("map_first_name").as_deref(), Some("4"), "Prénom");
    assert_eq!(column("map_phone").as_deref(), Some("7"), "Téléphone");
    assert_eq!(column("map_arrival_date").as_deref(), Some("12"), "Date d'arrivée");
}

async fn upload(c: &Client, csv: &str) -> crate::support::Page {
    upload_bytes(c, csv.as_bytes(), "en").await
}

/// Uploads a file as the import form does: the token in a field of the
/// form, not in the address.
pub(crate) async fn upload_bytes(c: &Client, bytes: &[u8], lang: &str) -> crate::support::Page {
    let start = c.get("/programmes/1/import").await;
    assert!(!start.body.contains("import?csrf="), "the token stays out of the address");
    let form = reqwest::multipart::Form::new()
        .text("csrf", start.csrf())
        .text("kind", "mentee")
        .part("file", reqwest::multipart::Part::bytes(bytes.to_vec()).file_name("people.csv"));
    let r = c.http.post(format!("{}/programmes/1/import?lang={lang}", c.base)).multipart(form).send().await.unwrap();
    let status = r.status().as_u16();
    let headers = r.headers().clone();
    crate::support::Page { status, headers, body: r.text().await.unwrap() }
}

/// The hidden fields of the import form, to send back as a browser does.
pub(crate) fn import_fields(page: &crate::support::Page) -> Vec<(String, String)> {
    let mut fields = vec![("csrf".to_owned(), page.csrf()), ("kind".to_owned(), "mentee".to_owned())];
    let start = page.body.find("<textarea name=\"csv\"").unwrap();
    let open = page.body[start..].find('>').unwrap() + start + 1;
    let close = page.body[open..].find("</textarea>").unwrap() + open;
    let csv = page.body[open..close]
        .replace("&#34;", "\"")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
        .replace("&#38;", "&");
    fields.push(("csv".to_owned(), csv));
    let mut rest = page.body.as_str();
    while let Some(at) = rest.find("name=\"map_") {
        let name_end = rest[at + 6..].find('"').unwrap() + at + 6;
        let name = rest[at + 6..name_end].to_owned();
        let selected = rest[name_end..].find("selected").unwrap() + name_end;
        let value_at = rest[..selected].rfind("value=\"").unwrap() + 7;
        let value_end = rest[value_at..].find('"').unwrap() + value_at;
        fields.push((name, rest[value_at..value_end].to_owned()));
        rest = &rest[name_end..];
    }
    fields
}

#[tokio::test]
async fn a_spreadsheet_is_imported_all_or_nothing_and_only_once() {
    let app = TestApp::spawn().await;
    let c = app.login("coordinator.fr@example.org").await;
    let csv = "\u{FEFF}Prénom;Nom;Téléphone;Langue maternelle;Année de naissance\n\
               Ahmed;Karimi;0612000001;prs;1990\n\
               Sara;Tesfay;0612000002;ti;1999\n\
               Olga;Petrenko;0612000003;uk;1975\n";
    let mapping = upload(&c, csv).await;
    assert_eq!(mapping.status, 200, "{}", mapping.body);
    mapping.assert_has("Which column holds what?");
    let fields = import_fields(&mapping);
    let as_ref = |f: &Vec<(String, String)>| f.iter().map(|(k, v)| (k.clone(), v.clone())).collect::<Vec<_>>();
    let preview = c
        .http
        .post(format!("{}/programmes/1/import/preview?lang=en", app.base))
        .form(&as_ref(&fields))
        .send()
        .await
        .unwrap();
    let preview = preview.text().await.unwrap();
    assert_eq!(preview.matches(">ready<").count(), 3, "{preview}");
    assert!(preview.contains("Import 3 people"));
    let before = app.store.programme_participants(1).await.unwrap().len();
    // Without the consent confirmation nothing is imported.
    let refused = c
        .http
        .post(format!("{}/programmes/1/import/commit?lang=en", app.base))
        .form(&as_ref(&fields))
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), 422);
    assert_eq!(app.store.programme_participants(1).await.unwrap().len(), before);
    let mut confirmed = as_ref(&fields);
    confirmed.push(("consent".into(), "yes".into()));
    let done = c.http.post(format!("{}/programmes/1/import/commit", app.base)).form(&confirmed).send().await.unwrap();
    assert_eq!(done.status(), 303);
    assert_eq!(done.headers()["location"], "/programmes/1?imported=3&skipped=0");
    assert_eq!(app.store.programme_participants(1).await.unwrap().len(), before + 3);
    c.get("/programmes/1?imported=3&skipped=0&lang=en").await.assert_has("3 people imported, 0 already registered.");
    // The same file again: nothing new.
    let again = c.http.post(format!("{}/programmes/1/import/commit", app.base)).form(&confirmed).send().await.unwrap();
    assert_eq!(again.headers()["location"], "/programmes/1?imported=0&skipped=3");
    assert_eq!(app.store.programme_participants(1).await.unwrap().len(), before + 3);
}

#[tokio::test]
async fn an_import_with_a_wrong_row_imports_nothing() {
    let app = TestApp::spawn().await;
    let c = app.login("coordinator.fr@example.org").await;
    let csv = "first name,phone,native language\nAli,0613000001,ar\n,0613000002,ar\nNour,not a phone,arabic\n";
    let mapping = upload(&c, csv).await;
    let mut fields = import_fields(&mapping);
    fields.push(("consent".into(), "yes".into()));
    let before = app.store.programme_participants(1).await.unwrap().len();
    let r = c.http.post(format!("{}/programmes/1/import/commit?lang=en", app.base)).form(&fields).send().await.unwrap();
    assert_eq!(r.status(), 422);
    let body = r.text().await.unwrap();
    assert!(body.contains("Nothing was imported"), "{body}");
    assert_eq!(body.matches("class=\"row-error\"").count(), 2);
    assert_eq!(app.store.programme_participants(1).await.unwrap().len(), before);
    // A file that is not text is refused with a message.
    let bad = upload_bytes(&c, &[0x00, 0x01, 0xff, 0xfe, 0x00, 0x41], "en").await;
    assert_eq!(bad.status, 415);
    bad.assert_has("not a spreadsheet saved as text");
    // And an upload without the token is refused.
    let form = reqwest::multipart::Form::new().part("file", reqwest::multipart::Part::bytes(b"a\n1\n".to_vec()));
    let forged = c.http.post(format!("{}/programmes/1/import", app.base)).multipart(form).send().await.unwrap();
    assert_eq!(forged.status(), 403);
}

/// Files that would have taken the server down are refused at once with
/// what to do: a header of thousands of columns (the mapping page grew
/// with their square), and more people than one import takes.
#[tokio::test]
async fn an_import_too_wide_or_too_long_is_refused_with_what_to_do() {
    let app = TestApp::spawn().await;
    let c = app.login("coordinator.fr@example.org").await;
    let wide = format!("{}\n{}\n", vec!["a"; 5_000].join(","), vec!["1"; 5_000].join(","));
    let r = upload(&c, &wide).await;
    assert_eq!(r.status, 422);
    r.assert_has("This file has more than 200 columns");
    assert!(r.body.len() < 20_000, "the refusal is a small page, not a mapping of 5,000 columns");
    let mut long = String::from("first_name,last_name,birth_year\n");
    for i in 0..20_001 {
        long.push_str(&format!("Person{i},Family{i},1990\n"));
    }
    let r = upload(&c, &long).await;
    assert_eq!(r.status, 422);
    r.assert_has("This file has more than 20,000 people");
    // At the limit, the whole file is checked and counted.
    let mut ok = String::from("first_name,last_name,phone,native_language,birth_year\n");
    for i in 0..20_000 {
        ok.push_str(&format!("Person{i},Family{i},+33 6 12 {i:06},ar,1990\n"));
    }
    let mapping = upload(&c, &ok).await;
    assert_eq!(mapping.status, 200);
    let fields = import_fields(&mapping);
    let form: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let preview = c.post_raw("/programmes/1/import/preview?lang=en", &form).await;
    assert_eq!(preview.status, 200);
    let button = preview
        .body
        .split("class=\"primary\">Import ")
        .nth(1)
        .unwrap_or_default()
        .split(" people")
        .next()
        .unwrap_or_default()
        .to_owned();
    assert!(
        !preview.body.contains("row-error"),
        "{}",
        &preview.body[preview.body.find("row-error").unwrap_or(0)..][..600.min(preview.body.len())]
    );
    assert_eq!(button.replace(|c: char| !c.is_ascii_digit(), ""), "20000", "{button}");
    // A commit writes them all; someone else's write meanwhile waits for
    // it and succeeds (2,000 rows here, for the suite's time on
    // PostgreSQL; the 20,000-row figures are in docs/BENCHMARKS.md).
    let mut part = String::from("first_name,last_name,phone,native_language,birth_year\n");
    for i in 0..2_000 {
        part.push_str(&format!("Person{i},Family{i},+33 6 12 {i:06},ar,1990\n"));
    }
    let fields = import_fields(&upload(&c, &part).await);
    let mut commit: Vec<(String, String)> = fields.clone();
    commit.push(("consent".into(), "yes".into()));
    let importer = c.http.clone();
    let url = format!("{}/programmes/1/import/commit", c.base);
    let import = tokio::spawn(async move { importer.post(url).form(&commit).send().await.unwrap().status().as_u16() });
    // The rows are checked again first, then written.
    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    let other = app.login("coordinator.fr@example.org").await;
    let pair = crate::support::one(
        &mut app.raw().await,
        "SELECT p.id FROM pairs p JOIN participants m ON m.id = p.mentee_id WHERE m.first_name = 'Amal'",
    )
    .await;
    let path = format!("/pairs/{pair}/contacts");
    let today = time::OffsetDateTime::now_utc().date().to_string();
    let r = other.post(&path, &path, &[("kind", "call"), ("on", &today), ("note", "During the import")]).await;
    assert_eq!(r.status, 303, "a write during the import: {}", r.body);
    assert_eq!(import.await.unwrap(), 303);
    let imported = crate::support::one(
        &mut app.raw().await,
        "SELECT COUNT(*) FROM participants WHERE first_name LIKE 'Person%' AND programme_id = 1",
    )
    .await;
    assert_eq!(imported, 2_000);
    // Each imported person has their consent and first status on record,
    // and the audit chain holds across the lines written together.
    let mut raw = app.raw().await;
    let first_statuses = crate::support::one(
        &mut raw,
        "SELECT COUNT(*) FROM status_changes s JOIN participants p ON p.id = s.participant_id \
         WHERE p.first_name LIKE 'Person%' AND s.from_status = '' AND s.to_status = 'registered'",
    )
    .await;
    assert_eq!(first_statuses, 2_000);
    let registered = crate::support::one(
        &mut raw,
        "SELECT COUNT(*) FROM audit_log a JOIN participants p ON a.subject = 'participant:' || p.id \
         WHERE p.first_name LIKE 'Person%' AND a.action = 'participant.register'",
    )
    .await;
    assert_eq!(registered, 2_000);
    match app.store.verify_audit().await.unwrap() {
        m4m_store::audit::Verdict::Intact { .. } => {}
        broken => panic!("the audit chain after an import: {broken:?}"),
    }
}

/// A list as Excel saves it in France: Windows-1252, `;`, CRLF, dates as
/// dd/mm/yyyy, languages by their French names, a formula cell and a
/// person twice.
fn excel_fr(formula: &str) -> Vec<u8> {
    let text = format!(
        "Prénom;Nom;Courriel;Téléphone;Langue maternelle;Autres langues;Date d'arrivée;Année de naissance\r\n\
         Hélène;Lefèvre;helene.lefevre@example.org;06 12 00 00 01;arabe;français anglais;15/03/2026;1990\r\n\
         François;Dubœuf;francois@example.org;{formula};Dari;fr:basic;01/02/2026;1985\r\n\
         Hélène;Lefèvre;helene.lefevre@example.org;06 12 00 00 01;arabe;français anglais;15/03/2026;1990\r\n"
    );
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&text);
    assert!(!unmappable);
    bytes.into_owned()
}

pub(crate) fn preview_form(fields: &[(String, String)]) -> Vec<(&str, &str)> {
    fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect()
}

#[tokio::test]
async fn an_excel_file_from_france_is_read_checked_and_imported() {
    let app = TestApp::spawn().await;
    let c = app.login("coordinator.fr@example.org").await;
    let before = app.store.programme_participants(1).await.unwrap().len();
    // With a formula in a cell: every problem shown, nothing imported.
    let mapping =
        upload_bytes(&c, &excel_fr("\"=HYPERLINK(\"\"http://evil.example\"\";\"\"appelez\"\")\""), "fr").await;
    assert_eq!(mapping.status, 200, "{}", mapping.body);
    mapping.assert_has("<option value=\"windows-1252\" selected>");
    mapping.assert_has("Hélène");
    let mut fields = import_fields(&mapping);
    let preview = c.post_raw("/programmes/1/import/preview?lang=fr", &preview_form(&fields)).await;
    assert_eq!(preview.status, 200);
    preview.assert_has("Téléphone");
    preview.assert_has("cette cellule contient une formule");
    preview.assert_lacks("phone:");
    assert_eq!(preview.body.matches("class=\"row-error\"").count(), 1, "{}", preview.body);
    preview.assert_has("<td>3</td>");
    fields.push(("consent".into(), "yes".into()));
    let refused = c.post_raw("/programmes/1/import/commit?lang=fr", &preview_form(&fields)).await;
    assert_eq!(refused.status, 422);
    assert_eq!(app.store.programme_participants(1).await.unwrap().len(), before);
    // Fixed: two people, the second Hélène skipped, dates and languages
    // read, accents kept.
    let mapping = upload_bytes(&c, &excel_fr("+33 6 12 00 00 02"), "fr").await;
    let mut fields = import_fields(&mapping);
    let preview = c.post_raw("/programmes/1/import/preview?lang=en", &preview_form(&fields)).await;
    assert_eq!(preview.body.matches(">ready<").count(), 2, "{}", preview.body);
    fields.push(("consent".into(), "yes".into()));
    let done = c.post_raw("/programmes/1/import/commit", &preview_form(&fields)).await;
    assert_eq!(done.status, 303, "{}", done.body);
    assert_eq!(done.headers["location"], "/programmes/1?imported=2&skipped=1");
    let people = app.store.programme_participants(1).await.unwrap();
    assert_eq!(people.len(), before + 2);
    let helene = people.iter().find(|p| p.first_name == "Hélène").expect("accents read from Windows-1252");
    assert_eq!((helene.last_name.as_str(), helene.arrival_date.as_str()), ("Lefèvre", "2026-03-15"));
    assert_eq!(helene.native_language, "ar");
    assert!(helene.languages.contains("fr:") && helene.languages.contains("en:"), "{}", helene.languages);
    let francois = people.iter().find(|p| p.last_name == "Dubœuf").unwrap();
    assert_eq!((francois.native_language.as_str(), francois.arrival_date.as_str()), ("prs", "2026-02-01"));
}

#[tokio::test]
async fn a_wrong_encoding_guess_is_corrected_in_the_preview() {
    let app = TestApp::spawn().await;
    let c = app.login("coordinator.fr@example.org").await;
    let mapping = upload(&c, "first name\tlast name\tphone\tnative language\nHélène\tLefèvre\t0612000009\tar\n").await;
    mapping.assert_has("<option value=\"UTF-8\" selected>");
    let mut fields = import_fields(&mapping);
    // Read as Windows-1252, the UTF-8 bytes give mojibake…
    fields.push(("decoded_as".into(), "UTF-8".into()));
    fields.push(("encoding".into(), "windows-1252".into()));
    let wrong = c.post_raw("/programmes/1/import/preview?lang=en", &preview_form(&fields)).await;
    wrong.assert_has("HÃ©lÃ¨ne");
    wrong.assert_has("<option value=\"windows-1252\" selected>");
    // …and read back as UTF-8 the names are right again.
    let mut fields = import_fields(&wrong);
    fields.push(("decoded_as".into(), "windows-1252".into()));
    fields.push(("encoding".into(), "UTF-8".into()));
    let right = c.post_raw("/programmes/1/import/preview?lang=en", &preview_form(&fields)).await;
    right.assert_has("Hélène");
    assert_eq!(right.body.matches(">ready<").count(), 1, "{}", right.body);
}

#[tokio::test]
async fn files_that_are_not_lists_get_a_clear_answer_and_import_nothing() {
    let app = TestApp::spawn().await;
    let c = app.login("coordinator.fr@example.org").await;
    let before = app.store.programme_participants(1).await.unwrap().len();
    let refusals: [(&[u8], u16, &str); 6] = [
        (b"%PDF-1.4\n\x00\x01\x02binary", 415, "not a spreadsheet saved as text"),
        (b"PK\x03\x04\x14\x00\x06\x00", 415, "cannot be read as an Excel workbook (.xlsx)"),
        (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 415, "older Excel workbook (.xls)"),
        (b"", 422, "holds no line to import"),
        (b"\xEF\xBB\xBF\r\n", 422, "holds no line to import"),
        (b"name;phone\r\n\x81\x9D\x8D;\x90\x8F\r\n", 415, "not a spreadsheet saved as text"),
    ];
    for (bytes, status, message) in refusals {
        let r = upload_bytes(&c, bytes, "en").await;
        assert_eq!(r.status, status, "{bytes:?}: {}", r.body);
        r.assert_has(message);
    }
    // 50 MB: refused before it is read.
    let csrf = c.get("/programmes/1/import").await.csrf();
    let big = vec![b'a'; 50 * 1024 * 1024];
    let form = reqwest::multipart::Form::new()
        .text("csrf", csrf)
        .part("file", reqwest::multipart::Part::bytes(big).file_name("big.csv"));
    if let Ok(r) = c.http.post(format!("{}/programmes/1/import", c.base)).multipart(form).send().await {
        assert_eq!(r.status(), 413);
    }
    // Formula cells and a byte-order mark inside the file: each shown on
    // its row and column, nothing imported.
    let csv = "first name,last name,phone,native language,area\n\
               Ana,=HYPERLINK(\"http://x\"),0612000011,ar,Lille\n\
               Ben,Ali,0612000012,@SUM(1),Lille\n\
               Cid,Ali,+cmd|' /C calc'!A0,ar,Lille\n\
               \u{FEFF}Dan,Ali,0612000014,ar,Lille\n\
               Eve,Ali,+33 6 12 00 00 15,ar,-\n";
    let mapping = upload(&c, csv).await;
    let mut fields = import_fields(&mapping);
    fields.push(("consent".into(), "yes".into()));
    let r = c.post_raw("/programmes/1/import/commit?lang=en", &preview_form(&fields)).await;
    assert_eq!(r.status, 422);
    assert_eq!(r.body.matches("class=\"row-error\"").count(), 4, "{}", r.body);
    assert_eq!(r.body.matches("this cell holds a formula").count(), 3);
    r.assert_has("byte-order mark");
    r.assert_has("last name");
    assert_eq!(app.store.programme_participants(1).await.unwrap().len(), before);
}

/// Where the country's order of day and month is not known, a date such
/// as 03/04/2026 is flagged on its row, not guessed; 25/04/2026 is read.
#[tokio::test]
async fn an_ambiguous_date_is_flagged_where_the_country_does_not_say() {
    use m4m_domain::account::Email;
    use m4m_domain::organisation::NewOrganisation;
    use m4m_domain::programme::{NewProgramme, ProgrammeForm};
    let app = TestApp::spawn().await;
    let org = NewOrganisation::parse("Hilfe Berlin", "DE", "de,en", "").unwrap();
    let org = app.store.create_organisation(None, &org).await.unwrap();
    let email = Email::parse("koordination@example.org").unwrap();
    let hash = m4m_domain::account::password::hash(crate::support::PASSWORD);
    let who = app
        .store
        .create_user(None, &email, "Kim Koordination", &hash, m4m_domain::Role::Coordinator, Some(org))
        .await
        .unwrap();
    let form = ProgrammeForm {
        name: "Berlin 2026",
        languages: "de,en",
        starts_on: "2026-01-01",
        ends_on: "2027-12-31",
        target_mentors: "10",
        target_mentees: "10",
        status: "running",
        ..Default::default()
    };
    let p = app.store.create_programme(who, org, &NewProgramme::parse(&form).unwrap()).await.unwrap();
    let c = app.login("koordination@example.org").await;
    let start = c.get(&format!("/programmes/{p}/import")).await;
    let csv = "first name,last name,phone,native language,arrival date\n\
               Ana,Ali,0612000021,ar,03/04/2026\n\
               Ben,Ali,0612000022,ar,25/04/2026\n";
    let form = reqwest::multipart::Form::new()
        .text("csrf", start.csrf())
        .text("kind", "mentee")
        .part("file", reqwest::multipart::Part::bytes(csv.as_bytes().to_vec()).file_name("people.csv"));
    let r = c.http.post(format!("{}/programmes/{p}/import?lang=de", c.base)).multipart(form).send().await.unwrap();
    let body = r.text().await.unwrap();
    let mapping = crate::support::Page { status: 200, headers: Default::default(), body };
    let fields = import_fields(&mapping);
    let preview = c.post_raw(&format!("/programmes/{p}/import/preview?lang=de"), &preview_form(&fields)).await;
    assert_eq!(preview.status, 200, "{}", preview.body);
    assert_eq!(preview.body.matches("class=\"row-error\"").count(), 1, "{}", preview.body);
    preview.assert_has("arrival date");
    preview.assert_has("dieses Datum lässt sich auf zwei Arten lesen");
    assert_eq!(preview.body.matches(">bereit<").count() + preview.body.matches(">ready<").count(), 1);
}

/// The rules of possible duplicates as they were first written, a join of
/// the table with itself: the reference the store's grouping must match.
async fn duplicates_by_join(raw: &mut sqlx::AnyConnection, organisation: i64) -> Vec<(i64, i64, String)> {
    use sqlx::Row;
    let scope = format!(
        "SELECT p.id FROM participants p JOIN programmes g ON g.id = p.programme_id WHERE g.organisation_id = {organisation}"
    );
    let rows = sqlx::query(&format!(
        "SELECT a.id AS a_id, b.id AS b_id, 'email' AS reason FROM participants a JOIN participants b ON b.email = a.email AND b.id > a.id \
           WHERE a.email <> '' AND a.id IN ({scope}) AND b.id IN ({scope}) \
         UNION SELECT a.id, b.id, 'phone' FROM participants a JOIN participants b ON b.phone_key = a.phone_key AND b.id > a.id \
           WHERE a.phone_key <> '' AND a.id IN ({scope}) AND b.id IN ({scope}) \
         UNION SELECT a.id, b.id, 'name' FROM participants a JOIN participants b ON b.name_key = a.name_key \
           AND b.birth_year = a.birth_year AND b.id > a.id \
           WHERE a.name_key <> '' AND a.id IN ({scope}) AND b.id IN ({scope})"
    ))
    .fetch_all(raw)
    .await
    .unwrap();
    let mut found: std::collections::BTreeMap<(i64, i64), Vec<String>> = Default::default();
    for r in rows {
        found.entry((r.get("a_id"), r.get("b_id"))).or_default().push(r.get("reason"));
    }
    let order = |r: &String| ["email", "phone", "name"].iter().position(|x| x == r);
    found
        .into_iter()
        .map(|((a, b), mut reasons)| {
            reasons.sort_by_key(order);
            (a, b, reasons.join(","))
        })
        .collect()
}

#[tokio::test]
async fn many_duplicates_are_found_as_the_rules_say_and_shown_a_page_at_a_time() {
    let app = TestApp::spawn().await;
    let mut raw = app.raw().await;
    // Copies of the demo's people of both organisations, each sharing one
    // key with its original (e-mail, phone, or name and year of birth),
    // and twelve people of the French programme on one phone number.
    for (keep, blank) in [
        ("email", "phone = '', phone_key = '', name_key = 'e' || id"),
        ("phone_key", "email = '', name_key = 'p' || id"),
        ("name_key", "email = '', phone_key = ''"),
    ] {
        let before = one(&mut raw, "SELECT COALESCE(MAX(id), 0) FROM participants").await;
        exec(
            &mut raw,
            &format!(
                "INSERT INTO participants (programme_id, kind, first_name, last_name, email, phone, step, status, name_key, \
                 phone_key, search_key, birth_year, created_at) \
                 SELECT programme_id, kind, first_name, last_name, email, phone, step, status, name_key, phone_key, search_key, \
                 COALESCE(birth_year, 1990), created_at FROM participants WHERE {keep} <> '' AND id <= {before}"
            ),
        )
        .await;
        exec(&mut raw, &format!("UPDATE participants SET {blank} WHERE id > {before}")).await;
    }
    exec(
        &mut raw,
        "UPDATE participants SET phone_key = '612345678' WHERE id IN \
         (SELECT id FROM participants WHERE programme_id = 1 ORDER BY id LIMIT 12)",
    )
    .await;
    for organisation in [1, 2] {
        let reference = duplicates_by_join(&mut raw, organisation).await;
        let found: Vec<(i64, i64, String)> = app
            .store
            .possible_duplicates(organisation)
            .await
            .unwrap()
            .into_iter()
            .map(|d| (d.a, d.b, d.reasons.iter().map(|r| r.as_str()).collect::<Vec<_>>().join(",")))
            .collect();
        assert!(reference.len() > 20, "the fixture makes duplicates in organisation {organisation}");
        assert_eq!(found, reference, "organisation {organisation}: the same pairs and reasons as the rules");
    }
    let total = app.store.possible_duplicates(1).await.unwrap().len();
    assert!(total > 100, "more than two pages: {total}");
    let c = app.login("coordinator.fr@example.org").await;
    c.get("/programmes/1/duplicates?lang=en").await.assert_has(&format!("Possible duplicates 1–50 of {total}"));
    let second = c.get("/programmes/1/duplicates?lang=en&page=2").await;
    second.assert_has(&format!("Possible duplicates 51–100 of {total}"));
    second.assert_has("?page=1");
    second.assert_has("?page=3");
    let last = (total - 1) / 50 * 50;
    c.get("/programmes/1/duplicates?lang=en&page=999")
        .await
        .assert_has(&format!("Possible duplicates {}–{total} of {total}", last + 1));
}

/// The right to rectification: a coordinator corrects what registration
/// recorded (a phone number typed wrong, a name), checked as the form
/// checks it; the search finds the corrected record; the consents are not
/// on this form and stay as they were.
#[tokio::test]
async fn a_coordinator_corrects_a_persons_details_and_the_search_follows() {
    let app = TestApp::spawn().await;
    let c = app.login("coordinator.fr@example.org").await;
    let registered = submit(
        &c,
        "/programmes/1/register/mentee",
        "/programmes/1/register/mentee",
        &newcomer("Rania", "+33 6 12 34 56 78"),
    )
    .await;
    assert_eq!(registered.status, 303, "{}", registered.body);
    let id: i64 = registered.location().trim_start_matches("/people/").parse().unwrap();
    let (page, action) = (format!("/people/{id}/edit"), format!("/people/{id}/edit"));
    let form = c.get(&format!("{page}?lang=en")).await;
    assert_eq!(form.status, 200);
    form.assert_has("Correct the details of Rania Al-Masri");
    form.assert_has("value=\"+33 6 12 34 56 78\"");
    form.assert_has("name=\"areas\" value=\"housing\" checked");
    form.assert_lacks("name=\"consents\"");
    let consents_before = app.store.consents(id).await.unwrap().len();

    // A wrong e-mail: said at its field, everything typed kept, nothing saved.
    let mut fields: Vec<(&'static str, String)> =
        newcomer("Rania", "+33 6 98 76 54 32").into_iter().filter(|(k, _)| *k != "consents").collect();
    fields.push(("email", "rania@".into()));
    let refused = submit(&c, &page, &format!("{action}?lang=en"), &fields).await;
    assert_eq!(refused.status, 422);
    refused.assert_has("value=\"+33 6 98 76 54 32\"");
    refused.assert_has("value=\"rania@\"");
    assert_eq!(app.store.participant(id).await.unwrap().unwrap().phone, "+33 6 12 34 56 78");

    // Corrected: the new number, the new surname, found by both.
    let mut fields: Vec<(&'static str, String)> =
        newcomer("Rania", "+33 6 98 76 54 32").into_iter().filter(|(k, _)| *k != "consents").collect();
    fields.retain(|(k, _)| *k != "last_name");
    fields.push(("last_name", "Al-Masri Haddad".into()));
    let saved = submit(&c, &page, &action, &fields).await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    assert_eq!(saved.location(), format!("/people/{id}?corrected=1"));
    c.get(&format!("/people/{id}?corrected=1&lang=en")).await.assert_has("The details are corrected.");
    let p = app.store.participant(id).await.unwrap().unwrap();
    assert_eq!((p.phone.as_str(), p.last_name.as_str()), ("+33 6 98 76 54 32", "Al-Masri Haddad"));
    assert_eq!(app.store.consents(id).await.unwrap().len(), consents_before, "consents untouched");
    c.get("/programmes/1?q=0698765432&lang=en").await.assert_has("<bdi>Rania Al-Masri Haddad</bdi>");
    c.get("/programmes/1?q=0612345678&lang=en").await.assert_has("Nobody matches this search.");
    let mut raw = app.raw().await;
    let audited =
        format!("SELECT COUNT(*) FROM audit_log WHERE action = 'participant.correct' AND subject = 'participant:{id}'");
    assert_eq!(one(&mut raw, &audited).await, 1);

    // Nobody else corrects it: the Greek coordinator does not see it, a
    // buddy may not.
    let form: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(app.login("coordinator.gr@example.org").await.post("/home", &action, &form).await.status, 404);
    let karim = app.login("buddy1.fr@example.org").await;
    assert!([403, 404].contains(&karim.post("/home", &action, &form).await.status));
    assert_eq!(app.store.participant(id).await.unwrap().unwrap().last_name, "Al-Masri Haddad");
}
