//! The command line: clear one-line errors and non-zero exits.

use std::process::{Command, Stdio};

fn m4m() -> Command {
    Command::new(env!("CARGO_BIN_EXE_m4m"))
}

fn temp_db(name: &str) -> String {
    let f = std::env::temp_dir().join(format!("m4m-cli-{}-{name}.db", std::process::id()));
    let _ = std::fs::remove_file(&f);
    format!("sqlite://{}", f.display())
}

#[test]
fn a_malformed_database_url_is_one_line_and_exit_2() {
    let out = m4m().args(["migrate", "--database-url", "mysql://nope"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("invalid database URL"), "{err}");
}

#[test]
fn user_create_makes_a_first_administrator_who_can_log_in() {
    let db = temp_db("user");
    let out = m4m()
        .args(["user", "create", "--database-url", &db, "--email", "root@example.org", "--name", "Root"])
        .env("M4M_PASSWORD", "a-long-password")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    // The same e-mail twice: refused, said in one line.
    let again = m4m()
        .args(["user", "create", "--database-url", &db, "--email", "ROOT@example.org", "--name", "Root"])
        .env("M4M_PASSWORD", "a-long-password")
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&again.stderr).contains("already uses"));
}

#[test]
fn user_create_refuses_bad_input() {
    let db = temp_db("bad");
    let cases: [(&[&str], &str, &str); 4] = [
        (&["--email", "nope", "--name", "X"], "long-enough-pw", "--email"),
        (&["--email", "a@example.org", "--name", "X"], "short", "at least 8"),
        (&["--email", "a@example.org", "--name", "X", "--role", "king"], "long-enough-pw", "--role"),
        (&["--email", "a@example.org", "--name", "X", "--role", "coordinator"], "long-enough-pw", "--organisation"),
    ];
    for (args, password, expected) in cases {
        let out = m4m()
            .args(["user", "create", "--database-url", &db])
            .args(args)
            .env("M4M_PASSWORD", password)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(expected), "{args:?}: {err}");
    }
}

#[test]
fn the_password_can_come_from_standard_input() {
    let db = temp_db("stdin");
    let mut child = m4m()
        .args(["user", "create", "--database-url", &db, "--email", "in@example.org", "--name", "In"])
        .env_remove("M4M_PASSWORD")
        .stdin(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child.stdin.take().unwrap().write_all(b"from-standard-input\n").unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn demo_goes_only_into_an_empty_database() {
    let db = temp_db("demo");
    let first = m4m().args(["demo", "--database-url", &db, "--mentees", "50"]).output().unwrap();
    assert!(first.status.success(), "{}", String::from_utf8_lossy(&first.stderr));
    let second = m4m().args(["demo", "--database-url", &db]).output().unwrap();
    assert_eq!(second.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&second.stderr).contains("empty database"));
}

#[test]
fn reminders_run_from_the_command_line() {
    let db = temp_db("reminders");
    let demo = m4m().args(["demo", "--database-url", &db]).output().unwrap();
    assert!(demo.status.success(), "{}", String::from_utf8_lossy(&demo.stderr));
    // The demo pairs logged sessions days ago: nobody is due with 14 days.
    let run = m4m().args(["reminders", "run", "--database-url", &db]).env_remove("M4M_SMTP_URL").output().unwrap();
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    assert!(String::from_utf8_lossy(&run.stderr).contains("0 pair(s) reminded"));
    let bad =
        m4m().args(["reminders", "run", "--database-url", &db, "--smtp-url", "smtp://x?tls=maybe"]).output().unwrap();
    assert_eq!(bad.status.code(), Some(2));
}
