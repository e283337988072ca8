//! Access and portability: everything about a person as JSON and as a
//! printable page, who may export whom, and the log of who accessed a
//! record.

use std::collections::BTreeSet;

use m4m_store::Backend;
use m4m_store::export::{COVERED, LEFT_OUT};
use serde_json::Value;
use sqlx::Row;

use crate::support::{TestApp, exec, one, plant_response};

/// Every table with a foreign key to `participants` or `users`, read from
/// the live schema.
pub async fn tables_referring_to_people(app: &TestApp) -> BTreeSet<String> {
    let mut raw = app.raw().await;
    let sql = match app.store.backend() {
        Backend::Sqlite => {
            "SELECT m.name, f.\"table\" FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f \
             WHERE m.type = 'table'"
        }
        Backend::Postgres => {
            "SELECT DISTINCT CAST(tc.table_name AS TEXT), CAST(ccu.table_name AS TEXT) \
             FROM information_schema.table_constraints tc \
             JOIN information_schema.constraint_column_usage ccu \
               ON ccu.constraint_name = tc.constraint_name AND ccu.constraint_schema = tc.constraint_schema \
             WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = current_schema()"
        }
    };
    sqlx::query(sql)
        .fetch_all(&mut raw)
        .await
        .unwrap()
        .iter()
        .filter(|r| ["participants", "users"].contains(&r.get::<String, _>(1).as_str()))
        .map(|r| r.get::<String, _>(0))
        .collect()
}

#[tokio::test]
async fn every_table_that_refers_to_a_person_is_exported_or_deliberately_left_out() {
    let app = TestApp::spawn().await;
    let referring = tables_referring_to_people(&app).await;
    assert!(referring.contains("consents") && referring.contains("login_sessions"), "{referring:?}");
    let left_out: BTreeSet<&str> = LEFT_OUT.iter().map(|(t, _)| *t).collect();
    let forgotten: Vec<&String> =
        referring.iter().filter(|t| !COVERED.contains(&t.as_str()) && !left_out.contains(t.as_str())).collect();
    assert!(
        forgotten.is_empty(),
        "these tables refer to a person but the export neither reads them nor says why not \
         (m4m_store::export::COVERED / LEFT_OUT, docs/EXPORT.md): {forgotten:?}"
    );
    // Neither list names a table that does not refer to a person (users is
    // the person itself).
    for t in COVERED.iter().filter(|t| **t != "users").chain(&left_out) {
        assert!(referring.contains(*t), "{t} does not refer to a person");
    }
    assert!(left_out.iter().all(|t| !COVERED.contains(t)));
}

/// The values of `key` in every object anywhere under `v`.
fn values_of<'a>(v: &'a Value, key: &str, out: &mut Vec<&'a Value>) {
    match v {
        Value::Object(m) => {
            if let Some(x) = m.get(key) {
                out.push(x);
            }
            m.values().for_each(|x| values_of(x, key, out));
        }
        Value::Array(a) => a.iter().for_each(|x| values_of(x, key, out)),
        _ => {}
    }
}

fn has(v: &Value, section: &str, key: &str, expected: Value) -> bool {
    let mut sections = Vec::new();
    values_of(v, section, &mut sections);
    sections.iter().any(|s| {
        let mut found = Vec::new();
        values_of(s, key, &mut found);
        found.iter().any(|f| **f == expected)
    })
}

#[tokio::test]
async fn the_export_holds_the_persons_data_from_every_covered_table() {
    let app = TestApp::spawn().await;
    let people = app.store.programme_participants(1).await.unwrap();
    let amal = people.iter().find(|p| p.first_name == "Amal").unwrap().clone();
    let leila = people.iter().find(|p| p.first_name == "Leila").unwrap().id;
    let user = amal.user_id.expect("Amal has an account");
    let (p, u) = (amal.id, user);
    let mut raw = app.raw().await;
    exec(&mut raw, &format!("UPDATE participants SET motivation = 'marker-participant' WHERE id = {p}")).await;
    exec(
        &mut raw,
        &format!(
            "INSERT INTO invitations (token_hash, email, display_name, organisation_id, role, created_at, expires_at, \
             participant_id) VALUES ('marker-hash', 'newcomer1.fr@example.org', 'marker-invitation', 1, 'mentee', 1, 2, {p})"
        ),
    )
    .await;
    exec(&mut raw, &format!("INSERT INTO calendar_feeds (user_id, token_hash, created_at) VALUES ({u}, 'feed', 1111)"))
        .await;
    exec(
        &mut raw,
        &format!(
            "INSERT INTO consents (participant_id, purpose, notice_version, language, recorded_at) \
             VALUES ({p}, 'contact_email', 2, 'ar', 2222)"
        ),
    )
    .await;
    exec(
        &mut raw,
        &format!(
            "INSERT INTO status_changes (participant_id, from_status, to_status, reason, changed_at) \
             VALUES ({p}, 'active', 'active', 'marker-status', 3)"
        ),
    )
    .await;
    let (low, high) = (p.min(leila), p.max(leila));
    exec(
        &mut raw,
        &format!("INSERT INTO duplicate_dismissals (low_id, high_id, dismissed_at) VALUES ({low}, {high}, 3333)"),
    )
    .await;
    plant_response(&mut raw, p, "{}", 4444, (4321, 800)).await;
    let course = one(
        &mut raw,
        "INSERT INTO courses (organisation_id, title, audience, created_at) VALUES (1, 'marker-course', 'mentor', 1) \
         RETURNING id",
    )
    .await;
    let module = one(
        &mut raw,
        &format!(
            "INSERT INTO course_modules (course_id, position, kind, title, minutes, created_at) \
             VALUES ({course}, 1, 'capsule', 'marker-module', 10, 1) RETURNING id"
        ),
    )
    .await;
    let enrolment = one(
        &mut raw,
        &format!(
            "INSERT INTO enrolments (course_id, participant_id, cohort, enrolled_at) VALUES ({course}, {p}, 'c', 5555) \
             RETURNING id"
        ),
    )
    .await;
    exec(
        &mut raw,
        &format!(
            "INSERT INTO module_progress (enrolment_id, module_id, status, recorded_at) \
             VALUES ({enrolment}, {module}, 'done', 6666)"
        ),
    )
    .await;
    exec(
        &mut raw,
        &format!(
            "INSERT INTO goals (participant_id, area, title, progress, created_at) VALUES ({p}, 'housing', 'marker-goal', 40, 1)"
        ),
    )
    .await;
    let pair = one(&mut raw, &format!("SELECT id FROM pairs WHERE mentee_id = {p} ORDER BY id LIMIT 1")).await;
    exec(
        &mut raw,
        &format!(
            "INSERT INTO pair_contacts (pair_id, kind, contacted_on, note, created_at) \
             VALUES ({pair}, 'call', '2026-11-02', 'marker-contact', 1)"
        ),
    )
    .await;
    exec(
        &mut raw,
        &format!(
            "INSERT INTO checkins (pair_id, participant_id, due_on, satisfaction, met, helped, answered_at) \
             VALUES ({pair}, {p}, '2026-11-01', 4, 'weekly', 'marker-checkin', 1)"
        ),
    )
    .await;
    exec(
        &mut raw,
        &format!(
            "INSERT INTO exit_answers (pair_id, participant_id, satisfaction, recommend, changed, comment, answered_at) \
             VALUES ({pair}, {p}, 5, 1, 'language', 'marker-exit', 1)"
        ),
    )
    .await;
    exec(
        &mut raw,
        "INSERT INTO goal_progress (goal_id, score, comment, recorded_at) \
         SELECT id, 1, 'marker-attainment', 1 FROM goals WHERE title = 'marker-goal'",
    )
    .await;
    exec(
        &mut raw,
        &format!(
            "INSERT INTO peer_sessions (pair_id, starts_at, status, summary, created_at) \
             VALUES ({pair}, 7777, 'held', 'marker-session', 1)"
        ),
    )
    .await;
    exec(
        &mut raw,
        &format!(
            "INSERT INTO matching_marks (programme_id, mentee_id, mentor_id, kind, reason, created_at) \
             VALUES (1, {p}, {leila}, 'exclude', 'marker-mark', 1)"
        ),
    )
    .await;

    exec(
        &mut raw,
        &format!(
            "INSERT INTO two_factor (user_id, secret, created_at, confirmed_at) VALUES ({u}, 'MARKERSECRETXYZ2', 8888, 9999)"
        ),
    )
    .await;
    // A concern the person raised is theirs; one their buddy raised about
    // the pair, and the coordinators' notes, stay out.
    exec(
        &mut raw,
        &format!(
            "INSERT INTO concerns (programme_id, pair_id, raised_by, severity, status, summary, text, created_at, updated_at) \
             VALUES (1, {pair}, {u}, 'high', 'open', 'marker-concern', '', 1, 1)"
        ),
    )
    .await;
    exec(
        &mut raw,
        "INSERT INTO supervisions (organisation_id, format, held_on, topics, notes, created_at) \
         VALUES (1, 'one_to_one', '2026-11-30', 'boundaries', 'marker-supervision-notes', 1)",
    )
    .await;
    let supervision = one(&mut raw, "SELECT MAX(id) FROM supervisions").await;
    exec(
        &mut raw,
        &format!("INSERT INTO supervision_buddies (supervision_id, participant_id) VALUES ({supervision}, {p})"),
    )
    .await;
    exec(
        &mut raw,
        &format!(
            "INSERT INTO supervision_actions (supervision_id, text, owner_participant_id, due_on) \
             VALUES ({supervision}, 'marker-action', {p}, '2026-12-24')"
        ),
    )
    .await;
    let buddy = one(&mut raw, "SELECT id FROM users WHERE email = 'buddy1.fr@example.org'").await;
    exec(
        &mut raw,
        &format!(
            "INSERT INTO concerns (programme_id, pair_id, raised_by, severity, status, summary, text, created_at, updated_at) \
             VALUES (1, {pair}, {buddy}, 'low', 'open', 'marker-buddys-concern', '', 1, 1)"
        ),
    )
    .await;

    let c = app.login("coordinator.fr@example.org").await;
    let r = c.get(&format!("/people/{p}/export.json")).await;
    assert!(!r.body.contains("MARKERSECRETXYZ2"), "the second factor's secret never leaves");
    assert!(!r.body.contains("marker-buddys-concern"), "a concern someone else raised stays out");
    assert!(!r.body.contains("marker-supervision-notes"), "supervision notes are the supervisors'");
    assert_eq!(r.status, 200);
    assert!(r.headers["content-disposition"].to_str().unwrap().starts_with("attachment"));
    let export: Value = serde_json::from_str(&r.body).unwrap();
    assert_eq!(export["format"], "m4m-person-export");
    assert_eq!(export["version"], 1);
    let checks: [(&str, bool); 24] = [
        ("users", export["account"]["email"] == "newcomer1.fr@example.org"),
        ("participants", export["participants"][0]["motivation"] == "marker-participant"),
        ("memberships", has(&export, "memberships", "role", "mentee".into())),
        ("invitations", has(&export, "invitations", "display_name", "marker-invitation".into())),
        ("calendar_feeds", has(&export, "calendar_feeds", "created_at", 1111.into())),
        ("consents", has(&export, "consents", "recorded_at", 2222.into())),
        ("status_changes", has(&export, "status_changes", "reason", "marker-status".into())),
        ("duplicate_dismissals", has(&export, "duplicate_dismissals", "dismissed_at", 3333.into())),
        (
            "responses",
            has(&export, "responses", "started_at", 4444.into())
                && has(&export, "area_scores", "mean_milli", 4321.into()),
        ),
        ("enrolments", has(&export, "enrolments", "enrolled_at", 5555.into())),
        ("module_progress", has(&export, "progress", "recorded_at", 6666.into())),
        ("goals", has(&export, "goals", "title", "marker-goal".into())),
        ("goal_progress", has(&export, "attainment", "comment", "marker-attainment".into())),
        ("checkins", has(&export, "checkins", "helped", "marker-checkin".into())),
        ("pair_contacts", has(&export, "staff_contacts", "note", "marker-contact".into())),
        ("exit_answers", has(&export, "exit_questionnaires", "comment", "marker-exit".into())),
        ("pairs", has(&export, "pairs", "other_first_name", "Karim".into())),
        ("peer_sessions", has(&export, "peer_sessions", "summary", "marker-session".into())),
        ("matching_marks", has(&export, "matching_marks", "reason", "marker-mark".into())),
        ("concerns", has(&export, "concerns_raised", "summary", "marker-concern".into())),
        ("supervisions", has(&export, "supervisions", "held_on", "2026-11-30".into())),
        ("supervision_buddies", has(&export, "supervisions", "format", "one_to_one".into())),
        ("supervision_actions", has(&export, "actions", "text", "marker-action".into())),
        ("two_factor", export["account"]["two_factor"]["confirmed_at"] == 9999),
    ];
    for (table, ok) in checks {
        assert!(ok, "the export lacks what {table} holds:\n{export:#}");
    }
    let checked: BTreeSet<&str> = checks.iter().map(|(t, _)| *t).collect();
    assert_eq!(checked, COVERED.iter().copied().collect(), "every covered table is filled and checked here");
    // Lists are arrays, stored JSON is JSON, secrets stay out.
    assert!(export["participants"][0]["languages"].is_array());
    assert!(!r.body.contains("marker-hash") && !r.body.contains("password") && !r.body.contains("\"feed\""));
    // The export is itself in the trail, by the coordinator.
    let trail = app.store.audit_for(&format!("participant:{p}"), 5).await.unwrap();
    let coordinator = app.store.user_by_email("coordinator.fr@example.org").await.unwrap().unwrap().id;
    assert!(trail.iter().any(|a| a.action == "participant.export" && a.actor_user_id == Some(coordinator)));
}

#[tokio::test]
async fn people_export_themselves_and_nobody_else() {
    let app = TestApp::spawn().await;
    let people = app.store.programme_participants(1).await.unwrap();
    let amal = people.iter().find(|p| p.first_name == "Amal").unwrap().id;
    let karim = people.iter().find(|p| p.first_name == "Karim").unwrap().id;
    let oksana = people.iter().find(|p| p.first_name == "Oksana").unwrap().id;
    // Karim, Amal's buddy, sees her as his newcomer but may not export her;
    // someone unrelated reads as missing.
    let buddy = app.login("buddy1.fr@example.org").await;
    assert_eq!(buddy.get(&format!("/people/{amal}/export.json")).await.status, 403);
    // The attempt is in her record's trail.
    let karim_account = app.store.user_by_email("buddy1.fr@example.org").await.unwrap().unwrap().id;
    let trail = app.store.audit_for(&format!("participant:{amal}"), 3).await.unwrap();
    assert!(trail.iter().any(|a| a.action == "access.denied" && a.actor_user_id == Some(karim_account)), "{trail:?}");
    assert_eq!(buddy.get(&format!("/people/{amal}/export")).await.status, 403);
    assert_eq!(buddy.get(&format!("/people/{oksana}/export.json")).await.status, 404);
    assert_eq!(buddy.get(&format!("/people/{amal}/access")).await.status, 403);
    // His own data, from his home.
    buddy.get("/home").await.assert_has("href=\"/me/export\"");
    let mine = buddy.get("/me/export.json").await;
    assert_eq!(mine.status, 200);
    let mine: Value = serde_json::from_str(&mine.body).unwrap();
    assert_eq!(mine["account"]["email"], "buddy1.fr@example.org");
    let records = mine["participants"].as_array().unwrap();
    assert!(records.iter().all(|r| r["id"] == karim), "{mine:#}");
    assert!(!records.is_empty());
    // Amal's family name is not her buddy's to know, not even in his export.
    assert!(!serde_json::to_string(&mine).unwrap().contains("Haddad"));
    assert_eq!(buddy.get(&format!("/people/{karim}/export.json")).await.status, 200);
    // Another organisation's coordinator: 404, and the attempt is recorded.
    let greek = app.login("coordinator.gr@example.org").await;
    assert_eq!(greek.get(&format!("/people/{amal}/export.json")).await.status, 404);
    assert_eq!(greek.get(&format!("/people/{amal}/export")).await.status, 404);
    assert_eq!(greek.get(&format!("/people/{amal}/access")).await.status, 404);
    let eleni = app.store.user_by_email("coordinator.gr@example.org").await.unwrap().unwrap().id;
    let trail = app.store.audit_for(&format!("participant:{amal}"), 10).await.unwrap();
    assert!(trail.iter().any(|a| a.action == "access.denied" && a.actor_user_id == Some(eleni)), "{trail:?}");
    // A newcomer exports herself, on the page too.
    let newcomer = app.login("newcomer1.fr@example.org").await;
    let page = newcomer.get(&format!("/people/{amal}/export?lang=en")).await;
    assert_eq!(page.status, 200);
    page.assert_has("Haddad");
    assert_eq!(newcomer.get(&format!("/people/{karim}/export.json")).await.status, 403);
}

/// The other member of a pair acts on it (logs a session of theirs): the
/// buddy's access log and export name her by her first name, as every
/// page does, never by her account's full name; staff keep their names.
#[tokio::test]
async fn a_members_access_log_names_the_other_member_by_first_name() {
    use m4m_domain::peer_session::{NewPeerSession, SessionStatus};
    let app = TestApp::spawn().await;
    let people = app.store.programme_participants(1).await.unwrap();
    let karim = people.iter().find(|p| p.first_name == "Karim").unwrap().id;
    let amal = app.store.user_by_email("newcomer1.fr@example.org").await.unwrap().unwrap().id;
    let claire = app.store.user_by_email("coordinator.fr@example.org").await.unwrap().unwrap().id;
    let pair = app.store.pairs_of_user(amal).await.unwrap()[0].id;
    let held = NewPeerSession {
        status: SessionStatus::Held,
        starts_at: m4m_store::now() - 86_400,
        duration_minutes: 60,
        mode: "in_person".into(),
        place: String::new(),
        topics: vec!["language".into()],
        summary: String::new(),
        rating: None,
    };
    app.store.log_peer_session(amal, pair, &held).await.unwrap();
    let log = app.store.access_log(karim, 100).await.unwrap();
    let hers: Vec<_> = log.iter().filter(|l| l.actor_user_id == Some(amal)).collect();
    assert!(!hers.is_empty() && hers.iter().all(|l| l.actor_name.as_deref() == Some("Amal")), "{log:?}");
    let buddy = app.login("buddy1.fr@example.org").await;
    let mine = buddy.get("/me/export.json").await;
    assert_eq!(mine.status, 200);
    assert!(mine.body.contains("\"Amal\"") && !mine.body.contains("Haddad"));
    // A coordinator's exports of the list are named in full.
    let c = app.login("coordinator.fr@example.org").await;
    assert_eq!(c.get("/programmes/1/people.csv").await.status, 200);
    let log = app.store.access_log(karim, 100).await.unwrap();
    assert!(
        log.iter().any(|l| l.actor_user_id == Some(claire) && l.actor_name.as_deref() == Some("Claire Dubois")),
        "{log:?}"
    );
}

#[tokio::test]
async fn coordinators_and_supervisors_see_who_accessed_a_record() {
    let app = TestApp::spawn().await;
    let people = app.store.programme_participants(1).await.unwrap();
    let amal = people.iter().find(|p| p.first_name == "Amal").unwrap().id;
    let c = app.login("coordinator.fr@example.org").await;
    let record = c.get(&format!("/people/{amal}?lang=en")).await;
    record.assert_has(&format!("href=\"/people/{amal}/access\""));
    assert_eq!(c.get(&format!("/people/{amal}/export.json")).await.status, 200);
    let log = c.get(&format!("/people/{amal}/access?lang=en")).await;
    assert_eq!(log.status, 200);
    log.assert_has("Claire Dubois");
    log.assert_has("Read the record");
    log.assert_has("Exported the data");
    // The newest first: the export came after the read.
    assert!(log.body.find("Exported the data").unwrap() < log.body.find("Read the record").unwrap());
    // A list of the programme exported as a spreadsheet held this record too.
    assert_eq!(c.get("/programmes/1/people.csv").await.status, 200);
    let log = c.get(&format!("/people/{amal}/access?lang=en")).await;
    log.assert_has("Exported the programme");
    // Someone refused shows without their name: the log says what
    // concerns Amal, not who else tried.
    let greek = app.login("coordinator.gr@example.org").await;
    assert_eq!(greek.get(&format!("/people/{amal}")).await.status, 404);
    let log = c.get(&format!("/people/{amal}/access?lang=en")).await;
    log.assert_lacks("Eleni");
    let own = app.login("newcomer1.fr@example.org").await.get("/me/export.json").await;
    assert!(!own.body.contains("Eleni"), "a refused person's name in Amal's export");
    // The supervisor reads the log of a buddy she supervises, in French
    // here; not that of a newcomer, whose record she does not follow.
    let s = app.login("supervisor.fr@example.org").await;
    let karim = people.iter().find(|p| p.first_name == "Karim").unwrap().id;
    s.get(&format!("/people/{karim}")).await;
    s.get("/home").await.assert_has(&format!("href=\"/people/{karim}/access\""));
    let log = s.get(&format!("/people/{karim}/access?lang=fr")).await;
    assert_eq!(log.status, 200);
    log.assert_has("A lu qui a consulté le dossier");
    let refused = log.body.find("vu refuser").expect("the refusal is in the log");
    let row = &log.body[log.body[..refused].rfind("<tr>").unwrap()..refused];
    assert!(!row.contains("Sophie") && row.contains("Quelqu’un sans accès"), "{row}");
    assert_eq!(s.get(&format!("/people/{amal}/access")).await.status, 404);
    // Reading the log is itself recorded.
    let sophie = app.store.user_by_email("supervisor.fr@example.org").await.unwrap().unwrap().id;
    let trail = app.store.audit_for(&format!("participant:{karim}"), 3).await.unwrap();
    assert!(trail.iter().any(|a| a.action == "participant.access_log" && a.actor_user_id == Some(sophie)));
}

#[tokio::test]
async fn the_printable_export_is_in_the_persons_language() {
    let app = TestApp::spawn().await;
    let people = app.store.programme_participants(1).await.unwrap();
    let amal = people.iter().find(|p| p.first_name == "Amal").unwrap().clone();
    let mut raw = app.raw().await;
    exec(&mut raw, &format!("UPDATE users SET locale = 'ar' WHERE id = {}", amal.user_id.unwrap())).await;
    let c = app.login("coordinator.fr@example.org").await;
    let page = c.get(&format!("/people/{}/export?lang=en", amal.id)).await;
    assert_eq!(page.status, 200);
    // The staff member's chrome and note in English, the document in Arabic.
    page.assert_has("<html lang=\"en\"");
    page.assert_has("the language of the person");
    page.assert_has("<article class=\"export\" lang=\"ar\" dir=\"rtl\">");
    page.assert_has("الملف الشخصي والتسجيل");
    page.assert_has("Haddad");
    page.assert_has(&format!("href=\"/people/{}/export.json\"", amal.id));
    // Her sessions with her buddy, what they wrote shown as text.
    page.assert_has("Took the metro and the tram to the CAF together.");
    page.assert_lacks("&#60;bdi");
    page.assert_lacks("&lt;bdi");
    // She reads her own in the language she chose, without the note.
    let newcomer = app.login("newcomer1.fr@example.org").await;
    let own = newcomer.get("/me/export").await;
    assert_eq!(own.status, 200);
    own.assert_has("<article class=\"export\" lang=\"ar\"");
    own.assert_lacks("role=\"note\"");
}

#[tokio::test]
async fn the_command_line_exports_a_person_as_json() {
    let app = TestApp::spawn().await;
    let people = app.store.programme_participants(1).await.unwrap();
    let amal = people.iter().find(|p| p.first_name == "Amal").unwrap().clone();
    let run = |args: Vec<String>| {
        std::process::Command::new(env!("CARGO_BIN_EXE_m4m"))
            .args(["export", "--database-url", app.url.as_str()])
            .args(args)
            .output()
            .unwrap()
    };
    let out = run(vec!["--participant".into(), amal.id.to_string()]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let export: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(export["participants"][0]["last_name"], "Haddad");
    assert_eq!(export["account"]["email"], "newcomer1.fr@example.org");
    let by_account = run(vec!["--user".into(), amal.user_id.unwrap().to_string()]);
    let by_account: Value = serde_json::from_slice(&by_account.stdout).unwrap();
    assert_eq!(by_account["participants"][0]["id"], amal.id);
    // Recorded, by nobody signed in.
    let trail = app.store.audit_for(&format!("participant:{}", amal.id), 5).await.unwrap();
    assert!(trail.iter().any(|a| a.action == "participant.export" && a.actor_user_id.is_none()));
    let missing = run(vec!["--participant".into(), "999999".into()]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("no such person"));
}
