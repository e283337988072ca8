//! The integration tests: one binary, each test against the real server
//! on a free port over real HTTP, with its own database. The database is
//! SQLite by default; set `M4M_TEST_DATABASE_URL=postgres://…` to run every
//! test on PostgreSQL (each test then gets a fresh database on that
//! server). `scripts/test.sh` runs the suite both ways.

mod support;

mod access_matrix;
mod accounts;
mod api;
mod assessments;
mod attention;
mod audit;
mod backup;
mod browser;
mod browser_closing;
mod browser_concerns;
mod browser_crawl;
mod browser_evaluation;
mod browser_matching;
mod browser_scripts;
mod browser_sessions;
mod browser_widths;
mod checkins;
mod cli;
mod closing;
mod concerns;
mod consents;
mod demo_rules;
mod erasure;
mod evaluation;
mod export;
mod follow_up;
mod forms;
mod goals;
mod homes;
mod hostile_input;
mod i18n;
mod inventory;
mod least_data;
mod limits;
mod mail;
mod operations;
mod pair_life;
mod pair_lists;
mod pairing;
mod peer_sessions;
mod prematching;
mod privacy;
mod programmes;
mod query_plans;
mod recovery;
mod registration;
mod schema;
mod stakeholders;
mod supervision;
mod training;
mod two_factor;
mod web;
mod workbooks;
