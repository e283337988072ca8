//! What the route modules share, each part named for what it holds. A
//! route module takes a helper from here (or from `pages`, `fmt`, `access`
//! beside it), never from another route module — except for the few uses
//! of another step's own work that `routes` lists — and the request
//! middleware (`context`) takes nothing from `routes` at all.

pub mod cards;
pub mod client;
pub mod csv;
pub mod form;
pub mod labels;
pub mod pager;
pub mod paths;
pub mod record;
pub mod routing;
pub mod second_factor;
pub mod sheet;
pub mod workbook;
