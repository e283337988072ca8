//! The two migration folders make one schema. Every migration runs on a
//! fresh SQLite database and on a fresh PostgreSQL database; each schema
//! is read from its own catalogue (SQLite's `pragma_table_info`,
//! `pragma_foreign_key_list`, `pragma_index_list`, `pragma_index_info` and
//! the SQL text in `sqlite_master`; PostgreSQL's `pg_catalog` and
//! `information_schema`) into a set of facts, one line each, and the two
//! sets must be equal: a column, key, check or index written in one folder
//! and forgotten in the other fails here, naming it.
//!
//! What counts as the same, dialect aside:
//!
//! | SQLite                                  | PostgreSQL                            | fact        |
//! |-----------------------------------------|---------------------------------------|-------------|
//! | `INTEGER`                               | `bigint`                              | `integer`   |
//! | `TEXT`                                  | `text`                                | `text`      |
//! | `REAL`                                  | `double precision`                    | `real`      |
//! | `BLOB`                                  | `bytea`                               | `blob`      |
//! | any other declared type                 | any other type                        | its name, which matches nothing on the other side |
//!
//! - Generated keys: every PostgreSQL identity (or serial) column is an
//!   `INTEGER PRIMARY KEY` on SQLite, which numbers itself (the rowid).
//!   The other way round is no difference: SQLite cannot declare an
//!   integer key that does not number itself, and keys borrowed from
//!   another table (`two_factor.user_id`) are plain `bigint` on
//!   PostgreSQL, always given by the store.
//! - Nullability: a primary key column counts as `not null` on SQLite too
//!   (SQLite accepts NULL in a key that is not the rowid, an old quirk the
//!   store never relies on).
//! - Expressions (`CHECK`s, defaults, index keys and partial-index
//!   predicates): SQLite's text is given to PostgreSQL on a scratch copy
//!   of the same table, so that both sides are compared in PostgreSQL's
//!   own normal form (`kind IN ('a', 'b')` and `BETWEEN` come out as
//!   PostgreSQL writes them, whatever the spacing, case or parentheses).
//!   An expression PostgreSQL cannot read is a difference too.
//! - Primary keys and `UNIQUE` constraints are compared by their columns
//!   (SQLite names them `sqlite_autoindex_…`); indexes made by
//!   `CREATE INDEX` and triggers by name.
//! - Foreign keys: columns, the table and columns they refer to (SQLite's
//!   `REFERENCES t` without columns means `t`'s primary key), `ON DELETE`
//!   and `ON UPDATE`.
//! - Triggers: name, table, timing and event. PostgreSQL's `TRUNCATE`
//!   triggers have no twin (SQLite has no `TRUNCATE`) and are not read.
//! - The people's search index ([`SEARCH_INDEX`]) is left out on both
//!   sides: FTS5 on SQLite, pg_trgm on PostgreSQL, with no twin.
//! - Column order is not compared: the store names the columns it reads
//!   and writes, and SQLite's table rebuilds cannot always keep it.
//!
//! The comparison needs both databases in every pass of the suite: the
//! PostgreSQL server of `M4M_TEST_DATABASE_URL` when it names one, else
//! the one at [`DEFAULT_SERVER`], which `scripts/test.sh` starts before
//! its SQLite pass. Without a server the test fails and says so: a
//! comparison with one side missing would prove nothing.

use std::collections::{BTreeMap, BTreeSet};

use m4m_store::Store;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Connection, Executor, Row};

/// The people's trigram search index is each database's own (migration
/// 0033): on SQLite an FTS5 virtual table (with its shadow tables) kept by
/// three triggers, on PostgreSQL a pg_trgm GIN index. Neither has a twin;
/// what they index, `participants.search_key`, is compared like any
/// column.
const SEARCH_INDEX: &str = "participants_search";

/// The PostgreSQL server used when `M4M_TEST_DATABASE_URL` names none.
const DEFAULT_SERVER: &str = "postgres://postgres@127.0.0.1:5432/postgres";

#[tokio::test]
async fn the_sqlite_and_postgresql_migrations_make_the_same_schema() {
    let server = match std::env::var("M4M_TEST_DATABASE_URL") {
        Ok(url) if url.starts_with("postgres") => url,
        _ => DEFAULT_SERVER.to_owned(),
    };
    let file = std::env::temp_dir().join(format!("m4m-schema-{}-{}.db", std::process::id(), m4m_store::now()));
    let mut lite = migrated(&format!("sqlite://{}", file.display())).await;
    let (pg_url, pg_name) = create_postgres_database(&server).await;
    let mut pg = migrated(&pg_url).await;

    let (on_postgres, generated) = postgres_facts(&mut pg).await;
    let (on_sqlite, rowids) = sqlite_facts(&mut lite, &mut pg).await;

    lite.close().await.unwrap();
    pg.close().await.unwrap();
    drop_postgres_database(&server, &pg_name).await;
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", file.display()));
    }

    // Both readers see the whole schema, checks included.
    for facts in [&on_sqlite, &on_postgres] {
        assert!(facts.contains("table users"), "{facts:#?}");
        assert!(facts.contains("participants: check CHECK (((step >= 1) AND (step <= 10)))"), "{facts:#?}");
        assert!(facts.contains("users: unique (email)"), "{facts:#?}");
    }
    assert!(generated.contains("users.id") && rowids.contains("users.id"), "{generated:?} {rowids:?}");
    let not_numbered: Vec<&String> = generated.difference(&rowids).collect();
    assert!(
        not_numbered.is_empty(),
        "these keys number themselves on PostgreSQL but are no INTEGER PRIMARY KEY on SQLite: {not_numbered:?}"
    );
    let only_sqlite: Vec<&String> = on_sqlite.difference(&on_postgres).collect();
    let only_postgres: Vec<&String> = on_postgres.difference(&on_sqlite).collect();
    assert!(
        only_sqlite.is_empty() && only_postgres.is_empty(),
        "the migration folders differ (crates/m4m-store/migrations/{{sqlite,postgres}}): \
         add a migration to the folder that lacks it.\n\
         only in sqlite:\n  {}\nonly in postgres:\n  {}",
        lines(&only_sqlite),
        lines(&only_postgres),
    );
}

fn lines(facts: &[&String]) -> String {
    if facts.is_empty() {
        "(none)".to_owned()
    } else {
        facts.iter().map(|f| f.as_str()).collect::<Vec<_>>().join("\n  ")
    }
}

/// Runs every migration on the database at `url` and returns a raw
/// connection to it.
async fn migrated(url: &str) -> AnyConnection {
    let store = Store::connect(url).await.unwrap_or_else(|e| panic!("{url}: {e}"));
    store.migrate().await.unwrap_or_else(|e| panic!("migrating {url}: {e}"));
    store.close().await;
    let url = m4m_store::parse_url(url).expect("a valid URL").1;
    AnyConnection::connect(&url).await.expect("a raw connection")
}

/// A new, empty database on the PostgreSQL `server`: its URL and name.
async fn create_postgres_database(server: &str) -> (String, String) {
    sqlx::any::install_default_drivers();
    let name = format!("m4m_test_schema_{}_{}", std::process::id(), m4m_store::now() % 100_000);
    let mut admin = AnyConnection::connect(server).await.unwrap_or_else(|e| {
        panic!(
            "comparing the migration folders needs PostgreSQL, and none answers at {server} ({e}): \
             start it (scripts/test.sh does) or set M4M_TEST_DATABASE_URL"
        )
    });
    admin.execute(format!("CREATE DATABASE {name}").as_str()).await.expect("create the test database");
    let base = server.rsplit_once('/').map_or(server, |(b, _)| b);
    (format!("{base}/{name}"), name)
}

async fn drop_postgres_database(server: &str, name: &str) {
    let mut admin = AnyConnection::connect(server).await.expect("PostgreSQL");
    admin.execute(format!("DROP DATABASE {name} WITH (FORCE)").as_str()).await.expect("drop the test database");
}

fn text(r: &AnyRow, i: usize) -> String {
    r.try_get::<String, _>(i).unwrap_or_else(|e| panic!("column {i}: {e}"))
}

fn int(r: &AnyRow, i: usize) -> i64 {
    r.try_get::<i64, _>(i).unwrap_or_else(|e| panic!("column {i}: {e}"))
}

async fn rows(conn: &mut AnyConnection, sql: &str) -> Vec<AnyRow> {
    sqlx::query(sql).fetch_all(conn).await.unwrap_or_else(|e| panic!("{sql}: {e}"))
}

/// The fact of one column: `table.column: type, null or not[, default …]`.
fn column_fact(table: &str, column: &str, ty: &str, not_null: bool, default: &str) -> String {
    let mut fact = format!("{table}.{column}: {ty}, {}", if not_null { "not null" } else { "null" });
    if !default.is_empty() {
        fact.push_str(&format!(", default {default}"));
    }
    fact
}

/// The facts of the PostgreSQL schema, and its columns that number
/// themselves (`table.column`).
async fn postgres_facts(pg: &mut AnyConnection) -> (BTreeSet<String>, BTreeSet<String>) {
    const PUBLIC: &str = "JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'";
    let mut facts = BTreeSet::new();
    let mut generated = BTreeSet::new();
    for r in rows(pg, &format!("SELECT c.relname::text FROM pg_class c {PUBLIC} WHERE c.relkind = 'r'")).await {
        let table = text(&r, 0);
        if table != "_sqlx_migrations" {
            facts.insert(format!("table {table}"));
        }
    }
    let columns = format!(
        "SELECT c.relname::text, a.attname::text, format_type(a.atttypid, a.atttypmod), \
         CASE WHEN a.attnotnull THEN 1 ELSE 0 END::bigint, a.attidentity::text, \
         COALESCE(pg_get_expr(d.adbin, d.adrelid), '') \
         FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid {PUBLIC} \
         LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum \
         WHERE c.relkind = 'r' AND c.relname <> '_sqlx_migrations' AND a.attnum > 0 AND NOT a.attisdropped"
    );
    for r in rows(pg, &columns).await {
        let default = text(&r, 5);
        let serial = default.starts_with("nextval(");
        let ty = match text(&r, 2).as_str() {
            "bigint" => "integer".to_owned(),
            "text" => "text".to_owned(),
            "double precision" => "real".to_owned(),
            "bytea" => "blob".to_owned(),
            other => format!("{other} (PostgreSQL)"),
        };
        if serial || !text(&r, 4).is_empty() {
            generated.insert(format!("{}.{}", text(&r, 0), text(&r, 1)));
        }
        let default = if serial { "" } else { default.as_str() };
        facts.insert(column_fact(&text(&r, 0), &text(&r, 1), &ty, int(&r, 3) == 1, default));
    }
    // The columns of a constraint, in the constraint's order.
    let key = |array: &str, rel: &str| {
        format!(
            "(SELECT string_agg(a.attname::text, ', ' ORDER BY x.o) FROM unnest(k.{array}) WITH ORDINALITY AS x(n, o) \
             JOIN pg_attribute a ON a.attrelid = k.{rel} AND a.attnum = x.n)"
        )
    };
    let constraints = format!(
        "SELECT c.relname::text, k.contype::text, COALESCE({}, ''), COALESCE(f.relname::text, ''), COALESCE({}, ''), \
         k.confdeltype::text, k.confupdtype::text, pg_get_constraintdef(k.oid) \
         FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid {PUBLIC} LEFT JOIN pg_class f ON f.oid = k.confrelid \
         WHERE k.contype IN ('p', 'u', 'f', 'c') AND c.relname <> '_sqlx_migrations'",
        key("conkey", "conrelid"),
        key("confkey", "confrelid"),
    );
    for r in rows(pg, &constraints).await {
        let table = text(&r, 0);
        facts.insert(match text(&r, 1).as_str() {
            "p" => format!("{table}: primary key ({})", text(&r, 2)),
            "u" => format!("{table}: unique ({})", text(&r, 2)),
            "c" => format!("{table}: check {}", text(&r, 7)),
            _ => {
                let action = |code: String| match code.as_str() {
                    "c" => "cascade",
                    "n" => "set null",
                    "d" => "set default",
                    "r" => "restrict",
                    _ => "no action",
                };
                foreign_key_fact(
                    &table,
                    &text(&r, 2),
                    &text(&r, 3),
                    &text(&r, 4),
                    action(text(&r, 5)),
                    action(text(&r, 6)),
                )
            }
        });
    }
    let indexes = format!(
        "SELECT c.relname::text, i.relname::text, {INDEX_SHAPE} FROM pg_index x \
         JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class c ON c.oid = x.indrelid {PUBLIC} \
         WHERE c.relname <> '_sqlx_migrations' AND NOT EXISTS \
         (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid AND k.contype IN ('p', 'u', 'x'))"
    );
    for r in rows(pg, &indexes).await {
        if text(&r, 1).starts_with(SEARCH_INDEX) {
            continue;
        }
        facts.insert(format!("{}: index {} {}", text(&r, 0), text(&r, 1), text(&r, 2)));
    }
    let triggers = "SELECT event_object_table::text, trigger_name::text, action_timing::text, event_manipulation::text \
                    FROM information_schema.triggers WHERE trigger_schema = 'public'";
    for r in rows(pg, triggers).await {
        facts.insert(trigger_fact(&text(&r, 0), &text(&r, 1), &text(&r, 2), &text(&r, 3)));
    }
    (facts, generated)
}

/// What an index of `pg_index x` is, as one text: unique or not, its keys
/// and its predicate, in PostgreSQL's normal form.
const INDEX_SHAPE: &str = "CASE WHEN x.indisunique THEN 'unique ' ELSE '' END || '(' || \
    (SELECT string_agg(pg_get_indexdef(x.indexrelid, k, true), ', ' ORDER BY k) \
     FROM generate_series(1, x.indnkeyatts::int) AS k) || ')' || \
    COALESCE(' where ' || pg_get_expr(x.indpred, x.indrelid, true), '')";

fn foreign_key_fact(
    table: &str,
    columns: &str,
    target: &str,
    target_columns: &str,
    delete: &str,
    update: &str,
) -> String {
    format!(
        "{table}: foreign key ({columns}) references {target} ({target_columns}) on delete {delete} on update {update}"
    )
}

fn trigger_fact(table: &str, name: &str, timing: &str, event: &str) -> String {
    format!("{table}: trigger {name} {} {}", timing.to_lowercase(), event.to_lowercase())
}

/// The facts of the SQLite schema, and its keys that number themselves
/// (`table.column`); `pg` puts its expressions in PostgreSQL's normal form.
async fn sqlite_facts(lite: &mut AnyConnection, pg: &mut AnyConnection) -> (BTreeSet<String>, BTreeSet<String>) {
    let mut facts = BTreeSet::new();
    let mut rowids = BTreeSet::new();
    let tables = rows(
        lite,
        "SELECT m.name, m.sql FROM sqlite_master m JOIN pragma_table_list l ON l.name = m.name AND l.schema = 'main' \
         WHERE l.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name <> '_sqlx_migrations' ORDER BY m.name",
    )
    .await;
    let mut primary_keys: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut foreign_keys = Vec::new();
    for t in &tables {
        let (table, sql) = (text(t, 0), text(t, 1));
        facts.insert(format!("table {table}"));
        let mut scratch = Scratch::of(pg, &table).await;

        let columns = rows(
            lite,
            &format!("SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info('{table}') ORDER BY cid"),
        )
        .await;
        let mut key: Vec<(i64, String)> =
            columns.iter().filter(|c| int(c, 4) > 0).map(|c| (int(c, 4), text(c, 0))).collect();
        key.sort();
        let key: Vec<String> = key.into_iter().map(|(_, name)| name).collect();
        for c in &columns {
            let (name, declared) = (text(c, 0), text(c, 1).to_uppercase());
            let ty = match declared.as_str() {
                "INTEGER" => "integer".to_owned(),
                "TEXT" => "text".to_owned(),
                "REAL" => "real".to_owned(),
                "BLOB" => "blob".to_owned(),
                other => format!("{} (SQLite)", other.to_lowercase()),
            };
            let in_key = int(c, 4) > 0;
            if in_key && key.len() == 1 && declared == "INTEGER" {
                rowids.insert(format!("{table}.{name}"));
            }
            let default = match c.try_get::<Option<String>, _>(3).unwrap() {
                Some(d) => scratch.default(&name, &d).await,
                None => String::new(),
            };
            facts.insert(column_fact(&table, &name, &ty, int(c, 2) == 1 || in_key, &default));
        }
        if !key.is_empty() {
            facts.insert(format!("{table}: primary key ({})", key.join(", ")));
        }
        primary_keys.insert(table.clone(), key);

        for check in checks_in(&sql) {
            facts.insert(format!("{table}: check {}", scratch.check(&check).await));
        }

        let fks = rows(
            lite,
            &format!(
                "SELECT id, \"table\", \"from\", \"to\", on_update, on_delete FROM pragma_foreign_key_list('{table}') \
                 ORDER BY id, seq"
            ),
        )
        .await;
        let mut by_id: BTreeMap<i64, (String, Vec<String>, Vec<Option<String>>, String, String)> = BTreeMap::new();
        for f in &fks {
            let entry = by_id.entry(int(f, 0)).or_insert_with(|| {
                (text(f, 1), Vec::new(), Vec::new(), text(f, 5).to_lowercase(), text(f, 4).to_lowercase())
            });
            entry.1.push(text(f, 2));
            entry.2.push(f.try_get::<Option<String>, _>(3).unwrap());
        }
        foreign_keys.extend(by_id.into_values().map(|fk| (table.clone(), fk)));

        let indexes =
            rows(lite, &format!("SELECT name, \"unique\", origin FROM pragma_index_list('{table}') ORDER BY name"))
                .await;
        for i in &indexes {
            let name = text(i, 0);
            match text(i, 2).as_str() {
                "u" => {
                    let cols =
                        rows(lite, &format!("SELECT name FROM pragma_index_info('{name}') ORDER BY seqno")).await;
                    let cols: Vec<String> = cols.iter().map(|c| text(c, 0)).collect();
                    facts.insert(format!("{table}: unique ({})", cols.join(", ")));
                }
                "c" => {
                    let sql =
                        rows(lite, &format!("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = '{name}'"))
                            .await;
                    let shape = scratch.index(&text(&sql[0], 0), int(i, 1) == 1).await;
                    facts.insert(format!("{table}: index {name} {shape}"));
                }
                // The primary key's own index: the key is a fact already.
                _ => {}
            }
        }
        scratch.drop().await;
    }
    for (table, (target, columns, to, delete, update)) in foreign_keys {
        // `REFERENCES t` without columns refers to t's primary key.
        let to: Vec<String> = if to.iter().all(Option::is_none) {
            primary_keys.get(&target).cloned().unwrap_or_default()
        } else {
            to.into_iter().map(Option::unwrap_or_default).collect()
        };
        facts.insert(foreign_key_fact(&table, &columns.join(", "), &target, &to.join(", "), &delete, &update));
    }
    for t in rows(lite, "SELECT tbl_name, name, sql FROM sqlite_master WHERE type = 'trigger'").await {
        if text(&t, 1).starts_with(SEARCH_INDEX) {
            continue;
        }
        // CREATE TRIGGER name {BEFORE|AFTER|INSTEAD OF} {INSERT|UPDATE|DELETE} …
        let words: Vec<String> = text(&t, 2).split_whitespace().map(str::to_uppercase).collect();
        let at = words.iter().position(|w| ["BEFORE", "AFTER", "INSTEAD"].contains(&w.as_str())).expect("a timing");
        let (timing, event) =
            if words[at] == "INSTEAD" { ("INSTEAD OF", &words[at + 2]) } else { (words[at].as_str(), &words[at + 1]) };
        facts.insert(trigger_fact(&text(&t, 0), &text(&t, 1), timing, event));
    }
    (facts, rowids)
}

/// A scratch copy of one table on PostgreSQL (its columns and types, no
/// constraints), on which SQLite's expressions are put into PostgreSQL's
/// normal form. When PostgreSQL has no such table, or cannot read an
/// expression, the "normal form" is the error: a difference that shows.
struct Scratch<'c> {
    pg: &'c mut AnyConnection,
    missing: Option<String>,
}

impl<'c> Scratch<'c> {
    async fn of(pg: &'c mut AnyConnection, table: &str) -> Scratch<'c> {
        let made = pg.execute(format!("CREATE TEMP TABLE scratch (LIKE public.\"{table}\")").as_str()).await;
        Scratch { pg, missing: made.err().map(|_| format!("<no table {table} on PostgreSQL>")) }
    }

    async fn drop(self) {
        if self.missing.is_none() {
            self.pg.execute("DROP TABLE scratch").await.expect("drop the scratch table");
        }
    }

    /// Runs `sql` on the scratch table, then reads one text with `read`
    /// and runs `undo`. `raw` is SQLite's text, shown when PostgreSQL
    /// cannot read it.
    async fn normalise(&mut self, raw: &str, sql: &str, read: &str, undo: &str) -> String {
        if let Some(missing) = &self.missing {
            return format!("{raw} {missing}");
        }
        if let Err(e) = self.pg.execute(sql).await {
            return format!("{raw} <PostgreSQL cannot read it: {e}>");
        }
        let shape = sqlx::query(read).fetch_one(&mut *self.pg).await.map(|r| text(&r, 0));
        self.pg.execute(undo).await.unwrap_or_else(|e| panic!("{undo}: {e}"));
        shape.unwrap_or_else(|e| panic!("{read}: {e}"))
    }

    async fn default(&mut self, column: &str, expression: &str) -> String {
        self.normalise(
            expression,
            &format!("ALTER TABLE scratch ALTER COLUMN \"{column}\" SET DEFAULT {expression}"),
            &format!(
                "SELECT pg_get_expr(d.adbin, d.adrelid) FROM pg_attrdef d JOIN pg_attribute a \
                 ON a.attrelid = d.adrelid AND a.attnum = d.adnum \
                 WHERE d.adrelid = 'scratch'::regclass AND a.attname = '{column}'"
            ),
            &format!("ALTER TABLE scratch ALTER COLUMN \"{column}\" DROP DEFAULT"),
        )
        .await
    }

    async fn check(&mut self, expression: &str) -> String {
        self.normalise(
            expression,
            &format!("ALTER TABLE scratch ADD CONSTRAINT scratch_check CHECK ({expression})"),
            "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'scratch'::regclass \
             AND conname = 'scratch_check'",
            "ALTER TABLE scratch DROP CONSTRAINT scratch_check",
        )
        .await
    }

    /// The shape of a SQLite `CREATE [UNIQUE] INDEX name ON table (…)
    /// [WHERE …]`, made again on the scratch table.
    async fn index(&mut self, create: &str, unique: bool) -> String {
        let keys = &create[create.find('(').expect("an index has keys")..];
        let unique = if unique { "UNIQUE " } else { "" };
        self.normalise(
            create,
            &format!("CREATE {unique}INDEX scratch_index ON scratch {keys}"),
            &format!("SELECT {INDEX_SHAPE} FROM pg_index x WHERE x.indexrelid = 'scratch_index'::regclass"),
            "DROP INDEX scratch_index",
        )
        .await
    }
}

/// The expressions of the `CHECK` constraints in a SQLite `CREATE TABLE`
/// statement, column and table constraints alike (string literals,
/// quoted names and comments skipped).
fn checks_in(sql: &str) -> Vec<String> {
    let b = sql.as_bytes();
    let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let mut checks = Vec::new();
    let mut i = 0;
    let mut depth = 0;
    let mut start = None;
    while i < b.len() {
        match b[i] {
            q @ (b'\'' | b'"' | b'`') => {
                i += 1;
                while i < b.len() && b[i] != q {
                    i += 1;
                }
            }
            b'-' if b.get(i + 1) == Some(&b'-') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                i += 2;
                while i + 1 < b.len() && !(b[i] == b'*' && b[i + 1] == b'/') {
                    i += 1;
                }
                i += 1;
            }
            b'(' => {
                depth += 1;
                if let Some((at, d)) = start
                    && d + 1 == depth
                    && at == usize::MAX
                {
                    start = Some((i + 1, d));
                }
            }
            b')' => {
                if let Some((at, d)) = start
                    && depth == d + 1
                {
                    checks.push(sql[at..i].trim().to_owned());
                    start = None;
                }
                depth -= 1;
            }
            c if start.is_none()
                && c.eq_ignore_ascii_case(&b'c')
                && b.len() >= i + 5
                && sql[i..i + 5].eq_ignore_ascii_case("check")
                && (i == 0 || !word(b[i - 1]))
                && b.get(i + 5).is_none_or(|&n| !word(n)) =>
            {
                // The expression is what the next parenthesis holds.
                start = Some((usize::MAX, depth));
                i += 4;
            }
            _ => {}
        }
        i += 1;
    }
    checks
}

#[test]
fn checks_are_found_in_column_and_table_constraints() {
    let sql = "CREATE TABLE t (\n  -- a check in a comment (x) is none\n  kind TEXT CHECK (kind IN ('a', 'check (b)')),\n  \
               n INTEGER check(n BETWEEN 1 AND (2 + 3)),\n  checked INTEGER,\n  CHECK ((n IS NULL) <> (kind IS NULL))\n)";
    assert_eq!(
        checks_in(sql),
        vec!["kind IN ('a', 'check (b)')", "n BETWEEN 1 AND (2 + 3)", "(n IS NULL) <> (kind IS NULL)"]
    );
}
