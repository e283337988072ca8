//! The audit trail: append-only, hash-chained, verified by `m4m audit
//! verify` run as a real process; lines hold ids and codes only.

use std::process::Command;

use m4m_store::Backend;
use m4m_store::audit::Verdict;
use sqlx::{Connection, Executor, Row};

use crate::support::{ServerProcess, TestApp, fresh_database, one};

fn verify(url: &str) -> (bool, String, String) {
    let out =
        Command::new(env!("CARGO_BIN_EXE_m4m")).args(["audit", "verify", "--database-url", url]).output().unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

async fn lines(app: &TestApp) -> i64 {
    let mut raw = app.raw().await;
    sqlx::query("SELECT COUNT(*) FROM audit_log").fetch_one(&mut raw).await.unwrap().get::<i64, _>(0)
}

/// Lets raw SQL change the trail, as someone with the database's password
/// could.
async fn drop_triggers(app: &TestApp, raw: &mut sqlx::AnyConnection) {
    let on = if app.store.backend() == Backend::Postgres { " ON audit_log" } else { "" };
    for t in ["audit_log_no_update", "audit_log_no_delete"] {
        raw.execute(format!("DROP TRIGGER {t}{on}").as_str()).await.unwrap();
    }
}

#[tokio::test]
async fn a_chain_written_by_many_concurrent_requests_verifies() {
    let app = TestApp::spawn().await;
    let people: Vec<i64> = app.store.programme_participants(1).await.unwrap().iter().map(|p| p.id).collect();
    let before = lines(&app).await;
    // Two coordinators' worth of browsers reading records at once, and
    // direct appends from the store on top.
    let mut tasks = Vec::new();
    for n in 0..6 {
        let c = app.login("coordinator.fr@example.org").await;
        let people = people.clone();
        tasks.push(tokio::spawn(async move {
            for (i, id) in people.iter().enumerate().filter(|(i, _)| i % 6 == n % 6) {
                let _ = i;
                assert_eq!(c.get(&format!("/people/{id}")).await.status, 200);
            }
        }));
    }
    for n in 0..20 {
        let store = app.store.clone();
        tasks.push(tokio::spawn(async move {
            store.audit(None, "test.concurrent", &format!("test:{n}"), "").await.unwrap();
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    let after = lines(&app).await;
    assert!(after >= before + people.len() as i64 + 20, "{before} → {after}");
    match app.store.verify_audit().await.unwrap() {
        Verdict::Intact { lines, .. } => assert_eq!(lines, after),
        broken => panic!("{broken:?}"),
    }
    let (ok, out, err) = verify(&app.url);
    assert!(ok, "{err}");
    assert!(out.contains(&format!("audit trail intact: {after} line(s)")), "{out}");
    assert_eq!(out.trim().lines().count(), 1);
}

#[tokio::test]
async fn the_database_refuses_to_change_or_delete_audit_lines() {
    let app = TestApp::spawn().await;
    let mut raw = app.raw().await;
    assert!(raw.execute("UPDATE audit_log SET detail = 'x'").await.is_err());
    assert!(raw.execute("DELETE FROM audit_log").await.is_err());
    assert!(raw.execute("DELETE FROM audit_head").await.is_err());
    if app.store.backend() == Backend::Postgres {
        assert!(raw.execute("TRUNCATE audit_log").await.is_err());
    }
    assert!(matches!(app.store.verify_audit().await.unwrap(), Verdict::Intact { .. }));
}

#[tokio::test]
async fn the_verify_command_names_an_altered_line() {
    let app = TestApp::spawn().await;
    let (ok, _, err) = verify(&app.url);
    assert!(ok, "{err}");
    let mut raw = app.raw().await;
    drop_triggers(&app, &mut raw).await;
    raw.execute("UPDATE audit_log SET actor_user_id = 1 WHERE seq = 3").await.unwrap();
    // (Closed first: a raw connection may hold the write lock that the
    // verify command's sealing needs.)
    raw.close().await.unwrap();
    let (ok, _, err) = verify(&app.url);
    assert!(!ok);
    assert!(err.contains("broken at line 3: line 3 was altered"), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
}

#[tokio::test]
async fn the_verify_command_finds_a_deleted_line_even_the_last() {
    let app = TestApp::spawn().await;
    let mut raw = app.raw().await;
    drop_triggers(&app, &mut raw).await;
    let last = lines(&app).await;
    raw.execute(format!("DELETE FROM audit_log WHERE seq = {last}").as_str()).await.unwrap();
    raw.close().await.unwrap();
    let (ok, _, err) = verify(&app.url);
    assert!(!ok);
    assert!(err.contains("lines are missing"), "{err}");
    let mut raw = app.raw().await;
    raw.execute("DELETE FROM audit_log WHERE seq = 2").await.unwrap();
    raw.close().await.unwrap();
    let (ok, _, err) = verify(&app.url);
    assert!(!ok);
    assert!(err.contains("broken at line 2: line 2 is missing"), "{err}");
}

#[tokio::test]
async fn audit_lines_hold_ids_and_codes_only() {
    let app = TestApp::spawn().await;
    // Activity that used to put typed text in the trail: a pair declined
    // with a reason, a candidate excluded with a reason.
    let c = app.login("coordinator.fr@example.org").await;
    let people = app.store.programme_participants(1).await.unwrap();
    let mentee = people.iter().find(|p| p.first_name == "Oksana").unwrap().id.to_string();
    let mentor = people.iter().find(|p| p.first_name == "Leila").unwrap().id.to_string();
    let r = c
        .post(
            "/programmes/1/matching",
            "/programmes/1/matching/mark",
            &[("mentee", &mentee), ("mentor", &mentor), ("kind", "exclude"), ("reason", "Secret family matter")],
        )
        .await;
    assert_eq!(r.status, 303);
    let bad = app.client();
    let _ = bad.login("nobody@example.org", "wrong-password").await;
    let mut raw = app.raw().await;
    let rows = sqlx::query("SELECT action, subject, detail FROM audit_log").fetch_all(&mut raw).await.unwrap();
    let actions: Vec<String> = rows.iter().map(|r| r.get::<String, _>(0)).collect();
    assert!(actions.iter().any(|a| a == "matching.mark") && actions.iter().any(|a| a == "login.failed"), "{actions:?}");
    let code = |s: &str| s.chars().all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || "_.:/-".contains(ch));
    for r in rows {
        let (action, subject, detail): (String, String, String) = (r.get(0), r.get(1), r.get(2));
        assert!(code(&action) && code(&subject) && code(&detail), "{action} {subject} {detail:?}");
    }
}

#[tokio::test]
async fn lines_written_unsealed_are_sealed_by_verify_and_migrate_and_never_change() {
    let app = TestApp::spawn().await;
    let mut raw = app.raw().await;
    // A line as a write appends it (and as the trail held them before it
    // was chained): no place, no hash.
    raw.execute("INSERT INTO audit_log (at, action, subject, detail) VALUES (1, 'login', 'user:1', '')").await.unwrap();
    // Waiting to be sealed, it cannot be changed either.
    assert!(raw.execute("UPDATE audit_log SET subject = 'user:2' WHERE at = 1").await.is_err());
    raw.close().await.unwrap();
    let mut raw = app.raw().await;
    let out = Command::new(env!("CARGO_BIN_EXE_m4m")).args(["migrate", "--database-url", &app.url]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(one(&mut raw, "SELECT COUNT(*) FROM audit_log WHERE hash IS NULL OR seq IS NULL").await, 0);
    raw.execute("INSERT INTO audit_log (at, action, subject, detail) VALUES (2, 'login', 'user:1', '')").await.unwrap();
    let (ok, out, err) = verify(&app.url);
    assert!(ok, "{err}");
    let total = one(&mut raw, "SELECT COUNT(*) FROM audit_log").await;
    assert!(out.contains(&format!("intact: {total} line(s)")), "{out}");
    // Once sealed, the lines are as frozen as the others.
    assert!(raw.execute("UPDATE audit_log SET subject = 'user:2' WHERE at = 2").await.is_err());
    assert!(raw.execute("UPDATE audit_log SET hash = NULL WHERE at = 2").await.is_err());
}

/// A running server (with its background jobs, as `m4m serve` runs) seals
/// what its writes append within seconds, and once more when it stops.
#[tokio::test]
async fn a_running_server_seals_what_its_writes_append_within_seconds() {
    let (url, _) = fresh_database().await;
    let server = ServerProcess::start(&url, "info").await;
    sqlx::any::install_default_drivers();
    let mut raw = sqlx::AnyConnection::connect(&m4m_store::parse_url(&url).unwrap().1).await.unwrap();
    let c = server.login("coordinator.fr@example.org").await;
    assert_eq!(c.get("/home").await.status, 200);
    let total = one(&mut raw, "SELECT COUNT(*) FROM audit_log").await;
    let mut unsealed = -1;
    for _ in 0..50 {
        unsealed = one(&mut raw, "SELECT COUNT(*) FROM audit_log WHERE hash IS NULL").await;
        if unsealed == 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(unsealed, 0, "every line sealed within 5 s");
    assert_eq!(one(&mut raw, "SELECT seq FROM audit_head").await, total, "the head names the last line");
    raw.close().await.unwrap();
    let log = server.stop();
    assert!(!log.contains("could not seal"), "{log}");
    let (ok, _, err) = verify(&url);
    assert!(ok, "{err}");
}

#[tokio::test]
async fn a_line_with_a_place_but_no_hash_is_named() {
    let app = TestApp::spawn().await;
    let mut raw = app.raw().await;
    drop_triggers(&app, &mut raw).await;
    raw.execute("INSERT INTO audit_log (at, action, subject, detail, seq) VALUES (3, 'login', 'user:1', '', 999999)")
        .await
        .unwrap();
    raw.close().await.unwrap();
    let (ok, _, err) = verify(&app.url);
    assert!(!ok);
    assert!(err.contains("is not chained"), "{err}");
}

/// Lines asked for at once are committed together: each exactly once,
/// with its own actor, subject and time, and the chain holds.
#[tokio::test]
async fn lines_asked_for_at_once_are_each_written_once() {
    let app = TestApp::spawn().await;
    let before = lines(&app).await;
    let from = time::OffsetDateTime::now_utc().unix_timestamp();
    let tasks: Vec<_> = (0..300)
        .map(|n| {
            let store = app.store.clone();
            tokio::spawn(async move { store.audit(Some(n % 7), "test.batch", &format!("test:{n}"), "d").await })
        })
        .collect();
    for t in tasks {
        t.await.unwrap().unwrap();
    }
    let to = time::OffsetDateTime::now_utc().unix_timestamp();
    assert_eq!(lines(&app).await, before + 300);
    let mut raw = app.raw().await;
    let rows = sqlx::query("SELECT subject, actor_user_id, at, detail FROM audit_log WHERE action = 'test.batch'")
        .fetch_all(&mut raw)
        .await
        .unwrap();
    let mut seen = std::collections::HashSet::new();
    for r in &rows {
        let subject: String = r.get("subject");
        let n: i64 = subject.trim_start_matches("test:").parse().unwrap();
        assert!(seen.insert(n), "{subject} written twice");
        assert_eq!(r.get::<Option<i64>, _>("actor_user_id"), Some(n % 7), "{subject}");
        assert_eq!(r.get::<String, _>("detail"), "d");
        assert!((from..=to).contains(&r.get::<i64, _>("at")), "{subject}");
    }
    assert_eq!(seen.len(), 300);
    raw.close().await.unwrap();
    match app.store.verify_audit().await.unwrap() {
        Verdict::Intact { lines, .. } => assert_eq!(lines, before + 300),
        broken => panic!("{broken:?}"),
    }
}

/// An idle server's sealer finds nothing to seal and writes nothing: the
/// database does not change while nobody uses it. (It used to lock the
/// head four times a second: a new row version each time on PostgreSQL;
/// SQLite does not rewrite a row left as it was.)
#[tokio::test]
async fn an_idle_server_writes_nothing() {
    let (url, _) = fresh_database().await;
    let server = ServerProcess::start(&url, "info").await;
    sqlx::any::install_default_drivers();
    let mut raw = sqlx::AnyConnection::connect(&m4m_store::parse_url(&url).unwrap().1).await.unwrap();
    // Start-up's own lines sealed first.
    for _ in 0..50 {
        if one(&mut raw, "SELECT COUNT(*) FROM audit_log WHERE hash IS NULL").await == 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    // What changes with any commit by another connection: SQLite's data
    // version; on PostgreSQL, the transaction that last wrote the head.
    let postgres = url.starts_with("postgres");
    let version =
        if postgres { "SELECT CAST(CAST(xmin AS TEXT) AS BIGINT) FROM audit_head" } else { "PRAGMA data_version" };
    let first = one(&mut raw, version).await;
    // Six ticks of the sealer.
    tokio::time::sleep(std::time::Duration::from_millis(1600)).await;
    assert_eq!(one(&mut raw, version).await, first, "the database changed while the server was idle");
    raw.close().await.unwrap();
    let log = server.stop();
    assert!(!log.contains("could not seal"), "{log}");
}
