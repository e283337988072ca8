//! Backup and restore of the SQLite database, with the real binary: a
//! backup taken while the server writes is one consistent moment of the
//! database; a restore refuses what it must and the restored database
//! serves again.

use std::collections::BTreeSet;
use std::process::{Command, Output};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

use m4m_store::inventory::INVENTORY;
use sqlx::{AnyConnection, Connection, Row};

use crate::support::ServerProcess;

fn m4m(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_m4m")).args(args).output().unwrap()
}

fn text(out: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
}

/// A fresh path in the temporary folder, with nothing at it.
fn temp(name: &str) -> std::path::PathBuf {
    static N: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let f = std::env::temp_dir().join(format!(
        "m4m-backup-{}-{}-{}-{name}",
        std::process::id(),
        m4m_store::now() % 100_000,
        N.fetch_add(1, Ordering::SeqCst)
    ));
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", f.display()));
    }
    f
}

fn url(path: &std::path::Path) -> String {
    format!("sqlite://{}", path.display())
}

async fn open(path: &std::path::Path) -> AnyConnection {
    sqlx::any::install_default_drivers();
    AnyConnection::connect(&format!("sqlite://{}?mode=ro", path.display())).await.unwrap()
}

async fn count(conn: &mut AnyConnection, sql: &str) -> i64 {
    sqlx::query(sql).fetch_one(conn).await.unwrap().get::<i64, _>(0)
}

/// Every row of a table, each value as an SQL literal.
async fn rows(conn: &mut AnyConnection, table: &str, columns: &[&str]) -> BTreeSet<String> {
    let quoted: Vec<String> = columns.iter().map(|c| format!("quote(\"{c}\")")).collect();
    let sql = format!("SELECT {} FROM \"{table}\"", quoted.join(" || ',' || "));
    sqlx::query(&sql).fetch_all(conn).await.unwrap().iter().map(|r| r.get::<String, _>(0)).collect()
}

#[tokio::test]
async fn a_backup_taken_under_load_is_one_consistent_moment_and_restores() {
    let source = temp("source.db");
    let server = ServerProcess::start(&url(&source), "warn").await;
    // Four coordinators' browsers add stakeholders without pause; each is
    // a row and its audit line, written in one transaction.
    let created = Arc::new(AtomicUsize::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let mut load = Vec::new();
    for n in 0..4 {
        let c = server.login("coordinator.fr@example.org").await;
        let (created, stop) = (created.clone(), stop.clone());
        load.push(tokio::spawn(async move {
            let mut i = 0;
            while !stop.load(Ordering::SeqCst) {
                let name = format!("Load {n}-{i}");
                let r = c.post("/stakeholders", "/stakeholders", &[("name", &name), ("kind", "association")]).await;
                assert_eq!(r.status, 303, "{}", r.body);
                created.fetch_add(1, Ordering::SeqCst);
                i += 1;
            }
        }));
    }
    while created.load(Ordering::SeqCst) < 20 {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let before_backup = created.load(Ordering::SeqCst) as i64;
    let backup = temp("copy.db");
    let (db, out) = (url(&source), backup.display().to_string());
    let taken =
        tokio::task::spawn_blocking(move || m4m(&["backup", "--database-url", &db, "--out", &out])).await.unwrap();
    assert!(taken.status.success(), "{}", text(&taken));
    let after_backup = created.load(Ordering::SeqCst);
    while created.load(Ordering::SeqCst) < after_backup + 20 {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    stop.store(true, Ordering::SeqCst);
    for t in load {
        t.await.unwrap();
    }
    // A backup never overwrites.
    let again = m4m(&["backup", "--database-url", &url(&source), "--out", &backup.display().to_string()]);
    assert_eq!(again.status.code(), Some(2));
    assert!(text(&again).contains("exists already"), "{}", text(&again));
    #[cfg(unix)]
    assert_eq!(
        std::os::unix::fs::PermissionsExt::mode(&std::fs::metadata(&backup).unwrap().permissions()) & 0o777,
        0o600
    );

    // One file, nothing beside it.
    for suffix in ["-wal", "-shm"] {
        assert!(!std::path::Path::new(&format!("{}{suffix}", backup.display())).exists(), "{suffix}");
    }
    // The copy's audit trail verifies, through its head.
    let verified = m4m(&["audit", "verify", "--database-url", &url(&backup)]);
    assert!(verified.status.success(), "{}", text(&verified));
    let mut copy = open(&backup).await;
    let lines = count(&mut copy, "SELECT COUNT(*) FROM audit_log").await;
    assert!(text(&verified).contains(&format!("audit trail intact: {lines} line(s)")), "{}", text(&verified));
    assert!(text(&taken).contains(&format!("{lines} audit line(s)")), "{}", text(&taken));
    // Every stakeholder in the copy has its audit line there, and every
    // audit line of a creation its stakeholder: no transaction is half in.
    let loaded = count(&mut copy, "SELECT COUNT(*) FROM stakeholders WHERE name LIKE 'Load %'").await;
    let orphans = count(
        &mut copy,
        "SELECT COUNT(*) FROM stakeholders s WHERE s.name LIKE 'Load %' AND NOT EXISTS \
         (SELECT 1 FROM audit_log a WHERE a.action = 'stakeholder.create' AND a.subject = 'stakeholder:' || s.id)",
    )
    .await;
    let unbacked = count(
        &mut copy,
        "SELECT COUNT(*) FROM audit_log a WHERE a.action = 'stakeholder.create' AND NOT EXISTS \
         (SELECT 1 FROM stakeholders s WHERE 'stakeholder:' || s.id = a.subject)",
    )
    .await;
    assert_eq!((orphans, unbacked), (0, 0));
    // Mid-load: everything made before the backup started, and not what
    // was made after it ended (give or take the four requests in flight,
    // committed but not yet counted when the backup returned).
    let mut live = open(&source).await;
    let total = count(&mut live, "SELECT COUNT(*) FROM stakeholders WHERE name LIKE 'Load %'").await;
    assert_eq!(total, created.load(Ordering::SeqCst) as i64);
    eprintln!(
        "stakeholders: {before_backup} before the backup, {loaded} in it, {after_backup} after it, {total} in all; {lines} audit lines in the copy"
    );
    assert!(
        loaded >= before_backup && loaded <= after_backup as i64 + 4 && loaded < total,
        "{before_backup} ≤ {loaded} ≤ {after_backup} + 4 < {total}"
    );
    // The source's trail sealed to its end (its server seals every
    // second; the copy sealed its own lines when it was taken, in the same
    // order, so the two chains agree line for line).
    let sealed = m4m(&["audit", "verify", "--database-url", &url(&source)]);
    assert!(sealed.status.success(), "{}", text(&sealed));
    // Every table of the copy is the source as it was at that moment:
    // each row of the copy is in the source unchanged (only the rows the
    // load rewrites move on: the head of the chain, the sessions' last
    // request), and the copy's head is the source's line of that place.
    for table in INVENTORY.iter().filter(|t| !["audit_head", "login_sessions"].contains(&t.name)) {
        let columns: Vec<&str> = table.columns.iter().map(|c| c.name).collect();
        let in_copy = rows(&mut copy, table.name, &columns).await;
        let in_source = rows(&mut live, table.name, &columns).await;
        let strays: Vec<_> = in_copy.difference(&in_source).collect();
        assert!(strays.is_empty(), "{}: rows of the copy not in the source: {strays:?}", table.name);
    }
    let head = sqlx::query("SELECT seq, hash FROM audit_head").fetch_one(&mut copy).await.unwrap();
    let (seq, hash): (i64, String) = (head.get(0), head.get(1));
    assert_eq!(seq, lines);
    let same = sqlx::query("SELECT hash FROM audit_log WHERE seq = $1").bind(seq).fetch_one(&mut live).await.unwrap();
    assert_eq!(same.get::<String, _>(0), hash);
    copy.close().await.unwrap();
    live.close().await.unwrap();
    drop(server);

    // Restored into a new place, it serves: the demo log-in works and the
    // stakeholders of the copy are there.
    let restored = temp("restored.db");
    let put = m4m(&["restore", &backup.display().to_string(), "--database-url", &url(&restored)]);
    assert!(put.status.success(), "{}", text(&put));
    assert!(text(&put).contains(&format!("{lines} audit line(s)")), "{}", text(&put));
    let again = ServerProcess::start(&url(&restored), "warn").await;
    let c = again.login("coordinator.fr@example.org").await;
    // (The directory shows 50 at a time and says how many it found.)
    let list = c.get("/stakeholders?q=load&lang=en").await;
    assert_eq!(list.status, 200);
    let said =
        if loaded > 50 { format!(">Stakeholders 1–50 of {loaded} ·") } else { format!(">{loaded} stakeholders ·") };
    list.assert_has(&said);

    // Not while a server has it open.
    let busy = m4m(&["restore", &backup.display().to_string(), "--database-url", &url(&restored)]);
    assert_eq!(busy.status.code(), Some(2));
    assert!(text(&busy).contains("in use"), "{}", text(&busy));
    drop(again);
    // Stopped, it is replaced and the old file kept aside.
    let over = m4m(&["restore", &backup.display().to_string(), "--database-url", &url(&restored)]);
    assert!(over.status.success(), "{}", text(&over));
    let aside = text(&over).split("kept as ").nth(1).unwrap().lines().next().unwrap().trim().to_owned();
    assert!(aside.contains(".before-restore-"), "{aside}");
    let verified = m4m(&["audit", "verify", "--database-url", &format!("sqlite://{aside}")]);
    assert!(verified.status.success(), "the database kept aside is whole: {}", text(&verified));
    let verified = m4m(&["audit", "verify", "--database-url", &url(&restored)]);
    assert!(verified.status.success(), "{}", text(&verified));
    // Never the database onto itself: that would lose it.
    let itself = m4m(&["restore", &restored.display().to_string(), "--database-url", &url(&restored)]);
    assert_eq!(itself.status.code(), Some(2));
    assert!(text(&itself).contains("the database itself"), "{}", text(&itself));
    assert!(restored.is_file());
    for f in [source.display().to_string(), backup.display().to_string(), restored.display().to_string(), aside] {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{f}{suffix}"));
        }
    }
}

#[tokio::test]
async fn a_restore_refuses_what_is_not_an_m4m_database_of_a_known_version() {
    let db = temp("known.db");
    let made = m4m(&["migrate", "--database-url", &url(&db)]);
    assert!(made.status.success(), "{}", text(&made));
    let backup = temp("known-copy.db");
    assert!(m4m(&["backup", "--database-url", &url(&db), "--out", &backup.display().to_string()]).status.success());
    // Made by a newer m4m.
    sqlx::any::install_default_drivers();
    let mut raw = AnyConnection::connect(&format!("sqlite://{}", backup.display())).await.unwrap();
    sqlx::query(
        "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) \
         VALUES (9999, 'future', TRUE, x'00', 0)",
    )
    .execute(&mut raw)
    .await
    .unwrap();
    raw.close().await.unwrap();
    let target = temp("target.db");
    let newer = m4m(&["restore", &backup.display().to_string(), "--database-url", &url(&target)]);
    assert_eq!(newer.status.code(), Some(2));
    assert!(text(&newer).contains("schema version 9999, newer than this m4m knows"), "{}", text(&newer));
    assert!(!target.exists(), "nothing was put in place");
    // Not a database at all, or not m4m's.
    let junk = temp("junk.db");
    std::fs::write(&junk, "not a database").unwrap();
    let refused = m4m(&["restore", &junk.display().to_string(), "--database-url", &url(&target)]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(text(&refused).contains("is not an m4m database"), "{}", text(&refused));
    let other = temp("other.db");
    let mut raw = AnyConnection::connect(&format!("sqlite://{}?mode=rwc", other.display())).await.unwrap();
    sqlx::query("CREATE TABLE notes (x TEXT)").execute(&mut raw).await.unwrap();
    raw.close().await.unwrap();
    let refused = m4m(&["restore", &other.display().to_string(), "--database-url", &url(&target)]);
    assert!(text(&refused).contains("has no migrations table"), "{}", text(&refused));
    let missing = m4m(&["restore", "/nonexistent/m4m.db", "--database-url", &url(&target)]);
    assert!(text(&missing).contains("does not exist"), "{}", text(&missing));
    assert!(!target.exists());
    for f in [db, backup, junk, other] {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", f.display()));
        }
    }
}

#[test]
fn backup_of_a_postgresql_database_points_to_pg_dump() {
    let out = m4m(&["backup", "--database-url", "postgres://m4m@127.0.0.1/m4m", "--out", "/tmp/never-written.dump"]);
    assert_eq!(out.status.code(), Some(2));
    let said = text(&out);
    assert_eq!(said.trim().lines().count(), 1, "{said}");
    assert!(said.contains("pg_dump -Fc") && said.contains("pg_restore"), "{said}");
    let out = m4m(&["restore", "/tmp/x.dump", "--database-url", "postgres://m4m@127.0.0.1/m4m"]);
    assert!(text(&out).contains("pg_restore"), "{}", text(&out));
}
