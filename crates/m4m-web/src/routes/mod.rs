//! The routes, one module per part of the product. Each handler gets the
//! request's context (who asks, in which language) and asks the domain's
//! permission table before it reads or changes anything.
//!
//! Each module declares its routes in a `router()` built with
//! `kit::routing`; [`crate::router`] merges them in the order of the ten
//! steps. What several modules need lives in `kit` (and `pages`, `fmt`,
//! `access`), not in a route module. A route module uses another only for
//! that step's own work shown elsewhere, and these uses are the only ones:
//!
//! - `assessments` (step 3): the starting point (`baseline`), and which
//!   questionnaires a person fills in (`kinds_for`, `INITIAL`), on the
//!   homes, the person's page, a buddy's self-assessments for their
//!   supervisor (`supervision`) and the API; `answer_text` in the export;
//! - `invitations`: `send_invitation`, when a person's record is offered
//!   an account;
//! - `two_factor`: `ask_for_code`, the second step of logging in;
//! - `auth`: the log-in throttle's limits, which a wrong current password
//!   on `password`'s change form counts against too;
//! - `pairing` (step 6): `notify_proposal`, when pre-matching confirms a
//!   pair;
//! - `sessions` (step 7): `pair_for`, the pair with its permission check,
//!   for the API and for the pair's concerns, goals, check-ins, staff
//!   contacts and closing;
//! - `concerns` (step 8): `rows`, the open concerns on a coordinator's
//!   home; `attention` (step 9): `needs`, what needs a coordinator today,
//!   on their home; `checkins` (step 9): `due_for`, a member's check-in
//!   due, on their home; `closing` (step 10): `exit_due`, a member's exit
//!   questionnaire to answer, on their home and the pair's page;
//!   `assessments`: `due_moment` and `self_assessment` for the final
//!   self-assessment offered after the exit questionnaire; `evaluation`
//!   (step 10): `evaluate`, the global evaluation's figures, for the API.

pub mod admin;
pub mod api;
pub mod assessments;
pub mod attention;
pub mod auth;
pub mod checkins;
pub mod closing;
pub mod concerns;
pub mod consents;
pub mod contacts;
pub mod erasure;
pub mod evaluation;
pub mod export;
pub mod goals;
pub mod home;
pub mod invitations;
pub mod lists;
pub mod pair_lists;
pub mod pairing;
pub mod password;
pub mod people;
pub mod prematching;
pub mod programmes;
pub mod register;
pub mod sessions;
pub mod stakeholders;
pub mod supervision;
pub mod tokens;
pub mod training;
pub mod two_factor;
