//! The data inventory: every column of the live schema is in it, on SQLite
//! and PostgreSQL; administrators read it in their language and download
//! it; `m4m inventory` prints it for the records of processing.

use std::collections::BTreeSet;

use m4m_store::inventory::{INVENTORY, live_columns};
use serde_json::Value;

use crate::support::TestApp;

#[tokio::test]
async fn every_column_of_the_live_schema_is_in_the_inventory_and_nothing_else() {
    let app = TestApp::spawn().await;
    let live: BTreeSet<(String, String)> = live_columns(&app.store).await.unwrap().into_iter().collect();
    assert!(live.contains(&("participants".into(), "country_of_origin".into())), "{live:?}");
    let listed: BTreeSet<(String, String)> =
        INVENTORY.iter().flat_map(|t| t.columns.iter().map(|c| (t.name.to_owned(), c.name.to_owned()))).collect();
    let missing: Vec<_> = live.difference(&listed).collect();
    assert!(
        missing.is_empty(),
        "these columns are in the database but not in the data inventory \
         (m4m_store::inventory::INVENTORY, docs/INVENTORY.md): say whether each is personal data, \
         of which kind, for what and how long: {missing:?}"
    );
    let gone: Vec<_> = listed.difference(&live).collect();
    assert!(gone.is_empty(), "the inventory names columns the database does not have: {gone:?}");
}

#[tokio::test]
async fn administrators_read_the_inventory_in_their_language() {
    let app = TestApp::spawn().await;
    let admin = app.login("admin@example.org").await;
    admin.get("/home?lang=fr").await.assert_has("href=\"/admin/inventory\"");
    let page = admin.get("/admin/inventory?lang=fr").await;
    assert_eq!(page.status, 200);
    page.assert_has("Inventaire des données");
    page.assert_has("<code>country_of_origin</code>");
    page.assert_has("Catégorie particulière");
    page.assert_has("Conduite du programme");
    page.assert_has("Non personnelle");
    let columns: usize = INVENTORY.iter().map(|t| t.columns.len()).sum();
    assert_eq!(page.body.matches("<tr").count(), columns + 1, "one row per column, and the header");
    let arabic = admin.get("/admin/inventory?lang=ar").await;
    arabic.assert_has("dir=\"rtl\"");
    arabic.assert_has("فئة خاصة");
    let csv = admin.get("/admin/inventory.csv?lang=en").await;
    assert_eq!(csv.status, 200);
    assert!(csv.headers["content-disposition"].to_str().unwrap().starts_with("attachment"));
    assert!(csv.body.starts_with("Table,Column,Kind of data,Purposes,Kept"), "{}", csv.body);
    assert!(csv.body.contains("users,password_hash,Secret,Security,\"With the account, until it is erased\""));
    // Nobody else: a coordinator holds personal data but does not keep the
    // installation's records.
    let coordinator = app.login("coordinator.fr@example.org").await;
    assert_eq!(coordinator.get("/admin/inventory").await.status, 403);
    assert_eq!(coordinator.get("/admin/inventory.csv").await.status, 403);
    assert_eq!(app.client().get("/admin/inventory").await.status, 303);
}

#[test]
fn the_command_line_prints_the_inventory_as_csv_and_json() {
    let run = |args: &[&str]| std::process::Command::new(env!("CARGO_BIN_EXE_m4m")).args(args).output().unwrap();
    let csv = run(&["inventory"]);
    assert!(csv.status.success(), "{}", String::from_utf8_lossy(&csv.stderr));
    let csv = String::from_utf8(csv.stdout).unwrap();
    let columns: usize = INVENTORY.iter().map(|t| t.columns.len()).sum();
    assert_eq!(csv.lines().count(), columns + 1);
    assert!(csv.starts_with("table,column,personal,category,category_label,purposes,purposes_label,retention"));
    assert!(csv.contains("participants,country_of_origin,yes,special,Special category,programme;evaluation,"));
    assert!(csv.contains("courses,title,no,,Not personal,,,,"));
    let json = run(&["inventory", "--format", "json", "--lang", "fr"]);
    assert!(json.status.success());
    let json: Value = serde_json::from_slice(&json.stdout).unwrap();
    let rows = json.as_array().unwrap();
    assert_eq!(rows.len(), columns);
    let secret = rows.iter().find(|r| r["table"] == "users" && r["column"] == "password_hash").unwrap();
    assert_eq!(secret["category"], "secret");
    assert_eq!(secret["personal"], true);
    assert_eq!(secret["retention_label"], "Avec le compte, jusqu’à son effacement");
    let bad = run(&["inventory", "--format", "xml"]);
    assert_eq!(bad.status.code(), Some(2));
}
