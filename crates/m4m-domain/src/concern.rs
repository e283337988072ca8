//! Concerns (step 8): a newcomer, a buddy or a staff member tells the
//! organisation that something is wrong — in a pair, or with themselves —
//! and the coordinators follow it to its end.
//!
//! The rules that keep people safe live here:
//! - the other member of a pair never learns of a concern: only the person
//!   who raised it and the organisation's coordinators read it
//!   ([`Reader`]); the person who raised it sees where it stands, never
//!   the coordinators' notes;
//! - a concern moves open → acknowledged → action taken → closed, each move
//!   with a note ([`ConcernStatus::check_move`]); one that needs no action
//!   may be closed once acknowledged, and none is closed unseen;
//! - an urgent (safeguarding) concern notifies the coordinators at once
//!   ([`Severity::notifies_at_once`]).

use crate::account::{parse_long_text, parse_text};
use crate::{Invalid, Validation};

/// How serious the raiser judges it. `Urgent` is a safeguarding matter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Low,
    Medium,
    High,
    Urgent,
}

impl Severity {
    /// Every severity, mildest first (the order of the form's choices).
    pub const ALL: [Severity; 4] = [Severity::Low, Severity::Medium, Severity::High, Severity::Urgent];

    /// The stored value.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
            Severity::Urgent => "urgent",
        }
    }

    /// Reads a stored or submitted value.
    pub fn parse(s: &str) -> Option<Severity> {
        Severity::ALL.into_iter().find(|v| v.as_str() == s)
    }

    /// The message key of its label.
    pub fn key(self) -> &'static str {
        match self {
            Severity::Low => "concern-severity-low",
            Severity::Medium => "concern-severity-medium",
            Severity::High => "concern-severity-high",
            Severity::Urgent => "concern-severity-urgent",
        }
    }

    /// Whether raising it sends a message to every coordinator at once
    /// rather than waiting on their home.
    pub fn notifies_at_once(self) -> bool {
        self == Severity::Urgent
    }
}

/// Where a concern stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ConcernStatus {
    Open,
    Acknowledged,
    ActionTaken,
    Closed,
}

impl ConcernStatus {
    /// Every status, in the order a concern goes through them.
    pub const ALL: [ConcernStatus; 4] =
        [ConcernStatus::Open, ConcernStatus::Acknowledged, ConcernStatus::ActionTaken, ConcernStatus::Closed];

    /// The stored value.
    pub fn as_str(self) -> &'static str {
        match self {
            ConcernStatus::Open => "open",
            ConcernStatus::Acknowledged => "acknowledged",
            ConcernStatus::ActionTaken => "action_taken",
            ConcernStatus::Closed => "closed",
        }
    }

    /// Reads a stored or submitted value.
    pub fn parse(s: &str) -> Option<ConcernStatus> {
        ConcernStatus::ALL.into_iter().find(|v| v.as_str() == s)
    }

    /// The message key of its label.
    pub fn key(self) -> &'static str {
        match self {
            ConcernStatus::Open => "concern-status-open",
            ConcernStatus::Acknowledged => "concern-status-acknowledged",
            ConcernStatus::ActionTaken => "concern-status-action_taken",
            ConcernStatus::Closed => "concern-status-closed",
        }
    }

    /// Whether a coordinator still has something to do.
    pub fn is_open(self) -> bool {
        self != ConcernStatus::Closed
    }

    /// The moves a coordinator may make from here.
    pub fn next(self) -> &'static [ConcernStatus] {
        match self {
            ConcernStatus::Open => &[ConcernStatus::Acknowledged],
            ConcernStatus::Acknowledged => &[ConcernStatus::ActionTaken, ConcernStatus::Closed],
            ConcernStatus::ActionTaken => &[ConcernStatus::Closed],
            ConcernStatus::Closed => &[],
        }
    }

    /// Checks a move and its note (required: the log says why each move
    /// was made). Returns the trimmed note.
    pub fn check_move(self, to: ConcernStatus, note: &str) -> Result<String, Validation> {
        let mut v = Validation::default();
        if !self.next().contains(&to) {
            v.add("status", "concern-error-move");
        }
        let note = v
            .check(parse_long_text("note", note, NOTE_MAX).and_then(|n| {
                if n.is_empty() { Err(Invalid { field: "note", key: "error-required" }) } else { Ok(n) }
            }));
        v.finish()?;
        Ok(note.unwrap_or_default())
    }
}

/// The longest description or note, in characters.
pub const TEXT_MAX: usize = 4000;
const NOTE_MAX: usize = 2000;

/// What a concern is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum About {
    /// A pair (the raiser is one of its members, or staff).
    Pair(i64),
    /// The raiser themselves, or (raised by staff) one person.
    Person(i64),
}

/// A concern as submitted, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewConcern {
    pub severity: Severity,
    /// A short title that lists show.
    pub summary: String,
    /// What happened, in the raiser's words.
    pub text: String,
}

impl NewConcern {
    /// Validates the form: a known severity, a summary, and at most
    /// [`TEXT_MAX`] characters of description (may be empty).
    pub fn parse(severity: &str, summary: &str, text: &str) -> Result<NewConcern, Validation> {
        let mut v = Validation::default();
        let severity = Severity::parse(severity.trim());
        if severity.is_none() {
            v.add("severity", "concern-error-severity");
        }
        let summary = v.check(parse_text("summary", summary, 120));
        let text = v.check(parse_long_text("text", text, TEXT_MAX));
        v.finish()?;
        Ok(NewConcern {
            severity: severity.unwrap_or(Severity::Low),
            summary: summary.unwrap_or_default(),
            text: text.unwrap_or_default(),
        })
    }
}

/// How someone reads a concern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reader {
    /// A coordinator of the organisation: everything, and the moves.
    Coordinator,
    /// The person who raised it: what they wrote and where it stands,
    /// not the coordinators' notes.
    Raiser,
}

/// Who may read a concern: its raiser, and the coordinators of its
/// organisation (`may_handle`, from the permission table). Anyone else —
/// the other member of the pair first of all — reads nothing, not even
/// that it exists.
pub fn reader(user_id: i64, raised_by: Option<i64>, may_handle: bool) -> Option<Reader> {
    if may_handle {
        Some(Reader::Coordinator)
    } else if raised_by == Some(user_id) {
        Some(Reader::Raiser)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_values_read_back() {
        for s in Severity::ALL {
            assert_eq!(Severity::parse(s.as_str()), Some(s));
        }
        for s in ConcernStatus::ALL {
            assert_eq!(ConcernStatus::parse(s.as_str()), Some(s));
        }
        assert_eq!(Severity::parse("critical"), None);
        assert_eq!(ConcernStatus::parse("Open"), None);
    }

    #[test]
    fn only_an_urgent_concern_notifies_at_once() {
        assert!(Severity::Urgent.notifies_at_once());
        assert!(!Severity::High.notifies_at_once());
        assert!(Severity::Urgent > Severity::High && Severity::High > Severity::Low);
    }

    #[test]
    fn a_concern_goes_forward_one_move_at_a_time_and_never_closes_unseen() {
        use ConcernStatus::*;
        assert!(Open.check_move(Acknowledged, "Called her").is_ok());
        assert!(Acknowledged.check_move(ActionTaken, "Met both").is_ok());
        assert!(Acknowledged.check_move(Closed, "No action needed").is_ok());
        assert!(ActionTaken.check_move(Closed, "Resolved").is_ok());
        for (from, to) in [(Open, Closed), (Open, ActionTaken), (Closed, Open), (ActionTaken, Acknowledged)] {
            let e = from.check_move(to, "note").unwrap_err();
            assert_eq!(e.key_for("status"), Some("concern-error-move"), "{from:?} → {to:?}");
        }
        assert!(Closed.next().is_empty());
        assert!(!Closed.is_open() && ActionTaken.is_open());
    }

    #[test]
    fn every_move_needs_a_note() {
        let e = ConcernStatus::Open.check_move(ConcernStatus::Acknowledged, "  ").unwrap_err();
        assert_eq!(e.key_for("note"), Some("error-required"));
        let long = "x".repeat(2001);
        let e = ConcernStatus::Open.check_move(ConcernStatus::Acknowledged, &long).unwrap_err();
        assert_eq!(e.key_for("note"), Some("error-too-long"));
        assert_eq!(ConcernStatus::Open.check_move(ConcernStatus::Acknowledged, " ok \n").unwrap(), "ok");
    }

    #[test]
    fn a_new_concern_says_what_to_fix() {
        let ok = NewConcern::parse("urgent", " He shouts at me ", "Since last week.").unwrap();
        assert_eq!(ok.severity, Severity::Urgent);
        assert_eq!(ok.summary, "He shouts at me");
        let e = NewConcern::parse("", "", "").unwrap_err();
        assert_eq!(e.key_for("severity"), Some("concern-error-severity"));
        assert_eq!(e.key_for("summary"), Some("error-required"));
        let e = NewConcern::parse("low", "ok", &"y".repeat(TEXT_MAX + 1)).unwrap_err();
        assert_eq!(e.key_for("text"), Some("error-too-long"));
        assert_eq!(e.key_for("summary"), None);
    }

    #[test]
    fn only_the_raiser_and_the_coordinators_read_a_concern() {
        assert_eq!(reader(7, Some(7), false), Some(Reader::Raiser));
        assert_eq!(reader(8, Some(7), false), None, "the other member of the pair");
        assert_eq!(reader(8, None, false), None);
        assert_eq!(reader(2, Some(7), true), Some(Reader::Coordinator));
        // A coordinator who raised it reads it as a coordinator.
        assert_eq!(reader(7, Some(7), true), Some(Reader::Coordinator));
    }
}
