//! Workbooks (`.xlsx`) out and in, over real HTTP: every export read back
//! by calamine (not the library that wrote it) with its headings, its rows
//! and the type of its cells; a workbook made by rust_xlsxwriter (not the
//! library that reads it) imported through the preview; broken workbooks
//! answered with a message, never a 500.

use calamine::{Data, Reader, Xlsx};

use crate::registration::{import_fields, preview_form, upload_bytes};
use crate::support::{Client, TestApp, one};

/// A download's bytes, with its status and content type.
async fn download(c: &Client, path: &str) -> (u16, String, Vec<u8>) {
    let r = c.http.get(format!("{}{path}", c.base)).send().await.unwrap();
    let status = r.status().as_u16();
    let kind = r.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("").to_owned();
    (status, kind, r.bytes().await.unwrap().to_vec())
}

/// The first sheet of a workbook, read by calamine.
fn sheet(bytes: &[u8]) -> Vec<Vec<Data>> {
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(std::io::Cursor::new(bytes.to_vec())).unwrap();
    let range = book.worksheet_range_at(0).unwrap().unwrap();
    range.rows().map(<[Data]>::to_vec).collect()
}

/// The first sheet's XML, for what calamine does not read (frozen panes,
/// autofilter).
fn sheet_xml(bytes: &[u8]) -> String {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec())).unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("xl/worksheets/sheet1.xml").unwrap(), &mut xml).unwrap();
    xml
}

/// A workbook's download as a coordinator gets it: 200, the workbook's
/// type, the header row frozen and filtered; its rows.
async fn workbook(c: &Client, path: &str) -> Vec<Vec<Data>> {
    let (status, kind, bytes) = download(c, path).await;
    assert_eq!(status, 200, "{path}: {}", String::from_utf8_lossy(&bytes));
    assert_eq!(kind, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "{path}");
    let xml = sheet_xml(&bytes);
    assert!(
        xml.contains("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"),
        "{xml}"
    );
    assert!(xml.contains("<autoFilter ref=\"A1:"), "{path}: an autofilter");
    sheet(&bytes)
}

fn headings(rows: &[Vec<Data>]) -> Vec<String> {
    rows[0].iter().map(|d| d.to_string()).collect()
}

/// Every cell of a column below the headings.
fn column(rows: &[Vec<Data>], col: usize) -> Vec<&Data> {
    rows[1..].iter().map(|r| &r[col]).collect()
}

#[tokio::test]
async fn every_list_downloads_as_a_workbook_with_typed_cells() {
    let app = TestApp::spawn().await;
    app.store.load_synthetic(&[1], 120, &|_, _, _| {}).await.unwrap();
    let c = app.login("coordinator.fr@example.org").await;
    let mut raw = app.raw().await;

    // Pairs, with the list's filter, headings in French.
    let closed =
        one(&mut raw, "SELECT COUNT(*) FROM pairs WHERE programme_id = 1 AND status IN ('completed', 'ended_early')")
            .await;
    assert!(closed > 0);
    let page = c.get("/programmes/1/pairs?status=closed&lang=fr").await;
    page.assert_has("href=\"/programmes/1/pairs.xlsx?status=closed\"");
    page.assert_has("Télécharger ces binômes (Excel, .xlsx)");
    let pairs = workbook(&c, "/programmes/1/pairs.xlsx?status=closed&lang=fr").await;
    assert_eq!(
        headings(&pairs),
        [
            "Binôme",
            "Personne accompagnée",
            "Bénévole",
            "État",
            "Proposé le",
            "Commencé le",
            "Clos le",
            "Rencontres tenues",
            "Heures tenues",
            "Dernière rencontre"
        ]
    );
    assert_eq!(pairs.len() as i64 - 1, closed, "every closed pair, not a page");
    assert!(column(&pairs, 0).iter().all(|d| matches!(d, Data::Float(_))), "pair ids are numbers");
    assert!(column(&pairs, 4).iter().all(|d| matches!(d, Data::DateTime(_))), "proposed on: dates");
    assert!(column(&pairs, 6).iter().all(|d| matches!(d, Data::DateTime(_))), "closed on: dates");
    assert!(column(&pairs, 8).iter().all(|d| matches!(d, Data::Float(_))), "hours: numbers");
    assert!(
        column(&pairs, 3).iter().all(|d| matches!(d, Data::String(s) if s == "Terminé" || s == "Arrêté avant terme"))
    );

    // Sessions of all time, for tools: codes, hours as numbers that add up.
    let all = "FROM peer_sessions s JOIN pairs pr ON pr.id = s.pair_id WHERE pr.programme_id = 1";
    let total = one(&mut raw, &format!("SELECT COUNT(*) {all}")).await;
    let minutes = one(&mut raw, &format!("SELECT CAST(COALESCE(SUM(s.duration_minutes), 0) AS BIGINT) {all}")).await;
    let sessions = workbook(&c, "/programmes/1/sessions.xlsx?from=2000-01-01&codes=1").await;
    assert_eq!(
        headings(&sessions),
        ["session", "date", "time", "pair", "newcomer", "buddy", "minutes", "hours", "mode", "status", "confirmed"]
    );
    assert_eq!(sessions.len() as i64 - 1, total);
    assert!(column(&sessions, 1).iter().all(|d| matches!(d, Data::DateTime(dt) if dt.is_datetime())));
    let hours: f64 =
        column(&sessions, 7).iter().map(|d| if let Data::Float(h) = d { *h } else { panic!("{d:?}") }).sum();
    assert!((hours * 60.0 - minutes as f64).abs() < 0.01, "{hours} hours for {minutes} minutes");
    // The same list as CSV has as many rows.
    let csv = c.get("/programmes/1/sessions.csv?from=2000-01-01&codes=1").await;
    assert_eq!(csv.body.trim_start_matches('\u{feff}').lines().count(), sessions.len());

    // The people, as the CSV lists them, headings in French.
    crate::support::exec(&mut raw, "UPDATE participants SET arrival_date = '2026-03-15' WHERE first_name = 'Amal'")
        .await;
    let people = workbook(&c, "/programmes/1/people.xlsx?lang=fr").await;
    let csv = c.get("/programmes/1/people.csv?lang=fr").await;
    let mut reader =
        csv::ReaderBuilder::new().delimiter(b';').from_reader(csv.body.trim_start_matches('\u{feff}').as_bytes());
    let csv_headings: Vec<String> = reader.headers().unwrap().iter().map(str::to_owned).collect();
    assert_eq!(headings(&people), csv_headings);
    assert_eq!(headings(&people)[4], "Prénom");
    assert_eq!(reader.records().count(), people.len() - 1);
    let arrival = csv_headings.iter().position(|h| h == "Date d'arrivée").unwrap();
    assert!(column(&people, arrival).iter().any(|d| matches!(d, Data::DateTime(_))), "arrival dates are dates");
    assert!(column(&people, arrival).iter().all(|d| matches!(d, Data::DateTime(_) | Data::Empty)));
    assert!(column(&people, 21).iter().all(|d| matches!(d, Data::DateTime(_))), "registered at: moments");
    c.get("/programmes/1?lang=fr").await.assert_has("href=\"/programmes/1/people.xlsx\"");

    // A course's learners with their progress.
    let course = one(
        &mut raw,
        "SELECT MIN(c.id) FROM courses c JOIN enrolments e ON e.course_id = c.id WHERE c.organisation_id = 1",
    )
    .await;
    let enrolled = one(&mut raw, &format!("SELECT COUNT(*) FROM enrolments WHERE course_id = {course}")).await;
    c.get(&format!("/training/{course}?lang=en"))
        .await
        .assert_has(&format!("href=\"/training/{course}/progress.xlsx\""));
    let progress = workbook(&c, &format!("/training/{course}/progress.xlsx?lang=en")).await;
    assert_eq!(
        headings(&progress),
        ["Course", "Learner", "Group", "Enrolled on", "Mandatory modules done", "Mandatory modules", "Completed on"]
    );
    assert_eq!(progress.len() as i64 - 1, enrolled);
    assert!(column(&progress, 3).iter().all(|d| matches!(d, Data::DateTime(_))));
    assert!(column(&progress, 4).iter().all(|d| matches!(d, Data::Float(_))));
    assert!(column(&progress, 6).iter().all(|d| matches!(d, Data::DateTime(_) | Data::Empty)));

    // The programme's figures, as the evaluation's CSV gives them.
    let figures = workbook(&c, "/evaluation.xlsx?programme=1&lang=fr").await;
    assert_eq!(headings(&figures), ["Indicateur", "Précision", "Sur", "Valeur", "Masqué (petit groupe)"]);
    let csv = c.get("/evaluation.csv?programme=1").await;
    assert_eq!(csv.body.trim_start_matches('\u{feff}').lines().count(), figures.len());
    assert!(column(&figures, 3).iter().all(|d| matches!(d, Data::Float(_) | Data::Empty)), "values are numbers");
    assert!(column(&figures, 3).iter().any(|d| matches!(d, Data::Float(_))));
    c.get("/evaluation?programme=1&lang=fr").await.assert_has("href=\"/evaluation.xlsx?");

    // Each download audited under its own name.
    for action in [
        "programme.export_pairs_xlsx",
        "programme.export_sessions_xlsx",
        "programme.export_xlsx",
        "course.export_progress_xlsx",
        "evaluation.export_xlsx",
    ] {
        let n = one(&mut raw, &format!("SELECT COUNT(*) FROM audit_log WHERE action = '{action}'")).await;
        assert_eq!(n, 1, "{action}");
    }
}

/// A name that starts like a formula stays text in a workbook: a string
/// cell, never a formula, without the CSV's apostrophe.
#[tokio::test]
async fn a_name_like_a_formula_stays_text_in_a_workbook() {
    let app = TestApp::spawn().await;
    let c = app.login("coordinator.fr@example.org").await;
    let mut raw = app.raw().await;
    crate::support::exec(
        &mut raw,
        "UPDATE participants SET last_name = '=HYPERLINK(\"http://evil.example\",\"x\")' WHERE first_name = 'Amal'",
    )
    .await;
    let (_, _, bytes) = download(&c, "/programmes/1/people.xlsx?codes=1").await;
    let xml = sheet_xml(&bytes);
    assert!(!xml.contains("<f>"), "no formula in the sheet");
    let people = sheet(&bytes);
    assert!(people.iter().any(|r| r[5] == Data::String("=HYPERLINK(\"http://evil.example\",\"x\")".into())));
    // The download is on the access log of each person in it.
    let amal = one(&mut raw, "SELECT MIN(id) FROM participants WHERE first_name = 'Amal'").await;
    let log = c.get(&format!("/people/{amal}/access?lang=en")).await;
    assert_eq!(log.status, 200);
    log.assert_has("list, with this record (Excel, .xlsx)");
}

/// A workbook as a coordinator's spreadsheet makes it: French headings, a
/// date cell, numbers, a formula with its result, a duplicated person and
/// a text that starts a formula.
fn made_workbook(hyperlink: bool) -> Vec<u8> {
    use rust_xlsxwriter::{ExcelDateTime, Format, Formula, Workbook};
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    let date = Format::new().set_num_format("dd/mm/yyyy");
    for (col, h) in
        ["Prénom", "Nom", "Téléphone", "Langue maternelle", "Date d'arrivée", "Année de naissance"].iter().enumerate()
    {
        sheet.write_string(0, col as u16, *h).unwrap();
    }
    let people = [
        ("Awa", "Diallo", "0612000101", "ar", (2026, 3, 15), 1990),
        ("Yusuf", "Karimi", "0612000102", "prs", (2026, 2, 1), 0),
        ("Awa", "Diallo", "0612000101", "ar", (2026, 3, 15), 1990),
        ("Lina", "Haddad", "0612000104", "ar", (2025, 12, 24), 1988),
    ];
    for (i, (first, last, phone, lang, (y, m, d), born)) in people.into_iter().enumerate() {
        let r = i as u32 + 1;
        sheet.write_string(r, 0, first).unwrap();
        sheet.write_string(r, 1, last).unwrap();
        sheet.write_string(r, 2, phone).unwrap();
        sheet.write_string(r, 3, lang).unwrap();
        sheet.write_datetime_with_format(r, 4, ExcelDateTime::from_ymd(y, m, d).unwrap(), &date).unwrap();
        if born == 0 {
            // A year computed by a formula: its result is what is read.
            sheet.write_formula(r, 5, Formula::new("=1980+5").set_result("1985")).unwrap();
        } else {
            sheet.write_number(r, 5, f64::from(born)).unwrap();
        }
    }
    if hyperlink {
        sheet.write_string(4, 1, "=HYPERLINK(\"http://evil.example\",\"appelez\")").unwrap();
    }
    book.save_to_buffer().unwrap()
}

#[tokio::test]
async fn a_workbook_made_by_a_spreadsheet_library_is_previewed_and_imported() {
    let app = TestApp::spawn().await;
    let c = app.login("coordinator.fr@example.org").await;
    let before = app.store.programme_participants(1).await.unwrap().len();

    // A text that starts a formula: shown on its row and column, in the
    // coordinator's language, and nothing imported.
    let mapping = upload_bytes(&c, &made_workbook(true), "fr").await;
    assert_eq!(mapping.status, 200, "{}", mapping.body);
    mapping.assert_lacks("name=\"encoding\"");
    mapping.assert_has("name=\"source\" value=\"xlsx\"");
    let mut fields = import_fields(&mapping);
    fields.push(("source".into(), "xlsx".into()));
    let column = |f: &str| fields.iter().find(|(k, _)| k == f).map(|(_, v)| v.clone());
    assert_eq!(column("map_arrival_date").as_deref(), Some("4"), "Date d'arrivée");
    assert_eq!(column("map_birth_year").as_deref(), Some("5"), "Année de naissance");
    let preview = c.post_raw("/programmes/1/import/preview?lang=fr", &preview_form(&fields)).await;
    assert_eq!(preview.status, 200);
    preview.assert_has("Colonne «\u{a0}Nom\u{a0}»\u{a0}: cette cellule contient une formule");
    assert_eq!(preview.body.matches("class=\"row-error\"").count(), 1, "{}", preview.body);
    preview.assert_has("<tr class=\"row-error\"><td>5</td>");
    fields.push(("consent".into(), "yes".into()));
    let refused = c.post_raw("/programmes/1/import/commit?lang=fr", &preview_form(&fields)).await;
    assert_eq!(refused.status, 422);
    assert_eq!(app.store.programme_participants(1).await.unwrap().len(), before);

    // Fixed: three people, the repeated one skipped; the date cell, the
    // number and the formula's result read as they show.
    let mapping = upload_bytes(&c, &made_workbook(false), "fr").await;
    let mut fields = import_fields(&mapping);
    fields.push(("source".into(), "xlsx".into()));
    let preview = c.post_raw("/programmes/1/import/preview?lang=en", &preview_form(&fields)).await;
    assert_eq!(preview.body.matches(">ready<").count(), 3, "{}", preview.body);
    assert_eq!(preview.body.matches("already registered: skipped").count(), 1, "{}", preview.body);
    fields.push(("consent".into(), "yes".into()));
    let done = c.post_raw("/programmes/1/import/commit", &preview_form(&fields)).await;
    assert_eq!(done.status, 303, "{}", done.body);
    assert_eq!(done.headers["location"], "/programmes/1?imported=3&skipped=1");
    let people = app.store.programme_participants(1).await.unwrap();
    assert_eq!(people.len(), before + 3);
    let awa = people.iter().find(|p| p.first_name == "Awa").unwrap();
    assert_eq!((awa.arrival_date.as_str(), awa.birth_year), ("2026-03-15", Some(1990)));
    let yusuf = people.iter().find(|p| p.first_name == "Yusuf").unwrap();
    assert_eq!((yusuf.native_language.as_str(), yusuf.birth_year), ("prs", Some(1985)));
    assert_eq!(people.iter().find(|p| p.first_name == "Lina").unwrap().arrival_date, "2025-12-24");
}

#[tokio::test]
async fn broken_workbooks_get_a_message_and_import_nothing() {
    let app = TestApp::spawn().await;
    let c = app.login("coordinator.fr@example.org").await;
    let before = app.store.programme_participants(1).await.unwrap().len();

    // A zip cut short, a zip that is not a workbook, an empty workbook.
    let whole = made_workbook(false);
    let mut other = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    other.start_file("notes.txt", zip::write::SimpleFileOptions::default()).unwrap();
    std::io::Write::write_all(&mut other, b"not a workbook").unwrap();
    let other = other.finish().unwrap().into_inner();
    let mut empty = rust_xlsxwriter::Workbook::new();
    empty.add_worksheet();
    let empty = empty.save_to_buffer().unwrap();
    let cases: [(&[u8], u16, &str); 4] = [
        (&whole[..whole.len() / 2], 415, "Ce fichier ne peut pas être lu comme un classeur Excel (.xlsx)"),
        (&other, 415, "Ce fichier ne peut pas être lu comme un classeur Excel (.xlsx)"),
        (&empty, 422, "Le fichier ne contient aucune ligne à importer."),
        (b"", 422, "Le fichier ne contient aucune ligne à importer."),
    ];
    for (bytes, status, message) in cases {
        let r = upload_bytes(&c, bytes, "fr").await;
        assert_eq!(r.status, status, "{}", r.body);
        r.assert_has(message);
    }

    // Too wide and too long: said, not read to the end.
    let mut wide = rust_xlsxwriter::Workbook::new();
    let sheet = wide.add_worksheet();
    for col in 0..10_000u16 {
        sheet.write_string(1, col, "x").unwrap();
    }
    sheet.write_string(0, 0, "Prénom").unwrap();
    let r = upload_bytes(&c, &wide.save_to_buffer().unwrap(), "en").await;
    assert_eq!(r.status, 422);
    r.assert_has("more than 200 columns");
    let mut long = rust_xlsxwriter::Workbook::new();
    let sheet = long.add_worksheet();
    sheet.write_string(0, 0, "Prénom").unwrap();
    for row in 1..=200_000u32 {
        sheet.write_string(row, 0, "Awa").unwrap();
    }
    let r = upload_bytes(&c, &long.save_to_buffer().unwrap(), "en").await;
    assert_eq!(r.status, 422);
    r.assert_has("more than 20,000 people");
    assert_eq!(app.store.programme_participants(1).await.unwrap().len(), before);
}
