//! The routes, one module per part of the product. Each handler gets the
//! request's context (who asks, in which language) and asks the domain's
//! permission table before it reads or changes anything.

pub mod admin;
pub mod api;
pub mod assessments;
pub mod auth;
pub mod consents;
pub mod erasure;
pub mod export;
pub mod home;
pub mod invitations;
pub mod lists;
pub mod pairing;
pub mod people;
pub mod prematching;
pub mod programmes;
pub mod register;
pub mod sessions;
pub mod stakeholders;
pub mod tokens;
pub mod training;
pub mod training_files;
pub mod two_factor;
