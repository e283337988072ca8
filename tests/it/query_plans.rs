//! The lists of a large programme read through indexes, on both
//! databases: every statement the list pages run (people, pairs, sessions,
//! staff accounts, with searches and filters) is taken from a real
//! server's log and explained; none may read a whole table of people,
//! pairs, sessions or accounts. On SQLite, no step of the plan is a
//! `SCAN` of a table; on PostgreSQL, with sequential scans discouraged
//! and the plan made generic (independent of the values), no `Seq Scan`
//! on those tables remains — an index could serve each.

use sqlx::{Connection, Row};

use crate::support::{ServerProcess, fresh_database, without_colours};

/// The SELECT statements of the log, with their route.
fn statements(log: &str) -> Vec<(String, String)> {
    log.lines()
        .map(without_colours)
        .filter_map(|l| {
            let route = l.split("route=").nth(1)?.split(' ').next()?.to_owned();
            let sql = l.split("db.statement=\"").nth(1)?.split("\" rows_affected=").next()?;
            let sql = sql.replace("\\n", " ").replace("\\\"", "\"").replace("\\\\", "\\");
            Some((route, sql.trim().to_owned()))
        })
        .filter(|(_, sql)| sql.starts_with("SELECT"))
        .collect()
}

/// The tables that grow with a federation.
const LARGE: [&str; 5] = ["participants", "pairs", "peer_sessions", "users", "memberships"];

/// The steps of the plan that read a whole large table.
async fn full_scans(raw: &mut sqlx::AnyConnection, postgres: bool, sql: &str, i: usize) -> Vec<String> {
    if postgres {
        let params = sql.match_indices('$').filter_map(|(i, _)| {
            sql[i + 1..].chars().take_while(char::is_ascii_digit).collect::<String>().parse::<usize>().ok()
        });
        let n = params.max().unwrap_or(0);
        sqlx::query(&format!("PREPARE planned{i} AS {sql}")).execute(&mut *raw).await.unwrap();
        let values = vec!["'0'"; n].join(", ");
        let execute = if n == 0 { format!("EXECUTE planned{i}") } else { format!("EXECUTE planned{i}({values})") };
        let plan = sqlx::query(&format!("EXPLAIN {execute}")).fetch_all(&mut *raw).await.unwrap();
        plan.iter()
            .map(|r| r.get::<String, _>(0))
            .filter(|l| LARGE.iter().any(|t| l.contains(&format!("Seq Scan on {t} "))))
            .collect()
    } else {
        let plan = sqlx::query(&format!("EXPLAIN QUERY PLAN {sql}")).fetch_all(&mut *raw).await.unwrap();
        plan.iter()
            .map(|r| r.get::<String, _>(3))
            // The people's trigram index is a virtual table: its lookups
            // read as a SCAN of it with an index of its own.
            .filter(|l| {
                l.starts_with("SCAN ") && !l.starts_with("SCAN CONSTANT ROW") && !l.contains("VIRTUAL TABLE INDEX")
            })
            .collect()
    }
}

#[tokio::test]
async fn the_lists_of_a_large_programme_read_through_indexes() {
    let (url, _) = fresh_database().await;
    let postgres = url.starts_with("postgres");
    let server = ServerProcess::start(&url, "info,sqlx::query=debug").await;
    let coordinator = server.login("coordinator.fr@example.org").await;
    let admin = server.login("admin@example.org").await;
    let before = server.log();
    for path in [
        "/programmes/1",
        "/programmes/1?q=ali&page=2",
        "/programmes/1?status=ready&language=ar&sort=name",
        "/programmes/1?step=7&kind=mentor&sort=newest",
        "/programmes/1/pairs",
        "/programmes/1/pairs?status=open&q=ali",
        "/programmes/1/pairs?status=closed&sort=newcomer",
        "/programmes/1/sessions",
        "/programmes/1/sessions?status=held&q=amal&from=2020-01-01&to=2030-01-01",
    ] {
        assert_eq!(coordinator.get(path).await.status, 200, "{path}");
    }
    for path in ["/admin/users", "/admin/users?q=coord&role=coordinator&state=active&page=2"] {
        assert_eq!(admin.get(path).await.status, 200, "{path}");
    }
    let lists = ["/programmes/{id}", "/programmes/{id}/pairs", "/programmes/{id}/sessions", "/admin/users"];
    let found: Vec<(String, String)> = statements(&server.log()[before.len()..])
        .into_iter()
        .filter(|(route, _)| lists.contains(&route.as_str()))
        .collect();
    assert!(found.len() > 20, "the lists' statements were read from the log: {}", found.len());
    let mut raw = crate::support::connect_raw(&url).await;
    if postgres {
        sqlx::query("SET enable_seqscan = off").execute(&mut raw).await.unwrap();
        sqlx::query("SET plan_cache_mode = force_generic_plan").execute(&mut raw).await.unwrap();
    }
    let mut problems = Vec::new();
    for (i, (route, sql)) in found.iter().enumerate() {
        for step in full_scans(&mut raw, postgres, sql, i).await {
            problems.push(format!("{route}: {step}\n    in {sql}"));
        }
    }
    raw.close().await.unwrap();
    assert!(problems.is_empty(), "lists that read a whole table:\n{}", problems.join("\n"));
}
