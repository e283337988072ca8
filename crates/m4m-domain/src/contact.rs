//! The staff's contacts with a pair (step 9): a call, a visit or a
//! message from the coordinator, due twice in the pair's first month and
//! monthly after. A pair that has had fewer contacts than it is due has
//! one overdue.

use time::Date;

use crate::account::parse_long_text;
use crate::programme::parse_date;
use crate::{Invalid, Validation};

/// How the staff reached the pair.
pub const KINDS: [&str; 3] = ["call", "visit", "message"];

/// How many contacts a pair started on `started` is due by `today`: one
/// at two weeks, one at a month, then one more each month.
pub fn due_by(started: Date, today: Date) -> i64 {
    let days = (today - started).whole_days();
    match days {
        ..15 => 0,
        15..30 => 1,
        _ => 2 + (days - 30) / 30,
    }
}

/// Whether a contact is overdue: fewer recorded than due.
pub fn overdue(started: Date, recorded: i64, today: Date) -> bool {
    recorded < due_by(started, today)
}

/// A contact as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewContact {
    pub kind: String,
    pub on: Date,
    pub note: String,
}

impl NewContact {
    /// Checks the form: a known kind, a date not in the future, an
    /// optional note.
    pub fn parse(kind: &str, on: &str, note: &str, today: Date) -> Result<NewContact, Validation> {
        let mut v = Validation::default();
        let kind = v.check(
            KINDS
                .iter()
                .find(|k| **k == kind.trim())
                .map(|k| (*k).to_owned())
                .ok_or(Invalid { field: "kind", key: "contact-error-kind" }),
        );
        let on = v.check(parse_date("on", on).and_then(|d| {
            if d > today { Err(Invalid { field: "on", key: "supervision-error-future" }) } else { Ok(d) }
        }));
        let note = v.check(parse_long_text("note", note, 2000));
        v.finish()?;
        Ok(NewContact { kind: kind.unwrap_or_default(), on: on.unwrap_or(today), note: note.unwrap_or_default() })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn contacts_fall_due_twice_in_the_first_month_then_monthly() {
        let start = date!(2026 - 10 - 01);
        assert_eq!(due_by(start, date!(2026 - 10 - 15)), 0);
        assert_eq!(due_by(start, date!(2026 - 10 - 16)), 1);
        assert_eq!(due_by(start, date!(2026 - 10 - 31)), 2);
        assert_eq!(due_by(start, date!(2026 - 11 - 30)), 3);
        assert!(overdue(start, 1, date!(2026 - 10 - 31)));
        assert!(!overdue(start, 2, date!(2026 - 10 - 31)));
    }

    #[test]
    fn a_contact_needs_a_kind_and_a_date_not_ahead() {
        let today = date!(2026 - 12 - 05);
        assert_eq!(NewContact::parse("call", "2026-12-04", "", today).unwrap().kind, "call");
        let e = NewContact::parse("fax", "2026-12-06", "", today).unwrap_err();
        assert_eq!(e.key_for("kind"), Some("contact-error-kind"));
        assert_eq!(e.key_for("on"), Some("supervision-error-future"));
    }
}
