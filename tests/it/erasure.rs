//! The right to erasure and retention periods: what goes, what stays, and
//! that nothing of an erased person can be found afterwards — not in the
//! database file, its write-ahead log, the server's log, an export or a
//! spreadsheet.

use std::collections::BTreeSet;
use std::process::Command;

use m4m_store::erasure::{BY_ADDRESS, HANDLED};
use m4m_store::{Backend, Store};
use sqlx::{AnyConnection, Row};

use crate::export::tables_referring_to_people;
use crate::support::{ServerProcess, TestApp, exec, fresh_database, one, plant_response};

#[tokio::test]
async fn every_table_that_refers_to_a_person_is_handled_by_erasure() {
    let app = TestApp::spawn().await;
    let referring = tables_referring_to_people(&app).await;
    assert!(referring.contains("peer_sessions") && referring.contains("two_factor"), "{referring:?}");
    let handled: BTreeSet<&str> = HANDLED.iter().map(|(t, _)| *t).collect();
    let forgotten: Vec<&String> = referring.iter().filter(|t| !handled.contains(t.as_str())).collect();
    assert!(
        forgotten.is_empty(),
        "these tables refer to a person but erasure does not say what it does with them \
         (m4m_store::erasure::HANDLED, docs/SECURITY.md): {forgotten:?}"
    );
    for t in handled.iter().filter(|t| **t != "users") {
        assert!(referring.contains(*t), "{t} does not refer to a person");
    }
    // Tables that name people by address exist, and do not refer by key.
    let mut raw = app.raw().await;
    for (t, _) in BY_ADDRESS {
        sqlx::query(&format!("SELECT COUNT(*) FROM {t}")).fetch_one(&mut raw).await.unwrap();
        assert!(!referring.contains(*t));
    }
}

/// Every canary found in any text column of any table, as `table.column`.
async fn canaries_in_columns(raw: &mut AnyConnection, backend: Backend) -> Vec<String> {
    let sql = match backend {
        Backend::Sqlite => {
            "SELECT m.name, c.name FROM sqlite_master m JOIN pragma_table_info(m.name) c \
             WHERE m.type = 'table' AND (c.type = 'TEXT' OR c.type = '')"
        }
        Backend::Postgres => {
            "SELECT CAST(table_name AS TEXT), CAST(column_name AS TEXT) FROM information_schema.columns \
             WHERE table_schema = current_schema() AND data_type IN ('text', 'character varying')"
        }
    };
    let columns: Vec<(String, String)> =
        sqlx::query(sql).fetch_all(&mut *raw).await.unwrap().iter().map(|r| (r.get(0), r.get(1))).collect();
    assert!(columns.len() > 50, "{columns:?}");
    let mut found = Vec::new();
    for (t, c) in columns {
        let n = one(raw, &format!("SELECT COUNT(*) FROM {t} WHERE CAST({c} AS TEXT) LIKE '%Zq7canary%'")).await;
        if n > 0 {
            found.push(format!("{t}.{c}"));
        }
    }
    found
}

/// Whether a canary is in the raw bytes of the SQLite file or its log.
fn canary_in_files(file: &std::path::Path) -> Option<String> {
    ["", "-wal"].iter().map(|suffix| format!("{}{suffix}", file.display())).find(|path| {
        let bytes = std::fs::read(path).unwrap_or_default();
        String::from_utf8_lossy(&bytes).to_lowercase().contains("zq7canary")
    })
}

fn figures_section(body: &str) -> String {
    let start = body.find("id=\"h-figures\"").expect("the figures");
    let end = body[start..].find("</section>").unwrap() + start;
    body[start..end].to_owned()
}

/// Unique strings planted in every personal field of one person; after
/// erasure none is anywhere: the rows, the raw bytes of the SQLite file and
/// its write-ahead log, the server's log at debug level, the export of the
/// other member of the pair and the programme's spreadsheet. Figures stay
/// as they were.
#[tokio::test]
async fn an_erased_persons_canaries_are_found_nowhere() {
    let (url, sqlite_file) = fresh_database().await;
    let server = ServerProcess::start(&url, "debug").await;
    let store = Store::connect(&url).await.unwrap();
    let backend = store.backend();
    sqlx::any::install_default_drivers();
    let mut raw = <AnyConnection as sqlx::Connection>::connect(&m4m_store::parse_url(&url).unwrap().1).await.unwrap();

    let amal = one(&mut raw, "SELECT id FROM participants WHERE first_name = 'Amal'").await;
    let user = one(&mut raw, &format!("SELECT user_id FROM participants WHERE id = {amal}")).await;
    let pair = one(&mut raw, &format!("SELECT id FROM pairs WHERE mentee_id = {amal} ORDER BY id LIMIT 1")).await;
    let karim = one(&mut raw, &format!("SELECT mentor_id FROM pairs WHERE id = {pair}")).await;
    let leila = one(&mut raw, "SELECT id FROM participants WHERE first_name = 'Leila'").await;

    // The canaries, in every column that holds something about Amal.
    exec(
        &mut raw,
        &format!(
            "UPDATE participants SET first_name = 'Zq7canaryFirst', last_name = 'Zq7canaryLast', \
             email = 'zq7canary-record@example.org', phone = '+33 6 Zq7canaryPhone', \
             country_of_origin = 'Zq7canaryOrigin', area = 'Zq7canaryArea', experience = 'Zq7canaryExperience', \
             motivation = 'Zq7canaryMotivation', arrival_date = 'Zq7canaryArrival', name_key = 'zq7canaryfirst zq7canarylast', \
             phone_key = 'Zq7canaryPhoneKey' WHERE id = {amal}"
        ),
    )
    .await;
    exec(
        &mut raw,
        &format!(
            "UPDATE users SET email = 'zq7canary-account@example.org', display_name = 'Zq7canary Account' WHERE id = {user}"
        ),
    )
    .await;
    exec(
        &mut raw,
        &format!(
            "INSERT INTO invitations (token_hash, email, display_name, organisation_id, role, created_at, expires_at, \
             participant_id) VALUES ('zq7hash', 'zq7canary-invited@example.org', 'Zq7canaryInvited', 1, 'mentee', 1, 2, {amal})"
        ),
    )
    .await;
    plant_response(&mut raw, amal, "{\"note\":\"Zq7canaryAnswer\"}", 1, (3000, 500)).await;
    exec(
        &mut raw,
        &format!(
            "INSERT INTO goals (participant_id, area, title, progress, created_at) \
             VALUES ({amal}, 'housing', 'Zq7canaryGoal', 40, 1)"
        ),
    )
    .await;
    exec(
        &mut raw,
        &format!(
            "UPDATE pairs SET decision_note = 'Zq7canaryNote', decline_reason = 'Zq7canaryDecline', \
             first_meeting_place = 'Zq7canaryMeetingPlace', agreement = '{{\"goals\":[\"housing\"],\"goals_text\":\"Zq7canaryAgreement\",\"rhythm\":\"weekly\",\"months\":6,\"boundaries\":\"\"}}' \
             WHERE id = {pair}"
        ),
    )
    .await;
    exec(
        &mut raw,
        "INSERT INTO goal_progress (goal_id, score, comment, recorded_at) \
         SELECT id, -1, 'Zq7canaryAttainment', 1 FROM goals WHERE title = 'Zq7canaryGoal'",
    )
    .await;
    exec(
        &mut raw,
        &format!(
            "INSERT INTO checkins (pair_id, participant_id, due_on, satisfaction, met, helped, difficult, answered_at) \
             VALUES ({pair}, {amal}, '2026-11-01', 2, 'less', 'Zq7canaryHelped', 'Zq7canaryDifficult', 1)"
        ),
    )
    .await;
    exec(
        &mut raw,
        &format!(
            "INSERT INTO pair_contacts (pair_id, kind, contacted_on, note, created_at) \
             VALUES ({pair}, 'visit', '2026-11-02', 'Zq7canaryContactNote', 1)"
        ),
    )
    .await;
    exec(
        &mut raw,
        &format!(
            "INSERT INTO exit_answers (pair_id, participant_id, satisfaction, recommend, changed, comment, answered_at) \
             VALUES ({pair}, {amal}, 4, 1, 'language', 'Zq7canaryExitComment', 1)"
        ),
    )
    .await;
    // A supervision she attended (as if she were a buddy) with an action.
    exec(
        &mut raw,
        "INSERT INTO supervisions (organisation_id, format, held_on, topics, topics_text, notes, created_at) \
         VALUES (1, 'one_to_one', '2026-11-30', 'boundaries', 'Zq7canaryTopics', 'Zq7canarySupervisionNotes', 1)",
    )
    .await;
    exec(
        &mut raw,
        &format!(
            "INSERT INTO supervision_buddies (supervision_id, participant_id) \
             SELECT id, {amal} FROM supervisions WHERE notes = 'Zq7canarySupervisionNotes'"
        ),
    )
    .await;
    exec(
        &mut raw,
        &format!(
            "INSERT INTO supervision_actions (supervision_id, text, owner_participant_id, due_on) \
             SELECT id, 'Zq7canaryAction', {amal}, '2026-12-24' FROM supervisions WHERE notes = 'Zq7canarySupervisionNotes'"
        ),
    )
    .await;
    // A concern her buddy raised about their pair, with a coordinator's
    // note: both are about her.
    exec(
        &mut raw,
        &format!(
            "INSERT INTO concerns (programme_id, pair_id, raised_by, severity, status, summary, text, created_at, updated_at) \
             VALUES (1, {pair}, NULL, 'high', 'acknowledged', 'Zq7canaryConcern', 'Zq7canaryConcernText', 1, 1)"
        ),
    )
    .await;
    exec(
        &mut raw,
        "INSERT INTO concern_moves (concern_id, from_status, to_status, note, moved_by, moved_at) \
         SELECT id, 'open', 'acknowledged', 'Zq7canaryConcernNote', NULL, 2 FROM concerns WHERE summary = 'Zq7canaryConcern'",
    )
    .await;
    exec(
        &mut raw,
        &format!(
            "INSERT INTO peer_sessions (pair_id, starts_at, status, place, summary, created_at) \
             VALUES ({pair}, 7777, 'held', 'Zq7canarySessionPlace', 'Zq7canarySummary', 1)"
        ),
    )
    .await;
    exec(
        &mut raw,
        &format!(
            "INSERT INTO matching_marks (programme_id, mentee_id, mentor_id, kind, reason, created_at) \
             VALUES (1, {amal}, {leila}, 'exclude', 'Zq7canaryMarkReason', 1)"
        ),
    )
    .await;
    exec(
        &mut raw,
        "INSERT INTO outbox (recipient, subject, body, created_at) \
         VALUES ('zq7canary-account@example.org', 'Hello', 'Zq7canaryMailBody', 1)",
    )
    .await;
    exec(
        &mut raw,
        "INSERT INTO outbox (recipient, subject, body, created_at) \
         VALUES ('buddy1.fr@example.org', 'Your newcomer', 'You will meet Zq7canaryFirst Zq7canaryLast on Monday.', 1)",
    )
    .await;
    // Through the server too: a screening reason typed in a form, and a
    // log-in attempt under the person's address.
    let coordinator = server.login("coordinator.fr@example.org").await;
    // Her pair closes first (a person leaves no pair running), with a
    // note; she may be matched again, so she is back in the pool.
    let r = coordinator
        .post(
            &format!("/pairs/{pair}/close"),
            &format!("/pairs/{pair}/close"),
            &[
                ("reason", "moved_away"),
                ("note", "Zq7canaryCloseNote"),
                ("mentor_rematch", "yes"),
                ("mentee_rematch", "yes"),
            ],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let r = coordinator
        .post(
            &format!("/people/{amal}"),
            &format!("/people/{amal}/status"),
            &[("status", "alumni"), ("reason", "Zq7canaryStatusReason")],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let r = coordinator
        .post(
            &format!("/people/{amal}"),
            &format!("/people/{amal}/notes"),
            &[("notes", "Zq7canaryHealthNote: appeal pending")],
        )
        .await;
    assert_eq!(r.status, 303, "{}", r.body);
    let stranger = server.client();
    let r = stranger.login("zq7canary-account@example.org", "a-wrong-password").await;
    assert_ne!(r.status(), 303);
    assert!(!canaries_in_columns(&mut raw, backend).await.is_empty());
    if let Some(file) = &sqlite_file {
        assert!(canary_in_files(file).is_some(), "the search of the files finds what is there");
    }

    let admin = server.login("admin@example.org").await;
    let figures_before = figures_section(&admin.get("/home").await.body);
    let steps_before = store.step_counts(1).await.unwrap();

    // The confirmation names what will go.
    let page = coordinator.get(&format!("/people/{amal}/erase")).await;
    assert_eq!(page.status, 200);
    page.assert_has("Zq7canaryFirst Zq7canaryLast");
    page.assert_has("notes confidentielles");
    page.assert_has("zq7canary-account@example.org");
    // (The coordinator reads French.)
    page.assert_has("questionnaire");
    page.assert_has("rencontre");
    page.assert_has("messages qui lui ont été envoyés ou qui la nomment");
    // Without the box ticked, nothing happens.
    let r = coordinator.post(&format!("/people/{amal}/erase"), &format!("/people/{amal}/erase"), &[]).await;
    assert_eq!(r.status, 400);
    assert!(store.participant(amal).await.unwrap().unwrap().erased_at.is_none());
    let r = coordinator
        .post(&format!("/people/{amal}/erase"), &format!("/people/{amal}/erase"), &[("confirm", "yes")])
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    r.assert_has("ont été effacées");

    // The record no longer opens; the audit line holds ids only.
    assert_eq!(coordinator.get(&format!("/people/{amal}")).await.status, 404);
    assert_eq!(coordinator.get(&format!("/people/{amal}/export.json")).await.status, 404);
    let trail = store.audit_for(&format!("participant:{amal}"), 3).await.unwrap();
    assert!(trail.iter().any(|a| a.action == "participant.erase"), "{trail:?}");
    // The account is gone as a way in: no password, no session, no role.
    let sql = format!(
        "SELECT COUNT(*) FROM users WHERE id = {user} AND password_hash IS NULL AND active = 0 AND display_name = '' \
         AND NOT EXISTS (SELECT 1 FROM memberships WHERE user_id = {user}) \
         AND NOT EXISTS (SELECT 1 FROM login_sessions WHERE user_id = {user})"
    );
    assert_eq!(one(&mut raw, &sql).await, 1);

    // Figures are the same; the tombstone still counts.
    assert_eq!(figures_section(&admin.get("/home").await.body), figures_before);
    assert_eq!(store.step_counts(1).await.unwrap(), steps_before);
    // Karim keeps his pair and its sessions, without Amal's name.
    let karim_user = one(&mut raw, &format!("SELECT user_id FROM participants WHERE id = {karim}")).await;
    let karim_email: String = sqlx::query(&format!("SELECT email FROM users WHERE id = {karim_user}"))
        .fetch_one(&mut raw)
        .await
        .unwrap()
        .get(0);
    let buddy = server.login(&karim_email).await;
    let sessions = buddy.get(&format!("/pairs/{pair}")).await;
    assert_eq!(sessions.status, 200, "{}", sessions.body);
    sessions.assert_lacks("Zq7canary");
    // Where her name was, a label in his language says why it is gone.
    sessions.assert_has("personne effacée");

    // Exports made now: the other member's, and the programme's list.
    let export = coordinator.get(&format!("/people/{karim}/export.json")).await;
    assert_eq!(export.status, 200);
    let csv = coordinator.get("/programmes/1/people.csv").await;
    assert_eq!(csv.status, 200);
    let stakeholders = coordinator.get("/stakeholders.csv").await;
    for (what, body) in [("export", &export.body), ("people.csv", &csv.body), ("stakeholders.csv", &stakeholders.body)]
    {
        assert!(!body.contains("Zq7canary") && !body.to_lowercase().contains("zq7canary"), "{what}:\n{body}");
    }

    // No row anywhere.
    let found = canaries_in_columns(&mut raw, backend).await;
    assert!(found.is_empty(), "canaries left in {found:?}");

    // The raw bytes of the database and its write-ahead log (SQLite; a
    // PostgreSQL server's files are not ours to read).
    drop(raw);
    store.close().await;
    if let Some(file) = &sqlite_file {
        assert_eq!(canary_in_files(file), None, "a canary is still in the bytes of this file");
    }

    // The server's log, at debug level, from start to end.
    let log = server.stop();
    assert!(log.contains("erased on request"), "{log}");
    assert!(!log.to_lowercase().contains("zq7canary"), "the log names the person:\n{log}");
    if let Some(file) = sqlite_file {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", file.display()));
        }
    }
}

#[tokio::test]
async fn only_a_coordinator_of_the_persons_organisation_erases() {
    let app = TestApp::spawn().await;
    let people = app.store.programme_participants(1).await.unwrap();
    let hamid = people.iter().find(|p| p.first_name == "Hamid").unwrap().id;
    let path = format!("/people/{hamid}/erase");
    for (who, status) in
        [("coordinator.gr@example.org", 404), ("supervisor.fr@example.org", 404), ("buddy1.fr@example.org", 404)]
    {
        let c = app.login(who).await;
        assert_eq!(c.get(&path).await.status, status, "{who}");
        let home = c.get("/home").await;
        let r = c.post_raw(&path, &[("csrf", &home.csrf()), ("confirm", "yes")]).await;
        assert_eq!(r.status, status, "{who}");
    }
    let admin = app.login("admin@example.org").await;
    assert_eq!(admin.get(&path).await.status, 404, "administrators see figures, not people");
    assert!(app.store.participant(hamid).await.unwrap().unwrap().erased_at.is_none());
    // The coordinator sees the link on the record.
    let c = app.login("coordinator.fr@example.org").await;
    c.get(&format!("/people/{hamid}")).await.assert_has(&path);
}

/// A withdrawn record, without pairs or answers, registered `days_ago`
/// days ago.
async fn closed_record(app: &TestApp, raw: &mut AnyConnection, first_name: &str, days_ago: i64) -> i64 {
    let id = app.store.programme_participants(1).await.unwrap().iter().find(|p| p.first_name == first_name).unwrap().id;
    let at = m4m_store::now() - days_ago * 86_400;
    let pairs = format!("(SELECT x.id FROM pairs x WHERE x.mentor_id = {id} OR x.mentee_id = {id})");
    exec(raw, &format!("DELETE FROM peer_sessions WHERE pair_id IN {pairs}")).await;
    exec(raw, &format!("DELETE FROM pair_reminders WHERE pair_id IN {pairs}")).await;
    exec(raw, &format!("DELETE FROM pairs WHERE mentor_id = {id} OR mentee_id = {id}")).await;
    exec(raw, &format!("DELETE FROM status_changes WHERE participant_id = {id}")).await;
    exec(raw, &format!("DELETE FROM responses WHERE participant_id = {id}")).await;
    exec(raw, &format!("UPDATE participants SET status = 'withdrawn', created_at = {at} WHERE id = {id}")).await;
    id
}

#[tokio::test]
async fn closed_records_are_listed_before_they_fall_due_and_erased_when_they_do() {
    let app = TestApp::spawn().await;
    let mut raw = app.raw().await;
    let c = app.login("coordinator.fr@example.org").await;
    // The default period is written on the page (in French, the
    // coordinator's language); the coordinator sets 6.
    let page = c.get("/retention").await;
    assert_eq!(page.status, 200);
    page.assert_has("mois après leur dernière activité (valeur par défaut)");
    page.assert_has("value=\"12\"");
    let r = c.post("/retention", "/retention", &[("organisation", "1"), ("months", "6")]).await;
    assert_eq!(r.status, 303);
    assert_eq!(app.store.retention_months(1).await.unwrap(), (6, false));
    let r = c.post("/retention", "/retention", &[("organisation", "1"), ("months", "0")]).await;
    assert_eq!(r.status, 400);
    // Another organisation's setting is not theirs.
    let r = c.post("/retention", "/retention", &[("organisation", "2"), ("months", "3")]).await;
    assert_eq!(r.status, 404);
    assert_eq!(app.store.retention_months(2).await.unwrap(), (12, true));

    // Six months is about 183 days: one record is past due, one falls due
    // within 30 days, one is far from it.
    let past = closed_record(&app, &mut raw, "Hamid", 200).await;
    let soon = closed_record(&app, &mut raw, "Leila", 170).await;
    let later = closed_record(&app, &mut raw, "Oksana", 20).await;
    let page = c.get("/retention").await;
    for id in [past, soon] {
        page.assert_has(&format!("href=\"/people/{id}\""));
    }
    page.assert_lacks(&format!("href=\"/people/{later}\""));
    page.assert_has("dernière activité le");

    // Buddies and trainers have no such page; administrators set the
    // period of any organisation but see no names.
    assert_eq!(app.login("buddy1.fr@example.org").await.get("/retention").await.status, 403);
    let admin = app.login("admin@example.org").await;
    let r = admin.post("/retention", "/retention", &[("organisation", "2"), ("months", "24")]).await;
    assert_eq!(r.status, 303);
    assert_eq!(app.store.retention_months(2).await.unwrap(), (24, false));
    admin.get("/retention").await.assert_lacks(&format!("href=\"/people/{past}\""));

    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_m4m"))
            .args(["retention", "run", "--database-url", &app.url])
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    let dry = run(&["--dry-run"]);
    assert_eq!(dry.trim(), "retention (dry run): 1 record(s) due, nothing erased");
    assert!(app.store.participant(past).await.unwrap().unwrap().erased_at.is_none());
    let done = run(&[]);
    assert_eq!(done.trim(), "retention: 1 record(s) erased, with 1 account(s); 1 were due", "{done}");
    let erased = app.store.participant(past).await.unwrap().unwrap();
    assert!(erased.erased_at.is_some() && erased.first_name.is_empty() && erased.email.is_empty());
    // Not "I prefer not to say": nothing is known any more.
    assert_eq!(erased.gender, "");
    assert!(app.store.participant(soon).await.unwrap().unwrap().erased_at.is_none());
    let trail = app.store.audit_for(&format!("participant:{past}"), 3).await.unwrap();
    assert!(trail.iter().any(|a| a.action == "participant.erase" && a.actor_user_id.is_none()), "{trail:?}");
    // Nothing left to do: a second run erases nothing.
    assert_eq!(run(&[]).trim(), "retention: 0 record(s) erased, with 0 account(s); 0 were due");
    c.get("/retention").await.assert_lacks(&format!("href=\"/people/{past}\""));
}

#[tokio::test]
async fn a_running_server_applies_the_retention_periods_by_itself() {
    let app = TestApp::spawn().await;
    let mut raw = app.raw().await;
    let due = closed_record(&app, &mut raw, "Hamid", 400).await;
    // A second server on the same database, as after a restart: it applies
    // the periods at start-up, then every day.
    let server = ServerProcess::start(&app.url, "debug").await;
    let mut erased = false;
    // Up to a minute: on a loaded machine the start-up run may wait for
    // the database's write lock (the busy timeout is ten seconds).
    for _ in 0..600 {
        if app.store.participant(due).await.unwrap().unwrap().erased_at.is_some() {
            erased = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    // Stopped as systemd does: the job under way finishes, and logs.
    server.terminate();
    let (_, log) = server.wait_exit(30);
    assert!(erased, "the server did not erase the record that was due:\n{log}");
    assert!(log.contains("retention: closed records erased"), "{log}");
}

/// A message waiting to go to someone who shared a pair with the erased
/// person may name them by first name only (a check-in reminder to the
/// buddy): it goes with the erasure; the same name in a message to
/// someone else stays.
#[tokio::test]
async fn a_waiting_message_to_a_pair_partner_naming_the_erased_person_goes_with_them() {
    let app = TestApp::spawn().await;
    let people = app.store.programme_participants(1).await.unwrap();
    let hamid = people.iter().find(|p| p.first_name == "Hamid").unwrap().id;
    let mut raw = app.raw().await;
    let partner = crate::support::one(
        &mut raw,
        &format!(
            "SELECT CASE WHEN mentor_id = {hamid} THEN mentee_id ELSE mentor_id END FROM pairs \
             WHERE mentor_id = {hamid} OR mentee_id = {hamid} ORDER BY id LIMIT 1"
        ),
    )
    .await;
    let row = sqlx::query(&format!(
        "SELECT COALESCE(u.email, p.email) AS email FROM participants p LEFT JOIN users u ON u.id = p.user_id \
         WHERE p.id = {partner}"
    ))
    .fetch_one(&mut raw)
    .await
    .unwrap();
    let to_partner: String = sqlx::Row::try_get(&row, "email").unwrap();
    assert!(!to_partner.is_empty());
    for (to, body) in [
        (to_partner.as_str(), "Comment ça se passe avec Hamid ? Répondez en une minute."),
        ("someone.else@example.org", "Hamid from the other association says hello."),
    ] {
        crate::support::exec(
            &mut raw,
            &format!(
                "INSERT INTO outbox (recipient, subject, body, created_at) VALUES ('{to}', 'Check-in', '{}', 0)",
                body.replace('\'', "''")
            ),
        )
        .await;
    }
    let c = app.login("coordinator.fr@example.org").await;
    let path = format!("/people/{hamid}/erase");
    let r = c.post(&path, &path, &[("confirm", "yes")]).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let about_him = crate::support::one(
        &mut raw,
        &format!("SELECT COUNT(*) FROM outbox WHERE recipient = '{to_partner}' AND body LIKE '%Hamid%'"),
    )
    .await;
    assert_eq!(about_him, 0, "the reminder naming him is gone");
    let elsewhere = crate::support::one(
        &mut raw,
        "SELECT COUNT(*) FROM outbox WHERE recipient = 'someone.else@example.org' AND body LIKE '%Hamid%'",
    )
    .await;
    assert_eq!(elsewhere, 1, "a namesake's message to someone else stays");
}
