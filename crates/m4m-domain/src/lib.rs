//! The Buddy System as types and rules: who may do what ([`permission`]),
//! the people and places of a programme ([`account`], [`organisation`],
//! [`programme`]), the ten steps ([`step`]) and the languages m4m speaks
//! ([`language`]). Pure Rust, no I/O: every rule here is tested without a
//! database or a server.

pub mod account;
pub mod area;
pub mod attention;
pub mod checkin;
pub mod closing;
pub mod concern;
pub mod contact;
pub mod error;
pub mod evaluation;
pub mod goal;
pub mod language;
pub mod moment;
pub mod organisation;
pub mod pairing;
pub mod participant;
pub mod peer_session;
pub mod permission;
pub mod programme;
pub mod questionnaire;
pub mod retention;
pub mod role;
pub mod stakeholder;
pub mod step;
pub mod supervision;
pub mod training;
pub mod two_factor;
pub mod zone;

pub use error::{Invalid, Validation};
pub use role::Role;
pub use step::Step;
