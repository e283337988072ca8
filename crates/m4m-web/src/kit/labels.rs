//! Names of states and moments in the reader's language, as every page
//! that shows them words them.

use m4m_domain::participant::Status;
use m4m_domain::programme::ProgrammeStatus;

use crate::i18n::{Arg, Tr};

/// The name of a person's status (`registered`, `accepted`, …).
pub fn status_label(tr: &Tr, s: Status) -> String {
    tr.t(&format!("status-{}", s.as_str()))
}

/// The name of a programme's status.
pub fn programme_status(tr: &Tr, s: ProgrammeStatus) -> String {
    tr.t(&format!("programme-status-{}", s.as_str()))
}

/// "2026-12-01 15:00 UTC, in person, Médiathèque" and the like, as HTML
/// (the place is typed by people: escaped and isolated).
pub fn session_label(tr: &Tr, starts_at: i64, mode: &str, place: &str) -> String {
    let when = tr.when(starts_at);
    let mode = tr.t(&format!("session-mode-{mode}"));
    if place.is_empty() {
        tr.html("session-at", &[("when", Arg::User(&when)), ("mode", Arg::Text(&mode))])
    } else {
        tr.html(
            "session-at-place",
            &[("when", Arg::User(&when)), ("mode", Arg::Text(&mode)), ("place", Arg::User(place))],
        )
    }
}

/// The first meeting as both members and staff read it ("on … at …"),
/// once planned.
pub fn first_meeting(tr: &Tr, pair: &m4m_store::pairing::Pair) -> Option<String> {
    pair.first_meeting_at.map(|at| {
        tr.args(
            "pair-meeting-at",
            &[("when", Arg::Text(&tr.when(at))), ("place", Arg::Text(&pair.first_meeting_place))],
        )
    })
}
